#include "dbconnection.h"
#include "pgserver.h"
#include "schemaddl.h"
#include "schemainspector.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace dw;

namespace {

enum class Backend { Sqlite, Postgres };

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

ColumnDefinition column(const char *name, ColumnType type, bool nullable = true, int maxLength = 0,
    bool hasDefault = false)
{
    return { u8(name), type, nullable, maxLength, hasDefault, {}, {} };
}

const QList<ColumnType> &allTypes()
{
    static const QList<ColumnType> types { ColumnType::Text, ColumnType::Integer,
        ColumnType::Decimal, ColumnType::Double, ColumnType::Boolean, ColumnType::DateTime,
        ColumnType::Guid, ColumnType::Binary };
    return types;
}

// One line per column and key, so QCOMPARE shows what differs rather than "not the same".
QString describe(const TableDefinition &table)
{
    QStringList lines { table.name };
    for (const ColumnDefinition &c : table.columns) {
        lines.append(QStringLiteral("%1 %2(%3)%4%5%6")
                         .arg(c.name, columnTypeId(c.type))
                         .arg(c.maxLength)
                         .arg(c.nullable ? QString() : QStringLiteral(" not null"),
                             c.hasDefault ? QStringLiteral(" default") : QString(),
                             c.lookupTable.isEmpty() ? QString() : u" -> " + c.lookupTable));
    }
    lines.append(u"primary key " + table.primaryKey.join(u','));
    for (const QStringList &key : table.uniqueKeys)
        lines.append(u"unique " + key.join(u','));
    return lines.join(u'\n');
}

// A data row whose name says the backend ("sqlite/..." or "postgres/..."); more values follow.
QTestData &addRow(Backend backend, const QString &name)
{
    const QString prefix
        = backend == Backend::Sqlite ? QStringLiteral("sqlite/") : QStringLiteral("postgres/");
    return QTest::newRow(qPrintable(prefix + name)) << backend;
}

constexpr Backend Sqlite = Backend::Sqlite;
constexpr Backend Postgres = Backend::Postgres;

} // namespace

// QSKIP/QFAIL return from the test function, so the backend check is a macro.
#define OPEN_ENVIRONMENT(backend)                                                                  \
    do {                                                                                           \
        QString problem_;                                                                          \
        const Open open_ = openEnvironment(backend, &problem_);                                    \
        if (open_ == Open::Skip)                                                                   \
            QSKIP(qPrintable(problem_));                                                           \
        if (open_ == Open::Fail)                                                                   \
            QFAIL(qPrintable(problem_));                                                           \
    } while (false)

// The helpers below leave their error in m_error.
#define CHECK(expression) QVERIFY2(expression, qPrintable(m_error))

class TestSchemaInspector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void roundTripEveryType_data();
    void roundTripEveryType();
    void roundTripWholeTable_data();
    void roundTripWholeTable();
    void compositePrimaryKeyKeepsKeyOrder_data();
    void compositePrimaryKeyKeepsKeyOrder();
    void uniqueKeysInDeclarationOrder_data();
    void uniqueKeysInDeclarationOrder();
    void nullabilityAndDefaults_data();
    void nullabilityAndDefaults();
    void foreignKeyFillsLookup_data();
    void foreignKeyFillsLookup();
    void tableNamesListsUserTablesOnly_data();
    void tableNamesListsUserTablesOnly();
    void missingTableIsNamed_data();
    void missingTableIsNamed();
    void unusualNames_data();
    void unusualNames();
    void exactCaseWinsAndAmbiguityIsReported_data();
    void exactCaseWinsAndAmbiguityIsReported();
    void declaredTypes_data();
    void declaredTypes();
    void allTablesReadsEveryUserTable_data();
    void allTablesReadsEveryUserTable();
    void sqliteIgnoresTemporaryTables();
    void postgresReadsCurrentSchemaOnly();

private:
    enum class Open { Ok, Skip, Fail };
    Open openEnvironment(Backend backend, QString *problem);
    bool exec(const QStringList &sql);
    bool create(const TableDefinition &table);
    bool inspect(const QString &name, TableDefinition *table);
    QSqlDatabase db() const { return m_connection->database(); }
    static void addBackendColumn() { QTest::addColumn<Backend>("backend"); }

    QTemporaryDir m_dir;
    PgServer m_pg;
    QString m_pgProblem; // why PostgreSQL rows cannot run; empty when the server is up
    bool m_pgMissing = false; // binaries or the QPSQL driver are not installed
    std::unique_ptr<DbConnection> m_connection;
    int m_environments = 0;
    QString m_error;
};

