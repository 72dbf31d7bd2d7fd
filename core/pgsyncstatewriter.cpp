#include "pgsyncstatewriter.h"

#include "recordcodec.h"
#include "tr.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

namespace dw {

namespace {

// Text columns take QString: a QByteArray would reach PostgreSQL as bytea.
QVariant text(const QByteArray &utf8)
{
    return utf8.isNull() ? QVariant(QMetaType::fromType<QString>()) : QString::fromUtf8(utf8);
}

// attempts counts every time a run applied the record; hashes keep the values of the last
// successful sync (see SqliteSyncStateWriter).
constexpr char kInsertState[]
    = "INSERT INTO record_states (map_id, record_key, source_key, status, last_direction,"
      " dataverse_hash, finance_hash, attempts, error_class, error_message,"
      " last_attempt_at, last_run_id) VALUES";
constexpr char kOnStateConflict[]
    = " ON CONFLICT (map_id, record_key) DO UPDATE SET"
      " source_key = excluded.source_key, status = excluded.status,"
      " last_direction = excluded.last_direction,"
      " dataverse_hash = COALESCE(excluded.dataverse_hash, record_states.dataverse_hash),"
      " finance_hash = COALESCE(excluded.finance_hash, record_states.finance_hash),"
      " attempts = record_states.attempts + 1, error_class = excluded.error_class,"
      " error_message = excluded.error_message,"
      " last_attempt_at = excluded.last_attempt_at, last_run_id = excluded.last_run_id";

// Rows per multi-row statement: one round trip each instead of one per record.
constexpr qsizetype kRowsPerStatement = 500;

// A batch goes in multi-row statements when each record appears once and none replaces or
// drops another state: then the order of its outcomes does not matter. (One statement may not
// update a row twice, and a replaced key must go before its successor is written.)
bool insertableInOneGo(const QList<RecordOutcome> &outcomes)
{
    QSet<QByteArray> keys;
    keys.reserve(outcomes.size());
    for (const RecordOutcome &o : outcomes) {
        if (o.deleted || (!o.replacesKey.isEmpty() && o.replacesKey != o.recordKey))
            return false;
        keys.insert(o.recordKey);
    }
    return keys.size() == outcomes.size();
}

} // namespace

PgSyncStateWriter::PgSyncStateWriter(const QSqlDatabase &store)
    : m_store(store)
    , m_state(store)
    , m_dropReplaced(store)
    , m_counts(store)
    , m_checkpoint(store)
    , m_clearCheckpoint(store)
    , m_watermark(store)
{ }

bool PgSyncStateWriter::prepare(QString *error)
{
    const struct
    {
        QSqlQuery *query;
        const char *sql;
    } statements[] = {
        { &m_dropReplaced, "DELETE FROM record_states WHERE map_id = ? AND record_key = ?" },
        { &m_counts,
            "INSERT INTO run_map_counts AS c (run_id, map_id, read_count, inserted, updated,"
            " unchanged, deleted, skipped, failed, conflicts, duration_ms)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, map_id) DO UPDATE SET"
            " read_count = c.read_count + excluded.read_count,"
            " inserted = c.inserted + excluded.inserted, updated = c.updated + excluded.updated,"
            " unchanged = c.unchanged + excluded.unchanged,"
            " deleted = c.deleted + excluded.deleted, skipped = c.skipped + excluded.skipped,"
            " failed = c.failed + excluded.failed, conflicts = c.conflicts + excluded.conflicts,"
            " duration_ms = c.duration_ms + excluded.duration_ms" },
        { &m_checkpoint,
            "INSERT INTO sync_checkpoints (map_id, run_id, source_side, cursor, updated_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (map_id) DO UPDATE SET"
            " run_id = excluded.run_id, source_side = excluded.source_side,"
            " cursor = excluded.cursor, updated_at = excluded.updated_at" },
        { &m_clearCheckpoint, "DELETE FROM sync_checkpoints WHERE map_id = ?" },
        { &m_watermark,
            "INSERT INTO map_watermarks AS w (map_id, side, seq) VALUES (?, ?, ?)"
            " ON CONFLICT (map_id, side) DO UPDATE SET seq = GREATEST(w.seq, excluded.seq)" },
    };
    QSqlQuery *failed = nullptr;
    if (!m_state.prepare(QLatin1String(kInsertState)
            + QStringLiteral(" (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)")
            + QLatin1String(kOnStateConflict)))
        failed = &m_state;
    for (const auto &[query, sql] : statements) {
        if (!failed && !query->prepare(QString::fromLatin1(sql)))
            failed = query;
    }
    if (failed) {
        *error = Tr::tr("Cannot prepare the state store's bookkeeping: %1")
                     .arg(failed->lastError().text());
        return false;
    }
    return true;
}

bool PgSyncStateWriter::begin(QString *error)
{
    if (m_store.transaction())
        return true;
    *error = Tr::tr("Cannot record the outcome of a batch in the state store: %1")
                 .arg(m_store.lastError().text());
    return false;
}

bool PgSyncStateWriter::finish(QString *error)
{
    if (m_store.commit())
        return true;
    *error = Tr::tr("Cannot record the outcome of a batch in the state store: %1")
                 .arg(m_store.lastError().text());
    m_store.rollback();
    return false;
}

bool PgSyncStateWriter::fail(const QSqlQuery &query, QString *error)
{
    *error = Tr::tr("Cannot record the outcome of a batch in the state store: %1")
                 .arg(query.lastError().text());
    m_store.rollback();
    return false;
}

std::array<QVariant, 11> PgSyncStateWriter::stateValues(
    qint64 mapId, qint64 runId, qint64 now, const RecordOutcome &o)
{
    const QVariant noHash = QVariant(QMetaType::fromType<QByteArray>());
    const QVariant noText = QVariant(QMetaType::fromType<QString>());
    const bool failed = o.errorClass != ErrorClass::None;
    return { mapId, text(o.recordKey), text(o.sourceKey), int(o.status), sideId(o.direction),
        o.hasHashes ? QVariant(RecordCodec::hashBytes(o.dataverseHash)) : noHash,
        o.hasHashes ? QVariant(RecordCodec::hashBytes(o.financeHash)) : noHash,
        failed ? QVariant(errorClassId(o.errorClass)) : noText,
        failed ? QVariant(o.message) : noText, now, runId };
}

bool PgSyncStateWriter::writeStatesInOneGo(
    qint64 mapId, qint64 runId, qint64 now, const QList<RecordOutcome> &outcomes, QString *error)
{
    // Values reach the SQL text as the driver's own literals (quoted and escaped by libpq).
    const QSqlDriver *driver = m_store.driver();
    QSqlField field;
    QSqlQuery query(m_store);
    for (qsizetype start = 0; start < outcomes.size(); start += kRowsPerStatement) {
        QString sql = QLatin1String(kInsertState);
        const qsizetype end = qMin(outcomes.size(), start + kRowsPerStatement);
        for (qsizetype i = start; i < end; ++i) {
            sql += i == start ? QStringLiteral(" (") : QStringLiteral(", (");
            const std::array<QVariant, 11> values = stateValues(mapId, runId, now, outcomes.at(i));
            for (int v = 0; v < 11; ++v) {
                field.setMetaType(values[v].metaType());
                field.setValue(values[v]);
                sql += driver->formatValue(field);
                // attempts: 1 for a new state, after the finance hash.
                sql += v == 6 ? QStringLiteral(", 1, ")
                    : v == 10 ? QStringLiteral(")")
                              : QStringLiteral(", ");
            }
        }
        sql += QLatin1String(kOnStateConflict);
        if (!query.exec(sql))
            return fail(query, error);
    }
    return true;
}

bool PgSyncStateWriter::writeOutcomes(qint64 mapId, qint64 runId,
    const QList<RecordOutcome> &outcomes, const RunCounts &delta, QString *error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (insertableInOneGo(outcomes)) {
        if (!writeStatesInOneGo(mapId, runId, now, outcomes, error))
            return false;
    } else {
        for (const RecordOutcome &o : outcomes) {
            const bool dropOld = !o.replacesKey.isEmpty() && o.replacesKey != o.recordKey;
            if (dropOld || o.deleted) {
                m_dropReplaced.bindValue(0, mapId);
                m_dropReplaced.bindValue(1, text(o.deleted ? o.recordKey : o.replacesKey));
                if (!m_dropReplaced.exec())
                    return fail(m_dropReplaced, error);
                if (o.deleted)
                    continue;
            }
            const std::array<QVariant, 11> values = stateValues(mapId, runId, now, o);
            for (int v = 0; v < 11; ++v)
                m_state.bindValue(v, values[v]);
            if (!m_state.exec())
                return fail(m_state, error);
        }
    }
    const qint64 values[]
        = { runId, mapId, delta.read, delta.inserted, delta.updated, delta.unchanged, delta.deleted,
              delta.skipped, delta.failed, delta.conflicts, delta.durationMs };
    for (int i = 0; i < 11; ++i)
        m_counts.bindValue(i, values[i]);
    if (!m_counts.exec())
        return fail(m_counts, error);
    return true;
}

bool PgSyncStateWriter::commit(qint64 mapId, qint64 runId, const QList<RecordOutcome> &outcomes,
    const RunCounts &delta, Side sourceSide, const QByteArray &checkpoint, bool clearCheckpoint,
    QString *error)
{
    if (!begin(error) || !writeOutcomes(mapId, runId, outcomes, delta, error))
        return false;
    if (clearCheckpoint) {
        m_clearCheckpoint.bindValue(0, mapId);
        if (!m_clearCheckpoint.exec())
            return fail(m_clearCheckpoint, error);
    } else if (!checkpoint.isNull()) {
        m_checkpoint.bindValue(0, mapId);
        m_checkpoint.bindValue(1, runId);
        m_checkpoint.bindValue(2, sideId(sourceSide));
        m_checkpoint.bindValue(3, text(checkpoint));
        m_checkpoint.bindValue(4, QDateTime::currentMSecsSinceEpoch());
        if (!m_checkpoint.exec())
            return fail(m_checkpoint, error);
    }
    return finish(error);
}

bool PgSyncStateWriter::commitChanges(qint64 mapId, qint64 runId,
    const QList<RecordOutcome> &outcomes, const RunCounts &delta,
    const QList<QPair<Side, qint64>> &watermarks, QString *error)
{
    if (!begin(error) || !writeOutcomes(mapId, runId, outcomes, delta, error))
        return false;
    for (const auto &[side, seq] : watermarks) {
        m_watermark.bindValue(0, mapId);
        m_watermark.bindValue(1, sideId(side));
        m_watermark.bindValue(2, seq);
        if (!m_watermark.exec())
            return fail(m_watermark, error);
    }
    return finish(error);
}

} // namespace dw
