#include "actualsscenario.h"
#include "demodata.h"
#include "demoworkspace.h"
#include "mapstore.h"
#include "recordactions.h"
#include "statestore.h"
#include "syncengine.h"
#include "testdb.h"
#include "teststatestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dw;

namespace {

SyncResult runInitial(const QString &dir, const QStringList &maps = {}, int pageSize = 2000,
    const std::atomic_bool *cancel = nullptr,
    std::function<void(const MapProgress &)> progress = {})
{
    SyncEngine engine { Workspace(dir) };
    engine.setPageSize(pageSize);
    engine.setCancelFlag(cancel);
    engine.setProgressHandler(std::move(progress));
    SyncRequest request;
    request.maps = maps;
    request.allMaps = maps.isEmpty();
    SyncResult result;
    QString error;
    if (!engine.run(request, &result, &error))
        qWarning("run failed: %s", qPrintable(error));
    return result;
}

SyncResult runRetry(const QString &dir, const QString &map, const QStringList &keys = {})
{
    SyncEngine engine { Workspace(dir) };
    SyncRequest request;
    request.kind = RunKind::Retry;
    request.maps = { map };
    request.recordKeys = keys;
    SyncResult result;
    QString error;
    if (!engine.run(request, &result, &error))
        qWarning("retry failed: %s", qPrintable(error));
    return result;
}

QString file(const QTemporaryDir &dir, const char *name)
{
    return dir.filePath(QLatin1String(name));
}

// The Finance rows of the actuals map compared with the Dataverse rows through the map's own
// transforms written out in SQL: a check that does not trust the engine's bookkeeping.
qint64 mismatchedActuals(const QTemporaryDir &dir)
{
    TestDb finance(file(dir, "finance.db"));
    finance.exec(QStringLiteral("ATTACH DATABASE '%1' AS dv").arg(file(dir, "dataverse.db")));
    return finance.number(QStringLiteral(
        "SELECT COUNT(*) FROM ProjCDSActualsImportEntity f"
        " LEFT JOIN dv.msdyn_actual a ON a.msdyn_actualid = f.ActualId"
        " WHERE a.msdyn_actualid IS NULL"
        " OR f.Description IS NOT a.msdyn_description"
        " OR f.BillingType IS NOT CASE a.msdyn_billingtype WHEN 192350000 THEN 'NotAvailable'"
        "   WHEN 192350001 THEN 'Chargeable' WHEN 192350002 THEN 'NonChargeable'"
        "   WHEN 192350003 THEN 'Complimentary' END"
        " OR f.TransType IS NOT CASE a.msdyn_transactiontypecode WHEN 192350000 THEN 'Cost'"
        "   WHEN 192350001 THEN 'UnbilledSales' WHEN 192350002 THEN 'BilledSales' END"
        " OR f.ProjectId IS NOT (SELECT p.msdyn_projectnumber FROM dv.msdyn_project p"
        "   WHERE p.msdyn_projectid = a.msdyn_project)"
        " OR f.Quantity IS NOT a.msdyn_quantity OR f.Amount IS NOT a.msdyn_amount"
        " OR f.InvoiceId IS NOT a.msdyn_invoice OR f.IsJournalized IS NOT "
        "CAST(a.msdyn_isjournalized AS TEXT)"
        " OR f.IsDuplicate IS NOT 'No'"));
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void plantedFailuresFailAloneWithTheirOwnMessages();
    void retryAfterFixingTheCause();
    void cancelledRunResumesToTheSameState();
    void demoSyncMatchesSourceIndependently();
    void provisionalKeyIsReplacedOnRetry();
    void configurationErrorStopsTheMapBeforeItTouchesData();
    void skippedRecordsLeaveTheFailedList();
};

void TestSyncEngine::plantedFailuresFailAloneWithTheirOwnMessages()
{
    QTemporaryDir dir;
    constexpr qint64 rows = 100000;
    QString error;
    QVERIFY2(TestStateStore::prepare(dir.path(), &error), qPrintable(error));
    QVERIFY2(ActualsScenario::create(dir.path(), { rows, true }, &error), qPrintable(error));
    const SyncResult result = runInitial(dir.path());
    QCOMPARE(result.maps.size(), 1);
    const MapRunResult &map = result.maps.constFirst();
    QVERIFY2(map.completed, qPrintable(map.error));
    QCOMPARE(map.counts.read, rows);
    QCOMPARE(map.counts.failed, rows / 100);
    QCOMPARE(map.counts.inserted, rows - rows / 100);

    StoreDb store(dir.path());
    QSqlQuery failed(store.db());
    QVERIFY(failed.exec(
        QStringLiteral("SELECT record_key, error_class, error_message FROM record_states"
                       " WHERE status = 1 ORDER BY record_key")));
    QHash<QString, QPair<QString, QString>> byKey;
    while (failed.next())
        byKey.insert(
            failed.value(0).toString(), { failed.value(1).toString(), failed.value(2).toString() });
    QCOMPARE(byKey.size(), rows / 100);
    for (qint64 row = 1; row <= rows; ++row) {
        if (!ActualsScenario::isPlantedFailure(row))
            continue;
        const QString key = ActualsScenario::actualId(row);
        QVERIFY2(byKey.contains(key), qPrintable(key));
        const auto &[errorClass, message] = byKey.value(key);
        QVERIFY2(message.contains(ActualsScenario::expectedFailure(row)), qPrintable(message));
        QVERIFY2(message.contains(ActualsScenario::mapName()), qPrintable(message));
        QVERIFY2(message.contains(key), qPrintable(message));
        QCOMPARE(errorClass,
            (row / 100) % 5 == 3 ? QStringLiteral("constraint") : QStringLiteral("validation"));
    }
    // Run history agrees with the record states, and the target holds exactly the good rows,
    // each equal to its mapped source row.
    QCOMPARE(store.value(QStringLiteral("SELECT COUNT(*) FROM record_states WHERE status = 0"))
                 .toLongLong(),
        rows - rows / 100);
    QCOMPARE(store.value(QStringLiteral("SELECT inserted FROM run_map_counts")).toLongLong(),
        rows - rows / 100);
    QCOMPARE(
        store.value(QStringLiteral("SELECT failed FROM run_map_counts")).toLongLong(), rows / 100);
    TestDb finance(file(dir, "finance.db"));
    QCOMPARE(finance.value(QStringLiteral("SELECT COUNT(*) FROM ProjCDSActualsImportEntity"))
                 .toLongLong(),
        rows - rows / 100);
    QCOMPARE(mismatchedActuals(dir), 0);
}

void TestSyncEngine::retryAfterFixingTheCause()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(TestStateStore::prepare(dir.path(), &error), qPrintable(error));
    QVERIFY(ActualsScenario::create(dir.path(), { 5000, true }, &error));
    runInitial(dir.path());
    {
        // The administrator fixes the unknown billing types at the source.
        TestDb dataverse(file(dir, "dataverse.db"));
        QVERIFY(dataverse.exec(QStringLiteral("UPDATE msdyn_actual SET msdyn_billingtype = "
                                              "192350001 WHERE msdyn_billingtype = 192359999")));
    }
    // Retry one record first: exactly it turns synced.
    const QString one = ActualsScenario::actualId(37); // (37 / 100) % 5 == 0: billing type
    SyncResult result = runRetry(dir.path(), ActualsScenario::mapName(), { one });
    QCOMPARE(result.maps.constFirst().counts.read, 1);
    QCOMPARE(result.maps.constFirst().counts.inserted, 1);
    StoreDb store(dir.path());
    QCOMPARE(
        store
            .value(
                QStringLiteral("SELECT status FROM record_states WHERE record_key = '%1'").arg(one))
            .toInt(),
        0);
    QCOMPARE(store
                 .value(QStringLiteral("SELECT attempts FROM record_states WHERE record_key = '%1'")
                            .arg(one))
                 .toInt(),
        2);

