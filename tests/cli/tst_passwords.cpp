// Passwords of PostgreSQL environments: given once to the session, or to dwadmin-cli through
// PGPASSWORD or ~/.pgpass, they let a real sync run against a role that must authenticate with
// scram-sha-256, and they end up in no file of the workspace, no log line and no CLI output.
// A missing or wrong password is named with its environment and says how to give one; the
// session forgets a refused password. The Finance environment lives on a throwaway server.
#include "actualsscenario.h"
#include "dbconnection.h"
#include "pgserver.h"
#include "pgtestdb.h"
#include "secretscan.h"
#include "sessionpasswords.h"
#include "syncengine.h"
#include "testdb.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace dw;

namespace {

const QString kRole = QStringLiteral("dwsecret");
// Spaces and a quote: the connection string QPSQL builds must quote it.
const QString kPassword = QStringLiteral("Qx7 'tern' 51-Vmz");
constexpr qint64 kRows = 300;

// Everything logged in this process while a test runs, with every dwadmin category on.
QMutex logMutex;
QByteArray logText;
void collectLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker locker(&logMutex);
    logText
        += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestPasswords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void sessionPasswordServesTheEngineAndIsWrittenNowhere();
    void cliTakesPgpassword();
    void cliTakesPgpassFile();
    void cliWithoutPasswordSaysHowToGiveOne();
    void cliWithWrongPasswordNamesTheEnvironment();
    void refusedPasswordIsForgottenBySession();
    void scanFindsAPlantedSecret();

private:
    // A workspace whose Finance environment is a fresh database of the password role.
    void createWorkspace(const QString &dir, ConnectionSpec *finance);
    CliRun runCli(const QString &workspace, const QProcessEnvironment &environment) const;
    // The environment of this test with no password source of its own: HOME is `home`.
    static QProcessEnvironment cleanEnvironment(const QString &home);
    void verifyNoSecretIn(const QString &directory);

    PgServer m_pg;
    int m_databases = 0;
};

void TestPasswords::initTestCase()
{
    // Whatever the developer's shell holds must not stand in for the password under test.
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
    m_pg.setPasswordRole(kRole, kPassword);
    QString error;
    if (!m_pg.start(&error)) {
        // Under CI these tests are part of the contract: a missing server is a failure.
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL(qPrintable(error));
        QSKIP(qPrintable(error));
    }
    QLoggingCategory::setFilterRules(QStringLiteral("dwadmin.*=true"));
    qInstallMessageHandler(collectLog);
}

void TestPasswords::init()
{
    SessionPasswords::clear();
    const QMutexLocker locker(&logMutex);
    logText.clear();
}

void TestPasswords::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
    m_pg.stop();
}

void TestPasswords::createWorkspace(const QString &dir, ConnectionSpec *finance)
{
    *finance = m_pg.passwordRoleSpec();
    finance->database = QStringLiteral("pw_env_%1").arg(++m_databases);
    PgTestDb admin(m_pg.connectionSpec());
    QVERIFY2(
        admin.exec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(finance->database, kRole)),
        qPrintable(admin.lastError));
    ActualsScenario::Environments environments;
    environments.finance = *finance;
    environments.finance.password = kPassword; // for the set-up only; the store never keeps it
    QString error;
    QVERIFY2(
        ActualsScenario::create(dir, { kRows, false }, environments, &error), qPrintable(error));
}

QProcessEnvironment TestPasswords::cleanEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGPASSWORD"));
    environment.remove(QStringLiteral("PGPASSFILE"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("dwadmin.*=true"));
    return environment;
}

CliRun TestPasswords::runCli(const QString &workspace, const QProcessEnvironment &environment) const
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DW_BIN_DIR "/dwadmin-cli"),
        { QStringLiteral("--workspace"), workspace, QStringLiteral("run"), QStringLiteral("--all"),
            QStringLiteral("--initial") });
    process.closeWriteChannel();
    CliRun result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestPasswords::verifyNoSecretIn(const QString &directory)
{
    const QStringList files = SecretScan::filesContaining(directory, kPassword);
    QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1String(", "))));
}

// The session's password reaches connections the engine opens on another thread; the run
// completes, and the state store (with its -wal and -shm), the environment files and the log
// hold no trace of it.
void TestPasswords::sessionPasswordServesTheEngineAndIsWrittenNowhere()
{
    QTemporaryDir dir;
    ConnectionSpec finance;
    createWorkspace(dir.path(), &finance);
    SessionPasswords::remember(finance, kPassword);

    const auto outcome = QtConcurrent::run([path = dir.path()] {
        SyncEngine engine { Workspace(path) };
        SyncRequest request;
        request.kind = RunKind::Initial;
        request.allMaps = true;
        SyncResult result;
        QString error;
        const bool ok = engine.run(request, &result, &error);
        return std::make_pair(ok ? result : SyncResult(), error);
    }).result();
    QVERIFY2(outcome.second.isEmpty(), qPrintable(outcome.second));
    QCOMPARE(outcome.first.maps.size(), 1);
    QVERIFY2(outcome.first.maps.constFirst().completed,
        qPrintable(outcome.first.maps.constFirst().error));
    QCOMPARE(outcome.first.maps.constFirst().counts.inserted, kRows);
    QVERIFY(SessionPasswords::knows(finance));

    verifyNoSecretIn(dir.path());
    const QMutexLocker locker(&logMutex);
    QVERIFY(logText.contains("dwadmin.core.sql: opened")); // the log was really on
    QVERIFY(!SecretScan::contains(logText, kPassword));
}

