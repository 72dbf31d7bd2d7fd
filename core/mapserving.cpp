#include "mapserving.h"

#include <QDateTime>

namespace dw {

bool MapServing::readAll(
    const QSqlDatabase &store, QHash<QString, MapServing> *byMap, QString *error)
{
    byMap->clear();
    QList<MapLease> leases;
    if (!MapLeases::list(store, &leases, error))
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const MapLease &lease : std::as_const(leases)) {
        MapServing serving;
        serving.leased = true;
        serving.lease = lease;
        serving.holder = lease.holderAt(now);
        serving.thisProcess = lease.isHeldByThisProcess();
        serving.readAt = now;
        byMap->insert(lease.map, serving);
    }
    return true;
}

} // namespace dw
