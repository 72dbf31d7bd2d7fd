#include "environmentstore.h"
#include "mapcontrol.h"
#include "mapstore.h"
#include "statestore.h"
#include "syncengine.h"
#include "tablemapjson.h"
#include "testdb.h"
#include "teststatestore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace dw;

namespace {

// Dataverse dv_item ⇄ Finance FinItem. "Items" flows Dataverse → Finance only; "Items both ways"
// shares the name both ways, sends the quantity to Finance and writes the voucher back.
const char *const kMaps = R"json({"format": "dwadmin-maps/1", "maps": [
 {"name": "Items", "component": "actuals", "dataverse": {"table": "dv_item", "filter": "skip eq 0"},
  "finance": {"table": "FinItem"}, "keys": [{"finance": "ItemId", "dataverse": "id"}],
  "fields": [{"finance": "ItemId", "dataverse": "id", "direction": "<"},
             {"finance": "Name", "dataverse": "name", "direction": "<"},
             {"finance": "Qty", "dataverse": "qty", "direction": "<"},
             {"finance": "Kind", "dataverse": "kind", "direction": "<",
              "transform": {"type": "valueMap", "map": {"1": "Hour", "2": "Expense"}}}],
  "alerts": [{"errorClass": "validation", "count": 10, "minutes": 15, "action": "pause"}]},
 {"name": "Items both ways", "component": "actuals", "dataverse": {"table": "dv_pair"},
  "finance": {"table": "FinPair"}, "keys": [{"finance": "ItemId", "dataverse": "id"}],
  "fields": [{"finance": "ItemId", "dataverse": "id", "direction": "="},
             {"finance": "Name", "dataverse": "name", "direction": "="},
             {"finance": "Qty", "dataverse": "qty", "direction": "<"},
             {"finance": "Voucher", "dataverse": "voucher", "direction": ">"}],
  "conflict": {"policy": "master", "master": "dataverse"}}]})json";

void createWorkspace(const QString &dir, const QByteArray &maps = kMaps)
{
    {
        TestDb dataverse(dir + QStringLiteral("/dataverse.db"));
        QVERIFY(dataverse.exec(
            QStringLiteral("CREATE TABLE dv_item (id TEXT PRIMARY KEY NOT NULL, name TEXT,"
                           " qty INTEGER, kind INTEGER, skip INTEGER NOT NULL DEFAULT 0)")));
        QVERIFY(dataverse.exec(
            QStringLiteral("CREATE TABLE dv_pair (id TEXT PRIMARY KEY NOT NULL, name TEXT,"
                           " qty INTEGER, voucher TEXT)")));
        QVERIFY(dataverse.exec(
            QStringLiteral("INSERT INTO dv_item (id, name, qty, kind) VALUES"
                           " ('A', 'Alpha', 1, 1), ('B', 'Beta', 2, 2), ('C', 'Gamma', 3, 1)")));
        QVERIFY(dataverse.exec(QStringLiteral(
            "INSERT INTO dv_pair (id, name, qty) VALUES ('P1', 'One', 1), ('P2', 'Two', 2)")));
    }
    {
        TestDb finance(dir + QStringLiteral("/finance.db"));
        QVERIFY(finance.exec(
            QStringLiteral("CREATE TABLE FinItem (ItemId TEXT PRIMARY KEY NOT NULL, Name TEXT,"
                           " Qty INTEGER, Kind TEXT)")));
        QVERIFY(finance.exec(
            QStringLiteral("CREATE TABLE FinPair (ItemId TEXT PRIMARY KEY NOT NULL, Name TEXT,"
                           " Qty INTEGER, Voucher TEXT)")));
    }
    StateStore store;
    QString error;
    QVERIFY2(TestStateStore::prepare(dir, &error), qPrintable(error));
    QVERIFY2(store.open(Workspace(dir), &error), qPrintable(error));
    QList<TableMap> list;
    QVERIFY2(TableMapJson::read(maps, &list, &error), qPrintable(error));
    QList<MapStore::SaveOutcome> outcomes;
    QVERIFY(MapStore(store.database()).saveAll(list, &outcomes, &error));
    QVERIFY(EnvironmentStore(store.database())
                .save(Side::Dataverse, ConnectionSpec::sqliteFile(QStringLiteral("dataverse.db")),
                    &error));
    QVERIFY(
        EnvironmentStore(store.database())
            .save(Side::Finance, ConnectionSpec::sqliteFile(QStringLiteral("finance.db")), &error));
}

