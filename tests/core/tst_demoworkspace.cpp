#include "dbconnection.h"
#include "demodata.h"
#include "demoworkspace.h"
#include "environmentstore.h"
#include "mapstore.h"
#include "statestore.h"
#include "tablemapjson.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
    QVERIFY(!QFile::exists(workspace.stateStorePath() + QStringLiteral(".partial")));

    StateStore store;
    QVERIFY2(store.open(workspace.stateStorePath(), &error), qPrintable(error));
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
