#include "runcontroller.h"

#include "asyncresult.h"
#include "logging.h"
#include "mapcontrol.h"

#include <QDateTime>
#include <QFuture>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#endif

namespace dw {

namespace {

// MapControl on the calling (pool) thread: open, act, close. Returns the error, empty on success.
QString controlMaps(const Workspace &workspace, RunController::Control action,
    const QStringList &maps, bool startCapture = false)
{
    MapControl control(workspace);
    QString error;
    if (!control.open(&error))
        return error;
    bool ok = false;
    if (startCapture) {
        ok = control.start(maps, &error);
    } else {
        switch (action) {
        case RunController::Control::Pause:
            ok = control.pause(maps, &error);
            break;
        case RunController::Control::Resume:
            ok = control.resume(maps, &error);
            break;
        case RunController::Control::Stop:
            ok = control.stop(maps, &error);
            break;
        }
    }
    return ok ? QString() : error;
}

void lowerThreadPriority()
{
#ifdef Q_OS_LINUX
    // A Linux thread is a task with its own nice value; 0 is the calling thread.
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, 0);
    if (errno == 0 && setpriority(PRIO_PROCESS, 0, qMin(current + 10, 19)) != 0)
        qCDebug(lcSync) << "cannot lower the sync worker's priority";
#endif
}

bool intersects(const QStringList &a, const QStringList &b)
{
    return std::any_of(a.cbegin(), a.cend(), [&](const QString &s) { return b.contains(s); });
}

} // namespace

RunController::RunController(const Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{ }

RunController::~RunController()
{
    shutdown();
}

SyncWorker *RunController::ensureWorker()
{
    if (m_worker || m_shuttingDown)
        return m_worker;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("syncWorkerThread"));
    m_worker = new SyncWorker(m_workspace);
    m_worker->setPageSize(m_pageSize);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::progress, this, &RunController::progress);
    connect(m_worker, &SyncWorker::mapFinished, this, [this](const MapRunResult &result) {
        if (m_stage == Stage::Initial
            && (!result.completed || result.errorClass != ErrorClass::None))
            m_failedInitial.append(result.map);
        emit mapFinished(result, m_currentKind);
    });
    connect(m_worker, &SyncWorker::finished, this, &RunController::workerFinished);
    connect(m_worker, &SyncWorker::failed, this, &RunController::workerFailed);
    m_thread->start();
    // The window's event loop comes before the sync's throughput: the worker thread yields the
    // CPU to it when both want one (QThread priorities do nothing for normal threads on Linux).
    QMetaObject::invokeMethod(m_worker, [] { lowerThreadPriority(); });
    return m_worker;
}

void RunController::setPageSize(int rows)
{
    m_pageSize = rows;
    if (m_worker)
        m_worker->setPageSize(rows);
}

QStringList RunController::liveMaps() const
{
    return m_plan.live ? m_plan.live->maps : QStringList();
}

bool RunController::start(const RunPlan &plan, QString *error)
{
    if (m_shuttingDown) {
        *error = tr("The window is closing; no run can start.");
        return false;
    }
    if (isLivePhase()) {
        // The live run serves a fixed set of maps: it ends, and the new run's live phase
        // takes over its maps along with the new ones.
        m_nextPlan = plan;
        cancel();
        return true;
    }
    if (isBusy()) {
        *error = tr("An initial sync is going. Wait for it to end, or stop it in the run "
                    "monitor first.");
        return false;
    }
    if (plan.isEmpty()) {
        *error = tr("Nothing to run: no map gets an initial sync and live sync is off.");
        return false;
    }
    ensureWorker();
    m_plan = plan;
    m_nextInitial = 0;
    m_failedInitial.clear();
    m_cancelled = false;
    m_runMaps.clear();
    for (const SyncRequest &request : std::as_const(plan.initial))
        m_runMaps.append(request.maps);
    if (plan.live) {
        for (const QString &map : plan.live->maps) {
            if (!m_runMaps.contains(map))
                m_runMaps.append(map);
        }
    }
    m_stage = Stage::Starting;
    emit busyChanged(true);
    emit runStarted(m_runMaps, QDateTime::currentMSecsSinceEpoch());
    if (plan.startFirst.isEmpty()) {
        nextStep();
        return true;
    }
    whenFinished(this,
        QtConcurrent::run(controlMaps, m_workspace, Control::Stop, plan.startFirst, true),
        [this](const QString &failure) {
            if (!failure.isEmpty())
                endRun(false, failure);
            else
                nextStep();
        });
    return true;
}

void RunController::nextStep()
{
    if (m_cancelled) {
        endRun(true, QString());
        return;
    }
    if (m_nextInitial < m_plan.initial.size()) {
        m_stage = Stage::Initial;
        // Retries and resolutions of chosen records run as steps like initial syncs.
        m_currentKind = m_plan.initial.at(m_nextInitial).kind;
        m_worker->start(m_plan.initial.at(m_nextInitial++));
        return;
    }
    if (m_plan.live) {
        for (const QString &map : std::as_const(m_failedInitial))
            m_plan.live->maps.removeAll(map);
        if (!m_plan.live->maps.isEmpty()) {
            m_stage = Stage::Live;
            m_currentKind = RunKind::CatchUp;
            emit liveStarted(m_plan.live->maps);
            m_worker->start(*m_plan.live);
            return;
        }
    }
    endRun(false, QString());
}

