#include "actualsscenario.h"
#include "mapcontrol.h"
#include "testdb.h"
#include "workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace dw;

// DESIGN §4, exactly-once effect: kill dwadmin-cli with SIGKILL at random moments of an initial
// sync, run it again, and the target table and record states must equal those of an
// uninterrupted run, row for row. Rows and trials come from DW_KILL_ROWS / DW_KILL_TRIALS
// (200,000 rows and 10 trials unless the build lowers them, as the sanitizer build does).
class TestKillRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedRunsEndInTheSameState();
    void killedCatchUpsEndInTheSameState();

private:
    static int runCli(const QString &workspace, QProcess *process = nullptr,
        const QStringList &mode = { QStringLiteral("--initial") });
    static void copyWorkspace(const QString &from, const QString &to);
    static void compareWithReference(const QString &reference, const QString &trial);

    QTemporaryDir m_root;
    QString m_template;
    QString m_reference;
    QString m_referenceRunTwice;
    qint64 m_rows = 200000;
    int m_trials = 10;
    qint64 m_referenceMs = 0;
};

int TestKillRecovery::runCli(const QString &workspace, QProcess *process, const QStringList &mode)
{
    QProcess local;
    QProcess *p = process ? process : &local;
    p->start(QStringLiteral(DW_BIN_DIR "/dwadmin-cli"),
        QStringList { QStringLiteral("--workspace"), workspace, QStringLiteral("run"),
            QStringLiteral("--all") }
            + mode);
    if (process)
        return 0;
    if (!p->waitForFinished(600000))
        return -1;
    return p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -2;
}

void TestKillRecovery::copyWorkspace(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const char *name : { "dataverse.db", "finance.db", "workspace.db" }) {
        QFile::remove(QDir(to).filePath(QLatin1String(name)));
        QVERIFY(QFile::copy(
            QDir(from).filePath(QLatin1String(name)), QDir(to).filePath(QLatin1String(name))));
    }
}

void TestKillRecovery::initTestCase()
{
    m_rows = qEnvironmentVariableIntValue("DW_KILL_ROWS") > 0
        ? qEnvironmentVariableIntValue("DW_KILL_ROWS")
        : 200000;
    m_trials = qEnvironmentVariableIntValue("DW_KILL_TRIALS") > 0
        ? qEnvironmentVariableIntValue("DW_KILL_TRIALS")
        : 10;
    m_template = m_root.filePath(QStringLiteral("template"));
    m_reference = m_root.filePath(QStringLiteral("reference"));
    QString error;
    QVERIFY2(ActualsScenario::create(m_template, { m_rows, true }, &error), qPrintable(error));
    copyWorkspace(m_template, m_reference);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runCli(m_reference), 1); // planted failures: exit code 1
    m_referenceMs = timer.elapsed();
    qInfo("uninterrupted run of %lld rows: %lld ms", m_rows, m_referenceMs);
    // A kill that lands after the sync's last commit finds the map complete, and running again
    // is then a second initial sync: compare such trials with a run done twice.
    m_referenceRunTwice = m_root.filePath(QStringLiteral("reference-twice"));
    copyWorkspace(m_reference, m_referenceRunTwice);
    QCOMPARE(runCli(m_referenceRunTwice), 1);
}

void TestKillRecovery::compareWithReference(const QString &reference, const QString &trial)
{
    const QString states
        = QStringLiteral("(SELECT map_id, record_key, source_key, status, last_direction,"
                         " dataverse_hash, finance_hash, attempts, error_class,"
                         " error_message FROM %1record_states)");
    const struct
    {
        const char *file;
        QString left;
        QString right;
    } comparisons[] = {
        { "finance.db", QStringLiteral("ProjCDSActualsImportEntity"),
            QStringLiteral("other.ProjCDSActualsImportEntity") },
        { "workspace.db", states.arg(QString()), states.arg(QStringLiteral("other.")) },
    };
    for (const auto &c : comparisons) {
        TestDb db(QDir(reference).filePath(QLatin1String(c.file)));
        QVERIFY(db.exec(QStringLiteral("ATTACH DATABASE '%1' AS other")
                            .arg(QDir(trial).filePath(QLatin1String(c.file)))));
        QCOMPARE(db.number(QStringLiteral(
                     "SELECT COUNT(*) FROM (SELECT * FROM %1 EXCEPT SELECT * FROM %2)")
                               .arg(c.left, c.right)),
            0);
        QCOMPARE(db.number(QStringLiteral(
                     "SELECT COUNT(*) FROM (SELECT * FROM %2 EXCEPT SELECT * FROM %1)")
                               .arg(c.left, c.right)),
            0);
    }
}

