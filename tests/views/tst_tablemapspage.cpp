#include "activitymodel.h"
#include "environmentsdialog.h"
#include "leasefixture.h"
#include "mainwindow.h"
#include "mapcontrol.h"
#include "mapdetailview.h"
#include "mapeditordialog.h"
#include "mapfileactions.h"
#include "runcontroller.h"
#include "rundialog.h"
#include "runplanmodel.h"
#include "tablemaplistmodel.h"
#include "tablemapspage.h"
#include "viewsworkspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace dw;

class TestTableMapsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionsFollowTheSelection();
    void pauseOfANotRunningMapIsRefused();
    void runWithInitialSyncShowsNewCounts();
    void detailShowsTheCurrentMap();
    void olderVersionCanBeActivated();
    void importReportsTheFileAndTheProblem();
    void editAndEnvironmentsOpenTheirDialogs();
    void servedByFollowsTheLeases();

private:
    QTreeView *list() const { return m_window->findChild<QTreeView *>(QStringLiteral("mapList")); }
    TableMapsPage *page() const { return m_window->tableMapsPage(); }
    // Selects exactly the named maps (the last one current) and waits for the actions to follow.
    void select(const QStringList &names);
    QString cell(const QString &map, int column) const;
    bool control(const std::function<bool(MapControl &, QString *)> &action);
    QToolButton *toolButton(QAction *action) const;
    void grab(const QString &file);

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

void TestTableMapsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dwadmin-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tablemapspage"));
    QSettings().clear();
}

void TestTableMapsPage::init()
{
    m_dir = new QTemporaryDir;
    viewsworkspace::create(m_dir->path());
    m_window = new MainWindow(Workspace(m_dir->path()));
    QSignalSpy ready(m_window, &MainWindow::workspaceReady);
    m_window->showPage(MainWindow::TableMapsPageIndex);
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);
    QTRY_COMPARE(list()->model()->rowCount(), 3);
}

void TestTableMapsPage::cleanup()
{
    delete m_window;
    m_window = nullptr;
    // Readers still on pool threads hold files of the workspace open.
    QThreadPool::globalInstance()->waitForDone();
    delete m_dir;
}

