#pragma once

#include "mapvalidator.h"

#include <QWidget>

class QListWidget;
class QTabWidget;

namespace dw {

class AlertRuleModel;
class FieldMappingsEditor;
class MapTablesEditor;
class PairListModel;
class RowListEditor;
class SchemaCatalog;

// The editing part of the map editor, one tab per aspect of a table map: general (name,
// component, tables, filters, conflicts), field mappings with transforms, integration key,
// dependencies and alert rules. Holds the map being edited: setMap() shows one, map() returns
// it with every edit applied; edited() reports any change made by the user. Tabs and rows with
// validation issues carry an error icon.
class MapEditorForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapEditorForm)
public:
    explicit MapEditorForm(QWidget *parent = nullptr);

    // The schemas the pickers offer and the names of all maps (for dependencies). The catalog
    // must outlive the form.
    void setContext(const SchemaCatalog *catalog, const QStringList &mapNames);
    void setMap(const TableMap &map, bool isNew); // emits no edited()
    TableMap map() const;
    void setIssues(const QList<ValidationIssue> &issues);
    // Brings the place of `issue` into view: its tab, row or filter.
    void showIssue(const ValidationIssue &issue);
    bool hasJsonError() const;
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void edited();
    void jsonErrorChanged(bool hasError);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    enum Tab { GeneralTab, FieldsTab, KeysTab, DependenciesTab, AlertsTab };

    QWidget *createKeysTab();
    QWidget *createDependenciesTab();
    QWidget *createAlertsTab();
    void fillDependencies(const QStringList &checked);
    void tablesChanged();

    const SchemaCatalog *m_catalog = nullptr;
    QStringList m_mapNames;
    TableMap m_map; // the map as loaded; map() overlays the editors' state
    QTabWidget *m_tabs;
    MapTablesEditor *m_general;
    FieldMappingsEditor *m_fields;
    PairListModel *m_keys;
    RowListEditor *m_keyRows = nullptr;
    QListWidget *m_dependencies = nullptr;
    AlertRuleModel *m_alerts;
    RowListEditor *m_alertRows = nullptr;
    bool m_loading = false;
};

} // namespace dw
