#include "tablemapspage.h"

#include "asyncresult.h"
#include "mapdetailview.h"
#include "mapeditordialog.h"
#include "mapservingtext.h"
#include "mapstore.h"
#include "mapsummaryfeed.h"
#include "passwordgate.h"
#include "runcontroller.h"
#include "rundialog.h"
#include "tablemapfiltermodel.h"
#include "tablemaplistmodel.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace dw {

namespace {
// Often enough to follow a worker in another process, rarely enough to cost nothing.
constexpr int kRefreshIntervalMs = 3000;
// How long a page that just appeared waits before it reads the store again.
constexpr int kPaintFirstMs = 100;

bool isLive(MapStatus status)
{
    return status == MapStatus::Running || status == MapStatus::Paused
        || status == MapStatus::Resuming;
}
} // namespace

TableMapsPage::TableMapsPage(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_run(new QAction(this))
    , m_pause(new QAction(this))
    , m_resume(new QAction(this))
    , m_stop(new QAction(this))
    , m_edit(new QAction(this))
    , m_new(new QAction(this))
    , m_filterLabel(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_component(new QComboBox(this))
    , m_messageBar(new QWidget(this))
    , m_message(new QLabel(m_messageBar))
    , m_dismiss(new QToolButton(m_messageBar))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_view(new QTreeView(m_splitter))
    , m_detail(new MapDetailView(m_splitter))
    , m_model(new TableMapListModel(this))
    , m_proxy(new TableMapFilterModel(this))
    , m_feed(new MapSummaryFeed(this))
    , m_refreshTimer(new QTimer(this))
{
    m_toolBar->setObjectName(QStringLiteral("mapToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_toolBar->setIconSize(QSize(iconSize, iconSize));
    m_run->setObjectName(QStringLiteral("runMapsAction"));
    m_run->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_pause->setObjectName(QStringLiteral("pauseMapsAction"));
    m_pause->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_resume->setObjectName(QStringLiteral("resumeMapsAction"));
    m_resume->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_resume->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_stop->setObjectName(QStringLiteral("stopMapsAction"));
    m_stop->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_stop->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_edit->setObjectName(QStringLiteral("editMapAction"));
    m_edit->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_new->setObjectName(QStringLiteral("newMapAction"));
    m_new->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_new->setShortcut(QKeySequence::New);
    m_toolBar->addActions({ m_run, m_pause, m_resume, m_stop });
    m_toolBar->addSeparator();
    m_toolBar->addActions({ m_edit, m_new });
    for (QAction *action : mapActions())
        action->setShortcutContext(Qt::WindowShortcut);

    m_filter->setObjectName(QStringLiteral("mapFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_component->setObjectName(QStringLiteral("componentFilter"));
    // The component names differ in length from language to language; the box follows them.
    m_component->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter->setMinimumWidth(20 * fontMetrics().averageCharWidth());
    m_view->setObjectName(QStringLiteral("mapList"));
    m_messageBar->setObjectName(QStringLiteral("mapMessageBar"));
    m_message->setObjectName(QStringLiteral("mapListMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dismiss->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_dismiss->setAutoRaise(true);
    auto *messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    messageLayout->addWidget(m_message, 1);
    messageLayout->addWidget(m_dismiss, 0, Qt::AlignTop);
    m_messageBar->hide();

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TableMapListModel::Name, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TableMapListModel::Name, QHeaderView::Stretch);

    m_splitter->setObjectName(QStringLiteral("mapSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_toolBar);
    filterRow->addStretch(1);
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_component);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TableMapFilterModel::setText);
    connect(m_component, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setComponent(m_component->currentData().toString()); });
    connect(m_feed, &MapSummaryFeed::updated, this, &TableMapsPage::showSummaries);
    connect(m_feed, &MapSummaryFeed::failed, this, &TableMapsPage::showFailure);
    connect(m_dismiss, &QToolButton::clicked, m_messageBar, &QWidget::hide);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &TableMapsPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TableMapsPage::currentChanged);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &TableMapsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TableMapsPage::updateActions);
    connect(m_view, &QTreeView::activated, this, &TableMapsPage::editCurrent);
    connect(m_run, &QAction::triggered, this, &TableMapsPage::runSelected);
    connect(m_pause, &QAction::triggered, this, &TableMapsPage::pauseSelected);
    connect(m_resume, &QAction::triggered, this, &TableMapsPage::resumeSelected);
    connect(m_stop, &QAction::triggered, this, &TableMapsPage::stopSelected);
    connect(m_edit, &QAction::triggered, this, &TableMapsPage::editCurrent);
    connect(m_new, &QAction::triggered, this, &TableMapsPage::newMap);
    connect(m_detail, &MapDetailView::message, this, &TableMapsPage::showMessage);
    connect(m_detail, &MapDetailView::mapChanged, this, &TableMapsPage::refresh);
    m_refreshTimer->setInterval(kRefreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &TableMapsPage::refresh);
    retranslate();
    updateActions();
}

void TableMapsPage::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    m_detail->setWorkspace(workspace);
    m_feed->setWorkspace(workspace);
}

void TableMapsPage::setRunController(RunController *controller)
{
    m_controller = controller;
    connect(controller, &RunController::busyChanged, this, &TableMapsPage::updateActions);
    connect(controller, &RunController::busyChanged, this, &TableMapsPage::refresh);
    connect(controller, &RunController::mapFinished, this, &TableMapsPage::refresh);
    connect(controller, &RunController::controlFinished, this,
        [this](RunController::Control, const QStringList &, const QString &error) {
            m_controlRunning = false;
            if (!error.isEmpty())
                showMessage(error, true);
            refresh();
            updateActions();
            emit controlFinished(error);
        });
    connect(controller, &RunController::runEnded, this, [this](bool, const QString &message) {
        if (!message.isEmpty())
            showMessage(tr("The run could not go on: %1").arg(message), true);
    });
}

QList<QAction *> TableMapsPage::mapActions() const
{
    return { m_run, m_pause, m_resume, m_stop, m_edit, m_new };
}

QStringList TableMapsPage::selectedMapNames() const
{
    QStringList names;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(TableMapListModel::Name);
    for (const QModelIndex &index : rows)
        names.append(index.data(TableMapListModel::MapNameRole).toString());
    return names;
}

QList<MapStatus> TableMapsPage::selectedStatuses() const
{
    QList<MapStatus> statuses;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(TableMapListModel::Name);
    for (const QModelIndex &index : rows)
        statuses.append(MapStatus(index.data(TableMapListModel::StatusRole).toInt()));
    return statuses;
}

QStringList TableMapsPage::mapsWithStatus(std::initializer_list<MapStatus> statuses) const
{
    QStringList names;
    for (const MapSummary &summary : m_model->summaries()) {
        if (std::find(statuses.begin(), statuses.end(), summary.status) != statuses.end())
            names.append(summary.name);
    }
    return names;
}

void TableMapsPage::updateActions()
{
    const QList<MapStatus> statuses = selectedStatuses();
    const auto all = [&](auto predicate) {
        return !statuses.isEmpty() && std::all_of(statuses.cbegin(), statuses.cend(), predicate);
    };
    const bool idle = !m_controlRunning && m_workspace.has_value();
    // As dual-write: Run for maps that are not live, Pause only when every selected map is
    // running, Resume when every one is paused, Stop for maps that are not stopped already.
    m_run->setEnabled(idle && all([](MapStatus s) { return !isLive(s); }));
    m_pause->setEnabled(idle && all([](MapStatus s) { return s == MapStatus::Running; }));
    m_resume->setEnabled(idle && all([](MapStatus s) { return s == MapStatus::Paused; }));
    m_stop->setEnabled(idle && all([](MapStatus s) { return s != MapStatus::NotRunning; }));
    // The editor asks to stop a live map before it edits it, as dual-write does.
    m_edit->setEnabled(m_workspace.has_value() && statuses.size() == 1);
    m_new->setEnabled(m_workspace.has_value());
}

void TableMapsPage::currentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const QString map = current.isValid() ? current.siblingAtColumn(TableMapListModel::Name)
                                                .data(TableMapListModel::MapNameRole)
                                                .toString()
                                          : QString();
    m_detail->setMap(map);
    // The lease came with the list: the new map's holder shows at once, without another read.
    m_detail->setServing(m_feed->serving().value(map));
}

void TableMapsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setAccessibleDescription(error ? tr("Error") : tr("Information"));
    m_messageBar->setVisible(!text.isEmpty());
}

void TableMapsPage::refresh()
{
    m_feed->refresh();
}

void TableMapsPage::showSummaries(const QString &queueError)
{
    m_model->setSummaries(m_feed->summaries());
    m_model->setQueued(m_feed->queued());
    m_model->setServing(m_feed->serving());
    m_detail->setServing(m_feed->serving().value(m_detail->map()));
    if (!queueError.isEmpty())
        showMessage(tr("Cannot count the queued changes: %1").arg(queueError), true);
    if (!m_pendingMap.isEmpty()) {
        selectListed(m_pendingMap); // or it is gone: nothing to wait for
        m_pendingMap.clear();
    }
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, TableMapListModel::Name));
    // As often as the list, however many asked for it; the integration overview refreshes the
    // list while this page is hidden, and showing the page refreshes it anyway.
    else if (isVisible())
        m_detail->refresh();
    emit refreshed();
}

