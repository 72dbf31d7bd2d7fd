#pragma once

#include "recordoutcome.h"
#include "runcounts.h"
#include "sqlitestatement.h"

namespace dw {

// Commits the bookkeeping of one applied batch to the state store in a single transaction: the
// batch's record states, the run's counts for the map, and the map's checkpoint. Because the
// three move together, a crash leaves either all of a batch's bookkeeping or none of it; the
// batch itself is then simply re-applied (its writes are upserts) and recorded once.
class SyncStateWriter
{
public:
    bool prepare(sqlite3 *store, QString *error);

    // An empty checkpoint clears the map's checkpoint (the sync finished).
    bool commit(qint64 mapId, qint64 runId, const QList<RecordOutcome> &outcomes,
        const RunCounts &delta, Side sourceSide, const QByteArray &checkpoint, bool clearCheckpoint,
        QString *error);
    // Live sync: the same, moving the map's change-log watermarks instead of a checkpoint.
    bool commitChanges(qint64 mapId, qint64 runId, const QList<RecordOutcome> &outcomes,
        const RunCounts &delta, const QList<QPair<Side, qint64>> &watermarks, QString *error);

private:
    sqlite3 *m_store = nullptr;
    SqliteStatement m_state;
    SqliteStatement m_stateInPlace;
    SqliteStatement m_dropReplaced;
    SqliteStatement m_counts;
    SqliteStatement m_checkpoint;
    SqliteStatement m_clearCheckpoint;
    SqliteStatement m_watermark;

    bool writeOutcomes(qint64 mapId, qint64 runId, const QList<RecordOutcome> &outcomes,
        const RunCounts &delta, QString *error);
};

} // namespace dw