void TestPasswords::cliTakesPgpassword()
{
    QTemporaryDir dir;
    QTemporaryDir home;
    ConnectionSpec finance;
    createWorkspace(dir.path(), &finance);
    QProcessEnvironment environment = cleanEnvironment(home.path());
    environment.insert(QStringLiteral("PGPASSWORD"), kPassword);
    const CliRun run = runCli(dir.path(), environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains(QByteArray::number(kRows)), run.out.constData());
    QVERIFY(run.err.contains("dwadmin.core.sql")); // debug logging was on
    QVERIFY(!SecretScan::contains(run.out + run.err, kPassword));
    verifyNoSecretIn(dir.path());
    verifyNoSecretIn(home.path());
}

void TestPasswords::cliTakesPgpassFile()
{
    QTemporaryDir dir;
    QTemporaryDir home;
    ConnectionSpec finance;
    createWorkspace(dir.path(), &finance);
    QFile pgpass(home.filePath(QStringLiteral(".pgpass")));
    QVERIFY(pgpass.open(QIODevice::WriteOnly));
    pgpass.write("*:*:*:" + kRole.toUtf8() + ':' + kPassword.toUtf8() + '\n');
    pgpass.close();
    // libpq ignores a password file others may read.
    QVERIFY(pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner));

    const CliRun run = runCli(dir.path(), cleanEnvironment(home.path()));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains(QByteArray::number(kRows)), run.out.constData());
    QVERIFY(!SecretScan::contains(run.out + run.err, kPassword));
    verifyNoSecretIn(dir.path());
}

void TestPasswords::cliWithoutPasswordSaysHowToGiveOne()
{
    QTemporaryDir dir;
    QTemporaryDir home;
    ConnectionSpec finance;
    createWorkspace(dir.path(), &finance);
    const CliRun run = runCli(dir.path(), cleanEnvironment(home.path()));
    QVERIFY2(run.exitCode > 0, run.err.constData()); // failed, and did not crash
    const QString message = QString::fromUtf8(run.err);
    QVERIFY2(message.contains(QLatin1String("Finance environment")), qPrintable(message));
    QVERIFY2(message.contains(SessionPasswords::identity(finance)), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("asks for a password")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("PGPASSWORD")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String(".pgpass")), qPrintable(message));
}

void TestPasswords::cliWithWrongPasswordNamesTheEnvironment()
{
    QTemporaryDir dir;
    QTemporaryDir home;
    ConnectionSpec finance;
    createWorkspace(dir.path(), &finance);
    QProcessEnvironment environment = cleanEnvironment(home.path());
    const QString wrong = QStringLiteral("not-the-password-8841");
    environment.insert(QStringLiteral("PGPASSWORD"), wrong);
    const CliRun run = runCli(dir.path(), environment);
    QVERIFY2(run.exitCode > 0, run.err.constData());
    const QString message = QString::fromUtf8(run.err);
    QVERIFY2(message.contains(QLatin1String("Finance environment")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("refused the password")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("PGPASSWORD")), qPrintable(message));
    QVERIFY(!SecretScan::contains(run.out + run.err, wrong));
}

void TestPasswords::refusedPasswordIsForgottenBySession()
{
    QTemporaryDir dir;
    ConnectionSpec finance;
    createWorkspace(dir.path(), &finance);
    SessionPasswords::remember(finance, QStringLiteral("wrong-one"));

    SyncEngine engine { Workspace(dir.path()) };
    SyncRequest request;
    request.kind = RunKind::Initial;
    request.allMaps = true;
    SyncResult result;
    QString error;
    QVERIFY(!engine.run(request, &result, &error));
    QVERIFY2(error.contains(QLatin1String("Finance environment")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("refused the password")), qPrintable(error));
    QVERIFY(!SessionPasswords::knows(finance));

    // Missing now: said as such, and the right password afterwards works at once.
    QVERIFY(!engine.run(request, &result, &error));
    QVERIFY2(error.contains(QLatin1String("asks for a password")), qPrintable(error));
    SessionPasswords::remember(finance, kPassword);
    QVERIFY2(engine.run(request, &result, &error), qPrintable(error));
    QVERIFY(result.maps.constFirst().completed);

    // A password given in the spec itself and refused leaves the session's good one alone.
    ConnectionSpec typed = finance;
    typed.password = QStringLiteral("typo");
    DbConnection connection;
    QVERIFY(!connection.open(typed, &error));
    QVERIFY2(error.contains(QLatin1String("refused the password")), qPrintable(error));
    QCOMPARE(SessionPasswords::find(finance), kPassword);
}

// The scan would see the password had it been written: a planted control string in the state
// store (its write-ahead log too) and a hidden file are found.
void TestPasswords::scanFindsAPlantedSecret()
{
    QTemporaryDir dir;
    ConnectionSpec finance;
    createWorkspace(dir.path(), &finance);
    const QString control = QStringLiteral("control-Zq93-kept-in-store");
    {
        TestDb store(dir.filePath(QStringLiteral("workspace.db")));
        QSqlQuery query(store.db());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE planted (value TEXT)")));
        query.prepare(QStringLiteral("INSERT INTO planted VALUES (?)"));
        query.addBindValue(control);
        QVERIFY(query.exec());
        QVERIFY(!SecretScan::filesContaining(dir.path(), control).isEmpty());
    }
    QTemporaryDir home;
    QFile hidden(home.filePath(QStringLiteral(".hidden/file")));
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".hidden")));
    QVERIFY(hidden.open(QIODevice::WriteOnly));
    hidden.write(control.toUtf8().toHex());
    hidden.close();
    QCOMPARE(SecretScan::filesContaining(home.path(), control).size(), 1);
}

QTEST_GUILESS_MAIN(TestPasswords)
#include "tst_passwords.moc"
