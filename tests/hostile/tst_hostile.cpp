// The hostile-input corpus of tests/hostile/cases.json, one data row per case. Each case starts
// from a small synced workspace (HostileWorkspace), sets up its bad input or environment fault,
// runs dwadmin-cli (or, for faults that must strike mid-run, the engine itself), and checks:
// no crash, no hang, the exit code, the message and the error class; that a refused map file
// changed no map; that records synced before stay synced unless the case expects them to fail;
// and that once the fault is removed a plain run succeeds with both sides agreeing row for row.
//
// Fields of a case: name; checks (what it shows); setup.dataverse / setup.finance (SQL run on
// that side after the first sync) and setup.maps (a map file imported first); mapFile (written
// where the command says $MAPS); fault {kind: missing | readonly | locked | lockedBriefly |
// lockedExclusive | corrupt | truncated | deletedMidRun | storeCorrupt, side, map}; command
// (dwadmin-cli arguments); expect {exit, class, message (fragments of the output), failed {map:
// [keys]}, recordMessage (fragments of each failed record's message), mapError (a map stopped in
// the Error status), agree (maps whose sides must agree right after the command), mapsChange,
// seconds}; fix (the same keys as setup, applied once the fault is gone); compare (more
// row comparisons than fixture/compare.json, for maps a case adds).
#include "hostileworkspace.h"
#include "syncengine.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace dw;

namespace {

QByteArray readCorpusFile(const QString &name)
{
    QFile file(QStringLiteral(DW_HOSTILE_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read tests/hostile/%s", qPrintable(name));
    return file.readAll();
}

struct CliRun
{
    int exitCode = -1; // -1: did not finish in time; -2: crashed
    QString output; // stdout and stderr
    qint64 ms = 0;
};

// Sanitizer builds run every process several times slower.
int timeScale()
{
    return qEnvironmentVariableIntValue("DW_HOSTILE_TIME_SCALE") > 0
        ? qEnvironmentVariableIntValue("DW_HOSTILE_TIME_SCALE")
        : 1;
}

// Runs dwadmin-cli on the workspace. `whileRunning` is called every 50 ms until it exits.
CliRun runCli(const HostileWorkspace &ws, const QStringList &arguments, int timeoutSeconds,
    const std::function<void(qint64 elapsedMs)> &whileRunning = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(DW_BIN_DIR "/dwadmin-cli"),
        QStringList { QStringLiteral("--workspace"), ws.directory() } + arguments);
    QElapsedTimer timer;
    timer.start();
    CliRun run;
    while (!process.waitForFinished(50)) {
        if (whileRunning)
            whileRunning(timer.elapsed());
        if (timer.elapsed() > timeoutSeconds * 1000LL * timeScale()) {
            process.kill();
            process.waitForFinished(5000);
            run.output = QString::fromUtf8(process.readAll());
            return run;
        }
    }
    run.ms = timer.elapsed();
    run.output = QString::fromUtf8(process.readAll());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return run;
}

// Makes a file unwritable even for root (whose permission bits are not checked): the
// immutable attribute, where the file system has it. False when neither way works.
bool makeReadOnly(const QString &file, bool on)
{
    if (!on) {
        QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("-i"), file });
        return ::chmod(QFile::encodeName(file).constData(), 0600) == 0;
    }
    ::chmod(QFile::encodeName(file).constData(), 0400);
    if (::access(QFile::encodeName(file).constData(), W_OK) != 0)
        return true;
    QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("+i"), file });
    return ::access(QFile::encodeName(file).constData(), W_OK) != 0
        || !QFile(file).open(QIODevice::ReadWrite);
}

QStringList toStringList(const QJsonValue &value)
{
    if (value.isString())
        return { value.toString() };
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void corpusIsLargeAndWellFormed();
    void hostileCase_data();
    void hostileCase();

private:
    static QJsonArray cases()
    {
        return QJsonDocument::fromJson(readCorpusFile(QStringLiteral("cases.json")))[u"cases"]
            .toArray();
    }
    // The engine in this process, for faults that must strike at a given point of a run.
    static CliRun runEngine(const HostileWorkspace &ws, const QJsonObject &fault);
};

