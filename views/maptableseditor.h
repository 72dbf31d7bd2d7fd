#pragma once

#include "mapvalidator.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace dw {

class FilterEdit;
class SchemaCatalog;

// The general tab of the map editor: name and component, the table of each side (picked from
// the environment's tables, filtered as you type) with its source filter, and the conflict
// policy with its master side. Finance comes first, as in dual-write's mapping lists.
class MapTablesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapTablesEditor)
public:
    explicit MapTablesEditor(QWidget *parent = nullptr);

    void setCatalog(const SchemaCatalog *catalog);
    // Shows the map; the name is editable only for a new map. Emits no edited().
    void setMap(const TableMap &map, bool isNew);
    // Writes name, component, tables, filters and conflict settings into *map.
    void apply(TableMap *map) const;
    // Shows the validator's column problems (DW402) under the filters.
    void setIssues(const QList<ValidationIssue> &issues);
    void focusSide(Side side, bool filter);
    FilterEdit *filter(Side side) const { return m_filters[int(side)]; }

signals:
    void edited();
    void tablesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateMasterEnabled();

    QLineEdit *m_name;
    QComboBox *m_component;
    QComboBox *m_tables[2]; // by Side
    FilterEdit *m_filters[2];
    QComboBox *m_policy;
    QComboBox *m_master;
    QLabel *m_nameLabel;
    QLabel *m_componentLabel;
    QLabel *m_policyLabel;
    QLabel *m_masterLabel;
    QGroupBox *m_sideBoxes[2] = {}; // by Side
    QLabel *m_tableLabels[2] = {};
    QLabel *m_filterLabels[2] = {};
    QGroupBox *m_conflicts = nullptr;
    QLabel *m_hint = nullptr;
    bool m_loading = false;
    bool m_isNew = false;
};

} // namespace dw
