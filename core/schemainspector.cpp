#include "schemainspector.h"

#include "tr.h"

#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace dw {

namespace {

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

bool isUserTable(const QString &name, bool sqlite)
{
    // SQLite reserves sqlite_* in any letter case for itself.
    if (sqlite && name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive))
        return false;
    return !name.startsWith(QLatin1String("dw_"));
}

// Case-insensitive order for people; the exact comparison only orders names that differ in
// case alone (possible in PostgreSQL), so the result does not depend on the input order.
bool nameLess(const QString &a, const QString &b)
{
    const int order = a.compare(b, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : a < b;
}

QStringList sortedUserTables(const QStringList &all, bool sqlite)
{
    QStringList names;
    for (const QString &name : all) {
        if (isUserTable(name, sqlite))
            names.append(name);
    }
    std::sort(names.begin(), names.end(), nameLess);
    return names;
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *detail)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *detail = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *detail = query.lastError().text();
        return false;
    }
    return true;
}

// A default written as the NULL literal (SQLite "NULL", PostgreSQL "NULL::text") does not spare
// an insert from naming the column.
bool isRealDefault(const QString &expression)
{
    const QString value = expression.trimmed();
    return !value.isEmpty() && value.compare(QLatin1String("NULL"), Qt::CaseInsensitive) != 0
        && !value.startsWith(QLatin1String("NULL::"), Qt::CaseInsensitive);
}

ColumnDefinition *findColumn(TableDefinition *table, const QString &name)
{
    for (ColumnDefinition &column : table->columns) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

// A lookup resolves one value to one row; a column of a composite foreign key does not identify
// a row alone, so only single-column foreign keys become lookups.
void addLookups(TableDefinition *table, const QMap<QString, QStringList> &columnsByKey,
    const QMap<QString, QString> &tableByKey)
{
    for (auto it = columnsByKey.cbegin(); it != columnsByKey.cend(); ++it) {
        if (it.value().size() != 1)
            continue;
        if (ColumnDefinition *column = findColumn(table, it.value().constFirst()))
            column->lookupTable = tableByKey.value(it.key());
    }
}

void addUniqueKey(TableDefinition *table, const QStringList &key)
{
    if (!key.isEmpty() && key != table->primaryKey && !table->uniqueKeys.contains(key))
        table->uniqueKeys.append(key);
}

} // namespace