void RunController::workerFinished(const SyncResult &result)
{
    if (m_stage == Stage::Idle)
        return;
    if (result.cancelled)
        m_cancelled = true;
    if (m_stage == Stage::Initial) {
        nextStep();
        return;
    }
    endRun(m_cancelled, QString());
}

void RunController::workerFailed(const QString &message)
{
    if (m_stage == Stage::Idle)
        return;
    endRun(false, message);
}

void RunController::cancel()
{
    if (!isBusy())
        return;
    m_cancelled = true;
    if (m_worker)
        m_worker->cancel();
}

void RunController::endRun(bool cancelled, const QString &message)
{
    m_stage = Stage::Idle;
    qCDebug(lcSync) << "GUI run ended" << (cancelled ? "(cancelled)" : "") << message;
    emit runEnded(cancelled, message);
    emit busyChanged(false);
    if (m_shuttingDown)
        return;
    if (m_nextPlan) {
        RunPlan next = *std::exchange(m_nextPlan, std::nullopt);
        const QStringList previous = liveMaps();
        if (!next.live) {
            next.live = SyncRequest();
            next.live->kind = RunKind::CatchUp;
            next.live->live = true;
        }
        for (const QString &map : previous) {
            if (!next.live->maps.contains(map))
                next.live->maps.append(map);
        }
        QString error;
        if (!start(next, &error))
            emit runEnded(false, error);
        return;
    }
    const QStringList stop = std::exchange(m_stopAfterRun, {});
    QStringList restart = std::exchange(m_restartLive, {});
    for (const QString &map : stop)
        restart.removeAll(map);
    if (!stop.isEmpty()) {
        whenFinished(this, QtConcurrent::run(controlMaps, m_workspace, Control::Stop, stop, false),
            [this, stop, restart](const QString &error) {
                emit controlFinished(Control::Stop, stop, error);
                if (!restart.isEmpty())
                    ensureLive(restart);
            });
    } else if (!restart.isEmpty()) {
        ensureLive(restart);
    }
}

void RunController::control(Control action, const QStringList &maps, const QStringList &live)
{
    if (maps.isEmpty() || m_shuttingDown)
        return;
    if (action == Control::Stop && isBusy() && intersects(maps, m_runMaps)) {
        // The worker must let go of these maps before they stop: a running initial sync would
        // otherwise set its map running again when it ends. The rest of a live run goes on.
        m_stopAfterRun.append(maps);
        if (m_stage == Stage::Live)
            m_restartLive = liveMaps();
        cancel();
        return;
    }
    if (action == Control::Resume) {
        QStringList serve = live;
        for (const QString &map : maps) {
            if (!serve.contains(map))
                serve.append(map);
        }
        whenFinished(this, QtConcurrent::run(controlMaps, m_workspace, action, maps, false),
            [this, maps, serve](const QString &error) {
                emit controlFinished(Control::Resume, maps, error);
                if (error.isEmpty())
                    ensureLive(serve);
            });
        return;
    }
    runControl(action, maps);
}

void RunController::runControl(Control action, const QStringList &maps)
{
    whenFinished(this, QtConcurrent::run(controlMaps, m_workspace, action, maps, false),
        [this, action, maps](const QString &error) { emit controlFinished(action, maps, error); });
}

void RunController::ensureLive(const QStringList &maps)
{
    if (maps.isEmpty() || m_shuttingDown)
        return;
    if (!isBusy()) {
        RunPlan plan;
        SyncRequest request;
        request.kind = RunKind::CatchUp;
        request.live = true;
        request.maps = maps;
        plan.live = request;
        QString error;
        if (!start(plan, &error))
            emit runEnded(false, error);
        return;
    }
    QStringList missing;
    for (const QString &map : maps) {
        if (!liveMaps().contains(map))
            missing.append(map);
    }
    if (missing.isEmpty())
        return;
    if (m_stage == Stage::Live) {
        // A live run serves a fixed set of maps: restart it over the larger set.
        m_restartLive = liveMaps() + missing;
        cancel();
    } else if (m_plan.live) {
        m_plan.live->maps.append(missing); // served once the initial syncs are done
        m_runMaps.append(missing);
    } else {
        m_restartLive.append(missing); // served once this run without live phase ends
    }
}

void RunController::shutdown(int timeoutMs)
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    if (!m_worker)
        return;
    m_worker->cancel();
    m_thread->quit();
    if (!m_thread->wait(timeoutMs)) {
        // Never destroy a running QThread: let it end on its own and delete itself then.
        qCWarning(lcSync) << "the sync worker did not stop within" << timeoutMs << "ms";
        m_thread->setParent(nullptr);
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    }
    m_worker = nullptr;
    if (isBusy())
        endRun(true, QString()); // the worker has stopped: say so now, nothing follows
}

} // namespace dw
