#include "runhistorymodel.h"

#include "asyncresult.h"
#include "statusicons.h"

#include <QDateTime>
#include <QLocale>

namespace dw {

RunHistoryModel::RunHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RunHistoryModel::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    reload();
}

void RunHistoryModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_atEnd = m_workspace.isNull();
    m_loading = !m_atEnd;
    endResetModel();
    if (!m_atEnd)
        request(true);
}

void RunHistoryModel::request(bool replace)
{
    m_loading = true;
    const int generation = m_generation;
    const qint64 before = replace || m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    whenFinished(this,
        runOnStore<QList<RunSummary>>(m_workspace,
            [before](StateStore &store, QList<RunSummary> *runs, QString *error) {
                return RunHistory(store.database()).runs(before, pageSize, runs, error);
            }),
        [this, generation](const StoreResult<QList<RunSummary>> &result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result.ok()) {
                m_atEnd = true;
                emit loadFailed(result.error);
                return;
            }
            m_atEnd = result.value.size() < pageSize;
            if (!result.value.isEmpty()) {
                beginInsertRows(
                    {}, int(m_rows.size()), int(m_rows.size() + result.value.size()) - 1);
                m_rows.append(result.value);
                endInsertRows();
            }
            emit loaded();
        });
}

bool RunHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void RunHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(false);
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunHistoryModel::kindName(const QString &kind)
{
    const bool live = kind.endsWith(QLatin1String("+live"));
    const QString base = live ? kind.chopped(5) : kind;
    QString name;
    if (base == QLatin1String("initial"))
        name = tr("Initial sync");
    else if (base == QLatin1String("retry"))
        name = tr("Retry");
    else if (base == QLatin1String("resolve"))
        name = tr("Conflict resolution");
    else if (base == QLatin1String("catchUp"))
        name = tr("Catch-up");
    else
        name = base;
    //: %1 is a kind of run (Initial sync, Catch-up) that went on as live sync.
    return live ? tr("%1, then live").arg(name) : name;
}

QString RunHistoryModel::outcomeName(const QString &outcome)
{
    if (outcome == QLatin1String("completed"))
        return tr("Completed");
    if (outcome == QLatin1String("running"))
        return tr("Running", "run outcome");
    if (outcome == QLatin1String("cancelled"))
        return tr("Stopped", "run outcome");
    if (outcome == QLatin1String("interrupted"))
        return tr("Interrupted");
    if (outcome == QLatin1String("failed"))
        return tr("Failed", "run outcome");
    return outcome;
}

QString RunHistoryModel::durationText(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    //: minutes and seconds
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunSummary &run = m_rows.at(index.row());
    const RunCounts &c = run.totals;
    if (role == Qt::DecorationRole && index.column() == Outcome) {
        if (run.outcome == QLatin1String("completed"))
            return StatusIcons::forRecord(
                c.failed > 0 ? RecordStatus::Failed : RecordStatus::Synced);
        if (run.outcome == QLatin1String("running"))
            return StatusIcons::forRecord(RecordStatus::Pending);
        return StatusIcons::forRecord(RecordStatus::Failed);
    }
    if (role == Qt::ToolTipRole && index.column() == Outcome && !run.message.isEmpty())
        return run.message;
    if (role == Qt::TextAlignmentRole && index.column() >= Maps)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Run:
        return locale.toString(run.id);
    case Kind:
        return kindName(run.kind);
    case Started:
        return locale.toString(QDateTime::fromMSecsSinceEpoch(run.startedAt), QLocale::ShortFormat);
    case Duration:
        return run.finishedAt > 0 ? durationText(run.finishedAt - run.startedAt) : QString();
    case Outcome:
        return outcomeName(run.outcome);
    case Maps:
        return locale.toString(run.maps);
    case Read:
        return locale.toString(c.read);
    case Synced:
        return locale.toString(c.inserted + c.updated + c.unchanged);
    case Failed:
        return locale.toString(c.failed);
    }
    return {};
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Run:
        return tr("Run");
    case Kind:
        return tr("Kind", "kind of run");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Outcome:
        return tr("Outcome");
    case Maps:
        return tr("Maps");
    case Read:
        return tr("Read", "records read");
    case Synced:
        return tr("Synced", "records written or unchanged");
    case Failed:
        return tr("Failed", "records that failed");
    }
    return {};
}

} // namespace dw
