#include "mapdetailview.h"

#include "activitymodel.h"
#include "alertrulemodel.h"
#include "asyncresult.h"
#include "errorclass.h"
#include "fieldmappingmodel.h"
#include "mapservingtext.h"
#include "mapstore.h"
#include "mapversionstab.h"
#include "queuedchangemodel.h"
#include "recordissuemodel.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <memory>

namespace dw {

namespace {
// How many queued changes the Queued records tab lists.
constexpr int kQueuedShown = 100;

// The facts of the latest initial sync: the run on the left, its counts on the right.
enum CountRow {
    MasterRow,
    StartedRow,
    DurationRow,
    ReadRow,
    InsertedRow,
    UpdatedRow,
    UnchangedRow,
    FailedRow
};
constexpr int kCountRows = FailedRow + 1;
const char *const kCountNames[kCountRows] = { "initialMaster", "initialStarted", "initialDuration",
    "initialRead", "initialInserted", "initialUpdated", "initialUnchanged", "initialFailed" };

QString when(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat)
                  : QString();
}
} // namespace

QTreeView *MapDetailView::makeList(QWidget *parent, const QString &objectName)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    return view;
}

MapDetailView::MapDetailView(QWidget *parent)
    : QWidget(parent)
    , m_servingLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_tablesLabel(new QLabel(this))
    , m_fieldsView(makeList(this, QStringLiteral("fieldMappingList")))
    , m_fields(new FieldMappingModel(this))
    , m_initialPage(new QWidget(this))
    , m_initialSummary(new QLabel(this))
    , m_initialFailedLabel(new QLabel(this))
    , m_initialFailedView(makeList(this, QStringLiteral("initialFailedList")))
    , m_initialFailed(new RecordIssueModel(this))
    , m_queuedLabel(new QLabel(this))
    , m_queuedView(makeList(this, QStringLiteral("queuedList")))
    , m_queued(new QueuedChangeModel(this))
    , m_failedLabel(new QLabel(this))
    , m_failedView(makeList(this, QStringLiteral("failedList")))
    , m_failed(new RecordIssueModel(this))
    , m_activityView(makeList(this, QStringLiteral("activityList")))
    , m_activity(new ActivityModel(this))
    , m_alertsNote(new QLabel(this))
    , m_alertsView(makeList(this, QStringLiteral("alertRuleList")))
    , m_alerts(new AlertRuleModel(this))
    , m_versions(new MapVersionsTab(this))
{
    m_tabs->setObjectName(QStringLiteral("mapDetailTabs"));
    m_tabs->setDocumentMode(true);
    const int charWidth = fontMetrics().averageCharWidth();

    // The editor's models, shown read-only here: maps are changed with Edit….
    m_fieldsView->setModel(m_fields);
    m_fieldsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fieldsView->header()->resizeSection(FieldMappingModel::FinanceColumn, 34 * charWidth);
    m_fieldsView->header()->resizeSection(FieldMappingModel::DirectionColumn, 10 * charWidth);
    m_fieldsView->header()->resizeSection(FieldMappingModel::DataverseColumn, 34 * charWidth);
    m_tablesLabel->setObjectName(QStringLiteral("mapTablesLabel"));
    m_tablesLabel->setWordWrap(true);
    m_tablesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *fieldsPage = new QWidget(this);
    auto *fieldsLayout = new QVBoxLayout(fieldsPage);
    fieldsLayout->addWidget(m_tablesLabel);
    fieldsLayout->addWidget(m_fieldsView, 1);

    m_initialSummary->setObjectName(QStringLiteral("initialSyncSummary"));
    m_initialSummary->setWordWrap(true);
    auto *grid = new QGridLayout;
    for (int i = 0; i < kCountRows; ++i) {
        auto *label = new QLabel(m_initialPage);
        auto *value = new QLabel(m_initialPage);
        value->setObjectName(QLatin1String(kCountNames[i]));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (i >= ReadRow)
            value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        label->setBuddy(value);
        const int column = i < ReadRow ? 0 : 3;
        const int row = i < ReadRow ? i : i - ReadRow;
        grid->addWidget(label, row, column);
        grid->addWidget(value, row, column + 1, Qt::AlignTop);
        m_countLabels.append(label);
        m_countValues.append(value);
    }
    grid->setColumnMinimumWidth(1, 24 * charWidth);
    grid->setColumnMinimumWidth(2, 4 * charWidth);
    grid->setColumnMinimumWidth(4, 12 * charWidth);
    grid->setColumnStretch(5, 1);
    m_initialFailedView->setModel(m_initialFailed);
    auto *initialLayout = new QVBoxLayout(m_initialPage);
    initialLayout->addWidget(m_initialSummary);
    initialLayout->addLayout(grid);
    initialLayout->addWidget(m_initialFailedLabel);
    initialLayout->addWidget(m_initialFailedView, 1);

    m_queuedLabel->setObjectName(QStringLiteral("queuedCountLabel"));
    m_queuedView->setModel(m_queued);
    m_queuedView->header()->resizeSection(QueuedChangeModel::SideColumn, 14 * charWidth);
    m_queuedView->header()->resizeSection(QueuedChangeModel::Sequence, 12 * charWidth);
    m_queuedView->header()->resizeSection(QueuedChangeModel::Operation, 12 * charWidth);
    m_queuedView->header()->resizeSection(QueuedChangeModel::Key, 48 * charWidth);
    auto *queuedPage = new QWidget(this);
    auto *queuedLayout = new QVBoxLayout(queuedPage);
    queuedLayout->addWidget(m_queuedLabel);
    queuedLayout->addWidget(m_queuedView, 1);

    m_failedLabel->setObjectName(QStringLiteral("failedCountLabel"));
    m_failedView->setModel(m_failed);
    for (QTreeView *view : { m_failedView, m_initialFailedView }) {
        view->header()->resizeSection(RecordIssueModel::Key, 30 * charWidth);
        view->header()->resizeSection(RecordIssueModel::ErrorClassColumn,
            fontMetrics().horizontalAdvance(errorClassName(ErrorClass::Constraint))
                + 3 * charWidth);
        view->header()->setStretchLastSection(false);
        view->header()->setSectionResizeMode(RecordIssueModel::Message, QHeaderView::Stretch);
        view->header()->resizeSection(RecordIssueModel::Attempts, 10 * charWidth);
        view->header()->resizeSection(RecordIssueModel::LastAttempt,
            fontMetrics().horizontalAdvance(
                when(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 59)).toMSecsSinceEpoch()))
                + 3 * charWidth);
    }
    auto *failedPage = new QWidget(this);
    auto *failedLayout = new QVBoxLayout(failedPage);
    failedLayout->addWidget(m_failedLabel);
    failedLayout->addWidget(m_failedView, 1);

    m_activityView->setModel(m_activity);
    m_activityView->header()->resizeSection(ActivityModel::Time, 20 * charWidth);
    m_activityView->header()->resizeSection(ActivityModel::Event, 20 * charWidth);
    m_activityView->header()->resizeSection(ActivityModel::Run, 8 * charWidth);
    m_activityView->setColumnHidden(ActivityModel::Map, true); // it is this map

    m_alertsNote->setWordWrap(true);
    m_alertsView->setModel(m_alerts);
    m_alertsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_alertsView->header()->resizeSection(AlertRuleModel::ErrorClassColumn, 20 * charWidth);
    m_alertsView->header()->resizeSection(AlertRuleModel::CountColumn, 10 * charWidth);
    m_alertsView->header()->resizeSection(AlertRuleModel::MinutesColumn, 18 * charWidth);
    auto *alertsPage = new QWidget(this);
    auto *alertsLayout = new QVBoxLayout(alertsPage);
    alertsLayout->addWidget(m_alertsNote);
    alertsLayout->addWidget(m_alertsView, 1);

    m_tabs->addTab(fieldsPage, QString());
    m_tabs->addTab(m_initialPage, QString());
    m_tabs->addTab(queuedPage, QString());
    m_tabs->addTab(failedPage, QString());
    m_tabs->addTab(m_activityView, QString());
    m_tabs->addTab(alertsPage, QString());
    m_tabs->addTab(m_versions, QString());
    // Above the tabs: who serves the map matters whichever tab is open.
    m_servingLabel->setObjectName(QStringLiteral("mapServingLabel"));
    m_servingLabel->setWordWrap(true);
    m_servingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_servingLabel);
    layout->addWidget(m_tabs, 1);

    const auto loadFailed = [this](const QString &text) {
        emit message(text, true);
    };
    connect(m_failed, &RecordIssueModel::loaded, this, &MapDetailView::updateCounts);
    connect(m_initialFailed, &RecordIssueModel::loaded, this, &MapDetailView::updateCounts);
    connect(m_failed, &RecordIssueModel::loadFailed, this, loadFailed);
    connect(m_initialFailed, &RecordIssueModel::loadFailed, this, loadFailed);
    connect(m_activity, &ActivityModel::loadFailed, this, loadFailed);
    connect(m_versions, &MapVersionsTab::message, this, &MapDetailView::message);
    connect(m_versions, &MapVersionsTab::activated, this, [this](const QString &map) {
        refresh();
        emit mapChanged(map);
    });
    retranslate();
}

