#include "mainwindow.h"

#include "activitylogpage.h"
#include "demoworkspace.h"
#include "environmentsdialog.h"
#include "integrationoverviewpage.h"
#include "mapfileactions.h"
#include "recordspage.h"
#include "runcontroller.h"
#include "runmonitorpage.h"
#include "runspage.h"
#include "settingsdialog.h"
#include "tablemapspage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace dw {

namespace {
constexpr auto kGeometryKey = "mainWindow/geometry";
constexpr auto kStateKey = "mainWindow/state";
constexpr auto kPageKey = "mainWindow/page";

// The demo at first start is the small firm (scale 1): created in about a second.
constexpr int kFirstStartDemoScale = 1;
// How long closing the window waits for the worker to reach its next page boundary.
constexpr int kShutdownTimeoutMs = 5000;
// How long a message about a file stays in the status bar.
constexpr int kFileMessageMs = 15000;
} // namespace

MainWindow::MainWindow(const Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_runs(new RunController(workspace, this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_tableMaps(new TableMapsPage(this))
    , m_runMonitor(new RunMonitorPage(this))
    , m_records(new RecordsPage(this))
    , m_runHistory(new RunsPage(this))
    , m_overview(new IntegrationOverviewPage(this))
    , m_activityLog(new ActivityLogPage(this))
    , m_mapFiles(new MapFileActions(workspace, this))
    , m_workspaceLabel(new QLabel(this))
    , m_runLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_pages->setObjectName(QStringLiteral("pages"));

    m_pages->addWidget(m_tableMaps);
    m_pages->addWidget(m_runMonitor);
    m_pages->addWidget(m_records);
    m_pages->addWidget(m_runHistory);
    m_pages->addWidget(m_overview);
    m_pages->addWidget(m_activityLog);
    m_navigation->addItem(
        new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogDetailedView), QString()));
    m_navigation->addItem(
        new QListWidgetItem(style()->standardIcon(QStyle::SP_MediaPlay), QString()));
    m_navigation->addItem(
        new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogListView), QString()));
    m_navigation->addItem(
        new QListWidgetItem(style()->standardIcon(QStyle::SP_BrowserReload), QString()));
    m_navigation->addItem(
        new QListWidgetItem(style()->standardIcon(QStyle::SP_DriveNetIcon), QString()));
    m_navigation->addItem(
        new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogInfoView), QString()));
    connect(
        m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_runLabel->setObjectName(QStringLiteral("runStatusLabel"));
    statusBar()->addPermanentWidget(m_runLabel);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    m_tableMaps->setRunController(m_runs);
    m_runMonitor->setRunController(m_runs);
    m_records->setRunController(m_runs);
    connect(m_runHistory, &RunsPage::failedRecordsRequested, this,
        [this](qint64 runId, Component component) {
            showPage(RecordsPageIndex);
            m_records->showFailedOfRun(runId, component);
        });
    connect(
        m_tableMaps, &TableMapsPage::runRequested, this, [this] { showPage(RunMonitorPageIndex); });
    m_overview->setFeed(m_tableMaps->summaryFeed());
    connect(m_overview, &IntegrationOverviewPage::mapActivated, this, &MainWindow::openMap);
    m_activityLog->setRunController(m_runs);
    connect(m_activityLog, &ActivityLogPage::mapRequested, this, &MainWindow::openMap);
    connect(m_activityLog, &ActivityLogPage::runRequested, this, [this](qint64 runId) {
        showPage(RunsPageIndex);
        m_runHistory->showRun(runId);
    });
    connect(m_runs, &RunController::busyChanged, this,
        [this](bool busy) { m_runLabel->setText(busy ? tr("A run is going") : QString()); });
    connect(m_mapFiles, &MapFileActions::finished, this, &MainWindow::showFileResult);
    connect(m_mapFiles, &MapFileActions::mapsChanged, m_tableMaps, &TableMapsPage::refresh);

    createMenus();
    retranslate();
    restoreSettings();
    connect(&m_prepareWatcher, &QFutureWatcherBase::finished, this, &MainWindow::workspacePrepared);
    prepareWorkspace();
}

