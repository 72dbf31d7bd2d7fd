#include "mapservingtext.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <climits>

namespace dw {

namespace {
QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}
} // namespace

QString MapServingText::holder(const MapServing &serving)
{
    if (!serving.isServed())
        return QString();
    return serving.thisProcess ? thisConsole() : serving.lease.worker;
}

QString MapServingText::thisConsole()
{
    return tr("This console", "the map is served by this very program");
}

QString MapServingText::describe(const MapServing &serving)
{
    if (!serving.leased)
        return tr("No worker serves the map.");
    const MapLease &lease = serving.lease;
    // Heartbeats come every few seconds, so their age says more than a clock time; another
    // machine's clock running ahead must not make it negative.
    const int age
        = int(std::clamp<qint64>((serving.readAt - lease.heartbeatAt) / 1000, 0, INT_MAX));
    switch (serving.holder) {
    case MapLease::Holder::Serving:
        if (serving.thisProcess)
            //: %1 worker name, %2 date and time the lease was taken
            return tr("Served by this console (%1) since %2; last heartbeat %n second(s) ago.",
                nullptr, age)
                .arg(lease.worker, when(lease.acquiredAt));
        //: %1 worker name, %2 date and time the lease was taken
        return tr("Served by %1 since %2; last heartbeat %n second(s) ago.", nullptr, age)
            .arg(lease.worker, when(lease.acquiredAt));
    case MapLease::Holder::Expired:
        //: %1 worker name, %2 date and time the lease expired, %3 of the last heartbeat
        return tr("Not served: the lease of %1 expired at %2 (last heartbeat at %3); the worker "
                  "is presumed gone.")
            .arg(lease.worker, when(lease.expiresAt), when(lease.heartbeatAt));
    case MapLease::Holder::Ended:
        //: %1 worker name, %2 date and time of its last heartbeat
        return tr("Not served: %1 ran on this machine and its process has ended (last heartbeat "
                  "at %2); the worker is gone.")
            .arg(lease.worker, when(lease.heartbeatAt));
    }
    return QString();
}

} // namespace dw
