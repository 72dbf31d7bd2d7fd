#pragma once

#include "mapsummary.h"
#include "workspace.h"

#include <QWidget>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTimer;
class QToolBar;
class QToolButton;
class QTreeView;

namespace dw {

class MapDetailView;
class MapSummaryFeed;
class RunController;
class TableMapFilterModel;
class TableMapListModel;

// The table maps page: every map of the workspace with component, version, direction, status,
// queued changes, failed records and last run; filter by text and component; Run…, Pause,
// Resume, Stop for the selected maps, each enabled by their statuses as dual-write does, Edit…
// and New map… (the map editor); the current map's detail in tabs below. Reads the state store and
// the change logs off the GUI thread (through its MapSummaryFeed, which the integration overview
// shares) and refreshes itself while visible, so changes made by a worker or the CLI show up; map
// control runs on pool threads and reports problems in the message area.
class TableMapsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableMapsPage)
public:
    explicit TableMapsPage(QWidget *parent = nullptr);

    void setWorkspace(const Workspace &workspace);
    void setRunController(RunController *controller);
    QStringList selectedMapNames() const;
    QList<QAction *> mapActions() const;
    MapDetailView *detail() const { return m_detail; }
    MapSummaryFeed *summaryFeed() const { return m_feed; }
    // Makes `name` the current and only selected map, clearing the filters if they hide it;
    // a map not listed yet is selected when the list next arrives.
    void selectMap(const QString &name);

    QAction *runAction() const { return m_run; }
    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *stopAction() const { return m_stop; }
    QAction *editAction() const { return m_edit; }
    QAction *newAction() const { return m_new; }

public slots:
    void refresh();
    // The actions' work, callable directly: the engine refuses what the statuses do not allow.
    void runSelected();
    void pauseSelected();
    void resumeSelected();
    void stopSelected();
    void editCurrent();
    void newMap();

signals:
    void refreshed();
    // A map control action (pause, resume, stop) ended; `error` empty on success.
    void controlFinished(const QString &error);
    // The run dialog was accepted and the run handed to the controller.
    void runRequested(const QStringList &maps);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void sizeColumns();
    void showSummaries(const QString &queueError);
    void showFailure(const QString &message);
    bool selectListed(const QString &name);
    void updateActions();
    void currentChanged();
    void showMessage(const QString &text, bool error);
    QList<MapStatus> selectedStatuses() const;
    QStringList mapsWithStatus(std::initializer_list<MapStatus> statuses) const;
    void openRunDialog(const QList<TableMap> &maps, const QStringList &chosen);
    void openEditor(const QString &map);

    std::optional<Workspace> m_workspace;
    RunController *m_controller = nullptr;
    QToolBar *m_toolBar;
    QAction *m_run;
    QAction *m_pause;
    QAction *m_resume;
    QAction *m_stop;
    QAction *m_edit;
    QAction *m_new;
    QLabel *m_filterLabel;
    QLineEdit *m_filter;
    QComboBox *m_component;
    QWidget *m_messageBar;
    QLabel *m_message;
    QToolButton *m_dismiss;
    QSplitter *m_splitter;
    QTreeView *m_view;
    MapDetailView *m_detail;
    TableMapListModel *m_model;
    TableMapFilterModel *m_proxy;
    MapSummaryFeed *m_feed;
    QTimer *m_refreshTimer;
    QString m_pendingMap; // asked for by selectMap() before the list had it
    bool m_controlRunning = false;
};

} // namespace dw
