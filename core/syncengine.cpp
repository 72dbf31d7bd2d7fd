#include "syncengine.h"

#include "activitylog.h"
#include "dbconnection.h"
#include "environmentstore.h"
#include "logging.h"
#include "mapstore.h"
#include "mapvalidator.h"
#include "recordcodec.h"
#include "retrysync.h"
#include "runstore.h"
#include "schemainspector.h"
#include "sqlitestatement.h"
#include "statestore.h"
#include "tr.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dw {

qint64 SyncResult::failedRecords() const
{
    qint64 failed = 0;
    for (const MapRunResult &map : maps)
        failed += map.counts.failed;
    return failed;
}

bool SyncResult::anyMapFailed() const
{
    for (const MapRunResult &map : maps) {
        if (!map.completed && !cancelled)
            return true;
    }
    return false;
}

namespace {

QString countsText(const RunCounts &c)
{
    return Tr::tr("%1 read, %2 inserted, %3 updated, %4 unchanged, %5 failed")
        .arg(c.read)
        .arg(c.inserted)
        .arg(c.updated)
        .arg(c.unchanged)
        .arg(c.failed);
}

// The side an initial sync reads from: the side every field flows from in a one-way map, the
// chosen master in a two-way map.
Side sourceSideOf(const TableMap &map, const std::optional<Side> &master)
{
    switch (map.direction()) {
    case MapDirection::ToFinance:
        return Side::Dataverse;
    case MapDirection::ToDataverse:
        return Side::Finance;
    case MapDirection::TwoWay:
        break;
    }
    return master.value_or(map.conflictMaster);
}

struct Environment
{
    DbConnection connection;
    sqlite3 *handle = nullptr;
};

bool openEnvironment(const Workspace &workspace, const QSqlDatabase &store, Side side,
    Environment *environment, QString *error)
{
    ConnectionSpec spec;
    if (!EnvironmentStore(store).load(side, &spec, error)
        || !environment->connection.open(workspace.resolve(spec), error))
        return false;
    environment->handle = sqliteHandle(environment->connection.database());
    if (!environment->handle) {
        *error = Tr::tr("The %1 environment uses %2; sync runs on SQLite environments in this "
                        "version.")
                     .arg(sideName(side), spec.driver);
        return false;
    }
    return true;
}

bool snapshotOf(const QSqlDatabase &db, Side side, SchemaSnapshot *snapshot, QString *error)
{
    QList<TableDefinition> tables;
    if (!SchemaInspector(db).allTables(&tables, error))
        return false;
    for (const TableDefinition &table : std::as_const(tables))
        snapshot->add(side, table);
    return true;
}

bool selectMaps(const SyncRequest &request, const QList<TableMap> &all, QList<TableMap> *selected,
    QString *error)
{
    for (const QString &name : request.maps) {
        auto it = std::find_if(
            all.cbegin(), all.cend(), [&](const TableMap &m) { return m.name == name; });
        if (it == all.cend()) {
            *error = Tr::tr("There is no map named \"%1\".").arg(name);
            return false;
        }
        selected->append(*it);
    }
    for (const TableMap &map : all) {
        const bool byComponent = request.component && map.component == *request.component;
        if ((request.allMaps || byComponent) && !request.maps.contains(map.name))
            selected->append(map);
    }
    if (selected->isEmpty()) {
        *error = Tr::tr("No map matches the request.");
        return false;
    }
    return true;
}

} // namespace

