#include "actualsscenario.h"
#include "mainwindow.h"
#include "runcontroller.h"
#include "rundialog.h"
#include "runmonitorpage.h"
#include "runprogressmodel.h"
#include "tablemapspage.h"
#include "testdb.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>

using namespace dw;

class TestRunMonitor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stopDuringALargeRunReturnsAtOnce();
};

void TestRunMonitor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dwadmin-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_runmonitor"));
    QSettings().clear();
}

void TestRunMonitor::stopDuringALargeRunReturnsAtOnce()
{
    constexpr qint64 rows = 200000;
    QTemporaryDir dir;
    QString error;
    ActualsScenario::Options options;
    options.rows = rows;
    QVERIFY2(ActualsScenario::create(dir.path(), options, &error), qPrintable(error));
    // Readers still on pool threads hold files of the workspace open: let them end first.
    const auto drainPool = qScopeGuard([] { QThreadPool::globalInstance()->waitForDone(); });
    MainWindow window { Workspace(dir.path()) };
    QSignalSpy ready(&window, &MainWindow::workspaceReady);
    window.showPage(MainWindow::TableMapsPageIndex);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);
    RunController *runs = window.runController();
    runs->setPageSize(500); // fine-grained pages: many boundaries to stop at

    // Run… from the list, through the dialog, with initial sync and live as it defaults.
    auto *list = window.findChild<QTreeView *>(QStringLiteral("mapList"));
    QTRY_COMPARE(list->model()->rowCount(), 1);
    list->selectionModel()->setCurrentIndex(list->model()->index(0, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(window.findChild<RunDialog *>());
        auto *run = window.findChild<RunDialog *>()->findChild<QPushButton *>(
            QStringLiteral("runButton"));
        QTRY_VERIFY(run->isVisible());
        QTest::mouseClick(run, Qt::LeftButton);
    });
    window.tableMapsPage()->runAction()->trigger();
    RunProgressModel *progress = window.runMonitor()->progressModel();
    QTRY_COMPARE_WITH_TIMEOUT(progress->rowCount(), 1, 10000);
    const auto done = [&] {
        return progress->index(0, RunProgressModel::Progress)
            .data(RunProgressModel::DoneRole)
            .toLongLong();
    };
    QTRY_VERIFY_WITH_TIMEOUT(done() >= 20000, 120000);
    QVERIFY(done() < rows);

    // The monitor is showing; Stop returns control at once.
    QPushButton *stop = window.runMonitor()->stopButton();
    QVERIFY(stop->isVisible());
    QVERIFY(stop->isEnabled());
    QSignalSpy ended(runs, &RunController::runEnded);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(stop, Qt::LeftButton);
    qint64 processedAt = -1;
    QTimer::singleShot(0, this, [&] { processedAt = clock.elapsed(); });
    QTRY_VERIFY_WITH_TIMEOUT(processedAt >= 0, 1000);
    QVERIFY2(processedAt < 100, qPrintable(QString::number(processedAt)));
    QVERIFY(!stop->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10000);
    QVERIFY(ended.constFirst().at(0).toBool()); // cancelled
    QVERIFY(!runs->isBusy());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("runHeadline"))
                ->text()
                .contains(QLatin1String("stopped")));

    // Consistent: what the target holds is what the run history says was inserted, and the
    // record states agree; the map waits, resumable, with its checkpoint.
    {
        TestDb finance(dir.filePath(QStringLiteral("finance.db")));
        TestDb store(dir.filePath(QStringLiteral("workspace.db")));
        const qint64 target = finance.number(
            QStringLiteral("SELECT COUNT(*) FROM ") + ActualsScenario::targetTable());
        QVERIFY(target > 0 && target < rows);
        QCOMPARE(store.number(QStringLiteral("SELECT SUM(inserted) FROM run_map_counts")), target);
        QCOMPARE(store.number(QStringLiteral("SELECT COUNT(*) FROM record_states")), target);
        QCOMPARE(store.value(QStringLiteral("SELECT status FROM maps")).toString(),
            QStringLiteral("initializing"));
        QCOMPARE(store.number(QStringLiteral("SELECT COUNT(*) FROM sync_checkpoints")), 1);
    }

    // Resumable: the next initial sync continues where this one stopped.
    runs->setPageSize(0);
    QVERIFY(
        runs->start(RunPlan::build({ { ActualsScenario::mapName(), true, {} } }, false), &error));
    // The worker runs at a lower priority than everything else: on a busy machine the rest of
    // the 200,000 rows can take minutes.
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 600000);
    QVERIFY(!ended.constLast().at(0).toBool());
    TestDb finance(dir.filePath(QStringLiteral("finance.db")));
    QCOMPARE(
        finance.number(QStringLiteral("SELECT COUNT(*) FROM ") + ActualsScenario::targetTable()),
        rows);
    TestDb store(dir.filePath(QStringLiteral("workspace.db")));
    QCOMPARE(store.number(QStringLiteral("SELECT SUM(inserted) FROM run_map_counts")), rows);
    // The capture installed for live was kept: the map runs now.
    QCOMPARE(store.value(QStringLiteral("SELECT status FROM maps")).toString(),
        QStringLiteral("running"));
}

QTEST_MAIN(TestRunMonitor)
#include "tst_runmonitor.moc"
