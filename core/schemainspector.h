#pragma once

#include "tabledefinition.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dw {

// Reads the user tables of one environment (QSQLITE or QPSQL) as TableDefinitions: columns with
// their portable types, nullability, defaults and single-column foreign keys (lookupTable),
// the primary key and the unique keys in declaration order.
//
// Threading: works on a connection owned by the caller's thread; create and use it there.
// Scope: SQLite's main schema, PostgreSQL's current_schema(). Tables named sqlite_* (SQLite's
// own) and dw_* (dwadmin's change logs) are not user tables: they are neither listed nor read.
// Names keep their declared case; table() finds a table by exact name first, else by a
// case-insensitive match. Errors: false and a translated message naming table and database.
class SchemaInspector
{
public:
    explicit SchemaInspector(QSqlDatabase db);

    bool tableNames(QStringList *names, QString *error) const;
    bool table(const QString &name, TableDefinition *table, QString *error) const;
    bool allTables(QList<TableDefinition> *tables, QString *error) const;

    // The portable type of a column declared with `declaredType` in SQLite, by SQLite's type
    // affinity rules, except that the usual names for booleans, dates and GUIDs (BOOLEAN,
    // DATETIME, UUID, ...) keep that meaning. Sets *maxLength for text types declared with one
    // length, e.g. VARCHAR(40).
    static ColumnType sqliteColumnType(const QString &declaredType, int *maxLength);
    // The portable type of a PostgreSQL column from its udt_name (int4, varchar, ...).
    static ColumnType postgresColumnType(const QString &udtName);

private:
    bool listTables(QStringList *names, QString *error) const; // every table, unfiltered
    bool resolveName(
        const QString &name, const QStringList &all, QString *declaredName, QString *error) const;
    bool readTable(const QString &declaredName, const QStringList &all, TableDefinition *table,
        QString *error) const;
    bool readSqliteTable(const QStringList &all, TableDefinition *table, QString *detail) const;
    bool readPostgresTable(TableDefinition *table, QString *detail) const;
    QString databaseLabel() const;

    QSqlDatabase m_db;
};

} // namespace dw
