#include "catchupsync.h"

#include "changecapture.h"
#include "recordcodec.h"
#include "sourcereader.h"
#include "syncstatewriter.h"
#include "tr.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <memory>

namespace dw {

struct CatchUpSync::Candidate
{
    int flow = 0;
    QByteArray recordKey;
    QByteArray sourceKey;
    QByteArray replacesKey; // a provisional key the record was filed under
    bool deleted = false;
    qint64 at = 0;
    std::shared_ptr<RowBuffer> row; // the current source row, or only its key for a deletion
};

CatchUpSync::CatchUpSync(const TableMap &map, qint64 mapId, qint64 runId, QList<ChangeFlow> flows,
    const QSqlDatabase &store)
    : m_map(map)
    , m_mapId(mapId)
    , m_runId(runId)
    , m_flows(std::move(flows))
    , m_store(store)
    , m_states(store, mapId)
{ }

bool CatchUpSync::findState(const QByteArray &recordKey, const QByteArray &sourceKey,
    QByteArray *foundKey, int *status, QByteArray *dataverseHash, QByteArray *financeHash,
    QString *error)
{
    StoredRecordState state;
    if (!m_states.find(recordKey, sourceKey, &state, error))
        return false;
    *foundKey = state.recordKey;
    if (!state.recordKey.isEmpty()) {
        *status = state.status;
        *dataverseHash = state.dataverseHash;
        *financeHash = state.financeHash;
    }
    return true;
}

bool CatchUpSync::collect(int flowIndex, int limit, QList<Candidate> *candidates, qint64 *lastSeq,
    bool *more, RunCounts *counts, QString *error)
{
    const ChangeFlow &flow = m_flows.at(flowIndex);
    const MapPlan &plan = *flow.plan;
    QList<CapturedChange> changes;
    if (!ChangeCapture(flow.source)
             .read(plan.sourceTable.name, flow.watermark, limit, &changes, error))
        return false;
    *lastSeq = changes.isEmpty() ? flow.watermark : changes.constLast().seq;
    *more = *more || changes.size() == limit;

    // Several changes of one key become one: the row as it is now.
    QHash<QByteArray, qsizetype> latestByKey;
    QList<CapturedChange> latest;
    for (const CapturedChange &change : std::as_const(changes)) {
        const auto it = latestByKey.constFind(change.keyJson);
        if (it != latestByKey.constEnd()) {
            latest[*it] = change;
        } else {
            latestByKey.insert(change.keyJson, latest.size());
            latest.append(change);
        }
    }

    const std::unique_ptr<SourceReader> reader = makeSourceReader(flow.source);
    if (!reader) {
        *error = Tr::tr("The %1 environment uses the driver %2, which sync cannot read from.")
                     .arg(sideName(plan.source), flow.source.driverName());
        return false;
    }
    if (!reader->prepare(plan, error))
        return false;
    RecordTransformer transformer(plan, flow.lookups);
    QStringList keyColumns;
    for (int index : plan.sourceKeyIndexes)
        keyColumns.append(plan.sourceColumns.at(index));
    const int width = int(plan.sourceColumns.size());
    RowBuffer keys;
    RowBuffer keyTarget(int(plan.steps.size()));
    QList<Candidate> pending;
    for (const CapturedChange &change : std::as_const(latest)) {
        if (!ChangeCapture::decodeKey(change.keyJson, keyColumns, &keys)) {
            ++counts->read;
            ++counts->skipped; // a log entry without the map's key columns: nothing to identify
            continue;
        }
        auto row = std::make_shared<RowBuffer>(width);
        bool found = false;
        bool exists = false;
        if (!reader->readByKeyFiltered(keys, 0, *row, &found, &exists, error))
            return false;
        if (!found && exists) {
            ++counts->read;
            ++counts->skipped; // the row does not pass the map's filter
            continue;
        }
        Candidate candidate;
        candidate.flow = flowIndex;
        candidate.at = change.at;
        candidate.deleted = !found;
        if (!found) {
            row->reset(width);
            row->appendRow();
            for (qsizetype k = 0; k < plan.sourceKeyIndexes.size(); ++k)
                row->copyCell(0, plan.sourceKeyIndexes.at(k), keys, keys.cell(0, int(k)));
        }
        candidate.row = row;
        candidate.sourceKey = RecordCodec::encodeCursor(*row, 0, plan.sourceKeyIndexes);
        if (plan.source == Side::Finance) {
            candidate.recordKey = RecordCodec::encodeKey(*row, 0, plan.sourceKeyIndexes);
        } else {
            keyTarget.reset(int(plan.steps.size()));
            keyTarget.appendRow();
            FieldError keyError;
            if (transformer.transformSteps(plan.targetKeySteps, *row, 0, keyTarget, 0, &keyError))
                candidate.recordKey = RecordCodec::encodeKey(keyTarget, 0, plan.targetKeySteps);
        }
        pending.append(candidate);
    }

    // The states of all of them at once where the store is a server: a round trip per change
    // would make a long queue wait on the network.
    QList<QByteArray> stateKeys;
    for (const Candidate &candidate : std::as_const(pending)) {
        if (candidate.recordKey.isEmpty())
            continue;
        stateKeys.append(candidate.recordKey);
        stateKeys.append(BatchApplier::provisionalKey(
            RecordCodec::encodeKey(*candidate.row, 0, plan.sourceKeyIndexes)));
    }
    if (!m_states.prefetch(stateKeys, error))
        return false;

    for (Candidate &candidate : pending) {
        const RowBuffer *row = candidate.row.get();
        QByteArray stateKey;
        int status = -1;
        QByteArray dataverseHash;
        QByteArray financeHash;
        if (!findState(candidate.recordKey, candidate.sourceKey, &stateKey, &status, &dataverseHash,
                &financeHash, error))
            return false;
        if (stateKey.isEmpty() && !candidate.recordKey.isEmpty()) {
            // Filed under a provisional key while its real key could not be computed?
            const QByteArray provisional = BatchApplier::provisionalKey(
                RecordCodec::encodeKey(*row, 0, plan.sourceKeyIndexes));
            if (!findState(provisional, QByteArray(), &stateKey, &status, &dataverseHash,
                    &financeHash, error))
                return false;
            if (!stateKey.isEmpty())
                candidate.replacesKey = stateKey;
        }
        if (candidate.recordKey.isEmpty())
            candidate.recordKey = stateKey.isEmpty() ? BatchApplier::provisionalKey(
                                      RecordCodec::encodeKey(*row, 0, plan.sourceKeyIndexes))
                                                     : stateKey;
        const bool hasState = !stateKey.isEmpty();
        if (candidate.deleted && !hasState)
            continue; // never synced: nothing to delete on the other side
        if (status == int(RecordStatus::Conflict) || status == int(RecordStatus::Skipped)) {
            ++counts->read;
            ++counts->skipped; // waits for the administrator
            continue;
        }
        if (!candidate.deleted && status == int(RecordStatus::Synced)) {
            const QByteArray current
                = RecordCodec::hashBytes(RecordCodec::hash(*row, 0, plan.sourceHashIndexes));
            if (current == (plan.source == Side::Dataverse ? dataverseHash : financeHash)) {
                ++counts->read;
                ++counts->unchanged; // our own write coming back, or no travelling column changed
                continue;
            }
        }
        candidates->append(candidate);
    }
    return true;
}

bool CatchUpSync::pass(int limit, RunCounts *counts, bool *more, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    RunCounts delta;
    *more = false;
    QList<QList<Candidate>> byFlow(m_flows.size());
    QList<qint64> lastSeq(m_flows.size(), 0);
    for (int f = 0; f < m_flows.size(); ++f) {
        if (!collect(f, limit, &byFlow[f], &lastSeq[f], more, &delta, error))
            return false;
    }

    QList<RecordOutcome> outcomes;
    if (m_flows.size() == 2) {
        // Changed on both sides since the last sync: a conflict.
        QHash<QByteArray, qsizetype> second;
        for (qsizetype i = 0; i < byFlow[1].size(); ++i)
            second.insert(byFlow[1].at(i).recordKey, i);
        QSet<qsizetype> dropFirst;
        QSet<qsizetype> dropSecond;
        for (qsizetype i = 0; i < byFlow[0].size(); ++i) {
            const auto it = second.constFind(byFlow[0].at(i).recordKey);
            if (it == second.constEnd())
                continue;
            const Candidate &a = byFlow[0].at(i);
            const Candidate &b = byFlow[1].at(*it);
            ++delta.conflicts;
            ++delta.read; // the losing version (both, when the administrator decides) ends here
            ++delta.skipped;
            const Side sideA = m_flows.at(0).plan->source;
            const bool aIsMaster = sideA == m_map.conflictMaster;
            switch (m_map.conflictPolicy) {
            case ConflictPolicy::Master:
                (aIsMaster ? dropSecond : dropFirst).insert(aIsMaster ? *it : i);
                break;
            case ConflictPolicy::Newest:
                if (a.at > b.at || (a.at == b.at && aIsMaster))
                    dropSecond.insert(*it);
                else
                    dropFirst.insert(i);
                break;
            case ConflictPolicy::Manual: {
                dropFirst.insert(i);
                dropSecond.insert(*it);
                ++delta.read;
                ++delta.skipped;
                RecordOutcome conflict;
                conflict.recordKey = a.recordKey;
                // Dataverse's key of the record, so either side's row can be found when the
                // administrator picks one; Finance's key is the record key itself.
                conflict.sourceKey = sideA == Side::Dataverse ? a.sourceKey : b.sourceKey;
                conflict.status = RecordStatus::Conflict;
                conflict.direction = Side::Finance;
                conflict.errorClass = ErrorClass::Validation;
                conflict.message
                    = Tr::tr("Map \"%1\", record %2: changed in both Dataverse and Finance "
                             "since the last sync; choose the version to keep.")
                          .arg(m_map.name, RecordCodec::displayKey(QString::fromUtf8(a.recordKey)));
                outcomes.append(conflict);
                break;
            }
            }
        }
        auto removeDropped = [](QList<Candidate> &list, const QSet<qsizetype> &drop) {
            QList<Candidate> kept;
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (!drop.contains(i))
                    kept.append(list.at(i));
            }
            list = kept;
        };
        removeDropped(byFlow[0], dropFirst);
        removeDropped(byFlow[1], dropSecond);
    }

