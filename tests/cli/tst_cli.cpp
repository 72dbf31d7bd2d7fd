#include "demoworkspace.h"
#include "tablemapjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

// Drives the real dwadmin-cli binary as a script would: arguments in, text and exit code out.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void missingWorkspaceIsAClearError();
    void demoCreateThenListMaps();
    void listsMapsAsJson();
    void linksNoGuiLibrary();
    void exportImportRoundTrip();
    void importCreatesAndVersionsMaps();
    void importRefusesBadFilesAndChangesNothing_data();
    void importRefusesBadFilesAndChangesNothing();
    void validateReportsUnknownColumns();
    void statusAndRecordsBeforeAnyRun();
    void messagesFollowTheLanguage();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(QStringLiteral(DW_BIN_DIR "/dwadmin-cli"), arguments);
        process.write(input);
        process.closeWriteChannel();
        Run result;
        if (!process.waitForFinished(60000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
    // "dwadmin-cli --workspace DIR ARGUMENTS..."
    static Run runIn(
        const QTemporaryDir &dir, const QStringList &arguments, const QByteArray &input = {})
    {
        return run(QStringList { QStringLiteral("--workspace"), dir.path() } + arguments, input);
    }
    static QByteArray exportedMaps(const QTemporaryDir &dir);
    // The maps a new demo workspace starts with: those of the built-in template.
    static int templateMapCount()
    {
        QList<dw::TableMap> maps;
        QString error;
        dw::TableMapJson::read(dw::DemoWorkspace::templateJson(), &maps, &error);
        return int(maps.size());
    }
    static QJsonObject withMap(const QJsonObject &file, const QString &name,
        const std::function<void(QJsonObject &)> &change);
};

void TestCli::versionAndHelp()
{
    const Run version = run({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith("dwadmin-cli " DW_VERSION), version.out.constData());
    const Run help = run({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--workspace DIR"));
    QVERIFY(help.out.contains("maps list"));
    QVERIFY(help.out.contains("Exit codes"));
}

void TestCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no command") << QStringList() << QByteArray("No command given");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") }
                                     << QByteArray("Unknown command \"frobnicate\"");
    QTest::newRow("maps without action")
        << QStringList { QStringLiteral("maps") } << QByteArray("needs an action");
    QTest::newRow("bad format") << QStringList { QStringLiteral("maps"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("xml") }
                                << QByteArray("Unknown format \"xml\"");
    QTest::newRow("workspace without value") << QStringList { QStringLiteral("maps"),
        QStringLiteral("list"), QStringLiteral("--workspace") }
                                             << QByteArray("--workspace needs a value");
    QTest::newRow("bad scale") << QStringList { QStringLiteral("demo"), QStringLiteral("create"),
        QStringLiteral("--scale"), QStringLiteral("-3") }
                               << QByteArray("--scale must be a whole number");
    QTest::newRow("export without file") << QStringList { QStringLiteral("maps"),
        QStringLiteral("export") } << QByteArray("\"maps export\" needs a file name");
    QTest::newRow("import with two files") << QStringList { QStringLiteral("maps"),
        QStringLiteral("import"), QStringLiteral("a.json"), QStringLiteral("b.json") }
                                           << QByteArray("Unexpected argument \"b.json\"");
    QTest::newRow("validate bad format") << QStringList { QStringLiteral("maps"),
        QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("csv") }
                                         << QByteArray("Unknown format \"csv\"");
    QTest::newRow("status bad format")
        << QStringList { QStringLiteral("status"), QStringLiteral("--format=csv") }
        << QByteArray("Unknown format \"csv\"");
    QTest::newRow("records bad status") << QStringList { QStringLiteral("records"),
        QStringLiteral("--status"), QStringLiteral("lost") }
                                        << QByteArray("Unknown status \"lost\"");
    QTest::newRow("records bad component") << QStringList { QStringLiteral("records"),
        QStringLiteral("--component"), QStringLiteral("payroll") }
                                           << QByteArray("Unknown component \"payroll\"");
    QTest::newRow("records bad format") << QStringList { QStringLiteral("records"),
        QStringLiteral("--format"), QStringLiteral("xml") }
                                        << QByteArray("Unknown format \"xml\"");
}

void TestCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    const Run result = run(QStringList { QStringLiteral("--workspace"), dir.path() } + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), result.err.constData());
}