void TestHostile::corpusIsLargeAndWellFormed()
{
    QJsonParseError parse;
    QJsonDocument::fromJson(readCorpusFile(QStringLiteral("cases.json")), &parse);
    QCOMPARE(parse.errorString(), QStringLiteral("no error occurred"));
    QVERIFY2(cases().size() >= 40, "the corpus needs at least 40 cases");
    QSet<QString> names;
    for (const QJsonValue &c : cases()) {
        const QString name = c[u"name"].toString();
        QVERIFY2(!name.isEmpty() && !names.contains(name), qPrintable(name));
        names.insert(name);
        QVERIFY2(!c[u"checks"].toString().isEmpty(), qPrintable(name + u": say what it checks"));
        QVERIFY2(c[u"expect"][u"exit"].isDouble(), qPrintable(name + u": expect.exit"));
        const QString errorClass = c[u"expect"][u"class"].toString();
        QVERIFY2(QStringList({ QStringLiteral("none"), QStringLiteral("validation"),
                                 QStringLiteral("constraint"), QStringLiteral("transient"),
                                 QStringLiteral("configuration"), QStringLiteral("usage") })
                     .contains(errorClass),
            qPrintable(name + u": expect.class " + errorClass));
    }
}

void TestHostile::hostileCase_data()
{
    QTest::addColumn<QJsonObject>("hostile");
    for (const QJsonValue &c : cases())
        QTest::newRow(qPrintable(c[u"name"].toString())) << c.toObject();
}

CliRun TestHostile::runEngine(const HostileWorkspace &ws, const QJsonObject &fault)
{
    SyncEngine engine { Workspace(ws.directory()) };
    engine.setPageSize(fault[u"pageSize"].toInt(50));
    const QString map = fault[u"map"].toString();
    const QString file = ws.environmentFile(fault[u"side"].toString());
    bool struck = false;
    engine.setProgressHandler([&](const MapProgress &progress) {
        if (!struck && progress.map == map && progress.done > 0) {
            struck = true;
            QFile::remove(file);
        }
    });
    SyncRequest request;
    request.allMaps = true;
    SyncResult result;
    CliRun run;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!engine.run(request, &result, &error)) {
        run.exitCode = 2;
        run.output = error;
        return run;
    }
    run.ms = timer.elapsed();
    for (const MapRunResult &m : std::as_const(result.maps))
        run.output += m.error + u'\n';
    run.exitCode = result.anyMapFailed() ? 2 : result.failedRecords() > 0 ? 1 : 0;
    if (!struck)
        run.output += QStringLiteral("(the fault never struck)");
    return run;
}

