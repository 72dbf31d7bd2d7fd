#include "schemaddl.h"

#include "tr.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace dw {

namespace {

QString zeroValue(ColumnType type, SqlDialect dialect)
{
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Decimal:
    case ColumnType::Double:
        return QStringLiteral("0");
    case ColumnType::Boolean:
        return dialect == SqlDialect::Postgres ? QStringLiteral("FALSE") : QStringLiteral("0");
    case ColumnType::Text:
        return QStringLiteral("''");
    case ColumnType::DateTime:
    case ColumnType::Guid:
    case ColumnType::Binary:
        break;
    }
    return {};
}

// A random version 4 GUID in its lowercase text form, as Dataverse fills a table's id column.
constexpr QLatin1String kSqliteGuid(
    "(lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
    "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
    "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))))");
// The current UTC time in the ISO 8601 form the engine writes dates in.
constexpr QLatin1String kSqliteNow("(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");

QString quotedText(QString text)
{
    return u'\'' + text.replace(u'\'', QLatin1String("''")) + u'\'';
}

// A literal default: numbers and booleans as SQL literals where the column holds them, anything
// else as quoted text, so no default can carry SQL of its own into the DDL.
QString literalValue(const QString &literal, ColumnType type, SqlDialect dialect)
{
    const QString value = literal.trimmed();
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Decimal:
    case ColumnType::Double: {
        bool ok = false;
        value.toDouble(&ok);
        if (ok && !value.contains(QLatin1String("inf"), Qt::CaseInsensitive)
            && !value.contains(QLatin1String("nan"), Qt::CaseInsensitive))
            return value;
        break;
    }
    case ColumnType::Boolean: {
        const bool isTrue = value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
            || value == QLatin1String("1");
        const bool isFalse = value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0
            || value == QLatin1String("0");
        if (isTrue || isFalse) {
            if (dialect == SqlDialect::Postgres)
                return isTrue ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            return isTrue ? QStringLiteral("1") : QStringLiteral("0");
        }
        break;
    }
    case ColumnType::Binary:
        return {};
    case ColumnType::Text:
    case ColumnType::DateTime:
    case ColumnType::Guid:
        break;
    }
    return quotedText(literal);
}

// The DEFAULT expression of a column for a dialect; empty when it has none.
QString defaultValue(const ColumnDefinition &column, SqlDialect dialect)
{
    if (!column.hasDefault && column.defaultExpression.isEmpty())
        return {};
    const QString &expression = column.defaultExpression;
    const bool postgres = dialect == SqlDialect::Postgres;
    if (expression.isEmpty())
        return zeroValue(column.type, dialect);
    if (expression == QLatin1String("guid")) {
        if (column.type != ColumnType::Guid && column.type != ColumnType::Text)
            return {};
        if (!postgres)
            return kSqliteGuid;
        return column.type == ColumnType::Guid ? QStringLiteral("gen_random_uuid()")
                                               : QStringLiteral("(gen_random_uuid()::text)");
    }
    if (expression == QLatin1String("now")) {
        if (column.type != ColumnType::DateTime && column.type != ColumnType::Text)
            return {};
        if (!postgres)
            return kSqliteNow;
        return column.type == ColumnType::DateTime
            ? QStringLiteral("CURRENT_TIMESTAMP")
            : QStringLiteral(
                "(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))");
    }
    return literalValue(expression, column.type, dialect);
}

QString quoteList(const QStringList &names, const std::function<QString(const QString &)> &quote)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(quote(name));
    return quoted.join(QLatin1String(", "));
}

QStringList statements(const TableDefinition &table, SqlDialect dialect, const QString &tableName,
    const std::function<QString(const QString &)> &quoteField)
{
    QStringList lines;
    for (const ColumnDefinition &column : table.columns) {
        QString line = quoteField(column.name) + u' '
            + SchemaDdl::sqlType(column.type, column.maxLength, dialect);
        // Key columns are NOT NULL even where a definition forgot it: SQLite would otherwise
        // accept NULL in a non-integer primary key.
        if (!column.nullable || table.primaryKey.contains(column.name, Qt::CaseInsensitive))
            line += QLatin1String(" NOT NULL");
        const QString fill = defaultValue(column, dialect);
        if (!fill.isEmpty())
            line += QLatin1String(" DEFAULT ") + fill;
        lines.append(line);
    }
    if (!table.primaryKey.isEmpty())
        lines.append(
            QLatin1String("PRIMARY KEY (") + quoteList(table.primaryKey, quoteField) + u')');
    for (const QStringList &unique : table.uniqueKeys)
        lines.append(QLatin1String("UNIQUE (") + quoteList(unique, quoteField) + u')');
    return { QLatin1String("CREATE TABLE ") + tableName + QLatin1String(" (\n    ")
        + lines.join(QLatin1String(",\n    ")) + QLatin1String("\n)") };
}

