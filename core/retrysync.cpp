#include "retrysync.h"

#include "recordcodec.h"
#include "sourcereader.h"
#include "sqlitestatement.h"
#include "syncstatewriter.h"
#include "tr.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace dw {

namespace {
struct FailedRecord
{
    QString recordKey;
    QByteArray sourceKey;
};
constexpr int kBatch = 500;
} // namespace

RetrySync::RetrySync(const MapPlan &plan, LookupResolver *lookups, qint64 mapId, qint64 runId)
    : m_plan(plan)
    , m_lookups(lookups)
    , m_mapId(mapId)
    , m_runId(runId)
{ }

bool RetrySync::run(const QSqlDatabase &source, const QSqlDatabase &target,
    const QSqlDatabase &store, const QStringList &recordKeys, RunCounts *counts,
    QStringList *notFailed, QString *error)
{
    QList<FailedRecord> failed;
    {
        QSqlQuery query(store);
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT record_key, source_key FROM record_states"
                           " WHERE map_id = ? AND status = ? AND (? OR last_direction = ?)"
                           " ORDER BY record_key"));
        query.addBindValue(m_mapId);
        query.addBindValue(int(m_selection.status));
        query.addBindValue(!m_selection.sameDirectionOnly);
        query.addBindValue(sideId(m_plan.target));
        if (!query.exec()) {
            *error = Tr::tr("Cannot read the failed records: %1").arg(query.lastError().text());
            return false;
        }
        const bool onlyWanted = !recordKeys.isEmpty();
        QSet<QString> wanted(recordKeys.cbegin(), recordKeys.cend());
        while (query.next()) {
            const QString key = query.value(0).toString();
            if (onlyWanted && !wanted.remove(key))
                continue;
            failed.append({ key, query.value(1).toByteArray() });
        }
        *notFailed = QStringList(wanted.cbegin(), wanted.cend());
        notFailed->sort();
    }

    const std::unique_ptr<SourceReader> reader = makeSourceReader(source);
    BatchApplier applier(m_plan, m_lookups);
    applier.setRetryPolicy(m_retry);
    if (!reader) {
        *error = Tr::tr("The %1 environment uses the driver %2, which sync cannot read from.")
                     .arg(sideName(m_plan.source), source.driverName());
        return false;
    }
    if (!reader->prepare(m_plan, error) || !applier.prepare(target, error))
        return false;
    const std::unique_ptr<SyncStateWriter> writer = SyncStateWriter::create(store, error);
    if (!writer)
        return false;

    const int keyCount = int(m_plan.sourceKeyIndexes.size());
    RowBuffer keys;
    RowBuffer row;
    RowBuffer batch;
    for (qsizetype start = 0; start < failed.size(); start += kBatch) {
        QElapsedTimer timer;
        timer.start();
        batch.reset(int(m_plan.sourceColumns.size()));
        QList<RecordOutcome> outcomes;
        QList<QString> originalKeys;
        RunCounts delta;
        for (qsizetype i = start; i < qMin(failed.size(), start + kBatch); ++i) {
            const FailedRecord &record = failed.at(i);
            bool found = false;
            bool keysRead = false;
            if (m_selection.sourceKeyFromRecordKey) {
                const QStringList parts = RecordCodec::splitKey(record.recordKey);
                keysRead = parts.size() == keyCount;
                keys.reset(keyCount);
                keys.appendRow();
                for (int k = 0; keysRead && k < keyCount; ++k)
                    keys.setText(0, k, parts.at(k).toUtf8());
            } else {
                keysRead = RecordCodec::decodeCursor(record.sourceKey, &keys)
                    && keys.columnCount() == keyCount;
            }
            if (keysRead && !reader->readByKey(keys, 0, row, &found, error))
                return false;
            if (!found) {
                // The row is gone (or its key unreadable): the record stays failed and says why.
                RecordOutcome outcome;
                outcome.recordKey = record.recordKey.toUtf8();
                outcome.sourceKey = record.sourceKey;
                outcome.status = RecordStatus::Failed;
                outcome.direction = m_plan.target;
                outcome.errorClass = ErrorClass::Validation;
                outcome.message
                    = Tr::tr("Map \"%1\", record %2: the source row no longer exists in "
                             "the %3 table %4; skip the record or restore the row.")
                          .arg(m_plan.map.name, RecordCodec::displayKey(record.recordKey),
                              sideName(m_plan.source), m_plan.sourceTable.name);
                outcomes.append(outcome);
                ++delta.read;
                ++delta.failed;
                continue;
            }
            const int at = batch.appendRow();
            for (int c = 0; c < batch.columnCount(); ++c)
                batch.copyCell(at, c, row, row.cell(0, c));
            originalKeys.append(record.recordKey);
        }
        QList<RecordOutcome> applied;
        if (batch.rowCount() > 0 && !applier.apply(batch, &applied, &delta, error))
            return false;
        for (qsizetype i = 0; i < applied.size(); ++i) {
            if (BatchApplier::isProvisionalKey(originalKeys.at(i)))
                applied[i].replacesKey = originalKeys.at(i).toUtf8();
        }
        outcomes += applied;
        delta.durationMs = timer.elapsed();
        if (!writer->commit(
                m_mapId, m_runId, outcomes, delta, m_plan.source, QByteArray(), false, error))
            return false;
        *counts += delta;
    }
    return true;
}

} // namespace dw