void TestSchemaInspector::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (PgServer::binDir().isEmpty()) {
        m_pgMissing = true;
        m_pgProblem = QStringLiteral("PostgreSQL server binaries not found (install Debian's "
                                     "postgresql package or set DW_PG_BINDIR)");
        return;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_pgMissing = true;
        m_pgProblem = QStringLiteral("The Qt PostgreSQL driver QPSQL is missing (install "
                                     "libqt6sql6-psql)");
        return;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!m_pg.start(&error))
        m_pgProblem = QStringLiteral("Cannot start a PostgreSQL server: %1").arg(error);
    else
        qInfo("PostgreSQL test server up in %lld ms", static_cast<long long>(timer.elapsed()));
}

void TestSchemaInspector::cleanupTestCase()
{
    m_connection.reset();
    QElapsedTimer timer;
    timer.start();
    if (m_pg.isRunning()) {
        m_pg.stop();
        qInfo("PostgreSQL test server stopped in %lld ms", static_cast<long long>(timer.elapsed()));
    }
}

void TestSchemaInspector::cleanup()
{
    m_connection.reset();
}

TestSchemaInspector::Open TestSchemaInspector::openEnvironment(Backend backend, QString *problem)
{
    m_connection = std::make_unique<DbConnection>();
    const int number = ++m_environments;
    if (backend == Backend::Sqlite) {
        const ConnectionSpec spec = ConnectionSpec::sqliteFile(
            m_dir.filePath(QStringLiteral("env%1.sqlite").arg(number)));
        return m_connection->open(spec, problem) ? Open::Ok : Open::Fail;
    }
    if (!m_pgProblem.isEmpty()) {
        *problem = m_pgProblem;
        // A server that is installed but does not start is a failure. One that is not
        // installed skips, except on CI, where it means a broken setup.
        const bool onCi = qEnvironmentVariable("CI") == QLatin1String("true");
        return m_pgMissing && !onCi ? Open::Skip : Open::Fail;
    }
    if (!m_connection->open(m_pg.connectionSpec(), problem))
        return Open::Fail;
    // A schema per test row: rows cannot see each other's tables, and the inspector must
    // keep to current_schema() while other schemas hold tables of the same names.
    const QString schema = QStringLiteral("t%1").arg(number);
    if (!exec({ QStringLiteral("CREATE SCHEMA %1").arg(schema),
            QStringLiteral("SET search_path TO %1").arg(schema) })) {
        *problem = m_error;
        return Open::Fail;
    }
    return Open::Ok;
}

bool TestSchemaInspector::exec(const QStringList &sql)
{
    QSqlQuery query(db());
    for (const QString &statement : sql) {
        if (!query.exec(statement)) {
            m_error = QStringLiteral("%1\n  in: %2").arg(query.lastError().text(), statement);
            return false;
        }
    }
    return true;
}

bool TestSchemaInspector::create(const TableDefinition &table)
{
    return SchemaDdl::create(db(), table, &m_error);
}

bool TestSchemaInspector::inspect(const QString &name, TableDefinition *table)
{
    return SchemaInspector(db()).table(name, table, &m_error);
}

// Every portable type, nullable or not, written by SchemaDdl and read back.
void TestSchemaInspector::roundTripEveryType_data()
{
    addBackendColumn();
    QTest::addColumn<ColumnType>("type");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<bool>("nullable");
    for (Backend backend : { Sqlite, Postgres }) {
        for (ColumnType type : allTypes()) {
            for (bool nullable : { true, false }) {
                addRow(backend, columnTypeId(type) + (nullable ? u"/null" : u"/not-null"))
                    << type << 0 << nullable;
            }
        }
        addRow(backend, QStringLiteral("text(40)/null")) << ColumnType::Text << 40 << true;
        addRow(backend, QStringLiteral("text(1)/not-null")) << ColumnType::Text << 1 << false;
    }
}

