#include "tablemaplistmodel.h"

#include "mapservingtext.h"
#include "statusicons.h"

#include <QDateTime>
#include <QLocale>

namespace dw {

TableMapListModel::TableMapListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TableMapListModel::setSummaries(const QList<MapSummary> &summaries)
{
    bool sameRows = summaries.size() == m_summaries.size();
    for (qsizetype i = 0; sameRows && i < summaries.size(); ++i)
        sameRows = summaries.at(i).id == m_summaries.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_summaries = summaries;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        if (summaries.at(i) == m_summaries.at(i))
            continue;
        m_summaries[i] = summaries.at(i);
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

void TableMapListModel::setQueued(const QHash<QString, qint64> &queued)
{
    if (queued == m_queued)
        return;
    m_queued = queued;
    if (!m_summaries.isEmpty())
        emit dataChanged(index(0, Queued), index(int(m_summaries.size()) - 1, Queued),
            { Qt::DisplayRole, Qt::ToolTipRole, SortRole });
}

void TableMapListModel::setServing(const QHash<QString, MapServing> &serving)
{
    if (serving == m_serving)
        return;
    m_serving = serving;
    if (!m_summaries.isEmpty())
        emit dataChanged(index(0, ServedBy), index(int(m_summaries.size()) - 1, ServedBy),
            { Qt::DisplayRole, Qt::ToolTipRole, SortRole });
}

int TableMapListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summaries.size());
}

int TableMapListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TableMapListModel::display(const MapSummary &summary, int column) const
{
    switch (column) {
    case Name:
        return summary.name;
    case ComponentColumn:
        return componentName(summary.component);
    case Version:
        return summary.version;
    case Direction:
        return mapDirectionName(summary.direction);
    case Status:
        return mapStatusName(summary.status);
    case Queued: {
        const auto it = m_queued.constFind(summary.name);
        return it == m_queued.cend() ? QStringLiteral("–") : QLocale().toString(*it);
    }
    case Failed:
        return QLocale().toString(summary.failed);
    case LastRun:
        if (summary.lastRunAt <= 0)
            return tr("Never", "map has not run yet");
        return QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(summary.lastRunAt), QLocale::ShortFormat);
    case ServedBy:
        return MapServingText::holder(m_serving.value(summary.name));
    }
    return {};
}

QVariant TableMapListModel::sortKey(const MapSummary &summary, int column) const
{
    switch (column) {
    case ComponentColumn:
        return int(summary.component);
    case Status:
        return int(summary.status);
    case Queued:
        return m_queued.value(summary.name, -1);
    case Failed:
        return summary.failed;
    case LastRun:
        return summary.lastRunAt;
    default:
        return display(summary, column);
    }
}

QVariant TableMapListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MapSummary &summary = m_summaries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(summary, index.column());
    case Qt::DecorationRole:
        if (index.column() == Status)
            return StatusIcons::forMap(summary.status);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Status && !summary.statusReason.isEmpty())
            return summary.statusReason;
        if (index.column() == Queued && !m_queued.contains(summary.name))
            return tr("The map does not capture changes: it is not running.");
        if (index.column() == ServedBy) {
            const auto serving = m_serving.constFind(summary.name);
            return serving == m_serving.cend() ? QVariant() : MapServingText::describe(*serving);
        }
        if (index.column() == Name || index.column() == Direction)
            return tr("%1 (Dataverse) %2 %3 (Finance)")
                .arg(summary.dataverseTable, mapDirectionSymbol(summary.direction),
                    summary.financeTable);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Failed || index.column() == Queued)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortKey(summary, index.column());
    case MapNameRole:
        return summary.name;
    case ComponentRole:
        return componentId(summary.component);
    case StatusRole:
        return int(summary.status);
    }
    return {};
}

QVariant TableMapListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case ComponentColumn:
        return tr("Component");
    case Version:
        return tr("Version");
    case Direction:
        return tr("Direction");
    case Status:
        return tr("Status");
    case Queued:
        return tr("Queued", "number of queued changes");
    case Failed:
        return tr("Failed", "number of failed records");
    case LastRun:
        return tr("Last run");
    case ServedBy:
        return tr("Served by", "the worker that applies the map's changes");
    }
    return {};
}

} // namespace dw
