#pragma once

#include <QString>

namespace dw {

// The life of a map, as in dual-write: Not running → Initializing → Running ⇄ Paused →
// Resuming → Running; Stop → Not running; Error when an alert rule or a fault stopped it.
enum class MapStatus { NotRunning, Initializing, Running, Paused, Resuming, Error };

QString mapStatusId(MapStatus s);
bool mapStatusFromId(const QString &id, MapStatus *s);
QString mapStatusName(MapStatus s);

} // namespace dw