SyncResult run(const QString &dir, RunKind kind, const QStringList &maps,
    std::function<void(const MapProgress &)> progress = {}, int pageSize = 2000,
    std::optional<Side> master = {})
{
    SyncEngine engine { Workspace(dir) };
    engine.setProgressHandler(std::move(progress));
    engine.setPageSize(pageSize);
    SyncRequest request;
    request.kind = kind;
    request.maps = maps;
    request.master = master;
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

// Rows of the Dataverse table that the Finance table lacks and the other way round, comparing
// the given columns of each side in order; -1 when the query fails (so a broken comparison can
// never pass as "no differences").
qint64 differences(const QString &dir, const QString &dataverse, const QString &finance,
    const QString &dataverseColumns = QStringLiteral("id, name, qty"),
    const QString &financeColumns = QStringLiteral("ItemId, Name, Qty"))
{
    TestDb db(dir + QStringLiteral("/finance.db"));
    db.exec(QStringLiteral("ATTACH DATABASE '%1/dataverse.db' AS dv").arg(dir));
    const QVariant count = db.value(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM (SELECT %1 FROM dv.%2 EXCEPT SELECT %3 FROM %4))"
        " + (SELECT COUNT(*) FROM (SELECT %3 FROM %4 EXCEPT SELECT %1 FROM dv.%2))")
                                        .arg(dataverseColumns, dataverse, financeColumns, finance));
    if (!count.isValid())
        qWarning("comparison failed: %s", qPrintable(db.lastError));
    return count.isValid() ? count.toLongLong() : -1;
}

} // namespace

class TestLiveSync : public QObject
{
    Q_OBJECT

private slots:
    void insertUpdateDeleteReachTheTarget();
    void changesDuringAnInitialSyncAreNotLost();
    void severalUpdatesArriveAsTheFinalState();
    void filterDecidesWhatTravels();
    void twoWayMapConvergesWithoutEcho();
    void conflictPolicies_data();
    void conflictPolicies();
    void longPauseQueuesEverythingAndResumeAppliesIt();
    void alertRulePausesTheMapAndSaysWhy();
    void stopEndsCapture();
    void lockedTargetFailsRecordsAsTransientAndTheMapGoesOn();
    void mapControlLeavesAnotherProcesssRunAlone();
};

void TestLiveSync::insertUpdateDeleteReachTheTarget()
{
    QTemporaryDir dir;
    createWorkspace(dir.path());
    QVERIFY(control(dir.path(),
        [](MapControl &c, QString *e) { return c.start({ QStringLiteral("Items") }, e); }));
    QCOMPARE(run(dir.path(), RunKind::Initial, { QStringLiteral("Items") })
                 .maps.constFirst()
                 .counts.inserted,
        3);
    {
        TestDb dataverse(dir.filePath(QStringLiteral("dataverse.db")));
        QVERIFY(dataverse.exec(QStringLiteral(
            "INSERT INTO dv_item (id, name, qty, kind) VALUES ('D', 'Delta', 4, 2)")));
        QVERIFY(dataverse.exec(QStringLiteral("UPDATE dv_item SET qty = 20 WHERE id = 'B'")));
        QVERIFY(dataverse.exec(QStringLiteral("DELETE FROM dv_item WHERE id = 'C'")));
    }
    qint64 queued = 0;
    QVERIFY(control(dir.path(),
        [&](MapControl &c, QString *e) { return c.queued(QStringLiteral("Items"), &queued, e); }));
    QCOMPARE(queued, 3);
    const RunCounts counts
        = countsOf(run(dir.path(), RunKind::CatchUp, { QStringLiteral("Items") }));
    QCOMPARE(counts.inserted, 1);
    QCOMPARE(counts.updated, 1);
    QCOMPARE(counts.deleted, 1);
    QCOMPARE(differences(dir.path(), QStringLiteral("dv_item"), QStringLiteral("FinItem")), 0);
    StoreDb store(dir.path());
    QCOMPARE(
        store.value(QStringLiteral("SELECT COUNT(*) FROM record_states WHERE record_key = 'C'"))
            .toInt(),
        0);
    QVERIFY(control(dir.path(),
        [&](MapControl &c, QString *e) { return c.queued(QStringLiteral("Items"), &queued, e); }));
    QCOMPARE(queued, 0);
    QCOMPARE(applied(run(dir.path(), RunKind::CatchUp, { QStringLiteral("Items") })), 0);
}

