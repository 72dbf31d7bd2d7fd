#pragma once

#include "recordoutcome.h"
#include "recordtransformer.h"
#include "runcounts.h"
#include "sqlitetablewriter.h"
#include "transientretry.h"

namespace dw {

// Applies a page of source rows to the target in one transaction: transform, convert, upsert by
// key; and, for live sync, deletes of records whose source row is gone. A record that fails (a
// transform error or a target constraint) fails alone; the others commit. Produces one
// RecordOutcome per record and adds to the counts. Use on the thread owning the connections.
//
// Each outcome carries the hash of both sides' outgoing values: the source's from the row read,
// the target's from the row as it is after the write (read back only in two-way maps, where
// something flows back; one-way maps use a constant).
class BatchApplier
{
public:
    BatchApplier(const MapPlan &plan, LookupResolver *lookups);

    bool prepare(sqlite3 *target, QString *error);
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    bool apply(
        const RowBuffer &source, QList<RecordOutcome> *outcomes, RunCounts *counts, QString *error);
    // Upserts the `source` rows and deletes the records in `deletions` (rows of source columns
    // with only the key values set; `deletedKeys` are their record keys), in one transaction.
    bool apply(const RowBuffer &source, const RowBuffer &deletions,
        const QList<QByteArray> &deletedKeys, QList<RecordOutcome> *outcomes, RunCounts *counts,
        QString *error);

    // The record key a source row is filed under when its Finance key cannot be computed.
    static QByteArray provisionalKey(const QByteArray &sourceKey);
    static bool isProvisionalKey(const QString &recordKey);

private:
    void upsertRow(const RowBuffer &source, int row, RecordOutcome *outcome, RunCounts *counts);
    void deleteRow(const RowBuffer &deletions, int row, const QByteArray &recordKey,
        RecordOutcome *outcome, RunCounts *counts);
    bool recordKey(
        const RowBuffer &source, int row, int targetRow, bool keyTransformed, QByteArray *key);
    bool targetHash(int targetRow, quint64 *hash, QString *error);
    QString failureMessage(const RecordOutcome &outcome, const QString &cause) const;
    bool failAll(const RowBuffer &source, const RowBuffer &deletions,
        const QList<QByteArray> &deletedKeys, const QString &cause, QList<RecordOutcome> *outcomes,
        RunCounts *counts);

    const MapPlan &m_plan;
    RecordTransformer m_transformer;
    SqliteTableWriter m_writer;
    sqlite3 *m_target = nullptr;
    RowBuffer m_rows;
    QList<int> m_keySteps;
    SqliteStatement m_outgoing;
    RowBuffer m_outgoingRow;
    QList<int> m_outgoingColumns;
    quint64 m_noOutgoingHash = 0;
    RetryPolicy m_retry;
};

} // namespace dw