void TestSchemaInspector::roundTripEveryType()
{
    QFETCH(Backend, backend);
    QFETCH(ColumnType, type);
    QFETCH(int, maxLength);
    QFETCH(bool, nullable);
    OPEN_ENVIRONMENT(backend);
    TableDefinition written;
    written.name = QStringLiteral("RoundTrip");
    written.columns
        = { column("Key", ColumnType::Text, false), column("Value", type, nullable, maxLength) };
    written.primaryKey = { QStringLiteral("Key") };
    CHECK(create(written));

    TableDefinition read;
    CHECK(inspect(QStringLiteral("RoundTrip"), &read));
    QCOMPARE(read.name, written.name);
    QCOMPARE(read.columns.size(), 2);
    const ColumnDefinition &value = read.columns.at(1);
    QCOMPARE(value.name, QStringLiteral("Value"));
    const bool sqlite = backend == Sqlite;
    if (sqlite
        && (type == ColumnType::Boolean || type == ColumnType::DateTime
            || type == ColumnType::Guid)) {
        QEXPECT_FAIL("",
            "SchemaDdl writes INTEGER (boolean) and TEXT (dateTime, guid) for SQLite, which "
            "read back as integer and text",
            Continue);
    }
    QCOMPARE(columnTypeId(value.type), columnTypeId(type));
    QCOMPARE(value.nullable, nullable);
    if (sqlite && maxLength > 0)
        QEXPECT_FAIL("", "SchemaDdl writes no text length for SQLite", Continue);
    QCOMPARE(value.maxLength, maxLength);
    QVERIFY(!value.hasDefault);
    QVERIFY(value.lookupTable.isEmpty());
    QCOMPARE(read.primaryKey, written.primaryKey);
    QVERIFY(read.uniqueKeys.isEmpty());
}

namespace {
// A table using every feature SchemaDdl writes. SQLite keeps only the types its DDL can tell
// apart (see roundTripEveryType); PostgreSQL keeps all of them.
TableDefinition wholeTable(Backend backend)
{
    const bool all = backend == Backend::Postgres;
    TableDefinition table;
    table.name = u8("Строка заказа");
    table.columns = {
        column("Code", ColumnType::Text, false, all ? 20 : 0),
        column("Line", ColumnType::Integer, false),
        column("Название", ColumnType::Text, true, all ? 50 : 0),
        column("Quantity", ColumnType::Decimal, false, 0, true),
        column("Price", ColumnType::Double, true, 0, true),
        column("Note", ColumnType::Text, false, 0, true),
        column("Count", ColumnType::Integer, true, 0, true),
        column("Picture", ColumnType::Binary, true),
    };
    if (all) {
        table.columns.append(column("Done", ColumnType::Boolean, false, 0, true));
        table.columns.append(column("Posted", ColumnType::DateTime, true));
        table.columns.append(column("ProjectId", ColumnType::Guid, false));
    }
    table.primaryKey = { QStringLiteral("Line"), QStringLiteral("Code") };
    table.uniqueKeys = { { u8("Название") }, { QStringLiteral("Note"), QStringLiteral("Count") } };
    return table;
}
} // namespace

void TestSchemaInspector::roundTripWholeTable_data()
{
    addBackendColumn();
    for (Backend backend : { Sqlite, Postgres })
        addRow(backend, QStringLiteral("all features"));
}

void TestSchemaInspector::roundTripWholeTable()
{
    QFETCH(Backend, backend);
    OPEN_ENVIRONMENT(backend);
    const TableDefinition written = wholeTable(backend);
    CHECK(create(written));
    TableDefinition read;
    CHECK(inspect(written.name, &read));
    QCOMPARE(describe(read), describe(written));
    QVERIFY(read == written);
}

void TestSchemaInspector::compositePrimaryKeyKeepsKeyOrder_data()
{
    addBackendColumn();
    QTest::addColumn<QStringList>("key");
    for (Backend backend : { Sqlite, Postgres }) {
        addRow(backend, QStringLiteral("column order"))
            << QStringList { u8("a"), u8("b"), u8("c") };
        addRow(backend, QStringLiteral("reverse order")) << QStringList { u8("c"), u8("a") };
        addRow(backend, QStringLiteral("single text")) << QStringList { u8("b") };
    }
}

void TestSchemaInspector::compositePrimaryKeyKeepsKeyOrder()
{
    QFETCH(Backend, backend);
    QFETCH(QStringList, key);
    OPEN_ENVIRONMENT(backend);
    TableDefinition written;
    written.name = QStringLiteral("keyed");
    written.columns = { column("a", ColumnType::Integer), column("b", ColumnType::Text),
        column("c", ColumnType::Decimal), column("d", ColumnType::Text) };
    written.primaryKey = key;
    CHECK(create(written));
    TableDefinition read;
    CHECK(inspect(QStringLiteral("keyed"), &read));
    QCOMPARE(read.primaryKey, key);
    for (const ColumnDefinition &c : std::as_const(read.columns))
        QCOMPARE(c.nullable, !key.contains(c.name)); // SchemaDdl makes key columns NOT NULL
    QVERIFY(read.uniqueKeys.isEmpty());
}

