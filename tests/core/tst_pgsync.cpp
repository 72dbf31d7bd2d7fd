// The sync engine on PostgreSQL environments: the bulk write path (COPY into a staging table,
// one upsert per page, refused rows isolated by halving), reading pages and rows by key, change
// capture triggers, echo suppression and conflicts, and identifiers in mixed case and non-Latin
// scripts. The state store stays SQLite here. Each test gets fresh databases on one throwaway
// server that the test starts and stops.
#include "actualsscenario.h"
#include "environmentstore.h"
#include "mapcontrol.h"
#include "mapstore.h"
#include "pgserver.h"
#include "pgtestdb.h"
#include "statestore.h"
#include "syncengine.h"
#include "tablemapjson.h"
#include "testdb.h"
#include "teststatestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dw;

namespace {

SyncResult run(const QString &dir, RunKind kind, const QStringList &maps = {},
    const std::atomic_bool *cancel = nullptr,
    std::function<void(const MapProgress &)> progress = {}, int pageSize = 2000)
{
    SyncEngine engine { Workspace(dir) };
    engine.setCancelFlag(cancel);
    engine.setProgressHandler(std::move(progress));
    engine.setPageSize(pageSize);
    SyncRequest request;
    request.kind = kind;
    request.maps = maps;
    request.allMaps = maps.isEmpty();
    SyncResult result;
    QString error;
    if (!engine.run(request, &result, &error))
        qWarning("run failed: %s", qPrintable(error));
    return result;
}

RunCounts countsOf(const SyncResult &result)
{
    RunCounts total;
    for (const MapRunResult &map : result.maps)
        total += map.counts;
    return total;
}

qint64 applied(const SyncResult &result)
{
    const RunCounts c = countsOf(result);
    return c.inserted + c.updated + c.deleted;
}

bool control(const QString &dir, const std::function<bool(MapControl &, QString *)> &action)
{
    MapControl maps { Workspace(dir) };
    QString error;
    const bool ok = maps.open(&error) && action(maps, &error);
    if (!ok)
        qWarning("map control failed: %s", qPrintable(error));
    return ok;
}

// Dataverse "Позиция" ⇄ Finance "FinItem": names in Cyrillic, accented Latin and mixed case, so
// every identifier must be quoted exactly. "Позиции" flows to Finance only; "Pairs" both ways.
const char *const kMaps = R"json({"format": "dwadmin-maps/1", "maps": [
 {"name": "Позиции", "component": "actuals", "dataverse": {"table": "Позиция", "filter": "Skip eq 0"},
  "finance": {"table": "FinItem"}, "keys": [{"finance": "ItemId", "dataverse": "Код"}],
  "fields": [{"finance": "ItemId", "dataverse": "Код", "direction": "<"},
             {"finance": "Name", "dataverse": "Название", "direction": "<"},
             {"finance": "Qty", "dataverse": "Qty", "direction": "<"},
             {"finance": "Kind", "dataverse": "Kind", "direction": "<",
              "transform": {"type": "valueMap", "map": {"1": "Hour", "2": "Expense"}}}]},
 {"name": "Pairs", "component": "actuals", "dataverse": {"table": "dv_Pair"},
  "finance": {"table": "FinPair"}, "keys": [{"finance": "ItemId", "dataverse": "Id"}],
  "fields": [{"finance": "ItemId", "dataverse": "Id", "direction": "="},
             {"finance": "Name", "dataverse": "Name", "direction": "="},
             {"finance": "Qty", "dataverse": "Qty", "direction": "<"},
             {"finance": "Voucher", "dataverse": "Voucher", "direction": ">"}],
  "conflict": {"policy": "master", "master": "dataverse"}}]})json";

} // namespace

class TestPgSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void initialSyncIntoPostgresFailsBadRecordsAlone();
    void retryOnPostgresAfterFixingTheCause();
    void cancelledRunResumesToTheSameStateOnPostgres();
    void liveChangesWithNonLatinNamesReachTheTarget();
    void twoWayMapConvergesWithoutEchoOnPostgres();
    void conflictOnPostgresFollowsTheMaster();

