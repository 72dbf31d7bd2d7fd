#include "syncsession.h"

#include "environmentstore.h"
#include "lookupresolver.h"
#include "mapstore.h"
#include "mapvalidator.h"
#include "runstore.h"
#include "schemainspector.h"
#include "sqlitestatement.h"
#include "tr.h"

#include <sqlite3.h>

namespace dw {

SyncSession::SyncSession(const Workspace &workspace)
    : m_workspace(workspace)
{ }

SyncSession::~SyncSession()
{
    // Lookup queries belong to the environment connections: they go first.
    m_lookups[0].reset();
    m_lookups[1].reset();
}

bool SyncSession::open(QString *error, bool markInterruptedRuns)
{
    if (!m_workspace.exists()) {
        *error = Tr::tr("No workspace at %1.").arg(m_workspace.directory());
        return false;
    }
    if (!m_store.open(m_workspace, error))
        return false;
    for (Side side : { Side::Dataverse, Side::Finance }) {
        ConnectionSpec spec;
        if (!EnvironmentStore(m_store.database()).load(side, &spec, error))
            return false;
        spec = m_workspace.resolve(spec);
        if (!EnvironmentStore::open(side, spec, &m_environments[int(side)], error))
            return false;
        if (sqlite3 *handle = sqliteHandle(environment(side)))
            sqlite3_busy_timeout(handle, m_busyTimeoutMs);
        QList<TableDefinition> tables;
        if (!SchemaInspector(environment(side)).allTables(&tables, error))
            return false;
        for (const TableDefinition &table : std::as_const(tables))
            m_schemas.add(side, table);
        m_lookups[int(side)] = std::make_unique<LookupResolver>(environment(side));
    }
    return (!markInterruptedRuns || RunStore(store()).markInterrupted(error))
        && MapStore(store()).loadAll(&m_maps, error);
}

void SyncSession::deferCheckpoints()
{
    constexpr int kDeferredCheckpointPages = 16384; // 64 MB of 4 KB pages
    for (sqlite3 *handle : sqliteHandles())
        sqlite3_wal_autocheckpoint(handle, kDeferredCheckpointPages);
}

void SyncSession::checkpointWhileIdle()
{
    // PASSIVE: copies what no reader still needs and never waits for anyone.
    for (sqlite3 *handle : sqliteHandles())
        sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

QList<sqlite3 *> SyncSession::sqliteHandles() const
{
    QList<sqlite3 *> handles;
    for (sqlite3 *handle : { sqliteHandle(store()), sqliteHandle(environment(Side::Dataverse)),
             sqliteHandle(environment(Side::Finance)) }) {
        if (handle)
            handles.append(handle);
    }
    return handles;
}

QStringList SyncSession::mapNames() const
{
    QStringList names;
    for (const TableMap &map : m_maps)
        names.append(map.name);
    return names;
}

bool SyncSession::mapId(const QString &name, qint64 *id, QString *error) const
{
    return MapStore(store()).mapId(name, id, error);
}

MapStatus SyncSession::status(qint64 mapId) const
{
    MapStatus status = MapStatus::NotRunning;
    QString ignored;
    RunStore(store()).mapStatus(mapId, &status, &ignored);
    return status;
}

LookupResolver *SyncSession::lookups(Side source)
{
    return m_lookups[int(source)].get();
}

bool SyncSession::plan(
    const TableMap &map, Side source, std::shared_ptr<MapPlan> *plan, QString *error)
{
    const auto key = std::make_pair(map.name, int(source));
    const auto cached = m_plans.find(key);
    if (cached != m_plans.end()) {
        *plan = cached->second;
        return true;
    }
    const QList<ValidationIssue> issues = MapValidator::validate(map, m_schemas, mapNames());
    if (!issues.isEmpty()) {
        QStringList messages;
        for (const ValidationIssue &issue : issues)
            messages.append(issue.code + QStringLiteral(": ") + issue.message);
        *error = Tr::tr("Map \"%1\" was not run; its configuration has problems:\n%2")
                     .arg(map.name, messages.join(u'\n'));
        return false;
    }
    const Side target = source == Side::Dataverse ? Side::Finance : Side::Dataverse;
    // SQLite opens a file it may not write read-only without a word; every record would then
    // fail alone on "attempt to write a readonly database". Stop the map before it reads.
    if (sqlite3 *handle = sqliteHandle(m_environments[int(target)].database());
        handle && sqlite3_db_readonly(handle, "main") == 1) {
        *error = Tr::tr("Map \"%1\" was not run: the %2 environment's database %3 is read-only; "
                        "allow this user to write it.")
                     .arg(map.name, sideName(target),
                         m_environments[int(target)].database().databaseName());
        return false;
    }
    const TableDefinition *sourceTable = m_schemas.table(source, map.side(source).table);
    const TableDefinition *targetTable = m_schemas.table(target, map.side(target).table);
    auto built = std::make_shared<MapPlan>();
    if (!sourceTable || !targetTable) {
        *error = Tr::tr("Map \"%1\": a table is missing.").arg(map.name);
        return false;
    }
    if (!MapPlan::build(map, source, *sourceTable, *targetTable, built.get(), error))
        return false;
    m_plans.emplace(key, built);
    *plan = built;
    return true;
}

} // namespace dw