bool SyncEngine::run(const SyncRequest &request, SyncResult *result, QString *error)
{
    *result = SyncResult();
    if (!m_workspace.exists()) {
        *error = Tr::tr("No workspace at %1.").arg(m_workspace.directory());
        return false;
    }
    StateStore store;
    if (!store.open(m_workspace.stateStorePath(), error))
        return false;
    const QSqlDatabase storeDb = store.database();
    sqlite3 *storeHandle = sqliteHandle(storeDb);
    RunStore runs(storeDb);
    MapStore maps(storeDb);
    Environment dataverse;
    Environment finance;
    QList<TableMap> all;
    QList<TableMap> selected;
    QList<TableMap> ordered;
    SchemaSnapshot schemas;
    if (!storeHandle) {
        *error = Tr::tr("Sync needs a SQLite state store in this version.");
        return false;
    }
    if (!runs.markInterrupted(error)
        || !openEnvironment(m_workspace, storeDb, Side::Dataverse, &dataverse, error)
        || !openEnvironment(m_workspace, storeDb, Side::Finance, &finance, error)
        || !maps.loadAll(&all, error) || !selectMaps(request, all, &selected, error)
        || !MapValidator::dependencyOrder(selected, &ordered, error)
        || !snapshotOf(dataverse.connection.database(), Side::Dataverse, &schemas, error)
        || !snapshotOf(finance.connection.database(), Side::Finance, &schemas, error))
        return false;

    QStringList allNames;
    for (const TableMap &map : std::as_const(all))
        allNames.append(map.name);
    const QString kind
        = request.kind == RunKind::Initial ? QStringLiteral("initial") : QStringLiteral("retry");
    if (!runs.begin(
            kind, request.master ? sideId(*request.master) : QString(), &result->runId, error))
        return false;
    QString ignored;
    ActivityLog::append(storeDb, ActivityKind::RunStarted, 0, result->runId,
        request.kind == RunKind::Initial
            ? Tr::tr("Initial sync of %n map(s) started.", nullptr, int(ordered.size()))
            : Tr::tr("Retry of failed records in %n map(s) started.", nullptr, int(ordered.size())),
        &ignored);

    for (const TableMap &map : std::as_const(ordered)) {
        if (m_cancel && m_cancel->load()) {
            result->cancelled = true;
            break;
        }
        MapRunResult mapResult;
        mapResult.map = map.name;
        qint64 mapId = 0;
        if (!maps.mapId(map.name, &mapId, error))
            return false;
        auto configurationError = [&](const QString &message) {
            mapResult.errorClass = ErrorClass::Configuration;
            mapResult.error = message;
            runs.setMapStatus(mapId, MapStatus::Error, message, &ignored);
            ActivityLog::append(
                storeDb, ActivityKind::RunFailed, mapId, result->runId, message, &ignored);
        };

        const QList<ValidationIssue> issues = MapValidator::validate(map, schemas, allNames);
        const Side source = sourceSideOf(map, request.master);
        const Side target = source == Side::Dataverse ? Side::Finance : Side::Dataverse;
        const TableDefinition *sourceTable = schemas.table(source, map.side(source).table);
        const TableDefinition *targetTable = schemas.table(target, map.side(target).table);
        MapPlan plan;
        QString planError;
        if (!issues.isEmpty()) {
            QStringList messages;
            for (const ValidationIssue &issue : issues)
                messages.append(issue.code + QStringLiteral(": ") + issue.message);
            configurationError(Tr::tr("Map \"%1\" was not run; its configuration has problems:\n%2")
                                   .arg(map.name, messages.join(u'\n')));
        } else if (!sourceTable || !targetTable
            || !MapPlan::build(map, source, *sourceTable, *targetTable, &plan, &planError)) {
            configurationError(planError.isEmpty()
                    ? Tr::tr("Map \"%1\": a table is missing.").arg(map.name)
                    : planError);
        } else {
            Environment &from = source == Side::Dataverse ? dataverse : finance;
            Environment &to = source == Side::Dataverse ? finance : dataverse;
            LookupResolver lookups(from.connection.database());
            if (request.kind == RunKind::Initial) {
                QByteArray resume;
                QSqlQuery checkpoint(storeDb);
                checkpoint.prepare(QStringLiteral(
                    "SELECT cursor, source_side FROM sync_checkpoints WHERE map_id = ?"));
                checkpoint.addBindValue(mapId);
                if (checkpoint.exec() && checkpoint.next()
                    && checkpoint.value(1).toString() == sideId(source))
                    resume = checkpoint.value(0).toByteArray();
                checkpoint.finish();
                if (resume.isEmpty()) {
                    // A fresh initial sync re-evaluates every row: records filed under a
                    // provisional key are refiled (or fail again) as their rows come by.
                    QSqlQuery drop(storeDb);
                    drop.prepare(QStringLiteral("DELETE FROM record_states WHERE map_id = ? AND "
                                                "substr(record_key, 1, 1) = ?"));
                    drop.addBindValue(mapId);
                    drop.addBindValue(QString(QChar(0x1e)));
                    drop.exec();
                }
                runs.setMapStatus(mapId, MapStatus::Initializing, QString(), &ignored);
                InitialSync sync(plan, &lookups, mapId, result->runId);
                sync.setCancelFlag(m_cancel);
                sync.setProgressHandler(m_progress);
                sync.setPageSize(m_pageSize);
                QString syncError;
                switch (sync.run(
                    from.handle, to.handle, storeHandle, resume, &mapResult.counts, &syncError)) {
                case InitialSync::Result::Completed:
                    mapResult.completed = true;
                    runs.setMapStatus(mapId, MapStatus::NotRunning, QString(), &ignored);
                    ActivityLog::append(storeDb, ActivityKind::RunFinished, mapId, result->runId,
                        Tr::tr("Initial sync from %1 finished: %2.")
                            .arg(sideName(source), countsText(mapResult.counts)),
                        &ignored);
                    break;
                case InitialSync::Result::Cancelled:
                    result->cancelled = true;
                    runs.setMapStatus(mapId, MapStatus::NotRunning,
                        Tr::tr("Initial sync stopped; run it again to continue where it stopped."),
                        &ignored);
                    ActivityLog::append(storeDb, ActivityKind::RunFinished, mapId, result->runId,
                        Tr::tr("Initial sync stopped by the administrator: %1.")
                            .arg(countsText(mapResult.counts)),
                        &ignored);
                    break;
                case InitialSync::Result::Failed:
                    mapResult.errorClass = ErrorClass::Transient;
                    mapResult.error = syncError;
                    runs.setMapStatus(mapId, MapStatus::Error, syncError, &ignored);
                    ActivityLog::append(storeDb, ActivityKind::RunFailed, mapId, result->runId,
                        syncError, &ignored);
                    break;
                }
            } else {
                RetrySync retry(plan, &lookups, mapId, result->runId);
                QString retryError;
                if (retry.run(from.handle, to.handle, storeDb, request.retryKeys, &mapResult.counts,
                        &mapResult.notFailed, &retryError)) {
                    mapResult.completed = true;
                    ActivityLog::append(storeDb, ActivityKind::RecordsRetried, mapId, result->runId,
                        Tr::tr("Failed records retried: %1.").arg(countsText(mapResult.counts)),
                        &ignored);
                } else {
                    mapResult.errorClass = ErrorClass::Transient;
                    mapResult.error = retryError;
                    ActivityLog::append(storeDb, ActivityKind::RunFailed, mapId, result->runId,
                        retryError, &ignored);
                }
            }
        }
        if (m_mapFinished)
            m_mapFinished(mapResult);
        result->maps.append(mapResult);
        if (result->cancelled)
            break;
    }

    const QString outcome = result->cancelled ? QStringLiteral("cancelled")
        : result->anyMapFailed()              ? QStringLiteral("failed")
                                              : QStringLiteral("completed");
    const QString summary = Tr::tr("%n record(s) failed.", nullptr, int(result->failedRecords()));
    runs.finish(result->runId, outcome, summary, &ignored);
    ActivityLog::append(storeDb, ActivityKind::RunFinished, 0, result->runId,
        Tr::tr("Run %1 ended (%2): %3").arg(result->runId).arg(outcome, summary), &ignored);
    return true;
}

} // namespace dw