void TestLiveSync::changesDuringAnInitialSyncAreNotLost()
{
    QTemporaryDir dir;
    createWorkspace(dir.path());
    {
        TestDb dataverse(dir.filePath(QStringLiteral("dataverse.db")));
        QVERIFY(dataverse.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)"
            " INSERT INTO dv_item (id, name, qty, kind) SELECT printf('K%05d', i), 'Item ' || i, "
            "i, 1 FROM n")));
    }
    QVERIFY(control(dir.path(),
        [](MapControl &c, QString *e) { return c.start({ QStringLiteral("Items") }, e); }));
    int pages = 0;
    // Between pages of the initial sync, another writer changes rows already copied and not yet
    // copied, adds and deletes.
    run(
        dir.path(), RunKind::Initial, { QStringLiteral("Items") },
        [&](const MapProgress &) {
            if (++pages != 2)
                return;
            TestDb dataverse(dir.filePath(QStringLiteral("dataverse.db")));
            if (!dataverse.exec(QStringLiteral(
                    "UPDATE dv_item SET name = 'changed early' WHERE id = 'K00010'")))
                qWarning("concurrent write failed: %s", qPrintable(dataverse.lastError));
            dataverse.exec(
                QStringLiteral("UPDATE dv_item SET name = 'changed late' WHERE id = 'K04990'"));
            dataverse.exec(QStringLiteral("DELETE FROM dv_item WHERE id = 'K00020'"));
            dataverse.exec(QStringLiteral(
                "INSERT INTO dv_item (id, name, qty, kind) VALUES ('K00000', 'added', 0, 2)"));
        },
        1000);
    QVERIFY(differences(dir.path(), QStringLiteral("dv_item"), QStringLiteral("FinItem")) > 0);
    run(dir.path(), RunKind::CatchUp, { QStringLiteral("Items") });
    QCOMPARE(differences(dir.path(), QStringLiteral("dv_item"), QStringLiteral("FinItem")), 0);
}

void TestLiveSync::severalUpdatesArriveAsTheFinalState()
{
    QTemporaryDir dir;
    createWorkspace(dir.path());
    QVERIFY(control(dir.path(),
        [](MapControl &c, QString *e) { return c.start({ QStringLiteral("Items") }, e); }));
    run(dir.path(), RunKind::Initial, { QStringLiteral("Items") });
    {
        TestDb dataverse(dir.filePath(QStringLiteral("dataverse.db")));
        for (int i = 1; i <= 5; ++i)
            QVERIFY(dataverse.exec(
                QStringLiteral("UPDATE dv_item SET qty = %1, name = 'Name %1' WHERE id = 'A'")
                    .arg(i * 100)));
    }
    const RunCounts counts
        = countsOf(run(dir.path(), RunKind::CatchUp, { QStringLiteral("Items") }));
    QCOMPARE(counts.read, 1); // five changes of one key, coalesced
    QCOMPARE(counts.updated, 1);
    TestDb finance(dir.filePath(QStringLiteral("finance.db")));
    QCOMPARE(
        finance.value(QStringLiteral("SELECT Qty || ' ' || Name FROM FinItem WHERE ItemId = 'A'"))
            .toString(),
        QStringLiteral("500 Name 500"));
}

