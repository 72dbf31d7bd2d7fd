#pragma once

#include "mapsummary.h"

#include <QAbstractTableModel>

namespace dw {

// The stored versions of one map, oldest first, the active one marked (dual-write's "Table map
// versions"). VersionIdRole gives the state store id to activate or compare a version.
class MapVersionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapVersionModel)
public:
    enum Column { Version, Publisher, Description, Created, Active, ColumnCount };
    enum Role { VersionIdRole = Qt::UserRole + 1, ActiveRole };

    explicit MapVersionModel(QObject *parent = nullptr);

    // Same versions (ids in order): only the cells that differ change, so the selection stays.
    void setVersions(const QList<MapVersionInfo> &versions);
    const QList<MapVersionInfo> &versions() const { return m_versions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<MapVersionInfo> m_versions;
};

} // namespace dw