void TableMapsPage::showFailure(const QString &message)
{
    showMessage(tr("Cannot read the table maps: %1").arg(message), true);
    emit refreshed();
}

void TableMapsPage::selectMap(const QString &name)
{
    m_pendingMap = selectListed(name) ? QString() : name;
}

bool TableMapsPage::selectListed(const QString &name)
{
    const QList<MapSummary> &summaries = m_model->summaries();
    const auto found = std::find_if(summaries.cbegin(), summaries.cend(),
        [&name](const MapSummary &summary) { return summary.name == name; });
    if (found == summaries.cend())
        return false;
    const QModelIndex source
        = m_model->index(int(found - summaries.cbegin()), TableMapListModel::Name);
    QModelIndex shown = m_proxy->mapFromSource(source);
    if (!shown.isValid()) {
        // Asked for by name elsewhere (the overview, the activity log): the filters the user
        // left here must not hide it.
        m_filter->clear();
        m_component->setCurrentIndex(0);
        shown = m_proxy->mapFromSource(source);
    }
    m_view->selectionModel()->setCurrentIndex(
        shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(shown);
    m_view->setFocus();
    return true;
}

void TableMapsPage::runSelected()
{
    const QStringList chosen = selectedMapNames();
    if (chosen.isEmpty() || !m_workspace || !m_controller)
        return;
    whenFinished(this,
        runOnStore<QList<TableMap>>(*m_workspace,
            [](StateStore &store, QList<TableMap> *maps, QString *error) {
                return MapStore(store.database()).loadAll(maps, error);
            }),
        [this, chosen](const StoreResult<QList<TableMap>> &result) {
            if (!result.ok())
                showMessage(tr("Cannot read the table maps: %1").arg(result.error), true);
            else
                openRunDialog(result.value, chosen);
        });
}

void TableMapsPage::openRunDialog(const QList<TableMap> &maps, const QStringList &chosen)
{
    QHash<QString, MapStatus> statuses;
    for (const MapSummary &summary : m_model->summaries())
        statuses.insert(summary.name, summary.status);
    auto *dialog = new RunDialog(maps, statuses, chosen, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Maps live now stay served by the run's live phase.
        const QStringList live
            = mapsWithStatus({ MapStatus::Running, MapStatus::Resuming, MapStatus::Paused });
        const RunPlan plan = dialog->plan(live);
        QStringList names;
        for (const RunPlanItem &item : dialog->items())
            names.append(item.map);
        // The dialog is gone by the time the passwords are settled: only values go along.
        PasswordGate::ensure(this, *m_workspace, [this, plan, names](bool ready) {
            if (!ready)
                return; // the user cancelled a password prompt
            QString error;
            if (!m_controller || !m_controller->start(plan, &error)) {
                showMessage(error, true);
                return;
            }
            m_messageBar->hide();
            emit runRequested(names);
        });
    });
    dialog->open();
}