void MapDetailView::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    const QString map = std::exchange(m_map, QString());
    setMap(map);
}

void MapDetailView::setMap(const QString &map)
{
    if (map == m_map) {
        refresh();
        return;
    }
    m_map = map;
    m_serving = MapServing(); // another map's holder must not linger until the next read
    showServing();
    m_shown.reset();
    ++m_generation;
    m_initial = InitialRunDetails();
    m_queuedTotal = -1;
    const Workspace workspace = m_workspace ? *m_workspace : Workspace();
    m_failed->setQuery(workspace, map);
    m_initialFailed->setQuery(Workspace(), QString());
    ActivityFilter activity;
    activity.map = map;
    m_activity->setQuery(map.isEmpty() ? Workspace() : workspace, activity);
    m_queued->setChanges({});
    if (map.isEmpty() || !m_workspace) {
        m_fields->setFields({});
        m_alerts->setRules({});
        m_versions->setVersions(workspace, QString(), {});
        m_tablesLabel->clear();
        showInitial(InitialRunDetails());
        updateCounts();
        return;
    }
    load();
    updateCounts();
}

void MapDetailView::setServing(const MapServing &serving)
{
    m_serving = serving;
    showServing();
}

void MapDetailView::showServing()
{
    m_servingLabel->setText(m_map.isEmpty() ? QString() : MapServingText::describe(m_serving));
}