private:
    // A fresh, empty database on the test server.
    ConnectionSpec newDatabase();
    void createLiveWorkspace(
        const QString &dir, ConnectionSpec *dataverse, ConnectionSpec *finance);

    PgServer m_pg;
    int m_databases = 0;
};

void TestPgSync::initTestCase()
{
    QString error;
    if (!m_pg.start(&error)) {
        // Under CI these tests are part of the contract: a missing server is a failure.
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL(qPrintable(error));
        QSKIP(qPrintable(error));
    }
}

void TestPgSync::cleanupTestCase()
{
    m_pg.stop();
}

ConnectionSpec TestPgSync::newDatabase()
{
    ConnectionSpec spec = m_pg.connectionSpec();
    PgTestDb admin(spec);
    spec.database = QStringLiteral("env_%1").arg(++m_databases);
    if (!admin.exec(QStringLiteral("CREATE DATABASE %1").arg(spec.database)))
        qWarning("cannot create %s", qPrintable(spec.database));
    return spec;
}

void TestPgSync::initialSyncIntoPostgresFailsBadRecordsAlone()
{
    QTemporaryDir dir;
    constexpr qint64 rows = 5000;
    ActualsScenario::Environments options;
    options.finance = newDatabase();
    QString error;
    QVERIFY2(TestStateStore::prepare(dir.path(), &error), qPrintable(error));
    QVERIFY2(
        ActualsScenario::create(dir.path(), { rows, true }, options, &error), qPrintable(error));
    const SyncResult result = run(dir.path(), RunKind::Initial, {}, nullptr, {}, 1000);
    QCOMPARE(result.maps.size(), 1);
    const MapRunResult &map = result.maps.constFirst();
    QVERIFY2(map.completed, qPrintable(map.error));
    QCOMPARE(map.counts.read, rows);
    QCOMPARE(map.counts.failed, rows / 100);
    QCOMPARE(map.counts.inserted, rows - rows / 100);

    StoreDb store(dir.path());
    QSqlQuery failed(store.db());
    QVERIFY(failed.exec(QStringLiteral(
        "SELECT record_key, error_class, error_message FROM record_states WHERE status = 1")));
    QHash<QString, QPair<QString, QString>> byKey;
    while (failed.next())
        byKey.insert(
            failed.value(0).toString(), { failed.value(1).toString(), failed.value(2).toString() });
    QCOMPARE(byKey.size(), rows / 100);
    for (qint64 row = 1; row <= rows; ++row) {
        if (!ActualsScenario::isPlantedFailure(row))
            continue;
        const auto &[errorClass, message] = byKey.value(ActualsScenario::actualId(row));
        QVERIFY2(
            message.contains(ActualsScenario::expectedFailure(row, true)), qPrintable(message));
        QCOMPARE(errorClass,
            (row / 100) % 5 == 3 ? QStringLiteral("constraint") : QStringLiteral("validation"));
    }

    // The target holds exactly the good rows, each equal to its mapped source row.
    QHash<QString, QString> projects;
    QHash<QString, QString> expected;
    TestDb dataverse(dir.filePath(QStringLiteral("dataverse.db")));
    QSqlQuery source(dataverse.db());
    QVERIFY(source.exec(
        QStringLiteral("SELECT msdyn_projectid, msdyn_projectnumber FROM msdyn_project")));
    while (source.next())
        projects.insert(source.value(0).toString(), source.value(1).toString());
    QVERIFY(source.exec(QStringLiteral(
        "SELECT rowid, msdyn_actualid, msdyn_description, msdyn_billingtype, msdyn_project,"
        " msdyn_amount FROM msdyn_actual")));
    static const QStringList billing { QStringLiteral("NotAvailable"), QStringLiteral("Chargeable"),
        QStringLiteral("NonChargeable"), QStringLiteral("Complimentary") };
    while (source.next()) {
        if (ActualsScenario::isPlantedFailure(source.value(0).toLongLong()))
            continue;
        expected.insert(source.value(1).toString(),
            QStringList { source.value(2).toString(),
                billing.value(source.value(3).toInt() - 192350000),
                projects.value(source.value(4).toString()),
                QString::number(source.value(5).toDouble(), 'g', 17) }
                .join(u'|'));
    }
    PgTestDb finance(options.finance);
    const QStringList target = finance.rows(QStringLiteral(
        "SELECT \"ActualId\", \"Description\", \"BillingType\", \"ProjectId\", \"Amount\"::float8"
        " FROM \"ProjCDSActualsImportEntity\""));
    QCOMPARE(target.size(), expected.size());
    for (const QString &line : target) {
        const QString key = line.section(u'|', 0, 0);
        const QString want = expected.value(key);
        QCOMPARE(line.section(u'|', 1, 3), want.section(u'|', 0, 2));
        QCOMPARE(line.section(u'|', 4).toDouble(), want.section(u'|', 3).toDouble());
    }
}

