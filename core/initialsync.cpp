#include "initialsync.h"

#include "recordcodec.h"
#include "sourcereader.h"
#include "syncstatewriter.h"
#include "tr.h"

#include <QElapsedTimer>

namespace dw {

InitialSync::InitialSync(const MapPlan &plan, LookupResolver *lookups, qint64 mapId, qint64 runId)
    : m_plan(plan)
    , m_lookups(lookups)
    , m_mapId(mapId)
    , m_runId(runId)
{ }

InitialSync::Result InitialSync::run(const QSqlDatabase &source, const QSqlDatabase &target,
    const QSqlDatabase &store, const QByteArray &resumeCursor, RunCounts *counts, QString *error)
{
    const std::unique_ptr<SourceReader> reader = makeSourceReader(source);
    if (!reader) {
        *error = Tr::tr("The %1 environment uses the driver %2, which sync cannot read from.")
                     .arg(sideName(m_plan.source), source.driverName());
        return Result::Failed;
    }
    BatchApplier applier(m_plan, m_lookups);
    applier.setRetryPolicy(m_retry);
    if (!reader->prepare(m_plan, error) || !applier.prepare(target, error))
        return Result::Failed;
    const std::unique_ptr<SyncStateWriter> writer = SyncStateWriter::create(store, error);
    if (!writer)
        return Result::Failed;

    MapProgress progress;
    progress.map = m_plan.map.name;
    progress.done = m_alreadyDone;
    if (!reader->countRows(&progress.total, error))
        return Result::Failed;

    const int keyCount = int(m_plan.sourceKeyIndexes.size());
    RowBuffer cursor(keyCount);
    bool hasCursor = false;
    if (!resumeCursor.isEmpty()) {
        if (!RecordCodec::decodeCursor(resumeCursor, &cursor) || cursor.columnCount() != keyCount) {
            *error = Tr::tr("Map \"%1\": the saved position of the interrupted initial sync is "
                            "damaged; start the initial sync again from the beginning.")
                         .arg(m_plan.map.name);
            return Result::Failed;
        }
        hasCursor = true;
    }

    RowBuffer page;
    QList<RecordOutcome> outcomes;
    for (;;) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            return Result::Cancelled;
        QElapsedTimer timer;
        timer.start();
        if (!reader->readPage(hasCursor ? &cursor : nullptr, m_pageSize, page, error))
            return Result::Failed;
        const int rows = page.rowCount();
        const bool last = rows < m_pageSize;
        outcomes.clear();
        RunCounts delta;
        if (rows > 0 && !applier.apply(page, &outcomes, &delta, error))
            return Result::Failed;
        QByteArray checkpoint;
        if (rows > 0) {
            checkpoint = RecordCodec::encodeCursor(page, rows - 1, m_plan.sourceKeyIndexes);
            cursor.reset(keyCount);
            const int row = cursor.appendRow();
            for (int k = 0; k < keyCount; ++k)
                cursor.copyCell(row, k, page, page.cell(rows - 1, m_plan.sourceKeyIndexes.at(k)));
            hasCursor = true;
        }
        delta.durationMs = timer.elapsed();
        if (!writer->commit(
                m_mapId, m_runId, outcomes, delta, m_plan.source, checkpoint, last, error))
            return Result::Failed;
        *counts += delta;
        progress.done += rows;
        progress.counts = *counts;
        if (m_progress)
            m_progress(progress);
        if (last)
            return Result::Completed;
    }
}

} // namespace dw
