#pragma once

#include "activityquery.h"
#include "errorclass.h"
#include "recordstatus.h"
#include "tablemap.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <array>
#include <optional>

namespace dw {

// One map a record query covers. `rank` is its place in the query's map order (by name), which
// breaks ties between records of different maps and orders the "map" sort.
struct RecordQueryMap
{
    qint64 id = 0;
    QString name;
    Component component = Component::Setup;

    bool operator==(const RecordQueryMap &) const = default;
};

// Which record states to list: those of some maps, optionally narrowed by status, the time of
// the last attempt, a run and a text contained in the key or the error message.
struct RecordFilter
{
    QList<RecordQueryMap> maps; // in name order; no map = no record
    std::optional<RecordStatus> status;
    qint64 fromMs = 0; // last attempt at or after; 0 = no lower bound
    qint64 toMs = 0; // last attempt before; 0 = no upper bound
    qint64 runId = 0; // last attempt in this run; 0 = any
    QString text; // case-insensitive, in the key or the error message; empty = any

    bool operator==(const RecordFilter &) const = default;
};

// Sort orders the store can serve a page at a time. Each is (value, map, key), by key just
// (key, map), so a page continues exactly after the last row of the previous one (keyset
// paging, no OFFSET).
enum class RecordSort { Key, Map, Status, Attempts, LastAttempt };

// One record state as the records page lists it.
struct RecordState
{
    qint64 mapId = 0;
    QString map;
    QString key; // record_states.record_key
    RecordStatus status = RecordStatus::Pending;
    std::optional<Side> direction; // the side last written to
    ErrorClass errorClass = ErrorClass::None;
    QString error;
    qint64 attempts = 0;
    qint64 lastAttemptAt = 0; // ms since epoch; 0 = never attempted
    qint64 runId = 0; // run of the last attempt
    QByteArray sourceKey; // the source row's key (RecordCodec cursor); empty when unknown

    bool operator==(const RecordState &) const = default;
    // The business key as a person reads it ("USPM-PRJ-000001 | 1.1").
    QString displayKey() const;
    // The error without the "Map "…", record …: " the engine puts first, for a list that
    // shows the map and the key in their own columns.
    QString cause() const;
};

// What the store knows of a record's past: its attempts, the run of its last attempt, and the
// entries of its map's activity log that name it (skips, for instance).
struct RecordHistory
{
    qint64 attempts = 0;
    qint64 runId = 0;
    QString runKind; // runs.kind of the last attempt's run; empty when unknown
    QString runOutcome;
    qint64 runStartedAt = 0;
    qint64 runFinishedAt = 0;
    QList<ActivityEntry> mentions; // newest first

    bool operator==(const RecordHistory &) const = default;
};

using StatusCounts = std::array<qint64, 5>; // indexed by RecordStatus

// Reads record states for the records page. A page is one bounded query per map of the filter,
// each served in order by the (map_id, record_key) key or the (map_id, status, record_key)
// index, merged here: the first rows of a million records cost a page, not a scan. Sorting by
// attempts or last attempt has no index (it would slow every write of live sync), so those
// sorts read each map's matching rows once per page. Works on a connection owned by the
// caller's thread.
class RecordQuery
{
public:
    explicit RecordQuery(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    // The maps of a component (all maps when `component` is empty), in name order.
    bool maps(const std::optional<Component> &component, QList<RecordQueryMap> *maps,
        QString *error) const;

    // At most `limit` records in the order (sort, map, key), ascending or not, after `after`
    // (nullptr = from the first).
    bool page(const RecordFilter &filter, RecordSort sort, bool ascending, const RecordState *after,
        int limit, QList<RecordState> *rows, QString *error) const;

    // Records of the filter per status, the filter's own status ignored.
    bool countByStatus(const RecordFilter &filter, StatusCounts *counts, QString *error) const;

    // Failed and conflicting records per component, over all maps.
    bool openIssuesByComponent(QList<QPair<Component, qint64>> *counts, QString *error) const;

    // One record by map and key; *found false when it has no state.
    bool record(
        qint64 mapId, const QString &key, RecordState *state, bool *found, QString *error) const;

    bool history(
        const RecordState &record, int limit, RecordHistory *history, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace dw
