#include "demoworkspace.h"
#include "editreplaydialog.h"
#include "mainwindow.h"
#include "recorddetailview.h"
#include "recordspage.h"
#include "recordstatemodel.h"
#include "recordvaluesmodel.h"
#include "runhistorymodel.h"
#include "runmapcountsmodel.h"
#include "runspage.h"
#include "syncengine.h"
#include "testdb.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace dw;

namespace {
constexpr auto kExpenses = "Project Operations integration project expenses export entity";
constexpr auto kTaskMessage = "Could not resolve project task for export expense. The specified "
                              "task activity number doesn't uniquely identify the task";
// The demo's expense lines that name a parent task (DOMAIN §8): what must fail, and only that.
constexpr auto kPlantedSql
    = "SELECT ExpenseTransactionNumber FROM TrvExpTransEntity WHERE ProjectID IS NOT NULL AND"
      " ApprovalStatus = 'Ledger' AND ActivityNumber IN (SELECT msdyn_parenttask FROM"
      " dv.msdyn_projecttask) ORDER BY ExpenseTransactionNumber";
} // namespace

// The records page on the demo workspace after a full initial sync, driven as an
// administrator would: the Expenses tab, the failed filter, a record's detail, a fix and Retry.
class TestRecordsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void expensesTabShowsExactlyThePlantedFailures();
    void detailShowsTheErrorAndBothSides();
    void runsPageOpensTheFailedRecordsOfARun();
    void retryAfterTheFixTurnsTheRecordSynced();
    void editAndReplayWritesTheSourceAndRetries();
    void exportWritesTheFilteredList();

private:
    RecordsPage *page() const { return m_window->recordsPage(); }
    QTreeView *list() const { return page()->findChild<QTreeView *>(QStringLiteral("recordList")); }
    // Shows the failed expenses and waits for the list and its counts.
    void showFailedExpenses();
    QStringList plantedKeys();
    void selectKey(const QString &key);

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestRecordsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dwadmin-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_recordspage"));
    QSettings().clear();
    QString error;
    QVERIFY2(DemoWorkspace::create(Workspace(m_dir.path()), 1, &error), qPrintable(error));
    SyncEngine engine { Workspace(m_dir.path()) };
    SyncRequest request;
    request.allMaps = true;
    SyncResult result;
    QVERIFY2(engine.run(request, &result, &error), qPrintable(error));
}

void TestRecordsPage::init()
{
    m_window = new MainWindow(Workspace(m_dir.path()));
    QSignalSpy ready(m_window, &MainWindow::workspaceReady);
    m_window->showPage(MainWindow::RecordsPageIndex);
    m_window->resize(1400, 900);
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);
}

void TestRecordsPage::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

QStringList TestRecordsPage::plantedKeys()
{
    TestDb finance(m_dir.filePath(QStringLiteral("finance.db")));
    finance.exec(QStringLiteral("ATTACH DATABASE '%1' AS dv")
                     .arg(m_dir.filePath(QStringLiteral("dataverse.db"))));
    QSqlQuery query(finance.db());
    if (!query.exec(QLatin1String(kPlantedSql)))
        qWarning("%s", qPrintable(query.lastError().text()));
    QStringList keys;
    while (query.next())
        keys.append(query.value(0).toString());
    return keys;
}

void TestRecordsPage::showFailedExpenses()
{
    RecordStateModel *model = page()->model();
    QSignalSpy counted(model, &RecordStateModel::countsLoaded);
    page()->showComponent(Component::Expenses);
    auto *status = page()->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(int(RecordStatus::Failed)));
    QTRY_VERIFY_WITH_TIMEOUT(!counted.isEmpty() && !model->isLoading()
            && model->filter().status == RecordStatus::Failed && model->filter().maps.size() == 2
            && model->totalCount() >= 0,
        10000);
    QTRY_COMPARE_WITH_TIMEOUT(qint64(model->rowCount()), model->totalCount(), 10000);
}

void TestRecordsPage::selectKey(const QString &key)
{
    RecordStateModel *model = page()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->record(row).key == key) {
            const QRect rect = list()->visualRect(model->index(row, RecordStateModel::Key));
            QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(list()->currentIndex().row(), row);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("record %1 is not listed").arg(key)));
}

