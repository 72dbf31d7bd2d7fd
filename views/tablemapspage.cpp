#include "tablemapspage.h"

#include "mapstore.h"
#include "tablemapfiltermodel.h"
#include "tablemaplistmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <utility>

namespace dw {

namespace {
// Often enough to follow a worker in another process, rarely enough to cost nothing.
constexpr int kRefreshIntervalMs = 3000;
} // namespace

TableMapsPage::TableMapsPage(QWidget *parent)
    : QWidget(parent)
    , m_filterLabel(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_component(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_message(new QLabel(this))
    , m_model(new TableMapListModel(this))
    , m_proxy(new TableMapFilterModel(this))
    , m_refreshTimer(new QTimer(this))
{
    m_filter->setObjectName(QStringLiteral("mapFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_component->setObjectName(QStringLiteral("componentFilter"));
    m_view->setObjectName(QStringLiteral("mapList"));
    m_message->setObjectName(QStringLiteral("mapListMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

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
    const int charWidth = fontMetrics().averageCharWidth();
    m_view->header()->resizeSection(TableMapListModel::ComponentColumn, 16 * charWidth);
    m_view->header()->resizeSection(TableMapListModel::Version, 11 * charWidth);
    m_view->header()->resizeSection(TableMapListModel::Direction, 22 * charWidth);
    int statusWidth = 0;
    for (MapStatus status : { MapStatus::NotRunning, MapStatus::Initializing, MapStatus::Running,
                              MapStatus::Paused, MapStatus::Resuming, MapStatus::Error })
        statusWidth = qMax(statusWidth, fontMetrics().horizontalAdvance(mapStatusName(status)));
    // Room for the icon, its spacing and the cell margins beside the longest status text.
    m_view->header()->resizeSection(TableMapListModel::Status, statusWidth + 6 * charWidth);
    m_view->header()->resizeSection(TableMapListModel::Failed, 9 * charWidth);
    m_view->header()->resizeSection(TableMapListModel::LastRun, 18 * charWidth);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_component);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TableMapFilterModel::setText);
    connect(m_component, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setComponent(m_component->currentData().toString()); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &TableMapsPage::applyResult);
    m_refreshTimer->setInterval(kRefreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &TableMapsPage::refresh);
    retranslate();
}

void TableMapsPage::setStorePath(const QString &path)
{
    m_storePath = path;
    refresh();
}

QStringList TableMapsPage::selectedMapNames() const
{
    QStringList names;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(TableMapListModel::Name);
    for (const QModelIndex &index : rows)
        names.append(index.data(TableMapListModel::MapNameRole).toString());
    return names;
}

void TableMapsPage::refresh()
{
    if (m_storePath.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        m_refreshAgain = true;
        return;
    }
    m_watcher.setFuture(runOnStore<QList<MapSummary>>(
        m_storePath, [](StateStore &store, QList<MapSummary> *summaries, QString *error) {
            return MapStore(store.database()).summaries(summaries, error);
        }));
}

void TableMapsPage::applyResult()
{
    const StoreResult<QList<MapSummary>> result = m_watcher.result();
    if (result.ok()) {
        m_message->hide();
        m_model->setSummaries(result.value);
    } else {
        m_message->setText(tr("Cannot read the table maps: %1").arg(result.error));
        m_message->show();
    }
    emit refreshed();
    if (std::exchange(m_refreshAgain, false))
        refresh();
}

void TableMapsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
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

void TableMapsPage::retranslate()
{
    m_filterLabel->setText(tr("&Find:"));
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
}

} // namespace dw