    // Then all failed: the remaining fixed ones succeed, the others fail again, nothing else moves.
    result = runRetry(dir.path(), ActualsScenario::mapName());
    const RunCounts &counts = result.maps.constFirst().counts;
    QCOMPARE(counts.read, 49); // 50 planted failures, one already retried
    QCOMPARE(counts.inserted, 9); // rows 537, 1037, … of the billing type kind
    QCOMPARE(counts.failed, 40);
    QCOMPARE(
        store.value(QStringLiteral("SELECT COUNT(*) FROM record_states WHERE status = 1")).toInt(),
        40);
    QCOMPARE(mismatchedActuals(dir), 0);
    // Retrying a record that is not failed says so and touches nothing.
    result = runRetry(dir.path(), ActualsScenario::mapName(), { ActualsScenario::actualId(1) });
    QCOMPARE(result.maps.constFirst().notFailed, QStringList { ActualsScenario::actualId(1) });
    QCOMPARE(result.maps.constFirst().counts.read, 0);
}

void TestSyncEngine::cancelledRunResumesToTheSameState()
{
    QTemporaryDir reference;
    QTemporaryDir interrupted;
    QString error;
    QVERIFY2(TestStateStore::prepare(reference.path(), &error), qPrintable(error));
    QVERIFY(ActualsScenario::create(reference.path(), { 20000, true }, &error));
    QVERIFY2(TestStateStore::prepare(interrupted.path(), &error), qPrintable(error));
    QVERIFY(ActualsScenario::create(interrupted.path(), { 20000, true }, &error));
    runInitial(reference.path(), {}, 1000);

    std::atomic_bool cancel { false };
    int pages = 0;
    const SyncResult first
        = runInitial(interrupted.path(), {}, 1000, &cancel, [&](const MapProgress &) {
              if (++pages == 7)
                  cancel = true;
          });
    QVERIFY(first.cancelled);
    QCOMPARE(first.maps.constFirst().counts.read, 7000);
    const SyncResult second = runInitial(interrupted.path(), {}, 1000);
    QVERIFY(second.maps.constFirst().completed);
    QCOMPARE(second.maps.constFirst().counts.read, 13000); // resumed, not restarted

    // Same target rows and same record states (all but timestamps and run ids).
    {
        TestDb a(reference.filePath(QStringLiteral("finance.db")));
        QVERIFY(a.exec(QStringLiteral("ATTACH DATABASE '%1' AS other")
                           .arg(interrupted.filePath(QStringLiteral("finance.db")))));
        for (const auto &[left, right] :
            { std::pair { "ProjCDSActualsImportEntity", "other.ProjCDSActualsImportEntity" },
                std::pair { "other.ProjCDSActualsImportEntity", "ProjCDSActualsImportEntity" } })
            QCOMPARE(a.number(QStringLiteral(
                         "SELECT COUNT(*) FROM (SELECT * FROM %1 EXCEPT SELECT * FROM %2)")
                                  .arg(QLatin1String(left), QLatin1String(right))),
                0);
        QVERIFY(a.number(QStringLiteral("SELECT COUNT(*) FROM ProjCDSActualsImportEntity")) > 19000);
    }
    const QString states = QStringLiteral(
        "SELECT map_id, record_key, source_key, status, last_direction, dataverse_hash,"
        " finance_hash, attempts, error_class, error_message FROM record_states"
        " ORDER BY map_id, record_key");
    const QStringList referenceStates = StoreDb(reference.path()).rows(states);
    QVERIFY(referenceStates.size() > 19000);
    QCOMPARE(StoreDb(interrupted.path()).rows(states), referenceStates);
}

