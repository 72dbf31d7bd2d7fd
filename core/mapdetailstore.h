#pragma once

#include "errorclass.h"
#include "recordstatus.h"
#include "runcounts.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dw {

// One record that did not get across, as the state store holds it.
struct RecordIssue
{
    QString map;
    QString key;
    RecordStatus status = RecordStatus::Failed;
    ErrorClass errorClass = ErrorClass::None;
    QString message;
    int attempts = 0;
    qint64 at = 0; // last attempt, ms since epoch
    qint64 runId = 0; // run of the last attempt

    bool operator==(const RecordIssue &) const = default;
};

// The latest initial sync of a map (possibly still going): its run and what it did to the map.
struct InitialRunDetails
{
    qint64 runId = 0; // 0 when the map never had an initial sync
    QString kind; // "initial" or "initial+live"
    QString outcome; // running, completed, failed, cancelled, interrupted
    QString masterSide; // side id when the run named one
    qint64 startedAt = 0;
    qint64 finishedAt = 0; // 0 while running
    RunCounts counts;
    qint64 stillFailed = 0; // records whose last attempt was this run and failed

    bool operator==(const InitialRunDetails &) const = default;
};

// Read-only queries behind the GUI's map detail and run monitor: a map's last initial sync,
// its failed records page by page, and the failures of a run as they happen (the activity log
// is ActivityQuery's).
// Every query is bounded (LIMIT with keyset paging on indexed columns), so a map with millions
// of records costs one page. Works on a connection owned by the caller's thread.
class MapDetailStore
{
public:
    explicit MapDetailStore(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    bool lastInitialRun(const QString &map, InitialRunDetails *details, QString *error) const;

    // Failed records of `map` in key order, those after `afterKey` ("" = from the first), at
    // most `limit`. With runId > 0 only those whose last attempt was in that run.
    bool failedRecords(const QString &map, qint64 runId, const QString &afterKey, int limit,
        QList<RecordIssue> *records, QString *error) const;
    bool failedCount(const QString &map, qint64 runId, qint64 *count, QString *error) const;

    // Records of `maps` that failed at or after `sinceMs`, newest first, at most `limit`.
    bool recentFailures(const QStringList &maps, qint64 sinceMs, int limit,
        QList<RecordIssue> *records, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace dw
