#include "syncengine.h"

#include "activitylog.h"
#include "catchupsync.h"
#include "changecapture.h"
#include "mapleases.h"
#include "maplifecycle.h"
#include "mapvalidator.h"
#include "recordcodec.h"
#include "retrysync.h"
#include "runstore.h"
#include "sqlitestatement.h"
#include "syncsession.h"
#include "tr.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace dw {

qint64 SyncResult::failedRecords() const
{
    qint64 failed = 0;
    for (const MapRunResult &map : maps)
        failed += map.counts.failed;
    return failed;
}

bool SyncResult::anyMapFailed() const
{
    for (const MapRunResult &map : maps) {
        if (map.errorClass != ErrorClass::None)
            return true;
    }
    return false;
}

namespace {

QString countsText(const RunCounts &c)
{
    return Tr::tr(
        "%1 read, %2 inserted, %3 updated, %4 unchanged, %5 deleted, %6 failed, %7 conflicts")
        .arg(c.read)
        .arg(c.inserted)
        .arg(c.updated)
        .arg(c.unchanged)
        .arg(c.deleted)
        .arg(c.failed)
        .arg(c.conflicts);
}

// The side an initial sync reads from: the side every field flows from in a one-way map, the
// chosen master in a two-way map.
Side initialSource(const TableMap &map, const std::optional<Side> &master)
{
    const QList<Side> sides = MapLifecycle::sourceSides(map);
    return sides.size() == 1 ? sides.constFirst() : master.value_or(map.conflictMaster);
}

bool selectMaps(const SyncRequest &request, const QList<TableMap> &all, QList<TableMap> *selected,
    QString *error)
{
    for (const QString &name : request.maps) {
        auto it = std::find_if(
            all.cbegin(), all.cend(), [&](const TableMap &m) { return m.name == name; });
        if (it == all.cend()) {
            *error = Tr::tr("There is no map named \"%1\".").arg(name);
            return false;
        }
        selected->append(*it);
    }
    for (const TableMap &map : all) {
        const bool byComponent = request.component && map.component == *request.component;
        if ((request.allMaps || byComponent) && !request.maps.contains(map.name))
            selected->append(map);
    }
    if (selected->isEmpty()) {
        *error = Tr::tr("No map matches the request.");
        return false;
    }
    return true;
}

} // namespace

// One run of the engine over its session; split from SyncEngine so the header stays small.
class SyncRunner
{
public:
    SyncRunner(
        SyncEngine &engine, SyncSession &session, const SyncRequest &request, SyncResult *result)
        : m_engine(engine)
        , m_session(session)
        , m_request(request)
        , m_result(result)
        , m_runs(session.store())
        , m_lifecycle(session.store(), session.environment(Side::Dataverse),
              session.environment(Side::Finance))
        , m_leases(session.store(),
              engine.m_worker.isEmpty() ? MapLeases::workerId() : engine.m_worker,
              engine.m_leaseMs)
    { }

    void initial(const TableMap &map, qint64 mapId, MapRunResult *out);
    void retry(const TableMap &map, qint64 mapId, MapRunResult *out);
    bool catchUp(const TableMap &map, qint64 mapId, MapRunResult *out);
    void live(const QList<TableMap> &maps);

private:
    void configurationError(qint64 mapId, const QString &message, MapRunResult *out);
    void log(ActivityKind kind, qint64 mapId, const QString &message);
    void evaluateAlerts(const TableMap &map, qint64 mapId);
    void purgeChangeLogs();
    void waitForNextRound();
    bool holdLease(const TableMap &map, qint64 mapId, MapRunResult *out);

    SyncEngine &m_engine;
    SyncSession &m_session;
    const SyncRequest &m_request;
    SyncResult *m_result;
    RunStore m_runs;
    MapLifecycle m_lifecycle;
    MapLeases m_leases;
    QHash<QString, qint64> m_alertFiredAt; // "map/rule" → when it last fired
};

