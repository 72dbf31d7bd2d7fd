#include "activitylogpage.h"

#include "activitymodel.h"
#include "asyncresult.h"
#include "messagelabel.h"
#include "middleelidedelegate.h"
#include "recordquery.h"
#include "runcontroller.h"
#include "storetask.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <limits>

namespace dw {

namespace {
// The date edits' minimum, shown as "Any" (from) and "Now" (to): no bound.
const QDateTime kNoBound(QDate(2000, 1, 1), QTime(0, 0));
constexpr int kFindDelayMs = 250;
// A worker in another process or the CLI writes to the log too; while shown, look for new
// entries this often (a page query; counting only when some arrived).
constexpr int kRefreshIntervalMs = 5000;

// How far back a relative period reaches; 0 for the others.
qint64 periodSpanMs(ActivityLogPage::Period period)
{
    constexpr qint64 hour = 3600 * 1000;
    switch (period) {
    case ActivityLogPage::Period::LastHour:
        return hour;
    case ActivityLogPage::Period::Last24Hours:
        return 24 * hour;
    case ActivityLogPage::Period::Last7Days:
        return 7 * 24 * hour;
    case ActivityLogPage::Period::Last30Days:
        return 30 * 24 * hour;
    case ActivityLogPage::Period::AllTime:
    case ActivityLogPage::Period::Custom:
        break;
    }
    return 0;
}

qint64 boundMs(const QDateTimeEdit *edit)
{
    return edit->dateTime() <= kNoBound ? 0 : edit->dateTime().toMSecsSinceEpoch();
}
} // namespace

ActivityLogPage::ActivityLogPage(QWidget *parent)
    : QWidget(parent)
    , m_map(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_find(new QLineEdit(this))
    , m_findDelay(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
    , m_list(new QTreeView(this))
    , m_model(new ActivityModel(this))
    , m_summary(new QLabel(this))
    , m_message(new MessageLabel(this))
    , m_showRun(new QAction(style()->standardIcon(QStyle::SP_MediaPlay), QString(), this))
    , m_showMap(
          new QAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), QString(), this))
    , m_refresh(new QAction(style()->standardIcon(QStyle::SP_BrowserReload), QString(), this))
{
    setObjectName(QStringLiteral("activityLogPage"));
    m_map->setObjectName(QStringLiteral("activityMapFilter"));
    m_map->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_map->setMinimumContentsLength(24);
    m_map->addItem(QString());
    m_kind->setObjectName(QStringLiteral("activityKindFilter"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->addItem(QString());
    for (ActivityKind kind : allActivityKinds())
        m_kind->addItem(QString(), activityKindId(kind));
    m_period->setObjectName(QStringLiteral("activityPeriod"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int period = 0; period <= int(Period::Custom); ++period)
        m_period->addItem(QString(), period);
    m_period->setCurrentIndex(int(Period::AllTime));
    for (QDateTimeEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setMinimumDateTime(kNoBound);
        edit->setDateTime(kNoBound);
    }
    m_from->setObjectName(QStringLiteral("activityFrom"));
    m_to->setObjectName(QStringLiteral("activityTo"));
    m_find->setObjectName(QStringLiteral("activityFind"));
    m_find->setClearButtonEnabled(true);
    m_find->setMinimumWidth(24 * fontMetrics().averageCharWidth());
    m_findDelay->setSingleShot(true);
    m_findDelay->setInterval(kFindDelayMs);
    m_refreshTimer->setInterval(kRefreshIntervalMs);
    m_summary->setObjectName(QStringLiteral("activitySummary"));

    m_model->setCounting(true);
    m_list->setObjectName(QStringLiteral("activityLogList"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->header()->setStretchLastSection(true);
    // Map names share long beginnings ("Project Operations integration …"); their ends tell
    // them apart.
    m_list->setItemDelegateForColumn(ActivityModel::Map, new MiddleElideDelegate(m_list));
    const int charWidth = fontMetrics().averageCharWidth();
    // As wide as a date and time in the user's locale, as the model shows them.
    const QString sampleTime = QLocale().toString(
        QDateTime(QDate(2026, 12, 28), QTime(23, 58, 59)), QLocale::ShortFormat);
    m_list->setColumnWidth(
        ActivityModel::Time, fontMetrics().horizontalAdvance(sampleTime) + 3 * charWidth);
    m_list->setColumnWidth(ActivityModel::Map, charWidth * 44);
    m_list->setColumnWidth(ActivityModel::Event, charWidth * 18);
    m_list->setColumnWidth(ActivityModel::Run, charWidth * 8);

    m_showRun->setObjectName(QStringLiteral("showActivityRunAction"));
    m_showMap->setObjectName(QStringLiteral("showActivityMapAction"));
    m_refresh->setObjectName(QStringLiteral("refreshActivityAction"));
    m_list->addActions({ m_showRun, m_showMap });
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("activityToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    toolbar->setIconSize(QSize(iconSize, iconSize));
    toolbar->addActions({ m_showRun, m_showMap });
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);

    const auto label = [this](const char *name, QWidget *buddy) {
        auto *l = new QLabel(this);
        l->setObjectName(QLatin1String(name));
        l->setBuddy(buddy);
        return l;
    };
    // The actions and the text search on top, as on the table maps page; the narrowing filters
    // below, so neither row runs out of room in the longer languages.
    auto *top = new QHBoxLayout;
    top->addWidget(toolbar);
    top->addStretch(1);
    top->addWidget(label("activityFindLabel", m_find));
    top->addWidget(m_find, 1);
    auto *filters = new QHBoxLayout;
    filters->addWidget(label("activityMapLabel", m_map));
    filters->addWidget(m_map);
    filters->addWidget(label("activityKindLabel", m_kind));
    filters->addWidget(m_kind);
    filters->addWidget(label("activityPeriodLabel", m_period));
    filters->addWidget(m_period);
    filters->addWidget(label("activityFromLabel", m_from));
    filters->addWidget(m_from);
    filters->addWidget(label("activityToLabel", m_to));
    filters->addWidget(m_to);
    filters->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    setTabOrder(m_find, m_map);
    setTabOrder(m_map, m_kind);
    setTabOrder(m_kind, m_period);
    setTabOrder(m_period, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_list);

    connect(m_map, &QComboBox::currentIndexChanged, this, &ActivityLogPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivityLogPage::applyFilter);
    // Activated rather than changed: choosing "Last hour" again moves the hour on.
    connect(m_period, &QComboBox::activated, this, &ActivityLogPage::applyPeriod);
    for (QDateTimeEdit *edit : { m_from, m_to }) {
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            // A bound set by hand makes the period a custom one.
            const QSignalBlocker blocker(m_period);
            m_period->setCurrentIndex(int(Period::Custom));
            applyFilter();
        });
    }
    connect(m_find, &QLineEdit::textChanged, m_findDelay, qOverload<>(&QTimer::start));
    connect(m_findDelay, &QTimer::timeout, this, &ActivityLogPage::applyFilter);
    connect(m_refreshTimer, &QTimer::timeout, m_model, &ActivityModel::reload);
    connect(m_model, &ActivityModel::countLoaded, this, &ActivityLogPage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityLogPage::updateSummary);
    connect(m_model, &ActivityModel::loadFailed, this, [this](const QString &message) {
        m_message->showMessage(MessageLabel::Kind::Error, message);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ActivityLogPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityLogPage::updateActions);
    connect(m_list, &QTreeView::activated, this, &ActivityLogPage::openCurrent);
    connect(m_showRun, &QAction::triggered, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid() && m_model->entry(current.row()).runId > 0)
            emit runRequested(m_model->entry(current.row()).runId);
    });
    connect(m_showMap, &QAction::triggered, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid() && !m_model->entry(current.row()).map.isEmpty())
            emit mapRequested(m_model->entry(current.row()).map);
    });
    connect(m_refresh, &QAction::triggered, this, &ActivityLogPage::refresh);

    retranslate();
    updateActions();
}

void ActivityLogPage::retranslate()
{
    findChild<QLabel *>(QStringLiteral("activityMapLabel"))->setText(tr("M&ap:"));
    findChild<QLabel *>(QStringLiteral("activityKindLabel"))
        ->setText(tr("&Event:", "kind of activity log entry"));
    findChild<QLabel *>(QStringLiteral("activityPeriodLabel"))->setText(tr("Perio&d:"));
    findChild<QLabel *>(QStringLiteral("activityFromLabel"))->setText(tr("Fr&om:", "time"));
    findChild<QLabel *>(QStringLiteral("activityToLabel"))->setText(tr("&To:", "time"));
    findChild<QLabel *>(QStringLiteral("activityFindLabel"))->setText(tr("F&ind:"));
    m_map->setItemText(0, tr("All maps"));
    m_map->setAccessibleName(tr("Map", "table map filter"));
    m_kind->setItemText(0, tr("All events"));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, ActivityModel::kindName(m_kind->itemData(i).toString()));
    m_kind->setAccessibleName(tr("Event", "kind of activity log entry"));
    const QString periods[] = { tr("Last hour"), tr("Last 24 hours"), tr("Last 7 days"),
        tr("Last 30 days"), tr("All time"), tr("Custom", "time range chosen by hand") };
    for (int i = 0; i < m_period->count(); ++i)
        m_period->setItemText(i, periods[i]);
    m_period->setAccessibleName(tr("Period"));
    // The language sets the locale: dates as its users write them.
    for (QDateTimeEdit *edit : { m_from, m_to })
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_from->setSpecialValueText(tr("Any", "no lower time bound"));
    m_to->setSpecialValueText(tr("Now", "no upper time bound"));
    m_from->setAccessibleName(tr("Entries from"));
    m_to->setAccessibleName(tr("Entries before"));
    m_find->setPlaceholderText(tr("Text in the message"));
    m_find->setAccessibleName(tr("Find in the activity log"));
    m_list->setAccessibleName(tr("Activity log"));
    m_list->setToolTip(tr("Double-click an entry, or press Enter, to open its run; an entry "
                          "that belongs to no run opens its map."));
    m_showRun->setText(tr("Show &run"));
    m_showRun->setToolTip(tr("Open the current entry's run on the Runs page (Enter or "
                             "double-click)"));
    m_showMap->setText(tr("Show ma&p"));
    m_showMap->setToolTip(tr("Select the current entry's map on the Table maps page"));
    m_refresh->setText(tr("Refresh", "reload the activity log"));
    m_refresh->setToolTip(tr("Read the activity log again"));
    updateSummary();
}

