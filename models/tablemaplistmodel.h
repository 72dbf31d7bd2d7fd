#pragma once

#include "mapserving.h"
#include "mapsummary.h"

#include <QAbstractTableModel>
#include <QHash>

namespace dw {

// The table maps list: one row per map with its active version and live figures. Fed whole
// lists of summaries (a workspace has tens of maps, not millions); an update of the same maps
// in the same order changes only the cells that differ, so selection and scroll position stay.
// Queued counts come separately (they are read from the environments, not the state store), and
// so do the map leases that tell which worker serves each map.
class TableMapListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableMapListModel)
public:
    enum Column {
        Name,
        ComponentColumn,
        Version,
        Direction,
        Status,
        Queued,
        Failed,
        LastRun,
        ServedBy,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, MapNameRole, ComponentRole, StatusRole };

    explicit TableMapListModel(QObject *parent = nullptr);

    void setSummaries(const QList<MapSummary> &summaries);
    // Changes queued per map name; a map not in `queued` does not capture changes.
    void setQueued(const QHash<QString, qint64> &queued);
    // Each map's lease by map name; a map not in `serving` has none.
    void setServing(const QHash<QString, MapServing> &serving);
    const QList<MapSummary> &summaries() const { return m_summaries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const MapSummary &summary, int column) const;
    QVariant sortKey(const MapSummary &summary, int column) const;

    QList<MapSummary> m_summaries;
    QHash<QString, qint64> m_queued;
    QHash<QString, MapServing> m_serving;
};

} // namespace dw
