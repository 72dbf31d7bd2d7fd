#pragma once

#include "activitylog.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace dw {

// One entry of the activity log as the GUI lists it.
struct ActivityEntry
{
    qint64 id = 0;
    qint64 at = 0; // ms since epoch
    QString kind; // ActivityKind id, see activityKindId()
    QString message;
    qint64 runId = 0; // 0 when the entry belongs to no run
    QString map; // the map's name; empty for entries of the whole workspace or of a deleted map

    bool operator==(const ActivityEntry &) const = default;
};

// Which entries of the activity log to list. Every field narrows; the default lists them all.
struct ActivityFilter
{
    QString map; // by name; empty = every map and the entries of none
    std::optional<ActivityKind> kind;
    qint64 fromMs = 0; // at or after; 0 = no lower bound
    qint64 toMs = 0; // before; 0 = no upper bound
    QString text; // case-insensitive, in the message; empty = any

    bool operator==(const ActivityFilter &) const = default;
};

// Reads the activity log newest first, (at, id) descending, a page at a time: a page continues
// after the last entry of the previous one (keyset paging, no OFFSET). The map, kind and time
// conditions and the order are served by the log's indexes (migration 6), so the first page of
// a log of millions costs a page; only the text condition is checked entry by entry along the
// index. Works on a connection owned by the caller's thread.
class ActivityQuery
{
public:
    explicit ActivityQuery(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    // At most `limit` entries after `after` in the order (nullptr = from the newest).
    bool page(const ActivityFilter &filter, const ActivityEntry *after, int limit,
        QList<ActivityEntry> *entries, QString *error) const;
    // How many entries the filter matches.
    bool count(const ActivityFilter &filter, qint64 *count, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace dw