void TestHostile::hostileCase()
{
    QFETCH(QJsonObject, hostile);
    const QJsonObject expect = hostile[u"expect"].toObject();
    const QJsonObject fault = hostile[u"fault"].toObject();
    const QString kind = fault[u"kind"].toString();
    const QString side = fault[u"side"].toString(QStringLiteral("finance"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HostileWorkspace ws(dir.path());
    QString error;
    QVERIFY2(ws.create(&error), qPrintable(error));

    // Set-up: the case's bad rows, maps (imported as an administrator would) and map file.
    const QJsonObject setup = hostile[u"setup"].toObject();
    for (const QString &s : { QStringLiteral("dataverse"), QStringLiteral("finance") }) {
        if (setup.contains(s))
            QVERIFY2(ws.runSql(s, toStringList(setup[s]).join(u'\n'), &error), qPrintable(error));
    }
    auto importMaps = [&](const QString &name) {
        QFile::remove(dir.filePath(QStringLiteral("import.json")));
        QFile::copy(
            QStringLiteral(DW_HOSTILE_DIR "/") + name, dir.filePath(QStringLiteral("import.json")));
        return runCli(ws,
            { QStringLiteral("maps"), QStringLiteral("import"),
                dir.filePath(QStringLiteral("import.json")) },
            60);
    };
    if (setup.contains(u"maps")) {
        const CliRun imported = importMaps(setup[u"maps"].toString());
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.output));
    }
    const QString mapFile = dir.filePath(QStringLiteral("hostile-maps.json"));
    if (hostile.contains(u"mapFile")) {
        QFile out(mapFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(readCorpusFile(hostile[u"mapFile"].toString()));
    }
    const QByteArray mapsBefore = ws.exportedMaps(&error);
    QVERIFY2(!mapsBefore.isEmpty(), qPrintable(error));
    QHash<QString, int> statusesBefore;
    QVERIFY2(ws.recordStatuses(&statusesBefore, &error), qPrintable(error));

    // The fault.
    const QString file = kind == QLatin1String("storeCorrupt")
        ? ws.path(QStringLiteral("workspace.db"))
        : ws.environmentFile(side);
    const QString backup = dir.filePath(QStringLiteral("backup.db"));
    if (!kind.isEmpty()) {
        if (kind == QLatin1String("storeCorrupt"))
            QVERIFY(QFile::copy(file, backup));
        else
            QVERIFY2(ws.backup(side, backup, &error), qPrintable(error));
    }
    std::unique_ptr<TestDb> lock;
    if (kind == QLatin1String("missing")) {
        QVERIFY(ws.restore(side, backup, &error)); // one file, no WAL beside it
        QVERIFY(QFile::remove(file));
    } else if (kind == QLatin1String("readonly")) {
        QVERIFY(ws.restore(side, backup, &error));
        if (!makeReadOnly(file, true))
            QSKIP("cannot make a file read-only for this user on this file system");
    } else if (kind == QLatin1String("locked") || kind == QLatin1String("lockedBriefly")) {
        // This process holds the write lock, as another program writing would.
        lock = std::make_unique<TestDb>(file);
        QVERIFY(lock->exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(lock->exec(QStringLiteral("UPDATE FinNote SET Body = Body")));
    } else if (kind == QLatin1String("lockedExclusive")) {
        // A rollback-journal database locked exclusively: not even readers get in.
        lock = std::make_unique<TestDb>(file);
        QVERIFY(lock->exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(lock->exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(lock->exec(QStringLiteral("UPDATE FinNote SET Body = Body")));
    } else if (kind == QLatin1String("corrupt") || kind == QLatin1String("storeCorrupt")) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QByteArray("This is not a database, whatever its name says.\n").repeated(200));
        QFile::remove(file + QStringLiteral("-wal"));
        QFile::remove(file + QStringLiteral("-shm"));
    } else if (kind == QLatin1String("truncated")) {
        QVERIFY(ws.restore(side, backup, &error));
        QFile out(file);
        QVERIFY(out.resize(out.size() / 2));
    } else {
        QVERIFY2(kind.isEmpty() || kind == QLatin1String("deletedMidRun"), qPrintable(kind));
    }

    // The command, in time.
    QStringList command = toStringList(hostile[u"command"]);
    command.replaceInStrings(QStringLiteral("$MAPS"), mapFile);
    const int timeout = expect[u"seconds"].toInt(60);
    CliRun run;
    if (kind == QLatin1String("deletedMidRun")) {
        run = runEngine(ws, fault);
    } else {
        run = runCli(ws, command, timeout, [&](qint64 elapsed) {
            if (kind == QLatin1String("lockedBriefly") && lock && elapsed > 1500)
                lock.reset(); // closing the connection rolls back and releases the lock
        });
    }
    lock.reset();
    // DW_HOSTILE_SHOW=1 prints what each case said, to judge the messages as a user would.
    if (qEnvironmentVariableIsSet("DW_HOSTILE_SHOW"))
        qInfo().noquote() << "exit" << run.exitCode << "in" << run.ms
                          << "ms:" << run.output.left(600);
    QVERIFY2(run.exitCode != -1, qPrintable(u"hung: " + run.output));
    QVERIFY2(run.exitCode != -2, qPrintable(u"crashed: " + run.output));
    QVERIFY2(run.exitCode == expect[u"exit"].toInt(),
        qPrintable(QStringLiteral("exit %1, expected %2: %3")
                       .arg(run.exitCode)
                       .arg(expect[u"exit"].toInt())
                       .arg(run.output)));
    for (const QString &fragment : toStringList(expect[u"message"]))
        QVERIFY2(run.output.contains(fragment),
            qPrintable(QStringLiteral("\"%1\" not in: %2").arg(fragment, run.output)));
    if (kind == QLatin1String("missing"))
        QVERIFY2(!QFile::exists(file), "a missing environment must not be created empty");

    // Undo what makes the state store or the environment unreadable to this test.
    if (kind == QLatin1String("readonly"))
        QVERIFY(makeReadOnly(file, false));
    if (kind == QLatin1String("storeCorrupt")) {
        QFile::remove(file);
        QVERIFY(QFile::copy(backup, file));
    }

    // The error class and the records: exactly the expected ones failed, with that class and
    // message; everything synced before and not expected to fail is still synced.
    const QString errorClass = expect[u"class"].toString();
    QHash<QString, QJsonObject> failed;
    QVERIFY2(ws.failedRecords(&failed, &error), qPrintable(error));
    QSet<QString> expectedFailed;
    const QJsonObject failedKeys = expect[u"failed"].toObject();
    for (auto it = failedKeys.begin(); it != failedKeys.end(); ++it) {
        for (const QString &key : toStringList(it.value()))
            expectedFailed.insert(it.key() + u'\t' + key);
    }
    QSet<QString> actualFailed(failed.keyBegin(), failed.keyEnd());
    QCOMPARE(actualFailed, expectedFailed);
    for (const QString &key : std::as_const(expectedFailed)) {
        if (qEnvironmentVariableIsSet("DW_HOSTILE_SHOW"))
            qInfo().noquote() << key << failed.value(key)[u"message"].toString().left(300);
        QCOMPARE(failed.value(key)[u"class"].toString(), errorClass);
        for (const QString &fragment : toStringList(expect[u"recordMessage"]))
            QVERIFY2(failed.value(key)[u"message"].toString().contains(fragment),
                qPrintable(failed.value(key)[u"message"].toString()));
    }
    if (errorClass == QLatin1String("configuration") || errorClass == QLatin1String("usage")
        || errorClass == QLatin1String("none")) {
        QVERIFY2(expectedFailed.isEmpty(), "records fail with a record error class");
    }
    if (expect.contains(u"mapError")) {
        QString status;
        QString reason;
        QVERIFY2(ws.mapStatus(expect[u"mapError"].toString(), &status, &reason, &error),
            qPrintable(error));
        QCOMPARE(status, QStringLiteral("error"));
        for (const QString &fragment : toStringList(expect[u"message"]))
            QVERIFY2(reason.contains(fragment), qPrintable(reason));
    }
    QHash<QString, int> statusesAfter;
    QVERIFY2(ws.recordStatuses(&statusesAfter, &error), qPrintable(error));
    for (auto it = statusesBefore.cbegin(); it != statusesBefore.cend(); ++it) {
        if (it.value() == 0 && !expectedFailed.contains(it.key()))
            QVERIFY2(statusesAfter.value(it.key(), -1) == 0,
                qPrintable(it.key() + u" no longer synced"));
    }
    // Maps the fault does not concern went on: their two sides agree right after the command.
    if (expect.contains(u"agree")) {
        QStringList differences;
        QVERIFY2(ws.compare(hostile[u"compare"].toArray(), toStringList(expect[u"agree"]),
                     &differences, &error),
            qPrintable(error));
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }
    // A refused map file (or any run) changes no map.
    if (!expect[u"mapsChange"].toBool())
        QCOMPARE(ws.exportedMaps(&error), mapsBefore);

    // The fault removed, a plain run completes and nothing is lost.
    if (kind == QLatin1String("missing") || kind == QLatin1String("corrupt")
        || kind == QLatin1String("truncated") || kind == QLatin1String("deletedMidRun"))
        QVERIFY2(ws.restore(side, backup, &error), qPrintable(error));
    const QJsonObject fix = hostile[u"fix"].toObject();
    for (const QString &s : { QStringLiteral("dataverse"), QStringLiteral("finance") }) {
        if (fix.contains(s))
            QVERIFY2(ws.runSql(s, toStringList(fix[s]).join(u'\n'), &error), qPrintable(error));
    }
    if (fix.contains(u"maps")) {
        const CliRun imported = importMaps(fix[u"maps"].toString());
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.output));
    }
    const CliRun plain = runCli(
        ws, { QStringLiteral("run"), QStringLiteral("--all"), QStringLiteral("--initial") }, 60);
    QVERIFY2(plain.exitCode == 0, qPrintable(u"the run after the fix: " + plain.output));
    QStringList differences;
    QVERIFY2(
        ws.compare(hostile[u"compare"].toArray(), {}, &differences, &error), qPrintable(error));
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    failed.clear();
    QVERIFY2(ws.failedRecords(&failed, &error), qPrintable(error));
    QVERIFY2(failed.isEmpty(), qPrintable(QStringList(failed.keys()).join(u", ")));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