void MapDetailView::refresh()
{
    if (m_map.isEmpty() || !m_workspace)
        return;
    m_failed->reload();
    m_initialFailed->reload();
    m_activity->reload();
    load();
}

void MapDetailView::load()
{
    const int generation = m_generation;
    const QString map = m_map;
    // loaded() once both parts of this load have been shown.
    const auto pending = std::make_shared<int>(2);
    const auto done = [this, pending] {
        if (--*pending == 0)
            emit loaded();
    };
    whenFinished(this,
        runOnStore<Detail>(*m_workspace,
            [map](StateStore &store, Detail *detail, QString *error) {
                const MapStore maps(store.database());
                return maps.load(map, &detail->map, error)
                    && maps.versions(map, &detail->versions, error)
                    && MapDetailStore(store.database())
                           .lastInitialRun(map, &detail->initial, error);
            }),
        [this, generation, done](const StoreResult<Detail> &result) {
            if (generation != m_generation)
                return;
            if (result.ok())
                showDetail(result.value);
            else
                emit message(tr("Cannot read the map \"%1\": %2").arg(m_map, result.error), true);
            done();
        });
    whenFinished(this, QtConcurrent::run([workspace = *m_workspace, map] {
        StoreResult<Queue> result;
        QueueReader reader(workspace);
        if (!reader.open(&result.error)
            || !reader.changes(
                map, kQueuedShown, &result.value.changes, &result.value.total, &result.error)) {
            if (result.error.isEmpty())
                result.error = tr("the reader gave no reason", "why the queue cannot be read");
        }
        return result;
    }),
        [this, generation, done](const StoreResult<Queue> &result) {
            if (generation != m_generation)
                return;
            if (result.ok())
                showQueue(result.value);
            else
                m_queuedLabel->setText(tr("Cannot read the queue: %1").arg(result.error));
            done();
        });
}

