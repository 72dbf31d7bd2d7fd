#include "mapdetailstore.h"

#include "tr.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace dw {

namespace {

bool failed(const QSqlQuery &query, QString *error)
{
    *error = Tr::tr("State store query failed: %1").arg(query.lastError().text());
    return false;
}

// Columns of record_states read into a RecordIssue, after the map name.
const auto kIssueColumns = QStringLiteral(
    "r.record_key, r.status, r.error_class, r.error_message, r.attempts, r.last_attempt_at,"
    " r.last_run_id");

RecordIssue issueFrom(const QSqlQuery &query)
{
    RecordIssue issue;
    issue.map = query.value(0).toString();
    issue.key = query.value(1).toString();
    issue.status = RecordStatus(query.value(2).toInt());
    errorClassFromId(query.value(3).toString(), &issue.errorClass);
    issue.message = query.value(4).toString();
    issue.attempts = query.value(5).toInt();
    issue.at = query.value(6).toLongLong();
    issue.runId = query.value(7).toLongLong();
    return issue;
}

} // namespace

bool MapDetailStore::lastInitialRun(
    const QString &map, InitialRunDetails *details, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT r.id, r.kind, r.outcome, COALESCE(r.master_side, ''), r.started_at,"
        " COALESCE(r.finished_at, 0), c.read_count, c.inserted, c.updated, c.unchanged,"
        " c.deleted, c.skipped, c.failed, c.conflicts, c.duration_ms, m.id"
        " FROM run_map_counts c JOIN runs r ON r.id = c.run_id JOIN maps m ON m.id = c.map_id"
        " WHERE m.name = ? AND r.kind LIKE 'initial%' ORDER BY r.id DESC LIMIT 1"));
    query.addBindValue(map);
    if (!query.exec())
        return failed(query, error);
    InitialRunDetails result;
    if (!query.next()) {
        *details = result;
        return true;
    }
    result.runId = query.value(0).toLongLong();
    result.kind = query.value(1).toString();
    result.outcome = query.value(2).toString();
    result.masterSide = query.value(3).toString();
    result.startedAt = query.value(4).toLongLong();
    result.finishedAt = query.value(5).toLongLong();
    result.counts.read = query.value(6).toLongLong();
    result.counts.inserted = query.value(7).toLongLong();
    result.counts.updated = query.value(8).toLongLong();
    result.counts.unchanged = query.value(9).toLongLong();
    result.counts.deleted = query.value(10).toLongLong();
    result.counts.skipped = query.value(11).toLongLong();
    result.counts.failed = query.value(12).toLongLong();
    result.counts.conflicts = query.value(13).toLongLong();
    result.counts.durationMs = query.value(14).toLongLong();
    query.finish();
    if (!failedCount(map, result.runId, &result.stillFailed, error))
        return false;
    *details = result;
    return true;
}

bool MapDetailStore::failedRecords(const QString &map, qint64 runId, const QString &afterKey,
    int limit, QList<RecordIssue> *records, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // (map_id, status, record_key) is indexed: a page costs its own rows only.
    query.prepare(QStringLiteral("SELECT m.name, ") + kIssueColumns
        + QStringLiteral(" FROM record_states r JOIN maps m ON m.id = r.map_id"
                         " WHERE m.name = ? AND r.status = ? AND r.record_key > COALESCE(?, '')"
                         " AND (? = 0 OR r.last_run_id = ?) ORDER BY r.record_key LIMIT ?"));
    query.addBindValue(map);
    query.addBindValue(int(RecordStatus::Failed));
    query.addBindValue(afterKey);
    query.addBindValue(runId);
    query.addBindValue(runId);
    query.addBindValue(limit);
    if (!query.exec())
        return failed(query, error);
    QList<RecordIssue> result;
    while (query.next())
        result.append(issueFrom(query));
    *records = result;
    return true;
}

bool MapDetailStore::failedCount(
    const QString &map, qint64 runId, qint64 *count, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM record_states r JOIN maps m"
                                 " ON m.id = r.map_id WHERE m.name = ? AND r.status = ?"
                                 " AND (? = 0 OR r.last_run_id = ?)"));
    query.addBindValue(map);
    query.addBindValue(int(RecordStatus::Failed));
    query.addBindValue(runId);
    query.addBindValue(runId);
    if (!query.exec() || !query.next())
        return failed(query, error);
    *count = query.value(0).toLongLong();
    return true;
}

bool MapDetailStore::recentFailures(const QStringList &maps, qint64 sinceMs, int limit,
    QList<RecordIssue> *records, QString *error) const
{
    QList<RecordIssue> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Per map through the status index: the failed records of a map are few next to its
    // synced ones, so sorting them by time is cheap where scanning by time would not be.
    query.prepare(QStringLiteral("SELECT m.name, ") + kIssueColumns
        + QStringLiteral(" FROM record_states r JOIN maps m ON m.id = r.map_id"
                         " WHERE m.name = ? AND r.status = ? AND r.last_attempt_at >= ?"
                         " ORDER BY r.last_attempt_at DESC, r.record_key DESC LIMIT ?"));
    for (const QString &map : maps) {
        query.addBindValue(map);
        query.addBindValue(int(RecordStatus::Failed));
        query.addBindValue(sinceMs);
        query.addBindValue(limit);
        if (!query.exec())
            return failed(query, error);
        while (query.next())
            result.append(issueFrom(query));
    }
    std::sort(result.begin(), result.end(), [](const RecordIssue &a, const RecordIssue &b) {
        return a.at != b.at ? a.at > b.at : a.key > b.key;
    });
    if (result.size() > limit)
        result.resize(limit);
    *records = result;
    return true;
}

} // namespace dw