void TestTableMapsPage::select(const QStringList &names)
{
    QItemSelectionModel *selection = list()->selectionModel();
    selection->clearSelection();
    for (const QString &name : names) {
        const int row = viewsworkspace::rowOf(list()->model(), name);
        QVERIFY2(row >= 0, qPrintable(name));
        selection->setCurrentIndex(list()->model()->index(row, 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QString TestTableMapsPage::cell(const QString &map, int column) const
{
    const int row = viewsworkspace::rowOf(list()->model(), map);
    return row < 0 ? QString() : list()->model()->index(row, column).data().toString();
}

bool TestTableMapsPage::control(const std::function<bool(MapControl &, QString *)> &action)
{
    MapControl maps { Workspace(m_dir->path()) };
    QString error;
    const bool ok = maps.open(&error) && action(maps, &error);
    if (!ok)
        qWarning("map control failed: %s", qPrintable(error));
    return ok;
}

QToolButton *TestTableMapsPage::toolButton(QAction *action) const
{
    auto *bar = page()->findChild<QToolBar *>(QStringLiteral("mapToolBar"));
    return bar ? qobject_cast<QToolButton *>(bar->widgetForAction(action)) : nullptr;
}

void TestTableMapsPage::actionsFollowTheSelection()
{
    select({ QStringLiteral("Items") });
    QVERIFY(page()->runAction()->isEnabled());
    QVERIFY(!page()->pauseAction()->isEnabled());
    QVERIFY(!page()->resumeAction()->isEnabled());
    QVERIFY(!page()->stopAction()->isEnabled());
    QVERIFY(toolButton(page()->runAction())->isEnabled());
    QVERIFY(!toolButton(page()->pauseAction())->isEnabled());

    // Items starts running elsewhere (the CLI); the list follows and so do the actions.
    QVERIFY(
        control([](MapControl &c, QString *e) { return c.start({ QStringLiteral("Items") }, e); }));
    page()->refresh();
    QTRY_COMPARE(
        cell(QStringLiteral("Items"), TableMapListModel::Status), QStringLiteral("Running"));
    QCOMPARE(cell(QStringLiteral("Items"), TableMapListModel::Queued), QStringLiteral("0"));
    QCOMPARE(cell(QStringLiteral("Units"), TableMapListModel::Queued), QStringLiteral("–"));
    select({ QStringLiteral("Items") });
    QVERIFY(!page()->runAction()->isEnabled());
    QVERIFY(page()->pauseAction()->isEnabled());
    QVERIFY(!page()->resumeAction()->isEnabled());
    QVERIFY(page()->stopAction()->isEnabled());

    // Pause only when every selected map is running, as dual-write.
    select({ QStringLiteral("Items"), QStringLiteral("Units") });
    QVERIFY(!page()->pauseAction()->isEnabled());
    QVERIFY(!page()->runAction()->isEnabled());
    QVERIFY(!page()->stopAction()->isEnabled());

    // Pause by its button; then Resume is what is offered.
    select({ QStringLiteral("Items") });
    QSignalSpy done(page(), &TableMapsPage::controlFinished);
    QTest::mouseClick(toolButton(page()->pauseAction()), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000); // now or later: both are fine
    QCOMPARE(done.constFirst().constFirst().toString(), QString());
    QTRY_COMPARE(
        cell(QStringLiteral("Items"), TableMapListModel::Status), QStringLiteral("Paused"));
    QTRY_VERIFY(page()->resumeAction()->isEnabled());
    QVERIFY(!page()->pauseAction()->isEnabled());
    QVERIFY(page()->stopAction()->isEnabled());

    // Changes made while paused are queued and counted.
    {
        TestDb dataverse(m_dir->filePath(QStringLiteral("dataverse.db")));
        QVERIFY(dataverse.exec(QStringLiteral("UPDATE dv_item SET qty = qty + 1")));
    }
    page()->refresh();
    QTRY_COMPARE(cell(QStringLiteral("Items"), TableMapListModel::Queued), QStringLiteral("4"));

    // Stop by keyboard: the shortcut works from the list.
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 30000);
    QTRY_COMPARE(
        cell(QStringLiteral("Items"), TableMapListModel::Status), QStringLiteral("Not running"));
    QTRY_VERIFY(page()->runAction()->isEnabled());
}

void TestTableMapsPage::pauseOfANotRunningMapIsRefused()
{
    select({ QStringLiteral("Units") });
    QVERIFY(!page()->pauseAction()->isEnabled());
    // Called anyway (a stale list, a script): the engine refuses and the page says why.
    QSignalSpy done(page(), &TableMapsPage::controlFinished);
    page()->pauseSelected();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
    const QString error = done.constFirst().constFirst().toString();
    QVERIFY2(error.contains(QLatin1String("Only running maps can be paused")), qPrintable(error));
    auto *message = page()->findChild<QLabel *>(QStringLiteral("mapListMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), error);
    page()->refresh();
    QTest::qWait(200);
    QCOMPARE(
        cell(QStringLiteral("Units"), TableMapListModel::Status), QStringLiteral("Not running"));
}

void TestTableMapsPage::runWithInitialSyncShowsNewCounts()
{
    QCOMPARE(cell(QStringLiteral("Items"), TableMapListModel::Failed), QStringLiteral("0"));
    QCOMPARE(cell(QStringLiteral("Items"), TableMapListModel::LastRun), QStringLiteral("Never"));
    select({ QStringLiteral("Items") });
    bool dialogChecked = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(m_window->findChild<RunDialog *>());
        auto *dialog = m_window->findChild<RunDialog *>();
        QTRY_VERIFY(dialog->isVisible());
        // The dependency is listed first, ticked, with initial sync; live is on by default.
        const RunPlanModel *model = dialog->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, RunPlanModel::Name).data().toString(), QStringLiteral("Units"));
        QCOMPARE(
            model->index(0, RunPlanModel::Name).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("liveCheck"))->isChecked());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("moveDownButton"))->isEnabled());
        dialogChecked = true;
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
    });
    QSignalSpy ended(m_window->runController(), &RunController::liveStarted);
    page()->runAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 20000); // initial syncs done, the maps run live
    QVERIFY(dialogChecked);
    m_window->showPage(MainWindow::TableMapsPageIndex);
    QTRY_COMPARE_WITH_TIMEOUT(
        cell(QStringLiteral("Items"), TableMapListModel::Failed), QStringLiteral("1"), 10000);
    QVERIFY(cell(QStringLiteral("Items"), TableMapListModel::LastRun) != QStringLiteral("Never"));
    QTRY_COMPARE(
        cell(QStringLiteral("Items"), TableMapListModel::Status), QStringLiteral("Running"));
    QTRY_COMPARE(
        cell(QStringLiteral("Units"), TableMapListModel::Status), QStringLiteral("Running"));
    QCOMPARE(cell(QStringLiteral("Items both ways"), TableMapListModel::Status),
        QStringLiteral("Not running"));
    // The console's own live run holds the leases of the maps it serves.
    QTRY_COMPARE(
        cell(QStringLiteral("Items"), TableMapListModel::ServedBy), QStringLiteral("This console"));
    QCOMPARE(cell(QStringLiteral("Items both ways"), TableMapListModel::ServedBy), QString());
    TestDb finance(m_dir->filePath(QStringLiteral("finance.db")));
    QCOMPARE(finance.number(QStringLiteral("SELECT COUNT(*) FROM FinItem")), 3);
    QCOMPARE(finance.number(QStringLiteral("SELECT COUNT(*) FROM FinUnit")), 2);

    // Live: a change on the Dataverse side arrives without another Run.
    {
        TestDb dataverse(m_dir->filePath(QStringLiteral("dataverse.db")));
        QVERIFY(dataverse.exec(QStringLiteral(
            "INSERT INTO dv_item (id, name, qty, kind) VALUES ('E', 'Epsilon', 5, 2)")));
    }
    QTRY_COMPARE_WITH_TIMEOUT(
        finance.number(QStringLiteral("SELECT COUNT(*) FROM FinItem")), 4, 15000);

    // Closing the window cancels the live run and waits for the worker.
    QSignalSpy runEnded(m_window->runController(), &RunController::runEnded);
    m_window->close();
    QVERIFY(!m_window->runController()->isBusy());
    QCOMPARE(runEnded.size(), 1);
}