void TestSchemaInspector::uniqueKeysInDeclarationOrder_data()
{
    addBackendColumn();
    for (Backend backend : { Sqlite, Postgres })
        addRow(backend, QStringLiteral("constraints and indexes"));
}

void TestSchemaInspector::uniqueKeysInDeclarationOrder()
{
    QFETCH(Backend, backend);
    OPEN_ENVIRONMENT(backend);
    TableDefinition written;
    written.name = QStringLiteral("uniq");
    written.columns = { column("id", ColumnType::Integer, false), column("a", ColumnType::Text),
        column("b", ColumnType::Integer), column("c", ColumnType::Text),
        column("d", ColumnType::Text) };
    written.primaryKey = { QStringLiteral("id") };
    written.uniqueKeys = { { u8("c") }, { u8("b"), u8("a") } };
    CHECK(create(written));
    // A plain unique index is a key too; partial, expression and non-unique indexes are not.
    CHECK(exec({ QStringLiteral("CREATE UNIQUE INDEX uniq_d ON uniq (d)"),
        QStringLiteral("CREATE UNIQUE INDEX uniq_partial ON uniq (a) WHERE a IS NOT NULL"),
        QStringLiteral("CREATE UNIQUE INDEX uniq_expr ON uniq (lower(c))"),
        QStringLiteral("CREATE INDEX uniq_plain ON uniq (b)") }));
    TableDefinition read;
    CHECK(inspect(QStringLiteral("uniq"), &read));
    const QList<QStringList> expected { { u8("c") }, { u8("b"), u8("a") }, { u8("d") } };
    QCOMPARE(read.uniqueKeys, expected);
    QCOMPARE(read.primaryKey, QStringList { QStringLiteral("id") });
}

void TestSchemaInspector::nullabilityAndDefaults_data()
{
    addBackendColumn();
    QTest::addColumn<QString>("definition"); // of column x
    QTest::addColumn<bool>("nullable");
    QTest::addColumn<bool>("hasDefault");
    auto row = [](Backend backend, const char *name, const char *definition, bool nullable,
                   bool hasDefault) {
        addRow(backend, u8(name)) << u8(definition) << nullable << hasDefault;
    };
    for (Backend backend : { Sqlite, Postgres }) {
        row(backend, "not null", "x TEXT NOT NULL", false, false);
        row(backend, "not null with default", "x INTEGER NOT NULL DEFAULT 7", false, true);
        row(backend, "null with default", "x TEXT DEFAULT 'a'", true, true);
        row(backend, "null", "x TEXT", true, false);
        row(backend, "default null", "x TEXT DEFAULT NULL", true, false);
        row(backend, "default expression", "x TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP", false,
            true);
    }
    // The rowid: never NULL, and SQLite assigns it when an insert leaves it out. Only the
    // exact type INTEGER makes the rowid; INT PRIMARY KEY even accepts NULL.
    row(Sqlite, "integer primary key", "x INTEGER PRIMARY KEY", false, true);
    row(Sqlite, "int primary key", "x INT PRIMARY KEY", true, false);
    row(Postgres, "identity", "x BIGINT GENERATED BY DEFAULT AS IDENTITY", false, true);
    row(Postgres, "serial", "x SERIAL", false, true);
    row(Postgres, "generated", "x INTEGER GENERATED ALWAYS AS (1) STORED", true, true);
}

void TestSchemaInspector::nullabilityAndDefaults()
{
    QFETCH(Backend, backend);
    QFETCH(QString, definition);
    QFETCH(bool, nullable);
    QFETCH(bool, hasDefault);
    OPEN_ENVIRONMENT(backend);
    CHECK(exec({ QStringLiteral("CREATE TABLE d (other TEXT, %1)").arg(definition) }));
    TableDefinition read;
    CHECK(inspect(QStringLiteral("d"), &read));
    const ColumnDefinition *x = read.column(QStringLiteral("x"));
    QVERIFY(x);
    QCOMPARE(x->nullable, nullable);
    QCOMPARE(x->hasDefault, hasDefault);
    const ColumnDefinition *other = read.column(QStringLiteral("other"));
    QVERIFY(other && other->nullable && !other->hasDefault);
}

