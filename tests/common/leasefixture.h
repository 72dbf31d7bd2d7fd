#pragma once

#include "mapleases.h"
#include "statestore.h"
#include "testdb.h"

#include <QTest>

// Map leases as three kinds of holder leave them, written through MapLeases as the engine
// writes them: one by a worker on another machine, one by this very process, one by a worker
// whose lease ran out a minute ago. The maps must be in the state store already.
namespace leasefixture {

inline QString otherWorker()
{
    return QStringLiteral("worker-7@db-host-2:4242");
}

inline QString expiredWorker()
{
    return QStringLiteral("old-worker@db-host-3:77");
}

// Check QTest::currentTestFailed() after it.
inline void hold(
    const QString &storePath, const QString &served, const QString &ours, const QString &expired)
{
    dw::StateStore store;
    QString error;
    QVERIFY2(store.open(storePath, &error), qPrintable(error));
    TestDb raw(storePath);
    const auto take = [&](const QString &map, const QString &worker, qint64 leaseMs) {
        const qint64 id
            = raw.number(QStringLiteral("SELECT id FROM maps WHERE name = '%1'").arg(map));
        QVERIFY2(id > 0, qPrintable(map));
        dw::MapLeases leases(store.database(), worker, leaseMs);
        bool held = false;
        QString other;
        QVERIFY2(leases.acquire(id, &held, &other, &error), qPrintable(error));
        QVERIFY2(held, qPrintable(other));
    };
    take(served, otherWorker(), 60000);
    take(ours, dw::MapLeases::workerId(), 60000);
    take(expired, expiredWorker(), -60000); // expired the moment it was taken
    if (QTest::currentTestFailed())
        return;
    // MapLeases writes this machine and process; the other workers ran elsewhere.
    QVERIFY2(raw.exec(QStringLiteral("UPDATE map_leases SET host = 'db-host-2', pid = 4242"
                                     " WHERE worker = '%1'")
                          .arg(otherWorker())),
        qPrintable(raw.lastError));
    QVERIFY2(raw.exec(QStringLiteral("UPDATE map_leases SET host = 'db-host-3', pid = 77"
                                     " WHERE worker = '%1'")
                          .arg(expiredWorker())),
        qPrintable(raw.lastError));
}

} // namespace leasefixture