void TestTableMapsPage::detailShowsTheCurrentMap()
{
    SyncEngine engine { Workspace(m_dir->path()) };
    SyncRequest request;
    request.maps = { QStringLiteral("Items") };
    SyncResult result;
    QString error;
    QVERIFY2(engine.run(request, &result, &error), qPrintable(error));

    select({ QStringLiteral("Items") });
    MapDetailView *detail = page()->detail();
    QSignalSpy loaded(detail, &MapDetailView::loaded);
    page()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
    auto *fields = detail->findChild<QTreeView *>(QStringLiteral("fieldMappingList"));
    QCOMPARE(fields->model()->rowCount(), 4);
    QCOMPARE(fields->model()->index(3, 1).data().toString(), QStringLiteral("<"));
    QVERIFY(fields->model()->index(3, 3).data().toString().startsWith(QLatin1String("Value map")));
    QCOMPARE(fields->editTriggers(), QAbstractItemView::NoEditTriggers);

    detail->tabs()->setCurrentIndex(MapDetailView::InitialSyncTab);
    QVERIFY2(!page()->findChild<QLabel *>(QStringLiteral("mapListMessage"))->isVisible(),
        qPrintable(page()->findChild<QLabel *>(QStringLiteral("mapListMessage"))->text()));
    // (A load started before this run may answer first; the next one has the run.)
    QTRY_COMPARE(detail->findChild<QLabel *>(QStringLiteral("initialInserted"))->text(),
        QLocale().toString(3)); // inserted
    QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("initialFailed"))->text(),
        QLocale().toString(1)); // failed
    auto *initialFailed = detail->findChild<QTreeView *>(QStringLiteral("initialFailedList"));
    QTRY_COMPARE(initialFailed->model()->rowCount(), 1);
    QCOMPARE(initialFailed->model()->index(0, 0).data().toString(), QStringLiteral("D"));
    QVERIFY2(initialFailed->model()->index(0, 2).data().toString().contains(QLatin1String("3")),
        qPrintable(initialFailed->model()->index(0, 2).data().toString()));

    detail->tabs()->setCurrentIndex(MapDetailView::FailedTab);
    auto *failed = detail->findChild<QTreeView *>(QStringLiteral("failedList"));
    QTRY_COMPARE(failed->model()->rowCount(), 1);
    QCOMPARE(failed->model()->index(0, 1).data().toString(), QStringLiteral("Validation"));

    auto *activity = detail->findChild<QTreeView *>(QStringLiteral("activityList"));
    QTRY_VERIFY(activity->model()->rowCount() >= 2); // created, initial sync finished
    QVERIFY(activity->model()
                ->index(0, ActivityModel::Message)
                .data()
                .toString()
                .contains(QLatin1String("Initial sync")));
    auto *alerts = detail->findChild<QTreeView *>(QStringLiteral("alertRuleList"));
    QCOMPARE(alerts->model()->rowCount(), 1);
    auto *queued = detail->findChild<QLabel *>(QStringLiteral("queuedCountLabel"));
    QVERIFY2(queued->text().contains(QLatin1String("0")), qPrintable(queued->text()));

    // The page's tabs are reachable by keyboard mnemonics.
    QTest::keyClick(m_window, Qt::Key_S, Qt::AltModifier);
    QCOMPARE(detail->tabs()->currentIndex(), int(MapDetailView::VersionsTab));
}

