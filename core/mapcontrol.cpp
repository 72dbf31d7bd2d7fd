#include "mapcontrol.h"

#include "changecapture.h"
#include "maplifecycle.h"
#include "runstore.h"
#include "syncsession.h"
#include "tr.h"

#include <QSqlQuery>

namespace dw {

MapControl::MapControl(const Workspace &workspace)
    : m_workspace(workspace)
{ }

MapControl::~MapControl() = default;

bool MapControl::open(QString *error)
{
    m_session = std::make_unique<SyncSession>(m_workspace);
    return m_session->open(error, false);
}

namespace {
MapLifecycle lifecycleOf(const SyncSession &session)
{
    return MapLifecycle(
        session.store(), session.environment(Side::Dataverse), session.environment(Side::Finance));
}

const TableMap *findMap(const SyncSession &session, const QString &name)
{
    for (const TableMap &map : session.maps()) {
        if (map.name == name)
            return &map;
    }
    return nullptr;
}
} // namespace

bool MapControl::start(const QStringList &maps, QString *error)
{
    for (const QString &name : maps) {
        const TableMap *map = findMap(*m_session, name);
        qint64 id = 0;
        if (!map || !m_session->mapId(name, &id, error)) {
            *error = Tr::tr("There is no map named \"%1\".").arg(name);
            return false;
        }
        if (MapLifecycle::needsCapture(m_session->status(id)))
            continue; // already live
        for (Side side : MapLifecycle::sourceSides(*map)) {
            std::shared_ptr<MapPlan> plan;
            if (!m_session->plan(*map, side, &plan, error))
                return false;
        }
        if (!lifecycleOf(*m_session).start(*map, id, MapStatus::Running, error))
            return false;
    }
    return true;
}

bool MapControl::pause(const QStringList &maps, QString *error)
{
    return lifecycleOf(*m_session).pause(maps, error);
}

bool MapControl::resume(const QStringList &maps, QString *error)
{
    return lifecycleOf(*m_session).resume(maps, error);
}

bool MapControl::stop(const QStringList &maps, QString *error)
{
    return lifecycleOf(*m_session).stop(maps, QString(), MapStatus::NotRunning, error);
}

bool MapControl::status(const QString &map, MapStatus *status, QString *error)
{
    qint64 id = 0;
    if (!m_session->mapId(map, &id, error))
        return false;
    *status = m_session->status(id);
    return true;
}

bool MapControl::queued(const QString &name, qint64 *count, QString *error)
{
    *count = 0;
    const TableMap *map = findMap(*m_session, name);
    qint64 id = 0;
    if (!map || !m_session->mapId(name, &id, error)) {
        *error = Tr::tr("There is no map named \"%1\".").arg(name);
        return false;
    }
    if (!MapLifecycle::needsCapture(m_session->status(id)))
        return true;
    for (Side side : MapLifecycle::sourceSides(*map)) {
        QSqlQuery query(m_session->store());
        query.prepare(
            QStringLiteral("SELECT seq FROM map_watermarks WHERE map_id = ? AND side = ?"));
        query.addBindValue(id);
        query.addBindValue(sideId(side));
        const qint64 watermark = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
        qint64 sideCount = 0;
        if (!ChangeCapture(m_session->environment(side))
                 .queuedCount(map->side(side).table, watermark, &sideCount, error))
            return false;
        *count += sideCount;
    }
    return true;
}

} // namespace dw
