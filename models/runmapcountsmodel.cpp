#include "runmapcountsmodel.h"

#include "runhistorymodel.h"

#include <QLocale>

namespace dw {

RunMapCountsModel::RunMapCountsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RunMapCountsModel::setCounts(const QList<RunMapCounts> &counts)
{
    beginResetModel();
    m_rows = counts;
    endResetModel();
}

int RunMapCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunMapCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunMapCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunMapCounts &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != Map)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Map)
        return componentName(row.component);
    if (role != Qt::DisplayRole)
        return {};
    const RunCounts &c = row.counts;
    const QLocale locale;
    switch (index.column()) {
    case Map:
        return row.map;
    case Read:
        return locale.toString(c.read);
    case Inserted:
        return locale.toString(c.inserted);
    case Updated:
        return locale.toString(c.updated);
    case Unchanged:
        return locale.toString(c.unchanged);
    case Skipped:
        return locale.toString(c.skipped);
    case Failed:
        return locale.toString(c.failed);
    case Conflicts:
        return locale.toString(c.conflicts);
    case Duration:
        return RunHistoryModel::durationText(c.durationMs);
    }
    return {};
}

QVariant RunMapCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Map:
        return tr("Map", "table map");
    case Read:
        return tr("Read", "records read");
    case Inserted:
        return tr("Inserted");
    case Updated:
        return tr("Updated");
    case Unchanged:
        return tr("Unchanged");
    case Skipped:
        return tr("Skipped", "records skipped");
    case Failed:
        return tr("Failed", "records that failed");
    case Conflicts:
        return tr("Conflicts");
    case Duration:
        return tr("Duration");
    }
    return {};
}

} // namespace dw
