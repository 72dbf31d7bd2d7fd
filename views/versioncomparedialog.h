#pragma once

#include "mapsummary.h"

#include <QDialog>

class QLabel;
class QTreeView;

namespace dw {

class MapChangeModel;

// What changed between two versions of a map, item by item (MapDiff::compare): field mappings,
// keys, tables, filters, dependencies, policies, alert rules and version metadata.
class VersionCompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionCompareDialog)
public:
    VersionCompareDialog(const MapVersionInfo &olderInfo, const TableMap &older,
        const MapVersionInfo &newerInfo, const TableMap &newer, QWidget *parent = nullptr);

    MapChangeModel *model() const { return m_model; }

private:
    QLabel *m_heading;
    QTreeView *m_view;
    MapChangeModel *m_model;
};

} // namespace dw