void TestSyncEngine::demoSyncMatchesSourceIndependently()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(TestStateStore::prepare(dir.path(), &error), qPrintable(error));
    QVERIFY2(DemoWorkspace::create(Workspace(dir.path()), 1, &error), qPrintable(error));
    // Four setup maps whose demo records all sync (tst_podemo runs them all).
    const SyncResult result = runInitial(dir.path(),
        { QStringLiteral("Legal entities"), QStringLiteral("Project transaction categories"),
            QStringLiteral("Projects V2"), QStringLiteral("Project tasks") });
    QCOMPARE(result.maps.size(), 4);
    QStringList order;
    for (const MapRunResult &map : result.maps) {
        QVERIFY2(map.completed, qPrintable(map.error));
        QCOMPARE(map.counts.failed, 0);
        order.append(map.map);
    }
    // Dependencies first.
    QVERIFY(order.indexOf(QStringLiteral("Legal entities"))
        < order.indexOf(QStringLiteral("Projects V2")));
    QVERIFY(order.indexOf(QStringLiteral("Projects V2"))
        < order.indexOf(QStringLiteral("Project tasks")));

    TestDb finance(file(dir, "finance.db"));
    QVERIFY(
        finance.exec(QStringLiteral("ATTACH DATABASE '%1' AS dv").arg(file(dir, "dataverse.db"))));
    const DemoData data(1);
    QCOMPARE(finance.value(QStringLiteral("SELECT COUNT(*) FROM ProjCDSProjectEntity")).toInt(),
        data.projectCount());
    QCOMPARE(finance
                 .value(QStringLiteral(
                     "SELECT COUNT(*) FROM ProjCDSProjectEntity f JOIN dv.msdyn_project p ON "
                     "p.msdyn_projectnumber = f.ProjectID"
                     " JOIN dv.cdm_company c ON c.cdm_companyid = p.msdyn_owningcompany"
                     " WHERE f.ProjectName = p.msdyn_subject AND f.DataAreaId = c.cdm_companycode"
                     " AND f.ProjectStatus = CASE p.statecode WHEN 0 THEN 'InProcess' ELSE "
                     "'Completed' END"
                     " AND f.StartDate IS p.msdyn_scheduledstart"))
                 .toInt(),
        data.projectCount());
    QCOMPARE(finance
                 .value(QStringLiteral("SELECT COUNT(*) FROM ProjCDSTaskEntity f JOIN "
                                       "dv.msdyn_projecttask t ON t.msdyn_wbsid = f.Task"
                                       " JOIN dv.msdyn_project p ON p.msdyn_projectid = "
                                       "t.msdyn_project AND p.msdyn_projectnumber = f.ProjectId"
                                       " WHERE f.Name = t.msdyn_subject AND "
                                       "f.ActivityNumber = t.msdyn_projecttaskid"))
                 .toInt(),
        data.projectCount() * DemoData::tasksPerProject());
    QCOMPARE(
        finance.value(QStringLiteral("SELECT COUNT(*) FROM ProjCDSCategoryEntity")).toInt(), 8);
}

