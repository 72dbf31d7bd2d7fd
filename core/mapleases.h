#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dw {

// One row of the state store's map_leases table: which worker serves a map, until when.
struct MapLease
{
    qint64 mapId = 0;
    QString map;
    QString worker;
    QString host;
    qint64 pid = 0;
    qint64 acquiredAt = 0; // ms since epoch
    qint64 heartbeatAt = 0;
    qint64 expiresAt = 0;

    // Where the holder stands: every status display and acquire() decide by this one rule, so
    // no display calls a worker live that another worker would take the map from.
    enum class Holder {
        Serving, // renews in time
        Expired, // stopped renewing: presumed gone
        Ended, // ran on this machine and its process is gone, whatever the expiry says
    };
    Holder holderAt(qint64 now) const;
    // The lease is this very process's (the same machine and pid).
    bool isHeldByThisProcess() const;

    bool operator==(const MapLease &) const = default;
};

// Who serves which live map. Every process that applies a map's changes (a headless worker, a
// live run of the CLI or the GUI) holds the map's lease in the state store while it does, so
// that two of them never apply the same changes at once. The holder renews the lease every
// round; a holder that dies stops renewing, and once its lease has expired any other worker
// takes the map over. On the holder's own machine a dead holder is seen at once (its process
// is gone), without waiting for the expiry.
//
// Expiry compares the clocks of different machines: they must agree to well within the lease
// time (NTP does). A worker must finish a round well within its lease time, which is why the
// lease is many times the live interval.
class MapLeases
{
public:
    // `worker` names this process in the table ("name@host:pid" from workerId()).
    MapLeases(const QSqlDatabase &store, QString worker, qint64 leaseMs);

    // A worker name unique to this process: `name` (default "dwadmin") @ host : pid.
    static QString workerId(const QString &name = {});

    // Takes or renews the lease of `mapId`: succeeds when the map is free, already ours, its
    // lease has expired, or its holder ran on this machine and is gone. *held says whether
    // this worker holds it now. *other names the other worker involved: the one it was taken
    // over from when held (empty when it was free or ours), the one serving it when not.
    bool acquire(qint64 mapId, bool *held, QString *other, QString *error);
    // Gives back every lease this worker holds (a clean stop: others need not wait).
    bool releaseAll(QString *error);

    // Every lease with its map's name, for status displays. Expired ones are included: the
    // caller compares expiresAt with the time.
    static bool list(const QSqlDatabase &store, QList<MapLease> *leases, QString *error);

    const QString &worker() const { return m_worker; }

private:
    QSqlDatabase m_store;
    QString m_worker;
    QString m_host;
    qint64 m_pid = 0;
    qint64 m_leaseMs = 0;
};

} // namespace dw
