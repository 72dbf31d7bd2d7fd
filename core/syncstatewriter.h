#pragma once

#include "recordoutcome.h"
#include "runcounts.h"

#include <QSqlDatabase>
#include <memory>

namespace dw {

// Commits the bookkeeping of one applied batch to the state store in a single transaction: the
// batch's record states, the run's counts for the map, and the map's checkpoint. Because the
// three move together, a crash leaves either all of a batch's bookkeeping or none of it; the
// batch itself is then simply re-applied (its writes are upserts) and recorded once.
class SyncStateWriter
{
public:
    virtual ~SyncStateWriter() = default;

    // The writer for the store's driver (SQLite or PostgreSQL), its statements prepared.
    static std::unique_ptr<SyncStateWriter> create(const QSqlDatabase &store, QString *error);

    // An empty checkpoint clears the map's checkpoint (the sync finished).
    virtual bool commit(qint64 mapId, qint64 runId, const QList<RecordOutcome> &outcomes,
        const RunCounts &delta, Side sourceSide, const QByteArray &checkpoint, bool clearCheckpoint,
        QString *error)
        = 0;
    // Live sync: the same, moving the map's change-log watermarks instead of a checkpoint.
    virtual bool commitChanges(qint64 mapId, qint64 runId, const QList<RecordOutcome> &outcomes,
        const RunCounts &delta, const QList<QPair<Side, qint64>> &watermarks, QString *error)
        = 0;
};

} // namespace dw
