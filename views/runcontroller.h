#pragma once

#include "runplan.h"
#include "syncworker.h"

#include <QObject>
#include <optional>

class QThread;

namespace dw {

// The window's side of the sync worker: owns the worker QThread and the SyncWorker moved into
// it (QThread::finished → deleteLater), starts the thread on demand, and carries out a RunPlan
// step by step (capture start on a pool thread, the initial requests, the live request). It
// also pauses, resumes and stops maps through MapControl on pool threads, cancelling and
// restarting its own run where a stopped map is part of it. Nothing here waits on the worker
// except shutdown(); the worker's signals arrive queued, as values.
class RunController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunController)
public:
    enum class Control { Pause, Resume, Stop };
    Q_ENUM(Control)

    explicit RunController(const Workspace &workspace, QObject *parent = nullptr);
    ~RunController() override;

    bool isBusy() const { return m_stage != Stage::Idle; }
    bool isLivePhase() const { return m_stage == Stage::Live; }
    // Every map of the current run, and those its live phase serves (or will serve).
    QStringList runMaps() const { return m_runMaps; }
    QStringList liveMaps() const;
    // The worker, created (with its thread) by the first run; null before and after shutdown.
    SyncWorker *worker() const { return m_worker; }
    void setPageSize(int rows);

    // Starts a run. A live run going is cancelled first and its maps join the new run's live
    // phase; while an initial sync is going the run is refused with a message.
    bool start(const RunPlan &plan, QString *error);
    // Asks the run to stop at the worker's next page boundary and returns at once; runEnded()
    // follows. Steps not begun are dropped.
    void cancel();
    // Pause, resume or stop maps. `liveMaps` are the maps running now (from the list): resuming
    // starts a live run over them and the resumed ones when none serves them yet.
    void control(Control action, const QStringList &maps, const QStringList &liveMaps = {});
    // Cancel, then quit and wait for the worker thread up to `timeoutMs`.
    void shutdown(int timeoutMs = 5000);

signals:
    void busyChanged(bool busy);
    void runStarted(const QStringList &maps, qint64 startedAtMs);
    void liveStarted(const QStringList &maps);
    void progress(const dw::MapProgress &progress);
    void mapFinished(const dw::MapRunResult &result, dw::RunKind kind);
    // The run is over: completed, cancelled, or it could not go on (message says why).
    void runEnded(bool cancelled, const QString &message);
    void controlFinished(
        dw::RunController::Control action, const QStringList &maps, const QString &error);

private:
    enum class Stage { Idle, Starting, Initial, Live };

    SyncWorker *ensureWorker();
    void nextStep();
    void workerFinished(const SyncResult &result);
    void workerFailed(const QString &message);
    void endRun(bool cancelled, const QString &message);
    void runControl(Control action, const QStringList &maps);
    void ensureLive(const QStringList &maps);

    const Workspace m_workspace;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    int m_pageSize = 0;
    Stage m_stage = Stage::Idle;
    RunPlan m_plan;
    qsizetype m_nextInitial = 0;
    RunKind m_currentKind = RunKind::Initial;
    QStringList m_runMaps;
    QStringList m_failedInitial; // maps whose initial sync did not complete: not served live
    bool m_cancelled = false;
    bool m_shuttingDown = false;
    // Work to do once the current run has ended: stop maps that were part of it, then serve
    // `m_restartLive` live again.
    QStringList m_stopAfterRun;
    QStringList m_restartLive;
    std::optional<RunPlan> m_nextPlan; // to start once the live run being cancelled has ended
};

} // namespace dw
