#include "uilatency.h"

#include "actualsscenario.h"
#include "mainwindow.h"
#include "mapdetailview.h"
#include "runcontroller.h"
#include "tablemapspage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

namespace dw {

namespace {
// The probe: a timer this often; any gap beyond it is time the event loop could not run.
constexpr int kProbeIntervalMs = 5;
} // namespace

int uiLatency(qint64 rows)
{
    QTemporaryDir dir;
    QString error;
    ActualsScenario::Options options;
    options.rows = rows;
    if (!ActualsScenario::create(dir.path(), options, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }
    // Readers still on pool threads hold files of the workspace: let them end before it goes.
    const auto drainPool = qScopeGuard([] { QThreadPool::globalInstance()->waitForDone(); });
    MainWindow window { Workspace(dir.path()) };
    window.resize(1280, 800);
    window.show();
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::workspaceReady, &loop, &QEventLoop::quit);
    QObject::connect(&window, &MainWindow::workspaceFailed, &loop, [&](const QString &message) {
        error = message;
        loop.quit();
    });
    if (!window.isWorkspaceReady())
        loop.exec();
    if (!error.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }
    // As an administrator would: the table maps page with its detail first (Run… is there),
    // then the run monitor while the run goes.
    window.showPage(MainWindow::TableMapsPageIndex);
    {
        QEventLoop warmUp;
        QObject::connect(
            window.tableMapsPage()->detail(), &MapDetailView::loaded, &warmUp, &QEventLoop::quit);
        QTimer::singleShot(10000, &warmUp, &QEventLoop::quit);
        warmUp.exec();
        QTimer::singleShot(200, &warmUp, &QEventLoop::quit); // painted
        warmUp.exec();
    }
    window.showPage(MainWindow::RunMonitorPageIndex);

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 maxStall = 0;
    const bool trace = qEnvironmentVariableIsSet("DW_TRACE_STALLS");
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(kProbeIntervalMs);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        // DW_TRACE_STALLS=1 lists every stall over 15 ms with its time, for profiling.
        if (trace && now - last - kProbeIntervalMs > 15)
            QTextStream(stderr) << "stall " << (now - last - kProbeIntervalMs) << " ms at " << now
                                << " ms" << Qt::endl;
        maxStall = qMax(maxStall, now - last - kProbeIntervalMs);
        last = now;
    });

    RunController *runs = window.runController();
    bool cancelled = false;
    QString runError;
    QObject::connect(
        runs, &RunController::runEnded, &loop, [&](bool wasCancelled, const QString &message) {
            cancelled = wasCancelled;
            runError = message;
            loop.quit();
        });
    // Halfway through, the administrator looks at the table maps: the page switch and its
    // refresh happen during the run too.
    bool switched = false;
    QObject::connect(runs, &RunController::progress, &window, [&](const MapProgress &progress) {
        if (!switched && progress.total > 0 && progress.done * 2 >= progress.total) {
            switched = true;
            window.showPage(MainWindow::TableMapsPageIndex);
        }
    });
    qint64 inserted = 0;
    QObject::connect(runs, &RunController::mapFinished, &window,
        [&](const MapRunResult &result) { inserted += result.counts.inserted; });
    const RunPlan plan = RunPlan::build({ { ActualsScenario::mapName(), true, {} } }, false);
    clock.start();
    probe.start();
    if (!runs->start(plan, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }
    loop.exec();
    probe.stop();
    if (cancelled || !runError.isEmpty() || inserted != rows) {
        QTextStream(stderr) << "the run did not complete (" << inserted
                            << " rows inserted): " << runError << Qt::endl;
        return 2;
    }
    const QJsonObject result { { QStringLiteral("bench"), QStringLiteral("ui_latency") },
        { QStringLiteral("rows"), rows }, { QStringLiteral("max_stall_ms"), maxStall } };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

} // namespace dw
