#include "recordcomparison.h"

#include "maplifecycle.h"
#include "recordcodec.h"
#include "recordtransformer.h"
#include "sourcereader.h"
#include "sqlitestatement.h"
#include "syncsession.h"
#include "tr.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dw {

namespace {

QVariant variantOf(const RowBuffer &buffer, const Cell &cell)
{
    switch (cell.type) {
    case Cell::Type::Null:
        break;
    case Cell::Type::Integer:
        return cell.integer;
    case Cell::Type::Real:
        return cell.real;
    case Cell::Type::Text:
        return QString::fromUtf8(buffer.bytes(cell));
    case Cell::Type::Blob:
        return buffer.bytes(cell).toByteArray();
    }
    return {};
}

const QString &columnOn(const FieldMapping &field, Side side)
{
    return side == Side::Dataverse ? field.dataverse : field.finance;
}

// The record's source side: the side not last written to; a record never written takes the
// map's only source side, or its conflict master in a two-way map.
Side sourceOf(const RecordState &record, const TableMap &map)
{
    if (record.direction)
        return *record.direction == Side::Dataverse ? Side::Finance : Side::Dataverse;
    const QList<Side> sides = MapLifecycle::sourceSides(map);
    return sides.size() == 1 ? sides.constFirst() : map.conflictMaster;
}

// Reads the mapped columns of one row, found by `keyColumns` = `keyValues`, into `values`
// (by column name). *found false when no row has that key.
bool readRow(const QSqlDatabase &db, const QString &table, const QStringList &columns,
    const QStringList &keyColumns, const QVariantList &keyValues, QHash<QString, QVariant> *values,
    bool *found, QString *error)
{
    QStringList selected;
    for (const QString &column : columns)
        selected.append(sqliteQuote(column));
    QStringList where;
    for (const QString &key : keyColumns)
        where.append(sqliteQuote(key) + QStringLiteral(" = ?"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 LIMIT 1")
                           .arg(selected.join(QStringLiteral(", ")), sqliteQuote(table),
                               where.join(QStringLiteral(" AND "))))) {
        *error = Tr::tr("Cannot read table %1: %2").arg(table, query.lastError().text());
        return false;
    }
    for (const QVariant &value : keyValues)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = Tr::tr("Cannot read table %1: %2").arg(table, query.lastError().text());
        return false;
    }
    *found = query.next();
    for (qsizetype i = 0; *found && i < columns.size(); ++i)
        values->insert(columns.at(i), query.value(int(i)));
    return true;
}

} // namespace

int RecordComparison::differences() const
{
    return int(std::count_if(
        fields.cbegin(), fields.cend(), [](const FieldComparison &f) { return f.differs; }));
}

bool RecordComparer::sameValue(const QVariant &a, const QVariant &b)
{
    const bool aEmpty = a.isNull() || (a.typeId() == QMetaType::QString && a.toString().isEmpty());
    const bool bEmpty = b.isNull() || (b.typeId() == QMetaType::QString && b.toString().isEmpty());
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    bool aNumber = false;
    bool bNumber = false;
    const double x = a.toDouble(&aNumber);
    const double y = b.toDouble(&bNumber);
    if (aNumber && bNumber)
        return qFuzzyCompare(1.0 + x, 1.0 + y);
    return a.toString() == b.toString();
}

void RecordComparer::sourceKey(const RecordState &record, const MapPlan &plan, RowBuffer *keys,
    QStringList *columns, QVariantList *values)
{
    const int keyCount = int(plan.sourceKeyIndexes.size());
    if (record.sourceKey.isEmpty() || !RecordCodec::decodeCursor(record.sourceKey, keys)
        || keys->columnCount() != keyCount || keys->rowCount() != 1) {
        const bool provisional = record.key.startsWith(QChar(0x1e));
        const QStringList parts
            = RecordCodec::splitKey(provisional ? record.key.mid(1) : record.key);
        keys->reset(keyCount);
        keys->appendRow();
        for (int k = 0; k < keyCount && k < parts.size(); ++k)
            keys->setText(0, k, parts.at(k).toUtf8());
    }
    columns->clear();
    values->clear();
    for (int k = 0; k < keyCount; ++k) {
        columns->append(plan.sourceColumns.at(plan.sourceKeyIndexes.at(k)));
        values->append(variantOf(*keys, keys->cell(0, k)));
    }
}