void TestLiveSync::filterDecidesWhatTravels()
{
    QTemporaryDir dir;
    createWorkspace(dir.path());
    QVERIFY(control(dir.path(),
        [](MapControl &c, QString *e) { return c.start({ QStringLiteral("Items") }, e); }));
    run(dir.path(), RunKind::Initial, { QStringLiteral("Items") });
    {
        TestDb dataverse(dir.filePath(QStringLiteral("dataverse.db")));
        QVERIFY(dataverse.exec(QStringLiteral(
            "INSERT INTO dv_item (id, name, qty, kind, skip) VALUES ('S', 'Skipped', 1, 1, 1)")));
        QVERIFY(dataverse.exec(
            QStringLiteral("UPDATE dv_item SET skip = 1, name = 'hidden' WHERE id = 'A'")));
    }
    const RunCounts counts
        = countsOf(run(dir.path(), RunKind::CatchUp, { QStringLiteral("Items") }));
    QCOMPARE(counts.skipped, 2);
    TestDb finance(dir.filePath(QStringLiteral("finance.db")));
    QCOMPARE(
        finance.value(QStringLiteral("SELECT COUNT(*) FROM FinItem WHERE ItemId = 'S'")).toInt(),
        0);
    QCOMPARE(
        finance.value(QStringLiteral("SELECT Name FROM FinItem WHERE ItemId = 'A'")).toString(),
        QStringLiteral("Alpha"));
}

void TestLiveSync::twoWayMapConvergesWithoutEcho()
{
    QTemporaryDir dir;
    createWorkspace(dir.path());
    const QStringList map { QStringLiteral("Items both ways") };
    QVERIFY(control(dir.path(), [&](MapControl &c, QString *e) { return c.start(map, e); }));
    QCOMPARE(run(dir.path(), RunKind::Initial, map).maps.constFirst().counts.inserted, 2);
    // The engine's own writes into Finance were captured there; they must not come back.
    QCOMPARE(applied(run(dir.path(), RunKind::CatchUp, map)), 0);
    {
        TestDb dataverse(dir.filePath(QStringLiteral("dataverse.db")));
        TestDb finance(dir.filePath(QStringLiteral("finance.db")));
        QVERIFY(dataverse.exec(QStringLiteral("UPDATE dv_pair SET qty = 10 WHERE id = 'P1'")));
        // Posting in Finance: the voucher is written back; a name change comes the other way.
        QVERIFY(finance.exec(
            QStringLiteral("UPDATE FinPair SET Voucher = 'V-0001' WHERE ItemId = 'P2'")));
        QVERIFY(finance.exec(
            QStringLiteral("UPDATE FinPair SET Name = 'Two (Finance)' WHERE ItemId = 'P2'")));
        QVERIFY(finance.exec(
            QStringLiteral("INSERT INTO FinPair (ItemId, Name, Qty) VALUES ('P3', 'Three', 3)")));
    }
    const RunCounts counts = countsOf(run(dir.path(), RunKind::CatchUp, map));
    QCOMPARE(counts.updated, 2);
    QCOMPARE(counts.inserted, 1);
    QCOMPARE(counts.conflicts, 0);
    QCOMPARE(differences(dir.path(), QStringLiteral("dv_pair"), QStringLiteral("FinPair"),
                 QStringLiteral("id, name"), QStringLiteral("ItemId, Name")),
        0);
    TestDb dataverse(dir.filePath(QStringLiteral("dataverse.db")));
    QCOMPARE(
        dataverse.value(QStringLiteral("SELECT voucher FROM dv_pair WHERE id = 'P2'")).toString(),
        QStringLiteral("V-0001"));
    TestDb finance(dir.filePath(QStringLiteral("finance.db")));
    QCOMPARE(
        finance.value(QStringLiteral("SELECT Qty FROM FinPair WHERE ItemId = 'P1'")).toInt(), 10);
    // Converged: a second catch-up applies nothing, though both sides captured the writes.
    QCOMPARE(applied(run(dir.path(), RunKind::CatchUp, map)), 0);
    QCOMPARE(applied(run(dir.path(), RunKind::CatchUp, map)), 0);
}

void TestLiveSync::conflictPolicies_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QString>("expectedName");
    QTest::addColumn<int>("expectedStatus");
    QTest::newRow("master dataverse") << QByteArray(R"("policy": "master", "master": "dataverse")")
                                      << QStringLiteral("from Dataverse") << 0;
    QTest::newRow("master finance") << QByteArray(R"("policy": "master", "master": "finance")")
                                    << QStringLiteral("from Finance") << 0;
    QTest::newRow("newest") << QByteArray(R"("policy": "newest", "master": "dataverse")")
                            << QStringLiteral("from Finance") << 0;
    QTest::newRow("manual") << QByteArray(R"("policy": "manual", "master": "dataverse")")
                            << QString() << 2;
}

