#pragma once

#include "mapstatus.h"
#include "tablemap.h"

#include <QAbstractTableModel>
#include <QHash>

namespace dw {

// One map of a run as the administrator set it up in the run dialog.
struct RunPlanEntry
{
    TableMap map;
    MapStatus status = MapStatus::NotRunning;
    bool chosen = false; // selected by the administrator (not only listed as a dependency)
    QStringList neededBy; // chosen or listed maps that depend on it
    bool include = true;
    bool initialSync = true;
    Side master = Side::Dataverse; // two-way maps: the side the initial sync reads
};

// The maps of dual-write's "Initial writes and related table map(s)" pane: the chosen maps and,
// transitively, the dependencies they have that are not running, in dependency order. Per map:
// include (chosen maps always), initial sync, master side (two-way maps) and the order, which
// moves only where no dependency is crossed.
class RunPlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPlanModel)
public:
    enum Column { Name, InitialSync, Master, Status, Reason, ColumnCount };
    enum Role { MapNameRole = Qt::UserRole + 1, MasterRole, TwoWayRole };

    explicit RunPlanModel(QObject *parent = nullptr);

    // `all` maps of the workspace, their statuses, the names chosen. False on a dependency
    // cycle, with a message; the model is then empty.
    bool setMaps(const QList<TableMap> &all, const QHash<QString, MapStatus> &statuses,
        const QStringList &chosen, QString *error);
    const QList<RunPlanEntry> &entries() const { return m_entries; }
    QList<RunPlanEntry> includedEntries() const;

    bool canMoveUp(int row) const;
    bool canMoveDown(int row) const { return canMoveUp(row + 1); }
    bool moveUp(int row);
    bool moveDown(int row) { return moveUp(row + 1); }

    // Included maps that depend on a listed map left out, "map → dependency" each.
    QStringList unmetDependencies() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static bool isTwoWay(const TableMap &map) { return map.direction() == MapDirection::TwoWay; }

signals:
    void planChanged();

private:
    QVariant display(const RunPlanEntry &entry, int column) const;

    QList<RunPlanEntry> m_entries;
};

} // namespace dw
