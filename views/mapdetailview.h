#pragma once

#include "mapdetailstore.h"
#include "mapserving.h"
#include "mapsummary.h"
#include "queuereader.h"
#include "storetask.h"
#include "workspace.h"

#include <QWidget>
#include <optional>

class QLabel;
class QTabWidget;
class QTreeView;

namespace dw {

class ActivityModel;
class AlertRuleModel;
class FieldMappingModel;
class MapVersionsTab;
class QueuedChangeModel;
class RecordIssueModel;

// The detail of the current map below the table maps list, as dual-write's map page has it:
// field mappings, initial sync details, queued records, failed records, activity log, alert
// settings and versions, and above them which worker serves the map. Everything is read off the
// GUI thread when the map changes and again on refresh(); answers for a map no longer shown are
// dropped. The lease is not read here: it comes with the list (setServing()).
class MapDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapDetailView)
public:
    enum Tab { Fields, InitialSyncTab, QueuedTab, FailedTab, ActivityTab, AlertsTab, VersionsTab };

    explicit MapDetailView(QWidget *parent = nullptr);

    void setWorkspace(const Workspace &workspace);
    // Shows `map` (empty: nothing); a map shown already is refreshed instead.
    void setMap(const QString &map);
    QString map() const { return m_map; }
    // The current map's lease, as the list's last read found it.
    void setServing(const MapServing &serving);
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void refresh();

signals:
    // Something worth telling: an error reading the detail, or a version activated.
    void message(const QString &text, bool error);
    void mapChanged(const QString &map);
    // Every part of the detail has been read once for the current map.
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Detail
    {
        TableMap map;
        QList<MapVersionInfo> versions;
        InitialRunDetails initial;
    };
    struct Queue
    {
        QList<QueuedChange> changes;
        qint64 total = 0;
    };
    void retranslate();
    void load();
    void showDetail(const Detail &detail);
    void showTables(); // the shown map's tables, filters and dependencies
    void showInitial(const InitialRunDetails &initial);
    void showQueue(const Queue &queue);
    void showServing();
    void updateCounts();
    static QTreeView *makeList(QWidget *parent, const QString &objectName);

    std::optional<Workspace> m_workspace;
    QString m_map;
    int m_generation = 0;
    InitialRunDetails m_initial;
    std::optional<TableMap> m_shown; // the definition the lists show
    qint64 m_queuedTotal = -1;
    MapServing m_serving;

    QLabel *m_servingLabel;
    QTabWidget *m_tabs;
    QLabel *m_tablesLabel;
    QTreeView *m_fieldsView;
    FieldMappingModel *m_fields;
    QWidget *m_initialPage;
    QLabel *m_initialSummary;
    QList<QLabel *> m_countLabels;
    QList<QLabel *> m_countValues;
    QLabel *m_initialFailedLabel;
    QTreeView *m_initialFailedView;
    RecordIssueModel *m_initialFailed;
    QLabel *m_queuedLabel;
    QTreeView *m_queuedView;
    QueuedChangeModel *m_queued;
    QLabel *m_failedLabel;
    QTreeView *m_failedView;
    RecordIssueModel *m_failed;
    QTreeView *m_activityView;
    ActivityModel *m_activity;
    QLabel *m_alertsNote;
    QTreeView *m_alertsView;
    AlertRuleModel *m_alerts;
    MapVersionsTab *m_versions;
};

} // namespace dw
