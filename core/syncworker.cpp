#include "syncworker.h"

#include "logging.h"
#include "tr.h"

#include <QElapsedTimer>
#include <optional>
#include <utility>

namespace dw {

namespace {

// Queued connections and string-based invocations look the types up by name.
void registerMetaTypes()
{
    static const bool registered = [] {
        qRegisterMetaType<SyncRequest>();
        qRegisterMetaType<MapProgress>();
        qRegisterMetaType<MapRunResult>();
        qRegisterMetaType<SyncResult>();
        qRegisterMetaType<AlertEvent>();
        return true;
    }();
    Q_UNUSED(registered)
}

// Lets the first progress of a map through, then at most one per interval. What it holds back
// is kept, so the final state of a map can still be reported when the map ends.
class ProgressThrottle
{
public:
    // True when `update` is to be emitted now; otherwise it becomes the pending one.
    bool offer(const MapProgress &update)
    {
        if (!m_clock.isValid() || m_clock.elapsed() >= SyncWorker::progressIntervalMs) {
            m_clock.start();
            m_pending.reset();
            return true;
        }
        m_pending = update;
        return false;
    }

    // The held-back progress of the map that just ended, if any; the next map starts afresh.
    std::optional<MapProgress> finishMap()
    {
        m_clock.invalidate();
        return std::exchange(m_pending, std::nullopt);
    }

private:
    QElapsedTimer m_clock;
    std::optional<MapProgress> m_pending;
};

} // namespace

SyncWorker::SyncWorker(const Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    registerMetaTypes();
}

void SyncWorker::cancel()
{
    if (m_busy.load())
        m_cancel.store(true);
}

void SyncWorker::start(const SyncRequest &request)
{
    if (m_busy.exchange(true)) {
        qCDebug(lcSync) << "sync request refused: the worker is busy";
        emit failed(Tr::tr("A sync is already running. Wait for it to end or stop it first."));
        return;
    }
    m_cancel.store(false);
    // Queued even when called in the worker thread, so start() never runs a sync itself.
    QMetaObject::invokeMethod(
        this, [this, request] { execute(request); }, Qt::QueuedConnection);
}

void SyncWorker::execute(const SyncRequest &request)
{
    emit started();
    SyncEngine engine(m_workspace);
    engine.setCancelFlag(&m_cancel);
    engine.setWakeSignal(&m_wake);
    engine.setAlertHandler([this](const AlertEvent &event) { emit alert(event); });
    if (const int rows = m_pageSize.load(); rows > 0)
        engine.setPageSize(rows);
    ProgressThrottle throttle;
    engine.setProgressHandler([this, &throttle](const MapProgress &update) {
        if (throttle.offer(update))
            emit progress(update);
    });
    engine.setMapFinishedHandler([this, &throttle](const MapRunResult &result) {
        if (const std::optional<MapProgress> last = throttle.finishMap())
            emit progress(*last);
        emit mapFinished(result);
    });

    SyncResult result;
    QString error;
    const bool ran = engine.run(request, &result, &error);
    if (const std::optional<MapProgress> last = throttle.finishMap())
        emit progress(*last);
    qCDebug(lcSync) << "sync run" << result.runId << "ended:"
                    << (!ran                      ? "not started"
                               : result.cancelled ? "cancelled"
                                                  : "done");
    // Idle before the last signal, so its receiver may start the next request at once.
    m_busy.store(false);
    if (ran)
        emit finished(result);
    else
        emit failed(error);
}

} // namespace dw