void TestRecordsPage::expensesTabShowsExactlyThePlantedFailures()
{
    const QStringList planted = plantedKeys();
    QVERIFY(!planted.isEmpty());
    showFailedExpenses();
    RecordStateModel *model = page()->model();
    QStringList listed;
    for (int row = 0; row < model->rowCount(); ++row) {
        const RecordState &record = model->record(row);
        listed.append(record.key);
        QCOMPARE(record.map, QLatin1String(kExpenses));
        QCOMPARE(model->index(row, RecordStateModel::Status).data().toString(),
            recordStatusName(RecordStatus::Failed));
        // The list shows the cause (map and key have their columns); the tooltip all of it.
        const QString shown = model->index(row, RecordStateModel::Error).data().toString();
        QVERIFY2(shown.startsWith(QStringLiteral("the Dataverse table msdyn_expense refused"))
                && shown.contains(QLatin1String(kTaskMessage)),
            qPrintable(shown));
        QCOMPARE(model->index(row, RecordStateModel::Error).data(Qt::ToolTipRole).toString(),
            record.error);
        QVERIFY(record.error.startsWith(
            QStringLiteral("Map \"%1\", record %2: ").arg(QLatin1String(kExpenses), record.key)));
    }
    listed.sort();
    QCOMPARE(listed, planted);
    // The tab says how many records need attention; the status filter counts them too.
    auto *tabs = page()->findChild<QTabBar *>(QStringLiteral("componentTabs"));
    QTRY_VERIFY(
        tabs->tabText(tabs->currentIndex()).contains(QStringLiteral("(%1)").arg(planted.size())));
    auto *status = page()->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QCOMPARE(status->currentText(),
        QStringLiteral("%1 (%2)").arg(recordStatusName(RecordStatus::Failed)).arg(planted.size()));
}

void TestRecordsPage::detailShowsTheErrorAndBothSides()
{
    showFailedExpenses();
    const QString key = plantedKeys().constFirst();
    QSignalSpy valuesLoaded(page()->detail(), &RecordDetailView::valuesLoaded);
    selectKey(key);
    auto *error = page()->findChild<QPlainTextEdit *>(QStringLiteral("recordError"));
    QVERIFY(error->toPlainText().contains(QLatin1String(kTaskMessage)));
    QTRY_COMPARE_WITH_TIMEOUT(valuesLoaded.size(), 1, 10000);
    const RecordComparison &c = page()->detail()->values()->comparison();
    QCOMPARE(sideId(c.source), sideId(Side::Finance));
    QVERIFY(c.financeFound);
    QVERIFY(!c.dataverseFound); // the insert failed: nothing in Dataverse
    bool sawTask = false;
    const RecordValuesModel *values = page()->detail()->values();
    for (int row = 0; row < c.fields.size(); ++row) {
        const FieldComparison &field = c.fields.at(row);
        QVERIFY(!field.differs); // no target row: nothing to differ from
        if (field.financeColumn == QLatin1String("ExpenseTransactionNumber")
            && field.dataverseColumn == QLatin1String("msdyn_externalexpenseid")) {
            QCOMPARE(field.finance.toString(), key);
            // The side without a row shows what a sync would write there.
            QCOMPARE(values->index(row, RecordValuesModel::DataverseValue).data().toString(),
                QStringLiteral("(no row; would get %1)").arg(key));
        }
        if (field.dataverseColumn == QLatin1String("msdyn_task")) {
            sawTask = true;
            QVERIFY(!field.finance.toString().isEmpty());
            QCOMPARE(field.expected, field.finance);
        }
    }
    QVERIFY(sawTask);
    // With DW_SCREENSHOT_DIR set, the window as an administrator sees it now goes there.
    const QString shots = qEnvironmentVariable("DW_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(shots + QStringLiteral("/records.png")));
    }
}

