#include "mapchangemodel.h"

#include <QBrush>
#include <QColor>

namespace dw {

MapChangeModel::MapChangeModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MapChangeModel::setChanges(const QList<MapChange> &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

int MapChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int MapChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MapChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MapChange &change = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Item:
            return change.item;
        case Kind:
            switch (change.kind) {
            case MapChange::Kind::Added:
                return tr("Added", "map version comparison");
            case MapChange::Kind::Removed:
                return tr("Removed", "map version comparison");
            case MapChange::Kind::Changed:
                return tr("Changed", "map version comparison");
            }
            return {};
        case Before:
            return change.before;
        case After:
            return change.after;
        }
        return {};
    case Qt::BackgroundRole:
        // Marks the side that carries the change; the Kind column says it in words too.
        if (index.column() == Before && change.kind != MapChange::Kind::Added)
            return QBrush(QColor(0xfd, 0xe8, 0xe7));
        if (index.column() == After && change.kind != MapChange::Kind::Removed)
            return QBrush(QColor(0xe6, 0xf4, 0xea));
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == Before && change.kind != MapChange::Kind::Added)
            || (index.column() == After && change.kind != MapChange::Kind::Removed))
            return QBrush(QColor(0x20, 0x21, 0x24));
        return {};
    }
    return {};
}

QVariant MapChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item:
        return tr("Item", "map version comparison: what changed");
    case Kind:
        return tr("Change");
    case Before:
        return tr("Older version");
    case After:
        return tr("Newer version");
    }
    return {};
}

} // namespace dw
