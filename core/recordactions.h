#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace dw {

// Administrator actions on record states that need no sync: marking records skipped. (Retry
// runs through SyncEngine, since it re-reads and re-applies source rows.) Works on a state
// store connection owned by the caller's thread; each call is one transaction with its
// activity log entry.
class RecordActions
{
public:
    // Marks failed or conflicting records of the map as skipped: they leave the failed list
    // and are not retried until they are synced again. Keys that are not failed or in conflict
    // are left alone and returned in *notSkipped.
    static bool skip(const QSqlDatabase &db, const QString &mapName, const QStringList &recordKeys,
        qint64 *skipped, QStringList *notSkipped, QString *error);
};

} // namespace dw
