#include "recordspage.h"

#include "asyncresult.h"
#include "editreplaydialog.h"
#include "messagelabel.h"
#include "passwordgate.h"
#include "recordactions.h"
#include "recorddetailview.h"
#include "recordexport.h"
#include "recordsourceeditor.h"
#include "recordstatemodel.h"
#include "recordvaluesmodel.h"
#include "runcontroller.h"
#include "statusicons.h"
#include "storetask.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dw {

namespace {
// The components in the order of the product's own overview: the documents first, the
// prerequisites they depend on last.
const QList<Component> kTabs = { Component::Estimates, Component::Actuals, Component::Invoices,
    Component::Expenses, Component::VendorInvoices, Component::Setup };
const QDate kAnyDate(2000, 1, 1); // the date edits' minimum, shown as "Any"
constexpr int kFindDelayMs = 250;

struct Maps
{
    QList<RecordQueryMap> maps;
    QList<QPair<Component, qint64>> openIssues;
};
} // namespace

RecordsPage::RecordsPage(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabBar(this))
    , m_status(new QComboBox(this))
    , m_map(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_find(new QLineEdit(this))
    , m_runFilter(new QPushButton(this))
    , m_findDelay(new QTimer(this))
    , m_summary(new QLabel(this))
    , m_message(new MessageLabel(this))
    , m_list(new QTreeView(this))
    , m_model(new RecordStateModel(this))
    , m_detail(new RecordDetailView(this))
    , m_retry(new QAction(StatusIcons::forRecord(RecordStatus::Synced), QString(), this))
    , m_skip(new QAction(StatusIcons::forRecord(RecordStatus::Skipped), QString(), this))
    , m_takeDataverse(new QAction(this))
    , m_takeFinance(new QAction(this))
    , m_export(new QAction(this))
    , m_editReplay(new QAction(this))
    , m_refresh(new QAction(this))
{
    setObjectName(QStringLiteral("recordsPage"));
    m_tabs->setObjectName(QStringLiteral("componentTabs"));
    m_tabs->setExpanding(false);
    m_tabs->setDocumentMode(true);
    for (Component component : kTabs) {
        const int tab = m_tabs->addTab(QString());
        m_tabs->setTabData(tab, int(component));
    }
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(QString());
    for (int s = 0; s < 5; ++s)
        m_status->addItem(StatusIcons::forRecord(RecordStatus(s)), QString(), s);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_map->setObjectName(QStringLiteral("mapFilter"));
    m_map->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_map->setMinimumContentsLength(28);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kAnyDate);
        edit->setDate(kAnyDate);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_find->setObjectName(QStringLiteral("findRecords"));
    m_find->setClearButtonEnabled(true);
    m_runFilter->setObjectName(QStringLiteral("clearRunFilter"));
    m_runFilter->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_runFilter->hide();
    m_findDelay->setSingleShot(true);
    m_findDelay->setInterval(kFindDelayMs);
    m_summary->setObjectName(QStringLiteral("recordSummary"));

    m_list->setObjectName(QStringLiteral("recordList"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSortingEnabled(true);
    m_list->header()->setSortIndicator(RecordStateModel::Map, Qt::AscendingOrder);
    m_list->header()->setStretchLastSection(true);
    const int charWidth = fontMetrics().averageCharWidth();
    m_list->setColumnWidth(RecordStateModel::Key, charWidth * 30);
    m_list->setColumnWidth(RecordStateModel::Map, charWidth * 34);
    m_list->setColumnWidth(RecordStateModel::Direction, charWidth * 24);
    m_list->setColumnWidth(RecordStateModel::Status, charWidth * 12);
    m_list->setColumnWidth(RecordStateModel::Attempts, charWidth * 11);
    m_list->setColumnWidth(RecordStateModel::LastAttempt, charWidth * 18);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_retry->setObjectName(QStringLiteral("retryRecordsAction"));
    m_retry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_skip->setObjectName(QStringLiteral("skipRecordsAction"));
    m_takeDataverse->setObjectName(QStringLiteral("takeDataverseAction"));
    m_takeFinance->setObjectName(QStringLiteral("takeFinanceAction"));
    m_editReplay->setObjectName(QStringLiteral("editReplayAction"));
    m_editReplay->setShortcut(QKeySequence(Qt::Key_F2));
    m_export->setObjectName(QStringLiteral("exportRecordsAction"));
    m_refresh->setObjectName(QStringLiteral("refreshRecordsAction"));
    for (QAction *action :
        { m_retry, m_editReplay, m_skip, m_takeDataverse, m_takeFinance, m_export }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    // The context menu (and its keyboard key) reaches every action from the list.
    m_list->addActions({ m_retry, m_editReplay, m_skip, m_takeDataverse, m_takeFinance, m_export });

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("recordsToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({ m_retry, m_editReplay, m_skip });
    toolbar->addSeparator();
    toolbar->addActions({ m_takeDataverse, m_takeFinance });
    toolbar->addSeparator();
    toolbar->addActions({ m_export, m_refresh });

    auto *filters = new QHBoxLayout;
    auto *statusLabel = new QLabel(this);
    statusLabel->setObjectName(QStringLiteral("statusFilterLabel"));
    statusLabel->setBuddy(m_status);
    auto *mapLabel = new QLabel(this);
    mapLabel->setObjectName(QStringLiteral("mapFilterLabel"));
    mapLabel->setBuddy(m_map);
    auto *fromLabel = new QLabel(this);
    fromLabel->setObjectName(QStringLiteral("fromDateLabel"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(this);
    toLabel->setObjectName(QStringLiteral("toDateLabel"));
    toLabel->setBuddy(m_to);
    auto *findLabel = new QLabel(this);
    findLabel->setObjectName(QStringLiteral("findRecordsLabel"));
    findLabel->setBuddy(m_find);
    for (QWidget *w : std::initializer_list<QWidget *> {
             statusLabel, m_status, mapLabel, m_map, fromLabel, m_from, toLabel, m_to, findLabel })
        filters->addWidget(w);
    filters->addWidget(m_find, 1);
    filters->addWidget(m_runFilter);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("recordsSplitter"));
    splitter->addWidget(listPane);
    splitter->addWidget(m_detail);
    // The detail gets the larger share: a record has dozens of mapped fields.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 2 * fontMetrics().height() * 12, 3 * fontMetrics().height() * 12 });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(toolbar);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    setTabOrder(m_tabs, m_status);
    setTabOrder(m_status, m_map);
    setTabOrder(m_map, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_find);
    setTabOrder(m_find, m_list);

    connect(m_tabs, &QTabBar::currentChanged, this, [this] {
        m_map->blockSignals(true);
        m_map->setCurrentIndex(0);
        m_map->blockSignals(false);
        applyFilter();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &RecordsPage::applyFilter);
    connect(m_map, &QComboBox::currentIndexChanged, this, &RecordsPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &RecordsPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &RecordsPage::applyFilter);
    connect(m_find, &QLineEdit::textChanged, m_findDelay, qOverload<>(&QTimer::start));
    connect(m_findDelay, &QTimer::timeout, this, &RecordsPage::applyFilter);
    connect(m_runFilter, &QPushButton::clicked, this, [this] {
        m_runId = 0;
        m_runFilter->hide();
        applyFilter();
    });
    connect(m_model, &RecordStateModel::countsLoaded, this, &RecordsPage::updateCounts);
    connect(m_model, &RecordStateModel::loadFailed, this, [this](const QString &message) {
        m_message->showMessage(MessageLabel::Kind::Error, message);
    });
    connect(m_model, &RecordStateModel::loaded, this, &RecordsPage::restoreCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RecordsPage::updateActions);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &RecordsPage::currentChanged);
    connect(m_retry, &QAction::triggered, this, [this] { runOnRecords(RunKind::Retry, {}); });
    connect(m_takeDataverse, &QAction::triggered, this,
        [this] { runOnRecords(RunKind::Resolve, Side::Dataverse); });
    connect(m_takeFinance, &QAction::triggered, this,
        [this] { runOnRecords(RunKind::Resolve, Side::Finance); });
    connect(m_skip, &QAction::triggered, this, &RecordsPage::skipSelected);
    connect(m_editReplay, &QAction::triggered, this, &RecordsPage::editAndReplay);
    connect(m_detail, &RecordDetailView::valuesLoaded, this, &RecordsPage::updateActions);
    connect(m_export, &QAction::triggered, this, &RecordsPage::chooseExport);
    connect(m_refresh, &QAction::triggered, this, &RecordsPage::refresh);

    retranslate();
    updateActions();
}

void RecordsPage::retranslate()
{
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        m_tabs->setTabText(tab, componentName(Component(m_tabs->tabData(tab).toInt())));
    m_tabs->setAccessibleName(tr("Components"));
    m_status->setItemText(0, tr("All statuses"));
    m_status->setAccessibleName(tr("Status"));
    m_map->setAccessibleName(tr("Map", "table map filter"));
    m_from->setSpecialValueText(tr("Any", "no lower date bound"));
    m_to->setSpecialValueText(tr("Any", "no upper date bound"));
    m_from->setAccessibleName(tr("Last attempt from"));
    m_to->setAccessibleName(tr("Last attempt to"));
    m_find->setPlaceholderText(tr("Text in the key or the error"));
    m_find->setAccessibleName(tr("Find records"));
    findChild<QLabel *>(QStringLiteral("statusFilterLabel"))->setText(tr("&Status:"));
    findChild<QLabel *>(QStringLiteral("mapFilterLabel"))->setText(tr("M&ap:"));
    findChild<QLabel *>(QStringLiteral("fromDateLabel"))->setText(tr("Last attempt &from:"));
    findChild<QLabel *>(QStringLiteral("toDateLabel"))->setText(tr("&to:", "last attempt date"));
    findChild<QLabel *>(QStringLiteral("findRecordsLabel"))->setText(tr("F&ind:"));
    m_list->setAccessibleName(tr("Records"));
    m_retry->setText(tr("&Retry"));
    m_retry->setToolTip(tr("Sync the selected failed records again from their current source "
                           "rows (Ctrl+R)"));
    m_editReplay->setText(tr("&Edit && replay…"));
    m_editReplay->setToolTip(tr("Correct the source values of the selected failed record, then "
                                "retry it (F2)"));
    m_skip->setText(tr("S&kip"));
    m_skip->setToolTip(tr("Mark the selected failed or conflicting records as skipped"));
    m_takeDataverse->setText(tr("Take &Dataverse"));
    m_takeDataverse->setToolTip(tr("Resolve the selected conflicts with the Dataverse version"));
    m_takeFinance->setText(tr("Take &Finance"));
    m_takeFinance->setToolTip(tr("Resolve the selected conflicts with the Finance version"));
    m_export->setText(tr("&Export CSV…"));
    m_export->setToolTip(tr("Write the filtered list to a CSV file"));
    m_refresh->setText(tr("Refresh", "reload the records"));
    updateCounts();
}

void RecordsPage::showEvent(QShowEvent *event)
{
    // Runs started elsewhere (the table maps, a worker, the CLI) change the records meanwhile.
    refresh();
    QWidget::showEvent(event);
}

void RecordsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordsPage::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    m_detail->setWorkspace(workspace);
    refresh();
}

void RecordsPage::setRunController(RunController *controller)
{
    m_runs = controller;
    connect(m_runs, &RunController::mapFinished, this, [this](const MapRunResult &result, RunKind) {
        if (m_runIsOurs)
            m_runCounts += result.counts;
    });
    connect(m_runs, &RunController::runEnded, this, [this](bool cancelled, const QString &message) {
        if (!m_runIsOurs)
            return;
        if (m_ignoredRunEnds > 0) {
            --m_ignoredRunEnds; // the live run that made way for ours
            return;
        }
        m_runIsOurs = false;
        const RunCounts &c = m_runCounts;
        if (!message.isEmpty())
            finish(message, true);
        else if (cancelled)
            finish(tr("The retry was stopped."), true);
        else
            //: %1 records that went across, %2 records that failed again.
            finish(tr("%n record(s) sent again; synced: %1, failed: %2.", nullptr, int(c.read))
                       .arg(c.inserted + c.updated + c.unchanged)
                       .arg(c.failed),
                c.failed > 0);
        refresh();
    });
    connect(m_runs, &RunController::busyChanged, this, &RecordsPage::updateActions);
}

Component RecordsPage::component() const
{
    return Component(m_tabs->tabData(m_tabs->currentIndex()).toInt());
}

void RecordsPage::showComponent(Component component)
{
    m_tabs->setCurrentIndex(int(kTabs.indexOf(component)));
}

void RecordsPage::showFailedOfRun(qint64 runId, Component component)
{
    m_runId = runId;
    //: A filter on the records of one run; clicking the button removes it.
    m_runFilter->setText(tr("Run %1").arg(runId));
    m_runFilter->setToolTip(tr("Only records whose last attempt was in run %1; click to show "
                               "all runs")
                                .arg(runId));
    m_runFilter->setAccessibleName(tr("Remove the filter on run %1").arg(runId));
    m_runFilter->show();
    m_status->blockSignals(true);
    m_status->setCurrentIndex(m_status->findData(int(RecordStatus::Failed)));
    m_status->blockSignals(false);
    if (m_tabs->currentIndex() == int(kTabs.indexOf(component)))
        applyFilter();
    else
        showComponent(component);
}

void RecordsPage::refresh()
{
    if (m_workspace.directory().isEmpty())
        return;
    const int generation = ++m_mapsGeneration;
    whenFinished(this,
        runOnStore<Maps>(m_workspace,
            [](StateStore &store, Maps *maps, QString *error) {
                const RecordQuery query(store.database());
                return query.maps(std::nullopt, &maps->maps, error)
                    && query.openIssuesByComponent(&maps->openIssues, error);
            }),
        [this, generation](const StoreResult<Maps> &result) {
            if (generation != m_mapsGeneration)
                return;
            if (!result.ok()) {
                m_message->showMessage(MessageLabel::Kind::Error, result.error);
                return;
            }
            m_maps = result.value.maps;
            for (int tab = 0; tab < m_tabs->count(); ++tab) {
                const Component c = Component(m_tabs->tabData(tab).toInt());
                qint64 open = 0;
                for (const auto &[component, count] : result.value.openIssues) {
                    if (component == c)
                        open = count;
                }
                m_tabs->setTabText(tab,
                    open == 0 ? componentName(c)
                              //: %1 component name, %2 failed or conflicting records.
                              : tr("%1 (%2)").arg(componentName(c), QLocale().toString(open)));
                m_tabs->setTabIcon(tab,
                    StatusIcons::forRecord(
                        open == 0 ? RecordStatus::Synced : RecordStatus::Failed));
                m_tabs->setTabToolTip(
                    tab, tr("%n record(s) failed or in conflict", nullptr, int(open)));
            }
            const QString current = m_map->currentData().toString();
            m_map->blockSignals(true);
            m_map->clear();
            m_map->addItem(tr("All maps of the component"));
            for (const RecordQueryMap &map : std::as_const(m_maps)) {
                if (map.component == component())
                    m_map->addItem(map.name, map.name);
            }
            m_map->setCurrentIndex(qMax(0, m_map->findData(current)));
            m_map->blockSignals(false);
            applyFilter();
        });
}

void RecordsPage::applyFilter()
{
    if (m_workspace.directory().isEmpty())
        return;
    // The map list follows the tab.
    if (m_map->count() > 1 || m_map->count() == 0) {
        const QString first = m_map->count() > 1 ? m_map->itemData(1).toString() : QString();
        const bool stale = std::none_of(m_maps.cbegin(), m_maps.cend(),
            [&](const RecordQueryMap &m) { return m.name == first && m.component == component(); });
        if (stale || m_map->count() == 0) {
            m_map->blockSignals(true);
            m_map->clear();
            m_map->addItem(tr("All maps of the component"));
            for (const RecordQueryMap &map : std::as_const(m_maps)) {
                if (map.component == component())
                    m_map->addItem(map.name, map.name);
            }
            m_map->blockSignals(false);
        }
    }
    RecordFilter filter;
    const QString mapName = m_map->currentData().toString();
    for (const RecordQueryMap &map : std::as_const(m_maps)) {
        if (map.component == component() && (mapName.isEmpty() || map.name == mapName))
            filter.maps.append(map);
    }
    const QVariant status = m_status->currentData();
    if (status.isValid())
        filter.status = RecordStatus(status.toInt());
    if (m_from->date() != kAnyDate)
        filter.fromMs = m_from->date().startOfDay().toMSecsSinceEpoch();
    if (m_to->date() != kAnyDate)
        filter.toMs = m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    filter.text = m_find->text();
    filter.runId = m_runId;
    m_summary->setText(tr("Counting…"));
    m_model->setQuery(m_workspace, filter);
}

void RecordsPage::updateCounts()
{
    if (m_model->totalCount() < 0) {
        m_summary->clear();
        return;
    }
    const StatusCounts &counts = m_model->statusCounts();
    const QLocale locale;
    qint64 all = 0;
    for (int s = 0; s < 5; ++s) {
        all += counts.at(s);
        //: %1 a record status, %2 how many records have it under the other filters.
        m_status->setItemText(s + 1,
            tr("%1 (%2)").arg(recordStatusName(RecordStatus(s)), locale.toString(counts.at(s))));
    }
    m_status->setItemText(0, tr("All statuses (%1)").arg(locale.toString(all)));
    //: The counts of the records listed, by status.
    m_summary->setText(tr("%n record(s) listed — synced %1, failed %2, conflict %3, skipped %4, "
                          "pending %5",
        nullptr, int(qMin<qint64>(m_model->totalCount(), std::numeric_limits<int>::max())))
                           .arg(locale.toString(counts.at(0)), locale.toString(counts.at(1)),
                               locale.toString(counts.at(2)), locale.toString(counts.at(3)),
                               locale.toString(counts.at(4))));
}

QList<RecordState> RecordsPage::selectedRecords() const
{
    QList<RecordState> records;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        records.append(m_model->record(index.row()));
    return records;
}

void RecordsPage::updateActions()
{
    bool failed = false;
    bool skippable = false;
    bool conflict = false;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows()) {
        const RecordStatus status = m_model->record(index.row()).status;
        failed = failed || status == RecordStatus::Failed;
        conflict = conflict || status == RecordStatus::Conflict;
        skippable = skippable || status == RecordStatus::Failed || status == RecordStatus::Conflict;
    }
    const bool idle = !m_runs || !m_runIsOurs;
    m_retry->setEnabled(failed && idle && m_runs);
    m_takeDataverse->setEnabled(conflict && idle && m_runs);
    m_takeFinance->setEnabled(conflict && idle && m_runs);
    m_skip->setEnabled(skippable);
    // Edit & replay works on one failed record whose source row has been read.
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    const std::optional<RecordState> shown = m_detail->record();
    const bool oneFailed = rows.size() == 1
        && m_model->record(rows.constFirst().row()).status == RecordStatus::Failed && shown
        && shown->key == m_model->record(rows.constFirst().row()).key && !m_detail->isLoading();
    const RecordComparison &comparison = m_detail->values()->comparison();
    const bool sourceRead = comparison.source == Side::Dataverse ? comparison.dataverseFound
                                                                 : comparison.financeFound;
    m_editReplay->setEnabled(oneFailed && sourceRead && idle && m_runs);
}

void RecordsPage::restoreCurrent()
{
    // A new query resets the list; the record in the detail stays current when it is still
    // listed (with its new state), else the detail clears.
    const std::optional<RecordState> shown = m_detail->record();
    if (m_list->currentIndex().isValid() || !shown) {
        updateActions();
        return;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const RecordState &record = m_model->record(row);
        if (record.mapId == shown->mapId && record.key == shown->key) {
            m_list->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
    m_detail->showRecord(std::nullopt);
    updateActions();
}

void RecordsPage::currentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    std::optional<RecordState> record;
    if (current.isValid())
        record = m_model->record(current.row());
    if (record != m_detail->record())
        m_detail->showRecord(record);
    updateActions();
}

void RecordsPage::runOnRecords(RunKind kind, std::optional<Side> winner)
{
    runOn(selectedRecords(), kind, winner);
}

void RecordsPage::runOn(const QList<RecordState> &records, RunKind kind, std::optional<Side> winner)
{
    if (!m_runs)
        return;
    const RecordStatus wanted
        = kind == RunKind::Retry ? RecordStatus::Failed : RecordStatus::Conflict;
    // One request per map: the engine takes record keys for one map at a time.
    QMap<QString, QStringList> keysByMap;
    for (const RecordState &record : records) {
        if (record.status == wanted)
            keysByMap[record.map].append(record.key);
    }
    if (keysByMap.isEmpty())
        return;
    RunPlan plan;
    for (auto it = keysByMap.cbegin(); it != keysByMap.cend(); ++it) {
        SyncRequest request;
        request.kind = kind;
        request.maps = { it.key() };
        request.recordKeys = it.value();
        request.master = winner;
        plan.initial.append(request);
    }
    // Retrying writes to an environment: its password first, if its server asks for one.
    PasswordGate::ensure(this, m_workspace, [this, plan, kind](bool ready) {
        if (ready && m_runs)
            startRun(plan, kind);
    });
}

void RecordsPage::startRun(const RunPlan &plan, RunKind kind)
{
    QString error;
    m_runCounts = {};
    m_runIsOurs = true;
    // A live run going ends first (and its maps are served again after ours).
    m_ignoredRunEnds = m_runs->isLivePhase() ? 1 : 0;
    if (!m_runs->start(plan, &error)) {
        m_runIsOurs = false;
        finish(error, true);
        return;
    }
    m_message->showMessage(MessageLabel::Kind::Information,
        kind == RunKind::Retry ? tr("Retrying the selected records…")
                               : tr("Resolving the selected conflicts…"));
    updateActions();
}

void RecordsPage::editAndReplay()
{
    const std::optional<RecordState> record = m_detail->record();
    if (!record || !m_editReplay->isEnabled())
        return;
    const RecordComparison comparison = m_detail->values()->comparison();
    auto *dialog = new EditReplayDialog(*record, comparison, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, record = *record, comparison] {
        const QList<SourceEdit> edits = dialog->edits();
        const Workspace workspace = m_workspace;
        m_message->showMessage(MessageLabel::Kind::Information,
            tr("Writing the new values to %1…").arg(sideName(comparison.source)));
        whenFinished(this, QtConcurrent::run([workspace, record, comparison, edits] {
            QString error;
            RecordSourceEditor(workspace).write(record, comparison.source, edits, &error);
            return error;
        }),
            [this, record](const QString &error) {
                if (!error.isEmpty()) {
                    finish(error, true);
                    return;
                }
                runOn({ record }, RunKind::Retry, std::nullopt);
            });
    });
    dialog->open();
}

void RecordsPage::skipSelected()
{
    QMap<QString, QStringList> keysByMap;
    for (const RecordState &record : selectedRecords()) {
        if (record.status == RecordStatus::Failed || record.status == RecordStatus::Conflict)
            keysByMap[record.map].append(record.key);
    }
    if (keysByMap.isEmpty())
        return;
    whenFinished(this,
        runOnStore<qint64>(m_workspace,
            [keysByMap](StateStore &store, qint64 *skipped, QString *error) {
                for (auto it = keysByMap.cbegin(); it != keysByMap.cend(); ++it) {
                    qint64 count = 0;
                    QStringList notSkipped;
                    if (!RecordActions::skip(
                            store.database(), it.key(), it.value(), &count, &notSkipped, error))
                        return false;
                    *skipped += count;
                }
                return true;
            }),
        [this](const StoreResult<qint64> &result) {
            if (!result.ok())
                finish(result.error, true);
            else
                finish(tr("%n record(s) skipped.", nullptr, int(result.value)), false);
            refresh();
        });
}

void RecordsPage::chooseExport()
{
    auto *dialog = new QFileDialog(
        this, tr("Export records"), QString(), tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportRecordsDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(tr("records-%1.csv").arg(componentId(component())));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &RecordsPage::exportTo);
    dialog->open();
}

void RecordsPage::exportTo(const QString &path)
{
    const RecordFilter filter = m_model->filter();
    const RecordSort sort = m_model->sortOrder();
    const bool ascending = m_model->isAscending();
    m_message->showMessage(MessageLabel::Kind::Information, tr("Exporting to %1…").arg(path));
    m_export->setEnabled(false);
    whenFinished(this,
        runOnStore<qint64>(m_workspace,
            [=](StateStore &store, qint64 *rows, QString *error) {
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly)) {
                    *error = tr("Cannot write %1: %2").arg(path, file.errorString());
                    return false;
                }
                if (!RecordExport::writeCsv(
                        store.database(), filter, sort, ascending, &file, rows, error))
                    return false;
                if (!file.commit()) {
                    *error = tr("Cannot write %1: %2").arg(path, file.errorString());
                    return false;
                }
                return true;
            }),
        [this, path](const StoreResult<qint64> &result) {
            m_export->setEnabled(true);
            if (!result.ok())
                finish(result.error, true);
            else
                finish(tr("%n record(s) exported to %1.", nullptr, int(result.value)).arg(path),
                    false);
        });
}

void RecordsPage::finish(const QString &message, bool error)
{
    m_message->showMessage(
        error ? MessageLabel::Kind::Error : MessageLabel::Kind::Success, message);
    emit actionFinished(message, error);
}

} // namespace dw