void TestPgSync::retryOnPostgresAfterFixingTheCause()
{
    QTemporaryDir dir;
    ActualsScenario::Environments options;
    options.dataverse = newDatabase();
    options.finance = newDatabase();
    QString error;
    QVERIFY2(TestStateStore::prepare(dir.path(), &error), qPrintable(error));
    QVERIFY2(
        ActualsScenario::create(dir.path(), { 5000, true }, options, &error), qPrintable(error));
    const RunCounts initial = countsOf(run(dir.path(), RunKind::Initial));
    QCOMPARE(initial.read, 5000);
    QCOMPARE(initial.failed, 50);
    {
        // The administrator fixes the unknown billing types at the source.
        PgTestDb dataverse(options.dataverse);
        QVERIFY(dataverse.exec(QStringLiteral("UPDATE msdyn_actual SET msdyn_billingtype = "
                                              "192350001 WHERE msdyn_billingtype = 192359999")));
    }
    const RunCounts retried
        = countsOf(run(dir.path(), RunKind::Retry, { ActualsScenario::mapName() }));
    QCOMPARE(retried.read, 50);
    QCOMPARE(retried.inserted, 10);
    QCOMPARE(retried.failed, 40);
    PgTestDb finance(options.finance);
    QCOMPARE(finance.number(QStringLiteral("SELECT COUNT(*) FROM \"ProjCDSActualsImportEntity\"")),
        4960);
    QCOMPARE(
        finance.number(QStringLiteral(
            "SELECT COUNT(*) FROM \"ProjCDSActualsImportEntity\" WHERE \"BillingType\" IS NULL")),
        0);
    StoreDb store(dir.path());
    QCOMPARE(
        store.number(QStringLiteral("SELECT COUNT(*) FROM record_states WHERE status = 1")), 40);
}

