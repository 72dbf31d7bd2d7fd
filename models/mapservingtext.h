#pragma once

#include "mapserving.h"

#include <QCoreApplication>

namespace dw {

// How the console words who serves a map, the same in the table maps list, the map's detail
// and the integration overview's tooltip. The holder is named as the CLI's status names it
// (its worker name, which carries host and pid), or as this console when it is this process.
class MapServingText
{
    Q_DECLARE_TR_FUNCTIONS(MapServingText)
public:
    // For a list cell: the live holder, or empty when nobody holds a live lease.
    static QString holder(const MapServing &serving);
    // What holder() says of this very process.
    static QString thisConsole();
    // A sentence: the live holder with since when and its last heartbeat; a lease that expired
    // or whose process ended, with its holder presumed gone; or that no worker serves the map.
    static QString describe(const MapServing &serving);
};

} // namespace dw