void TestRecordsPage::runsPageOpensTheFailedRecordsOfARun()
{
    m_window->showPage(MainWindow::RunsPageIndex);
    RunsPage *runs = m_window->runsPage();
    RunHistoryModel *history = runs->runs();
    QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading() && history->rowCount() == 1, 10000);
    QCOMPARE(history->run(0).id, 1);
    TestDb store(m_dir.filePath(QStringLiteral("workspace.db")));
    QCOMPARE(history->run(0).totals.failed,
        store.number(QStringLiteral("SELECT SUM(failed) FROM run_map_counts WHERE run_id = 1")));
    auto *list = runs->findChild<QTreeView *>(QStringLiteral("runList"));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
        list->visualRect(history->index(0, RunHistoryModel::Kind)).center());
    RunMapCountsModel *counts = runs->mapCounts();
    QTRY_COMPARE_WITH_TIMEOUT(qint64(counts->rowCount()),
        store.number(QStringLiteral("SELECT COUNT(*) FROM run_map_counts WHERE run_id = 1")),
        10000);
    for (const RunMapCounts &row : counts->counts()) {
        const QString where
            = QStringLiteral("FROM run_map_counts c JOIN maps m ON m.id = c.map_id WHERE"
                             " c.run_id = 1 AND m.name = '%1'")
                  .arg(row.map);
        QCOMPARE(row.counts.read, store.number(QStringLiteral("SELECT c.read_count ") + where));
        QCOMPARE(row.counts.failed, store.number(QStringLiteral("SELECT c.failed ") + where));
    }
    const QString shots = qEnvironmentVariable("DW_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(m_window->grab().save(shots + QStringLiteral("/runs.png")));
    // The records page opens on the component of the first map (by name) with failures.
    const auto firstFailed = std::find_if(counts->counts().cbegin(), counts->counts().cend(),
        [](const RunMapCounts &c) { return c.counts.failed > 0; });
    QVERIFY(firstFailed != counts->counts().cend());
    const Component component = firstFailed->component;
    auto *show = runs->findChild<QPushButton *>(QStringLiteral("showFailedRecordsButton"));
    QTRY_VERIFY(show->isEnabled());
    QTest::mouseClick(show, Qt::LeftButton);
    QTRY_VERIFY(page()->isVisible());
    RecordStateModel *model = page()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->filter().runId == 1
            && model->filter().status == RecordStatus::Failed && model->totalCount() >= 0
            && !model->isLoading(),
        10000);
    QCOMPARE(page()->component(), component);
    QCOMPARE(model->totalCount(),
        store.number(QStringLiteral("SELECT COUNT(*) FROM record_states r JOIN maps m ON"
                                    " m.id = r.map_id WHERE m.component = '%1' AND"
                                    " r.status = 1 AND r.last_run_id = 1")
                         .arg(componentId(component))));
    QVERIFY(model->totalCount() > 0);
    // Removing the run filter lists the failed records of every run again.
    auto *clear = page()->findChild<QPushButton *>(QStringLiteral("clearRunFilter"));
    QVERIFY(clear->isVisible());
    QCOMPARE(clear->text(), QStringLiteral("Run 1"));
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_VERIFY(model->filter().runId == 0 && !clear->isVisible());
}

void TestRecordsPage::retryAfterTheFixTurnsTheRecordSynced()
{
    showFailedExpenses();
    const QStringList planted = plantedKeys();
    const QString key = planted.constFirst();
    // The fix: the expense line names a leaf task under the parent task it named.
    {
        TestDb finance(m_dir.filePath(QStringLiteral("finance.db")));
        QVERIFY(finance.exec(QStringLiteral("ATTACH DATABASE '%1' AS dv")
                                 .arg(m_dir.filePath(QStringLiteral("dataverse.db")))));
        QVERIFY(finance.exec(QStringLiteral(
            "UPDATE TrvExpTransEntity SET ActivityNumber = (SELECT t.msdyn_projecttaskid FROM"
            " dv.msdyn_projecttask t WHERE t.msdyn_parenttask = ActivityNumber AND NOT EXISTS"
            " (SELECT 1 FROM dv.msdyn_projecttask c WHERE c.msdyn_parenttask ="
            " t.msdyn_projecttaskid) ORDER BY t.msdyn_projecttaskid LIMIT 1)"
            " WHERE ExpenseTransactionNumber = '%1'")
                                 .arg(key)));
    }
    QCOMPARE(plantedKeys().size(), planted.size() - 1);
    selectKey(key);
    QTRY_VERIFY(page()->retryAction()->isEnabled());
    QSignalSpy finished(page(), &RecordsPage::actionFinished);
    page()->retryAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.constFirst().at(1).toBool(), false); // not an error
    // The failed list loses it; listed with every status, it is Synced.
    RecordStateModel *model = page()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), qint64(planted.size() - 1), 10000);
    auto *status = page()->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(0);
    auto *find = page()->findChild<QLineEdit *>(QStringLiteral("findRecords"));
    QTest::keyClicks(find, key);
    QTRY_VERIFY_WITH_TIMEOUT(
        model->filter().text == key && !model->isLoading() && model->rowCount() == 1, 10000);
    QCOMPARE(model->record(0).key, key);
    QCOMPARE(model->record(0).status, RecordStatus::Synced);
    QCOMPARE(model->index(0, RecordStateModel::Status).data().toString(),
        recordStatusName(RecordStatus::Synced));
    QCOMPARE(model->record(0).attempts, 2);

    // Both rows exist now; a value changed in Dataverse afterwards is marked, and only that.
    {
        TestDb dataverse(m_dir.filePath(QStringLiteral("dataverse.db")));
        QVERIFY(dataverse.exec(QStringLiteral("UPDATE msdyn_expense SET msdyn_name = 'Changed'"
                                              " WHERE msdyn_externalexpenseid = '%1'")
                                   .arg(key)));
    }
    // The filtered list may already show this very record, and selecting it again would then
    // read nothing anew: start from no selection, so the values are read after the change.
    list()->setCurrentIndex(QModelIndex());
    QTRY_VERIFY(!page()->detail()->record().has_value());
    QSignalSpy valuesLoaded(page()->detail(), &RecordDetailView::valuesLoaded);
    selectKey(key);
    QTRY_VERIFY_WITH_TIMEOUT(!valuesLoaded.isEmpty() && !page()->detail()->isLoading(), 30000);
    const RecordComparison &c = page()->detail()->values()->comparison();
    QVERIFY(c.dataverseFound && c.financeFound);
    QCOMPARE(c.differences(), 1);
    const auto changed = std::find_if(
        c.fields.cbegin(), c.fields.cend(), [](const FieldComparison &f) { return f.differs; });
    QCOMPARE(changed->dataverseColumn, QStringLiteral("msdyn_name"));
    QCOMPARE(changed->dataverse.toString(), QStringLiteral("Changed"));
    QCOMPARE(changed->expected, changed->finance);
}

