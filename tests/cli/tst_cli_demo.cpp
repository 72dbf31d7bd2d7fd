#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// "cdm show", "demo create --scale" and "demo simulate" of dwadmin-cli, driven as scripts do.
class TestCliDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cdmShowPrintsTheTableOfAnEntity();
    void cdmShowJsonIsWhatGenerateSchemasReads();
    void cdmShowRefusesAMalformedFile();
    void simulateRunsForSecondsAndSaysWhatItChanged();
    void simulateStopsOnSigterm();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(DW_BIN_DIR "/dwadmin-cli"), arguments);
        Run result;
        if (!process.waitForFinished(60000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
    Run runIn(const QStringList &arguments) const
    {
        return run(QStringList { QStringLiteral("--workspace"), m_dir.path() } + arguments);
    }
    qint64 actuals() const
    {
        qint64 count = -1;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("c"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("dataverse.db")));
            QSqlQuery query(db);
            if (db.open() && query.exec(QStringLiteral("SELECT COUNT(*) FROM msdyn_actual"))
                && query.next())
                count = query.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("c"));
        return count;
    }
    static QString cdmFile(const char *name)
    {
        return QStringLiteral(DW_SHARED_DIR "/cdm/") + QLatin1String(name);
    }

    QTemporaryDir m_dir;
};

void TestCliDemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Run create = runIn({ QStringLiteral("demo"), QStringLiteral("create"),
        QStringLiteral("--scale"), QStringLiteral("1") });
    QCOMPARE(create.exitCode, 0);
    QVERIFY(create.out.contains("scale 1"));
}

void TestCliDemo::cdmShowPrintsTheTableOfAnEntity()
{
    if (!QFile::exists(cdmFile("dataverse/Actual.cdm.json")))
        QSKIP("CDM reference documents not found beside the project (../shared/cdm)");
    const Run shown = run(
        { QStringLiteral("cdm"), QStringLiteral("show"), cdmFile("dataverse/Actual.cdm.json") });
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.startsWith("Entity Actual → table msdyn_actual"), shown.out.constData());
    QVERIFY(shown.out.contains("Primary key: msdyn_actualid"));
    QVERIFY(shown.out.contains("COLUMN"));
    // One line per column, lookups with their table.
    QVERIFY(shown.out.contains("msdyn_project "));
    QVERIFY(shown.out.contains(" msdyn_project\n") || shown.out.contains(" msdyn_project "));
}

void TestCliDemo::cdmShowJsonIsWhatGenerateSchemasReads()
{
    if (!QFile::exists(cdmFile("finance/ProjCDSTaskEntity.cdm.json")))
        QSKIP("CDM reference documents not found beside the project (../shared/cdm)");
    const Run shown = run({ QStringLiteral("cdm"), QStringLiteral("show"),
        QStringLiteral("--format"), QStringLiteral("json"), cdmFile("dataverse/Actual.cdm.json") });
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject table = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(table[QLatin1String("entity")].toString(), QStringLiteral("Actual"));
    QCOMPARE(table[QLatin1String("table")].toString(), QStringLiteral("msdyn_actual"));
    QCOMPARE(table[QLatin1String("primaryKey")].toArray(),
        QJsonArray { QStringLiteral("msdyn_actualid") });
    bool project = false;
    for (const QJsonValue &column : table[QLatin1String("columns")].toArray()) {
        for (const char *key : { "name", "type", "nullable", "lookup" })
            QVERIFY2(column.toObject().contains(QLatin1String(key)), key);
        if (column[QLatin1String("name")].toString() == QLatin1String("msdyn_project")) {
            project = true;
            QCOMPARE(column[QLatin1String("type")].toString(), QStringLiteral("guid"));
            QCOMPARE(column[QLatin1String("lookup")].toString(), QStringLiteral("msdyn_project"));
        }
        if (column[QLatin1String("name")].toString() == QLatin1String("msdyn_description"))
            QVERIFY(column[QLatin1String("lookup")].isNull());
    }
    QVERIFY(project);
    const Run finance = run({ QStringLiteral("cdm"), QStringLiteral("show"),
        QStringLiteral("--format=json"), cdmFile("finance/ProjCDSTaskEntity.cdm.json") });
    QCOMPARE(finance.exitCode, 0);
    const QJsonObject task = QJsonDocument::fromJson(finance.out).object();
    QCOMPARE(task[QLatin1String("table")].toString(), QStringLiteral("ProjCDSTaskEntity"));
    QCOMPARE(task[QLatin1String("columns")].toArray().size(), 5);
}

