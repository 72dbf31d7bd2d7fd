#include "dbconnection.h"
#include "demodata.h"
#include "demoworkspace.h"
#include "environmentstore.h"
#include "mapstore.h"
#include "statestore.h"
#include "tablemapjson.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace dw;

namespace {
int count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}
} // namespace

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void templateIsValidJson();
    void createsEnvironmentsMapsAndData();
    void scaleGrowsTheDataDeterministically();
    void targetsCheckTheirBusinessRules();
    void refusesToOverwriteAWorkspace();
    void failedCreationLeavesNoWorkspace();
};

void TestDemoWorkspace::templateIsValidJson()
{
    QList<TableMap> maps;
    QString error;
    QVERIFY2(TableMapJson::read(DemoWorkspace::templateJson(), &maps, &error), qPrintable(error));
    QVERIFY(maps.size() >= 4);
}

void TestDemoWorkspace::createsEnvironmentsMapsAndData()
{
    QTemporaryDir dir;
    const Workspace workspace(dir.filePath(QStringLiteral("demo")));
    QString error;
    QVERIFY2(DemoWorkspace::create(workspace, 1, &error), qPrintable(error));
    QVERIFY(workspace.exists());
    QVERIFY(!QFile::exists(workspace.sqliteStorePath() + QStringLiteral(".partial")));

    StateStore store;
    QVERIFY2(store.open(workspace, &error), qPrintable(error));
    EnvironmentStore environments(store.database());
    ConnectionSpec dataverse;
    QVERIFY2(environments.load(Side::Dataverse, &dataverse, &error), qPrintable(error));
    QCOMPARE(dataverse.database, QStringLiteral("dataverse.db")); // relative: workspace moves
    QCOMPARE(
        workspace.resolve(dataverse).database, workspace.filePath(QStringLiteral("dataverse.db")));

    QList<MapSummary> maps;
    QVERIFY(MapStore(store.database()).summaries(&maps, &error));
    QList<TableMap> template_;
    QVERIFY(TableMapJson::read(DemoWorkspace::templateJson(), &template_, &error));
    QCOMPARE(maps.size(), template_.size());

    DemoData data(1);
    DbConnection connection;
    QVERIFY(connection.open(workspace.resolve(dataverse), &error));
    QCOMPARE(count(connection.database(), QStringLiteral("cdm_company")), 3);
    QCOMPARE(count(connection.database(), QStringLiteral("msdyn_project")), data.projectCount());
    QCOMPARE(count(connection.database(), QStringLiteral("msdyn_projecttask")),
        data.projectCount() * DemoData::tasksPerProject());
    QCOMPARE(
        qint64(count(connection.database(), QStringLiteral("msdyn_actual"))), data.actualCount());
    // Every table of the committed schema exists in the environment.
    QList<TableDefinition> tables;
    QVERIFY2(DemoWorkspace::schema(Side::Dataverse, &tables, &error), qPrintable(error));
    for (const TableDefinition &table : std::as_const(tables))
        QVERIFY2(count(connection.database(), table.name) >= 0, qPrintable(table.name));

    DbConnection finance;
    QVERIFY(finance.open(
        ConnectionSpec::sqliteFile(workspace.filePath(QStringLiteral("finance.db"))), &error));
    QCOMPARE(count(finance.database(), QStringLiteral("OMLegalEntity")), 3);
    QCOMPARE(count(finance.database(), QStringLiteral("ProjCDSActualsImportEntity")), 0);
    QVERIFY(count(finance.database(), QStringLiteral("TrvExpTransEntity")) >= 100);
}

