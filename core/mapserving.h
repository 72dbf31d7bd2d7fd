#pragma once

#include "mapleases.h"

#include <QHash>

namespace dw {

// Who serves a map, as the console shows it: a map's lease with its holder's standing decided
// once, when the lease was read (MapLease::holderAt), so the list, the detail and the overview
// of one refresh agree. A value: read on a pool thread, shown on the GUI thread.
struct MapServing
{
    bool leased = false; // the map has a lease row; nothing below counts without one
    MapLease lease;
    MapLease::Holder holder = MapLease::Holder::Expired;
    bool thisProcess = false; // the holder is the very process that reads it
    qint64 readAt = 0; // ms since epoch: the moment the standing was decided

    // A live holder serves the map; an expired or ended one is presumed gone.
    bool isServed() const { return leased && holder == MapLease::Holder::Serving; }
    bool operator==(const MapServing &) const = default;

    // Every map's lease keyed by map name; maps without a lease are absent. Runs SQL on the
    // calling thread's connection.
    static bool readAll(
        const QSqlDatabase &store, QHash<QString, MapServing> *byMap, QString *error);
};

} // namespace dw