void TableMapsPage::pauseSelected()
{
    const QStringList maps = selectedMapNames();
    if (maps.isEmpty() || !m_controller)
        return;
    m_controlRunning = true;
    updateActions();
    m_controller->control(RunController::Control::Pause, maps);
}

void TableMapsPage::resumeSelected()
{
    const QStringList maps = selectedMapNames();
    if (maps.isEmpty() || !m_controller || !m_workspace)
        return;
    m_controlRunning = true;
    updateActions();
    const QStringList live = mapsWithStatus({ MapStatus::Running, MapStatus::Resuming });
    // Resuming starts a live run over the environments: their passwords first.
    PasswordGate::ensure(this, *m_workspace, [this, maps, live](bool ready) {
        if (ready && m_controller) {
            m_controller->control(RunController::Control::Resume, maps, live);
            return;
        }
        m_controlRunning = false; // a password prompt was cancelled: nothing resumed
        updateActions();
    });
}

void TableMapsPage::stopSelected()
{
    const QStringList maps = selectedMapNames();
    if (maps.isEmpty() || !m_controller)
        return;
    m_controlRunning = true;
    updateActions();
    m_controller->control(RunController::Control::Stop, maps);
}

void TableMapsPage::editCurrent()
{
    const QStringList maps = selectedMapNames();
    if (maps.size() != 1 || !m_workspace)
        return;
    openEditor(maps.constFirst());
}

