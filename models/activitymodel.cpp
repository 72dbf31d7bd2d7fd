#include "activitymodel.h"

#include "activitylog.h"
#include "asyncresult.h"

#include <QDateTime>
#include <QLocale>

namespace dw {

namespace {
QString kindName(const QString &id)
{
    static const ActivityKind kinds[] = { ActivityKind::MapCreated, ActivityKind::MapSaved,
        ActivityKind::MapVersionActivated, ActivityKind::StatusChanged, ActivityKind::RunStarted,
        ActivityKind::RunFinished, ActivityKind::RunFailed, ActivityKind::RecordsRetried,
        ActivityKind::RecordsSkipped, ActivityKind::Alert };
    for (ActivityKind kind : kinds) {
        if (activityKindId(kind) == id)
            return activityKindName(kind);
    }
    return id;
}
} // namespace

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ActivityModel::setQuery(const QString &storePath, const QString &map)
{
    ++m_generation;
    beginResetModel();
    m_storePath = storePath;
    m_map = map;
    m_rows.clear();
    m_atEnd = map.isEmpty() || storePath.isEmpty();
    // Loading already, so a view that asks for more on the reset waits for the first page.
    m_loading = !m_atEnd;
    endResetModel();
    if (!m_atEnd)
        request(0, true);
}

void ActivityModel::reload()
{
    if (m_map.isEmpty() || m_storePath.isEmpty() || m_loading)
        return;
    request(0, true);
}

void ActivityModel::request(qint64 beforeId, bool newest)
{
    m_loading = true;
    const int generation = m_generation;
    const QString map = m_map;
    whenFinished(this,
        runOnStore<QList<ActivityEntry>>(m_storePath,
            [map, beforeId](StateStore &store, QList<ActivityEntry> *entries, QString *error) {
                return MapDetailStore(store.database())
                    .activity(map, beforeId, pageSize, entries, error);
            }),
        [this, generation, newest](const StoreResult<QList<ActivityEntry>> &result) {
            arrived(generation, newest, result);
        });
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
    if (newest) {
        const qint64 newestId = m_rows.isEmpty() ? 0 : m_rows.constFirst().id;
        qsizetype fresh = 0;
        while (fresh < page.size() && page.at(fresh).id > newestId)
            ++fresh;
        if (m_rows.isEmpty() || fresh == page.size()) {
            // First page, or more new entries than a page: start over from the newest.
            m_atEnd = page.size() < pageSize;
            if (!m_rows.isEmpty() || !page.isEmpty()) {
                beginResetModel();
                m_rows = page;
                endResetModel();
            }
        } else if (fresh > 0) {
            beginInsertRows({}, 0, int(fresh) - 1);
            m_rows = page.mid(0, fresh) + m_rows;
            endInsertRows();
        }
    } else {
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
        request(m_rows.constLast().id, false);
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
    if (role == Qt::ToolTipRole && index.column() == Message)
        return entry.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.at), QLocale::ShortFormat);
    case Event:
        return kindName(entry.kind);
    case Message:
        return entry.message;
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
    case Event:
        return tr("Event", "activity log entry kind");
    case Message:
        return tr("Details", "activity log message");
    }
    return {};
}

} // namespace dw
