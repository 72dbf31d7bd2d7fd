#include "mainwindow.h"

#include "demoworkspace.h"
#include "tablemapspage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QScreen>
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
} // namespace

MainWindow::MainWindow(const Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_tableMaps(new TableMapsPage(this))
    , m_workspaceLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(fontMetrics().averageCharWidth() * 24);
    m_pages->setObjectName(QStringLiteral("pages"));

    m_pages->addWidget(m_tableMaps);
    m_navigation->addItem(
        new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogDetailedView), QString()));
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
    statusBar()->addPermanentWidget(m_workspaceLabel);

    createMenus();
    retranslate();
    restoreSettings();
    connect(&m_prepareWatcher, &QFutureWatcherBase::finished, this, &MainWindow::workspacePrepared);
    prepareWorkspace();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
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
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About dwadmin"));
    m_navigation->item(0)->setText(tr("Table maps"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_workspaceLabel->setText(tr("Workspace: %1").arg(m_workspace.directory()));
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
        if (store.open(workspace.stateStorePath(), &result.error))
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
    m_tableMaps->setStorePath(m_workspace.stateStorePath());
    emit workspaceReady();
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
