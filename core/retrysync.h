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

    // Which records to take up. Default: failed records written towards the plan's target.
    // Resolving a conflict takes up Conflict records instead; when Finance's version wins, the
    // source row is found by the record key (Finance's key) rather than the stored source key.
    struct Selection
    {
        RecordStatus status = RecordStatus::Failed;
        bool sameDirectionOnly = true;
        bool sourceKeyFromRecordKey = false;
    };
    void setSelection(const Selection &selection) { m_selection = selection; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }

    // `recordKeys` empty = every failed record of the map. Keys that are not failed records of
    // the map are returned in *notFailed.
    bool run(const QSqlDatabase &source, const QSqlDatabase &target, const QSqlDatabase &store,
        const QStringList &recordKeys, RunCounts *counts, QStringList *notFailed, QString *error);

private:
    const MapPlan &m_plan;
    LookupResolver *m_lookups;
    qint64 m_mapId;
    qint64 m_runId;
    Selection m_selection;
    RetryPolicy m_retry;
};

} // namespace dw
