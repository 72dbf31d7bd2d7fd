#pragma once

#include "batchapplier.h"
#include "runcounts.h"

#include <atomic>
#include <functional>

namespace dw {

struct MapProgress
{
    QString map;
    qint64 done = 0; // source rows taken up so far, including those of a resumed earlier run
    qint64 total = 0; // source rows to take up (a count at the start; rows may come and go)
    RunCounts counts; // this run's counts for the map
};

// The full push of one map from its source side: pages of source rows in key order, each
// applied to the target in one transaction and then recorded, with the checkpoint, in another.
// Cancellation is checked between pages. A run that stops (cancelled, failed or killed) leaves
// the checkpoint of its last recorded page, and the next initial sync of the map resumes there.
class InitialSync
{
public:
    enum class Result { Completed, Cancelled, Failed };

    InitialSync(const MapPlan &plan, LookupResolver *lookups, qint64 mapId, qint64 runId);

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgressHandler(std::function<void(const MapProgress &)> handler)
    {
        m_progress = std::move(handler);
    }
    void setPageSize(int rows) { m_pageSize = rows; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    // Rows already taken up by the interrupted run being resumed (for progress only).
    void setAlreadyDone(qint64 rows) { m_alreadyDone = rows; }

    Result run(const QSqlDatabase &source, const QSqlDatabase &target, const QSqlDatabase &store,
        const QByteArray &resumeCursor, RunCounts *counts, QString *error);

private:
    const MapPlan &m_plan;
    LookupResolver *m_lookups;
    qint64 m_mapId;
    qint64 m_runId;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(const MapProgress &)> m_progress;
    int m_pageSize = 2000;
    qint64 m_alreadyDone = 0;
    RetryPolicy m_retry;
};

} // namespace dw
