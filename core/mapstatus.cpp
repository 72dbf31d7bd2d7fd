#include "mapstatus.h"

#include "tr.h"

namespace dw {

namespace {
struct Entry
{
    MapStatus status;
    const char *id;
};
constexpr Entry kStatuses[] = {
    { MapStatus::NotRunning, "notRunning" },
    { MapStatus::Initializing, "initializing" },
    { MapStatus::Running, "running" },
    { MapStatus::Paused, "paused" },
    { MapStatus::Resuming, "resuming" },
    { MapStatus::Error, "error" },
};
} // namespace

QString mapStatusId(MapStatus s)
{
    for (const Entry &e : kStatuses) {
        if (e.status == s)
            return QString::fromLatin1(e.id);
    }
    return {};
}

bool mapStatusFromId(const QString &id, MapStatus *s)
{
    for (const Entry &e : kStatuses) {
        if (id == QLatin1String(e.id)) {
            *s = e.status;
            return true;
        }
    }
    return false;
}

QString mapStatusName(MapStatus s)
{
    switch (s) {
    case MapStatus::NotRunning:
        return Tr::tr("Not running");
    case MapStatus::Initializing:
        return Tr::tr("Initializing");
    case MapStatus::Running:
        return Tr::tr("Running");
    case MapStatus::Paused:
        return Tr::tr("Paused");
    case MapStatus::Resuming:
        return Tr::tr("Resuming");
    case MapStatus::Error:
        break;
    }
    return Tr::tr("Error");
}

} // namespace dw