void TestCliDemo::cdmShowRefusesAMalformedFile()
{
    const QString bad = m_dir.filePath(QStringLiteral("Broken.cdm.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"definitions\": [{\"entityName\": \"Thing\", \"hasAttributes\": [\n");
    file.close();
    const Run shown = run({ QStringLiteral("cdm"), QStringLiteral("show"), bad });
    QCOMPARE(shown.exitCode, 2);
    QVERIFY(shown.out.isEmpty());
    QVERIFY2(shown.err.contains("not valid JSON at line 2"), shown.err.constData());
    QVERIFY(shown.err.contains(bad.toUtf8()));
    const Run missing = run({ QStringLiteral("cdm"), QStringLiteral("show"),
        m_dir.filePath(QStringLiteral("nowhere.cdm.json")) });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("Cannot read"), missing.err.constData());
    QCOMPARE(run({ QStringLiteral("cdm"), QStringLiteral("show") }).exitCode, 2);
    QCOMPARE(run({ QStringLiteral("cdm"), QStringLiteral("list") }).exitCode, 2);
}

void TestCliDemo::simulateRunsForSecondsAndSaysWhatItChanged()
{
    const qint64 before = actuals();
    const Run simulated = runIn({ QStringLiteral("demo"), QStringLiteral("simulate"),
        QStringLiteral("--seconds"), QStringLiteral("2") });
    QCOMPARE(simulated.exitCode, 0);
    const QString out = QString::fromUtf8(simulated.out);
    for (const char *kind :
        { "time approved: ", "proforma invoices confirmed: ", "expense reports posted: ",
            "vendor invoices posted: ", "integration journals posted: " })
        QVERIFY2(out.contains(QLatin1String(kind)), qPrintable(out));
    // The actuals the report counts are there.
    const QRegularExpression time(QStringLiteral("time approved: \\d+ \\((\\d+) actuals\\)"));
    const QRegularExpression billed(QStringLiteral("confirmed: \\d+ \\((\\d+) actuals\\)"));
    const qint64 created
        = time.match(out).captured(1).toLongLong() + billed.match(out).captured(1).toLongLong();
    QVERIFY(created > 0);
    QCOMPARE(actuals() - before, created);
    QCOMPARE(runIn({ QStringLiteral("demo"), QStringLiteral("simulate"),
                       QStringLiteral("--seconds"), QStringLiteral("soon") })
                 .exitCode,
        2);
}

void TestCliDemo::simulateStopsOnSigterm()
{
    QProcess process;
    process.start(QStringLiteral(DW_BIN_DIR "/dwadmin-cli"),
        { QStringLiteral("--workspace"), m_dir.path(), QStringLiteral("demo"),
            QStringLiteral("simulate") });
    QVERIFY(process.waitForStarted());
    QByteArray out;
    while (!out.contains("stop with Ctrl+C") && process.waitForReadyRead(10000))
        out += process.readAllStandardOutput();
    QVERIFY2(out.contains("stop with Ctrl+C"), out.constData());
    QTest::qWait(1000);
    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(2000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    out += process.readAllStandardOutput();
    QVERIFY2(out.contains("time approved: "), out.constData());
}

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_cli_demo.moc"