void TestLiveSync::conflictPolicies()
{
    QFETCH(QByteArray, policy);
    QFETCH(QString, expectedName);
    QFETCH(int, expectedStatus);
    QTemporaryDir dir;
    QByteArray maps = kMaps;
    maps.replace(R"("policy": "master", "master": "dataverse")", policy);
    createWorkspace(dir.path(), maps);
    const QStringList map { QStringLiteral("Items both ways") };
    QVERIFY(control(dir.path(), [&](MapControl &c, QString *e) { return c.start(map, e); }));
    // The initial sync copies Dataverse's rows whatever the conflict policy's master is.
    run(dir.path(), RunKind::Initial, map, {}, 2000, Side::Dataverse);
    run(dir.path(), RunKind::CatchUp, map);
    {
        TestDb dataverse(dir.filePath(QStringLiteral("dataverse.db")));
        QVERIFY(dataverse.exec(
            QStringLiteral("UPDATE dv_pair SET name = 'from Dataverse' WHERE id = 'P1'")));
        QTest::qWait(20); // Finance's change is the newer one
        TestDb finance(dir.filePath(QStringLiteral("finance.db")));
        QVERIFY(finance.exec(
            QStringLiteral("UPDATE FinPair SET Name = 'from Finance' WHERE ItemId = 'P1'")));
    }
    const RunCounts counts = countsOf(run(dir.path(), RunKind::CatchUp, map));
    QCOMPARE(counts.conflicts, 1);
    StoreDb store(dir.path());
    TestDb dataverse(dir.filePath(QStringLiteral("dataverse.db")));
    TestDb finance(dir.filePath(QStringLiteral("finance.db")));
    QCOMPARE(store.value(QStringLiteral("SELECT status FROM record_states WHERE record_key = 'P1'"))
                 .toInt(),
        expectedStatus);
    if (expectedStatus == 0) {
        QCOMPARE(
            dataverse.value(QStringLiteral("SELECT name FROM dv_pair WHERE id = 'P1'")).toString(),
            expectedName);
        QCOMPARE(finance.value(QStringLiteral("SELECT Name FROM FinPair WHERE ItemId = 'P1'"))
                     .toString(),
            expectedName);
        QCOMPARE(applied(run(dir.path(), RunKind::CatchUp, map)), 0);
        return;
    }
    // Manual: both sides keep their version until the administrator picks one.
    QVERIFY(store
                .value(QStringLiteral(
                    "SELECT error_message FROM record_states WHERE record_key = 'P1'"))
                .toString()
                .contains(QLatin1String("changed in both Dataverse and Finance")));
    QCOMPARE(dataverse.value(QStringLiteral("SELECT name FROM dv_pair WHERE id = 'P1'")).toString(),
        QStringLiteral("from Dataverse"));
    SyncEngine engine { Workspace(dir.path()) };
    SyncRequest resolve;
    resolve.kind = RunKind::Resolve;
    resolve.maps = map;
    resolve.master = Side::Finance;
    resolve.recordKeys = { QStringLiteral("P1") };
    SyncResult result;
    QString error;
    QVERIFY2(engine.run(resolve, &result, &error), qPrintable(error));
    QCOMPARE(result.maps.constFirst().counts.updated, 1);
    QCOMPARE(dataverse.value(QStringLiteral("SELECT name FROM dv_pair WHERE id = 'P1'")).toString(),
        QStringLiteral("from Finance"));
    QCOMPARE(store.value(QStringLiteral("SELECT status FROM record_states WHERE record_key = 'P1'"))
                 .toInt(),
        0);
    QCOMPARE(applied(run(dir.path(), RunKind::CatchUp, map)), 0);
}

