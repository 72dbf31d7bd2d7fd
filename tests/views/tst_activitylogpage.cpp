#include "activitylogpage.h"
#include "activitymodel.h"
#include "mainwindow.h"
#include "runhistorymodel.h"
#include "runspage.h"
#include "syncengine.h"
#include "tablemapspage.h"
#include "testdb.h"
#include "viewsworkspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>
#include <functional>

using namespace dw;

// The activity log page on the view tests' own workspace after an initial sync, with one
// entry planted three days back: the filters narrow the list to what SQL says they should,
// the count follows, and opening an entry leads to its run or its map.
class TestActivityLogPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void listsTheWholeLogNewestFirst();
    void mapAndEventFiltersNarrowTheList();
    void periodAndTextNarrowTheList();
    void openingAnEntryShowsItsRun();
    void openingAnEntryWithoutRunShowsItsMap();

private:
    ActivityLogPage *page() const { return m_window->activityLogPage(); }
    ActivityModel *model() const { return page()->model(); }
    QTreeView *list() const
    {
        return page()->findChild<QTreeView *>(QStringLiteral("activityLogList"));
    }
    // Waits until the list holds every entry of its filter and has counted them; false when
    // that number is not `expected`.
    bool listsExactly(qint64 expected);
    qint64 count(const QString &where);
    int rowWhere(const std::function<bool(const ActivityEntry &)> &matches) const;

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestActivityLogPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dwadmin-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_activitylogpage"));
    QSettings().clear();
    viewsworkspace::create(m_dir.path());
    SyncEngine engine { Workspace(m_dir.path()) };
    SyncRequest request;
    request.allMaps = true;
    SyncResult result;
    QString error;
    QVERIFY2(engine.run(request, &result, &error), qPrintable(error));
    TestDb store(m_dir.filePath(QStringLiteral("workspace.db")));
    QVERIFY(store.exec(
        QStringLiteral("INSERT INTO activity_log (at, map_id, kind, message) SELECT"
                       " CAST(strftime('%s', 'now') AS INTEGER) * 1000 - 3 * 86400000, id, 'alert',"
                       " 'An old alert about a full queue' FROM maps WHERE name = 'Units'")));
}

void TestActivityLogPage::init()
{
    m_window = new MainWindow(Workspace(m_dir.path()));
    QSignalSpy ready(m_window, &MainWindow::workspaceReady);
    m_window->showPage(MainWindow::ActivityLogPageIndex);
    m_window->resize(1300, 800);
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);
    QVERIFY(listsExactly(count(QStringLiteral("1 = 1"))));
}

void TestActivityLogPage::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestActivityLogPage::cleanupTestCase()
{
    // Readers still on pool threads hold files of the workspace open.
    QThreadPool::globalInstance()->waitForDone();
}

qint64 TestActivityLogPage::count(const QString &where)
{
    TestDb store(m_dir.filePath(QStringLiteral("workspace.db")));
    return store.number(QStringLiteral("SELECT COUNT(*) FROM activity_log a LEFT JOIN maps m ON"
                                       " m.id = a.map_id WHERE ")
        + where);
}

bool TestActivityLogPage::listsExactly(qint64 expected)
{
    const bool settled = QTest::qWaitFor(
        [&] {
            if (model()->canFetchMore({}))
                model()->fetchMore({});
            return !model()->isLoading() && !model()->canFetchMore({})
                && model()->totalCount() >= 0;
        },
        10000);
    if (!settled || model()->rowCount() != expected || model()->totalCount() != expected) {
        qWarning("listed %d, counted %lld, expected %lld", model()->rowCount(),
            model()->totalCount(), expected);
        return false;
    }
    // No catalog in the tests' C locale: the English source text, with the number.
    const QString summary = page()->findChild<QLabel *>(QStringLiteral("activitySummary"))->text();
    if (summary != QStringLiteral("%1 entries match the filter.").arg(expected)) {
        qWarning("summary: %s", qPrintable(summary));
        return false;
    }
    return true;
}

int TestActivityLogPage::rowWhere(const std::function<bool(const ActivityEntry &)> &matches) const
{
    for (int row = 0; row < model()->rowCount(); ++row) {
        if (matches(model()->entry(row)))
            return row;
    }
    return -1;
}

void TestActivityLogPage::listsTheWholeLogNewestFirst()
{
    QVERIFY(model()->rowCount() > 5); // maps created, run started and finished, the old alert
    for (int row = 1; row < model()->rowCount(); ++row)
        QVERIFY(model()->entry(row - 1).at >= model()->entry(row).at);
    // The old alert is the oldest entry; the run's entries name their run.
    const ActivityEntry &oldest = model()->entry(model()->rowCount() - 1);
    QCOMPARE(oldest.message, QStringLiteral("An old alert about a full queue"));
    QCOMPARE(model()->index(model()->rowCount() - 1, ActivityModel::Map).data().toString(),
        QStringLiteral("Units"));
    QVERIFY(rowWhere([](const ActivityEntry &e) { return e.runId == 1; }) >= 0);
}

