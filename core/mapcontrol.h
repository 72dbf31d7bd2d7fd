#pragma once

#include "mapstatus.h"
#include "workspace.h"

#include <memory>

namespace dw {

class SyncSession;

// Start, pause, resume and stop maps of a workspace, and read their queues, without running a
// sync: what the CLI's pause/resume/stop commands and the GUI's buttons do. Opens its own
// connections on the calling thread for its lifetime.
class MapControl
{
public:
    explicit MapControl(const Workspace &workspace);
    ~MapControl();

    bool open(QString *error);
    // Not running → Running: capture from now on, no initial sync (a live run applies changes).
    bool start(const QStringList &maps, QString *error);
    bool pause(const QStringList &maps, QString *error);
    bool resume(const QStringList &maps, QString *error);
    bool stop(const QStringList &maps, QString *error);
    // Changes captured for the map and not applied yet, over its source sides.
    bool queued(const QString &map, qint64 *count, QString *error);
    bool status(const QString &map, MapStatus *status, QString *error);

private:
    Workspace m_workspace;
    std::unique_ptr<SyncSession> m_session;
};

} // namespace dw
