#pragma once

#include "recordoutcome.h"
#include "recordtransformer.h"
#include "runcounts.h"
#include "sqlitetablewriter.h"

namespace dw {

// Applies a page of source rows to the target in one transaction: transform, convert, upsert by
// key. A record that fails (a transform error or a target constraint) fails alone; the others
// commit. Produces one RecordOutcome per source row and adds to the counts. Use on the thread
// owning the connections.
class BatchApplier
{
public:
    BatchApplier(const MapPlan &plan, LookupResolver *lookups);

    bool prepare(sqlite3 *target, QString *error);
    bool apply(
        const RowBuffer &source, QList<RecordOutcome> *outcomes, RunCounts *counts, QString *error);

    // The record key a source row is filed under when its Finance key cannot be computed.
    static QByteArray provisionalKey(const QByteArray &sourceKey);
    static bool isProvisionalKey(const QString &recordKey);

private:
    bool recordKey(
        const RowBuffer &source, int row, int targetRow, bool keyTransformed, QByteArray *key);

    const MapPlan &m_plan;
    RecordTransformer m_transformer;
    SqliteTableWriter m_writer;
    sqlite3 *m_target = nullptr;
    RowBuffer m_rows;
    RowBuffer m_keyRow;
    QList<int> m_targetColumns;
    QList<int> m_keySteps;
};

} // namespace dw