void MapDetailView::showDetail(const Detail &detail)
{
    const TableMap &map = detail.map;
    m_versions->setVersions(*m_workspace, map.name, detail.versions);
    if (detail.initial.runId != m_initial.runId)
        m_initialFailed->setQuery(*m_workspace,
            detail.initial.runId > 0 ? m_map : QString(), detail.initial.runId);
    showInitial(detail.initial);
    // A refresh that finds the same definition leaves the lists alone (no reset, no relayout).
    if (m_shown && *m_shown == map)
        return;
    m_shown = map;
    m_fields->setFields(map.fields);
    m_alerts->setRules(map.alerts);
    showTables();
}

void MapDetailView::showTables()
{
    if (!m_shown) {
        m_tablesLabel->clear();
        return;
    }
    const TableMap &map = *m_shown;
    QStringList lines;
    //: %1 Dataverse table, %2 direction symbol, %3 Finance table
    lines.append(
        tr("Dataverse %1 %2 Finance %3")
            .arg(map.dataverse.table, mapDirectionSymbol(map.direction()), map.finance.table));
    if (!map.dataverse.filter.isEmpty())
        lines.append(tr("Dataverse filter: %1").arg(map.dataverse.filter));
    if (!map.finance.filter.isEmpty())
        lines.append(tr("Finance filter: %1").arg(map.finance.filter));
    if (!map.dependsOn.isEmpty())
        lines.append(tr("Depends on: %1").arg(map.dependsOn.join(QStringLiteral(", "))));
    m_tablesLabel->setText(lines.join(QLatin1Char('\n')));
}

void MapDetailView::showInitial(const InitialRunDetails &initial)
{
    m_initial = initial;
    const QLocale locale;
    if (initial.runId == 0) {
        m_initialSummary->setText(tr("The map has had no initial sync yet."));
        for (QLabel *value : std::as_const(m_countValues))
            value->clear();
        updateCounts();
        return;
    }
    QString outcome = initial.outcome;
    if (outcome == QLatin1String("running"))
        outcome = tr("running", "run outcome");
    else if (outcome == QLatin1String("completed"))
        outcome = tr("completed", "run outcome");
    else if (outcome == QLatin1String("cancelled"))
        outcome = tr("stopped by the administrator", "run outcome");
    else if (outcome == QLatin1String("failed"))
        outcome = tr("ended with failures", "run outcome");
    else if (outcome == QLatin1String("interrupted"))
        outcome = tr("interrupted", "run outcome");
    //: %1 run number, %2 outcome such as "completed"
    m_initialSummary->setText(
        tr("Latest initial sync: run %1, %2.").arg(initial.runId).arg(outcome));
    m_countValues[MasterRow]->setText(initial.masterSide.isEmpty()
            ? tr("the map's own master", "initial sync master side")
            : initial.masterSide == sideId(Side::Finance) ? sideName(Side::Finance)
                                                          : sideName(Side::Dataverse));
    m_countValues[StartedRow]->setText(when(initial.startedAt));
    m_countValues[DurationRow]->setText(
        //: duration of an initial sync in seconds, e.g. "12.4 s"
        tr("%1 s").arg(locale.toString(double(initial.counts.durationMs) / 1000.0, 'f', 1)));
    m_countValues[ReadRow]->setText(locale.toString(initial.counts.read));
    m_countValues[InsertedRow]->setText(locale.toString(initial.counts.inserted));
    m_countValues[UpdatedRow]->setText(locale.toString(initial.counts.updated));
    m_countValues[UnchangedRow]->setText(locale.toString(initial.counts.unchanged));
    m_countValues[FailedRow]->setText(locale.toString(initial.counts.failed));
    updateCounts();
}

