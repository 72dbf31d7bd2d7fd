#pragma once

#include "recordoutcome.h"
#include "recordtransformer.h"
#include "runcounts.h"
#include "tablewriter.h"
#include "transientretry.h"

#include <memory>

namespace dw {

// Applies a page of source rows to the target in one transaction: transform, convert, upsert by
// key; and, for live sync, deletes of records whose source row is gone. A record that fails (a
// transform error or a target constraint) fails alone; the others commit. Produces one
// RecordOutcome per record and adds to the counts. Use on the thread owning the connections.
//
// The target is reached through a TableWriter, so any environment driver works; rows go to it a
// page at a time, which lets a server database take them in one round trip.
//
// Each outcome carries the hash of both sides' outgoing values: the source's from the row read,
// the target's from the row as it is after the write (read back only in two-way maps, where
// something flows back; one-way maps use a constant).
class BatchApplier
{
public:
    BatchApplier(const MapPlan &plan, LookupResolver *lookups);

    bool prepare(const QSqlDatabase &target, QString *error);
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
    enum class PageResult { Applied, Busy, ConnectionLost, Failed };
    // One attempt at the page in one transaction; *outcomes and *counts change only when
    // it is applied, so a lost or busy attempt leaves nothing half-counted.
    PageResult applyPage(const RowBuffer &source, const RowBuffer &deletions,
        const QList<QByteArray> &deletedKeys, QList<RecordOutcome> *outcomes, RunCounts *counts,
        QString *cause);
    void transformRow(const RowBuffer &source, int row, RecordOutcome *outcome, QString *cause);
    void finishRow(const RowBuffer &source, int row, const TableWriter::RowResult &result,
        int outgoingRow, RecordOutcome *outcome, QString *cause, RunCounts *counts);
    bool deletionKey(
        const RowBuffer &deletions, int row, const QByteArray &recordKey, RecordOutcome *outcome);
    void finishDeletion(
        const TableWriter::RowResult &result, RecordOutcome *outcome, RunCounts *counts);
    bool recordKey(
        const RowBuffer &source, int row, int targetRow, bool keyTransformed, QByteArray *key);
    QString failureMessage(const RecordOutcome &outcome, const QString &cause) const;
    bool failAll(const RowBuffer &source, const RowBuffer &deletions,
        const QList<QByteArray> &deletedKeys, const QString &cause, QList<RecordOutcome> *outcomes,
        RunCounts *counts);

    const MapPlan &m_plan;
    RecordTransformer m_transformer;
    std::unique_ptr<TableWriter> m_writer;
    RowBuffer m_rows;
    QList<int> m_keySteps;
    RowBuffer m_outgoing;
    QList<int> m_outgoingColumns;
    QList<int> m_writeRows;
    QList<TableWriter::RowResult> m_results;
    quint64 m_noOutgoingHash = 0;
    RetryPolicy m_retry;
};

} // namespace dw