void TestSchemaInspector::foreignKeyFillsLookup_data()
{
    addBackendColumn();
    QTest::addColumn<QString>("reference"); // how child names the parent table
    QTest::addColumn<QString>("lookupTable");
    for (Backend backend : { Sqlite, Postgres })
        addRow(backend, QStringLiteral("exact name")) << u8("\"Parent\"") << u8("Parent");
    // SQLite matches table names case-insensitively; the lookup names the declared table.
    addRow(Sqlite, QStringLiteral("other case")) << u8("PARENT") << u8("Parent");
    // SQLite does not check the target at CREATE time; the name stays as written.
    addRow(Sqlite, QStringLiteral("missing target")) << u8("\"Elsewhere\"") << u8("Elsewhere");
}

void TestSchemaInspector::foreignKeyFillsLookup()
{
    QFETCH(Backend, backend);
    QFETCH(QString, reference);
    QFETCH(QString, lookupTable);
    OPEN_ENVIRONMENT(backend);
    CHECK(exec({ QStringLiteral("CREATE TABLE \"Parent\" (id INTEGER PRIMARY KEY, a INTEGER, "
                                "b INTEGER, UNIQUE (a, b))"),
        QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY, "
                       "parent_id INTEGER REFERENCES %1 (id), other INTEGER, a INTEGER, "
                       "b INTEGER, FOREIGN KEY (other) REFERENCES %1 (id), "
                       "FOREIGN KEY (a, b) REFERENCES \"Parent\" (a, b))")
            .arg(reference) }));
    TableDefinition read;
    CHECK(inspect(QStringLiteral("child"), &read));
    QCOMPARE(read.column(QStringLiteral("parent_id"))->lookupTable, lookupTable);
    QCOMPARE(read.column(QStringLiteral("other"))->lookupTable, lookupTable);
    // A column of a composite foreign key identifies no row alone: no lookup.
    for (const char *name : { "a", "b", "id" })
        QVERIFY2(read.column(u8(name))->lookupTable.isEmpty(), name);
}

void TestSchemaInspector::tableNamesListsUserTablesOnly_data()
{
    addBackendColumn();
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QStringList>("hidden"); // tables that exist but are not user tables
    QTest::addColumn<QStringList>("expected");
    const QStringList common { QStringLiteral("CREATE TABLE beta (x INTEGER)"),
        QStringLiteral("CREATE TABLE \"Alpha\" (x INTEGER)"),
        QStringLiteral("CREATE TABLE gamma (x INTEGER)"),
        QStringLiteral("CREATE TABLE dw_changes (x INTEGER)"),
        QStringLiteral("CREATE TABLE dw_Log (x INTEGER)"),
        QStringLiteral("CREATE VIEW alpha_view AS SELECT x FROM beta"),
        QStringLiteral("CREATE INDEX beta_x ON beta (x)") };
    addRow(Sqlite, QStringLiteral("internals, views and temporary tables"))
        << common
            + QStringList { u8("CREATE TABLE counted (id INTEGER PRIMARY KEY AUTOINCREMENT)"),
                  u8("INSERT INTO counted DEFAULT VALUES"),
                  u8("CREATE TEMP TABLE scratch (x INTEGER)") }
        << QStringList { u8("sqlite_sequence"), u8("dw_changes") }
        << QStringList { u8("Alpha"), u8("beta"), u8("counted"), u8("gamma") };
    addRow(Postgres, QStringLiteral("internals, views, partitions and other schemas"))
        << common
            + QStringList { u8("CREATE TABLE parted (k INTEGER) PARTITION BY RANGE (k)"),
                  u8("CREATE TABLE parted_low PARTITION OF parted FOR VALUES FROM (0) TO (10)"),
                  u8("CREATE TABLE public.elsewhere (x INTEGER)") }
        << QStringList { u8("dw_changes"), u8("parted_low"), u8("public.elsewhere") }
        << QStringList { u8("Alpha"), u8("beta"), u8("gamma"), u8("parted") };
}

void TestSchemaInspector::tableNamesListsUserTablesOnly()
{
    QFETCH(Backend, backend);
    QFETCH(QStringList, setup);
    QFETCH(QStringList, hidden);
    QFETCH(QStringList, expected);
    OPEN_ENVIRONMENT(backend);
    CHECK(exec(setup));
    // The hidden tables really exist, so leaving them out is the inspector's doing.
    for (const QString &name : std::as_const(hidden))
        CHECK(exec({ QStringLiteral("SELECT * FROM %1").arg(name) }));
    QStringList names;
    CHECK(SchemaInspector(db()).tableNames(&names, &m_error));
    QCOMPARE(names, expected);
}