void TestKillRecovery::killedRunsEndInTheSameState()
{
    QRandomGenerator random(20261121);
    int killedMidRun = 0;
    for (int trial = 0; trial < m_trials; ++trial) {
        const QString dir = m_root.filePath(QStringLiteral("trial-%1").arg(trial));
        copyWorkspace(m_template, dir);
        QProcess process;
        runCli(dir, &process);
        QVERIFY(process.waitForStarted());
        // Anywhere from start-up to near the end of an uninterrupted run.
        const int delay = 20 + int(random.bounded(qMax<qint64>(1, m_referenceMs * 9 / 10)));
        const bool finishedFirst = process.waitForFinished(delay);
        if (!finishedFirst) {
            process.kill(); // SIGKILL: no chance to clean up
            QVERIFY(process.waitForFinished(30000));
        }
        qint64 recorded = 0;
        bool complete = false;
        {
            TestDb store(QDir(dir).filePath(QStringLiteral("workspace.db")));
            recorded
                = store.value(QStringLiteral("SELECT COUNT(*) FROM record_states")).toLongLong();
            // The last commit of a sync records its last page and clears the checkpoint together.
            complete = recorded == m_rows
                && store.value(QStringLiteral("SELECT COUNT(*) FROM sync_checkpoints")).toInt()
                    == 0;
        }
        if (!finishedFirst && !complete)
            ++killedMidRun;
        qInfo("trial %d: %s after %d ms with %lld of %lld records recorded%s", trial,
            finishedFirst ? "finished" : "killed", delay, recorded, m_rows,
            complete ? " (sync complete)" : "");
        QCOMPARE(runCli(dir), 1);
        compareWithReference(complete ? m_referenceRunTwice : m_reference, dir);
        if (QTest::currentTestFailed())
            return;
        QDir(dir).removeRecursively();
    }
    // The trials must really have interrupted runs, or the test proves nothing.
    QVERIFY2(killedMidRun >= m_trials / 2,
        qPrintable(QStringLiteral("only %1 kills landed mid-run").arg(killedMidRun)));
}

// The same for live sync: every row of a running map changed, and the catch-up that applies
// the queued changes killed at random moments.
void TestKillRecovery::killedCatchUpsEndInTheSameState()
{
    const QString queued = m_root.filePath(QStringLiteral("queued"));
    copyWorkspace(m_reference, queued); // initial sync done
    {
        MapControl control { Workspace(queued) };
        QString error;
        QVERIFY2(control.open(&error) && control.start({ ActualsScenario::mapName() }, &error),
            qPrintable(error));
    }
    {
        TestDb dataverse(QDir(queued).filePath(QStringLiteral("dataverse.db")));
        QVERIFY(dataverse.exec(QStringLiteral(
            "UPDATE msdyn_actual SET msdyn_description = msdyn_description || ' (corrected)'")));
    }
    const QString reference = m_root.filePath(QStringLiteral("caught-up"));
    copyWorkspace(queued, reference);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runCli(reference, nullptr, {}), 1); // the planted failures fail again
    const qint64 referenceMs = timer.elapsed();
    qInfo("uninterrupted catch-up of %lld changes: %lld ms", m_rows, referenceMs);

    QRandomGenerator random(20261122);
    int killedMidRun = 0;
    for (int trial = 0; trial < m_trials; ++trial) {
        const QString dir = m_root.filePath(QStringLiteral("catch-up-%1").arg(trial));
        copyWorkspace(queued, dir);
        QProcess process;
        runCli(dir, &process, {});
        QVERIFY(process.waitForStarted());
        const int delay = 20 + int(random.bounded(qMax<qint64>(1, referenceMs * 9 / 10)));
        if (!process.waitForFinished(delay)) {
            process.kill();
            QVERIFY(process.waitForFinished(30000));
            ++killedMidRun;
        }
        qint64 applied = 0;
        {
            TestDb store(QDir(dir).filePath(QStringLiteral("workspace.db")));
            applied
                = store.number(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM map_watermarks"));
        }
        qInfo("catch-up trial %d: stopped after %d ms at change %lld", trial, delay, applied);
        runCli(dir, nullptr, {});
        compareWithReference(reference, dir);
        if (QTest::currentTestFailed())
            return;
        QDir(dir).removeRecursively();
    }
    QVERIFY2(killedMidRun >= m_trials / 2,
        qPrintable(QStringLiteral("only %1 kills landed mid-run").arg(killedMidRun)));
}

QTEST_GUILESS_MAIN(TestKillRecovery)
#include "tst_killrecovery.moc"
