#pragma once

#include "mapstatus.h"
#include "storetask.h"
#include "tabledefinition.h"
#include "tablemap.h"
#include "workspace.h"

#include <QCoreApplication>

namespace dw {

// What the map editor reads when it opens.
struct MapEditorContext
{
    TableMap map; // the active version; empty for a new map
    bool exists = false;
    MapStatus status = MapStatus::NotRunning;
    QStringList mapNames; // every map of the workspace
    QStringList versions; // the map's versions, oldest first
    QList<TableDefinition> tables[2]; // by Side
    QString schemaErrors[2]; // by Side; why a side's tables could not be read
};

// The map editor's work off the GUI thread: each function starts it on a pool thread, with
// connections of its own opened and closed there, and returns the future of its result.
class MapEditorTasks
{
    Q_DECLARE_TR_FUNCTIONS(MapEditorTasks)
public:
    // Reads the map (unless `mapName` is empty), its versions and status, the names of all
    // maps and the tables of both environments. An environment that cannot be read is not a
    // failure: its error is in schemaErrors and its tables are unknown.
    static QFuture<StoreResult<MapEditorContext>> load(
        const Workspace &workspace, const QString &mapName);
    // MapControl::stop of one map.
    static QFuture<StoreResult<bool>> stop(const Workspace &workspace, const QString &mapName);
    // MapStore::save, refused when the map was started meanwhile or, for a new map, when a map
    // of that name was created meanwhile. The value is the version saved, empty if unchanged.
    static QFuture<StoreResult<QString>> save(
        const Workspace &workspace, const TableMap &map, bool isNew);

    // Editing requires a stopped map; Error means an alert rule or a fault stopped it.
    static bool isLive(MapStatus status)
    {
        return status != MapStatus::NotRunning && status != MapStatus::Error;
    }
};

} // namespace dw
