#pragma once

#include "batchapplier.h"
#include "recordstatereader.h"
#include "runcounts.h"

#include <QSqlDatabase>

namespace dw {

// One direction a map's changes flow in: from a source side through a plan to the other side.
struct ChangeFlow
{
    const MapPlan *plan = nullptr;
    QSqlDatabase source; // the source environment (change log and rows)
    QSqlDatabase target;
    LookupResolver *lookups = nullptr;
    qint64 watermark = 0; // last change-log sequence already applied
};

// Applies a map's captured changes (live sync): for each source side, the changes after its
// watermark, several changes of one key coalesced into the row's current state. A change whose
// outgoing values equal those of the last sync is the engine's own write coming back (or a
// change to columns that do not travel) and is not sent on. In a two-way map a record changed
// on both sides since its last sync is a conflict, settled by the map's policy: the master's
// version, the newest, or left in Conflict for the administrator. Target writes commit first,
// then record states and watermarks together, so a crash re-applies (harmlessly) what was not
// recorded. Use on the thread owning all connections.
class CatchUpSync
{
public:
    CatchUpSync(const TableMap &map, qint64 mapId, qint64 runId, QList<ChangeFlow> flows,
        const QSqlDatabase &store);

    // Applies up to `limit` changes per side. *more is true when changes remain after them.
    bool pass(int limit, RunCounts *counts, bool *more, QString *error);
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    // The watermarks after the passes so far, per flow.
    qint64 watermark(int flow) const { return m_flows.at(flow).watermark; }

private:
    struct Candidate;
    bool collect(int flow, int limit, QList<Candidate> *candidates, qint64 *lastSeq, bool *more,
        RunCounts *counts, QString *error);
    bool findState(const QByteArray &recordKey, const QByteArray &sourceKey, QByteArray *foundKey,
        int *status, QByteArray *dataverseHash, QByteArray *financeHash, QString *error);

    TableMap m_map;
    qint64 m_mapId;
    qint64 m_runId;
    QList<ChangeFlow> m_flows;
    QSqlDatabase m_store;
    RetryPolicy m_retry;
    RecordStateReader m_states;
};

} // namespace dw