void TestSchemaInspector::missingTableIsNamed_data()
{
    addBackendColumn();
    QTest::addColumn<QString>("name");
    for (Backend backend : { Sqlite, Postgres }) {
        addRow(backend, QStringLiteral("unknown")) << u8("nosuchtable");
        addRow(backend, QStringLiteral("change log")) << u8("dw_changes");
        addRow(backend, QStringLiteral("view")) << u8("present_view");
        addRow(backend, QStringLiteral("cyrillic")) << u8("Проект");
    }
    addRow(Sqlite, QStringLiteral("sqlite internal")) << u8("sqlite_sequence");
}

void TestSchemaInspector::missingTableIsNamed()
{
    QFETCH(Backend, backend);
    QFETCH(QString, name);
    OPEN_ENVIRONMENT(backend);
    CHECK(exec({ QStringLiteral("CREATE TABLE present (id INTEGER PRIMARY KEY)"),
        QStringLiteral("CREATE TABLE dw_changes (id INTEGER)"),
        QStringLiteral("CREATE VIEW present_view AS SELECT id FROM present") }));
    if (backend == Sqlite)
        CHECK(exec({ u8("CREATE TABLE counted (id INTEGER PRIMARY KEY AUTOINCREMENT)") }));
    TableDefinition read;
    QVERIFY(!inspect(name, &read));
    QVERIFY2(m_error.contains(name), qPrintable(m_error));
    QVERIFY2(m_error.contains(QLatin1String("does not exist")), qPrintable(m_error));
    QVERIFY2(m_error.contains(db().databaseName()), qPrintable(m_error));
}

void TestSchemaInspector::unusualNames_data()
{
    addBackendColumn();
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("otherSpelling"); // must find the table too
    for (Backend backend : { Sqlite, Postgres }) {
        addRow(backend, QStringLiteral("quote, space, cyrillic"))
            << u8("Проект \"q\" 1") << u8("Имя \"x\" y") << u8("проект \"Q\" 1");
        addRow(backend, QStringLiteral("cyrillic"))
            << u8("Проект") << u8("Название") << u8("ПРОЕКТ");
        addRow(backend, QStringLiteral("mixed case"))
            << u8("MixedCase") << u8("MixedColumn") << u8("mixedcase");
        addRow(backend, QStringLiteral("sql in the name"))
            << u8("x'); DROP TABLE other; --") << u8("a'b") << u8("X'); DROP TABLE OTHER; --");
    }
}

void TestSchemaInspector::unusualNames()
{
    QFETCH(Backend, backend);
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, otherSpelling);
    OPEN_ENVIRONMENT(backend);
    TableDefinition written;
    written.name = table;
    written.columns = { ColumnDefinition { column, ColumnType::Text, false, 0, false, {}, {} },
        ColumnDefinition { QStringLiteral("n"), ColumnType::Integer, true, 0, false, {}, {} } };
    written.primaryKey = { column };
    written.uniqueKeys = { { QStringLiteral("n"), column } };
    CHECK(create(written));
    CHECK(exec({ QStringLiteral("CREATE TABLE other (x INTEGER)") }));

    QStringList names;
    CHECK(SchemaInspector(db()).tableNames(&names, &m_error));
    QCOMPARE(names.size(), 2);
    QVERIFY2(names.contains(table), qPrintable(names.join(u'|')));
    for (const QString &name : { table, otherSpelling }) {
        TableDefinition read;
        CHECK(inspect(name, &read));
        QCOMPARE(describe(read), describe(written));
    }
}

void TestSchemaInspector::exactCaseWinsAndAmbiguityIsReported_data()
{
    addBackendColumn();
    QTest::addColumn<QString>("upper");
    QTest::addColumn<QString>("lower");
    QTest::addColumn<QString>("neither");
    // SQLite folds only ASCII letters in names, so Cyrillic names differing in case coexist.
    for (Backend backend : { Sqlite, Postgres })
        addRow(backend, QStringLiteral("cyrillic")) << u8("Проект") << u8("проект") << u8("ПРОЕКТ");
    addRow(Postgres, QStringLiteral("latin"))
        << u8("MixedCase") << u8("mixedcase") << u8("MIXEDCASE");
}

