#include "mapplan.h"

#include "tr.h"

#include <tuple>

namespace dw {

bool flowsFrom(FieldDirection direction, Side source)
{
    if (direction == FieldDirection::Both)
        return true;
    return source == Side::Dataverse ? direction == FieldDirection::ToFinance
                                     : direction == FieldDirection::ToDataverse;
}

namespace {
const QString &sideField(const FieldMapping &field, Side side)
{
    return side == Side::Dataverse ? field.dataverse : field.finance;
}
const QString &sideKey(const KeyPair &key, Side side)
{
    return side == Side::Dataverse ? key.dataverse : key.finance;
}

int indexOfColumn(const QStringList &columns, const QString &name)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}
} // namespace

bool MapPlan::build(const TableMap &map, Side source, const TableDefinition &sourceTable,
    const TableDefinition &targetTable, MapPlan *plan, QString *error)
{
    MapPlan result;
    result.map = map;
    result.source = source;
    result.target = source == Side::Dataverse ? Side::Finance : Side::Dataverse;
    result.sourceTable = sourceTable;
    result.targetTable = targetTable;

    auto addSource = [&](const QString &name) -> int {
        const ColumnDefinition *column = sourceTable.column(name);
        if (!column) {
            *error = Tr::tr("Map \"%1\": column %2 does not exist in the %3 table %4.")
                         .arg(map.name, name, sideName(source), sourceTable.name);
            return -1;
        }
        int index = indexOfColumn(result.sourceColumns, column->name);
        if (index < 0) {
            result.sourceColumns.append(column->name);
            index = int(result.sourceColumns.size() - 1);
        }
        return index;
    };

    for (qsizetype i = 0; i < map.fields.size(); ++i) {
        const FieldMapping &field = map.fields.at(i);
        if (!flowsFrom(field.direction, source))
            continue;
        PlanStep step;
        step.fieldIndex = int(i);
        step.transform = field.transform;
        const ColumnDefinition *target = targetTable.column(sideField(field, result.target));
        if (!target) {
            *error = Tr::tr("Map \"%1\": column %2 does not exist in the %3 table %4.")
                         .arg(map.name, sideField(field, result.target), sideName(result.target),
                             targetTable.name);
            return false;
        }
        step.target = *target;
        const QString &sourceName = sideField(field, source);
        if (!sourceName.isEmpty()) {
            step.sourceIndex = addSource(sourceName);
            if (step.sourceIndex < 0)
                return false;
            step.sourceColumn = result.sourceColumns.at(step.sourceIndex);
            result.sourceHashIndexes.append(step.sourceIndex);
        }
        result.steps.append(step);
    }
    for (const FieldMapping &field : map.fields) {
        if (flowsFrom(field.direction, result.target)
            && !sideField(field, result.target).isEmpty()) {
            const ColumnDefinition *column = targetTable.column(sideField(field, result.target));
            if (column)
                result.targetOutgoingColumns.append(column->name);
        }
    }
    if (result.steps.isEmpty()) {
        *error = Tr::tr("Map \"%1\" has no field that flows from %2 to %3.")
                     .arg(map.name, sideName(source), sideName(result.target));
        return false;
    }
    if (map.keys.isEmpty()) {
        *error = Tr::tr("Map \"%1\" has no integration key.").arg(map.name);
        return false;
    }
    for (const KeyPair &key : map.keys) {
        const int sourceIndex = addSource(sideKey(key, source));
        if (sourceIndex < 0)
            return false;
        result.sourceKeyIndexes.append(sourceIndex);
        int stepIndex = -1;
        for (qsizetype s = 0; s < result.steps.size(); ++s) {
            if (result.steps.at(s).target.name.compare(
                    sideKey(key, result.target), Qt::CaseInsensitive)
                == 0)
                stepIndex = int(s);
        }
        if (stepIndex < 0) {
            *error = Tr::tr("Map \"%1\": the key field %2 is not written from %3 to %4.")
                         .arg(map.name, sideKey(key, result.target), sideName(source),
                             sideName(result.target));
            return false;
        }
        result.targetKeySteps.append(stepIndex);
    }
    // Both sides must be able to find a record by its key alone: the target to upsert by it,
    // the source to page through rows in key order. Dual-write has the same rule (integration
    // keys are alternate keys).
    QStringList sourceKeys;
    for (int index : result.sourceKeyIndexes)
        sourceKeys.append(result.sourceColumns.at(index));
    QStringList targetKeys;
    for (int step : result.targetKeySteps)
        targetKeys.append(result.steps.at(step).target.name);
    for (const auto &[table, keys, side] : { std::tuple(&sourceTable, sourceKeys, source),
             std::tuple(&targetTable, targetKeys, result.target) }) {
        if (!hasUniqueKey(*table, keys)) {
            *error
                = Tr::tr(
                    "Map \"%1\": the %2 table %3 has no primary or unique key on the integration "
                    "key (%4); add one so records can be found by their key.")
                      .arg(map.name, sideName(side), table->name, keys.join(QStringLiteral(", ")));
            return false;
        }
    }
    *plan = result;
    return true;
}

bool hasUniqueKey(const TableDefinition &table, const QStringList &columns)
{
    auto sameColumns = [&](const QStringList &key) {
        if (key.size() != columns.size())
            return false;
        for (const QString &column : key) {
            bool found = false;
            for (const QString &wanted : columns)
                found |= column.compare(wanted, Qt::CaseInsensitive) == 0;
            if (!found)
                return false;
        }
        return true;
    };
    if (sameColumns(table.primaryKey))
        return true;
    for (const QStringList &key : table.uniqueKeys) {
        if (sameColumns(key))
            return true;
    }
    return false;
}

QString MapPlan::fieldLabel(const PlanStep &step) const
{
    if (step.sourceColumn.isEmpty())
        return step.target.name;
    //: A field mapping: target column ← source column
    return Tr::tr("%1 ← %2").arg(step.target.name, step.sourceColumn);
}

QStringList MapPlan::targetColumns() const
{
    QStringList columns;
    for (const PlanStep &step : steps)
        columns.append(step.target.name);
    return columns;
}

} // namespace dw
