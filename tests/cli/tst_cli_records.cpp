#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// "status" and "records" of dwadmin-cli over a demo workspace that ran an initial sync with
// two planted failures: a project whose state has no entry in the value map, and a task whose
// project does not exist (so its Finance key cannot be computed and it is filed provisionally).
class TestCliRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusJsonCountsEveryRecord();
    void statusTableListsEveryMap();
    void statusShowsAnInterruptedSyncAsResumable();
    void recordsJsonShowsThePlantedFailure();
    void recordsJsonNamesProvisionalKeysBySourceFields();
    void recordsCsvQuotesMessages();
    void recordsFiltersByStatusMapAndComponent();
    void recordsTableCutsLongErrors();
    void unknownFiltersExitWithTwo_data();
    void unknownFiltersExitWithTwo();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments) const
    {
        QProcess process;
        process.start(QStringLiteral(DW_BIN_DIR "/dwadmin-cli"),
            QStringList { QStringLiteral("--workspace"), m_dir.path() } + arguments);
        Run result;
        if (!process.waitForFinished(120000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
    QJsonArray records(const QStringList &arguments) const;
    // Runs `sql` on one of the workspace's SQLite files and returns the first column of the
    // first row.
    QVariant sqlValue(const QString &file, const QString &sql) const;
    static QList<QStringList> parseCsv(const QByteArray &csv, QString *error);
    // These tests count on four setup maps of the demo template and their two planted failures:
    // the template's other maps (with demo failures of their own, see tst_podemo) are removed
    // and the four are made independent of them.
    void keepOnlyFourSetupMaps();

    QTemporaryDir m_dir;
    QString m_failedProject; // ProjectID of the project with statecode 7
    QString m_orphanProject = QStringLiteral("00000000-dead-beef-0000-000000000000");
    QString m_orphanTaskWbs;
};

QVariant TestCliRecords::sqlValue(const QString &file, const QString &sql) const
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(m_dir.filePath(file));
        QSqlQuery query(db);
        if (db.open() && query.exec(sql) && query.next())
            value = query.value(0);
        else if (query.lastError().isValid())
            qWarning() << sql << query.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    return value;
}

QJsonArray TestCliRecords::records(const QStringList &arguments) const
{
    const Run result = run(QStringList { QStringLiteral("records"), QStringLiteral("--format"),
                               QStringLiteral("json") }
        + arguments);
    if (result.exitCode != 0)
        qWarning() << result.err;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (!document.isArray())
        qWarning() << error.errorString() << result.out.left(200);
    return document.array();
}

QList<QStringList> TestCliRecords::parseCsv(const QByteArray &bytes, QString *error)
{
    // RFC 4180: CRLF between records; a field with a comma, quote or line break is quoted
    // and its quotes doubled.
    const QString csv = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < csv.size() && csv.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < csv.size() && csv.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else if (c == u'"' || c == u'\n' || c == u'\r') {
            *error = QStringLiteral("unquoted %1 at %2").arg(c).arg(i);
            return {};
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *error = QStringLiteral("the last record does not end with CRLF");
    return rows;
}

void TestCliRecords::keepOnlyFourSetupMaps()
{
    const QStringList kept { QStringLiteral("Legal entities"),
        QStringLiteral("Project transaction categories"), QStringLiteral("Projects V2"),
        QStringLiteral("Project tasks") };
    const QString path = m_dir.filePath(QStringLiteral("four-maps.json"));
    QCOMPARE(run({ QStringLiteral("maps"), QStringLiteral("export"), path }).exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray maps;
    for (const QJsonValue &value : root[QLatin1String("maps")].toArray()) {
        QJsonObject map = value.toObject();
        if (!kept.contains(map[QLatin1String("name")].toString()))
            continue;
        QJsonArray dependencies;
        for (const QJsonValue &dependency : map[QLatin1String("dependsOn")].toArray()) {
            if (kept.contains(dependency.toString()))
                dependencies.append(dependency);
        }
        map[QLatin1String("dependsOn")] = dependencies;
        maps.append(map);
    }
    QCOMPARE(maps.size(), kept.size());
    root[QLatin1String("maps")] = maps;
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();
    const QString others = QStringLiteral("SELECT id FROM maps WHERE name NOT IN ('%1')")
                               .arg(kept.join(QLatin1String("', '")));
    sqlValue(QStringLiteral("workspace.db"),
        QStringLiteral("DELETE FROM map_versions WHERE map_id IN (%1)").arg(others));
    sqlValue(QStringLiteral("workspace.db"),
        QStringLiteral("DELETE FROM maps WHERE id IN (%1)").arg(others));
    QCOMPARE(run({ QStringLiteral("maps"), QStringLiteral("import"), path }).exitCode, 0);
    QCOMPARE(sqlValue(QStringLiteral("workspace.db"), QStringLiteral("SELECT COUNT(*) FROM maps"))
                 .toInt(),
        4);
}

void TestCliRecords::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("create") }).exitCode, 0);
    keepOnlyFourSetupMaps();
    m_failedProject = sqlValue(QStringLiteral("dataverse.db"),
        QStringLiteral("SELECT MIN(msdyn_projectnumber) FROM msdyn_project"))
                          .toString();
    QVERIFY(!m_failedProject.isEmpty());
    m_orphanTaskWbs = sqlValue(QStringLiteral("dataverse.db"),
        QStringLiteral("SELECT msdyn_wbsid FROM msdyn_projecttask ORDER BY rowid LIMIT 1"))
                          .toString();
    // "Projects V2" maps statecode 0 and 1 only; the demo connection does not enforce
    // foreign keys, so a task can point at a project that does not exist.
    sqlValue(QStringLiteral("dataverse.db"),
        QStringLiteral("UPDATE msdyn_project SET statecode = 7 WHERE msdyn_projectnumber = '%1'")
            .arg(m_failedProject));
    sqlValue(QStringLiteral("dataverse.db"),
        QStringLiteral("UPDATE msdyn_projecttask SET msdyn_project = '%1' WHERE rowid ="
                       " (SELECT MIN(rowid) FROM msdyn_projecttask)")
            .arg(m_orphanProject));
    const Run sync
        = run({ QStringLiteral("run"), QStringLiteral("--all"), QStringLiteral("--initial") });
    QCOMPARE(sync.exitCode, 1); // some records failed
    QVERIFY2(sync.out.contains("2 record(s) failed"), sync.out.constData());
}

