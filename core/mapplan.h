#pragma once

#include "tabledefinition.h"
#include "tablemap.h"

namespace dw {

// One target column a plan writes, and where its value comes from.
struct PlanStep
{
    int fieldIndex = -1; // into TableMap::fields
    QString sourceColumn; // empty for Constant or Default-only rows
    int sourceIndex = -1; // into MapPlan::sourceColumns
    ColumnDefinition target;
    Transform transform;
};

// A table map compiled for one direction (source side → target side) against both tables'
// introspected definitions: which source columns to read, which target columns to write, and
// the key columns on each side. Built once per map and run; a plain value.
class MapPlan
{
public:
    static bool build(const TableMap &map, Side source, const TableDefinition &sourceTable,
        const TableDefinition &targetTable, MapPlan *plan, QString *error);

    TableMap map;
    Side source = Side::Dataverse;
    Side target = Side::Finance;
    TableDefinition sourceTable;
    TableDefinition targetTable;
    QStringList sourceColumns; // read from the source, in this order
    QList<int> sourceKeyIndexes; // into sourceColumns, in the order of map.keys
    QList<PlanStep> steps; // target buffer column i is written by steps[i]
    QList<int> targetKeySteps; // into steps, in the order of map.keys
    QList<int> sourceHashIndexes; // source columns whose values define the source-side hash
    // Target columns that flow the other way (two-way maps): their values after a write define
    // the target-side hash, against which the target's own captured changes are compared.
    QStringList targetOutgoingColumns;

    QString fieldLabel(const PlanStep &step) const;
    QStringList targetColumns() const;
};

// True when the table's primary key or one of its unique keys is exactly `columns` (any order).
bool hasUniqueKey(const TableDefinition &table, const QStringList &columns);

// The fields of a map that flow from `source` to the other side.
bool flowsFrom(FieldDirection direction, Side source);

} // namespace dw