void ActivityLogPage::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    refresh();
}

void ActivityLogPage::setRunController(RunController *controller)
{
    // What ends a run or changes a map's status writes to the log.
    const auto reloadShown = [this] {
        if (isVisible())
            m_model->reload();
    };
    connect(controller, &RunController::busyChanged, this, reloadShown);
    connect(controller, &RunController::mapFinished, this, reloadShown);
    connect(controller, &RunController::controlFinished, this, reloadShown);
}

void ActivityLogPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(int(period));
    applyPeriod();
}

void ActivityLogPage::refresh()
{
    if (m_workspace.directory().isEmpty())
        return;
    loadMaps();
    const Period period = Period(m_period->currentData().toInt());
    if (periodSpanMs(period) > 0)
        applyPeriod(); // "the last hour" is the last hour from now
    else if (m_model->filter() == currentFilter() && !m_model->entries().isEmpty())
        m_model->reload();
    else
        applyFilter();
}

void ActivityLogPage::loadMaps()
{
    const int generation = ++m_mapsGeneration;
    whenFinished(this,
        runOnStore<QList<RecordQueryMap>>(m_workspace,
            [](StateStore &store, QList<RecordQueryMap> *maps, QString *error) {
                return RecordQuery(store.database()).maps(std::nullopt, maps, error);
            }),
        [this, generation](const StoreResult<QList<RecordQueryMap>> &result) {
            if (generation != m_mapsGeneration)
                return;
            if (!result.ok()) {
                m_message->showMessage(MessageLabel::Kind::Error, result.error);
                return;
            }
            const QString current = m_map->currentData().toString();
            const QSignalBlocker blocker(m_map);
            while (m_map->count() > 1)
                m_map->removeItem(1);
            for (const RecordQueryMap &map : result.value)
                m_map->addItem(map.name, map.name);
            const int index = m_map->findData(current);
            m_map->setCurrentIndex(qMax(0, index));
            if (index < 0 && !current.isEmpty())
                applyFilter(); // the map chosen is gone
        });
}

