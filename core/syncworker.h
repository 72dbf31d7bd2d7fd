#pragma once

#include "syncengine.h"

#include <QMetaType>
#include <QObject>
#include <atomic>

namespace dw {

// Runs SyncEngine requests, one at a time, in the thread it lives in. The owner (the GUI) creates
// it, moves it into a QThread it owns and connects QThread::finished to deleteLater; the engine
// opens its own connections inside that thread for each run and removes them there.
//
// start(), cancel() and isBusy() are thread-safe. start() claims the worker at once and queues
// the run into the worker thread; a request made while another one is claimed is refused with
// failed(), emitted in the calling thread before start() returns. A start() that arrives by a
// queued call waits behind a running request (the worker thread is busy running it) and is
// then accepted: call start() directly to be told at once that the worker is busy.
//
// Every other signal is emitted in the worker thread and carries values only. An accepted
// request produces started(), then progress() and mapFinished() for each map it runs, then
// exactly one of finished() (also when cancelled) or failed(). isBusy() turns false just
// before that last signal, so a receiver may start the next request from its slot.
// Shutdown: cancel(), then quit() and wait() on the thread; the run stops at its next page.
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)
public:
    explicit SyncWorker(const Workspace &workspace, QObject *parent = nullptr);

    // Asks the running request to stop at its next page boundary; does nothing when idle.
    // Thread-safe: a live run applies queued changes now instead of at its next interval.
    void wake() { m_wake.wake(); }
    void cancel();
    bool isBusy() const { return m_busy.load(); }
    // Source rows per page of an initial sync (the engine's default when 0); a smaller page
    // means finer progress and faster cancellation. Read when a run starts.
    void setPageSize(int rows) { m_pageSize.store(rows); }

    // Progress of one map is emitted at most once per this interval, plus its final state.
    static constexpr qint64 progressIntervalMs = 100;

public slots:
    void start(const dw::SyncRequest &request);

signals:
    // The request was accepted and the engine starts on it. The state store's run id is only
    // known once the engine has opened the store; it comes with finished().
    void started();
    // At most one per progressIntervalMs per map, plus always the last one of a map before
    // its mapFinished().
    void progress(const dw::MapProgress &progress);
    void mapFinished(const dw::MapRunResult &result);
    // The run ended: completed, with failed maps or records, or cancelled (result.cancelled).
    void finished(const dw::SyncResult &result);
    // The run could not start (see SyncEngine::run), or the worker was busy.
    // An alert rule fired (the activity log has it too); pause/stop actions are already done.
    void alert(const dw::AlertEvent &event);
    void failed(const QString &message);

private:
    void execute(const dw::SyncRequest &request);

    const Workspace m_workspace;
    std::atomic_bool m_busy { false };
    std::atomic_bool m_cancel { false };
    WakeSignal m_wake;
    std::atomic_int m_pageSize { 0 };
};

} // namespace dw

Q_DECLARE_METATYPE(dw::SyncRequest)
Q_DECLARE_METATYPE(dw::MapProgress)
Q_DECLARE_METATYPE(dw::MapRunResult)
Q_DECLARE_METATYPE(dw::SyncResult)
Q_DECLARE_METATYPE(dw::AlertEvent)