void TestDemoWorkspace::scaleGrowsTheDataDeterministically()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(DemoWorkspace::create(Workspace(dir.filePath(QStringLiteral("a"))), 2, &error),
        qPrintable(error));
    QVERIFY2(DemoWorkspace::create(Workspace(dir.filePath(QStringLiteral("b"))), 2, &error),
        qPrintable(error));
    DbConnection a;
    QVERIFY(
        a.open(ConnectionSpec::sqliteFile(dir.filePath(QStringLiteral("a/dataverse.db"))), &error));
    QCOMPARE(count(a.database(), QStringLiteral("msdyn_project")), DemoData(2).projectCount());
    QCOMPARE(
        qint64(count(a.database(), QStringLiteral("msdyn_actual"))), DemoData(2).actualCount());
    QCOMPARE(count(a.database(), QStringLiteral("cdm_company")), 3);
    // The same scale gives the same rows, ids included (only the platform's time stamps differ).
    QSqlQuery query(a.database());
    QVERIFY(query.exec(QStringLiteral("ATTACH DATABASE '%1' AS b")
                           .arg(dir.filePath(QStringLiteral("b/dataverse.db")))));
    QVERIFY(query.exec(QStringLiteral(
        "SELECT COUNT(*) FROM (SELECT msdyn_actualid, msdyn_project, msdyn_task, msdyn_amount, "
        "msdyn_billingtype FROM main.msdyn_actual EXCEPT SELECT msdyn_actualid, msdyn_project, "
        "msdyn_task, msdyn_amount, msdyn_billingtype FROM b.msdyn_actual)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QCOMPARE(DemoData::guid(21, 7), DemoData::guid(21, 7));
    QVERIFY(DemoData::guid(21, 7) != DemoData::guid(22, 7));
    QCOMPARE(QUuid::fromString(DemoData::guid(21, 7)).version(), QUuid::Random);
}

void TestDemoWorkspace::targetsCheckTheirBusinessRules()
{
    QTemporaryDir dir;
    const Workspace workspace(dir.path());
    QString error;
    QVERIFY(DemoWorkspace::create(workspace, 1, &error));
    DbConnection finance;
    QVERIFY(finance.open(
        ConnectionSpec::sqliteFile(workspace.filePath(QStringLiteral("finance.db"))), &error));
    QSqlQuery query(finance.database());
    // FRPM has no line property for billing type Not available; USPM has one.
    QVERIFY(query.exec(QStringLiteral("INSERT INTO ProjCDSActualsImportEntity (ActualId, "
                                      "DataAreaId, BillingType) VALUES ('a1', 'USPM', "
                                      "'NotAvailable')")));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO ProjCDSActualsImportEntity (ActualId, "
                                       "DataAreaId, BillingType) VALUES ('a2', 'FRPM', "
                                       "'NotAvailable')")));
    QVERIFY2(query.lastError().text().contains(
                 QLatin1String("Line property Not available doesn't exist. validateWrite failed "
                               "on data source 'ProjCDSActualsImport'")),
        qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO ProjCDSProjectContractEntity "
                                       "(ProjectContractID, DataAreaId, CurrencyCode) VALUES "
                                       "('c1', 'GBPM', 'EUR')")));
    QVERIFY(query.lastError().text().contains(
        QLatin1String("Owning company currency does not match the contracting unit currency")));

    DbConnection dataverse;
    QVERIFY(dataverse.open(
        ConnectionSpec::sqliteFile(workspace.filePath(QStringLiteral("dataverse.db"))), &error));
    QSqlQuery dv(dataverse.database());
    // An expense on a phase (a task with subtasks) is refused, one on a leaf task is not.
    const QString insert = QStringLiteral(
        "INSERT INTO msdyn_expense (msdyn_amount, transactioncurrencyid, msdyn_expensecategory, "
        "msdyn_quantity, msdyn_transactiondate, msdyn_unit, msdyn_unitgroup, msdyn_price, "
        "msdyn_task) VALUES (1, 'c', 'e', 1, '2025-01-01', 'u', 'g', 1, '%1')");
    QVERIFY(!dv.exec(insert.arg(DemoData::guid(13, 1))));
    QVERIFY(dv.lastError().text().contains(
        QLatin1String("The specified task activity number doesn't uniquely identify the task")));
    QVERIFY2(dv.exec(insert.arg(DemoData::guid(13, 2))), qPrintable(dv.lastError().text()));
}

void TestDemoWorkspace::refusesToOverwriteAWorkspace()
{
    QTemporaryDir dir;
    const Workspace workspace(dir.path());
    QString error;
    QVERIFY(DemoWorkspace::create(workspace, 1, &error));
    QVERIFY(!DemoWorkspace::create(workspace, 1, &error));
    QVERIFY2(error.contains(QLatin1String("already holds a workspace")), qPrintable(error));
}

void TestDemoWorkspace::failedCreationLeavesNoWorkspace()
{
    QTemporaryDir dir;
    // A folder where the Finance database must go makes creation fail half way.
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("finance.db")));
    const Workspace workspace(dir.path());
    QString error;
    QVERIFY(!DemoWorkspace::create(workspace, 1, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!workspace.exists());
}

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