    for (int f = 0; f < m_flows.size(); ++f) {
        const ChangeFlow &flow = m_flows.at(f);
        const int width = int(flow.plan->sourceColumns.size());
        RowBuffer upserts(width);
        RowBuffer deletions(width);
        QList<QByteArray> deletedKeys;
        QList<QByteArray> replaces;
        for (const Candidate &c : std::as_const(byFlow[f])) {
            RowBuffer &into = c.deleted ? deletions : upserts;
            const int row = into.appendRow();
            for (int column = 0; column < width; ++column)
                into.copyCell(row, column, *c.row, c.row->cell(0, column));
            if (c.deleted)
                deletedKeys.append(c.recordKey);
            else
                replaces.append(c.replacesKey);
        }
        if (upserts.rowCount() == 0 && deletions.rowCount() == 0)
            continue;
        BatchApplier applier(*flow.plan, flow.lookups);
        applier.setRetryPolicy(m_retry);
        QList<RecordOutcome> applied;
        if (!applier.prepare(flow.target, error)
            || !applier.apply(upserts, deletions, deletedKeys, &applied, &delta, error))
            return false;
        for (qsizetype i = 0; i < replaces.size(); ++i)
            applied[i].replacesKey = replaces.at(i);
        outcomes += applied;
    }

    QList<QPair<Side, qint64>> watermarks;
    for (int f = 0; f < m_flows.size(); ++f)
        watermarks.append({ m_flows.at(f).plan->source, lastSeq.at(f) });
    delta.durationMs = timer.elapsed();
    const std::unique_ptr<SyncStateWriter> writer = SyncStateWriter::create(m_store, error);
    if (!writer || !writer->commitChanges(m_mapId, m_runId, outcomes, delta, watermarks, error))
        return false;
    for (int f = 0; f < m_flows.size(); ++f)
        m_flows[f].watermark = lastSeq.at(f);
    *counts += delta;
    return true;
}

} // namespace dw
