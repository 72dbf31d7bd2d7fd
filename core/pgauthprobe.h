#pragma once

#include "connectionspec.h"

namespace dw {

// Why a PostgreSQL connection does or does not come up, as far as passwords are concerned.
// QPSQL reports a failed connection as text only (in the server's language), so the cause is
// asked of libpq directly: PQconnectionNeedsPassword and PQconnectionUsedPassword work on a
// failed attempt too.
enum class PgAuthStatus {
    Connected,
    PasswordMissing, // the server wants a password and none was given or found by libpq
    PasswordRefused, // a password was sent and the connection failed
    Failed, // for another reason (server down, no such host): not about passwords
};

// Connects with libpq to `spec` exactly as given (an empty password lets libpq look in
// PGPASSWORD and ~/.pgpass) and disconnects at once. Blocking; call on a pool thread from the
// GUI. Thread-safe.
PgAuthStatus probePgAuth(const ConnectionSpec &spec);

} // namespace dw