void TestTableMapsPage::olderVersionCanBeActivated()
{
    {
        StateStore store;
        QString error;
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("workspace.db")), &error));
        TableMap units;
        QVERIFY(MapStore(store.database()).load(QStringLiteral("Units"), &units, &error));
        units.fields.append(
            { QStringLiteral("Code"), QStringLiteral("code"), FieldDirection::ToFinance, {} });
        MapStore::SaveOutcome outcome;
        QVERIFY2(MapStore(store.database()).save(units, &outcome, &error), qPrintable(error));
    }
    page()->refresh();
    QTRY_COMPARE(
        cell(QStringLiteral("Units"), TableMapListModel::Version), QStringLiteral("1.0.0.1"));
    select({ QStringLiteral("Units") });
    MapDetailView *detail = page()->detail();
    detail->tabs()->setCurrentIndex(MapDetailView::VersionsTab);
    auto *versions = detail->findChild<QTreeView *>(QStringLiteral("versionList"));
    QTRY_COMPARE(versions->model()->rowCount(), 2);
    auto *activate = detail->findChild<QPushButton *>(QStringLiteral("activateVersionButton"));
    QVERIFY(!activate->isEnabled());
    versions->selectionModel()->select(versions->model()->index(0, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(activate->isEnabled());
    QVERIFY(detail->findChild<QPushButton *>(QStringLiteral("compareVersionsButton"))->isEnabled());
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::mouseClick(activate, Qt::LeftButton);
    QTRY_COMPARE(
        cell(QStringLiteral("Units"), TableMapListModel::Version), QStringLiteral("1.0.0.0"));
    auto *message = page()->findChild<QLabel *>(QStringLiteral("mapListMessage"));
    QTRY_VERIFY(message->text().contains(QLatin1String("is now active")));
}

void TestTableMapsPage::importReportsTheFileAndTheProblem()
{
    const QString bad = m_dir->filePath(QStringLiteral("bad-maps.json"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "dwadmin-maps/1", "maps": [{"name": "X", "direction": 3}]})");
    }
    MapFileActions *files = m_window->mapFiles();
    QSignalSpy finished(files, &MapFileActions::finished);
    files->importFrom(bad);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QString message = finished.constLast().at(0).toString();
    QVERIFY(finished.constLast().at(1).toBool());
    QVERIFY2(message.contains(QLatin1String("bad-maps.json")), qPrintable(message));
    QTRY_VERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("mapFileError")));
    m_window->findChild<QMessageBox *>(QStringLiteral("mapFileError"))->close();

    const QString exported = m_dir->filePath(QStringLiteral("exported.json"));
    files->exportTo(exported);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    message = finished.constLast().at(0).toString();
    QVERIFY2(!finished.constLast().at(1).toBool(), qPrintable(message));
    QVERIFY2(message.startsWith(QLatin1String("3 map")), qPrintable(message));
    files->importFrom(exported);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
    message = finished.constLast().at(0).toString();
    QVERIFY2(message.contains(QLatin1String("0 created, 0 saved as a new version, 3 unchanged")),
        qPrintable(message));
}

void TestTableMapsPage::editAndEnvironmentsOpenTheirDialogs()
{
    select({ QStringLiteral("Units") });
    QVERIFY(page()->editAction()->isEnabled());
    select({ QStringLiteral("Units"), QStringLiteral("Items") });
    QVERIFY(!page()->editAction()->isEnabled()); // one map at a time
    select({ QStringLiteral("Units") });
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(m_window->findChild<MapEditorDialog *>());
    auto *editor = m_window->findChild<MapEditorDialog *>();
    QTRY_VERIFY(editor->isVisible());
    editor->reject();
    QTRY_VERIFY(!m_window->findChild<MapEditorDialog *>());

    auto *environments = m_window->findChild<QAction *>(QStringLiteral("environmentsAction"));
    QVERIFY(environments && environments->isEnabled());
    environments->trigger();
    QTRY_VERIFY(m_window->findChild<EnvironmentsDialog *>());
    auto *dialog = m_window->findChild<EnvironmentsDialog *>();
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
}

