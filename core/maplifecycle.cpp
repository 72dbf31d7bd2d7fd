#include "maplifecycle.h"

#include "activitylog.h"
#include "changecapture.h"
#include "mapstore.h"
#include "runstore.h"
#include "tr.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dw {

MapLifecycle::MapLifecycle(QSqlDatabase store, QSqlDatabase dataverse, QSqlDatabase finance)
    : m_store(std::move(store))
    , m_dataverse(std::move(dataverse))
    , m_finance(std::move(finance))
{ }

bool MapLifecycle::needsCapture(MapStatus status)
{
    return status == MapStatus::Initializing || status == MapStatus::Running
        || status == MapStatus::Paused || status == MapStatus::Resuming;
}

QList<Side> MapLifecycle::sourceSides(const TableMap &map)
{
    switch (map.direction()) {
    case MapDirection::ToFinance:
        return { Side::Dataverse };
    case MapDirection::ToDataverse:
        return { Side::Finance };
    case MapDirection::TwoWay:
        break;
    }
    return { Side::Dataverse, Side::Finance };
}

bool MapLifecycle::refreshCapture(QString *error)
{
    QList<TableMap> maps;
    if (!MapStore(m_store).loadAll(&maps, error))
        return false;
    QHash<QString, QStringList> wanted[2];
    for (const TableMap &map : std::as_const(maps)) {
        qint64 id = 0;
        MapStatus status = MapStatus::NotRunning;
        if (!MapStore(m_store).mapId(map.name, &id, error)
            || !RunStore(m_store).mapStatus(id, &status, error))
            return false;
        if (!needsCapture(status))
            continue;
        for (Side side : sourceSides(map)) {
            QStringList &columns = wanted[int(side)][map.side(side).table];
            for (const KeyPair &key : map.keys) {
                const QString &column = side == Side::Dataverse ? key.dataverse : key.finance;
                if (!columns.contains(column))
                    columns.append(column);
            }
        }
    }
    for (auto &columns : wanted[0])
        columns.sort();
    for (auto &columns : wanted[1])
        columns.sort();
    return ChangeCapture(m_dataverse).apply(wanted[int(Side::Dataverse)], error)
        && ChangeCapture(m_finance).apply(wanted[int(Side::Finance)], error);
}

bool MapLifecycle::start(const TableMap &map, qint64 mapId, MapStatus status, QString *error)
{
    RunStore runs(m_store);
    if (!runs.setMapStatus(mapId, status, QString(), error) || !refreshCapture(error))
        return false;
    QSqlQuery query(m_store);
    for (Side side : sourceSides(map)) {
        qint64 seq = 0;
        if (!ChangeCapture(side == Side::Dataverse ? m_dataverse : m_finance).maxSeq(&seq, error))
            return false;
        query.prepare(
            QStringLiteral("INSERT INTO map_watermarks (map_id, side, seq) VALUES (?, ?, ?)"
                           " ON CONFLICT (map_id, side) DO UPDATE SET seq = excluded.seq"));
        query.addBindValue(mapId);
        query.addBindValue(sideId(side));
        query.addBindValue(seq);
        if (!query.exec()) {
            *error = Tr::tr("Cannot start map \"%1\": %2").arg(map.name, query.lastError().text());
            return false;
        }
    }
    QString ignored;
    ActivityLog::append(m_store, ActivityKind::StatusChanged, mapId, 0,
        Tr::tr("Map started (%1); changes are captured from now on.").arg(mapStatusName(status)),
        &ignored);
    return true;
}

bool MapLifecycle::statuses(
    const QStringList &maps, QList<QPair<qint64, MapStatus>> *found, QString *error) const
{
    for (const QString &name : maps) {
        qint64 id = 0;
        MapStatus status = MapStatus::NotRunning;
        if (!MapStore(m_store).mapId(name, &id, error)
            || !RunStore(m_store).mapStatus(id, &status, error))
            return false;
        found->append({ id, status });
    }
    return true;
}

bool MapLifecycle::pause(const QStringList &maps, QString *error)
{
    QList<QPair<qint64, MapStatus>> found;
    if (!statuses(maps, &found, error))
        return false;
    QStringList notRunning;
    for (qsizetype i = 0; i < maps.size(); ++i) {
        if (found.at(i).second != MapStatus::Running)
            notRunning.append(
                QStringLiteral("%1 (%2)").arg(maps.at(i), mapStatusName(found.at(i).second)));
    }
    if (!notRunning.isEmpty()) {
        *error = Tr::tr("Only running maps can be paused; nothing was paused. Not running: %1")
                     .arg(notRunning.join(QStringLiteral(", ")));
        return false;
    }
    QString ignored;
    for (const auto &[id, status] : std::as_const(found)) {
        if (!RunStore(m_store).setMapStatus(id, MapStatus::Paused, QString(), error))
            return false;
        ActivityLog::append(m_store, ActivityKind::StatusChanged, id, 0,
            Tr::tr("Map paused; changes keep being queued."), &ignored);
    }
    return true;
}

bool MapLifecycle::resume(const QStringList &maps, QString *error)
{
    QList<QPair<qint64, MapStatus>> found;
    if (!statuses(maps, &found, error))
        return false;
    for (qsizetype i = 0; i < maps.size(); ++i) {
        if (found.at(i).second != MapStatus::Paused) {
            *error = Tr::tr("Map \"%1\" is %2, not paused; nothing was resumed.")
                         .arg(maps.at(i), mapStatusName(found.at(i).second));
            return false;
        }
    }
    QString ignored;
    for (const auto &[id, status] : std::as_const(found)) {
        if (!RunStore(m_store).setMapStatus(id, MapStatus::Resuming, QString(), error))
            return false;
        ActivityLog::append(m_store, ActivityKind::StatusChanged, id, 0,
            Tr::tr("Map resumed; its queued changes are applied next."), &ignored);
    }
    return true;
}

bool MapLifecycle::stop(
    const QStringList &maps, const QString &reason, MapStatus status, QString *error)
{
    QList<QPair<qint64, MapStatus>> found;
    if (!statuses(maps, &found, error))
        return false;
    QString ignored;
    QSqlQuery query(m_store);
    for (const auto &[id, previous] : std::as_const(found)) {
        query.prepare(QStringLiteral("DELETE FROM map_watermarks WHERE map_id = ?"));
        query.addBindValue(id);
        if (!query.exec() || !RunStore(m_store).setMapStatus(id, status, reason, error)) {
            if (error->isEmpty())
                *error = query.lastError().text();
            return false;
        }
        ActivityLog::append(m_store, ActivityKind::StatusChanged, id, 0,
            reason.isEmpty() ? Tr::tr("Map stopped; changes are no longer captured.") : reason,
            &ignored);
    }
    return refreshCapture(error);
}

} // namespace dw
