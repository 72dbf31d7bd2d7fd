#include "recordvaluesmodel.h"

#include "statusicons.h"

#include <QFont>

namespace dw {

RecordValuesModel::RecordValuesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RecordValuesModel::setComparison(const RecordComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

void RecordValuesModel::clear()
{
    setComparison({});
}

int RecordValuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.fields.size());
}

int RecordValuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecordValuesModel::valueText(const QVariant &value, bool rowFound) const
{
    if (!rowFound)
        return tr("(no row)");
    if (value.isNull())
        return tr("(empty)");
    if (value.typeId() == QMetaType::QByteArray)
        return tr("<%n byte(s)>", nullptr, int(value.toByteArray().size()));
    return value.toString();
}

QString RecordValuesModel::missingText(const FieldComparison &field) const
{
    //: The target has no row for the record yet; %1 is the value a sync would write.
    return tr("(no row; would get %1)").arg(valueText(field.expected, true));
}

QString RecordValuesModel::differenceText(const FieldComparison &field) const
{
    const Side source = m_comparison.source;
    const bool targetFound
        = source == Side::Dataverse ? m_comparison.financeFound : m_comparison.dataverseFound;
    if (!field.transformError.isEmpty())
        return field.transformError;
    if (!targetFound)
        return tr("The record has no row in %1 yet.")
            .arg(sideName(source == Side::Dataverse ? Side::Finance : Side::Dataverse));
    if (field.hasExpected)
        //: %1 is the value the map would write, %2 the target side (Dataverse or Finance).
        return tr("From the current source row the map would write %1 to %2.")
            .arg(valueText(field.expected, true),
                sideName(source == Side::Dataverse ? Side::Finance : Side::Dataverse));
    return tr("The two sides hold different values.");
}

QVariant RecordValuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldComparison &field = m_comparison.fields.at(index.row());
    const int column = index.column();
    const bool valueColumn = column == DataverseValue || column == FinanceValue;
    switch (role) {
    case DiffersRole:
        return field.differs;
    case Qt::DisplayRole:
        switch (column) {
        case DataverseField:
            return field.dataverseColumn;
        case DataverseValue:
            if (field.dataverseColumn.isEmpty())
                return QString();
            if (!m_comparison.dataverseFound && m_comparison.source == Side::Finance
                && field.hasExpected)
                return missingText(field);
            return valueText(field.dataverse, m_comparison.dataverseFound);
        case Flow:
            switch (field.direction) {
            case FieldDirection::ToDataverse:
                return QStringLiteral("←");
            case FieldDirection::ToFinance:
                return QStringLiteral("→");
            case FieldDirection::Both:
                return QStringLiteral("↔");
            }
            return {};
        case FinanceField:
            return field.financeColumn;
        case FinanceValue:
            if (field.financeColumn.isEmpty())
                return QString();
            if (!m_comparison.financeFound && m_comparison.source == Side::Dataverse
                && field.hasExpected)
                return missingText(field);
            return valueText(field.finance, m_comparison.financeFound);
        }
        return {};
    case Qt::DecorationRole:
        if (column == Flow && (field.differs || !field.transformError.isEmpty()))
            return StatusIcons::forRecord(RecordStatus::Failed);
        return {};
    case Qt::FontRole:
        if (valueColumn && !field.differs && !field.transformError.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (field.differs && valueColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (field.differs || !field.transformError.isEmpty())
            return differenceText(field);
        if (column == Flow)
            return field.direction == FieldDirection::ToDataverse
                ? tr("Finance → Dataverse")
                : (field.direction == FieldDirection::ToFinance ? tr("Dataverse → Finance")
                                                                : tr("Both ways"));
        return {};
    case Qt::AccessibleDescriptionRole:
        return field.differs ? differenceText(field) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Flow ? QVariant(Qt::AlignCenter) : QVariant();
    }
    return {};
}

QVariant RecordValuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DataverseField:
        return tr("Dataverse field");
    case DataverseValue:
        return tr("Dataverse value");
    case Flow:
        return tr("Flow", "direction of a field");
    case FinanceField:
        return tr("Finance field");
    case FinanceValue:
        return tr("Finance value");
    }
    return {};
}

} // namespace dw
