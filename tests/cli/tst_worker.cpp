// Headless workers sharing one workspace (DESIGN §8): ten live maps served by two
// `dwadmin-cli worker` processes. Each map is served by exactly one worker at a time; when one
// worker is killed with SIGKILL, the other takes its maps over within the lease time; no change
// is lost and none is applied twice. Also the lease rules themselves (MapLeases).
#include "environmentstore.h"
#include "mapcontrol.h"
#include "mapleases.h"
#include "mapstore.h"
#include "statestore.h"
#include "tablemapjson.h"
#include "testdb.h"
#include "teststatestore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace dw;

namespace {

constexpr int kMaps = 10;
constexpr int kLeaseSeconds = 4;

QString mapName(int i)
{
    return QStringLiteral("Items %1").arg(i);
}

// Ten one-way maps dv_item_N → fin_item_N.
QByteArray mapsJson()
{
    QStringList maps;
    for (int i = 0; i < kMaps; ++i) {
        maps.append(QStringLiteral(
            R"({"name": "%1", "component": "actuals", "dataverse": {"table": "dv_item_%2"},
              "finance": {"table": "fin_item_%2"}, "keys": [{"finance": "Id", "dataverse": "Id"}],
              "fields": [{"finance": "Id", "dataverse": "Id", "direction": "<"},
                         {"finance": "Qty", "dataverse": "Qty", "direction": "<"}]})")
                        .arg(mapName(i))
                        .arg(i));
    }
    return QStringLiteral(R"({"format": "dwadmin-maps/1", "maps": [%1]})")
        .arg(maps.join(u','))
        .toUtf8();
}

// Who holds which map right now, from the state store: map name → worker.
QHash<QString, QString> holders(const QString &dir)
{
    StoreDb store(dir);
    QHash<QString, QString> out;
    QSqlQuery query(store.db());
    query.exec(QStringLiteral("SELECT m.name, l.worker FROM map_leases l JOIN maps m"
                              " ON m.id = l.map_id WHERE l.expires_at >= %1")
                   .arg(QDateTime::currentMSecsSinceEpoch()));
    while (query.next())
        out.insert(query.value(0).toString(), query.value(1).toString());
    return out;
}

} // namespace

class TestWorker : public QObject
{
    Q_OBJECT

private slots:
    void leaseIsHeldByOneWorkerUntilItExpires();
    void leaseOfADeadProcessOnThisHostIsTakenAtOnce();
    void twoWorkersServeEachMapOnceAndSurviveAKill();

private:
    void createWorkspace(const QString &dir);
    void startWorker(QProcess *process, const QString &dir, const QString &name);
};

