#include "activitymodel.h"

#include "asyncresult.h"

#include <QDateTime>
#include <QLocale>

namespace dw {

namespace {
// True when `a` comes before `b` in the log's order, newest first.
bool newer(const ActivityEntry &a, const ActivityEntry &b)
{
    return a.at != b.at ? a.at > b.at : a.id > b.id;
}
} // namespace

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString ActivityModel::kindName(const QString &kindId)
{
    ActivityKind kind;
    return activityKindFromId(kindId, &kind) ? activityKindName(kind) : kindId;
}

void ActivityModel::setQuery(const Workspace &workspace, const ActivityFilter &filter)
{
    ++m_generation;
    beginResetModel();
    m_workspace = workspace;
    m_filter = filter;
    m_rows.clear();
    m_total = -1;
    m_atEnd = workspace.isNull();
    // Loading already, so a view that asks for more on the reset waits for the first page.
    m_loading = !m_atEnd;
    endResetModel();
    if (m_atEnd)
        return;
    request(true);
    if (m_counting)
        requestCount();
}

void ActivityModel::reload()
{
    if (m_workspace.isNull() || m_loading)
        return;
    request(true);
}

void ActivityModel::request(bool newest)
{
    m_loading = true;
    const int generation = m_generation;
    const ActivityFilter filter = m_filter;
    const std::optional<ActivityEntry> after
        = newest || m_rows.isEmpty() ? std::nullopt : std::optional(m_rows.constLast());
    whenFinished(this,
        runOnStore<QList<ActivityEntry>>(m_workspace,
            [filter, after](StateStore &store, QList<ActivityEntry> *entries, QString *error) {
                return ActivityQuery(store.database())
                    .page(filter, after ? &*after : nullptr, pageSize, entries, error);
            }),
        [this, generation, newest](const StoreResult<QList<ActivityEntry>> &result) {
            arrived(generation, newest, result);
        });
}

void ActivityModel::requestCount()
{
    const int generation = m_generation;
    const ActivityFilter filter = m_filter;
    whenFinished(this,
        runOnStore<qint64>(m_workspace,
            [filter](StateStore &store, qint64 *count, QString *error) {
                return ActivityQuery(store.database()).count(filter, count, error);
            }),
        [this, generation](const StoreResult<qint64> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                emit loadFailed(result.error);
                return;
            }
            m_total = result.value;
            emit countLoaded();
        });
}

bool ActivityModel::putOnTop(const QList<ActivityEntry> &page)
{
    const ActivityEntry &first = m_rows.constFirst();
    qsizetype fresh = 0;
    while (fresh < page.size() && newer(page.at(fresh), first))
        ++fresh;
    // More new entries than a page, or an entry written meanwhile with an older time (a clock
    // set back, another machine's worker): the rows held no longer follow the new ones.
    if (fresh == page.size() || page.at(fresh) != first)
        return false;
    if (fresh > 0) {
        beginInsertRows({}, 0, int(fresh) - 1);
        m_rows = page.mid(0, fresh) + m_rows;
        endInsertRows();
        if (m_total >= 0) {
            m_total += fresh;
            emit countLoaded();
        }
    }
    return true;
}

void ActivityModel::arrived(
    int generation, bool newest, const StoreResult<QList<ActivityEntry>> &result)
{
    if (generation != m_generation)
        return;
    if (!result.ok()) {
        m_loading = false;
        m_atEnd = true;
        emit loadFailed(result.error);
        return;
    }
    const QList<ActivityEntry> &page = result.value;
    if (newest && (m_rows.isEmpty() || !putOnTop(page))) {
        const bool again = !m_rows.isEmpty();
        m_atEnd = page.size() < pageSize;
        if (again || !page.isEmpty()) {
            beginResetModel();
            m_rows = page;
            endResetModel();
        }
        if (again && m_counting)
            requestCount();
    } else if (!newest) {
        m_atEnd = page.size() < pageSize;
        if (!page.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
            m_rows.append(page);
            endInsertRows();
        }
    }
    // Still "loading" while the rows went in: views ask for more from those signals' slots,
    // and must not ask for the page that is being inserted.
    m_loading = false;
    emit loaded();
}

bool ActivityModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void ActivityModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent) && !m_rows.isEmpty())
        request(false);
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &entry = m_rows.at(index.row());
    switch (role) {
    case MapNameRole:
        return entry.map;
    case RunIdRole:
        return entry.runId;
    case Qt::TextAlignmentRole:
        return index.column() == Run ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time: // the list shows minutes; entries of one minute differ in seconds
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(entry.at), QLocale::LongFormat);
        case Map:
            return entry.map.isEmpty() ? tr("The entry is about the whole workspace or a map "
                                            "that has since been deleted.")
                                       : QVariant();
        case Message:
            return entry.message;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(entry.at), QLocale::ShortFormat);
        case Map:
            return entry.map;
        case Event:
            return kindName(entry.kind);
        case Run:
            return entry.runId > 0 ? QLocale().toString(entry.runId) : QString();
        case Message:
            return entry.message;
        }
        return {};
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Map:
        return tr("Map", "table map of an activity log entry");
    case Event:
        return tr("Event", "activity log entry kind");
    case Run:
        return tr("Run", "number of the run an activity log entry belongs to");
    case Message:
        return tr("Details", "activity log message");
    }
    return {};
}

} // namespace dw