void TestTableMapsPage::servedByFollowsTheLeases()
{
    const QString storePath = m_dir->filePath(QStringLiteral("workspace.db"));
    QCOMPARE(cell(QStringLiteral("Units"), TableMapListModel::ServedBy), QString());
    leasefixture::hold(storePath, QStringLiteral("Units"), QStringLiteral("Items"),
        QStringLiteral("Items both ways"));
    if (QTest::currentTestFailed())
        return;
    // Nothing but the page's own refresh brings the leases in, as a worker elsewhere would.
    QTRY_COMPARE_WITH_TIMEOUT(cell(QStringLiteral("Units"), TableMapListModel::ServedBy),
        leasefixture::otherWorker(), 10000);
    QCOMPARE(
        cell(QStringLiteral("Items"), TableMapListModel::ServedBy), QStringLiteral("This console"));
    QCOMPARE(cell(QStringLiteral("Items both ways"), TableMapListModel::ServedBy), QString());
    QVERIFY(!list()->isColumnHidden(TableMapListModel::ServedBy));
    QVERIFY(list()->columnWidth(TableMapListModel::ServedBy)
        >= list()->fontMetrics().horizontalAdvance(leasefixture::otherWorker()));

    auto *served = page()->detail()->findChild<QLabel *>(QStringLiteral("mapServingLabel"));
    QVERIFY(served);
    select({ QStringLiteral("Units") });
    QVERIFY(served->isVisible());
    QVERIFY2(served->text().startsWith(
                 QStringLiteral("Served by %1 since ").arg(leasefixture::otherWorker())),
        qPrintable(served->text()));
    QVERIFY2(served->text().contains(QLatin1String("last heartbeat")), qPrintable(served->text()));
    select({ QStringLiteral("Items") });
    QVERIFY2(served->text().startsWith(QLatin1String("Served by this console (")),
        qPrintable(served->text()));
    select({ QStringLiteral("Items both ways") });
    QVERIFY2(served->text().contains(QLatin1String("expired")), qPrintable(served->text()));
    QVERIFY2(served->text().contains(QLatin1String("presumed gone")), qPrintable(served->text()));

    // Sorting by the column and filtering keep working.
    list()->sortByColumn(TableMapListModel::ServedBy, Qt::DescendingOrder);
    QCOMPARE(list()->model()->index(0, TableMapListModel::Name).data().toString(),
        QStringLiteral("Units"));
    page()->findChild<QLineEdit *>(QStringLiteral("mapFilter"))->setText(QStringLiteral("both"));
    QCOMPARE(list()->model()->rowCount(), 1);
    page()->findChild<QLineEdit *>(QStringLiteral("mapFilter"))->clear();
    list()->sortByColumn(TableMapListModel::Name, Qt::AscendingOrder);
    select({ QStringLiteral("Units") });
    grab(QStringLiteral("table-maps-leases.png"));

    // The worker elsewhere stops cleanly and gives its lease back: the page follows.
    {
        StateStore store;
        QString error;
        QVERIFY(store.open(storePath, &error));
        MapLeases other(store.database(), leasefixture::otherWorker(), 60000);
        QVERIFY2(other.releaseAll(&error), qPrintable(error));
    }
    QTRY_COMPARE_WITH_TIMEOUT(
        cell(QStringLiteral("Units"), TableMapListModel::ServedBy), QString(), 10000);
    QVERIFY2(served->text().startsWith(QLatin1String("No worker")), qPrintable(served->text()));
}

void TestTableMapsPage::grab(const QString &file)
{
    // With DW_GRAB_DIR set, the window as it stands is saved there, to be looked at.
    const QString dir = qEnvironmentVariable("DW_GRAB_DIR");
    if (dir.isEmpty())
        return;
    m_window->resize(1280, 800); // as the pictures in docs/screenshots
    QCoreApplication::processEvents(); // pending layout requests, as a real event loop would
    QVERIFY(m_window->grab().save(dir + u'/' + file));
}

QTEST_MAIN(TestTableMapsPage)
#include "tst_tablemapspage.moc"
