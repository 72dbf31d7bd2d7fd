#pragma once

#include "mapstatus.h"
#include "tablemap.h"

namespace dw {

// One row of the table maps list: the active version's identity plus live figures.
struct MapSummary
{
    qint64 id = 0;
    QString name;
    Component component = Component::Setup;
    QString version;
    MapDirection direction = MapDirection::ToFinance;
    QString dataverseTable;
    QString financeTable;
    MapStatus status = MapStatus::NotRunning;
    QString statusReason;
    qint64 failed = 0;
    qint64 lastRunAt = 0; // ms since epoch; 0 = never run

    bool operator==(const MapSummary &) const = default;
};

struct MapVersionInfo
{
    qint64 id = 0;
    QString version;
    QString publisher;
    QString description;
    qint64 createdAt = 0;
    bool active = false;
};

} // namespace dw