void TestCli::missingWorkspaceIsAClearError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nowhere"));
    const Run result = run(
        { QStringLiteral("--workspace"), path, QStringLiteral("maps"), QStringLiteral("list") });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("No workspace at"), result.err.constData());
    QVERIFY(result.err.contains(path.toUtf8()));
}

void TestCli::demoCreateThenListMaps()
{
    QTemporaryDir dir;
    const Run create = run({ QStringLiteral("demo"), QStringLiteral("create"),
        QStringLiteral("--workspace"), dir.path() });
    QCOMPARE(create.exitCode, 0);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("workspace.db"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("dataverse.db"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("finance.db"))));

    const Run again = run({ QStringLiteral("--workspace"), dir.path(), QStringLiteral("demo"),
        QStringLiteral("create") });
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains("already holds a workspace"));

    const Run list = run({ QStringLiteral("--workspace"), dir.path(), QStringLiteral("maps"),
        QStringLiteral("list") });
    QCOMPARE(list.exitCode, 0);
    const QList<QByteArray> lines = list.out.trimmed().split('\n');
    QVERIFY(lines.constFirst().startsWith("NAME"));
    QVERIFY(list.out.contains("Projects V2"));
    QVERIFY(list.out.contains("Not running"));
}

void TestCli::listsMapsAsJson()
{
    QTemporaryDir dir;
    QCOMPARE(run({ QStringLiteral("--workspace"), dir.path(), QStringLiteral("demo"),
                     QStringLiteral("create") })
                 .exitCode,
        0);
    const Run list = run({ QStringLiteral("--workspace"), dir.path(), QStringLiteral("maps"),
        QStringLiteral("list"), QStringLiteral("--format=json") });
    QCOMPARE(list.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(list.out, &error);
    QVERIFY2(document.isArray(), qPrintable(error.errorString()));
    const QJsonArray maps = document.array();
    QVERIFY(maps.size() >= 4);
    QJsonObject projects;
    for (const QJsonValue &value : maps) {
        if (value[QLatin1String("name")].toString() == QLatin1String("Projects V2"))
            projects = value.toObject();
    }
    QCOMPARE(projects[QLatin1String("component")].toString(), QStringLiteral("setup"));
    QCOMPARE(projects[QLatin1String("direction")].toString(), QStringLiteral("<"));
    QCOMPARE(projects[QLatin1String("dataverseTable")].toString(), QStringLiteral("msdyn_project"));
    QCOMPARE(projects[QLatin1String("status")].toString(), QStringLiteral("notRunning"));
    QCOMPARE(projects[QLatin1String("failed")].toInt(), 0);
    QVERIFY(projects[QLatin1String("lastRun")].isNull());
}

void TestCli::linksNoGuiLibrary()
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), { QStringLiteral(DW_BIN_DIR "/dwadmin-cli") });
    QVERIFY(ldd.waitForFinished(30000));
    const QByteArray libraries = ldd.readAllStandardOutput();
    QVERIFY(libraries.contains("libQt6Core"));
    QVERIFY2(!libraries.contains("libQt6Gui"), libraries.constData());
    QVERIFY2(!libraries.contains("libQt6Widgets"), libraries.constData());
}

QByteArray TestCli::exportedMaps(const QTemporaryDir &dir)
{
    const Run exported
        = runIn(dir, { QStringLiteral("maps"), QStringLiteral("export"), QStringLiteral("-") });
    return exported.exitCode == 0 ? exported.out : QByteArray();
}

// The file with `change` applied to the map called `name`.
QJsonObject TestCli::withMap(
    const QJsonObject &file, const QString &name, const std::function<void(QJsonObject &)> &change)
{
    QJsonArray maps = file[QLatin1String("maps")].toArray();
    for (qsizetype i = 0; i < maps.size(); ++i) {
        QJsonObject map = maps.at(i).toObject();
        if (map[QLatin1String("name")].toString() == name) {
            change(map);
            maps[i] = map;
        }
    }
    QJsonObject result = file;
    result[QLatin1String("maps")] = maps;
    return result;
}

