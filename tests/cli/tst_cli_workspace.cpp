// dwadmin-cli workspace init: a folder made into a workspace whose state store is on a
// PostgreSQL server, then used by the other commands; bad addresses refused with a message.
#include "pgserver.h"
#include "pgtestdb.h"
#include "workspace.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dw;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QString &workspace, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(DW_BIN_DIR "/dwadmin-cli"),
        QStringList { QStringLiteral("--workspace"), workspace } + arguments);
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestCliWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initOnAServerThenUseIt();
    void badAddressesAreRefused_data();
    void badAddressesAreRefused();
    void unreachableServerLeavesNoWorkspace();

private:
    // postgresql:///DATABASE?host=SOCKETDIR for a fresh database on the test's server.
    QString newStoreAddress(QString *database);

    PgServer m_pg;
    int m_databases = 0;
};

void TestCliWorkspace::initTestCase()
{
    QString error;
    if (!m_pg.start(&error)) {
        // Under CI these tests are part of the contract: a missing server is a failure.
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL(qPrintable(error));
        QSKIP(qPrintable(error));
    }
}

QString TestCliWorkspace::newStoreAddress(QString *database)
{
    *database = QStringLiteral("cli_store_%1").arg(++m_databases);
    PgTestDb admin(m_pg.connectionSpec());
    if (!admin.exec(QStringLiteral("CREATE DATABASE %1").arg(*database)))
        return {};
    const ConnectionSpec spec = m_pg.connectionSpec();
    return QStringLiteral("postgresql://%1@/%2?host=%3").arg(spec.user, *database, spec.host);
}

void TestCliWorkspace::initOnAServerThenUseIt()
{
    QTemporaryDir dir;
    QString database;
    const QString address = newStoreAddress(&database);
    QVERIFY(!address.isEmpty());
    const QString folder = dir.filePath(QStringLiteral("shared"));

    CliRun run = runCli(folder,
        { QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("--state-store"),
            address });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(database), qPrintable(run.out));
    QVERIFY(QFile::exists(folder + QStringLiteral("/workspace.json")));
    QVERIFY(!QFile::exists(folder + QStringLiteral("/workspace.db")));
    ConnectionSpec spec;
    QString error;
    QVERIFY2(Workspace(folder).stateStore(&spec, &error), qPrintable(error));
    QCOMPARE(spec.driver, QStringLiteral("QPSQL"));
    QCOMPARE(spec.database, database);
    QCOMPARE(spec.host, m_pg.connectionSpec().host);
    QVERIFY(spec.password.isEmpty());

    // The schema is on the server, and a second init is refused.
    ConnectionSpec storeSpec = m_pg.connectionSpec();
    storeSpec.database = database;
    PgTestDb store(storeSpec);
    QVERIFY(store.number(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) >= 8);
    run = runCli(folder,
        { QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("--state-store"),
            address });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("already holds a workspace")), qPrintable(run.err));

    // The demo goes into the server's store, and the other commands read it from there.
    run = runCli(folder, { QStringLiteral("demo"), QStringLiteral("create") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const qint64 maps = store.number(QStringLiteral("SELECT COUNT(*) FROM maps"));
    QVERIFY(maps > 10);
    run = runCli(folder,
        { QStringLiteral("run"), QStringLiteral("--map"), QStringLiteral("Legal entities"),
            QStringLiteral("--initial") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(
        store.number(QStringLiteral("SELECT COUNT(*) FROM record_states WHERE status = 0")) > 0);
    run = runCli(
        folder, { QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("Legal entities")), qPrintable(run.out));
    // A second demo into a store that holds maps is refused.
    run = runCli(folder, { QStringLiteral("demo"), QStringLiteral("create") });
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(store.number(QStringLiteral("SELECT COUNT(*) FROM maps")), maps);
}

void TestCliWorkspace::badAddressesAreRefused_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("message");
    QTest::newRow("password") << QStringLiteral("postgresql://dw:secret-pw@db.example.com/dw")
                              << QStringLiteral("must not contain a password");
    QTest::newRow("scheme") << QStringLiteral("mysql://db.example.com/dw")
                            << QStringLiteral("must be a PostgreSQL address");
    QTest::newRow("no database") << QStringLiteral("postgresql://db.example.com")
                                 << QStringLiteral("must give a database name");
    QTest::newRow("not an address")
        << QStringLiteral("workspace.db") << QStringLiteral("must be a PostgreSQL address");
}

void TestCliWorkspace::badAddressesAreRefused()
{
    QFETCH(QString, address);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const CliRun run = runCli(dir.path(),
        { QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("--state-store"),
            address });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!run.err.contains(QLatin1String("secret-pw")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("workspace.json"))));
}

void TestCliWorkspace::unreachableServerLeavesNoWorkspace()
{
    QTemporaryDir dir;
    const CliRun run = runCli(dir.path(),
        { QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("--state-store"),
            QStringLiteral("postgresql://dw@/nothing?host=%1").arg(dir.path()) });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("nothing")), qPrintable(run.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("workspace.json"))));
    QVERIFY(!Workspace(dir.path()).exists());
}

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "tst_cli_workspace.moc"
