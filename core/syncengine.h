#pragma once

#include "errorclass.h"
#include "initialsync.h"
#include "workspace.h"

#include <atomic>
#include <functional>
#include <optional>

namespace dw {

enum class RunKind { Initial, Retry };

// What to run. Maps are picked by name, by component or all; they run in dependency order.
struct SyncRequest
{
    RunKind kind = RunKind::Initial;
    QStringList maps;
    bool allMaps = false;
    std::optional<Component> component;
    std::optional<Side> master; // initial sync of two-way maps; default: each map's master
    QStringList retryKeys; // Retry with one map: these record keys; empty = all failed
};

struct MapRunResult
{
    QString map;
    RunCounts counts;
    bool completed = false;
    ErrorClass errorClass = ErrorClass::None; // set when the map could not run to its end
    QString error;
    QStringList notFailed; // Retry: requested keys that were not failed records
};

struct SyncResult
{
    qint64 runId = 0;
    bool cancelled = false;
    QList<MapRunResult> maps;

    qint64 failedRecords() const;
    bool anyMapFailed() const;
};

// Runs table maps between the workspace's two environments: initial sync from a master side and
// retries of failed records. Opens its own connections (the state store and both environments)
// for the duration of run(), on the calling thread; SyncWorker runs it on a worker thread.
// Per-record problems are outcomes, not errors: run() returns false only when nothing could
// start (no workspace, an environment that cannot be opened, unknown maps, a dependency cycle).
class SyncEngine
{
public:
    explicit SyncEngine(const Workspace &workspace)
        : m_workspace(workspace)
    { }

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgressHandler(std::function<void(const MapProgress &)> handler)
    {
        m_progress = std::move(handler);
    }
    // Called once per map when it has run (completed, stopped or failed), with its result.
    void setMapFinishedHandler(std::function<void(const MapRunResult &)> handler)
    {
        m_mapFinished = std::move(handler);
    }
    void setPageSize(int rows) { m_pageSize = rows; }

    bool run(const SyncRequest &request, SyncResult *result, QString *error);

private:
    Workspace m_workspace;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(const MapProgress &)> m_progress;
    std::function<void(const MapRunResult &)> m_mapFinished;
    int m_pageSize = 2000;
};

} // namespace dw
