#include "mapleases.h"

#include "processidentity.h"
#include "tr.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace dw {

MapLeases::MapLeases(const QSqlDatabase &store, QString worker, qint64 leaseMs)
    : m_store(store)
    , m_worker(std::move(worker))
    , m_host(thisHost())
    , m_pid(thisPid())
    , m_leaseMs(leaseMs)
{ }

QString MapLeases::workerId(const QString &name)
{
    return QStringLiteral("%1@%2:%3")
        .arg(name.isEmpty() ? QStringLiteral("dwadmin") : name, thisHost())
        .arg(thisPid());
}

MapLease::Holder MapLease::holderAt(qint64 now) const
{
    if (expiresAt < now)
        return Holder::Expired;
    if (processIsGoneFromThisHost(host, pid))
        return Holder::Ended;
    return Holder::Serving;
}

bool MapLease::isHeldByThisProcess() const
{
    return pid == thisPid() && host == thisHost();
}

bool MapLeases::acquire(qint64 mapId, bool *held, QString *other, QString *error)
{
    *held = false;
    other->clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(m_store);
    query.prepare(QStringLiteral(
        "SELECT worker, host, pid, expires_at FROM map_leases WHERE map_id = ?"));
    query.addBindValue(mapId);
    if (!query.exec()) {
        *error = Tr::tr("Cannot read the lease of map %1: %2")
                     .arg(mapId)
                     .arg(query.lastError().text());
        return false;
    }
    // The holder to take over from, when the lease is not ours: expired, or its process gone.
    QString takeFrom;
    if (query.next()) {
        MapLease lease;
        lease.worker = query.value(0).toString();
        lease.host = query.value(1).toString();
        lease.pid = query.value(2).toLongLong();
        lease.expiresAt = query.value(3).toLongLong();
        if (lease.worker != m_worker) {
            if (lease.holderAt(now) == MapLease::Holder::Serving) {
                *other = lease.worker; // served by a live worker
                return true;
            }
            takeFrom = lease.worker;
        }
    }
    query.finish();

    // One statement decides: two workers taking over the same lease at the same moment both
    // run it, and the condition lets only the first through.
    QSqlQuery take(m_store);
    take.prepare(QStringLiteral(
        "INSERT INTO map_leases (map_id, worker, host, pid, acquired_at, heartbeat_at, expires_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (map_id) DO UPDATE SET worker = excluded.worker, host = excluded.host,"
        " pid = excluded.pid,"
        " acquired_at = CASE WHEN map_leases.worker = excluded.worker"
        "   THEN map_leases.acquired_at ELSE excluded.acquired_at END,"
        " heartbeat_at = excluded.heartbeat_at, expires_at = excluded.expires_at"
        " WHERE map_leases.worker = excluded.worker OR map_leases.worker = ?"));
    take.addBindValue(mapId);
    take.addBindValue(m_worker);
    take.addBindValue(m_host);
    take.addBindValue(m_pid);
    take.addBindValue(now);
    take.addBindValue(now);
    take.addBindValue(now + m_leaseMs);
    take.addBindValue(takeFrom);
    if (!take.exec()) {
        *error = Tr::tr("Cannot take the lease of map %1: %2")
                     .arg(mapId)
                     .arg(take.lastError().text());
        return false;
    }
    *held = take.numRowsAffected() == 1;
    // Not held: another worker took it over in the same instant.
    *other = *held ? takeFrom : Tr::tr("another worker");
    return true;
}

bool MapLeases::releaseAll(QString *error)
{
    QSqlQuery query(m_store);
    query.prepare(QStringLiteral("DELETE FROM map_leases WHERE worker = ?"));
    query.addBindValue(m_worker);
    if (!query.exec()) {
        *error = Tr::tr("Cannot give back the map leases of %1: %2")
                     .arg(m_worker, query.lastError().text());
        return false;
    }
    return true;
}

bool MapLeases::list(const QSqlDatabase &store, QList<MapLease> *leases, QString *error)
{
    leases->clear();
    QSqlQuery query(store);
    if (!query.exec(QStringLiteral(
            "SELECT l.map_id, m.name, l.worker, l.host, l.pid, l.acquired_at, l.heartbeat_at,"
            " l.expires_at FROM map_leases l JOIN maps m ON m.id = l.map_id ORDER BY m.name"))) {
        *error = Tr::tr("Cannot read the map leases: %1").arg(query.lastError().text());
        return false;
    }
    while (query.next()) {
        MapLease lease;
        lease.mapId = query.value(0).toLongLong();
        lease.map = query.value(1).toString();
        lease.worker = query.value(2).toString();
        lease.host = query.value(3).toString();
        lease.pid = query.value(4).toLongLong();
        lease.acquiredAt = query.value(5).toLongLong();
        lease.heartbeatAt = query.value(6).toLongLong();
        lease.expiresAt = query.value(7).toLongLong();
        leases->append(lease);
    }
    return true;
}

} // namespace dw