void TestCli::exportImportRoundTrip()
{
    QTemporaryDir dir;
    QCOMPARE(runIn(dir, { QStringLiteral("demo"), QStringLiteral("create") }).exitCode, 0);
    const QString file = dir.filePath(QStringLiteral("maps.json"));
    const Run exported = runIn(dir, { QStringLiteral("maps"), QStringLiteral("export"), file });
    QCOMPARE(exported.exitCode, 0);
    const int count = templateMapCount();
    QVERIFY2(exported.out.contains(QStringLiteral("Exported %1 map(s)").arg(count).toUtf8()),
        exported.out.constData());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray json = written.readAll();
    QCOMPARE(exportedMaps(dir), json); // "-" writes the same document to standard output
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root[QLatin1String("format")].toString(), QStringLiteral("dwadmin-maps/1"));
    QCOMPARE(root[QLatin1String("maps")].toArray().size(), count);

    const Run imported = runIn(dir, { QStringLiteral("maps"), QStringLiteral("import"), file });
    QCOMPARE(imported.exitCode, 0);
    const QList<QByteArray> lines = imported.out.trimmed().split('\n');
    QCOMPARE(lines.size(), count);
    for (const QByteArray &line : lines)
        QVERIFY2(line.endsWith(": unchanged"), line.constData());
    QVERIFY(lines.contains("Projects V2: unchanged"));
    // Standard input works the same way.
    const Run piped = runIn(
        dir, { QStringLiteral("maps"), QStringLiteral("import"), QStringLiteral("-") }, json);
    QCOMPARE(piped.exitCode, 0);
    QCOMPARE(piped.out, imported.out);
    QCOMPARE(exportedMaps(dir), json);
}

void TestCli::importCreatesAndVersionsMaps()
{
    QTemporaryDir dir;
    QCOMPARE(runIn(dir, { QStringLiteral("demo"), QStringLiteral("create") }).exitCode, 0);
    QJsonObject file = QJsonDocument::fromJson(exportedMaps(dir)).object();
    file = withMap(file, QStringLiteral("Projects V2"), [](QJsonObject &map) {
        map[QLatin1String("description")] = QStringLiteral("Subject goes both ways");
        QJsonArray fields = map[QLatin1String("fields")].toArray();
        QJsonObject field = fields.at(0).toObject();
        field[QLatin1String("direction")] = QStringLiteral("=");
        fields[0] = field;
        map[QLatin1String("fields")] = fields;
    });
    QJsonArray maps = file[QLatin1String("maps")].toArray();
    QJsonObject copy = maps.at(0).toObject();
    copy[QLatin1String("name")] = QStringLiteral("Legal entities (copy)");
    copy[QLatin1String("version")] = QStringLiteral("2.0.0.0");
    maps.append(copy);
    file[QLatin1String("maps")] = maps;

    const Run imported
        = runIn(dir, { QStringLiteral("maps"), QStringLiteral("import"), QStringLiteral("-") },
            QJsonDocument(file).toJson());
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains("Projects V2: new version 1.0.0."), imported.out.constData());
    QVERIFY2(imported.out.contains("Legal entities (copy): created, version 2.0.0.0"),
        imported.out.constData());
    QVERIFY2(imported.out.contains("Project tasks: unchanged"), imported.out.constData());
    const Run list = runIn(
        dir, { QStringLiteral("maps"), QStringLiteral("list"), QStringLiteral("--format=json") });
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), templateMapCount() + 1);
}

void TestCli::importRefusesBadFilesAndChangesNothing_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown key") << QStringLiteral("unknownKey")
                                 << QByteArray("colour: unknown key");
    QTest::newRow("not json") << QStringLiteral("notJson") << QByteArray("Not valid JSON");
    QTest::newRow("cycle") << QStringLiteral("cycle") << QByteArray("DW502");
    QTest::newRow("missing dependency")
        << QStringLiteral("missingDependency") << QByteArray("DW501");
}

