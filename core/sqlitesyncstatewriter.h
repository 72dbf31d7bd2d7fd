#pragma once

#include "sqlitestatement.h"
#include "syncstatewriter.h"

namespace dw {

// SyncStateWriter on a SQLite state store, through the native API: the initial sync of a
// million rows commits a million record states, and a QSqlQuery loop measured about three
// times slower.
class SqliteSyncStateWriter final : public SyncStateWriter
{
public:
    bool prepare(sqlite3 *store, QString *error);

    bool commit(qint64 mapId, qint64 runId, const QList<RecordOutcome> &outcomes,
        const RunCounts &delta, Side sourceSide, const QByteArray &checkpoint, bool clearCheckpoint,
        QString *error) override;
    bool commitChanges(qint64 mapId, qint64 runId, const QList<RecordOutcome> &outcomes,
        const RunCounts &delta, const QList<QPair<Side, qint64>> &watermarks,
        QString *error) override;

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