void TestPgSync::cancelledRunResumesToTheSameStateOnPostgres()
{
    QTemporaryDir reference;
    QTemporaryDir interrupted;
    ActualsScenario::Environments referenceOptions;
    referenceOptions.dataverse = newDatabase();
    referenceOptions.finance = newDatabase();
    ActualsScenario::Environments interruptedOptions;
    interruptedOptions.dataverse = newDatabase();
    interruptedOptions.finance = newDatabase();
    QString error;
    QVERIFY2(TestStateStore::prepare(reference.path(), &error), qPrintable(error));
    QVERIFY2(ActualsScenario::create(reference.path(), { 6000, true }, referenceOptions, &error),
        qPrintable(error));
    QVERIFY2(TestStateStore::prepare(interrupted.path(), &error), qPrintable(error));
    QVERIFY2(
        ActualsScenario::create(interrupted.path(), { 6000, true }, interruptedOptions, &error),
        qPrintable(error));
    run(reference.path(), RunKind::Initial, {}, nullptr, {}, 500);

    std::atomic_bool cancel { false };
    const SyncResult stopped = run(
        interrupted.path(), RunKind::Initial, {}, &cancel,
        [&](const MapProgress &progress) { cancel = progress.done >= 2000; }, 500);
    QVERIFY(stopped.cancelled);
    QCOMPARE(stopped.maps.constFirst().counts.read, 2000);
    const SyncResult resumed = run(interrupted.path(), RunKind::Initial, {}, nullptr, {}, 500);
    QVERIFY(resumed.maps.constFirst().completed);
    QCOMPARE(resumed.maps.constFirst().counts.read, 4000); // only what was left

    const QString all = QStringLiteral("SELECT * FROM \"ProjCDSActualsImportEntity\" ORDER BY 1");
    PgTestDb a(referenceOptions.finance);
    PgTestDb b(interruptedOptions.finance);
    const QStringList expected = a.rows(all);
    QCOMPARE(expected.size(), 5940);
    QCOMPARE(b.rows(all), expected);
    const QString states = QStringLiteral(
        "SELECT record_key, status, error_class, error_message FROM record_states ORDER BY 1");
    StoreDb storeA(reference.path());
    StoreDb storeB(interrupted.path());
    QCOMPARE(storeA.number(QStringLiteral("SELECT COUNT(*) FROM record_states")), 6000);
    QSqlQuery qa(storeA.db());
    QSqlQuery qb(storeB.db());
    QVERIFY(qa.exec(states) && qb.exec(states));
    while (qa.next()) {
        QVERIFY(qb.next());
        for (int c = 0; c < 4; ++c)
            QCOMPARE(qb.value(c), qa.value(c));
    }
    QVERIFY(!qb.next());
}

void TestPgSync::createLiveWorkspace(
    const QString &dir, ConnectionSpec *dataverseSpec, ConnectionSpec *financeSpec)
{
    *dataverseSpec = newDatabase();
    *financeSpec = newDatabase();
    PgTestDb dataverse(*dataverseSpec);
    QVERIFY(dataverse.exec(QStringLiteral(
        "CREATE TABLE \"Позиция\" (\"Код\" TEXT PRIMARY KEY, \"Название\" TEXT,"
        " \"Qty\" INTEGER, \"Kind\" INTEGER, \"Skip\" INTEGER NOT NULL DEFAULT 0)")));
    QVERIFY(dataverse.exec(QStringLiteral("CREATE TABLE \"dv_Pair\" (\"Id\" TEXT PRIMARY KEY,"
                                          " \"Name\" TEXT, \"Qty\" INTEGER, \"Voucher\" TEXT)")));
    QVERIFY(dataverse.exec(
        QStringLiteral("INSERT INTO \"Позиция\" (\"Код\", \"Название\", \"Qty\", \"Kind\") VALUES"
                       " ('A', 'Альфа', 1, 1), ('B', 'Bêta', 2, 2), ('C', 'Γάμμα', 3, 1)")));
    QVERIFY(dataverse.exec(QStringLiteral("INSERT INTO \"dv_Pair\" (\"Id\", \"Name\", \"Qty\") "
                                          "VALUES ('P1', 'One', 1), ('P2', 'Two', 2)")));
    PgTestDb finance(*financeSpec);
    QVERIFY(finance.exec(QStringLiteral("CREATE TABLE \"FinItem\" (\"ItemId\" TEXT PRIMARY KEY,"
                                        " \"Name\" TEXT, \"Qty\" INTEGER, \"Kind\" TEXT)")));
    QVERIFY(finance.exec(QStringLiteral("CREATE TABLE \"FinPair\" (\"ItemId\" TEXT PRIMARY KEY,"
                                        " \"Name\" TEXT, \"Qty\" INTEGER, \"Voucher\" TEXT)")));
    StateStore store;
    QString error;
    QVERIFY2(TestStateStore::prepare(dir, &error), qPrintable(error));
    QVERIFY2(store.open(Workspace(dir), &error), qPrintable(error));
    QList<TableMap> list;
    QVERIFY2(TableMapJson::read(kMaps, &list, &error), qPrintable(error));
    QList<MapStore::SaveOutcome> outcomes;
    QVERIFY(MapStore(store.database()).saveAll(list, &outcomes, &error));
    QVERIFY(EnvironmentStore(store.database()).save(Side::Dataverse, *dataverseSpec, &error));
    QVERIFY(EnvironmentStore(store.database()).save(Side::Finance, *financeSpec, &error));
}

