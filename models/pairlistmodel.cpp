#include "pairlistmodel.h"

#include "statusicons.h"

namespace dw {

PairListModel::PairListModel(
    const QString &firstHeader, const QString &secondHeader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers { firstHeader, secondHeader }
{ }

void PairListModel::setPairs(const QList<Pair> &pairs)
{
    beginResetModel();
    m_pairs = pairs;
    m_problems.clear();
    endResetModel();
}

void PairListModel::setProblems(const QHash<int, QStringList> &problems)
{
    if (problems == m_problems)
        return;
    QList<int> rows = m_problems.keys() + problems.keys();
    m_problems = problems;
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= m_pairs.size())
            continue;
        emit headerDataChanged(Qt::Vertical, row, row);
        emit dataChanged(index(row, 0), index(row, 1), { Qt::ToolTipRole, ProblemsRole });
    }
}

int PairListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int PairListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant PairListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Pair &pair = m_pairs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == 0 ? pair.first : pair.second;
    case Qt::ToolTipRole: {
        const QStringList problems = m_problems.value(index.row());
        return problems.isEmpty() ? QVariant() : QVariant(problems.join(u'\n'));
    }
    case ProblemsRole:
        return m_problems.value(index.row());
    }
    return {};
}

bool PairListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Pair &pair = m_pairs[index.row()];
    QString &text = index.column() == 0 ? pair.first : pair.second;
    const QString newText = value.toString();
    if (text == newText)
        return true;
    text = newText;
    emit dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole });
    emit edited();
    return true;
}

Qt::ItemFlags PairListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

void PairListModel::setHeaders(const QString &firstHeader, const QString &secondHeader)
{
    m_headers[0] = firstHeader;
    m_headers[1] = secondHeader;
    emit headerDataChanged(Qt::Horizontal, 0, 1);
}

QVariant PairListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole && section >= 0 && section < 2)
            return m_headers[section];
        return {};
    }
    if (section < 0 || section >= m_pairs.size())
        return {};
    const QStringList problems = m_problems.value(section);
    switch (role) {
    case Qt::DisplayRole:
        return section + 1;
    case Qt::DecorationRole:
        return problems.isEmpty() ? QVariant()
                                  : QVariant(StatusIcons::forRecord(RecordStatus::Failed));
    case Qt::ToolTipRole:
        return problems.isEmpty() ? QVariant() : QVariant(problems.join(u'\n'));
    }
    return {};
}

bool PairListModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_pairs.size() || count <= 0)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    m_pairs.insert(row, count, Pair());
    m_problems.clear(); // row numbers moved; the next validation sets them again
    endInsertRows();
    emit edited();
    return true;
}

bool PairListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_pairs.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_pairs.remove(row, count);
    m_problems.clear();
    endRemoveRows();
    emit edited();
    return true;
}

} // namespace dw
