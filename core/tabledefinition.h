#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dw {

// Portable column types. Each maps to one SQLite and one PostgreSQL type (schemaddl.h) and
// back from introspection, so both drivers see the same table.
enum class ColumnType { Text, Integer, Decimal, Double, Boolean, DateTime, Guid, Binary };

QString columnTypeId(ColumnType type);
bool columnTypeFromId(const QString &id, ColumnType *type);

struct ColumnDefinition
{
    QString name;
    ColumnType type = ColumnType::Text;
    bool nullable = true;
    int maxLength = 0; // 0 = unbounded
    bool hasDefault = false;
    QString lookupTable; // table this column references; empty when it is no lookup
    // What fills the column when a writer leaves it out (with hasDefault): "guid" (a new
    // GUID), "now" (the current UTC time) or a literal value; empty: the type's zero value.
    QString defaultExpression;

    bool operator==(const ColumnDefinition &) const = default;
};

// A table as dwadmin sees it: from introspection of an environment, or from a CDM entity.
struct TableDefinition
{
    QString name;
    QList<ColumnDefinition> columns;
    QStringList primaryKey;
    QList<QStringList> uniqueKeys;

    const ColumnDefinition *column(const QString &name) const;
    bool operator==(const TableDefinition &) const = default;
};

} // namespace dw