void SyncRunner::log(ActivityKind kind, qint64 mapId, const QString &message)
{
    QString ignored;
    ActivityLog::append(m_session.store(), kind, mapId, m_result->runId, message, &ignored);
}

void SyncRunner::configurationError(qint64 mapId, const QString &message, MapRunResult *out)
{
    out->errorClass = ErrorClass::Configuration;
    out->error = message;
    QString ignored;
    m_runs.setMapStatus(mapId, MapStatus::Error, message, &ignored);
    log(ActivityKind::RunFailed, mapId, message);
}

void SyncRunner::initial(const TableMap &map, qint64 mapId, MapRunResult *out)
{
    const Side source = initialSource(map, m_request.master);
    std::shared_ptr<MapPlan> plan;
    QString error;
    if (!m_session.plan(map, source, &plan, &error)) {
        configurationError(mapId, error, out);
        return;
    }
    const MapStatus before = m_session.status(mapId);
    // A live start captures before the initial sync reads: every write made meanwhile is
    // queued and applied after it. A map already live keeps its capture and status.
    const bool captured = MapLifecycle::needsCapture(before);
    if (m_request.live && !captured
        && !m_lifecycle.start(map, mapId, MapStatus::Initializing, &error)) {
        out->errorClass = ErrorClass::Transient;
        out->error = error;
        return;
    }
    QByteArray resume;
    QSqlQuery checkpoint(m_session.store());
    checkpoint.prepare(
        QStringLiteral("SELECT cursor, source_side FROM sync_checkpoints WHERE map_id = ?"));
    checkpoint.addBindValue(mapId);
    if (checkpoint.exec() && checkpoint.next() && checkpoint.value(1).toString() == sideId(source))
        resume = checkpoint.value(0).toByteArray();
    checkpoint.finish();
    if (resume.isEmpty()) {
        // A fresh initial sync re-evaluates every row: records filed under a provisional key
        // are refiled (or fail again) as their rows come by.
        QSqlQuery drop(m_session.store());
        drop.prepare(QStringLiteral(
            "DELETE FROM record_states WHERE map_id = ? AND substr(record_key, 1, 1) = ?"));
        drop.addBindValue(mapId);
        drop.addBindValue(QString(QChar(0x1e)));
        drop.exec();
    }
    m_runs.setMapStatus(mapId, MapStatus::Initializing, QString(), &error);
    InitialSync sync(*plan, m_session.lookups(source), mapId, m_result->runId);
    sync.setCancelFlag(m_engine.m_cancel);
    sync.setProgressHandler(m_engine.m_progress);
    sync.setPageSize(m_engine.m_pageSize);
    sync.setRetryPolicy(m_engine.m_retry);
    const bool live = m_request.live || captured;
    const MapStatus after = live
        ? (before == MapStatus::Paused ? MapStatus::Paused : MapStatus::Running)
        : MapStatus::NotRunning;
    QString syncError;
    switch (sync.run(m_session.environment(source),
        m_session.environment(source == Side::Dataverse ? Side::Finance : Side::Dataverse),
        m_session.store(), resume, &out->counts, &syncError)) {
    case InitialSync::Result::Completed:
        out->completed = true;
        m_runs.setMapStatus(mapId, after, QString(), &error);
        log(ActivityKind::RunFinished, mapId,
            Tr::tr("Initial sync from %1 finished: %2.")
                .arg(sideName(source), countsText(out->counts)));
        break;
    case InitialSync::Result::Cancelled:
        m_result->cancelled = true;
        // A live map stays Initializing with its capture: the next live run resumes the initial
        // sync and then applies what was queued meanwhile. Nothing is lost either way.
        m_runs.setMapStatus(mapId, live ? MapStatus::Initializing : MapStatus::NotRunning,
            Tr::tr("Initial sync stopped; run it again to continue where it stopped."), &error);
        log(ActivityKind::RunFinished, mapId,
            Tr::tr("Initial sync stopped by the administrator: %1.").arg(countsText(out->counts)));
        break;
    case InitialSync::Result::Failed:
        // The pages committed before the target file went away went with it: the next initial
        // sync must start over rather than resume after them.
        if (sqliteFileMoved(sqliteHandle(m_session.environment(
                source == Side::Dataverse ? Side::Finance : Side::Dataverse)))) {
            QSqlQuery drop(m_session.store());
            drop.prepare(QStringLiteral("DELETE FROM sync_checkpoints WHERE map_id = ?"));
            drop.addBindValue(mapId);
            drop.exec();
        }
        out->errorClass = ErrorClass::Transient;
        out->error = syncError;
        m_runs.setMapStatus(mapId, MapStatus::Error, syncError, &error);
        log(ActivityKind::RunFailed, mapId, syncError);
        break;
    }
}