void TestSchemaInspector::exactCaseWinsAndAmbiguityIsReported()
{
    QFETCH(Backend, backend);
    QFETCH(QString, upper);
    QFETCH(QString, lower);
    QFETCH(QString, neither);
    OPEN_ENVIRONMENT(backend);
    CHECK(exec({ QStringLiteral("CREATE TABLE \"%1\" (a INTEGER)").arg(upper),
        QStringLiteral("CREATE TABLE \"%1\" (b INTEGER, c INTEGER)").arg(lower) }));
    TableDefinition read;
    CHECK(inspect(upper, &read));
    QCOMPARE(read.name, upper);
    QCOMPARE(read.columns.size(), 1);
    CHECK(inspect(lower, &read));
    QCOMPARE(read.name, lower);
    QCOMPARE(read.columns.size(), 2);
    QVERIFY(!inspect(neither, &read));
    QVERIFY2(m_error.contains(upper) && m_error.contains(lower), qPrintable(m_error));
}

void TestSchemaInspector::declaredTypes_data()
{
    addBackendColumn();
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<ColumnType>("type");
    QTest::addColumn<int>("maxLength");
    auto row = [](Backend backend, const char *declared, ColumnType type, int maxLength = 0,
                   const char *setup = nullptr) {
        const QString text = u8(declared);
        addRow(backend, text.isEmpty() ? QStringLiteral("(no type)") : text)
            << (setup ? QStringList { u8(setup) } : QStringList()) << text << type << maxLength;
    };
    // SQLite: the affinity rules in their order, plus the names whose meaning is plain.
    row(Sqlite, "VARCHAR(40)", ColumnType::Text, 40);
    row(Sqlite, "nvarchar( 100 )", ColumnType::Text, 100);
    row(Sqlite, "CHARACTER(20)", ColumnType::Text, 20);
    row(Sqlite, "TEXT", ColumnType::Text);
    row(Sqlite, "CLOB", ColumnType::Text);
    row(Sqlite, "NUMERIC(10,2)", ColumnType::Decimal);
    row(Sqlite, "DECIMAL(10,5)", ColumnType::Decimal);
    row(Sqlite, "STRING", ColumnType::Decimal); // NUMERIC affinity: no rule matches
    row(Sqlite, "DOUBLE", ColumnType::Double);
    row(Sqlite, "DOUBLE PRECISION", ColumnType::Double);
    row(Sqlite, "REAL", ColumnType::Double);
    row(Sqlite, "FLOAT", ColumnType::Double);
    row(Sqlite, "INT", ColumnType::Integer);
    row(Sqlite, "BIGINT", ColumnType::Integer);
    row(Sqlite, "UNSIGNED BIG INT", ColumnType::Integer);
    row(Sqlite, "FLOATING POINT", ColumnType::Integer); // "INT" wins, as in SQLite
    row(Sqlite, "BLOB", ColumnType::Binary);
    row(Sqlite, "", ColumnType::Binary);
    row(Sqlite, "BOOLEAN", ColumnType::Boolean);
    row(Sqlite, "DATETIME", ColumnType::DateTime);
    row(Sqlite, "DATE", ColumnType::DateTime);
    row(Sqlite, "TIMESTAMP", ColumnType::DateTime);
    row(Sqlite, "UUID", ColumnType::Guid);
    row(Sqlite, "uniqueidentifier", ColumnType::Guid);
    // PostgreSQL: the catalog type, whatever spelling created it.
    row(Postgres, "smallint", ColumnType::Integer);
    row(Postgres, "integer", ColumnType::Integer);
    row(Postgres, "bigint", ColumnType::Integer);
    row(Postgres, "serial", ColumnType::Integer);
    row(Postgres, "text", ColumnType::Text);
    row(Postgres, "varchar(40)", ColumnType::Text, 40);
    row(Postgres, "character(5)", ColumnType::Text, 5);
    row(Postgres, "numeric(10,2)", ColumnType::Decimal);
    row(Postgres, "real", ColumnType::Double);
    row(Postgres, "double precision", ColumnType::Double);
    row(Postgres, "boolean", ColumnType::Boolean);
    row(Postgres, "timestamp", ColumnType::DateTime);
    row(Postgres, "timestamptz", ColumnType::DateTime);
    row(Postgres, "date", ColumnType::DateTime);
    row(Postgres, "uuid", ColumnType::Guid);
    row(Postgres, "bytea", ColumnType::Binary);
    row(Postgres, "shortname", ColumnType::Text, 10, "CREATE DOMAIN shortname AS varchar(10)");
    // Types with no portable counterpart read as text (see postgresColumnType).
    row(Postgres, "jsonb", ColumnType::Text);
    row(Postgres, "time", ColumnType::Text);
    row(Postgres, "integer[]", ColumnType::Text);
    row(Postgres, "mood", ColumnType::Text, 0, "CREATE TYPE mood AS ENUM ('calm', 'busy')");
}

