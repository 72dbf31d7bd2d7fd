#include "cdmimporter.h"
#include "demoworkspace.h"
#include "schemaddl.h"
#include "schemajson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace dw;

// The committed environment schemas (resources/schema/<side>.json) are what
// scripts/generate-schemas makes of the Common Data Model definitions in ../shared/cdm and the
// hand-written additions: this test repeats that merge with dwadmin's importer and compares, so
// the committed files cannot drift from the CDM, the importer or the additions.

namespace {

QString cdmDir()
{
    return QStringLiteral(DW_SHARED_DIR "/cdm");
}

QString schemaFile(const QString &name)
{
    return QStringLiteral(DW_SOURCE_DIR "/resources/schema/") + name;
}

QJsonArray readArray(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = parseError.errorString();
    return document.array();
}

// A column with every key the files carry, as generate-schemas writes it.
QJsonObject fullColumn(const QJsonObject &column)
{
    QJsonObject full = column;
    for (const auto &[key, value] :
        { std::pair { "nullable", QJsonValue(true) }, std::pair { "maxLength", QJsonValue(0) },
            std::pair { "lookup", QJsonValue() }, std::pair { "default", QJsonValue() } }) {
        if (!full.contains(QLatin1String(key)))
            full.insert(QLatin1String(key), value);
    }
    return full;
}

int indexOfTable(const QJsonArray &tables, const QString &name)
{
    for (qsizetype i = 0; i < tables.size(); ++i) {
        if (tables.at(i)[QLatin1String("table")].toString().compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

// What generate-schemas documents: CDM tables first, then the additions merged in, then (for
// Dataverse) the platform's system columns and defaults.
QJsonArray expectedSchema(const QString &side, QString *error)
{
    QJsonArray tables;
    const QDir dir(cdmDir() + u'/' + side);
    const QStringList files
        = dir.entryList({ QStringLiteral("*.cdm.json") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        CdmImport imported;
        if (!CdmImporter::importFile(dir.filePath(file), &imported, error))
            return {};
        QJsonObject table = SchemaJson::tableToJson(imported.table);
        table.insert(QStringLiteral("entity"), imported.entityName);
        table.insert(QStringLiteral("source"), QStringLiteral("cdm/%1/%2").arg(side, file));
        tables.append(table);
    }
    const QJsonArray extras = readArray(schemaFile(side + QStringLiteral("-extra.json")), error);
    for (const QJsonValue &value : extras) {
        const QJsonObject extra = value.toObject();
        const QString name = extra[QLatin1String("table")].toString();
        QJsonArray columns;
        for (const QJsonValue &column : extra[QLatin1String("columns")].toArray())
            columns.append(fullColumn(column.toObject()));
        const int at = indexOfTable(tables, name);
        if (at < 0) {
            QJsonObject table {
                { QStringLiteral("table"), name },
                { QStringLiteral("entity"), extra[QLatin1String("entity")].toString(name) },
                { QStringLiteral("source"), QStringLiteral("extra") },
                { QStringLiteral("primaryKey"), extra[QLatin1String("primaryKey")].toArray() },
                { QStringLiteral("uniqueKeys"), extra[QLatin1String("uniqueKeys")].toArray() },
                { QStringLiteral("columns"), columns },
            };
            if (extra.contains(QLatin1String("note")))
                table.insert(QStringLiteral("note"), extra[QLatin1String("note")]);
            tables.append(table);
            continue;
        }
        QJsonObject table = tables.at(at).toObject();
        if (extra.contains(QLatin1String("note")))
            table.insert(QStringLiteral("note"), extra[QLatin1String("note")]);
        QJsonArray merged = table[QLatin1String("columns")].toArray();
        for (const QJsonValue &column : std::as_const(columns))
            merged.append(column);
        table.insert(QStringLiteral("columns"), merged);
        if (!extra[QLatin1String("primaryKey")].toArray().isEmpty())
            table.insert(QStringLiteral("primaryKey"), extra[QLatin1String("primaryKey")]);
        QJsonArray unique = table[QLatin1String("uniqueKeys")].toArray();
        for (const QJsonValue &key : extra[QLatin1String("uniqueKeys")].toArray())
            unique.append(key);
        table.insert(QStringLiteral("uniqueKeys"), unique);
        tables.replace(at, table);
    }
    if (side != QLatin1String("dataverse"))
        return tables;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        QJsonObject table = tables.at(i).toObject();
        QJsonArray columns = table[QLatin1String("columns")].toArray();
        auto has = [&](const char *name) {
            for (const QJsonValue &column : std::as_const(columns)) {
                if (column[QLatin1String("name")].toString() == QLatin1String(name))
                    return true;
            }
            return false;
        };
        for (const auto &[name, type] : { std::pair { "createdon", "dateTime" },
                 std::pair { "modifiedon", "dateTime" }, std::pair { "versionnumber", "integer" },
                 std::pair { "statecode", "integer" }, std::pair { "statuscode", "integer" } }) {
            if (has(name))
                continue;
            const bool state = QLatin1String(name) == QLatin1String("statecode");
            columns.append(fullColumn({ { QStringLiteral("name"), QLatin1String(name) },
                { QStringLiteral("type"), QLatin1String(type) },
                { QStringLiteral("nullable"), !state },
                { QStringLiteral("default"), state ? QJsonValue(0) : QJsonValue() } }));
        }
        const QJsonArray key = table[QLatin1String("primaryKey")].toArray();
        for (qsizetype c = 0; c < columns.size(); ++c) {
            QJsonObject column = columns.at(c).toObject();
            const QString name = column[QLatin1String("name")].toString();
            if (key.size() == 1 && key.first().toString().compare(name, Qt::CaseInsensitive) == 0
                && column[QLatin1String("type")].toString() == QLatin1String("guid"))
                column.insert(QStringLiteral("default"), QStringLiteral("guid"));
            if (name == QLatin1String("createdon") || name == QLatin1String("modifiedon"))
                column.insert(QStringLiteral("default"), QStringLiteral("now"));
            columns.replace(c, column);
        }
        table.insert(QStringLiteral("columns"), columns);
        tables.replace(i, table);
    }
    return tables;
}

QByteArray compact(const QJsonValue &value)
{
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

#define DW_REQUIRE_CDM_DIR()                                                                       \
    do {                                                                                           \
        if (!QFileInfo(cdmDir()).isDir()) {                                                        \
            const QByteArray why = "CDM reference documents not found at "                         \
                + QDir::toNativeSeparators(cdmDir()).toLocal8Bit()                                 \
                + " (expected beside the project as ../shared/cdm); the committed schemas "        \
                  "cannot be checked against them";                                                \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                               \
                QFAIL(why.constData());                                                            \
            QSKIP(why.constData());                                                                \
        }                                                                                          \
    } while (false)

class TestPoSchema : public QObject
{
    Q_OBJECT

private slots:
    void committedSchemaIsWhatTheImporterGives_data();
    void committedSchemaIsWhatTheImporterGives();
    void builtInSchemaCreatesEveryTable_data();
    void builtInSchemaCreatesEveryTable();
    void defaultsAreWrittenForEachDialect_data();
    void defaultsAreWrittenForEachDialect();
};

void TestPoSchema::committedSchemaIsWhatTheImporterGives_data()
{
    QTest::addColumn<QString>("sideId");
    QTest::newRow("dataverse") << QStringLiteral("dataverse");
    QTest::newRow("finance") << QStringLiteral("finance");
}

void TestPoSchema::committedSchemaIsWhatTheImporterGives()
{
    DW_REQUIRE_CDM_DIR();
    QFETCH(QString, sideId);
    const QString &side = sideId;
    QString error;
    const QJsonArray expected = expectedSchema(side, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray committed = readArray(schemaFile(side + QStringLiteral(".json")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList expectedNames;
    QStringList committedNames;
    for (const QJsonValue &table : expected)
        expectedNames.append(table[QLatin1String("table")].toString());
    for (const QJsonValue &table : committed)
        committedNames.append(table[QLatin1String("table")].toString());
    // On a difference, run scripts/generate-schemas and commit what it writes.
    QCOMPARE(committedNames, expectedNames);
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(compact(committed.at(i)), compact(expected.at(i)));
}

void TestPoSchema::builtInSchemaCreatesEveryTable_data()
{
    committedSchemaIsWhatTheImporterGives_data();
}

void TestPoSchema::builtInSchemaCreatesEveryTable()
{
    QFETCH(QString, sideId);
    Side side = Side::Dataverse;
    QVERIFY(sideFromId(sideId, &side));
    QList<TableDefinition> tables;
    QString error;
    QVERIFY2(DemoWorkspace::schema(side, &tables, &error), qPrintable(error));
    QVERIFY(tables.size() >= 30);
    QTemporaryDir dir;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("s"));
        db.setDatabaseName(dir.filePath(QStringLiteral("env.db")));
        QVERIFY(db.open());
        for (const TableDefinition &table : std::as_const(tables))
            QVERIFY2(SchemaDdl::create(db, table, &error), qPrintable(error));
        if (side == Side::Dataverse) {
            // The platform fills ids and time stamps of rows written without them.
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("INSERT INTO uom (name) VALUES ('h')")));
            QVERIFY(query.exec(QStringLiteral("SELECT uomid, createdon, modifiedon, statecode "
                                              "FROM uom")));
            QVERIFY(query.next());
            QVERIFY2(QUuid::fromString(query.value(0).toString()).version() == QUuid::Random,
                qPrintable(query.value(0).toString()));
            QVERIFY(query.value(1).toString().endsWith(u'Z'));
            QCOMPARE(query.value(2).toString(), query.value(1).toString());
            QCOMPARE(query.value(3).toInt(), 0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("s"));
}

void TestPoSchema::defaultsAreWrittenForEachDialect_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("sqlite");
    QTest::addColumn<QString>("postgres");
    const auto row = [](const char *name, ColumnType type, const char *expression,
                         const char *sqlite, const char *postgres) {
        QTest::newRow(name) << int(type) << QString::fromLatin1(expression)
                            << QString::fromLatin1(sqlite) << QString::fromLatin1(postgres);
    };
    row("guid", ColumnType::Guid, "guid", "DEFAULT (lower(hex(randomblob(4))",
        "DEFAULT gen_random_uuid()");
    row("now", ColumnType::DateTime, "now", "DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
        "DEFAULT CURRENT_TIMESTAMP");
    row("number", ColumnType::Integer, "192350000", "DEFAULT 192350000", "DEFAULT 192350000");
    row("boolean", ColumnType::Boolean, "false", "DEFAULT 0", "DEFAULT FALSE");
    row("text is quoted", ColumnType::Text, "it's", "DEFAULT 'it''s'", "DEFAULT 'it''s'");
    row("no SQL through a number", ColumnType::Decimal, "1); DROP TABLE t; --",
        "DEFAULT '1); DROP TABLE t; --'", "DEFAULT '1); DROP TABLE t; --'");
    row("zero value", ColumnType::Integer, "", "DEFAULT 0", "DEFAULT 0");
}

void TestPoSchema::defaultsAreWrittenForEachDialect()
{
    QFETCH(int, type);
    QFETCH(QString, expression);
    QFETCH(QString, sqlite);
    QFETCH(QString, postgres);
    TableDefinition table;
    table.name = QStringLiteral("t");
    ColumnDefinition column;
    column.name = QStringLiteral("c");
    column.type = static_cast<ColumnType>(type);
    column.hasDefault = true;
    column.defaultExpression = expression;
    table.columns = { column };
    const auto quote = [](const QString &name) -> QString {
        return u'"' + name + u'"';
    };
    const QString forSqlite = SchemaDdl::createTable(table, SqlDialect::Sqlite, quote).join(u'\n');
    const QString forPostgres
        = SchemaDdl::createTable(table, SqlDialect::Postgres, quote).join(u'\n');
    QVERIFY2(forSqlite.contains(sqlite), qPrintable(forSqlite));
    QVERIFY2(forPostgres.contains(postgres), qPrintable(forPostgres));
}

QTEST_GUILESS_MAIN(TestPoSchema)
#include "tst_poschema.moc"