void SyncRunner::retry(const TableMap &map, qint64 mapId, MapRunResult *out)
{
    QList<Side> sources = MapLifecycle::sourceSides(map);
    RetrySync::Selection selection;
    if (m_request.kind == RunKind::Resolve) {
        // The winner's version goes to the other side.
        const Side winner = m_request.master.value_or(map.conflictMaster);
        sources = { winner };
        selection.status = RecordStatus::Conflict;
        selection.sameDirectionOnly = false;
        selection.sourceKeyFromRecordKey = winner == Side::Finance;
    }
    out->completed = true;
    for (Side source : std::as_const(sources)) {
        std::shared_ptr<MapPlan> plan;
        QString error;
        if (!m_session.plan(map, source, &plan, &error)) {
            configurationError(mapId, error, out);
            out->completed = false;
            return;
        }
        RetrySync retry(*plan, m_session.lookups(source), mapId, m_result->runId);
        retry.setSelection(selection);
        retry.setRetryPolicy(m_engine.m_retry);
        const Side target = source == Side::Dataverse ? Side::Finance : Side::Dataverse;
        QStringList notTaken;
        if (!retry.run(m_session.environment(source), m_session.environment(target),
                m_session.store(), m_request.recordKeys, &out->counts, &notTaken, &error)) {
            out->errorClass = ErrorClass::Transient;
            out->error = error;
            out->completed = false;
            log(ActivityKind::RunFailed, mapId, error);
            return;
        }
        // A key is "not taken" only when no direction took it.
        out->notFailed = out->notFailed.isEmpty() && source == sources.constFirst()
            ? notTaken
            : QStringList(QSet<QString>(out->notFailed.cbegin(), out->notFailed.cend())
                              .intersect(QSet<QString>(notTaken.cbegin(), notTaken.cend()))
                              .values());
    }
    out->notFailed.sort();
    log(ActivityKind::RecordsRetried, mapId,
        m_request.kind == RunKind::Resolve
            ? Tr::tr("Conflicts resolved with the %1 version: %2.")
                  .arg(sideName(m_request.master.value_or(map.conflictMaster)),
                      countsText(out->counts))
            : Tr::tr("Failed records retried: %1.").arg(countsText(out->counts)));
}