void ActivityLogPage::applyPeriod()
{
    const Period period = Period(m_period->currentData().toInt());
    const QDateTime now = QDateTime::currentDateTime();
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    switch (period) {
    case Period::AllTime:
        m_from->setDateTime(kNoBound);
        m_to->setDateTime(kNoBound);
        break;
    case Period::Custom:
        // A starting point to adjust rather than the year 2000.
        if (m_from->dateTime() <= kNoBound)
            m_from->setDateTime(QDateTime(now.date().addDays(-1), QTime(now.time().hour(), 0)));
        break;
    default:
        m_from->setDateTime(now.addMSecs(-periodSpanMs(period)));
        m_to->setDateTime(kNoBound);
        break;
    }
    applyFilter();
}

ActivityFilter ActivityLogPage::currentFilter() const
{
    ActivityFilter filter;
    filter.map = m_map->currentData().toString();
    ActivityKind kind;
    if (activityKindFromId(m_kind->currentData().toString(), &kind))
        filter.kind = kind;
    filter.fromMs = boundMs(m_from);
    filter.toMs = boundMs(m_to);
    filter.text = m_find->text().trimmed();
    return filter;
}

void ActivityLogPage::applyFilter()
{
    if (m_workspace.directory().isEmpty())
        return;
    m_findDelay->stop();
    m_message->clear();
    m_model->setQuery(m_workspace, currentFilter());
}

