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
        const QString zero = column.hasDefault ? zeroValue(column.type, dialect) : QString();
        if (!zero.isEmpty())
            line += QLatin1String(" DEFAULT ") + zero;
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