MainWindow::~MainWindow()
{
    m_runs->shutdown(kShutdownTimeoutMs);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), m_mapFiles, &MapFileActions::chooseImport);
    m_importAction->setObjectName(QStringLiteral("importMapsAction"));
    m_importAction->setShortcut(QKeySequence::Open);
    m_exportAction = m_fileMenu->addAction(QString(), m_mapFiles, &MapFileActions::chooseExport);
    m_exportAction->setObjectName(QStringLiteral("exportMapsAction"));
    m_exportAction->setShortcut(QKeySequence::SaveAs);
    m_templateAction
        = m_fileMenu->addAction(QString(), m_mapFiles, &MapFileActions::confirmTemplate);
    m_templateAction->setObjectName(QStringLiteral("applyTemplateAction"));
    m_fileMenu->addSeparator();
    m_environmentsAction = m_fileMenu->addAction(QString(), this, [this] {
        EnvironmentsDialog *dialog = EnvironmentsDialog::edit(this, m_workspace);
        connect(dialog, &EnvironmentsDialog::saved, m_tableMaps, &TableMapsPage::refresh);
    });
    m_environmentsAction->setObjectName(QStringLiteral("environmentsAction"));
    m_environmentsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    for (QAction *action :
        { m_importAction, m_exportAction, m_templateAction, m_environmentsAction })
        action->setEnabled(false); // until the workspace is ready
    m_fileMenu->addSeparator();
    m_settingsAction
        = m_fileMenu->addAction(QString(), this, [this] { SettingsDialog::edit(this); });
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_mapsMenu = menuBar()->addMenu(QString());
    m_mapsMenu->addActions(m_tableMaps->mapActions());

    m_viewMenu = menuBar()->addMenu(QString());
    m_tableMapsAction
        = m_viewMenu->addAction(QString(), this, [this] { showPage(TableMapsPageIndex); });
    m_tableMapsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_monitorAction
        = m_viewMenu->addAction(QString(), this, [this] { showPage(RunMonitorPageIndex); });
    m_monitorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_recordsAction
        = m_viewMenu->addAction(QString(), this, [this] { showPage(RecordsPageIndex); });
    m_recordsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_runsAction = m_viewMenu->addAction(QString(), this, [this] { showPage(RunsPageIndex); });
    m_runsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_overviewAction
        = m_viewMenu->addAction(QString(), this, [this] { showPage(OverviewPageIndex); });
    m_overviewAction->setObjectName(QStringLiteral("overviewAction"));
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    m_activityLogAction
        = m_viewMenu->addAction(QString(), this, [this] { showPage(ActivityLogPageIndex); });
    m_activityLogAction->setObjectName(QStringLiteral("activityLogAction"));
    m_activityLogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    m_viewMenu->addSeparator();
    m_refreshAction = m_viewMenu->addAction(QString(), m_tableMaps, &TableMapsPage::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("dwadmin — dual-write administration"));
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import maps…"));
    m_exportAction->setText(tr("&Export maps…"));
    m_templateAction->setText(tr("Apply &template \"Project Operations integrated with ERP\""));
    m_environmentsAction->setText(tr("En&vironments…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_mapsMenu->setTitle(tr("&Maps", "menu of table map actions"));
    m_viewMenu->setTitle(tr("&View"));
    m_tableMapsAction->setText(tr("&Table maps"));
    m_monitorAction->setText(tr("Run &monitor"));
    m_recordsAction->setText(tr("Re&cords"));
    m_runsAction->setText(tr("R&uns"));
    m_overviewAction->setText(tr("&Integration overview"));
    m_activityLogAction->setText(tr("Activity &log"));
    m_refreshAction->setText(tr("&Refresh"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About dwadmin"));
    m_navigation->item(TableMapsPageIndex)->setText(tr("Table maps"));
    m_navigation->item(RunMonitorPageIndex)->setText(tr("Run monitor"));
    m_navigation->item(RecordsPageIndex)->setText(tr("Records"));
    m_navigation->item(RunsPageIndex)->setText(tr("Runs", "history of runs"));
    m_navigation->item(OverviewPageIndex)->setText(tr("Integration overview"));
    m_navigation->item(ActivityLogPageIndex)->setText(tr("Activity log"));
    // Wide enough for the page titles of the current language beside their icons.
    int titleWidth = fontMetrics().averageCharWidth() * 18;
    for (int row = 0; row < m_navigation->count(); ++row)
        titleWidth
            = qMax(titleWidth, fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    m_navigation->setFixedWidth(
        titleWidth + m_navigation->iconSize().width() + 4 * fontMetrics().averageCharWidth());
    m_navigation->setAccessibleName(tr("Pages"));
    ConnectionSpec store;
    QString ignored;
    const bool onServer = m_workspace.stateStore(&store, &ignored) && !store.isSqlite();
    m_workspaceLabel->setText(onServer ? tr("Workspace: %1 (state store: %2)")
                                             .arg(m_workspace.directory(), displayName(store))
                                       : tr("Workspace: %1").arg(m_workspace.directory()));
    if (m_runs->isBusy())
        m_runLabel->setText(tr("A run is going"));
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::prepareWorkspace()
{
    statusBar()->showMessage(
        m_workspace.exists() ? tr("Opening the workspace…") : tr("Creating the demo workspace…"));
    const Workspace workspace = m_workspace;
    m_prepareWatcher.setFuture(QtConcurrent::run([workspace] {
        StoreResult<int> result;
        if (!workspace.exists()
            && !DemoWorkspace::create(workspace, kFirstStartDemoScale, &result.error))
            return result;
        // Opening applies pending migrations once, here, rather than in every page's reader.
        StateStore store;
        if (store.open(workspace, &result.error))
            result.value = store.schemaVersion();
        return result;
    }));
}

void MainWindow::workspacePrepared()
{
    const StoreResult<int> result = m_prepareWatcher.result();
    if (!result.ok()) {
        statusBar()->showMessage(tr("The workspace could not be opened."));
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot open the workspace"),
            result.error, QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit workspaceFailed(result.error);
        return;
    }
    statusBar()->clearMessage();
    m_ready = true;
    for (QAction *action :
        { m_importAction, m_exportAction, m_templateAction, m_environmentsAction })
        action->setEnabled(true);
    m_tableMaps->setWorkspace(m_workspace);
    m_runMonitor->setWorkspace(m_workspace);
    m_records->setWorkspace(m_workspace);
    m_runHistory->setWorkspace(m_workspace);
    m_activityLog->setWorkspace(m_workspace);
    emit workspaceReady();
}

void MainWindow::showFileResult(const QString &message, bool error)
{
    if (!error) {
        statusBar()->showMessage(message, kFileMessageMs);
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Table map files"), message, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("mapFileError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::openMap(const QString &map)
{
    showPage(TableMapsPageIndex);
    m_tableMaps->selectMap(map);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray()))
        resize(screen()->availableGeometry().size() * 0.8);
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    const int page = settings.value(QLatin1String(kPageKey), 0).toInt();
    m_navigation->setCurrentRow(page >= 0 && page < m_navigation->count() ? page : 0);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    settings.setValue(QLatin1String(kPageKey), m_navigation->currentRow());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    // Cancelled is a normal outcome: the run stops at its next page and resumes next time.
    m_runs->shutdown(kShutdownTimeoutMs);
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About dwadmin"),
        tr("<p><b>dwadmin %1</b></p><p>Administration console for the dual-write "
           "integration between Dynamics 365 Project Operations (Dataverse) and "
           "Dynamics 365 Finance.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace dw
