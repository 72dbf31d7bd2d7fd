#pragma once

#include "syncengine.h"

namespace dw {

// One map of a run as chosen: whether it gets an initial sync and from which master side (two-way
// maps; one-way maps read their only source side and ignore it).
struct RunPlanItem
{
    QString map;
    bool initialSync = true;
    std::optional<Side> master;
};

// The steps that carry out dual-write's "Initial writes and related table maps" choice with the
// engine's requests, which take one master per request and run one at a time:
//  1. live runs only: start capture on the maps getting an initial sync (MapControl::start), so
//     every change made while they are copied is queued, not lost;
//  2. one Initial request per stretch of consecutive maps sharing a master, in the given order;
//  3. live runs only: one CatchUp + live request over all maps, which starts the ones without
//     initial sync and keeps applying changes until cancelled.
// Without live, maps without initial sync have nothing to do and are left out.
struct RunPlan
{
    QStringList startFirst;
    QList<SyncRequest> initial;
    std::optional<SyncRequest> live;

    bool isEmpty() const { return initial.isEmpty() && !live; }

    // `items` in run (dependency) order; `alsoLive` maps already running that the live phase
    // keeps serving (the engine's live loop serves only the maps of its request).
    static RunPlan build(
        const QList<RunPlanItem> &items, bool live, const QStringList &alsoLive = {});
};

} // namespace dw
