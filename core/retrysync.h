#pragma once

#include "batchapplier.h"
#include "runcounts.h"

#include <QSqlDatabase>

namespace dw {

// Retries failed records of one map from the current source rows, found by the source key each
// record state keeps. Records whose source row is gone stay failed and say so. Records filed
// under a provisional key move to their real key once they succeed.
class RetrySync
{
public:
    RetrySync(const MapPlan &plan, LookupResolver *lookups, qint64 mapId, qint64 runId);

    // `recordKeys` empty = every failed record of the map. Keys that are not failed records of
    // the map are returned in *notFailed.
    bool run(sqlite3 *source, sqlite3 *target, const QSqlDatabase &store,
        const QStringList &recordKeys, RunCounts *counts, QStringList *notFailed, QString *error);

private:
    const MapPlan &m_plan;
    LookupResolver *m_lookups;
    qint64 m_mapId;
    qint64 m_runId;
};

} // namespace dw