void TestLiveSync::longPauseQueuesEverythingAndResumeAppliesIt()
{
    QTemporaryDir dir;
    createWorkspace(dir.path());
    const QStringList map { QStringLiteral("Items") };
    QVERIFY(control(dir.path(), [&](MapControl &c, QString *e) { return c.start(map, e); }));
    run(dir.path(), RunKind::Initial, map);
    QVERIFY(control(dir.path(), [&](MapControl &c, QString *e) { return c.pause(map, e); }));
    {
        TestDb dataverse(dir.filePath(QStringLiteral("dataverse.db")));
        QVERIFY(dataverse.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)"
            " INSERT INTO dv_item (id, name, qty, kind) SELECT printf('Q%06d', i), 'Queued ' || i, "
            "i, 2 FROM n")));
    }
    // Paused: a catch-up leaves the map alone and the queue keeps everything.
    QCOMPARE(countsOf(run(dir.path(), RunKind::CatchUp, map)).read, 0);
    qint64 queued = 0;
    QVERIFY(control(dir.path(),
        [&](MapControl &c, QString *e) { return c.queued(map.constFirst(), &queued, e); }));
    QCOMPARE(queued, 100000);
    QVERIFY(control(dir.path(), [&](MapControl &c, QString *e) { return c.resume(map, e); }));
    const RunCounts counts = countsOf(run(dir.path(), RunKind::CatchUp, map));
    QCOMPARE(counts.inserted, 100000);
    MapStatus status = MapStatus::Error;
    QVERIFY(control(dir.path(), [&](MapControl &c, QString *e) {
        return c.status(map.constFirst(), &status, e) && c.queued(map.constFirst(), &queued, e);
    }));
    QCOMPARE(status, MapStatus::Running);
    QCOMPARE(queued, 0);
    QCOMPARE(differences(dir.path(), QStringLiteral("dv_item"), QStringLiteral("FinItem")), 0);
}

void TestLiveSync::alertRulePausesTheMapAndSaysWhy()
{
    QTemporaryDir dir;
    createWorkspace(dir.path());
    const QStringList map { QStringLiteral("Items") };
    QVERIFY(control(dir.path(), [&](MapControl &c, QString *e) { return c.start(map, e); }));
    run(dir.path(), RunKind::Initial, map);
    {
        // Ten records with a kind the value map does not know.
        TestDb dataverse(dir.filePath(QStringLiteral("dataverse.db")));
        QVERIFY(dataverse.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)"
            " INSERT INTO dv_item (id, name, qty, kind) SELECT printf('X%02d', i), 'Bad', i, 9 "
            "FROM n")));
    }
    QCOMPARE(countsOf(run(dir.path(), RunKind::CatchUp, map)).failed, 10);
    MapStatus status = MapStatus::Running;
    QVERIFY(control(dir.path(),
        [&](MapControl &c, QString *e) { return c.status(map.constFirst(), &status, e); }));
    QCOMPARE(status, MapStatus::Paused);
    StoreDb store(dir.path());
    const QString message
        = store.value(QStringLiteral("SELECT message FROM activity_log WHERE kind = 'alert'"))
              .toString();
    QVERIFY2(message.contains(QLatin1String("10 errors (validation) within 15 minutes")),
        qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("paused")), qPrintable(message));
}

void TestLiveSync::stopEndsCapture()
{
    QTemporaryDir dir;
    createWorkspace(dir.path());
    const QStringList map { QStringLiteral("Items") };
    QVERIFY(control(dir.path(), [&](MapControl &c, QString *e) { return c.start(map, e); }));
    TestDb dataverse(dir.filePath(QStringLiteral("dataverse.db")));
    QCOMPARE(
        dataverse.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"))
            .toInt(),
        4);
    QVERIFY(control(dir.path(), [&](MapControl &c, QString *e) { return c.stop(map, e); }));
    QCOMPARE(
        dataverse.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"))
            .toInt(),
        0);
    QVERIFY(dataverse.exec(QStringLiteral("UPDATE dv_item SET qty = 99")));
    QCOMPARE(dataverse.value(QStringLiteral("SELECT COUNT(*) FROM dw_changes")).toInt(), 0);
}