void TableMapsPage::newMap()
{
    if (m_workspace)
        openEditor(QString());
}

void TableMapsPage::openEditor(const QString &map)
{
    MapEditorDialog *editor = MapEditorDialog::editMap(this, *m_workspace, map);
    connect(
        editor, &MapEditorDialog::saved, this, [this](const QString &name, const QString &version) {
            //: %1 map name, %2 version number
            showMessage(tr("Map \"%1\" saved as version %2.").arg(name, version), false);
            refresh();
        });
}

void TableMapsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // After the page has been painted: the readers' threads would compete with the paint.
    QTimer::singleShot(kPaintFirstMs, this, &TableMapsPage::refresh);
    m_refreshTimer->start();
}

void TableMapsPage::hideEvent(QHideEvent *event)
{
    m_refreshTimer->stop();
    QWidget::hideEvent(event);
}

void TableMapsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TableMapsPage::sizeColumns()
{
    const int charWidth = fontMetrics().averageCharWidth();
    // Columns as wide as their longest words in the current language, plus the cell margins;
    // sized again when the language changes.
    const auto widest = [this](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = qMax(width, fontMetrics().horizontalAdvance(text));
        return width;
    };
    QStringList components;
    for (Component component : allComponents())
        components.append(componentName(component));
    m_view->header()->resizeSection(
        TableMapListModel::ComponentColumn, widest(components) + 3 * charWidth);
    m_view->header()->resizeSection(TableMapListModel::Version, 11 * charWidth);
    m_view->header()->resizeSection(TableMapListModel::Direction,
        widest({ mapDirectionName(MapDirection::ToDataverse),
            mapDirectionName(MapDirection::ToFinance), mapDirectionName(MapDirection::TwoWay) })
            + 3 * charWidth);
    int statusWidth = 0;
    for (MapStatus status : { MapStatus::NotRunning, MapStatus::Initializing, MapStatus::Running,
             MapStatus::Paused, MapStatus::Resuming, MapStatus::Error })
        statusWidth = qMax(statusWidth, fontMetrics().horizontalAdvance(mapStatusName(status)));
    // Room for the icon, its spacing and the cell margins beside the longest status text.
    m_view->header()->resizeSection(TableMapListModel::Status, statusWidth + 6 * charWidth);
    for (int column : { TableMapListModel::Queued, TableMapListModel::Failed })
        m_view->header()->resizeSection(column,
            qMax(9 * charWidth,
                widest({ m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString() })
                    + 3 * charWidth));
    // As wide as a date and time in the user's locale, as the model shows them.
    const QString sampleRun = QLocale().toString(
        QDateTime(QDate(2026, 12, 28), QTime(23, 58, 59)), QLocale::ShortFormat);
    m_view->header()->resizeSection(
        TableMapListModel::LastRun, fontMetrics().horizontalAdvance(sampleRun) + 3 * charWidth);
    // Room for a worker named as workerId() names it, say "worker@host-name:12345"; longer
    // names elide, and the cell's tooltip says them whole.
    m_view->header()->resizeSection(TableMapListModel::ServedBy,
        qMax(24 * charWidth,
            widest(
                { m_model->headerData(TableMapListModel::ServedBy, Qt::Horizontal, Qt::DisplayRole)
                        .toString(),
                    MapServingText::thisConsole() }))
            + 3 * charWidth);
}