void TestWorker::createWorkspace(const QString &dir)
{
    TestDb dataverse(dir + QStringLiteral("/dataverse.db"));
    TestDb finance(dir + QStringLiteral("/finance.db"));
    QVERIFY(dataverse.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    QVERIFY(finance.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    for (int i = 0; i < kMaps; ++i) {
        QVERIFY(dataverse.exec(
            QStringLiteral("CREATE TABLE dv_item_%1 (Id TEXT PRIMARY KEY, Qty INTEGER)").arg(i)));
        QVERIFY(finance.exec(
            QStringLiteral("CREATE TABLE fin_item_%1 (Id TEXT PRIMARY KEY, Qty INTEGER)").arg(i)));
    }
    QString error;
    {
        StateStore store;
        QVERIFY2(TestStateStore::prepare(dir, &error), qPrintable(error));
        QVERIFY2(store.open(Workspace(dir), &error), qPrintable(error));
        QList<TableMap> maps;
        QVERIFY2(TableMapJson::read(mapsJson(), &maps, &error), qPrintable(error));
        QList<MapStore::SaveOutcome> outcomes;
        QVERIFY2(MapStore(store.database()).saveAll(maps, &outcomes, &error), qPrintable(error));
        QVERIFY(EnvironmentStore(store.database())
                    .save(Side::Dataverse, ConnectionSpec::sqliteFile(QStringLiteral("dataverse.db")),
                        &error));
        QVERIFY(EnvironmentStore(store.database())
                    .save(Side::Finance, ConnectionSpec::sqliteFile(QStringLiteral("finance.db")),
                        &error));
    }
    MapControl control { Workspace(dir) };
    QStringList names;
    for (int i = 0; i < kMaps; ++i)
        names.append(mapName(i));
    QVERIFY2(control.open(&error) && control.start(names, &error), qPrintable(error));
}

void TestWorker::startWorker(QProcess *process, const QString &dir, const QString &name)
{
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(QStringLiteral(DW_BIN_DIR "/dwadmin-cli"),
        { QStringLiteral("--workspace"), dir, QStringLiteral("worker"), QStringLiteral("--name"),
            name, QStringLiteral("--interval"), QStringLiteral("0.2"), QStringLiteral("--lease"),
            QString::number(kLeaseSeconds) });
    QVERIFY2(process->waitForStarted(), qPrintable(process->errorString()));
}

void TestWorker::leaseIsHeldByOneWorkerUntilItExpires()
{
    QTemporaryDir dir;
    createWorkspace(dir.path());
    StateStore store;
    QString error;
    QVERIFY2(store.open(Workspace(dir.path()), &error), qPrintable(error));
    const qint64 mapId = 1;
    MapLeases a(store.database(), QStringLiteral("a@elsewhere:1"), 60000);
    MapLeases b(store.database(), QStringLiteral("b@elsewhere:2"), 60000);
    bool held = false;
    QString other;
    QVERIFY2(a.acquire(mapId, &held, &other, &error), qPrintable(error));
    QVERIFY(held);
    QVERIFY(other.isEmpty());
    QVERIFY2(b.acquire(mapId, &held, &other, &error), qPrintable(error));
    QVERIFY(!held);
    QCOMPARE(other, QStringLiteral("a@elsewhere:1"));
    QVERIFY(a.acquire(mapId, &held, &other, &error) && held); // renewing is acquiring again

    // A holder on another machine that stops renewing: its lease expires, then b takes over.
    StoreDb raw(dir.path());
    QVERIFY(raw.exec(QStringLiteral("UPDATE map_leases SET host = 'elsewhere',"
                                    " expires_at = %1 WHERE map_id = 1")
                         .arg(QDateTime::currentMSecsSinceEpoch() + 400)));
    QVERIFY(b.acquire(mapId, &held, &other, &error) && !held);
    QTest::qWait(500);
    QVERIFY2(b.acquire(mapId, &held, &other, &error), qPrintable(error));
    QVERIFY(held);
    QCOMPARE(other, QStringLiteral("a@elsewhere:1"));
    // a comes back too late: the map is b's now.
    QVERIFY(a.acquire(mapId, &held, &other, &error) && !held);
    QCOMPARE(other, QStringLiteral("b@elsewhere:2"));

    QVERIFY(b.releaseAll(&error));
    QVERIFY(a.acquire(mapId, &held, &other, &error) && held);
    QList<MapLease> leases;
    QVERIFY(MapLeases::list(store.database(), &leases, &error));
    QCOMPARE(leases.size(), 1);
    QCOMPARE(leases.constFirst().map, mapName(0));
    QCOMPARE(leases.constFirst().worker, QStringLiteral("a@elsewhere:1"));
}

void TestWorker::leaseOfADeadProcessOnThisHostIsTakenAtOnce()
{
    QTemporaryDir dir;
    createWorkspace(dir.path());
    // A process of this machine that has ended: its pid is free.
    QProcess ended;
    ended.start(QStringLiteral("true"));
    QVERIFY(ended.waitForStarted());
    const qint64 deadPid = ended.processId();
    QVERIFY(ended.waitForFinished());
    StateStore store;
    QString error;
    QVERIFY2(store.open(Workspace(dir.path()), &error), qPrintable(error));
    MapLeases dead(store.database(), QStringLiteral("dead"), 600000);
    bool held = false;
    QString other;
    QVERIFY(dead.acquire(1, &held, &other, &error) && held);
    StoreDb raw(dir.path());
    QVERIFY(raw.exec(QStringLiteral("UPDATE map_leases SET pid = %1").arg(deadPid)));
    MapLeases alive(store.database(), QStringLiteral("alive"), 600000);
    QVERIFY2(alive.acquire(1, &held, &other, &error), qPrintable(error));
    QVERIFY2(held, "the lease of a process that is gone must not wait ten minutes");
    QCOMPARE(other, QStringLiteral("dead"));
}

void TestWorker::twoWorkersServeEachMapOnceAndSurviveAKill()
{
    QTemporaryDir dir;
    createWorkspace(dir.path());
    if (QTest::currentTestFailed())
        return;
    QProcess first;
    QProcess second;
    startWorker(&first, dir.path(), QStringLiteral("first"));
    startWorker(&second, dir.path(), QStringLiteral("second"));

    // New rows keep arriving on every map while the workers serve them.
    TestDb dataverse(dir.filePath(QStringLiteral("dataverse.db")));
    int inserted = 0;
    auto insertRows = [&](int rows) {
        for (int r = 0; r < rows; ++r, ++inserted) {
            QVERIFY(dataverse.exec(QStringLiteral("INSERT INTO dv_item_%1 VALUES ('K%2', %2)")
                                       .arg(inserted % kMaps)
                                       .arg(inserted)));
        }
    };

    // Every map gets a holder; each map has one holder by construction of the table, and
    // both workers get some (the first to start may take all, the second waits for none).
    QElapsedTimer timer;
    timer.start();
    QHash<QString, QString> held;
    while (timer.elapsed() < 30000) {
        insertRows(20);
        held = holders(dir.path());
        if (held.size() == kMaps)
            break;
        QTest::qWait(100);
    }
    QCOMPARE(held.size(), kMaps);
    QSet<QString> workers(held.cbegin(), held.cend());
    QVERIFY(workers.size() >= 1 && workers.size() <= 2);

    // Kill the worker that holds map 0 with SIGKILL: no goodbye, its leases stay behind.
    const bool firstHoldsIt = held.value(mapName(0)).startsWith(QLatin1String("first@"));
    QProcess &victim = firstHoldsIt ? first : second;
    QProcess &survivor = firstHoldsIt ? second : first;
    const QString survivorPrefix = firstHoldsIt ? QStringLiteral("second@") : QStringLiteral("first@");
    ::kill(pid_t(victim.processId()), SIGKILL);
    QVERIFY(victim.waitForFinished(10000));
    insertRows(200);

    // Within the lease time (plus a round), every map is served by the survivor.
    timer.restart();
    bool allMoved = false;
    while (!allMoved && timer.elapsed() < (kLeaseSeconds + 3) * 1000) {
        held = holders(dir.path());
        allMoved = held.size() == kMaps
            && std::all_of(held.cbegin(), held.cend(),
                [&](const QString &w) { return w.startsWith(survivorPrefix); });
        if (!allMoved)
            QTest::qWait(100);
    }
    QVERIFY2(allMoved, qPrintable(QStringList(held.keys()).join(u',')));
    insertRows(200);

    // The survivor drains the queues; then stop it the way systemd does.
    TestDb finance(dir.filePath(QStringLiteral("finance.db")));
    auto targetRows = [&] {
        qint64 total = 0;
        for (int i = 0; i < kMaps; ++i)
            total += finance.number(QStringLiteral("SELECT COUNT(*) FROM fin_item_%1").arg(i));
        return total;
    };
    timer.restart();
    while (targetRows() < inserted && timer.elapsed() < 60000)
        QTest::qWait(100);
    ::kill(pid_t(survivor.processId()), SIGTERM);
    QVERIFY(survivor.waitForFinished(30000));
    const QString survivorOutput = QString::fromUtf8(survivor.readAll());
    QVERIFY2(survivor.exitStatus() == QProcess::NormalExit && survivor.exitCode() == 0,
        qPrintable(survivorOutput));
    QVERIFY2(holders(dir.path()).isEmpty(), "a stopped worker gives its leases back");

    // Nothing lost: every row arrived with its value.
    for (int i = 0; i < kMaps; ++i) {
        const QString table = QStringLiteral("item_%1").arg(i);
        QCOMPARE(finance.number(QStringLiteral("SELECT COUNT(*) FROM fin_%1").arg(table)),
            dataverse.number(QStringLiteral("SELECT COUNT(*) FROM dv_%1").arg(table)));
        QCOMPARE(finance.number(QStringLiteral("SELECT COALESCE(SUM(Qty), -1) FROM fin_%1").arg(table)),
            dataverse.number(QStringLiteral("SELECT COALESCE(SUM(Qty), -1) FROM dv_%1").arg(table)));
    }
    // Nothing applied twice: every row was inserted exactly once over all runs of all workers.
    // (A page the killed worker wrote but had not recorded is written again by the survivor;
    // it finds the row as it is and counts it unchanged, not inserted.)
    StoreDb store(dir.path());
    QCOMPARE(store.number(QStringLiteral("SELECT SUM(inserted) FROM run_map_counts")),
        qint64(inserted));
    QCOMPARE(store.number(QStringLiteral("SELECT COUNT(*) FROM record_states WHERE status = 0")),
        qint64(inserted));
    // Nor read twice, but for the one round the killed worker had in flight: two workers
    // serving the same maps would each read every change.
    const qint64 read = store.number(QStringLiteral("SELECT SUM(read_count) FROM run_map_counts"));
    QVERIFY2(read >= inserted && read <= inserted + 60,
        qPrintable(QStringLiteral("%1 changes read for %2 rows").arg(read).arg(inserted)));
    // The takeover is on record.
    QVERIFY(store.number(QStringLiteral("SELECT COUNT(*) FROM activity_log WHERE message LIKE"
                                        " '%taken over from%'"))
        >= 1);
}

QTEST_GUILESS_MAIN(TestWorker)
#include "tst_worker.moc"
