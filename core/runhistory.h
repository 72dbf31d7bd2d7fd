#pragma once

#include "runcounts.h"
#include "tablemap.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dw {

// One run of the history with its counts summed over its maps.
struct RunSummary
{
    qint64 id = 0;
    QString kind; // initial, retry, resolve, catchUp; "+live" when it served live sync
    QString outcome; // running, completed, failed, cancelled, interrupted
    QString message;
    qint64 startedAt = 0;
    qint64 finishedAt = 0; // 0 while running or when interrupted
    int maps = 0;
    RunCounts totals;

    bool operator==(const RunSummary &) const = default;
};

// What one run did to one map.
struct RunMapCounts
{
    QString map;
    Component component = Component::Setup;
    RunCounts counts;

    bool operator==(const RunMapCounts &) const = default;
};

// Reads the run history: runs newest first a page at a time (by id, on its primary key), and
// the counts per map of one run. Works on a connection owned by the caller's thread.
class RunHistory
{
public:
    explicit RunHistory(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    // Runs with an id below `beforeId` (0 = the newest), at most `limit`.
    bool runs(qint64 beforeId, int limit, QList<RunSummary> *runs, QString *error) const;
    // The run's maps in name order.
    bool mapCounts(qint64 runId, QList<RunMapCounts> *counts, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace dw
