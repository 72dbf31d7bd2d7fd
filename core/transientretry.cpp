#include "transientretry.h"

#include "tr.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>
#include <sqlite3.h>

namespace dw {

int retryDelayMs(const RetryPolicy &policy, int attempt)
{
    const int delay = policy.baseDelayMs << qBound(0, attempt - 1, 20);
    const int jitter = int(QRandomGenerator::global()->bounded(delay / 2 + 1)) - delay / 4;
    return qMax(1, delay + jitter);
}

bool sqliteExecRetrying(
    sqlite3 *db, const QString &sql, const RetryPolicy &policy, bool *transient, QString *error)
{
    const QByteArray text = sql.toUtf8();
    QElapsedTimer timer;
    timer.start();
    *transient = false;
    for (int attempt = 1;; ++attempt) {
        char *message = nullptr;
        const int rc = sqlite3_exec(db, text.constData(), nullptr, nullptr, &message);
        const QString cause = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        if (rc == SQLITE_OK)
            return true;
        const int primary = rc & 0xff;
        if (primary != SQLITE_BUSY && primary != SQLITE_LOCKED) {
            *error = Tr::tr("SQL \"%1\" failed: %2").arg(sql, cause);
            return false;
        }
        if (attempt >= policy.attempts) {
            *transient = true;
            *error = Tr::tr("the database stayed busy (%1) through %2 attempts over %3 s")
                         .arg(cause)
                         .arg(attempt)
                         .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
            return false;
        }
        QThread::msleep(retryDelayMs(policy, attempt));
    }
}

} // namespace dw