// Qt's SQLite and PostgreSQL drivers leave a name that starts or ends with '"' (or, in SQLite,
// contains both '[' and ']') as it is, taking it for already quoted. Such a name from a CDM
// document must not reach the SQL text unquoted.
bool quotedSafely(const QString &name, const QString &escaped, bool splitDots)
{
    const QStringList parts = splitDots ? name.split(u'.') : QStringList { name };
    QStringList expected;
    for (QString part : parts)
        expected.append(u'"' + part.replace(u'"', QLatin1String("\"\"")) + u'"');
    return escaped == expected.join(u'.');
}

} // namespace

QString SchemaDdl::sqlType(ColumnType type, int maxLength, SqlDialect dialect)
{
    if (dialect == SqlDialect::Postgres) {
        switch (type) {
        case ColumnType::Text:
            return maxLength > 0 ? QStringLiteral("varchar(%1)").arg(maxLength)
                                 : QStringLiteral("text");
        case ColumnType::Integer:
            return QStringLiteral("bigint");
        case ColumnType::Decimal:
            return QStringLiteral("numeric");
        case ColumnType::Double:
            return QStringLiteral("double precision");
        case ColumnType::Boolean:
            return QStringLiteral("boolean");
        case ColumnType::DateTime:
            return QStringLiteral("timestamptz");
        case ColumnType::Guid:
            return QStringLiteral("uuid");
        case ColumnType::Binary:
            return QStringLiteral("bytea");
        }
        return {};
    }
    // SQLite: booleans are 0/1 integers, dates ISO 8601 text, GUIDs their text form; a length
    // limit would not be enforced, so none is written.
    switch (type) {
    case ColumnType::Text:
    case ColumnType::DateTime:
    case ColumnType::Guid:
        return QStringLiteral("TEXT");
    case ColumnType::Integer:
    case ColumnType::Boolean:
        return QStringLiteral("INTEGER");
    case ColumnType::Decimal:
        return QStringLiteral("NUMERIC");
    case ColumnType::Double:
        return QStringLiteral("REAL");
    case ColumnType::Binary:
        return QStringLiteral("BLOB");
    }
    return {};
}

QStringList SchemaDdl::createTable(const TableDefinition &table, SqlDialect dialect,
    const std::function<QString(const QString &)> &quoteIdentifier)
{
    return statements(table, dialect, quoteIdentifier(table.name), quoteIdentifier);
}

bool SchemaDdl::create(QSqlDatabase db, const TableDefinition &table, QString *error)
{
    if (table.name.isEmpty() || table.columns.isEmpty()) {
        *error = Tr::tr("Cannot create table '%1': it has no name or no columns").arg(table.name);
        return false;
    }
    QSqlDriver *driver = db.driver();
    const QString tableName = driver->escapeIdentifier(table.name, QSqlDriver::TableName);
    if (!quotedSafely(table.name, tableName, true)) {
        *error
            = Tr::tr("Cannot create table '%1': the name cannot be quoted safely").arg(table.name);
        return false;
    }
    for (const ColumnDefinition &column : table.columns) {
        if (column.name.isEmpty()
            || !quotedSafely(
                column.name, driver->escapeIdentifier(column.name, QSqlDriver::FieldName), false)) {
            *error = Tr::tr("Cannot create table '%1': the column name '%2' cannot be quoted "
                            "safely")
                         .arg(table.name, column.name);
            return false;
        }
    }
    const QStringList sql
        = statements(table, dialectOf(db), tableName, [driver](const QString &name) {
              return driver->escapeIdentifier(name, QSqlDriver::FieldName);
          });

    if (!db.transaction()) {
        *error = Tr::tr("Cannot create table '%1': %2").arg(table.name, db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    for (const QString &statement : sql) {
        if (!query.exec(statement)) {
            *error
                = Tr::tr("Cannot create table '%1': %2").arg(table.name, query.lastError().text());
            query.finish();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = Tr::tr("Cannot create table '%1': %2").arg(table.name, db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

} // namespace dw
