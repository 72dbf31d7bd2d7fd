#pragma once

#include "sqldialect.h"
#include "tabledefinition.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace dw {

// Writes the DDL that creates a TableDefinition in a simulated environment, for SQLite and
// PostgreSQL alike, so both drivers see the same portable column types (tabledefinition.h).
//
// Lookups (ColumnDefinition::lookupTable) become no FOREIGN KEY constraint: in the simulation a
// table is created from one CDM document at a time, the referenced tables may not exist (yet),
// and Dataverse itself lets the sync write rows whose lookup targets arrive later. Lookups stay
// soft references that the sync resolves and reports.
//
// A column with hasDefault gets the zero value of its type (0, false or the empty text); date,
// GUID and binary columns have no zero value and get no DEFAULT clause. A defaultExpression
// overrides the zero value with what each dialect writes for it: "guid" a new random GUID (as
// Dataverse fills a table's id), "now" the current UTC time (createdon, modifiedon), anything
// else a literal, quoted as text unless the column holds numbers or booleans.
// sqlType and createTable are pure; create works on a connection owned by the caller's thread.
class SchemaDdl
{
public:
    static QString sqlType(ColumnType type, int maxLength, SqlDialect dialect);
    static QStringList createTable(const TableDefinition &table, SqlDialect dialect,
        const std::function<QString(const QString &)> &quoteIdentifier);
    static bool create(QSqlDatabase db, const TableDefinition &table, QString *error);
};

} // namespace dw