void TestRecordsPage::editAndReplayWritesTheSourceAndRetries()
{
    showFailedExpenses();
    const QStringList planted = plantedKeys();
    const QString key = planted.constFirst();
    QString leafTask;
    {
        TestDb finance(m_dir.filePath(QStringLiteral("finance.db")));
        QVERIFY(finance.exec(QStringLiteral("ATTACH DATABASE '%1' AS dv")
                                 .arg(m_dir.filePath(QStringLiteral("dataverse.db")))));
        leafTask = finance
                       .value(QStringLiteral(
                           "SELECT t.msdyn_projecttaskid FROM TrvExpTransEntity e JOIN"
                           " dv.msdyn_projecttask t ON t.msdyn_parenttask = e.ActivityNumber"
                           " WHERE e.ExpenseTransactionNumber = '%1' AND NOT EXISTS (SELECT 1"
                           " FROM dv.msdyn_projecttask c WHERE c.msdyn_parenttask ="
                           " t.msdyn_projecttaskid) ORDER BY 1 LIMIT 1")
                                  .arg(key))
                       .toString();
    }
    QVERIFY(!leafTask.isEmpty());
    QSignalSpy valuesLoaded(page()->detail(), &RecordDetailView::valuesLoaded);
    selectKey(key);
    QTRY_VERIFY_WITH_TIMEOUT(
        !valuesLoaded.isEmpty() && page()->editReplayAction()->isEnabled(), 10000);
    QSignalSpy finished(page(), &RecordsPage::actionFinished);
    bool edited = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = page()->findChild<EditReplayDialog *>(QStringLiteral("editReplayDialog"));
        QVERIFY(dialog);
        QVERIFY(!dialog->editor(QStringLiteral("ExpenseTransactionNumber"))); // a key
        QLineEdit *task = dialog->editor(QStringLiteral("ActivityNumber"));
        QVERIFY(task);
        task->selectAll();
        QTest::keyClicks(task, leafTask);
        QCOMPARE(dialog->edits().size(), 1);
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("saveAndRetryButton")), Qt::LeftButton);
        edited = true;
    });
    page()->editReplayAction()->trigger();
    QTRY_VERIFY(edited);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.constFirst().at(1).toBool(), false);
    TestDb finance(m_dir.filePath(QStringLiteral("finance.db")));
    QCOMPARE(finance
                 .value(QStringLiteral("SELECT ActivityNumber FROM TrvExpTransEntity WHERE"
                                       " ExpenseTransactionNumber = '%1'")
                            .arg(key))
                 .toString(),
        leafTask);
    TestDb store(m_dir.filePath(QStringLiteral("workspace.db")));
    QCOMPARE(
        store.number(
            QStringLiteral("SELECT status FROM record_states WHERE record_key = '%1'").arg(key)),
        qint64(RecordStatus::Synced));
    TestDb dataverse(m_dir.filePath(QStringLiteral("dataverse.db")));
    QCOMPARE(dataverse
                 .value(QStringLiteral(
                     "SELECT msdyn_task FROM msdyn_expense WHERE msdyn_externalexpenseid = '%1'")
                            .arg(key))
                 .toString(),
        leafTask);
}

void TestRecordsPage::exportWritesTheFilteredList()
{
    showFailedExpenses();
    const qint64 failed = page()->model()->totalCount();
    const QString path = m_dir.filePath(QStringLiteral("failed-expenses.csv"));
    QSignalSpy finished(page(), &RecordsPage::actionFinished);
    page()->exportTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // A header, one line per record, and the empty rest after the last CRLF.
    QCOMPARE(lines.size(), failed + 2);
    QVERIFY(lines.at(0).startsWith("map,key,status"));
    QVERIFY(lines.at(1).contains(",failed,"));
    QVERIFY(lines.at(1).contains("doesn't uniquely identify the task"));
}

QTEST_MAIN(TestRecordsPage)
#include "tst_recordspage.moc"