void TestCli::importRefusesBadFilesAndChangesNothing()
{
    QFETCH(QString, problem);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    QCOMPARE(runIn(dir, { QStringLiteral("demo"), QStringLiteral("create") }).exitCode, 0);
    const QByteArray before = exportedMaps(dir);
    QVERIFY(!before.isEmpty());
    QJsonObject file = QJsonDocument::fromJson(before).object();
    // Every bad file also carries a good change and a good new map: neither may be saved.
    file = withMap(file, QStringLiteral("Projects V2"),
        [](QJsonObject &map) { map[QLatin1String("version")] = QStringLiteral("9.9.9.9"); });
    QJsonArray maps = file[QLatin1String("maps")].toArray();
    QJsonObject extra = maps.at(0).toObject();
    extra[QLatin1String("name")] = QStringLiteral("Extra");
    maps.append(extra);
    file[QLatin1String("maps")] = maps;
    if (problem == QLatin1String("unknownKey")) {
        file = withMap(file, QStringLiteral("Extra"),
            [](QJsonObject &map) { map[QLatin1String("colour")] = QStringLiteral("red"); });
    } else if (problem == QLatin1String("cycle")) {
        // Projects V2 depends on Legal entities already.
        file = withMap(file, QStringLiteral("Legal entities"), [](QJsonObject &map) {
            map[QLatin1String("dependsOn")] = QJsonArray { QStringLiteral("Projects V2") };
        });
    } else if (problem == QLatin1String("missingDependency")) {
        file = withMap(file, QStringLiteral("Extra"), [](QJsonObject &map) {
            map[QLatin1String("dependsOn")] = QJsonArray { QStringLiteral("Nowhere") };
        });
    }
    QByteArray json = QJsonDocument(file).toJson();
    if (problem == QLatin1String("notJson"))
        json.chop(json.size() / 2);
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();

    const Run imported = runIn(dir, { QStringLiteral("maps"), QStringLiteral("import"), path });
    QCOMPARE(imported.exitCode, 2);
    QVERIFY2(imported.err.contains(message), imported.err.constData());
    QVERIFY2(imported.err.contains("Nothing was imported."), imported.err.constData());
    QVERIFY(imported.out.isEmpty());
    QCOMPARE(exportedMaps(dir), before);
}

void TestCli::validateReportsUnknownColumns()
{
    QTemporaryDir dir;
    QCOMPARE(runIn(dir, { QStringLiteral("demo"), QStringLiteral("create") }).exitCode, 0);
    const Run valid = runIn(dir, { QStringLiteral("maps"), QStringLiteral("validate") });
    QCOMPARE(valid.exitCode, 0);
    QVERIFY2(valid.out.contains(
                 QStringLiteral("All %1 map(s) are valid.").arg(templateMapCount()).toUtf8()),
        valid.out.constData());

    QJsonObject file = QJsonDocument::fromJson(exportedMaps(dir)).object();
    file = withMap(file, QStringLiteral("Projects V2"), [](QJsonObject &map) {
        QJsonArray fields = map[QLatin1String("fields")].toArray();
        QJsonObject field = fields.at(1).toObject();
        field[QLatin1String("dataverse")] = QStringLiteral("msdyn_nosuchcolumn");
        fields[1] = field;
        map[QLatin1String("fields")] = fields;
    });
    QCOMPARE(runIn(dir, { QStringLiteral("maps"), QStringLiteral("import"), QStringLiteral("-") },
                 QJsonDocument(file).toJson())
                 .exitCode,
        0);

    const Run broken = runIn(dir, { QStringLiteral("maps"), QStringLiteral("validate") });
    QCOMPARE(broken.exitCode, 2);
    const QList<QByteArray> lines = broken.out.split('\n');
    QVERIFY2(lines.size() >= 2 && lines.at(1).startsWith("DW202  Projects V2  "),
        broken.out.constData());
    QVERIFY(lines.at(1).contains("msdyn_nosuchcolumn"));

    const Run json = runIn(dir,
        { QStringLiteral("maps"), QStringLiteral("validate"), QStringLiteral("--format"),
            QStringLiteral("json") });
    QCOMPARE(json.exitCode, 2);
    const QJsonArray issues = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(issues.size(), 1);
    const QJsonObject issue = issues.at(0).toObject();
    QCOMPARE(issue[QLatin1String("map")].toString(), QStringLiteral("Projects V2"));
    QCOMPARE(issue[QLatin1String("code")].toString(), QStringLiteral("DW202"));
    QCOMPARE(issue[QLatin1String("field")].toInt(-1), 1);
    QVERIFY(issue[QLatin1String("key")].isNull());
    QCOMPARE(issue[QLatin1String("side")].toString(), QStringLiteral("dataverse"));
    QVERIFY(
        issue[QLatin1String("message")].toString().contains(QLatin1String("msdyn_nosuchcolumn")));

    const Run other = runIn(dir,
        { QStringLiteral("maps"), QStringLiteral("validate"), QStringLiteral("--map"),
            QStringLiteral("Legal entities") });
    QCOMPARE(other.exitCode, 0);
    QVERIFY2(other.out.contains("All 1 map(s) are valid."), other.out.constData());
    const Run unknown = runIn(dir,
        { QStringLiteral("maps"), QStringLiteral("validate"), QStringLiteral("--map"),
            QStringLiteral("Nowhere") });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("There is no map named \"Nowhere\""), unknown.err.constData());
}