bool SyncRunner::catchUp(const TableMap &map, qint64 mapId, MapRunResult *out)
{
    QList<ChangeFlow> flows;
    QList<std::shared_ptr<MapPlan>> plans;
    QString error;
    QSqlQuery watermarks(m_session.store());
    for (Side source : MapLifecycle::sourceSides(map)) {
        std::shared_ptr<MapPlan> plan;
        if (!m_session.plan(map, source, &plan, &error)) {
            configurationError(mapId, error, out);
            QString ignored;
            m_lifecycle.stop({ map.name }, error, MapStatus::Error, &ignored);
            return false;
        }
        plans.append(plan);
        const Side target = source == Side::Dataverse ? Side::Finance : Side::Dataverse;
        ChangeFlow flow;
        flow.plan = plan.get();
        flow.source = m_session.environment(source);
        flow.target = m_session.environment(target);
        flow.lookups = m_session.lookups(source);
        watermarks.prepare(
            QStringLiteral("SELECT seq FROM map_watermarks WHERE map_id = ? AND side = ?"));
        watermarks.addBindValue(mapId);
        watermarks.addBindValue(sideId(source));
        flow.watermark
            = watermarks.exec() && watermarks.next() ? watermarks.value(0).toLongLong() : 0;
        flows.append(flow);
    }
    watermarks.finish();
    CatchUpSync sync(map, mapId, m_result->runId, flows, m_session.store());
    sync.setRetryPolicy(m_engine.m_retry);
    MapProgress progress;
    progress.map = map.name;
    bool more = true;
    while (more && !m_engine.cancelled()) {
        // Renewed before every pass, so a long catch-up never outlives its lease.
        if (!holdLease(map, mapId, out))
            return false;
        RunCounts before = out->counts;
        if (!sync.pass(m_engine.m_pageSize, &out->counts, &more, &error)) {
            out->errorClass = ErrorClass::Transient;
            out->error = error;
            log(ActivityKind::RunFailed, mapId, error);
            return false;
        }
        progress.done += out->counts.read - before.read;
        progress.counts = out->counts;
        if (m_engine.m_progress)
            m_engine.m_progress(progress);
        // In a two-way map the pass's writes were captured on the other side: one more pass
        // takes them up as echoes (applying nothing), so a catch-up leaves the queue empty.
        const qint64 applied = out->counts.inserted + out->counts.updated + out->counts.deleted
            - (before.inserted + before.updated + before.deleted);
        more = more || (flows.size() == 2 && applied > 0);
    }
    out->completed = !more;
    return true;
}

void SyncRunner::evaluateAlerts(const TableMap &map, qint64 mapId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = 0; i < map.alerts.size(); ++i) {
        const AlertRule &rule = map.alerts.at(i);
        const qint64 window = qint64(rule.minutes) * 60000;
        const QString firedKey = map.name + u'/' + QString::number(i);
        if (now - m_alertFiredAt.value(firedKey, 0) < window)
            continue; // already fired for this window
        QSqlQuery query(m_session.store());
        query.prepare(
            QStringLiteral("SELECT COUNT(*) FROM record_states WHERE map_id = ? AND status = ?"
                           " AND last_attempt_at >= ? AND (? = 'any' OR error_class = ?)"));
        query.addBindValue(mapId);
        query.addBindValue(int(RecordStatus::Failed));
        query.addBindValue(now - window);
        query.addBindValue(rule.errorClass);
        query.addBindValue(rule.errorClass);
        if (!query.exec() || !query.next() || query.value(0).toLongLong() < rule.count)
            continue;
        m_alertFiredAt.insert(firedKey, now);
        const qint64 errors = query.value(0).toLongLong();
        QString message;
        QString ignored;
        switch (rule.action) {
        case AlertAction::Notify:
            message = Tr::tr("Alert: %1 errors (%2) within %3 minutes.")
                          .arg(errors)
                          .arg(rule.errorClass)
                          .arg(rule.minutes);
            break;
        case AlertAction::Pause:
            message = Tr::tr(
                "Alert: %1 errors (%2) within %3 minutes; the map was paused. Fix the cause, "
                "then resume it.")
                          .arg(errors)
                          .arg(rule.errorClass)
                          .arg(rule.minutes);
            m_runs.setMapStatus(mapId, MapStatus::Paused, message, &ignored);
            break;
        case AlertAction::Stop:
            message = Tr::tr("Alert: %1 errors (%2) within %3 minutes; the map was stopped.")
                          .arg(errors)
                          .arg(rule.errorClass)
                          .arg(rule.minutes);
            m_lifecycle.stop({ map.name }, message, MapStatus::Error, &ignored);
            break;
        }
        log(ActivityKind::Alert, mapId, message);
        if (m_engine.m_alert)
            m_engine.m_alert({ map.name, message, rule.action });
    }
}