void TestPgSync::liveChangesWithNonLatinNamesReachTheTarget()
{
    QTemporaryDir dir;
    ConnectionSpec dataverseSpec;
    ConnectionSpec financeSpec;
    createLiveWorkspace(dir.path(), &dataverseSpec, &financeSpec);
    const QStringList map { QStringLiteral("Позиции") };
    QVERIFY(control(dir.path(), [&](MapControl &c, QString *e) { return c.start(map, e); }));
    QCOMPARE(run(dir.path(), RunKind::Initial, map).maps.constFirst().counts.inserted, 3);
    PgTestDb dataverse(dataverseSpec);
    PgTestDb finance(financeSpec);
    QCOMPARE(finance.rows(QStringLiteral("SELECT * FROM \"FinItem\" ORDER BY 1")),
        QStringList({ QStringLiteral("A|Альфа|1|Hour"), QStringLiteral("B|Bêta|2|Expense"),
            QStringLiteral("C|Γάμμα|3|Hour") }));
    QVERIFY(dataverse.exec(QStringLiteral("INSERT INTO \"Позиция\" (\"Код\", \"Название\", "
                                          "\"Qty\", \"Kind\") VALUES ('D', 'Δέλτα', 4, 2)")));
    QVERIFY(
        dataverse.exec(QStringLiteral("UPDATE \"Позиция\" SET \"Qty\" = 20 WHERE \"Код\" = 'B'")));
    QVERIFY(
        dataverse.exec(QStringLiteral("UPDATE \"Позиция\" SET \"Qty\" = 21 WHERE \"Код\" = 'B'")));
    QVERIFY(dataverse.exec(QStringLiteral("DELETE FROM \"Позиция\" WHERE \"Код\" = 'C'")));
    // A row the filter keeps out does not travel.
    QVERIFY(
        dataverse.exec(QStringLiteral("INSERT INTO \"Позиция\" (\"Код\", \"Название\", \"Qty\", "
                                      "\"Kind\", \"Skip\") VALUES ('E', 'Ε', 5, 1, 1)")));
    qint64 queued = 0;
    QVERIFY(control(dir.path(),
        [&](MapControl &c, QString *e) { return c.queued(map.constFirst(), &queued, e); }));
    QCOMPARE(queued, 5);
    const RunCounts counts = countsOf(run(dir.path(), RunKind::CatchUp, map));
    QCOMPARE(counts.inserted, 1);
    QCOMPARE(counts.updated, 1);
    QCOMPARE(counts.deleted, 1);
    QCOMPARE(counts.skipped, 1);
    QCOMPARE(finance.rows(QStringLiteral("SELECT * FROM \"FinItem\" ORDER BY 1")),
        QStringList({ QStringLiteral("A|Альфа|1|Hour"), QStringLiteral("B|Bêta|21|Expense"),
            QStringLiteral("D|Δέλτα|4|Expense") }));
    QVERIFY(control(dir.path(),
        [&](MapControl &c, QString *e) { return c.queued(map.constFirst(), &queued, e); }));
    QCOMPARE(queued, 0);
    QCOMPARE(applied(run(dir.path(), RunKind::CatchUp, map)), 0);
}