void TestLiveSync::lockedTargetFailsRecordsAsTransientAndTheMapGoesOn()
{
    QTemporaryDir dir;
    createWorkspace(dir.path());
    const QStringList map { QStringLiteral("Items") };
    QVERIFY(control(dir.path(), [&](MapControl &c, QString *e) { return c.start(map, e); }));
    run(dir.path(), RunKind::Initial, map);
    {
        TestDb dataverse(dir.filePath(QStringLiteral("dataverse.db")));
        QVERIFY(dataverse.exec(QStringLiteral("UPDATE dv_item SET qty = qty + 100")));
    }
    // Another process holds Finance's write lock for the whole catch-up.
    TestDb locker(dir.filePath(QStringLiteral("finance.db")));
    QVERIFY(locker.exec(QStringLiteral("BEGIN IMMEDIATE")));
    SyncEngine engine { Workspace(dir.path()) };
    engine.setBusyTimeoutMs(20);
    engine.setRetryPolicy({ 3, 10 });
    SyncRequest request;
    request.kind = RunKind::CatchUp;
    request.maps = map;
    SyncResult result;
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(engine.run(request, &result, &error), qPrintable(error));
    QVERIFY(timer.elapsed() >= 30); // it did wait and retry
    QCOMPARE(result.maps.constFirst().counts.failed, 3);
    StoreDb store(dir.path());
    QCOMPARE(
        store.number(QStringLiteral(
            "SELECT COUNT(*) FROM record_states WHERE status = 1 AND error_class = 'transient'")),
        3);
    const QString message
        = store
              .value(
                  QStringLiteral("SELECT error_message FROM record_states WHERE record_key = 'A'"))
              .toString();
    QVERIFY2(message.contains(QLatin1String("the Finance database is busy")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("3 attempts")), qPrintable(message));
    MapStatus status = MapStatus::Error;
    QVERIFY(control(dir.path(),
        [&](MapControl &c, QString *e) { return c.status(map.constFirst(), &status, e); }));
    QCOMPARE(status, MapStatus::Running); // the map keeps running
    // Lock released: a retry gets the records across.
    QVERIFY(locker.exec(QStringLiteral("COMMIT")));
    SyncEngine retry { Workspace(dir.path()) };
    request.kind = RunKind::Retry;
    QVERIFY(retry.run(request, &result, &error));
    QCOMPARE(result.maps.constFirst().counts.updated, 3);
    QCOMPARE(differences(dir.path(), QStringLiteral("dv_item"), QStringLiteral("FinItem")), 0);
}

void TestLiveSync::mapControlLeavesAnotherProcesssRunAlone()
{
    QTemporaryDir dir;
    createWorkspace(dir.path());
    // A process of this machine that has ended: its pid is free.
    QProcess ended;
    ended.start(QStringLiteral("true"));
    QVERIFY(ended.waitForStarted());
    const qint64 deadPid = ended.processId();
    QVERIFY(ended.waitForFinished());
    const QString host = QSysInfo::machineHostName();
    {
        // Live runs of other processes: one of an older dwadmin that did not record its
        // process, one of a process here that has ended, one of a process here that is still
        // there (this test's parent), one on another machine.
        StoreDb store(dir.path());
        QVERIFY(store.exec(QStringLiteral(
            "INSERT INTO runs (id, kind, started_at, host, pid) VALUES"
            " (99, 'catchUp+live', 1, NULL, NULL), (98, 'catchUp+live', 1, '%1', %2),"
            " (97, 'catchUp+live', 1, '%1', %3), (96, 'catchUp+live', 1, 'elsewhere', %2)")
                               .arg(host)
                               .arg(deadPid)
                               .arg(qint64(::getppid()))));
    }
    QVERIFY(control(dir.path(),
        [](MapControl &c, QString *e) { return c.start({ QStringLiteral("Items") }, e); }));
    StoreDb store(dir.path());
    const QString outcomes
        = QStringLiteral("SELECT id, outcome FROM runs WHERE id BETWEEN 96 AND 99 ORDER BY id DESC");
    QCOMPARE(store.rows(outcomes),
        QStringList({ QStringLiteral("99|running"), QStringLiteral("98|running"),
            QStringLiteral("97|running"), QStringLiteral("96|running") }));
    // An engine run is the one that tidies up after processes that died, and only those.
    run(dir.path(), RunKind::CatchUp, { QStringLiteral("Items") });
    QCOMPARE(store.rows(outcomes),
        QStringList({ QStringLiteral("99|interrupted"), QStringLiteral("98|interrupted"),
            QStringLiteral("97|running"), QStringLiteral("96|running") }));
}

QTEST_GUILESS_MAIN(TestLiveSync)
#include "tst_livesync.moc"