void SyncRunner::purgeChangeLogs()
{
    // A change can go once every map reading its table has applied it.
    QHash<QString, qint64> lowest[2];
    for (const TableMap &map : m_session.maps()) {
        qint64 mapId = 0;
        QString ignored;
        if (!m_session.mapId(map.name, &mapId, &ignored)
            || !MapLifecycle::needsCapture(m_session.status(mapId)))
            continue;
        for (Side side : MapLifecycle::sourceSides(map)) {
            QSqlQuery query(m_session.store());
            query.prepare(
                QStringLiteral("SELECT seq FROM map_watermarks WHERE map_id = ? AND side = ?"));
            query.addBindValue(mapId);
            query.addBindValue(sideId(side));
            const qint64 seq = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
            const QString &table = map.side(side).table;
            auto &slot = lowest[int(side)];
            slot.insert(table, slot.contains(table) ? qMin(slot.value(table), seq) : seq);
        }
    }
    for (Side side : { Side::Dataverse, Side::Finance }) {
        ChangeCapture capture(m_session.environment(side));
        for (auto it = lowest[int(side)].cbegin(); it != lowest[int(side)].cend(); ++it) {
            QString ignored;
            capture.purge(it.key(), it.value(), &ignored);
        }
    }
}

void SyncRunner::waitForNextRound()
{
    QElapsedTimer timer;
    timer.start();
    // Short waits, so that a cancel flag set by a signal handler is seen within 20 ms.
    while (timer.elapsed() < m_request.liveIntervalMs && !m_engine.cancelled()) {
        const int wait = int(qMin<qint64>(20, m_request.liveIntervalMs - timer.elapsed()));
        if (m_engine.m_wake ? m_engine.m_wake->waitFor(qMax(1, wait))
                            : (QThread::msleep(qMax(1, wait)), false))
            return;
    }
}

bool SyncRunner::holdLease(const TableMap &map, qint64 mapId, MapRunResult *out)
{
    bool held = false;
    QString other;
    QString error;
    if (!m_leases.acquire(mapId, &held, &other, &error)) {
        out->errorClass = ErrorClass::Transient;
        out->error = error;
        return false;
    }
    if (!held) {
        out->servedBy = other;
        return false;
    }
    if (!other.isEmpty()) {
        log(ActivityKind::StatusChanged, mapId,
            Tr::tr("Map \"%1\" is now served by %2, taken over from %3, which stopped renewing "
                   "its lease.")
                .arg(map.name, m_leases.worker(), other));
    }
    return true;
}

void SyncRunner::live(const QList<TableMap> &maps)
{
    // Leases end with the run: another worker need not wait for them to expire.
    struct ReleaseLeases
    {
        MapLeases &leases;
        ~ReleaseLeases()
        {
            QString ignored;
            leases.releaseAll(&ignored);
        }
    } release { m_leases };
    if (m_request.live)
        m_session.deferCheckpoints();
    for (;;) {
        bool applied = false;
        for (const TableMap &map : maps) {
            if (m_engine.cancelled())
                return;
            qint64 mapId = 0;
            QString error;
            if (!m_session.mapId(map.name, &mapId, &error))
                continue;
            const MapStatus status = m_session.status(mapId);
            if (status != MapStatus::Running && status != MapStatus::Resuming)
                continue;
            MapRunResult round;
            round.map = map.name;
            if (!catchUp(map, mapId, &round)) {
                // A one-off catch-up says why it left a map alone; a live run just goes on.
                if (!m_request.live && m_engine.m_mapFinished && !round.servedBy.isEmpty())
                    m_engine.m_mapFinished(round);
                continue;
            }
            if (status == MapStatus::Resuming && round.completed) {
                m_runs.setMapStatus(mapId, MapStatus::Running, QString(), &error);
                log(ActivityKind::StatusChanged, mapId,
                    Tr::tr("Queued changes applied; the map runs live again."));
            }
            if (round.counts.read > 0 || round.counts.conflicts > 0) {
                applied = true;
                if (round.counts.failed > 0)
                    evaluateAlerts(map, mapId);
                if (m_engine.m_mapFinished)
                    m_engine.m_mapFinished(round);
                auto it = std::find_if(m_result->maps.begin(), m_result->maps.end(),
                    [&](const MapRunResult &r) { return r.map == map.name; });
                if (it == m_result->maps.end()) {
                    m_result->maps.append(round);
                } else {
                    it->counts += round.counts;
                }
            }
        }
        purgeChangeLogs();
        if (!m_request.live)
            return; // a single catch-up
        if (applied)
            m_session.checkpointWhileIdle();
        waitForNextRound();
        if (m_engine.cancelled())
            return;
    }
}