bool RecordComparer::compare(
    const RecordState &record, RecordComparison *comparison, QString *error) const
{
    SyncSession session(m_workspace);
    if (!session.open(error, false))
        return false;
    const auto &maps = session.maps();
    const auto map = std::find_if(
        maps.cbegin(), maps.cend(), [&](const TableMap &m) { return m.name == record.map; });
    if (map == maps.cend()) {
        *error = Tr::tr("There is no map named \"%1\".").arg(record.map);
        return false;
    }
    RecordComparison result;
    result.source = sourceOf(record, *map);
    result.dataverseTable = map->dataverse.table;
    result.financeTable = map->finance.table;
    const Side target = result.source == Side::Dataverse ? Side::Finance : Side::Dataverse;
    std::shared_ptr<MapPlan> plan;
    if (!session.plan(*map, result.source, &plan, error))
        return false;

    RowBuffer keys;
    QStringList sourceKeyColumns;
    QVariantList sourceKeyValues;
    sourceKey(record, *plan, &keys, &sourceKeyColumns, &sourceKeyValues);
    result.sourceKeyColumns = sourceKeyColumns;

    // What the map makes of the source row now, field by field, so one bad field does not
    // hide the others.
    const std::unique_ptr<SourceReader> reader
        = makeSourceReader(session.environment(result.source));
    RowBuffer sourceRow;
    bool sourceFound = false;
    if (!reader) {
        *error = Tr::tr("The %1 environment uses a database driver dwadmin cannot read from.")
                     .arg(sideName(result.source));
        return false;
    }
    if (!reader->prepare(*plan, error)
        || !reader->readByKey(keys, 0, sourceRow, &sourceFound, error))
        return false;
    RowBuffer expected(int(plan->steps.size()));
    expected.appendRow();
    QHash<int, QString> stepErrors;
    if (sourceFound) {
        RecordTransformer transformer(*plan, session.lookups(result.source));
        for (int step = 0; step < plan->steps.size(); ++step) {
            FieldError fieldError;
            if (!transformer.transformSteps({ step }, sourceRow, 0, expected, 0, &fieldError))
                stepErrors.insert(step, fieldError.message);
        }
    }

    // The target row by the key the map computes; a key that cannot be computed finds none.
    QStringList targetKeyColumns;
    QVariantList targetKeyValues;
    bool targetKeyKnown = sourceFound;
    for (int step : plan->targetKeySteps) {
        targetKeyColumns.append(plan->steps.at(step).target.name);
        targetKeyValues.append(variantOf(expected, expected.cell(0, step)));
        targetKeyKnown = targetKeyKnown && !stepErrors.contains(step);
    }
    if (!targetKeyKnown && target == Side::Finance && !record.key.startsWith(QChar(0x1e))) {
        // The record key is Finance's key: it still finds a row written earlier.
        const QStringList parts = RecordCodec::splitKey(record.key);
        targetKeyValues.clear();
        for (const QString &part : parts)
            targetKeyValues.append(part);
        targetKeyKnown = targetKeyValues.size() == targetKeyColumns.size();
    }

    QStringList columns[2];
    for (const FieldMapping &field : map->fields) {
        for (Side side : { Side::Dataverse, Side::Finance }) {
            const QString &column = columnOn(field, side);
            if (!column.isEmpty() && !columns[int(side)].contains(column))
                columns[int(side)].append(column);
        }
    }
    QHash<QString, QVariant> values[2];
    bool found[2] = { false, false };
    if (!readRow(session.environment(result.source), plan->sourceTable.name,
            columns[int(result.source)], sourceKeyColumns, sourceKeyValues,
            &values[int(result.source)], &found[int(result.source)], error))
        return false;
    if (targetKeyKnown
        && !readRow(session.environment(target), plan->targetTable.name, columns[int(target)],
            targetKeyColumns, targetKeyValues, &values[int(target)], &found[int(target)], error))
        return false;
    result.dataverseFound = found[int(Side::Dataverse)];
    result.financeFound = found[int(Side::Finance)];

    for (int f = 0; f < map->fields.size(); ++f) {
        const FieldMapping &field = map->fields.at(f);
        FieldComparison row;
        row.dataverseColumn = field.dataverse;
        row.financeColumn = field.finance;
        row.direction = field.direction;
        row.dataverse = values[int(Side::Dataverse)].value(field.dataverse);
        row.finance = values[int(Side::Finance)].value(field.finance);
        const auto step = std::find_if(plan->steps.cbegin(), plan->steps.cend(),
            [f](const PlanStep &s) { return s.fieldIndex == f; });
        if (sourceFound && step != plan->steps.cend()) {
            const int index = int(step - plan->steps.cbegin());
            row.hasExpected = !stepErrors.contains(index);
            row.transformError = stepErrors.value(index);
            row.expected = variantOf(expected, expected.cell(0, index));
            const QVariant &actual = target == Side::Dataverse ? row.dataverse : row.finance;
            // A missing target row is said once for the record, not as a difference per field.
            row.differs
                = found[int(target)] && (!row.hasExpected || !sameValue(row.expected, actual));
        } else if (found[0] && found[1] && field.transform.type == Transform::Type::None
            && !field.dataverse.isEmpty() && !field.finance.isEmpty()) {
            row.differs = !sameValue(row.dataverse, row.finance);
        }
        result.fields.append(row);
    }
    *comparison = result;
    return true;
}

} // namespace dw
