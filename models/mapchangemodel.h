#pragma once

#include "mapdiff.h"

#include <QAbstractTableModel>

namespace dw {

// What changed between two versions of a map (MapDiff::compare), one row per item: what, how
// (added, removed, changed), the older value and the newer one.
class MapChangeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapChangeModel)
public:
    enum Column { Item, Kind, Before, After, ColumnCount };

    explicit MapChangeModel(QObject *parent = nullptr);

    void setChanges(const QList<MapChange> &changes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<MapChange> m_changes;
};

} // namespace dw