void TestSyncEngine::provisionalKeyIsReplacedOnRetry()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(TestStateStore::prepare(dir.path(), &error), qPrintable(error));
    QVERIFY(DemoWorkspace::create(Workspace(dir.path()), 1, &error));
    const QString orphanProject = QStringLiteral("0badc0de-0000-4000-8000-000000000001");
    {
        // A task whose project is not (yet) in Dataverse: its Finance key cannot be derived.
        TestDb dataverse(file(dir, "dataverse.db"));
        QVERIFY(dataverse.exec(QStringLiteral(
            "INSERT INTO msdyn_projecttask (msdyn_projecttaskid, msdyn_project, msdyn_wbsid, "
            "msdyn_subject, msdyn_autoscheduling)"
            " VALUES ('0badc0de-0000-4000-8000-00000000000a', '%1', '1', 'Orphan task', 1)")
                                   .arg(orphanProject)));
    }
    SyncResult result = runInitial(
        dir.path(), { QStringLiteral("Projects V2"), QStringLiteral("Project tasks") });
    QCOMPARE(result.maps.last().counts.failed, 1);
    StoreDb store(dir.path());
    const QString provisional
        = store.value(QStringLiteral("SELECT record_key FROM record_states WHERE status = 1"))
              .toString();
    QVERIFY(provisional.startsWith(QChar(0x1e)));
    QVERIFY(provisional.contains(orphanProject));
    QVERIFY(store.value(QStringLiteral("SELECT error_message FROM record_states WHERE status = 1"))
                .toString()
                .contains(QStringLiteral("Unable to lookup msdyn_project with values {%1}")
                              .arg(orphanProject)));
    {
        TestDb dataverse(file(dir, "dataverse.db"));
        QVERIFY(dataverse.exec(QStringLiteral(
            "INSERT INTO msdyn_project (msdyn_projectid, msdyn_projectnumber, msdyn_subject,"
            " transactioncurrencyid, msdyn_calendarid, msdyn_contractorganizationalunitid,"
            " msdyn_istemplate, msdyn_projectmanager, msdyn_workhourtemplate)"
            " SELECT '%1', 'USPM-PRJ-999999', 'Late project', transactioncurrencyid,"
            " msdyn_calendarid, msdyn_contractorganizationalunitid, 0, msdyn_projectmanager,"
            " msdyn_workhourtemplate FROM msdyn_project LIMIT 1")
                                   .arg(orphanProject)));
    }
    result = runRetry(dir.path(), QStringLiteral("Project tasks"));
    QCOMPARE(result.maps.constFirst().counts.inserted, 1);
    QCOMPARE(store
                 .value(QStringLiteral("SELECT COUNT(*) FROM record_states WHERE record_key = '%1'")
                            .arg(provisional))
                 .toInt(),
        0);
    QCOMPARE(store
                 .value(QStringLiteral("SELECT status FROM record_states WHERE record_key = '%1'")
                            .arg(QStringLiteral("USPM-PRJ-999999") + QChar(0x1f) + u'1'))
                 .toInt(),
        0);
}

