#pragma once

#include <QString>

struct sqlite3;

namespace dw {

// How long to keep trying when a database is busy or locked by another process: attempts with
// exponential backoff and random jitter (so two waiting workers do not retry in step), on top
// of SQLite's own busy timeout for each attempt.
struct RetryPolicy
{
    int attempts = 5;
    int baseDelayMs = 200;
};

// How long to wait before attempt `attempt` + 1 (attempts count from 1): exponential backoff
// from the policy's base delay with ±25 % random jitter.
int retryDelayMs(const RetryPolicy &policy, int attempt);

// Runs `sql` (BEGIN IMMEDIATE, COMMIT, …) and retries it while the database is busy or
// locked. False with a message saying how long it tried when it never got through;
// *transient tells a lock that outlasted the retries from any other failure.
bool sqliteExecRetrying(
    sqlite3 *db, const QString &sql, const RetryPolicy &policy, bool *transient, QString *error);

} // namespace dw