void TestActivityLogPage::mapAndEventFiltersNarrowTheList()
{
    auto *map = page()->findChild<QComboBox *>(QStringLiteral("activityMapFilter"));
    auto *kind = page()->findChild<QComboBox *>(QStringLiteral("activityKindFilter"));
    QTRY_COMPARE(map->count(), 4); // all maps and the three of the workspace
    map->setCurrentIndex(map->findText(QStringLiteral("Items")));
    QVERIFY(listsExactly(count(QStringLiteral("m.name = 'Items'"))));
    QVERIFY(model()->rowCount() > 0);
    for (const ActivityEntry &entry : model()->entries())
        QCOMPARE(entry.map, QStringLiteral("Items"));

    kind->setCurrentIndex(kind->findText(QStringLiteral("Map created")));
    QVERIFY(listsExactly(1));
    QCOMPARE(model()->entry(0).kind, QStringLiteral("mapCreated"));

    map->setCurrentIndex(0); // all maps, still only "created"
    QVERIFY(listsExactly(count(QStringLiteral("a.kind = 'mapCreated'"))));
    QCOMPARE(model()->rowCount(), 3);
    kind->setCurrentIndex(kind->findText(QStringLiteral("Run finished")));
    QVERIFY(listsExactly(count(QStringLiteral("a.kind = 'runFinished'"))));
    QVERIFY(model()->rowCount() > 0);
    kind->setCurrentIndex(0);
    QVERIFY(listsExactly(count(QStringLiteral("1 = 1"))));
}

void TestActivityLogPage::periodAndTextNarrowTheList()
{
    auto *period = page()->findChild<QComboBox *>(QStringLiteral("activityPeriod"));
    QCOMPARE(period->currentText(), QStringLiteral("All time"));
    const qint64 all = count(QStringLiteral("1 = 1"));
    // The last 24 hours leave the alert of three days ago out.
    page()->setPeriod(ActivityLogPage::Period::Last24Hours);
    QCOMPARE(period->currentText(), QStringLiteral("Last 24 hours"));
    QVERIFY(listsExactly(all - 1));
    QCOMPARE(rowWhere([](const ActivityEntry &e) { return e.kind == QLatin1String("alert"); }), -1);
    page()->setPeriod(ActivityLogPage::Period::Last7Days);
    QVERIFY(listsExactly(all));

    // A bound chosen by hand makes a custom period: up to two days ago, only the old alert.
    auto *to = page()->findChild<QDateTimeEdit *>(QStringLiteral("activityTo"));
    to->setDateTime(QDateTime::currentDateTime().addDays(-2));
    QCOMPARE(period->currentText(), QStringLiteral("Custom"));
    QVERIFY(listsExactly(1));
    QCOMPARE(model()->entry(0).kind, QStringLiteral("alert"));
    page()->setPeriod(ActivityLogPage::Period::AllTime);
    QVERIFY(listsExactly(all));

    auto *find = page()->findChild<QLineEdit *>(QStringLiteral("activityFind"));
    QTest::keyClicks(find, QStringLiteral("FULL QUEUE"));
    // Typing settles before the list follows, in one query rather than one per key.
    QTRY_COMPARE(model()->filter().text, QStringLiteral("FULL QUEUE"));
    QVERIFY(listsExactly(1));
    QCOMPARE(model()->entry(0).message, QStringLiteral("An old alert about a full queue"));
    find->clear();
    QTRY_COMPARE(model()->filter().text, QString());
    QVERIFY(listsExactly(all));
}

void TestActivityLogPage::openingAnEntryShowsItsRun()
{
    const int row = rowWhere([](const ActivityEntry &e) { return e.runId > 0; });
    QVERIFY(row >= 0);
    const qint64 runId = model()->entry(row).runId;
    const QRect rect = list()->visualRect(model()->index(row, ActivityModel::Event));
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(page()->showRunAction()->isEnabled());
    QTest::mouseDClick(list()->viewport(), Qt::LeftButton, {}, rect.center());
    RunsPage *runs = m_window->runsPage();
    QTRY_VERIFY(runs->isVisible());
    auto *runList = runs->findChild<QTreeView *>(QStringLiteral("runList"));
    QTRY_VERIFY_WITH_TIMEOUT(runList->currentIndex().isValid(), 10000);
    QCOMPARE(runs->runs()->run(runList->currentIndex().row()).id, runId);
}

void TestActivityLogPage::openingAnEntryWithoutRunShowsItsMap()
{
    const int row = rowWhere([](const ActivityEntry &e) {
        return e.runId == 0 && e.map == QLatin1String("Items both ways");
    });
    QVERIFY(row >= 0);
    list()->setFocus();
    list()->setCurrentIndex(model()->index(row, ActivityModel::Message));
    QVERIFY(!page()->showRunAction()->isEnabled());
    QVERIFY(page()->showMapAction()->isEnabled());
    const QString shots = qEnvironmentVariable("DW_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(m_window->grab().save(shots + QStringLiteral("/activity-test.png")));
    QTest::keyClick(list(), Qt::Key_Return);
    TableMapsPage *maps = m_window->tableMapsPage();
    QTRY_VERIFY(maps->isVisible());
    QTRY_COMPARE(maps->selectedMapNames(), QStringList({ QStringLiteral("Items both ways") }));
}

QTEST_MAIN(TestActivityLogPage)
#include "tst_activitylogpage.moc"
