#include "sqlitesyncstatewriter.h"

#include "recordcodec.h"
#include "tr.h"

#include <QDateTime>

namespace dw {

bool SqliteSyncStateWriter::prepare(sqlite3 *store, QString *error)
{
    m_store = store;
    // attempts counts every time a run applied the record; hashes keep the values of the last
    // successful sync, so a failure does not erase what the record looked like when it last
    // got across (echo suppression and conflict detection compare against them).
    return m_state.prepare(store,
               QStringLiteral(
                   "INSERT INTO record_states (map_id, record_key, source_key, status,"
                   " last_direction, dataverse_hash, finance_hash, attempts, error_class,"
                   " error_message, last_attempt_at, last_run_id)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8, ?9, ?10, ?11)"
                   " ON CONFLICT (map_id, record_key) DO UPDATE SET"
                   " source_key = excluded.source_key, status = excluded.status,"
                   " last_direction = excluded.last_direction,"
                   " dataverse_hash = COALESCE(excluded.dataverse_hash, "
                   "record_states.dataverse_hash),"
                   " finance_hash = COALESCE(excluded.finance_hash, record_states.finance_hash),"
                   " attempts = record_states.attempts + 1, error_class = excluded.error_class,"
                   " error_message = excluded.error_message,"
                   " last_attempt_at = excluded.last_attempt_at, last_run_id = "
                   "excluded.last_run_id"),
               error)
        && m_stateInPlace.prepare(store,
            QStringLiteral("UPDATE record_states SET attempts = attempts + 1,"
                           " dataverse_hash = COALESCE(?6, dataverse_hash),"
                           " finance_hash = COALESCE(?7, finance_hash), error_class = ?8,"
                           " error_message = ?9, last_attempt_at = ?10, last_run_id = ?11"
                           " WHERE map_id = ?1 AND record_key = ?2 AND status = ?4"
                           " AND source_key IS ?3 AND last_direction IS ?5"),
            error)
        && m_dropReplaced.prepare(store,
            QStringLiteral("DELETE FROM record_states WHERE map_id = ?1 AND record_key = ?2"),
            error)
        && m_counts.prepare(store,
            QStringLiteral(
                "INSERT INTO run_map_counts (run_id, map_id, read_count, inserted, updated,"
                " unchanged, deleted, skipped, failed, conflicts, duration_ms)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
                " ON CONFLICT (run_id, map_id) DO UPDATE SET"
                " read_count = read_count + excluded.read_count,"
                " inserted = inserted + excluded.inserted, updated = updated + excluded.updated,"
                " unchanged = unchanged + excluded.unchanged, deleted = deleted + excluded.deleted,"
                " skipped = skipped + excluded.skipped, failed = failed + excluded.failed,"
                " conflicts = conflicts + excluded.conflicts,"
                " duration_ms = duration_ms + excluded.duration_ms"),
            error)
        && m_checkpoint.prepare(store,
            QStringLiteral(
                "INSERT INTO sync_checkpoints (map_id, run_id, source_side, cursor, updated_at)"
                " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (map_id) DO UPDATE SET"
                " run_id = excluded.run_id, source_side = excluded.source_side,"
                " cursor = excluded.cursor, updated_at = excluded.updated_at"),
            error)
        && m_clearCheckpoint.prepare(
            store, QStringLiteral("DELETE FROM sync_checkpoints WHERE map_id = ?1"), error)
        && m_watermark.prepare(store,
            QStringLiteral(
                "INSERT INTO map_watermarks (map_id, side, seq) VALUES (?1, ?2, ?3)"
                " ON CONFLICT (map_id, side) DO UPDATE SET seq = MAX(seq, excluded.seq)"),
            error);
}

bool SqliteSyncStateWriter::commitChanges(qint64 mapId, qint64 runId,
    const QList<RecordOutcome> &outcomes, const RunCounts &delta,
    const QList<QPair<Side, qint64>> &watermarks, QString *error)
{
    if (!sqliteExec(m_store, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    if (!writeOutcomes(mapId, runId, outcomes, delta, error))
        return false;
    for (const auto &[side, seq] : watermarks) {
        m_watermark.bindInteger(1, mapId);
        m_watermark.bindText(2, sideId(side).toLatin1());
        m_watermark.bindInteger(3, seq);
        if (!m_watermark.execute()) {
            *error = Tr::tr("Cannot record the outcome of a batch in the state store: %1")
                         .arg(m_watermark.errorMessage());
            QString ignored;
            sqliteExec(m_store, QStringLiteral("ROLLBACK"), &ignored);
            return false;
        }
    }
    return sqliteExec(m_store, QStringLiteral("COMMIT"), error);
}

bool SqliteSyncStateWriter::writeOutcomes(qint64 mapId, qint64 runId,
    const QList<RecordOutcome> &outcomes, const RunCounts &delta, QString *error)
{
    auto fail = [&](const SqliteStatement &statement) {
        *error = Tr::tr("Cannot record the outcome of a batch in the state store: %1")
                     .arg(statement.errorMessage());
        QString ignored;
        sqliteExec(m_store, QStringLiteral("ROLLBACK"), &ignored);
        return false;
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    static const QByteArray kDataverse = sideId(Side::Dataverse).toLatin1();
    static const QByteArray kFinance = sideId(Side::Finance).toLatin1();
    for (const RecordOutcome &o : outcomes) {
        const bool dropOld = !o.replacesKey.isEmpty() && o.replacesKey != o.recordKey;
        if (dropOld || o.deleted) {
            m_dropReplaced.bindInteger(1, mapId);
            m_dropReplaced.bindText(2, o.deleted ? o.recordKey : o.replacesKey);
            if (!m_dropReplaced.execute())
                return fail(m_dropReplaced);
            if (o.deleted)
                continue;
        }
        const auto bind = [&](SqliteStatement &statement) {
            statement.bindInteger(1, mapId);
            // The outcomes outlive execute(): their bytes can be bound without copies.
            statement.bindTextInPlace(2, o.recordKey);
            statement.bindTextInPlace(3, o.sourceKey);
            statement.bindInteger(4, int(o.status));
            statement.bindTextInPlace(5, o.direction == Side::Dataverse ? kDataverse : kFinance);
            if (o.hasHashes) {
                statement.bindBlob(6, RecordCodec::hashBytes(o.dataverseHash));
                statement.bindBlob(7, RecordCodec::hashBytes(o.financeHash));
            } else {
                statement.bindNull(6);
                statement.bindNull(7);
            }
            if (o.errorClass == ErrorClass::None) {
                statement.bindNull(8);
                statement.bindNull(9);
            } else {
                statement.bindText(8, errorClassId(o.errorClass).toLatin1());
                statement.bindText(9, o.message.toUtf8());
            }
            statement.bindInteger(10, now);
            statement.bindInteger(11, runId);
        };
        // Most outcomes repeat the record's status, direction and source key: then an update
        // that leaves every indexed column alone dirties only the record's own page.
        bind(m_stateInPlace);
        if (!m_stateInPlace.execute())
            return fail(m_stateInPlace);
        if (m_stateInPlace.changes() > 0)
            continue;
        bind(m_state);
        if (!m_state.execute())
            return fail(m_state);
    }
    const qint64 values[]
        = { runId, mapId, delta.read, delta.inserted, delta.updated, delta.unchanged, delta.deleted,
              delta.skipped, delta.failed, delta.conflicts, delta.durationMs };
    for (int i = 0; i < 11; ++i)
        m_counts.bindInteger(i + 1, values[i]);
    if (!m_counts.execute())
        return fail(m_counts);
    return true;
}

bool SqliteSyncStateWriter::commit(qint64 mapId, qint64 runId, const QList<RecordOutcome> &outcomes,
    const RunCounts &delta, Side sourceSide, const QByteArray &checkpoint, bool clearCheckpoint,
    QString *error)
{
    if (!sqliteExec(m_store, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    if (!writeOutcomes(mapId, runId, outcomes, delta, error))
        return false;
    auto fail = [&](const SqliteStatement &statement) {
        *error = Tr::tr("Cannot record the outcome of a batch in the state store: %1")
                     .arg(statement.errorMessage());
        QString ignored;
        sqliteExec(m_store, QStringLiteral("ROLLBACK"), &ignored);
        return false;
    };
    if (clearCheckpoint) {
        m_clearCheckpoint.bindInteger(1, mapId);
        if (!m_clearCheckpoint.execute())
            return fail(m_clearCheckpoint);
    } else if (!checkpoint.isNull()) {
        m_checkpoint.bindInteger(1, mapId);
        m_checkpoint.bindInteger(2, runId);
        m_checkpoint.bindText(3, sideId(sourceSide).toLatin1());
        m_checkpoint.bindText(4, checkpoint);
        m_checkpoint.bindInteger(5, QDateTime::currentMSecsSinceEpoch());
        if (!m_checkpoint.execute())
            return fail(m_checkpoint);
    }
    return sqliteExec(m_store, QStringLiteral("COMMIT"), error);
}

} // namespace dw