SchemaInspector::SchemaInspector(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool SchemaInspector::tableNames(QStringList *names, QString *error) const
{
    QStringList all;
    if (!listTables(&all, error))
        return false;
    *names = sortedUserTables(all, isSqlite(m_db));
    return true;
}

bool SchemaInspector::table(const QString &name, TableDefinition *table, QString *error) const
{
    QStringList all;
    if (!listTables(&all, error))
        return false;
    QString declaredName;
    if (!resolveName(name, all, &declaredName, error))
        return false;
    return readTable(declaredName, all, table, error);
}

bool SchemaInspector::allTables(QList<TableDefinition> *tables, QString *error) const
{
    QStringList all;
    if (!listTables(&all, error))
        return false;
    tables->clear();
    for (const QString &name : sortedUserTables(all, isSqlite(m_db))) {
        TableDefinition table;
        if (!readTable(name, all, &table, error))
            return false;
        tables->append(table);
    }
    return true;
}

ColumnType SchemaInspector::sqliteColumnType(const QString &declaredType, int *maxLength)
{
    *maxLength = 0;
    const QString upper = declaredType.toUpper();
    const QString name = upper.left(upper.indexOf(u'(')).simplified();
    // SQLite gives these NUMERIC affinity, which would read as Decimal; the declared intent is
    // plain, and what dwadmin stores in them (0/1, ISO 8601 text, GUID text) keeps its form.
    static const QStringList booleans { QStringLiteral("BOOLEAN"), QStringLiteral("BOOL") };
    static const QStringList dates { QStringLiteral("DATETIME"), QStringLiteral("TIMESTAMP"),
        QStringLiteral("TIMESTAMPTZ"), QStringLiteral("DATE") };
    static const QStringList guids { QStringLiteral("UUID"), QStringLiteral("GUID"),
        QStringLiteral("UNIQUEIDENTIFIER") };
    if (booleans.contains(name))
        return ColumnType::Boolean;
    if (dates.contains(name))
        return ColumnType::DateTime;
    if (guids.contains(name))
        return ColumnType::Guid;

    // SQLite's affinity rules (sqlite.org/datatype3.html, section 3.1), in their order.
    if (upper.contains(QLatin1String("INT")))
        return ColumnType::Integer;
    if (upper.contains(QLatin1String("CHAR")) || upper.contains(QLatin1String("CLOB"))
        || upper.contains(QLatin1String("TEXT"))) {
        static const QRegularExpression length(QStringLiteral("\\(\\s*(\\d+)\\s*\\)"));
        const QRegularExpressionMatch match = length.match(upper);
        if (match.hasMatch())
            *maxLength = match.captured(1).toInt();
        return ColumnType::Text;
    }
    if (upper.contains(QLatin1String("BLOB")) || upper.trimmed().isEmpty())
        return ColumnType::Binary;
    if (upper.contains(QLatin1String("REAL")) || upper.contains(QLatin1String("FLOA"))
        || upper.contains(QLatin1String("DOUB")))
        return ColumnType::Double;
    return ColumnType::Decimal; // NUMERIC affinity
}

ColumnType SchemaInspector::postgresColumnType(const QString &udtName)
{
    static const QMap<QString, ColumnType> types {
        { QStringLiteral("text"), ColumnType::Text },
        { QStringLiteral("varchar"), ColumnType::Text },
        { QStringLiteral("bpchar"), ColumnType::Text },
        { QStringLiteral("int2"), ColumnType::Integer },
        { QStringLiteral("int4"), ColumnType::Integer },
        { QStringLiteral("int8"), ColumnType::Integer },
        { QStringLiteral("numeric"), ColumnType::Decimal },
        { QStringLiteral("float4"), ColumnType::Double },
        { QStringLiteral("float8"), ColumnType::Double },
        { QStringLiteral("bool"), ColumnType::Boolean },
        { QStringLiteral("timestamp"), ColumnType::DateTime },
        { QStringLiteral("timestamptz"), ColumnType::DateTime },
        { QStringLiteral("date"), ColumnType::DateTime },
        { QStringLiteral("uuid"), ColumnType::Guid },
        { QStringLiteral("bytea"), ColumnType::Binary },
    };
    // Anything else (json, time, interval, enums, arrays, ...) reads as Text: every PostgreSQL
    // value has a text form that it accepts back on input, so copying it as text loses nothing,
    // where guessing a narrower type could reject or alter values.
    return types.value(udtName, ColumnType::Text);
}

bool SchemaInspector::listTables(QStringList *names, QString *error) const
{
    QString sql;
    if (isSqlite(m_db)) {
        sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'");
    } else if (isPostgres(m_db)) {
        // Plain and partitioned tables of the current schema; partitions are read through
        // their parent.
        sql = QStringLiteral("SELECT c.relname FROM pg_catalog.pg_class c "
                             "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                             "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
                             "AND NOT c.relispartition");
    } else {
        *error = Tr::tr("Cannot read the tables of the %1 database: the driver %2 is not "
                        "supported")
                     .arg(databaseLabel(), m_db.driverName());
        return false;
    }
    QSqlQuery query(m_db);
    QString detail;
    if (!exec(query, sql, {}, &detail)) {
        *error
            = Tr::tr("Cannot read the tables of the %1 database: %2").arg(databaseLabel(), detail);
        return false;
    }
    names->clear();
    while (query.next())
        names->append(query.value(0).toString());
    return true;
}

bool SchemaInspector::resolveName(
    const QString &name, const QStringList &all, QString *declaredName, QString *error) const
{
    QStringList matches;
    for (const QString &candidate : all) {
        if (!isUserTable(candidate, isSqlite(m_db)))
            continue;
        if (candidate == name) {
            *declaredName = candidate;
            return true;
        }
        if (candidate.compare(name, Qt::CaseInsensitive) == 0)
            matches.append(candidate);
    }
    if (matches.size() == 1) {
        *declaredName = matches.constFirst();
        return true;
    }
    if (matches.isEmpty()) {
        *error = Tr::tr("Table %1 does not exist in the %2 database").arg(name, databaseLabel());
    } else {
        std::sort(matches.begin(), matches.end(), nameLess);
        *error = Tr::tr("Table %1 is ambiguous in the %2 database: it matches the tables %3")
                     .arg(name, databaseLabel(), matches.join(QLatin1String(", ")));
    }
    return false;
}

bool SchemaInspector::readTable(const QString &declaredName, const QStringList &all,
    TableDefinition *table, QString *error) const
{
    *table = TableDefinition();
    table->name = declaredName;
    QString detail;
    const bool ok
        = isSqlite(m_db) ? readSqliteTable(all, table, &detail) : readPostgresTable(table, &detail);
    if (!ok) {
        *error = Tr::tr("Cannot read table %1 of the %2 database: %3")
                     .arg(declaredName, databaseLabel(), detail);
        return false;
    }
    if (table->columns.isEmpty()) { // dropped since it was listed
        *error = Tr::tr("Table %1 does not exist in the %2 database")
                     .arg(declaredName, databaseLabel());
        return false;
    }
    return true;
}

bool SchemaInspector::readSqliteTable(
    const QStringList &all, TableDefinition *table, QString *detail) const
{
    // PRAGMA statements take no bound parameters, their table-valued forms do; 'main' keeps a
    // temporary table of the same name from shadowing the real one.
    QSqlQuery query(m_db);
    if (!exec(query,
            QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk "
                           "FROM pragma_table_info(?, 'main') ORDER BY cid"),
            { table->name }, detail))
        return false;
    QMap<int, QString> keyByPosition;
    QString keyType;
    while (query.next()) {
        ColumnDefinition column;
        column.name = query.value(0).toString();
        column.type = sqliteColumnType(query.value(1).toString(), &column.maxLength);
        column.nullable = query.value(2).toInt() == 0;
        column.hasDefault = !query.isNull(3) && isRealDefault(query.value(3).toString());
        const int keyPosition = query.value(4).toInt();
        if (keyPosition > 0) {
            keyByPosition.insert(keyPosition, column.name);
            keyType = query.value(1).toString().trimmed();
        }
        table->columns.append(column);
    }
    table->primaryKey = keyByPosition.values();

    // Unique indexes in creation order (sqlite_master's rowid); the index list's own order is
    // not the declaration order. Partial indexes do not make a key.
    if (!exec(query,
            QStringLiteral("SELECT l.name, l.origin FROM pragma_index_list(?, 'main') AS l "
                           "LEFT JOIN sqlite_master AS m ON m.type = 'index' AND m.name = l.name "
                           "WHERE l.\"unique\" = 1 AND l.partial = 0 ORDER BY m.rowid"),
            { table->name }, detail))
        return false;
    QStringList uniqueIndexes;
    bool keyHasIndex = false;
    while (query.next()) {
        if (query.value(1).toString() == QLatin1String("pk"))
            keyHasIndex = true;
        else
            uniqueIndexes.append(query.value(0).toString());
    }
    for (const QString &index : std::as_const(uniqueIndexes)) {
        if (!exec(query,
                QStringLiteral("SELECT name FROM pragma_index_info(?, 'main') ORDER BY seqno"),
                { index }, detail))
            return false;
        QStringList key;
        bool expression = false;
        while (query.next()) {
            expression = expression || query.isNull(0);
            key.append(query.value(0).toString());
        }
        if (!expression)
            addUniqueKey(table, key);
    }

    // A single INTEGER PRIMARY KEY is the rowid: never NULL, and assigned when an insert leaves
    // it out. Any other primary key has an index of its own.
    if (table->primaryKey.size() == 1 && !keyHasIndex
        && keyType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0) {
        ColumnDefinition *rowid = findColumn(table, table->primaryKey.constFirst());
        rowid->nullable = false;
        rowid->hasDefault = true;
    }

    if (!exec(query,
            QStringLiteral("SELECT id, \"table\", \"from\" "
                           "FROM pragma_foreign_key_list(?, 'main') ORDER BY id, seq"),
            { table->name }, detail))
        return false;
    QMap<QString, QStringList> columnsByKey;
    QMap<QString, QString> tableByKey;
    while (query.next()) {
        const QString key = query.value(0).toString();
        QString target = query.value(1).toString();
        // A foreign key names its table as written; report the table's declared name.
        for (const QString &candidate : all) {
            if (candidate.compare(target, Qt::CaseInsensitive) == 0) {
                target = candidate;
                break;
            }
        }
        columnsByKey[key].append(query.value(2).toString());
        tableByKey.insert(key, target);
    }
    addLookups(table, columnsByKey, tableByKey);
    return true;
}

