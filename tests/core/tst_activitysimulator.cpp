#include "activitysimulator.h"
#include "demoworkspace.h"
#include "syncengine.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace dw;

namespace {

// Row counts the simulator's events change, read with SQL of the test's own.
struct Counts
{
    qint64 actuals = 0;
    qint64 connections = 0;
    qint64 confirmed = 0;
    qint64 expenseLines = 0;
    qint64 vendorInvoices = 0;
    qint64 vendorInvoiceLines = 0;
    qint64 vouchers = 0;
};

Counts counts(const QString &dir)
{
    TestDb dataverse(dir + QStringLiteral("/dataverse.db"));
    TestDb finance(dir + QStringLiteral("/finance.db"));
    Counts c;
    c.actuals = dataverse.value(QStringLiteral("SELECT COUNT(*) FROM msdyn_actual")).toLongLong();
    c.connections
        = dataverse.value(QStringLiteral("SELECT COUNT(*) FROM msdyn_transactionconnection"))
              .toLongLong();
    c.confirmed = dataverse
                      .value(QStringLiteral("SELECT COUNT(*) FROM invoice WHERE "
                                            "msdyn_projectinvoicestatus = 192350002"))
                      .toLongLong();
    c.expenseLines
        = finance.value(QStringLiteral("SELECT COUNT(*) FROM TrvExpTransEntity")).toLongLong();
    c.vendorInvoices
        = finance.value(QStringLiteral("SELECT COUNT(*) FROM VendorInvoiceHeaderEntity"))
              .toLongLong();
    c.vendorInvoiceLines
        = finance.value(QStringLiteral("SELECT COUNT(*) FROM VendorInvoiceLineEntity"))
              .toLongLong();
    c.vouchers = finance
                     .value(QStringLiteral("SELECT COUNT(*) FROM ProjCDSActualsImportEntity WHERE "
                                           "Voucher IS NOT NULL"))
                     .toLongLong();
    return c;
}

SyncResult initialSync(const QString &dir, const QStringList &maps = {})
{
    SyncEngine engine { Workspace(dir) };
    SyncRequest request;
    request.maps = maps;
    request.allMaps = maps.isEmpty();
    SyncResult result;
    QString error;
    if (!engine.run(request, &result, &error))
        qWarning("sync failed: %s", qPrintable(error));
    return result;
}

} // namespace

class TestActivitySimulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runsSteadilyAndTheRowCountsGrowAsReported();
    void simulatedDocumentsSyncLikeTheDemoData();
    void theSameSeedMakesTheSameChanges();
    void stopsAtOnceWhenCancelled();
    void refusesAFolderWithoutWorkspace();

private:
    QTemporaryDir m_dir;
    qint64 m_plantedFailures = 0;
};

void TestActivitySimulator::initTestCase()
{
    QString error;
    QVERIFY2(DemoWorkspace::create(Workspace(m_dir.path()), 1, &error), qPrintable(error));
    // Journals post what the actuals map has staged, so the staging table is filled first.
    const SyncResult result = initialSync(m_dir.path());
    QVERIFY(!result.maps.isEmpty());
    m_plantedFailures = result.failedRecords();
    QVERIFY(m_plantedFailures > 0);
}

void TestActivitySimulator::runsSteadilyAndTheRowCountsGrowAsReported()
{
    const Counts before = counts(m_dir.path());
    ActivitySimulator simulator(Workspace(m_dir.path()), 7);
    QElapsedTimer clock;
    clock.start();
    QString error;
    QVERIFY2(simulator.run(3, &error), qPrintable(error));
    QVERIFY(clock.elapsed() >= 3000 && clock.elapsed() < 4000);
    const SimulatedActivity &a = simulator.activity();
    // A steady five events a second, every kind among them.
    QVERIFY2(a.changes() >= 13 && a.changes() <= 15, qPrintable(QString::number(a.changes())));
    QVERIFY(a.timeApproved > 0 && a.proformasConfirmed > 0 && a.expenseReports > 0
        && a.vendorInvoices > 0 && a.journalsPosted > 0);

    const Counts after = counts(m_dir.path());
    QCOMPARE(after.actuals - before.actuals, a.timeActuals + a.billedActuals);
    QCOMPARE(a.timeActuals, 2 * a.timeApproved);
    QCOMPARE(after.connections - before.connections, a.timeApproved);
    QCOMPARE(after.confirmed - before.confirmed, a.proformasConfirmed);
    QCOMPARE(after.expenseLines - before.expenseLines, a.expenseLines);
    QVERIFY(a.expenseLines >= a.expenseReports);
    QCOMPARE(after.vendorInvoices - before.vendorInvoices, a.vendorInvoices);
    QCOMPARE(after.vendorInvoiceLines - before.vendorInvoiceLines, a.vendorInvoiceLines);
    QCOMPARE(a.vendorInvoiceLines, 2 * a.vendorInvoices);
    QCOMPARE(after.vouchers - before.vouchers, a.actualsPosted);
    QVERIFY(a.actualsPosted >= 10 * a.journalsPosted);
}

