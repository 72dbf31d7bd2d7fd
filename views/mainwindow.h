#pragma once

#include "storetask.h"
#include "workspace.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace dw {

class ActivityLogPage;
class IntegrationOverviewPage;
class MapFileActions;
class RecordsPage;
class RunsPage;
class RunController;
class RunMonitorPage;
class TableMapsPage;

// The console's main window: navigation between pages on the left, the current page on the
// right. Prepares the workspace off the GUI thread on start (creating the demo workspace when
// there is none) and remembers its geometry and page in QSettings. Owns the sync worker thread
// (through its RunController); closing the window cancels a run and waits for the worker.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // In the order of the navigation; a new page goes last, so a saved page index stays valid.
    enum Page {
        TableMapsPageIndex,
        RunMonitorPageIndex,
        RecordsPageIndex,
        RunsPageIndex,
        OverviewPageIndex,
        ActivityLogPageIndex
    };

    explicit MainWindow(const Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    TableMapsPage *tableMapsPage() const { return m_tableMaps; }
    RunMonitorPage *runMonitor() const { return m_runMonitor; }
    RecordsPage *recordsPage() const { return m_records; }
    RunsPage *runsPage() const { return m_runHistory; }
    IntegrationOverviewPage *overviewPage() const { return m_overview; }
    ActivityLogPage *activityLogPage() const { return m_activityLog; }
    RunController *runController() const { return m_runs; }
    MapFileActions *mapFiles() const { return m_mapFiles; }
    bool isWorkspaceReady() const { return m_ready; }
    void showPage(Page page);

signals:
    void workspaceReady();
    void workspaceFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void prepareWorkspace();
    void workspacePrepared();
    void restoreSettings();
    void saveSettings() const;
    void showAbout();
    void showFileResult(const QString &message, bool error);
    void openMap(const QString &map);

    Workspace m_workspace;
    RunController *m_runs;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    TableMapsPage *m_tableMaps;
    RunMonitorPage *m_runMonitor;
    RecordsPage *m_records;
    RunsPage *m_runHistory;
    IntegrationOverviewPage *m_overview;
    ActivityLogPage *m_activityLog;
    MapFileActions *m_mapFiles;
    QLabel *m_workspaceLabel;
    QLabel *m_runLabel;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_mapsMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_templateAction = nullptr;
    QAction *m_environmentsAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_tableMapsAction = nullptr;
    QAction *m_monitorAction = nullptr;
    QAction *m_recordsAction = nullptr;
    QAction *m_runsAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_activityLogAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QFutureWatcher<StoreResult<int>> m_prepareWatcher;
    bool m_ready = false;
};

} // namespace dw