void TestSchemaInspector::declaredTypes()
{
    QFETCH(Backend, backend);
    QFETCH(QStringList, setup);
    QFETCH(QString, declared);
    QFETCH(ColumnType, type);
    QFETCH(int, maxLength);
    OPEN_ENVIRONMENT(backend);
    CHECK(exec(setup << QStringLiteral("CREATE TABLE typed (x %1)").arg(declared)));
    TableDefinition read;
    CHECK(inspect(QStringLiteral("typed"), &read));
    QCOMPARE(read.columns.size(), 1);
    QCOMPARE(columnTypeId(read.columns.at(0).type), columnTypeId(type));
    QCOMPARE(read.columns.at(0).maxLength, maxLength);
}

void TestSchemaInspector::allTablesReadsEveryUserTable_data()
{
    addBackendColumn();
    for (Backend backend : { Sqlite, Postgres })
        addRow(backend, QStringLiteral("three tables"));
}

void TestSchemaInspector::allTablesReadsEveryUserTable()
{
    QFETCH(Backend, backend);
    OPEN_ENVIRONMENT(backend);
    CHECK(create(wholeTable(backend)));
    CHECK(exec({ QStringLiteral("CREATE TABLE \"Zeta\" (id INTEGER PRIMARY KEY)"),
        QStringLiteral("CREATE TABLE alpha (id INTEGER PRIMARY KEY, "
                       "zeta_id INTEGER REFERENCES \"Zeta\" (id))"),
        QStringLiteral("CREATE TABLE dw_changes (id INTEGER)") }));
    QList<TableDefinition> tables;
    CHECK(SchemaInspector(db()).allTables(&tables, &m_error));
    QStringList names;
    for (const TableDefinition &t : std::as_const(tables)) {
        names.append(t.name);
        TableDefinition one;
        CHECK(inspect(t.name, &one));
        QCOMPARE(describe(t), describe(one));
    }
    QCOMPARE(names, (QStringList { u8("alpha"), u8("Zeta"), u8("Строка заказа") }));
    QCOMPARE(tables.at(0).column(QStringLiteral("zeta_id"))->lookupTable, QStringLiteral("Zeta"));
    QCOMPARE(describe(tables.at(2)), describe(wholeTable(backend)));
}

void TestSchemaInspector::sqliteIgnoresTemporaryTables()
{
    OPEN_ENVIRONMENT(Sqlite);
    // A temporary table of the same name shadows the real one in plain SQL; not here.
    CHECK(exec({ QStringLiteral("CREATE TABLE shadowed (a INTEGER, b TEXT)"),
        QStringLiteral("CREATE TEMP TABLE shadowed (z BLOB)"),
        QStringLiteral("CREATE TEMP TABLE only_temp (z BLOB)") }));
    TableDefinition read;
    CHECK(inspect(QStringLiteral("shadowed"), &read));
    QCOMPARE(read.columns.size(), 2);
    QCOMPARE(read.columns.at(0).name, QStringLiteral("a"));
    QVERIFY(!inspect(QStringLiteral("only_temp"), &read));
}

void TestSchemaInspector::postgresReadsCurrentSchemaOnly()
{
    OPEN_ENVIRONMENT(Postgres);
    // The same table name in another schema, with other columns and keys.
    CHECK(exec({ QStringLiteral("CREATE SCHEMA decoy"),
        QStringLiteral("CREATE TABLE decoy.orders (id INTEGER PRIMARY KEY, extra TEXT UNIQUE, "
                       "parent INTEGER REFERENCES decoy.orders (id))"),
        QStringLiteral("CREATE TABLE decoy.only_decoy (x INTEGER)"),
        QStringLiteral("CREATE TABLE orders (code TEXT NOT NULL, note TEXT)") }));
    QStringList names;
    CHECK(SchemaInspector(db()).tableNames(&names, &m_error));
    QCOMPARE(names, QStringList { QStringLiteral("orders") });
    TableDefinition read;
    CHECK(inspect(QStringLiteral("orders"), &read));
    TableDefinition expected;
    expected.name = QStringLiteral("orders");
    expected.columns
        = { column("code", ColumnType::Text, false), column("note", ColumnType::Text) };
    QCOMPARE(describe(read), describe(expected));
    QVERIFY(!inspect(QStringLiteral("only_decoy"), &read));
}

QTEST_GUILESS_MAIN(TestSchemaInspector)
#include "tst_schemainspector.moc"
