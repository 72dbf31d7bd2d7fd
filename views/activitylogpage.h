#pragma once

#include "activityquery.h"
#include "workspace.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace dw {

class ActivityModel;
class MessageLabel;
class RunController;

// The workspace's activity log, newest first: what happened to which map, in which run, when.
// Filtered by map, kind of event, a time range (a preset such as the last 24 hours, or chosen
// from and to) and text in the message, all in SQL; the list pages in as it is scrolled and
// says how many entries match. Show run / Show map (also the context menu) open the current
// entry's run on the runs page or its map on the table maps page; Enter and double-click open
// the run, or the map of an entry that belongs to no run. Reloads when runs and map controls
// end, when shown, and every few seconds while shown.
class ActivityLogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLogPage)
public:
    // Time ranges offered, in the order of the period box.
    enum class Period { LastHour, Last24Hours, Last7Days, Last30Days, AllTime, Custom };

    explicit ActivityLogPage(QWidget *parent = nullptr);

    void setWorkspace(const Workspace &workspace);
    void setRunController(RunController *controller);
    // Reloads the map names and the list (new entries on top; a relative period moves on).
    void refresh();
    void setPeriod(Period period);
    ActivityModel *model() const { return m_model; }
    QAction *showRunAction() const { return m_showRun; }
    QAction *showMapAction() const { return m_showMap; }

signals:
    void runRequested(qint64 runId);
    void mapRequested(const QString &map);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadMaps();
    void applyPeriod();
    void applyFilter();
    ActivityFilter currentFilter() const;
    void updateSummary();
    void updateActions();
    void openCurrent();

    Workspace m_workspace { QString() };
    QComboBox *m_map;
    QComboBox *m_kind;
    QComboBox *m_period;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLineEdit *m_find;
    QTimer *m_findDelay;
    QTimer *m_refreshTimer;
    QTreeView *m_list;
    ActivityModel *m_model;
    QLabel *m_summary;
    MessageLabel *m_message;
    QAction *m_showRun;
    QAction *m_showMap;
    QAction *m_refresh;
    int m_mapsGeneration = 0;
};

} // namespace dw
