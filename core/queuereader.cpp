#include "queuereader.h"

#include "changecapture.h"
#include "environmentstore.h"
#include "maplifecycle.h"
#include "mapstore.h"
#include "tr.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dw {

bool QueueReader::open(QString *error)
{
    if (!m_workspace.exists()) {
        *error = Tr::tr("No workspace at %1.").arg(m_workspace.directory());
        return false;
    }
    if (!m_store.open(m_workspace, error))
        return false;
    for (Side side : { Side::Dataverse, Side::Finance }) {
        ConnectionSpec spec;
        if (!EnvironmentStore(m_store.database()).load(side, &spec, error)
            || !EnvironmentStore::open(
                side, m_workspace.resolve(spec), &m_environments[int(side)], error))
            return false;
    }
    return true;
}

bool QueueReader::liveMaps(QList<LiveMap> *maps, QString *error) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, id, status FROM maps ORDER BY name"))) {
        *error = Tr::tr("State store query failed: %1").arg(query.lastError().text());
        return false;
    }
    QList<QPair<QString, qint64>> live;
    while (query.next()) {
        MapStatus status = MapStatus::NotRunning;
        if (mapStatusFromId(query.value(2).toString(), &status)
            && MapLifecycle::needsCapture(status))
            live.append({ query.value(0).toString(), query.value(1).toLongLong() });
    }
    query.finish();
    QList<LiveMap> result;
    for (const auto &[name, id] : std::as_const(live)) {
        LiveMap entry;
        entry.id = id;
        if (!MapStore(m_store.database()).load(name, &entry.map, error))
            return false;
        result.append(entry);
    }
    *maps = result;
    return true;
}

qint64 QueueReader::watermark(qint64 mapId, Side side) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT seq FROM map_watermarks WHERE map_id = ? AND side = ?"));
    query.addBindValue(mapId);
    query.addBindValue(sideId(side));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool QueueReader::counts(QHash<QString, qint64> *counts, QString *error)
{
    QList<LiveMap> maps;
    if (!liveMaps(&maps, error))
        return false;
    QHash<QString, qint64> result;
    for (const LiveMap &live : std::as_const(maps)) {
        qint64 total = 0;
        for (Side side : MapLifecycle::sourceSides(live.map)) {
            qint64 count = 0;
            if (!ChangeCapture(m_environments[int(side)].database())
                     .queuedCount(
                         live.map.side(side).table, watermark(live.id, side), &count, error))
                return false;
            total += count;
        }
        result.insert(live.map.name, total);
    }
    *counts = result;
    return true;
}

bool QueueReader::changes(
    const QString &map, int limit, QList<QueuedChange> *changes, qint64 *total, QString *error)
{
    QList<LiveMap> maps;
    if (!liveMaps(&maps, error))
        return false;
    changes->clear();
    *total = 0;
    for (const LiveMap &live : std::as_const(maps)) {
        if (live.map.name != map)
            continue;
        for (Side side : MapLifecycle::sourceSides(live.map)) {
            const ChangeCapture capture(m_environments[int(side)].database());
            const QString &table = live.map.side(side).table;
            const qint64 after = watermark(live.id, side);
            qint64 count = 0;
            QList<CapturedChange> captured;
            if (!capture.queuedCount(table, after, &count, error))
                return false;
            if (count > 0 && !capture.read(table, after, limit, &captured, error))
                return false;
            *total += count;
            for (const CapturedChange &c : std::as_const(captured))
                changes->append({ side, c.seq, c.op, QString::fromUtf8(c.keyJson), c.at });
        }
    }
    // Two sides' logs interleave by capture time.
    std::stable_sort(changes->begin(), changes->end(),
        [](const QueuedChange &a, const QueuedChange &b) { return a.at < b.at; });
    if (changes->size() > limit)
        changes->resize(limit);
    return true;
}

} // namespace dw