void TestSyncEngine::configurationErrorStopsTheMapBeforeItTouchesData()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(TestStateStore::prepare(dir.path(), &error), qPrintable(error));
    QVERIFY(DemoWorkspace::create(Workspace(dir.path()), 1, &error));
    {
        StateStore store;
        QVERIFY2(store.open(Workspace(dir.path()), &error), qPrintable(error));
        MapStore maps(store.database());
        TableMap map;
        QVERIFY(maps.load(QStringLiteral("Projects V2"), &map, &error));
        map.fields[2].dataverse = QStringLiteral("msdyn_subjectline"); // no such column
        MapStore::SaveOutcome outcome;
        QVERIFY(maps.save(map, &outcome, &error));
    }
    const SyncResult result = runInitial(dir.path(), { QStringLiteral("Projects V2") });
    const MapRunResult &map = result.maps.constFirst();
    QVERIFY(!map.completed);
    QCOMPARE(map.errorClass, ErrorClass::Configuration);
    QVERIFY2(map.error.contains(QLatin1String("DW202")), qPrintable(map.error));
    QVERIFY2(map.error.contains(QLatin1String("msdyn_subjectline")), qPrintable(map.error));
    TestDb finance(file(dir, "finance.db"));
    QCOMPARE(finance.value(QStringLiteral("SELECT COUNT(*) FROM ProjCDSProjectEntity")).toInt(), 0);
    StoreDb store(dir.path());
    QCOMPARE(store.value(QStringLiteral("SELECT status FROM maps WHERE name = 'Projects V2'"))
                 .toString(),
        QStringLiteral("error"));
}

void TestSyncEngine::skippedRecordsLeaveTheFailedList()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(TestStateStore::prepare(dir.path(), &error), qPrintable(error));
    QVERIFY(ActualsScenario::create(dir.path(), { 1000, true }, &error));
    runInitial(dir.path());
    const QString failed = ActualsScenario::actualId(37);
    const QString synced = ActualsScenario::actualId(1);
    {
        StateStore store;
        QVERIFY2(store.open(Workspace(dir.path()), &error), qPrintable(error));
        qint64 skipped = 0;
        QStringList notSkipped;
        QVERIFY2(RecordActions::skip(store.database(), ActualsScenario::mapName(),
                     { failed, synced }, &skipped, &notSkipped, &error),
            qPrintable(error));
        QCOMPARE(skipped, 1);
        QCOMPARE(notSkipped, QStringList { synced }); // a synced record is not skipped
        QVERIFY(!RecordActions::skip(store.database(), QStringLiteral("No such map"), { failed },
            &skipped, &notSkipped, &error));
        QVERIFY(error.contains(QLatin1String("No such map")));
    }
    StoreDb store(dir.path());
    QCOMPARE(store
                 .value(QStringLiteral("SELECT status FROM record_states WHERE record_key = '%1'")
                            .arg(failed))
                 .toInt(),
        3);
    QCOMPARE(store
                 .value(QStringLiteral(
                     "SELECT COUNT(*) FROM activity_log WHERE kind = 'recordsSkipped'"))
                 .toInt(),
        1);
    // A retry of all failed records leaves the skipped one alone.
    const SyncResult result = runRetry(dir.path(), ActualsScenario::mapName());
    QCOMPARE(result.maps.constFirst().counts.read, 9);
    QCOMPARE(store
                 .value(QStringLiteral("SELECT status FROM record_states WHERE record_key = '%1'")
                            .arg(failed))
                 .toInt(),
        3);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
