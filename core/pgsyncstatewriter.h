#pragma once

#include "syncstatewriter.h"

#include <QSqlQuery>
#include <array>

namespace dw {

// SyncStateWriter on a PostgreSQL state store (a workspace shared by several machines). The
// statements are those of the SQLite writer in PostgreSQL's words, inside one transaction per
// batch. Record states go in multi-row statements, one round trip per 500 records, unless the
// batch replaces or deletes states or names a record twice: then one prepared statement per
// record keeps their order.
class PgSyncStateWriter final : public SyncStateWriter
{
public:
    explicit PgSyncStateWriter(const QSqlDatabase &store);
    bool prepare(QString *error);

    bool commit(qint64 mapId, qint64 runId, const QList<RecordOutcome> &outcomes,
        const RunCounts &delta, Side sourceSide, const QByteArray &checkpoint, bool clearCheckpoint,
        QString *error) override;
    bool commitChanges(qint64 mapId, qint64 runId, const QList<RecordOutcome> &outcomes,
        const RunCounts &delta, const QList<QPair<Side, qint64>> &watermarks,
        QString *error) override;

private:
    bool begin(QString *error);
    bool finish(QString *error);
    bool fail(const QSqlQuery &query, QString *error);
    bool writeOutcomes(qint64 mapId, qint64 runId, const QList<RecordOutcome> &outcomes,
        const RunCounts &delta, QString *error);
    bool writeStatesInOneGo(qint64 mapId, qint64 runId, qint64 now,
        const QList<RecordOutcome> &outcomes, QString *error);
    // The record_states values of an outcome, in column order, attempts left out.
    static std::array<QVariant, 11> stateValues(
        qint64 mapId, qint64 runId, qint64 now, const RecordOutcome &o);

    QSqlDatabase m_store;
    QSqlQuery m_state;
    QSqlQuery m_dropReplaced;
    QSqlQuery m_counts;
    QSqlQuery m_checkpoint;
    QSqlQuery m_clearCheckpoint;
    QSqlQuery m_watermark;
};

} // namespace dw
