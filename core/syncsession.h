#pragma once

#include "dbconnection.h"
#include "mapplan.h"
#include "mapstatus.h"
#include "schemasnapshot.h"
#include "statestore.h"
#include "syncengine.h"

#include <map>
#include <memory>

struct sqlite3;

namespace dw {

class LookupResolver;

// The connections and knowledge one SyncEngine::run() works with: the state store, both
// environments, the maps with their schemas, and the run's row in the history. Lives on the
// thread of run() and closes everything when it goes.
class SyncSession
{
public:
    SyncSession(const Workspace &workspace);
    ~SyncSession();

    // A run of the engine marks runs left "running" by dead processes as interrupted; other
    // users of a session (map control) must not, since a live run may be going on elsewhere.
    bool open(QString *error, bool markInterruptedRuns = true);
    void setBusyTimeoutMs(int ms) { m_busyTimeoutMs = ms; }

    QSqlDatabase store() const { return m_store.database(); }
    QSqlDatabase environment(Side side) const { return m_environments[int(side)].database(); }
    const QList<TableMap> &maps() const { return m_maps; }
    QStringList mapNames() const;
    bool mapId(const QString &name, qint64 *id, QString *error) const;
    MapStatus status(qint64 mapId) const;

    // The plan for a map's flow from `source`, validated against both schemas: false with a
    // message (codes DW…) when the map cannot run.
    bool plan(const TableMap &map, Side source, std::shared_ptr<MapPlan> *plan, QString *error);
    // One lookup cache per source side and run.
    LookupResolver *lookups(Side source);

    // A live run moves the write-ahead logs' checkpoints of its SQLite files (state store and
    // environments) out of its commits into checkpointWhileIdle(), called between rounds: a
    // round's changes are applied without waiting for pages of earlier rounds to be copied
    // back. The logs still checkpoint inside a commit if they ever reach 64 MB.
    void deferCheckpoints();
    void checkpointWhileIdle();

private:
    // The session's SQLite connections: the state store and each SQLite environment.
    QList<sqlite3 *> sqliteHandles() const;

    Workspace m_workspace;
    StateStore m_store;
    DbConnection m_environments[2];
    SchemaSnapshot m_schemas;
    int m_busyTimeoutMs = 5000;
    QList<TableMap> m_maps;
    std::unique_ptr<LookupResolver> m_lookups[2];
    std::map<std::pair<QString, int>, std::shared_ptr<MapPlan>> m_plans;
};

} // namespace dw
