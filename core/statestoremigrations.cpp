#include "migration.h"

namespace dw {

// Timestamps are milliseconds since the Unix epoch (UTC) in 64-bit integers: compact, sortable
// and identical on SQLite and PostgreSQL.
QList<Migration> stateStoreMigrations()
{
    QList<Migration> migrations;

    migrations.append({ 1, QStringLiteral("environments, table maps with versions, activity log"),
        {
            QStringLiteral("CREATE TABLE environments ("
                           " side TEXT PRIMARY KEY CHECK (side IN ('dataverse', 'finance')),"
                           " driver TEXT NOT NULL,"
                           " database_name TEXT NOT NULL,"
                           " host TEXT NOT NULL DEFAULT '',"
                           " port INTEGER NOT NULL DEFAULT 0,"
                           " user_name TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE maps ("
                           " id ${ID},"
                           " name TEXT NOT NULL UNIQUE,"
                           " component TEXT NOT NULL,"
                           " active_version_id ${BIGINT},"
                           " status TEXT NOT NULL DEFAULT 'notRunning',"
                           " status_reason TEXT NOT NULL DEFAULT '',"
                           " status_changed_at ${BIGINT},"
                           " created_at ${BIGINT} NOT NULL)"),
            QStringLiteral("CREATE TABLE map_versions ("
                           " id ${ID},"
                           " map_id ${BIGINT} NOT NULL REFERENCES maps(id) ON DELETE CASCADE,"
                           " version TEXT NOT NULL,"
                           " publisher TEXT NOT NULL,"
                           " description TEXT NOT NULL,"
                           " definition TEXT NOT NULL,"
                           " created_at ${BIGINT} NOT NULL)"),
            QStringLiteral("CREATE INDEX map_versions_by_map ON map_versions (map_id, id)"),
            QStringLiteral("CREATE TABLE activity_log ("
                           " id ${ID},"
                           " at ${BIGINT} NOT NULL,"
                           " map_id ${BIGINT} REFERENCES maps(id) ON DELETE SET NULL,"
                           " run_id ${BIGINT},"
                           " kind TEXT NOT NULL,"
                           " message TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX activity_log_by_time ON activity_log (at)"),
            QStringLiteral("CREATE INDEX activity_log_by_map ON activity_log (map_id, at)"),
        } });

    migrations.append({ 2, QStringLiteral("run history, per-map run counts, record states"),
        {
            QStringLiteral("CREATE TABLE runs ("
                           " id ${ID},"
                           " kind TEXT NOT NULL,"
                           " master_side TEXT,"
                           " started_at ${BIGINT} NOT NULL,"
                           " finished_at ${BIGINT},"
                           " outcome TEXT NOT NULL DEFAULT 'running',"
                           " message TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX runs_by_start ON runs (started_at)"),
            QStringLiteral("CREATE TABLE run_map_counts ("
                           " run_id ${BIGINT} NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                           " map_id ${BIGINT} NOT NULL REFERENCES maps(id) ON DELETE CASCADE,"
                           " read_count ${BIGINT} NOT NULL DEFAULT 0,"
                           " inserted ${BIGINT} NOT NULL DEFAULT 0,"
                           " updated ${BIGINT} NOT NULL DEFAULT 0,"
                           " deleted ${BIGINT} NOT NULL DEFAULT 0,"
                           " skipped ${BIGINT} NOT NULL DEFAULT 0,"
                           " failed ${BIGINT} NOT NULL DEFAULT 0,"
                           " conflicts ${BIGINT} NOT NULL DEFAULT 0,"
                           " duration_ms ${BIGINT} NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (run_id, map_id))"),
            QStringLiteral("CREATE INDEX run_map_counts_by_map ON run_map_counts (map_id, run_id)"),
            // record_key is the canonical text of the integration key values.
            QStringLiteral("CREATE TABLE record_states ("
                           " map_id ${BIGINT} NOT NULL REFERENCES maps(id) ON DELETE CASCADE,"
                           " record_key TEXT NOT NULL,"
                           " status INTEGER NOT NULL,"
                           " last_direction TEXT,"
                           " dataverse_hash ${BLOB},"
                           " finance_hash ${BLOB},"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " error_class TEXT,"
                           " error_message TEXT,"
                           " last_attempt_at ${BIGINT},"
                           " last_run_id ${BIGINT},"
                           " PRIMARY KEY (map_id, record_key))"),
            QStringLiteral("CREATE INDEX record_states_by_status ON record_states (map_id, status, "
                           "record_key)"),
            QStringLiteral(
                "CREATE INDEX record_states_by_attempt ON record_states (map_id, last_attempt_at)"),
        } });

    migrations.append({ 3,
        QStringLiteral("source keys of records, unchanged counts, sync checkpoints"),
        {
            // The source row's own key, so a retry re-reads exactly that row even when
            // the record key (Finance's key) is derived through a transform.
            QStringLiteral("ALTER TABLE record_states ADD COLUMN source_key TEXT"),
            QStringLiteral("ALTER TABLE run_map_counts ADD COLUMN unchanged ${BIGINT} "
                           "NOT NULL DEFAULT 0"),
            // Where an unfinished initial sync stands: the last source key whose batch
            // committed, written in the same transaction as that batch's record states.
            QStringLiteral("CREATE TABLE sync_checkpoints ("
                           " map_id ${BIGINT} PRIMARY KEY REFERENCES maps(id) ON DELETE CASCADE,"
                           " run_id ${BIGINT} NOT NULL,"
                           " source_side TEXT NOT NULL,"
                           " cursor TEXT,"
                           " updated_at ${BIGINT} NOT NULL)"),
        } });

    migrations.append({ 4,
        QStringLiteral("live sync: watermarks per map and side, records by source key"),
        {
            // The last change-log sequence of each side a map has applied; moves in the
            // same transaction as the record states of the changes it covers.
            QStringLiteral("CREATE TABLE map_watermarks ("
                           " map_id ${BIGINT} NOT NULL REFERENCES maps(id) ON DELETE CASCADE,"
                           " side TEXT NOT NULL,"
                           " seq ${BIGINT} NOT NULL,"
                           " PRIMARY KEY (map_id, side))"),
            QStringLiteral(
                "CREATE INDEX record_states_by_source_key ON record_states (map_id, source_key)"),
        } });

    migrations.append({ 5,
        QStringLiteral("record states clustered by key, without the last-attempt index"),
        {
            // A live catch-up updates one record state per change. Clustered by its
            // key, an update dirties one page instead of a row page, its key index
            // page and two pages of an index on the attempt time; on a million
            // records that is what made catch-up cost follow the table's size.
            QStringLiteral("CREATE TABLE record_states_clustered ("
                           " map_id ${BIGINT} NOT NULL REFERENCES maps(id) ON DELETE CASCADE,"
                           " record_key TEXT NOT NULL,"
                           " status INTEGER NOT NULL,"
                           " last_direction TEXT,"
                           " dataverse_hash ${BLOB},"
                           " finance_hash ${BLOB},"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " error_class TEXT,"
                           " error_message TEXT,"
                           " last_attempt_at ${BIGINT},"
                           " last_run_id ${BIGINT},"
                           " source_key TEXT,"
                           " PRIMARY KEY (map_id, record_key))${WITHOUT_ROWID}"),
            QStringLiteral("INSERT INTO record_states_clustered (map_id, record_key, status,"
                           " last_direction, dataverse_hash, finance_hash, attempts, error_class,"
                           " error_message, last_attempt_at, last_run_id, source_key)"
                           " SELECT map_id, record_key, status, last_direction, dataverse_hash,"
                           " finance_hash, attempts, error_class, error_message, last_attempt_at,"
                           " last_run_id, source_key FROM record_states"),
            QStringLiteral("DROP TABLE record_states"),
            QStringLiteral("ALTER TABLE record_states_clustered RENAME TO record_states"),
            QStringLiteral("CREATE INDEX record_states_by_status ON record_states (map_id, status, "
                           "record_key)"),
            QStringLiteral(
                "CREATE INDEX record_states_by_source_key ON record_states (map_id, source_key)"),
        } });

    migrations.append({ 6,
        QStringLiteral("activity log indexed by map, kind and time, in the order it is listed"),
        {
            // The activity log page lists entries newest first, (at, id) descending, narrowed
            // by map, kind and time. Each index below serves one combination of the equality
            // conditions with the order and the time range, so a page of a log of millions
            // reads a page of index entries. The id makes the order total on PostgreSQL
            // (SQLite has it in every index already).
            QStringLiteral("DROP INDEX activity_log_by_time"),
            QStringLiteral("CREATE INDEX activity_log_by_time ON activity_log (at, id)"),
            QStringLiteral("DROP INDEX activity_log_by_map"),
            QStringLiteral("CREATE INDEX activity_log_by_map ON activity_log (map_id, at, id)"),
            QStringLiteral("CREATE INDEX activity_log_by_kind ON activity_log (kind, at, id)"),
            QStringLiteral(
                "CREATE INDEX activity_log_by_map_kind ON activity_log (map_id, kind, at, id)"),
        } });

    migrations.append({ 7, QStringLiteral("map leases: which worker serves which map"),
        {
            // One row per map being served. A worker renews its leases every round; a lease
            // past expires_at is free for another worker to take. host and pid let a worker on
            // the same machine see at once that the holder process is gone.
            QStringLiteral("CREATE TABLE map_leases ("
                           " map_id ${BIGINT} PRIMARY KEY REFERENCES maps(id) ON DELETE CASCADE,"
                           " worker TEXT NOT NULL,"
                           " host TEXT NOT NULL,"
                           " pid ${BIGINT} NOT NULL,"
                           " acquired_at ${BIGINT} NOT NULL,"
                           " heartbeat_at ${BIGINT} NOT NULL,"
                           " expires_at ${BIGINT} NOT NULL)"),
        } });

    migrations.append({ 8, QStringLiteral("runs: the process that runs them"),
        {
            // Several processes share a workspace: only a run whose own process is gone may be
            // marked interrupted. Runs of older versions have neither and count as gone.
            QStringLiteral("ALTER TABLE runs ADD COLUMN host TEXT"),
            QStringLiteral("ALTER TABLE runs ADD COLUMN pid ${BIGINT}"),
        } });

    return migrations;
}

} // namespace dw
