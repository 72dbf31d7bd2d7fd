#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
