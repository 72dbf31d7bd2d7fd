#include "runspage.h"

#include "asyncresult.h"
#include "messagelabel.h"
#include "runhistorymodel.h"
#include "runmapcountsmodel.h"
#include "storetask.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace dw {

RunsPage::RunsPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeView(this))
    , m_runs(new RunHistoryModel(this))
    , m_runLabel(new QLabel(this))
    , m_mapView(new QTableView(this))
    , m_counts(new RunMapCountsModel(this))
    , m_showFailed(new QPushButton(this))
    , m_message(new MessageLabel(this))
{
    setObjectName(QStringLiteral("runsPage"));
    m_list->setObjectName(QStringLiteral("runList"));
    m_list->setAccessibleName(tr("Runs"));
    m_list->setModel(m_runs);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    const int charWidth = fontMetrics().averageCharWidth();
    m_list->setColumnWidth(RunHistoryModel::Run, charWidth * 8);
    m_list->setColumnWidth(RunHistoryModel::Kind, charWidth * 24);
    m_list->setColumnWidth(RunHistoryModel::Started, charWidth * 20);
    m_list->setColumnWidth(RunHistoryModel::Duration, charWidth * 12);
    m_list->setColumnWidth(RunHistoryModel::Outcome, charWidth * 16);
    for (int column : { int(RunHistoryModel::Maps), int(RunHistoryModel::Read),
             int(RunHistoryModel::Synced), int(RunHistoryModel::Failed) })
        m_list->setColumnWidth(column, charWidth * 12);
    m_list->header()->setStretchLastSection(false);
    m_runLabel->setObjectName(QStringLiteral("runLabel"));
    m_runLabel->setWordWrap(true);
    m_mapView->setObjectName(QStringLiteral("runMapCounts"));
    m_mapView->setAccessibleName(tr("Counts per map"));
    m_mapView->setModel(m_counts);
    m_mapView->verticalHeader()->hide();
    m_mapView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_mapView->setWordWrap(false);
    m_mapView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mapView->setColumnWidth(RunMapCountsModel::Map, charWidth * 64);
    m_showFailed->setObjectName(QStringLiteral("showFailedRecordsButton"));
    m_showFailed->setText(tr("Show &failed records"));
    m_showFailed->setEnabled(false);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_runLabel);
    detailLayout->addWidget(m_mapView, 1);
    detailLayout->addWidget(m_showFailed, 0, Qt::AlignLeft);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &RunsPage::currentRunChanged);
    connect(m_runs, &QAbstractItemModel::modelReset, this, &RunsPage::currentRunChanged);
    connect(m_runs, &RunHistoryModel::loadFailed, this, [this](const QString &message) {
        m_message->showMessage(MessageLabel::Kind::Error, message);
    });
    connect(m_showFailed, &QPushButton::clicked, this, &RunsPage::showFailed);
    connect(m_runs, &RunHistoryModel::loaded, this, &RunsPage::selectPendingRun);
    currentRunChanged();
}

void RunsPage::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    m_runs->setWorkspace(workspace);
}

void RunsPage::refresh()
{
    if (!m_workspace.directory().isEmpty())
        m_runs->reload();
}

void RunsPage::showEvent(QShowEvent *event)
{
    refresh(); // runs end while other pages are shown
    QWidget::showEvent(event);
}

void RunsPage::showRun(qint64 runId)
{
    m_pendingRun = runId;
    if (!m_runs->isLoading())
        selectPendingRun();
}

void RunsPage::selectPendingRun()
{
    if (m_pendingRun <= 0)
        return;
    const int rows = m_runs->rowCount();
    for (int row = 0; row < rows; ++row) {
        if (m_runs->run(row).id != m_pendingRun)
            continue;
        m_pendingRun = 0;
        const QModelIndex index = m_runs->index(row, RunHistoryModel::Run);
        m_list->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_list->scrollTo(index);
        m_list->setFocus();
        return;
    }
    // Newest first: a run older than the last one listed is on a later page.
    if (rows > 0 && m_runs->run(rows - 1).id > m_pendingRun && m_runs->canFetchMore({})) {
        m_runs->fetchMore({});
        return;
    }
    if (!m_runs->isLoading()) {
        m_message->showMessage(MessageLabel::Kind::Information,
            tr("Run %1 is no longer in the history.").arg(m_pendingRun));
        m_pendingRun = 0;
    }
}

void RunsPage::currentRunChanged()
{
    const QModelIndex current = m_list->currentIndex();
    const int generation = ++m_generation;
    m_counts->setCounts({});
    m_showFailed->setEnabled(false);
    if (!current.isValid()) {
        m_runId = 0;
        m_runLabel->setText(tr("Select a run to see what it did to each map."));
        return;
    }
    const RunSummary &run = m_runs->run(current.row());
    m_runId = run.id;
    m_runLabel->setText(run.message.isEmpty()
            ? tr("Run %1: %2").arg(run.id).arg(RunHistoryModel::kindName(run.kind))
            //: %1 run number, %2 kind of run, %3 its closing summary.
            : tr("Run %1: %2 — %3")
                  .arg(run.id)
                  .arg(RunHistoryModel::kindName(run.kind), run.message));
    const qint64 runId = run.id;
    whenFinished(this,
        runOnStore<QList<RunMapCounts>>(m_workspace,
            [runId](StateStore &store, QList<RunMapCounts> *counts, QString *error) {
                return RunHistory(store.database()).mapCounts(runId, counts, error);
            }),
        [this, generation](const StoreResult<QList<RunMapCounts>> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                m_message->showMessage(MessageLabel::Kind::Error, result.error);
                return;
            }
            m_counts->setCounts(result.value);
            m_showFailed->setEnabled(std::any_of(result.value.cbegin(), result.value.cend(),
                [](const RunMapCounts &c) { return c.counts.failed > 0; }));
        });
}

void RunsPage::showFailed()
{
    for (const RunMapCounts &row : m_counts->counts()) {
        if (row.counts.failed > 0) {
            emit failedRecordsRequested(m_runId, row.component);
            return;
        }
    }
}

} // namespace dw