void MapDetailView::showQueue(const Queue &queue)
{
    m_queuedTotal = queue.total;
    m_queued->setChanges(queue.changes);
    updateCounts();
}

void MapDetailView::updateCounts()
{
    const qint64 failed = m_failed->totalCount();
    m_failedLabel->setText(failed < 0 ? QString()
                                      : tr("%n failed record(s); the list loads more as you "
                                           "scroll.",
                                          nullptr, int(qMin<qint64>(failed, INT_MAX))));
    const int queued = int(qMin<qint64>(m_queuedTotal, INT_MAX));
    if (m_queuedTotal < 0)
        m_queuedLabel->setText(m_map.isEmpty() ? QString() : tr("Reading the queue…"));
    else if (m_queuedTotal == 0)
        m_queuedLabel->setText(tr("Total queued record count: 0. Changes are queued while the "
                                  "map is paused and until a live run applies them."));
    else if (m_queued->rowCount() >= m_queuedTotal)
        m_queuedLabel->setText(tr(
            "Total queued record count: %n, in the order they will be applied.", nullptr, queued));
    else
        //: %n total queued, %1 how many are listed
        m_queuedLabel->setText(tr("Total queued record count: %n; the next %1 to be applied "
                                  "are listed.",
            nullptr, queued)
                                   .arg(m_queued->rowCount()));
    const qint64 stillFailed = m_initialFailed->totalCount();
    m_initialFailedLabel->setText(m_initial.runId == 0 || stillFailed < 0
            ? QString()
            : tr("%n record(s) of this run still failed:", nullptr,
                int(qMin<qint64>(stillFailed, INT_MAX))));
}

void MapDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showInitial(m_initial);
        showTables();
        showServing();
    }
    QWidget::changeEvent(event);
}

void MapDetailView::retranslate()
{
    m_tabs->setTabText(Fields, tr("Field ma&ppings"));
    m_tabs->setTabText(InitialSyncTab, tr("&Initial sync details"));
    m_tabs->setTabText(QueuedTab, tr("&Queued records"));
    m_tabs->setTabText(FailedTab, tr("Failed &records"));
    m_tabs->setTabText(ActivityTab, tr("Activity &log"));
    m_tabs->setTabText(AlertsTab, tr("Alert setti&ngs"));
    m_tabs->setTabText(VersionsTab, tr("Ver&sions"));
    m_tabs->setAccessibleName(tr("Map detail"));
    m_fieldsView->setAccessibleName(tr("Field mappings"));
    m_initialFailedView->setAccessibleName(tr("Failed records of the initial sync"));
    m_queuedView->setAccessibleName(tr("Queued records"));
    m_failedView->setAccessibleName(tr("Failed records"));
    m_activityView->setAccessibleName(tr("Activity log"));
    m_alertsView->setAccessibleName(tr("Alert rules"));
    m_alertsNote->setText(tr("An alert rule counts failed records of a class within a time "
                             "window and then notifies, pauses or stops the map. Rules are "
                             "edited with the map; a running map applies changed rules after "
                             "it is started again."));
    const QStringList labels = { tr("Master:", "initial sync master side"), tr("Started:"),
        tr("Duration:", "of an initial sync"), tr("Read:", "rows read"), tr("Inserted:"),
        tr("Updated:"), tr("Unchanged:"), tr("Failed:", "records that failed") };
    for (int i = 0; i < kCountRows; ++i)
        m_countLabels.at(i)->setText(labels.at(i));
    updateCounts();
}

} // namespace dw
