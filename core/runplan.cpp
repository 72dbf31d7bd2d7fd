#include "runplan.h"

namespace dw {

RunPlan RunPlan::build(const QList<RunPlanItem> &items, bool live, const QStringList &alsoLive)
{
    RunPlan plan;
    std::optional<Side> segmentMaster;
    for (const RunPlanItem &item : items) {
        if (!item.initialSync)
            continue;
        if (live)
            plan.startFirst.append(item.map);
        // A map without master (one-way) joins whatever stretch it is in.
        const bool newSegment = plan.initial.isEmpty()
            || (item.master && segmentMaster && *item.master != *segmentMaster);
        if (newSegment) {
            SyncRequest request;
            request.kind = RunKind::Initial;
            plan.initial.append(request);
            segmentMaster.reset();
        }
        SyncRequest &request = plan.initial.last();
        request.maps.append(item.map);
        if (item.master && !segmentMaster) {
            segmentMaster = item.master;
            request.master = item.master;
        }
    }
    if (live) {
        SyncRequest request;
        request.kind = RunKind::CatchUp;
        request.live = true;
        for (const RunPlanItem &item : items)
            request.maps.append(item.map);
        for (const QString &map : alsoLive) {
            if (!request.maps.contains(map))
                request.maps.append(map);
        }
        if (!request.maps.isEmpty())
            plan.live = request;
    }
    return plan;
}

} // namespace dw