void TestPgSync::twoWayMapConvergesWithoutEchoOnPostgres()
{
    QTemporaryDir dir;
    ConnectionSpec dataverseSpec;
    ConnectionSpec financeSpec;
    createLiveWorkspace(dir.path(), &dataverseSpec, &financeSpec);
    const QStringList map { QStringLiteral("Pairs") };
    QVERIFY(control(dir.path(), [&](MapControl &c, QString *e) { return c.start(map, e); }));
    QCOMPARE(run(dir.path(), RunKind::Initial, map).maps.constFirst().counts.inserted, 2);
    // The engine's own writes into Finance were captured there; they must not come back.
    QCOMPARE(applied(run(dir.path(), RunKind::CatchUp, map)), 0);
    PgTestDb dataverse(dataverseSpec);
    PgTestDb finance(financeSpec);
    QVERIFY(
        dataverse.exec(QStringLiteral("UPDATE \"dv_Pair\" SET \"Qty\" = 10 WHERE \"Id\" = 'P1'")));
    QVERIFY(finance.exec(
        QStringLiteral("UPDATE \"FinPair\" SET \"Voucher\" = 'V-0001' WHERE \"ItemId\" = 'P2'")));
    QVERIFY(finance.exec(QStringLiteral(
        "UPDATE \"FinPair\" SET \"Name\" = 'Two (Finance)' WHERE \"ItemId\" = 'P2'")));
    QVERIFY(finance.exec(QStringLiteral(
        "INSERT INTO \"FinPair\" (\"ItemId\", \"Name\", \"Qty\") VALUES ('P3', 'Three', 3)")));
    const RunCounts counts = countsOf(run(dir.path(), RunKind::CatchUp, map));
    QCOMPARE(counts.updated, 2);
    QCOMPARE(counts.inserted, 1);
    QCOMPARE(counts.conflicts, 0);
    QCOMPARE(dataverse.rows(QStringLiteral(
                 "SELECT \"Id\", \"Name\", \"Voucher\" FROM \"dv_Pair\" ORDER BY 1")),
        QStringList({ QStringLiteral("P1|One|NULL"), QStringLiteral("P2|Two (Finance)|V-0001"),
            QStringLiteral("P3|Three|NULL") }));
    QCOMPARE(finance.rows(QStringLiteral(
                 "SELECT \"ItemId\", \"Name\", \"Qty\" FROM \"FinPair\" ORDER BY 1")),
        QStringList({ QStringLiteral("P1|One|10"), QStringLiteral("P2|Two (Finance)|2"),
            QStringLiteral("P3|Three|3") }));
    // Converged: later catch-ups apply nothing, though both sides captured the writes.
    QCOMPARE(applied(run(dir.path(), RunKind::CatchUp, map)), 0);
    QCOMPARE(applied(run(dir.path(), RunKind::CatchUp, map)), 0);
}

void TestPgSync::conflictOnPostgresFollowsTheMaster()
{
    QTemporaryDir dir;
    ConnectionSpec dataverseSpec;
    ConnectionSpec financeSpec;
    createLiveWorkspace(dir.path(), &dataverseSpec, &financeSpec);
    const QStringList map { QStringLiteral("Pairs") };
    QVERIFY(control(dir.path(), [&](MapControl &c, QString *e) { return c.start(map, e); }));
    run(dir.path(), RunKind::Initial, map);
    run(dir.path(), RunKind::CatchUp, map);
    PgTestDb dataverse(dataverseSpec);
    PgTestDb finance(financeSpec);
    QVERIFY(dataverse.exec(
        QStringLiteral("UPDATE \"dv_Pair\" SET \"Name\" = 'from Dataverse' WHERE \"Id\" = 'P1'")));
    QVERIFY(finance.exec(QStringLiteral(
        "UPDATE \"FinPair\" SET \"Name\" = 'from Finance' WHERE \"ItemId\" = 'P1'")));
    QCOMPARE(countsOf(run(dir.path(), RunKind::CatchUp, map)).conflicts, 1);
    QCOMPARE(
        finance.value(QStringLiteral("SELECT \"Name\" FROM \"FinPair\" WHERE \"ItemId\" = 'P1'"))
            .toString(),
        QStringLiteral("from Dataverse"));
    QCOMPARE(applied(run(dir.path(), RunKind::CatchUp, map)), 0);
}

QTEST_GUILESS_MAIN(TestPgSync)
#include "tst_pgsync.moc"
