#include "fieldmappingmodel.h"

#include "statusicons.h"

#include <algorithm>

namespace dw {

FieldMappingModel::FieldMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FieldMappingModel::setFields(const QList<FieldMapping> &fields)
{
    beginResetModel();
    m_fields = fields;
    m_issues.clear();
    endResetModel();
}

void FieldMappingModel::setTransform(int row, const Transform &transform)
{
    if (row < 0 || row >= m_fields.size() || m_fields.at(row).transform == transform)
        return;
    m_fields[row].transform = transform;
    const QModelIndex cell = index(row, TransformColumn);
    emit dataChanged(cell, cell, { Qt::DisplayRole, Qt::ToolTipRole });
    emit edited();
}

void FieldMappingModel::setIssues(const QList<ValidationIssue> &issues)
{
    QHash<int, QList<ValidationIssue>> byRow;
    for (const ValidationIssue &issue : issues) {
        if (issue.fieldIndex >= 0 && issue.fieldIndex < m_fields.size())
            byRow[issue.fieldIndex].append(issue);
    }
    QList<int> rows = m_issues.keys() + byRow.keys();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<int> changed;
    for (int row : std::as_const(rows)) {
        QStringList before;
        QStringList after;
        for (const ValidationIssue &issue : m_issues.value(row))
            before.append(QString(issue.code + issue.message));
        for (const ValidationIssue &issue : byRow.value(row))
            after.append(QString(issue.code + issue.message));
        if (before != after)
            changed.append(row);
    }
    m_issues = byRow;
    for (int row : std::as_const(changed)) {
        emit headerDataChanged(Qt::Vertical, row, row);
        emit dataChanged(
            index(row, 0), index(row, ColumnCount - 1), { Qt::ToolTipRole, IssueCodesRole });
    }
}

void FieldMappingModel::clearIssues()
{
    // Row numbers moved; the next validation marks the rows again.
    m_issues.clear();
}

QStringList FieldMappingModel::problems(int row) const
{
    QStringList lines;
    for (const ValidationIssue &issue : m_issues.value(row))
        //: %1 an issue code such as DW202, %2 its message
        lines.append(tr("%1: %2").arg(issue.code, issue.message));
    return lines;
}

int FieldMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int FieldMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FieldMappingModel::directionName(FieldDirection direction)
{
    switch (direction) {
    case FieldDirection::ToDataverse:
        return tr("Finance → Dataverse");
    case FieldDirection::ToFinance:
        return tr("Dataverse → Finance");
    case FieldDirection::Both:
        break;
    }
    return tr("Both ways", "field mapping direction");
}

QString FieldMappingModel::transformSummary(const Transform &t)
{
    switch (t.type) {
    case Transform::Type::None:
        return {};
    case Transform::Type::Default:
        if (t.value.isNull())
            return tr("Default: (none)", "default value transform without value");
        return tr("Default: %1", "default value transform").arg(t.value.toString());
    case Transform::Type::Constant:
        if (t.value.isNull())
            return tr("Constant: (none)", "constant transform without value");
        return tr("Constant: %1", "constant transform").arg(t.value.toString());
    case Transform::Type::ValueMap:
        return tr("Value map (%n mapping(s))", "", int(t.valueMap.size()));
    case Transform::Type::Lookup:
        break;
    }
    //: %1 table, %2 key column matched with the source value, %3 column written to the target
    return tr("Lookup: %1.%2 → %3").arg(t.lookupTable, t.lookupKey, t.lookupValue);
}

QVariant FieldMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldMapping &field = m_fields.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (column == FinanceColumn)
            return field.finance;
        if (column == DataverseColumn)
            return field.dataverse;
        if (column == DirectionColumn)
            return directionSymbol(field.direction);
        return role == Qt::DisplayRole ? transformSummary(field.transform) : QVariant();
    case Qt::ToolTipRole: {
        const QStringList lines = problems(index.row());
        if (!lines.isEmpty())
            return lines.join(u'\n');
        if (column == DirectionColumn)
            return directionName(field.direction);
        if (column == TransformColumn && field.transform.type != Transform::Type::None)
            return transformSummary(field.transform);
        return {};
    }
    case Qt::TextAlignmentRole:
        if (column == DirectionColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case Qt::AccessibleTextRole:
        if (column == DirectionColumn)
            return directionName(field.direction);
        return {};
    case IssueCodesRole: {
        QStringList codes;
        for (const ValidationIssue &issue : m_issues.value(index.row()))
            codes.append(issue.code);
        return codes;
    }
    }
    return {};
}

bool FieldMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    FieldMapping &field = m_fields[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case FinanceColumn:
    case DataverseColumn: {
        QString &name = index.column() == FinanceColumn ? field.finance : field.dataverse;
        if (name == text)
            return true;
        name = text;
        break;
    }
    case DirectionColumn: {
        FieldDirection direction;
        if (!directionFromSymbol(text, &direction))
            return false;
        if (direction == field.direction)
            return true;
        field.direction = direction;
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole });
    emit edited();
    return true;
}

Qt::ItemFlags FieldMappingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return index.column() == TransformColumn ? flags : flags | Qt::ItemIsEditable;
}

QVariant FieldMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role != Qt::DisplayRole)
            return {};
        switch (section) {
        case FinanceColumn:
            return tr("Finance field");
        case DirectionColumn:
            return tr("Direction", "column of the field mappings; header kept short");
        case DataverseColumn:
            return tr("Dataverse field");
        case TransformColumn:
            return tr("Transform");
        }
        return {};
    }
    if (section < 0 || section >= m_fields.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return section + 1;
    case Qt::DecorationRole:
        if (m_issues.contains(section))
            return StatusIcons::forRecord(RecordStatus::Failed);
        return {};
    case Qt::ToolTipRole: {
        const QStringList lines = problems(section);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    }
    return {};
}

bool FieldMappingModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_fields.size() || count <= 0)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    m_fields.insert(row, count, FieldMapping());
    clearIssues();
    endInsertRows();
    emit edited();
    return true;
}

bool FieldMappingModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_fields.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_fields.remove(row, count);
    clearIssues();
    endRemoveRows();
    emit edited();
    return true;
}

} // namespace dw