void TestActivitySimulator::simulatedDocumentsSyncLikeTheDemoData()
{
    // What the simulator adds is consistent: a new initial sync fails only the planted records.
    const SyncResult result = initialSync(m_dir.path());
    for (const MapRunResult &map : result.maps)
        QVERIFY2(map.completed, qPrintable(map.error));
    QCOMPARE(result.failedRecords(), m_plantedFailures);
    TestDb dataverse(m_dir.filePath(QStringLiteral("dataverse.db")));
    QVERIFY(dataverse
                .value(QStringLiteral("SELECT COUNT(*) FROM msdyn_expense WHERE "
                                      "msdyn_externalexpenseid LIKE 'EXP-%'"))
                .toLongLong()
        > 0);
    // Written back: the posted actuals carry their voucher in Dataverse after a Finance-side run.
    SyncEngine engine { Workspace(m_dir.path()) };
    SyncRequest request;
    request.maps = { QStringLiteral("Project Operations integration actuals") };
    request.master = Side::Finance;
    SyncResult writeBack;
    QString error;
    QVERIFY2(engine.run(request, &writeBack, &error), qPrintable(error));
    QCOMPARE(writeBack.failedRecords(), 0);
    TestDb finance(m_dir.filePath(QStringLiteral("finance.db")));
    QCOMPARE(dataverse
                 .value(QStringLiteral("SELECT COUNT(*) FROM msdyn_actual WHERE "
                                       "msdyn_vouchernumber LIKE 'PJV-%'"))
                 .toLongLong(),
        finance
            .value(QStringLiteral("SELECT COUNT(*) FROM ProjCDSActualsImportEntity WHERE "
                                  "Voucher IS NOT NULL"))
            .toLongLong());
}

void TestActivitySimulator::theSameSeedMakesTheSameChanges()
{
    QTemporaryDir a;
    QTemporaryDir b;
    QString error;
    for (const QTemporaryDir *dir : { &a, &b }) {
        QVERIFY2(DemoWorkspace::create(Workspace(dir->path()), 1, &error), qPrintable(error));
        ActivitySimulator simulator(Workspace(dir->path()), 42);
        simulator.setTickInterval(20);
        QVERIFY2(simulator.run(1, &error), qPrintable(error));
    }
    TestDb db(a.filePath(QStringLiteral("dataverse.db")));
    QVERIFY(db.exec(QStringLiteral("ATTACH DATABASE '%1' AS b")
                        .arg(b.filePath(QStringLiteral("dataverse.db")))));
    const QString simulated = QStringLiteral(
        "SELECT msdyn_actualid, msdyn_project, msdyn_task, msdyn_bookableresource, msdyn_amount "
        "FROM %1.msdyn_actual WHERE msdyn_description LIKE 'Approved time%'");
    // The runs may differ in length by a tick; the shorter one's events match the other's.
    const qint64 shared = db.value(QStringLiteral("SELECT COUNT(*) FROM (%1 INTERSECT %2)")
                                       .arg(simulated.arg(QStringLiteral("main")),
                                           simulated.arg(QStringLiteral("b"))))
                              .toLongLong();
    const qint64 inA = db.value(QStringLiteral("SELECT COUNT(*) FROM (%1)")
                                    .arg(simulated.arg(QStringLiteral("main"))))
                           .toLongLong();
    const qint64 inB
        = db.value(
                QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(simulated.arg(QStringLiteral("b"))))
              .toLongLong();
    QVERIFY(inA > 10);
    QCOMPARE(shared, qMin(inA, inB));
}

void TestActivitySimulator::stopsAtOnceWhenCancelled()
{
    std::atomic_bool cancel { false };
    ActivitySimulator simulator(Workspace(m_dir.path()), 3);
    simulator.setCancelFlag(&cancel);
    QString error;
    bool ok = false;
    QElapsedTimer clock;
    clock.start();
    std::thread worker([&] { ok = simulator.run(0, &error); });
    QTest::qWait(600);
    cancel.store(true);
    const qint64 stoppedAt = clock.elapsed();
    worker.join();
    QVERIFY2(ok, qPrintable(error));
    QVERIFY2(clock.elapsed() - stoppedAt < 250, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(simulator.activity().changes() >= 2);
}

void TestActivitySimulator::refusesAFolderWithoutWorkspace()
{
    QTemporaryDir empty;
    ActivitySimulator simulator(Workspace(empty.path()), 1);
    QString error;
    QVERIFY(!simulator.run(1, &error));
    QVERIFY2(error.contains(QLatin1String("No workspace")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestActivitySimulator)
#include "tst_activitysimulator.moc"
