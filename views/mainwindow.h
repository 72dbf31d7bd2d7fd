#pragma once

#include "storetask.h"
#include "workspace.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace dw {

class TableMapsPage;

// The console's main window: navigation between pages on the left, the current page on the
// right. Prepares the workspace off the GUI thread on start (creating the demo workspace when
// there is none) and remembers its geometry and page in QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(const Workspace &workspace, QWidget *parent = nullptr);

    TableMapsPage *tableMapsPage() const { return m_tableMaps; }
    bool isWorkspaceReady() const { return m_ready; }

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

    Workspace m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    TableMapsPage *m_tableMaps;
    QLabel *m_workspaceLabel;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QFutureWatcher<StoreResult<int>> m_prepareWatcher;
    bool m_ready = false;
};

} // namespace dw
