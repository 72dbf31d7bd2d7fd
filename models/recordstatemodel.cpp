#include "recordstatemodel.h"

#include "asyncresult.h"
#include "statusicons.h"

#include <QDateTime>
#include <QLocale>

namespace dw {

RecordStateModel::RecordStateModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RecordStateModel::setQuery(const Workspace &workspace, const RecordFilter &filter)
{
    ++m_generation;
    beginResetModel();
    m_workspace = workspace;
    m_filter = filter;
    m_rows.clear();
    m_counts = {};
    m_total = -1;
    m_atEnd = m_workspace.isNull() || m_filter.maps.isEmpty();
    // Loading already, so a view that asks for more on the reset waits for the first page.
    m_loading = !m_atEnd;
    endResetModel();
    if (!m_atEnd) {
        request(true);
        requestCounts();
    }
}

void RecordStateModel::reload()
{
    if (m_workspace.isNull() || m_filter.maps.isEmpty())
        return;
    ++m_generation;
    request(true);
    requestCounts();
}

bool RecordStateModel::sortFor(int column, RecordSort *sort)
{
    switch (column) {
    case Key:
        *sort = RecordSort::Key;
        return true;
    case Map:
        *sort = RecordSort::Map;
        return true;
    case Status:
        *sort = RecordSort::Status;
        return true;
    case Attempts:
        *sort = RecordSort::Attempts;
        return true;
    case LastAttempt:
        *sort = RecordSort::LastAttempt;
        return true;
    }
    return false;
}

void RecordStateModel::sort(int column, Qt::SortOrder order)
{
    RecordSort sort;
    if (!sortFor(column, &sort))
        return;
    const bool ascending = order == Qt::AscendingOrder;
    if (sort == m_sort && ascending == m_ascending)
        return;
    m_sort = sort;
    m_ascending = ascending;
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_atEnd = m_workspace.isNull() || m_filter.maps.isEmpty();
    m_loading = !m_atEnd;
    endResetModel();
    if (!m_atEnd)
        request(true); // the counts do not depend on the order
}

void RecordStateModel::request(bool replace)
{
    m_loading = true;
    const int generation = m_generation;
    const RecordFilter filter = m_filter;
    const RecordSort sort = m_sort;
    const bool ascending = m_ascending;
    const std::optional<RecordState> after
        = replace || m_rows.isEmpty() ? std::nullopt : std::optional(m_rows.constLast());
    whenFinished(this,
        runOnStore<QList<RecordState>>(m_workspace,
            [filter, sort, ascending, after](
                StateStore &store, QList<RecordState> *rows, QString *error) {
                return RecordQuery(store.database())
                    .page(
                        filter, sort, ascending, after ? &*after : nullptr, pageSize, rows, error);
            }),
        [this, generation, replace](const StoreResult<QList<RecordState>> &result) {
            arrived(generation, replace, result);
        });
}

void RecordStateModel::requestCounts()
{
    const int generation = m_generation;
    const RecordFilter filter = m_filter;
    whenFinished(this,
        runOnStore<StatusCounts>(m_workspace,
            [filter](StateStore &store, StatusCounts *counts, QString *error) {
                return RecordQuery(store.database()).countByStatus(filter, counts, error);
            }),
        [this, generation](const StoreResult<StatusCounts> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                emit loadFailed(result.error);
                return;
            }
            m_counts = result.value;
            m_total = 0;
            for (int s = 0; s < int(m_counts.size()); ++s) {
                if (!m_filter.status || int(*m_filter.status) == s)
                    m_total += m_counts.at(s);
            }
            emit countsLoaded();
        });
}

void RecordStateModel::arrived(
    int generation, bool replace, const StoreResult<QList<RecordState>> &result)
{
    if (generation != m_generation)
        return; // a newer query replaced this one
    if (!result.ok()) {
        m_loading = false;
        m_atEnd = true;
        emit loadFailed(result.error);
        return;
    }
    const QList<RecordState> &page = result.value;
    // Settled before the signals: a view may ask for more from its slots.
    m_atEnd = page.size() < pageSize;
    if (replace) {
        beginResetModel();
        m_rows = page;
        endResetModel();
    } else if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
        m_rows.append(page);
        endInsertRows();
    }
    m_loading = false;
    emit loaded();
}

bool RecordStateModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void RecordStateModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(false);
}

int RecordStateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordStateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordStateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordState &record = m_rows.at(index.row());
    switch (role) {
    case RecordKeyRole:
        return record.key;
    case MapNameRole:
        return record.map;
    case StatusRole:
        return int(record.status);
    case Qt::DecorationRole:
        return index.column() == Status ? QVariant(StatusIcons::forRecord(record.status))
                                        : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Attempts ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Error && !record.error.isEmpty())
            return record.error;
        if (index.column() == Status)
            return recordStatusName(record.status);
        if (index.column() == Map)
            return record.map;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Key:
        return record.displayKey();
    case Map:
        return record.map;
    case Direction:
        if (!record.direction)
            return QString();
        return *record.direction == Side::Finance ? tr("Dataverse → Finance")
                                                  : tr("Finance → Dataverse");
    case Status:
        return recordStatusName(record.status);
    case Attempts:
        return QLocale().toString(record.attempts);
    case LastAttempt:
        return record.lastAttemptAt > 0 ? QLocale().toString(
                   QDateTime::fromMSecsSinceEpoch(record.lastAttemptAt), QLocale::ShortFormat)
                                        : QString();
    case Error:
        // The first line: the full message is in the tooltip and the detail pane.
        return record.cause().section(u'\n', 0, 0);
    }
    return {};
}

QVariant RecordStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        RecordSort sort;
        return sortFor(section, &sort) ? QVariant()
                                       : QVariant(tr("The list cannot be sorted by this column."));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return tr("Business key");
    case Map:
        return tr("Map", "table map of a record");
    case Direction:
        return tr("Direction");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case LastAttempt:
        return tr("Last attempt");
    case Error:
        return tr("Error");
    }
    return {};
}

} // namespace dw