void ActivityLogPage::updateSummary()
{
    const qint64 total = m_model->totalCount();
    if (m_workspace.directory().isEmpty())
        m_summary->clear();
    else if (total < 0)
        m_summary->setText(tr("Counting the entries…"));
    else
        m_summary->setText(tr("%n entries match the filter.", nullptr,
            int(qMin<qint64>(total, std::numeric_limits<int>::max()))));
}

void ActivityLogPage::updateActions()
{
    const QModelIndex current = m_list->currentIndex();
    const ActivityEntry *entry = current.isValid() ? &m_model->entry(current.row()) : nullptr;
    m_showRun->setEnabled(entry && entry->runId > 0);
    m_showMap->setEnabled(entry && !entry->map.isEmpty());
}

void ActivityLogPage::openCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const ActivityEntry &entry = m_model->entry(current.row());
    if (entry.runId > 0)
        emit runRequested(entry.runId);
    else if (!entry.map.isEmpty())
        emit mapRequested(entry.map);
}

void ActivityLogPage::showEvent(QShowEvent *event)
{
    // Runs and map changes made while another page was shown wrote to the log meanwhile.
    refresh();
    m_refreshTimer->start();
    QWidget::showEvent(event);
}

void ActivityLogPage::hideEvent(QHideEvent *event)
{
    m_refreshTimer->stop();
    QWidget::hideEvent(event);
}

void ActivityLogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace dw
