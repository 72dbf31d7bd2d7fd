#include "runhistory.h"

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

// The count columns of run_map_counts, summed or not, in RunCounts order.
const auto kCounts = QStringLiteral("read_count, inserted, updated, unchanged, deleted, skipped,"
                                    " failed, conflicts, duration_ms");

RunCounts countsFrom(const QSqlQuery &query, int first)
{
    RunCounts c;
    c.read = query.value(first).toLongLong();
    c.inserted = query.value(first + 1).toLongLong();
    c.updated = query.value(first + 2).toLongLong();
    c.unchanged = query.value(first + 3).toLongLong();
    c.deleted = query.value(first + 4).toLongLong();
    c.skipped = query.value(first + 5).toLongLong();
    c.failed = query.value(first + 6).toLongLong();
    c.conflicts = query.value(first + 7).toLongLong();
    c.durationMs = query.value(first + 8).toLongLong();
    return c;
}

} // namespace

bool RunHistory::runs(qint64 beforeId, int limit, QList<RunSummary> *runs, QString *error) const
{
    QString sums;
    for (const QString &column : kCounts.split(QStringLiteral(", ")))
        sums += QStringLiteral(", COALESCE(SUM(c.%1), 0)").arg(column);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The page of runs first (primary key), then their counts (run_map_counts' key).
    query.prepare(QStringLiteral("SELECT r.id, r.kind, r.outcome, r.message, r.started_at,"
                                 " COALESCE(r.finished_at, 0), COUNT(c.map_id)%1"
                                 " FROM (SELECT * FROM runs WHERE ? = 0 OR id < ?"
                                 " ORDER BY id DESC LIMIT ?) r"
                                 " LEFT JOIN run_map_counts c ON c.run_id = r.id"
                                 " GROUP BY r.id, r.kind, r.outcome, r.message, r.started_at,"
                                 " r.finished_at ORDER BY r.id DESC")
                      .arg(sums));
    query.addBindValue(beforeId);
    query.addBindValue(beforeId);
    query.addBindValue(limit);
    if (!query.exec())
        return failed(query, error);
    QList<RunSummary> result;
    while (query.next()) {
        RunSummary run;
        run.id = query.value(0).toLongLong();
        run.kind = query.value(1).toString();
        run.outcome = query.value(2).toString();
        run.message = query.value(3).toString();
        run.startedAt = query.value(4).toLongLong();
        run.finishedAt = query.value(5).toLongLong();
        run.maps = query.value(6).toInt();
        run.totals = countsFrom(query, 7);
        result.append(run);
    }
    *runs = result;
    return true;
}

bool RunHistory::mapCounts(qint64 runId, QList<RunMapCounts> *counts, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT m.name, m.component, %1 FROM run_map_counts c"
                                 " JOIN maps m ON m.id = c.map_id WHERE c.run_id = ?"
                                 " ORDER BY m.name")
                      .arg(QStringLiteral("c.")
                          + kCounts.split(QStringLiteral(", ")).join(QStringLiteral(", c."))));
    query.addBindValue(runId);
    if (!query.exec())
        return failed(query, error);
    QList<RunMapCounts> result;
    while (query.next()) {
        RunMapCounts row;
        row.map = query.value(0).toString();
        componentFromId(query.value(1).toString(), &row.component);
        row.counts = countsFrom(query, 2);
        result.append(row);
    }
    *counts = result;
    return true;
}

} // namespace dw
