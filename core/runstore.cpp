#include "runstore.h"

#include "processidentity.h"
#include "sqlvalue.h"
#include "tr.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace dw {

namespace {
bool failed(const QSqlQuery &query, QString *error)
{
    *error = Tr::tr("State store query failed: %1").arg(query.lastError().text());
    return false;
}
} // namespace

bool RunStore::begin(const QString &kind, const QString &masterSide, qint64 *runId, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO runs (kind, master_side, started_at, host, pid)"
                       " VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(kind);
    query.addBindValue(
        masterSide.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(masterSide));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(thisHost());
    query.addBindValue(thisPid());
    if (!query.exec())
        return failed(query, error);
    *runId = query.lastInsertId().toLongLong();
    return true;
}

bool RunStore::finish(qint64 runId, const QString &outcome, const QString &message, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE runs SET finished_at = ?, outcome = ?, message = ? WHERE id = ?"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(outcome);
    query.addBindValue(nonNullText(message));
    query.addBindValue(runId);
    return query.exec() || failed(query, error);
}

bool RunStore::markInterrupted(QString *error)
{
    // Other processes, here or on other machines, may be running maps of the same workspace:
    // only runs whose process is known to be gone are over.
    QSqlQuery running(m_db);
    if (!running.exec(QStringLiteral("SELECT id, host, pid FROM runs WHERE outcome = 'running'")))
        return failed(running, error);
    QList<qint64> gone;
    while (running.next()) {
        if (running.value(1).isNull()
            || processIsGoneFromThisHost(running.value(1).toString(), running.value(2).toLongLong()))
            gone.append(running.value(0).toLongLong());
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE runs SET outcome = 'interrupted', message = ? WHERE id = ? AND outcome = 'running'"));
    const QString message = Tr::tr("The process running it ended before the run finished.");
    for (qint64 id : std::as_const(gone)) {
        query.bindValue(0, message);
        query.bindValue(1, id);
        if (!query.exec())
            return failed(query, error);
    }
    return true;
}

bool RunStore::counts(qint64 runId, qint64 mapId, RunCounts *counts, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT read_count, inserted, updated, unchanged, deleted, skipped,"
                       " failed, conflicts, duration_ms FROM run_map_counts"
                       " WHERE run_id = ? AND map_id = ?"));
    query.addBindValue(runId);
    query.addBindValue(mapId);
    if (!query.exec())
        return failed(query, error);
    *counts = RunCounts();
    if (query.next()) {
        counts->read = query.value(0).toLongLong();
        counts->inserted = query.value(1).toLongLong();
        counts->updated = query.value(2).toLongLong();
        counts->unchanged = query.value(3).toLongLong();
        counts->deleted = query.value(4).toLongLong();
        counts->skipped = query.value(5).toLongLong();
        counts->failed = query.value(6).toLongLong();
        counts->conflicts = query.value(7).toLongLong();
        counts->durationMs = query.value(8).toLongLong();
    }
    return true;
}

bool RunStore::setMapStatus(qint64 mapId, MapStatus status, const QString &reason, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE maps SET status = ?, status_reason = ?, status_changed_at = ? WHERE id = ?"));
    query.addBindValue(mapStatusId(status));
    query.addBindValue(nonNullText(reason));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(mapId);
    return query.exec() || failed(query, error);
}

bool RunStore::mapStatus(qint64 mapId, MapStatus *status, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT status FROM maps WHERE id = ?"));
    query.addBindValue(mapId);
    if (!query.exec())
        return failed(query, error);
    if (!query.next() || !mapStatusFromId(query.value(0).toString(), status)) {
        *error = Tr::tr("There is no map with id %1.").arg(mapId);
        return false;
    }
    return true;
}

} // namespace dw