bool SchemaInspector::readPostgresTable(TableDefinition *table, QString *detail) const
{
    QSqlQuery query(m_db);
    if (!exec(query,
            QStringLiteral(
                "SELECT column_name, udt_name, character_maximum_length, is_nullable, "
                "column_default, is_identity, is_generated FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = ? "
                "ORDER BY ordinal_position"),
            { table->name }, detail))
        return false;
    while (query.next()) {
        ColumnDefinition column;
        column.name = query.value(0).toString();
        column.type = postgresColumnType(query.value(1).toString());
        if (column.type == ColumnType::Text && !query.isNull(2))
            column.maxLength = query.value(2).toInt();
        column.nullable = query.value(3).toString() == QLatin1String("YES");
        // Identity and generated columns are filled by the database, like a default.
        column.hasDefault = (!query.isNull(4) && isRealDefault(query.value(4).toString()))
            || query.value(5).toString() == QLatin1String("YES")
            || query.value(6).toString() == QLatin1String("ALWAYS");
        table->columns.append(column);
    }

    // Primary key first, then unique indexes in creation (oid) order. Unique indexes count
    // whether a constraint or CREATE UNIQUE INDEX made them; partial and expression indexes
    // do not make a key, nor do INCLUDE columns.
    if (!exec(query,
            QStringLiteral(
                "SELECT i.indexrelid, i.indisprimary, a.attname "
                "FROM pg_catalog.pg_index i "
                "JOIN pg_catalog.pg_class c ON c.oid = i.indrelid "
                "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                "CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) "
                "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum "
                "WHERE n.nspname = current_schema() AND c.relname = ? AND i.indisunique "
                "AND i.indpred IS NULL AND i.indexprs IS NULL AND k.ord <= i.indnkeyatts "
                "ORDER BY i.indisprimary DESC, i.indexrelid, k.ord"),
            { table->name }, detail))
        return false;
    QString currentIndex;
    QStringList key;
    while (query.next()) {
        const QString index = query.value(0).toString();
        if (index != currentIndex) {
            addUniqueKey(table, key);
            key.clear();
            currentIndex = index;
        }
        if (query.value(1).toBool())
            table->primaryKey.append(query.value(2).toString());
        else
            key.append(query.value(2).toString());
    }
    addUniqueKey(table, key);

    if (!exec(query,
            QStringLiteral(
                "SELECT con.oid, a.attname, rc.relname FROM pg_catalog.pg_constraint con "
                "JOIN pg_catalog.pg_class c ON c.oid = con.conrelid "
                "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                "JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid "
                "CROSS JOIN LATERAL unnest(con.conkey) AS k(attnum) "
                "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum "
                "WHERE con.contype = 'f' AND n.nspname = current_schema() AND c.relname = ?"),
            { table->name }, detail))
        return false;
    QMap<QString, QStringList> columnsByKey;
    QMap<QString, QString> tableByKey;
    while (query.next()) {
        const QString key = query.value(0).toString();
        columnsByKey[key].append(query.value(1).toString());
        tableByKey.insert(key, query.value(2).toString());
    }
    addLookups(table, columnsByKey, tableByKey);
    return true;
}

QString SchemaInspector::databaseLabel() const
{
    return m_db.databaseName().isEmpty() ? m_db.connectionName() : m_db.databaseName();
}

} // namespace dw