void TestCli::statusAndRecordsBeforeAnyRun()
{
    QTemporaryDir dir;
    QCOMPARE(runIn(dir, { QStringLiteral("demo"), QStringLiteral("create") }).exitCode, 0);
    const Run status = runIn(dir, { QStringLiteral("status"), QStringLiteral("--format=json") });
    QCOMPARE(status.exitCode, 0);
    const QJsonArray maps
        = QJsonDocument::fromJson(status.out).object()[QLatin1String("maps")].toArray();
    QCOMPARE(maps.size(), templateMapCount());
    for (const QJsonValue &map : maps) {
        QVERIFY(map[QLatin1String("lastRun")].isNull());
        QCOMPARE(map[QLatin1String("status")].toString(), QStringLiteral("notRunning"));
        QCOMPARE(map[QLatin1String("resumable")].toBool(true), false);
        const QJsonObject records = map[QLatin1String("records")].toObject();
        QCOMPARE(records.keys(),
            (QStringList { QStringLiteral("conflict"), QStringLiteral("failed"),
                QStringLiteral("pending"), QStringLiteral("skipped"), QStringLiteral("synced") }));
        for (const QJsonValue &count : records)
            QCOMPARE(count.toInteger(-1), 0);
    }
    const Run json = runIn(dir, { QStringLiteral("records"), QStringLiteral("--format=json") });
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.out, QByteArray("[]\n"));
    const Run csv = runIn(dir, { QStringLiteral("records"), QStringLiteral("--format=csv") });
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(
        csv.out, QByteArray("map,key,status,direction,errorClass,error,attempts,lastAttempt\r\n"));
    const Run table = runIn(dir, { QStringLiteral("records") });
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.startsWith("MAP  KEY  STATUS"), table.out.constData());
    QCOMPARE(table.out.count('\n'), 1);
}

void TestCli::messagesFollowTheLanguage()
{
    QTemporaryDir dir;
    const QString nowhere = dir.filePath(QStringLiteral("nowhere"));
    const QStringList listMaps { QStringLiteral("--workspace"), nowhere, QStringLiteral("maps"),
        QStringLiteral("list") };
    const Run english = run(listMaps);
    QVERIFY(english.err.startsWith("No workspace at"));

    // --lang picks the language of the messages.
    const Run french
        = run(QStringList { QStringLiteral("--lang"), QStringLiteral("fr") } + listMaps);
    QCOMPARE(french.exitCode, 2);
    QVERIFY(french.err.contains(nowhere.toUtf8()));
    QVERIFY2(!french.err.contains("No workspace"), french.err.constData());
    QVERIFY2(french.err.startsWith("Aucun espace de travail"), french.err.constData());

    // Without it, the locale does: LC_MESSAGES when LC_ALL is not set.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LC_ALL"));
    environment.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("ru_RU.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DW_BIN_DIR "/dwadmin-cli"), listMaps);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QString russian = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(russian.startsWith(QStringLiteral("Рабочая область")), qPrintable(russian));

    // Machine formats read the same in every language.
    QCOMPARE(run({ QStringLiteral("--workspace"), dir.path(), QStringLiteral("demo"),
                     QStringLiteral("create") })
                 .exitCode,
        0);
    const QStringList json { QStringLiteral("--workspace"), dir.path(), QStringLiteral("status"),
        QStringLiteral("--format"), QStringLiteral("json") };
    const Run plain = run(json);
    QCOMPARE(plain.exitCode, 0);
    for (const QString &code : { QStringLiteral("ru"), QStringLiteral("sl") }) {
        const Run translated = run(QStringList { QStringLiteral("--lang"), code } + json);
        QCOMPARE(translated.exitCode, 0);
        QCOMPARE(translated.out, plain.out);
    }

    const Run unknown
        = run(QStringList { QStringLiteral("--lang"), QStringLiteral("xx") } + listMaps);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("Unknown language \"xx\""), unknown.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
