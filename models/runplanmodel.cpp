#include "runplanmodel.h"

#include "mapvalidator.h"
#include "statusicons.h"

#include <QSet>

namespace dw {

namespace {
// A dependency is listed when it would not be live otherwise.
bool needsStart(MapStatus status)
{
    return status == MapStatus::NotRunning || status == MapStatus::Error
        || status == MapStatus::Initializing;
}
} // namespace

RunPlanModel::RunPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

bool RunPlanModel::setMaps(const QList<TableMap> &all, const QHash<QString, MapStatus> &statuses,
    const QStringList &chosen, QString *error)
{
    QHash<QString, const TableMap *> byName;
    for (const TableMap &map : all)
        byName.insert(map.name, &map);
    QSet<QString> listed;
    QHash<QString, QStringList> neededBy;
    QStringList pending = chosen;
    while (!pending.isEmpty()) {
        const QString name = pending.takeFirst();
        const TableMap *map = byName.value(name);
        if (!map || listed.contains(name))
            continue;
        listed.insert(name);
        for (const QString &dependency : map->dependsOn) {
            if (!byName.contains(dependency)
                || !needsStart(statuses.value(dependency, MapStatus::NotRunning)))
                continue;
            neededBy[dependency].append(name);
            pending.append(dependency);
        }
    }
    QList<TableMap> subset;
    for (const TableMap &map : all) {
        if (listed.contains(map.name))
            subset.append(map);
    }
    QList<TableMap> ordered;
    const bool ok = MapValidator::dependencyOrder(subset, &ordered, error);
    beginResetModel();
    m_entries.clear();
    for (const TableMap &map : std::as_const(ordered)) {
        RunPlanEntry entry;
        entry.map = map;
        entry.status = statuses.value(map.name, MapStatus::NotRunning);
        entry.chosen = chosen.contains(map.name);
        entry.neededBy = neededBy.value(map.name);
        entry.master = map.conflictMaster;
        m_entries.append(entry);
    }
    endResetModel();
    emit planChanged();
    return ok;
}

QList<RunPlanEntry> RunPlanModel::includedEntries() const
{
    QList<RunPlanEntry> included;
    for (const RunPlanEntry &entry : m_entries) {
        if (entry.include)
            included.append(entry);
    }
    return included;
}

bool RunPlanModel::canMoveUp(int row) const
{
    if (row <= 0 || row >= m_entries.size())
        return false;
    // Swapping neighbours changes only their relative order.
    return !m_entries.at(row).map.dependsOn.contains(m_entries.at(row - 1).map.name);
}

bool RunPlanModel::moveUp(int row)
{
    if (!canMoveUp(row))
        return false;
    beginMoveRows({}, row, row, {}, row - 1);
    m_entries.swapItemsAt(row, row - 1);
    endMoveRows();
    emit planChanged();
    return true;
}

QStringList RunPlanModel::unmetDependencies() const
{
    QStringList unmet;
    for (const RunPlanEntry &entry : m_entries) {
        if (!entry.include)
            continue;
        for (const RunPlanEntry &other : m_entries) {
            if (!other.include && entry.map.dependsOn.contains(other.map.name))
                unmet.append(QStringLiteral("%1 → %2").arg(entry.map.name, other.map.name));
        }
    }
    return unmet;
}

int RunPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RunPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunPlanModel::display(const RunPlanEntry &entry, int column) const
{
    switch (column) {
    case Name:
        return entry.map.name;
    case InitialSync:
        return entry.initialSync ? tr("Yes") : tr("No");
    case Master:
        if (!isTwoWay(entry.map)) {
            const Side source = entry.map.direction() == MapDirection::ToFinance ? Side::Dataverse
                                                                                 : Side::Finance;
            //: master column of a one-way map: its only source side
            return tr("%1 (one-way)").arg(sideName(source));
        }
        return sideName(entry.master);
    case Status:
        return mapStatusName(entry.status);
    case Reason:
        if (entry.chosen)
            return tr("Selected", "map chosen by the administrator");
        //: a related map listed because others depend on it; %1 their names
        return tr("Needed by %1").arg(entry.neededBy.join(QStringLiteral(", ")));
    }
    return {};
}

QVariant RunPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunPlanEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == InitialSync)
            return {}; // the check box says it
        return display(entry, index.column());
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        if (index.column() == Master && isTwoWay(entry.map))
            return tr("Master for initial sync: the side whose rows are copied to the other.");
        return display(entry, index.column());
    case Qt::EditRole:
        if (index.column() == Master)
            return int(entry.master);
        return display(entry, index.column());
    case Qt::CheckStateRole:
        if (index.column() == Name)
            return entry.include ? Qt::Checked : Qt::Unchecked;
        if (index.column() == InitialSync)
            return entry.initialSync ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DecorationRole:
        if (index.column() == Status)
            return StatusIcons::forMap(entry.status);
        return {};
    case MapNameRole:
        return entry.map.name;
    case MasterRole:
        return int(entry.master);
    case TwoWayRole:
        return isTwoWay(entry.map);
    }
    return {};
}

bool RunPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & (Qt::ItemIsUserCheckable | Qt::ItemIsEditable)))
        return false;
    RunPlanEntry &entry = m_entries[index.row()];
    if (role == Qt::CheckStateRole && index.column() == Name) {
        entry.include = value.toInt() == Qt::Checked;
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    } else if (role == Qt::CheckStateRole && index.column() == InitialSync) {
        entry.initialSync = value.toInt() == Qt::Checked;
        emit dataChanged(this->index(index.row(), InitialSync), this->index(index.row(), Master));
    } else if (role == Qt::EditRole && index.column() == Master) {
        const int side = value.toInt();
        if (side != int(Side::Dataverse) && side != int(Side::Finance))
            return false;
        entry.master = Side(side);
        emit dataChanged(index, index);
    } else {
        return false;
    }
    emit planChanged();
    return true;
}

Qt::ItemFlags RunPlanModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const RunPlanEntry &entry = m_entries.at(index.row());
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == Name && !entry.chosen)
        flags |= Qt::ItemIsUserCheckable;
    if (!entry.include && index.column() != Name)
        flags &= ~Qt::ItemIsEnabled;
    if (index.column() == InitialSync && entry.include)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == Master && entry.include && entry.initialSync && isTwoWay(entry.map))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant RunPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Table map");
    case InitialSync:
        return tr("Initial sync");
    case Master:
        return tr("Master for initial sync");
    case Status:
        return tr("Status");
    case Reason:
        return tr("Listed because");
    }
    return {};
}

} // namespace dw