bool SyncEngine::run(const SyncRequest &request, SyncResult *result, QString *error)
{
    *result = SyncResult();
    SyncSession session(m_workspace);
    session.setBusyTimeoutMs(m_busyTimeoutMs);
    QList<TableMap> selected;
    QList<TableMap> ordered;
    if (!session.open(error) || !selectMaps(request, session.maps(), &selected, error)
        || !MapValidator::dependencyOrder(selected, &ordered, error))
        return false;
    RunStore runs(session.store());
    static const char *const kKinds[] = { "initial", "retry", "resolve", "catchUp" };
    const QString kind = QLatin1String(kKinds[int(request.kind)])
        + (request.live ? QStringLiteral("+live") : QString());
    if (!runs.begin(
            kind, request.master ? sideId(*request.master) : QString(), &result->runId, error))
        return false;
    SyncRunner runner(*this, session, request, result);
    QString ignored;
    ActivityLog::append(session.store(), ActivityKind::RunStarted, 0, result->runId,
        Tr::tr("Run %1 (%2) of %n map(s) started.", nullptr, int(ordered.size()))
            .arg(result->runId)
            .arg(kind),
        &ignored);

    if (request.kind == RunKind::CatchUp) {
        for (const TableMap &map : std::as_const(ordered)) {
            if (request.serveRunningOnly)
                break;
            qint64 mapId = 0;
            if (request.live && session.mapId(map.name, &mapId, &ignored)
                && !MapLifecycle::needsCapture(session.status(mapId))) {
                MapLifecycle lifecycle(session.store(), session.environment(Side::Dataverse),
                    session.environment(Side::Finance));
                if (!lifecycle.start(map, mapId, MapStatus::Running, error))
                    return false;
            }
        }
        runner.live(ordered);
    } else {
        for (const TableMap &map : std::as_const(ordered)) {
            if (cancelled()) {
                result->cancelled = true;
                break;
            }
            MapRunResult mapResult;
            mapResult.map = map.name;
            qint64 mapId = 0;
            if (!session.mapId(map.name, &mapId, error))
                return false;
            if (request.kind == RunKind::Initial)
                runner.initial(map, mapId, &mapResult);
            else
                runner.retry(map, mapId, &mapResult);
            if (m_mapFinished)
                m_mapFinished(mapResult);
            result->maps.append(mapResult);
            if (result->cancelled)
                break;
        }
        if (request.live && !result->cancelled)
            runner.live(ordered);
    }
    result->cancelled = result->cancelled || cancelled();

    const QString outcome = result->cancelled ? QStringLiteral("cancelled")
        : result->anyMapFailed()              ? QStringLiteral("failed")
                                              : QStringLiteral("completed");
    const QString summary = Tr::tr("%n record(s) failed.", nullptr, int(result->failedRecords()));
    runs.finish(result->runId, outcome, summary, &ignored);
    ActivityLog::append(session.store(), ActivityKind::RunFinished, 0, result->runId,
        Tr::tr("Run %1 ended (%2): %3").arg(result->runId).arg(outcome, summary), &ignored);
    return true;
}

} // namespace dw