void TestCliRecords::statusJsonCountsEveryRecord()
{
    const Run status
        = run({ QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(status.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(root[QLatin1String("workspace")].toString(), m_dir.path());
    const QJsonArray maps = root[QLatin1String("maps")].toArray();
    QCOMPARE(maps.size(), 4);
    // Each map's source rows, as the maps' filters select them.
    const QHash<QString, QString> sourceRows {
        { QStringLiteral("Legal entities"), QStringLiteral("SELECT COUNT(*) FROM cdm_company") },
        { QStringLiteral("Project transaction categories"),
            QStringLiteral("SELECT COUNT(*) FROM msdyn_transactioncategory WHERE statecode = 0") },
        { QStringLiteral("Projects V2"), QStringLiteral("SELECT COUNT(*) FROM msdyn_project") },
        { QStringLiteral("Project tasks"),
            QStringLiteral("SELECT COUNT(*) FROM msdyn_projecttask") },
    };
    for (const QJsonValue &value : maps) {
        const QJsonObject map = value.toObject();
        const QString name = map[QLatin1String("name")].toString();
        QVERIFY2(sourceRows.contains(name), qPrintable(name));
        const QJsonObject counts = map[QLatin1String("records")].toObject();
        QCOMPARE(counts.size(), 5);
        qint64 total = 0;
        for (const QJsonValue &count : counts)
            total += count.toInteger();
        const qint64 rows
            = sqlValue(QStringLiteral("dataverse.db"), sourceRows.value(name)).toLongLong();
        QVERIFY(rows > 0);
        QCOMPARE(total, rows);
        const bool planted
            = name == QLatin1String("Projects V2") || name == QLatin1String("Project tasks");
        QCOMPARE(counts[QLatin1String("failed")].toInteger(), planted ? 1 : 0);
        QCOMPARE(counts[QLatin1String("synced")].toInteger(), planted ? rows - 1 : rows);
        QCOMPARE(map[QLatin1String("component")].toString(), QStringLiteral("setup"));
        QVERIFY(!map[QLatin1String("status")].toString().isEmpty());
        const QJsonObject lastRun = map[QLatin1String("lastRun")].toObject();
        QCOMPARE(lastRun[QLatin1String("id")].toInteger(), 1);
        QCOMPARE(lastRun[QLatin1String("outcome")].toString(), QStringLiteral("completed"));
        QVERIFY(lastRun[QLatin1String("startedAt")].toString().endsWith(u'Z'));
        QVERIFY(lastRun[QLatin1String("finishedAt")].toString().endsWith(u'Z'));
        QCOMPARE(map[QLatin1String("resumable")].toBool(true), false);
    }
}

void TestCliRecords::statusTableListsEveryMap()
{
    const Run status = run({ QStringLiteral("status") });
    QCOMPARE(status.exitCode, 0);
    const QList<QByteArray> lines = status.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 6); // workspace line, header, four maps
    QVERIFY(lines.at(0).contains(m_dir.path().toUtf8()));
    QVERIFY(lines.at(1).startsWith("NAME"));
    QVERIFY(lines.at(1).contains("FAILED"));
    const QStringList columns
        = QString::fromUtf8(lines.at(5)).split(QRegularExpression(QStringLiteral("\\s{2,}")));
    QVERIFY2(columns.size() >= 11, lines.at(5).constData());
    QCOMPARE(columns.at(0), QStringLiteral("Projects V2"));
    QCOMPARE(columns.at(3), QStringLiteral("49")); // synced
    QCOMPARE(columns.at(4), QStringLiteral("1")); // failed
    QCOMPARE(columns.at(8), QStringLiteral("0")); // queued: not running, nothing captured
    QCOMPARE(columns.at(10), QStringLiteral("Completed"));
}

void TestCliRecords::statusShowsAnInterruptedSyncAsResumable()
{
    // What a killed initial sync leaves behind: the checkpoint of its last committed batch.
    sqlValue(QStringLiteral("workspace.db"),
        QStringLiteral("INSERT INTO sync_checkpoints (map_id, run_id, source_side, cursor,"
                       " updated_at) SELECT id, 1, 'dataverse', 'x', 1 FROM maps"
                       " WHERE name = 'Project tasks'"));
    auto restore = qScopeGuard([this] {
        sqlValue(QStringLiteral("workspace.db"), QStringLiteral("DELETE FROM sync_checkpoints"));
    });
    const Run status
        = run({ QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(status.exitCode, 0);
    const QJsonArray maps
        = QJsonDocument::fromJson(status.out).object()[QLatin1String("maps")].toArray();
    QCOMPARE(maps.size(), 4);
    for (const QJsonValue &map : maps) {
        QCOMPARE(map[QLatin1String("resumable")].toBool(),
            map[QLatin1String("name")].toString() == QLatin1String("Project tasks"));
    }
}

void TestCliRecords::recordsJsonShowsThePlantedFailure()
{
    const QJsonArray failed = records({ QStringLiteral("--map"), QStringLiteral("Projects V2"),
        QStringLiteral("--status"), QStringLiteral("failed") });
    QCOMPARE(failed.size(), 1);
    const QJsonObject record = failed.at(0).toObject();
    QCOMPARE(record[QLatin1String("map")].toString(), QStringLiteral("Projects V2"));
    QCOMPARE(record[QLatin1String("key")].toObject(),
        (QJsonObject { { QStringLiteral("ProjectID"), m_failedProject } }));
    QCOMPARE(record[QLatin1String("status")].toString(), QStringLiteral("failed"));
    QCOMPARE(record[QLatin1String("direction")].toString(), QStringLiteral("finance"));
    QCOMPARE(record[QLatin1String("errorClass")].toString(), QStringLiteral("validation"));
    const QString error = record[QLatin1String("error")].toString();
    QVERIFY2(error.contains(QLatin1String("no entry in the value map")), qPrintable(error));
    QVERIFY2(error.contains(m_failedProject), qPrintable(error));
    QCOMPARE(record[QLatin1String("attempts")].toInt(), 1);
    QVERIFY(!record.contains(QLatin1String("provisional")));

    const QJsonArray synced = records({ QStringLiteral("--map"), QStringLiteral("Projects V2"),
        QStringLiteral("--status"), QStringLiteral("synced") });
    QCOMPARE(synced.size(), 49);
    const QJsonObject first = synced.at(0).toObject();
    QVERIFY(first[QLatin1String("errorClass")].isNull());
    QVERIFY(first[QLatin1String("error")].isNull());
    QCOMPARE(
        first[QLatin1String("key")].toObject().keys(), QStringList { QStringLiteral("ProjectID") });
}

void TestCliRecords::recordsJsonNamesProvisionalKeysBySourceFields()
{
    const QJsonArray failed = records({ QStringLiteral("--map"), QStringLiteral("Project tasks"),
        QStringLiteral("--status"), QStringLiteral("failed") });
    QCOMPARE(failed.size(), 1);
    const QJsonObject record = failed.at(0).toObject();
    QCOMPARE(record[QLatin1String("provisional")].toBool(), true);
    // The Dataverse side's key fields: the Finance key could not be computed.
    const QJsonObject expected { { QStringLiteral("msdyn_project"), m_orphanProject },
        { QStringLiteral("msdyn_wbsid"), m_orphanTaskWbs } };
    QCOMPARE(record[QLatin1String("key")].toObject(), expected);
    QVERIFY(record[QLatin1String("error")].toString().contains(m_orphanProject));
    // Computed keys of the same map use Finance's field names.
    const QJsonArray synced = records({ QStringLiteral("--map"), QStringLiteral("Project tasks"),
        QStringLiteral("--status"), QStringLiteral("synced") });
    QVERIFY(!synced.isEmpty());
    QCOMPARE(synced.at(0)[QLatin1String("key")].toObject().keys(),
        (QStringList { QStringLiteral("ProjectId"), QStringLiteral("Task") }));
}

void TestCliRecords::recordsCsvQuotesMessages()
{
    // A message with a line break, planted in a synced record's state, must survive too.
    const QString multiLine = QStringLiteral("first, \"quoted\"\nsecond line");
    sqlValue(QStringLiteral("workspace.db"),
        QStringLiteral("UPDATE record_states SET error_message = '%1' WHERE record_key = 'USPM'"
                       " AND map_id = (SELECT id FROM maps WHERE name = 'Legal entities')")
            .arg(multiLine));
    auto restore = qScopeGuard([this] {
        sqlValue(QStringLiteral("workspace.db"),
            QStringLiteral(
                "UPDATE record_states SET error_message = NULL WHERE record_key = 'USPM'"));
    });

    const Run csv = run({ QStringLiteral("records"), QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("--status"), QStringLiteral("failed") });
    QCOMPARE(csv.exitCode, 0);
    QVERIFY2(csv.out.contains("\"Map \"\"Projects V2\"\", record "), csv.out.constData());
    QString error;
    QList<QStringList> rows = parseCsv(csv.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0),
        QStringLiteral("map,key,status,direction,errorClass,error,attempts,lastAttempt")
            .split(u','));
    const QStringList project = rows.at(2);
    QCOMPARE(project.size(), 8);
    QCOMPARE(project.at(0), QStringLiteral("Projects V2"));
    QCOMPARE(project.at(1), m_failedProject);
    QCOMPARE(project.at(2), QStringLiteral("failed"));
    QCOMPARE(project.at(3), QStringLiteral("finance"));
    QCOMPARE(project.at(4), QStringLiteral("validation"));
    const QJsonArray json = records({ QStringLiteral("--map"), QStringLiteral("Projects V2"),
        QStringLiteral("--status"), QStringLiteral("failed") });
    QCOMPARE(project.at(5), json.at(0)[QLatin1String("error")].toString());
    QVERIFY(project.at(5).contains(u',') && project.at(5).contains(u'"'));
    QCOMPARE(project.at(6), QStringLiteral("1"));
    QCOMPARE(project.at(7), json.at(0)[QLatin1String("lastAttempt")].toString());
    QVERIFY(rows.at(1).at(1).endsWith(QLatin1String(" (source key)")));

    const Run legal = run({ QStringLiteral("records"), QStringLiteral("--format=csv"),
        QStringLiteral("--map"), QStringLiteral("Legal entities") });
    rows = parseCsv(legal.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 4);
    bool found = false;
    for (const QStringList &row : std::as_const(rows))
        found |= row.at(1) == QLatin1String("USPM") && row.at(5) == multiLine;
    QVERIFY2(found, legal.out.constData());
}

void TestCliRecords::recordsFiltersByStatusMapAndComponent()
{
    const QJsonArray all = records({});
    const qint64 total = sqlValue(
        QStringLiteral("workspace.db"), QStringLiteral("SELECT COUNT(*) FROM record_states"))
                             .toLongLong();
    QCOMPARE(all.size(), total);
    const QJsonArray failed = records({ QStringLiteral("--status"), QStringLiteral("failed") });
    QCOMPARE(failed.size(), 2);
    for (const QJsonValue &record : failed)
        QCOMPARE(record[QLatin1String("status")].toString(), QStringLiteral("failed"));
    // Maps in name order: "Project tasks" before "Projects V2".
    QCOMPARE(failed.at(0)[QLatin1String("map")].toString(), QStringLiteral("Project tasks"));
    QCOMPARE(failed.at(1)[QLatin1String("map")].toString(), QStringLiteral("Projects V2"));
    QCOMPARE(records({ QStringLiteral("--component"), QStringLiteral("setup") }).size(), total);
    QCOMPARE(records({ QStringLiteral("--component"), QStringLiteral("estimates") }).size(), 0);
    QCOMPARE(records({ QStringLiteral("--status"), QStringLiteral("conflict") }).size(), 0);
    const QJsonArray legal = records({ QStringLiteral("--map"), QStringLiteral("Legal entities"),
        QStringLiteral("--map"), QStringLiteral("Project transaction categories") });
    QCOMPARE(legal.size(), 3 + 8);

    const Run empty = run({ QStringLiteral("records"), QStringLiteral("--format=json"),
        QStringLiteral("--status"), QStringLiteral("pending") });
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.out, QByteArray("[]\n"));
}

void TestCliRecords::recordsTableCutsLongErrors()
{
    const Run table
        = run({ QStringLiteral("records"), QStringLiteral("--status"), QStringLiteral("failed") });
    QCOMPARE(table.exitCode, 0);
    const QList<QByteArray> lines = table.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("MAP"));
    QVERIFY(lines.at(2).startsWith("Projects V2"));
    QVERIFY(lines.at(2).contains(m_failedProject.toUtf8()));
    const QString line = QString::fromUtf8(lines.at(2));
    const QString error = line.mid(line.indexOf(QLatin1String("Map \"")));
    QCOMPARE(error.size(), 80);
    QVERIFY(error.endsWith(QChar(0x2026)));
}

void TestCliRecords::unknownFiltersExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("map") << QStringList { QStringLiteral("--map"), QStringLiteral("Nowhere") }
                         << QByteArray("There is no map named \"Nowhere\"");
    QTest::newRow("component") << QStringList { QStringLiteral("--component"),
        QStringLiteral("hr") } << QByteArray("Unknown component \"hr\"");
    QTest::newRow("status") << QStringList { QStringLiteral("--status"), QStringLiteral("done") }
                            << QByteArray("Unknown status \"done\"");
    QTest::newRow("status without value")
        << QStringList { QStringLiteral("--status") } << QByteArray("--status needs a value");
}

void TestCliRecords::unknownFiltersExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run result = run(QStringList { QStringLiteral("records") } + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliRecords)
#include "tst_cli_records.moc"