void TableMapsPage::retranslate()
{
    m_toolBar->setWindowTitle(tr("Table map actions"));
    m_run->setText(tr("&Run…", "start maps"));
    m_run->setToolTip(tr("Start the selected maps, with or without initial sync (%1)")
                          .arg(m_run->shortcut().toString(QKeySequence::NativeText)));
    m_pause->setText(tr("&Pause", "pause maps"));
    m_pause->setToolTip(tr("Pause the selected running maps; changes keep being queued (%1)")
                            .arg(m_pause->shortcut().toString(QKeySequence::NativeText)));
    m_resume->setText(tr("Res&ume", "resume maps"));
    m_resume->setToolTip(tr("Resume the selected paused maps; queued changes are applied (%1)")
                             .arg(m_resume->shortcut().toString(QKeySequence::NativeText)));
    m_stop->setText(tr("S&top", "stop maps"));
    m_stop->setToolTip(tr("Stop the selected maps; changes are no longer captured (%1)")
                           .arg(m_stop->shortcut().toString(QKeySequence::NativeText)));
    m_edit->setText(tr("&Edit…", "edit a map"));
    m_edit->setToolTip(tr("Edit the current map; saving creates a new version (%1)")
                           .arg(m_edit->shortcut().toString(QKeySequence::NativeText)));
    m_new->setText(tr("&New map…"));
    m_new->setToolTip(
        tr("Create a table map (%1)").arg(m_new->shortcut().toString(QKeySequence::NativeText)));
    m_dismiss->setAccessibleName(tr("Dismiss the message"));
    m_dismiss->setToolTip(tr("Dismiss the message"));
    m_filterLabel->setText(tr("Fin&d:"));
    m_filter->setPlaceholderText(tr("Map name or table"));
    m_component->setAccessibleName(tr("Component"));
    const QString current = m_component->currentData().toString();
    const QSignalBlocker blocker(m_component);
    m_component->clear();
    m_component->addItem(tr("All components"), QString());
    for (Component component : allComponents())
        m_component->addItem(componentName(component), componentId(component));
    m_component->setCurrentIndex(qMax(0, m_component->findData(current)));
    m_view->setAccessibleName(tr("Table maps"));
    sizeColumns();
}

} // namespace dw
