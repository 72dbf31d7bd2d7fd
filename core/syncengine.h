#pragma once

#include "errorclass.h"
#include "initialsync.h"
#include "transientretry.h"
#include "wakesignal.h"
#include "workspace.h"

#include <atomic>
#include <functional>
#include <optional>

namespace dw {

enum class RunKind {
    Initial, // full push from the master side
    Retry, // failed records again, from the current source rows
    Resolve, // conflicts settled by taking one side's version
    CatchUp, // apply the queued changes of running and resuming maps once
};

// What to run. Maps are picked by name, by component or all; they run in dependency order.
struct SyncRequest
{
    RunKind kind = RunKind::Initial;
    QStringList maps;
    bool allMaps = false;
    std::optional<Component> component;
    std::optional<Side> master; // Initial, two-way maps: default each map's master; Resolve: winner
    QStringList recordKeys; // Retry/Resolve with one map: these records; empty = all of them
    // Initial + live, or CatchUp + live: start the maps (capture from now on) and keep applying
    // their changes every `liveIntervalMs` until cancelled. The maps stay running afterwards:
    // their queue grows until the next live run or worker picks it up.
    bool live = false;
    int liveIntervalMs = 2000;
    // CatchUp + live as a worker: serve the maps that are already running (whoever started
    // them), start none.
    bool serveRunningOnly = false;
};

struct MapRunResult
{
    QString map;
    RunCounts counts;
    bool completed = false;
    ErrorClass errorClass = ErrorClass::None; // set when the map could not run to its end
    QString error;
    QStringList notFailed; // Retry/Resolve: requested keys that were not failed (in conflict)
    QString servedBy; // CatchUp: another worker holds the map's lease; this run left it alone
};

struct SyncResult
{
    qint64 runId = 0;
    bool cancelled = false;
    QList<MapRunResult> maps;

    qint64 failedRecords() const;
    bool anyMapFailed() const;
};

// An alert rule fired: which map, what it said, what was done.
struct AlertEvent
{
    QString map;
    QString message;
    AlertAction action = AlertAction::Notify;
};

// Runs table maps between the workspace's two environments: initial sync from a master side,
// retries of failed records, resolution of conflicts and live sync from captured changes. Opens
// its own connections (the state store and both environments) for the duration of run(), on
// the calling thread; SyncWorker runs it on a worker thread. Per-record problems are outcomes,
// not errors: run() returns false only when nothing could start (no workspace, an environment
// that cannot be opened, unknown maps, a dependency cycle).
class SyncEngine
{
public:
    explicit SyncEngine(const Workspace &workspace)
        : m_workspace(workspace)
    { }

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Set to have a live run apply changes at once instead of at its next interval.
    void setWakeSignal(WakeSignal *wake) { m_wake = wake; }
    void setProgressHandler(std::function<void(const MapProgress &)> handler)
    {
        m_progress = std::move(handler);
    }
    // Called once per map when it has run (completed, stopped or failed), with its result; in
    // a live run, after each catch-up that applied something.
    void setMapFinishedHandler(std::function<void(const MapRunResult &)> handler)
    {
        m_mapFinished = std::move(handler);
    }
    void setAlertHandler(std::function<void(const AlertEvent &)> handler)
    {
        m_alert = std::move(handler);
    }
    void setPageSize(int rows) { m_pageSize = rows; }
    // When an environment is busy or locked: how long SQLite waits per attempt, and how often
    // and how patiently the engine tries again before the records fail as transient.
    void setBusyTimeoutMs(int ms) { m_busyTimeoutMs = ms; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    // Who this engine is in the map leases (MapLeases::workerId()), and how long a lease it
    // takes: catch-ups apply a map's changes only while holding its lease.
    void setWorker(const QString &worker) { m_worker = worker; }
    void setLeaseMs(int ms) { m_leaseMs = ms; }

    bool run(const SyncRequest &request, SyncResult *result, QString *error);

private:
    friend class SyncRunner;
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    Workspace m_workspace;
    const std::atomic_bool *m_cancel = nullptr;
    WakeSignal *m_wake = nullptr;
    std::function<void(const MapProgress &)> m_progress;
    std::function<void(const MapRunResult &)> m_mapFinished;
    std::function<void(const AlertEvent &)> m_alert;
    int m_pageSize = 2000;
    int m_busyTimeoutMs = 5000;
    RetryPolicy m_retry;
    QString m_worker;
    int m_leaseMs = 30000;
};

} // namespace dw
