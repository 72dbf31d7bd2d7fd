#include "recordquery.h"

#include "recordcodec.h"
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

const auto kColumns
    = QStringLiteral("record_key, status, last_direction, error_class, error_message, attempts,"
                     " last_attempt_at, last_run_id, source_key");

RecordState stateFrom(const QSqlQuery &query, const RecordQueryMap &map)
{
    RecordState state;
    state.mapId = map.id;
    state.map = map.name;
    state.key = query.value(0).toString();
    state.status = RecordStatus(qBound(0, query.value(1).toInt(), 4));
    Side side = Side::Dataverse;
    if (sideFromId(query.value(2).toString(), &side))
        state.direction = side;
    errorClassFromId(query.value(3).toString(), &state.errorClass);
    state.error = query.value(4).toString();
    state.attempts = query.value(5).toLongLong();
    state.lastAttemptAt = query.value(6).toLongLong();
    state.runId = query.value(7).toLongLong();
    state.sourceKey = query.value(8).toByteArray();
    return state;
}

// The sort value of a row as SQL orders it (empty for the sorts by key or map).
QString sortExpression(RecordSort sort)
{
    switch (sort) {
    case RecordSort::Status:
        return QStringLiteral("status");
    case RecordSort::Attempts:
        return QStringLiteral("attempts");
    case RecordSort::LastAttempt:
        return QStringLiteral("COALESCE(last_attempt_at, 0)");
    case RecordSort::Key:
        return QStringLiteral("record_key"); // across maps: by key first, then map
    case RecordSort::Map:
        break;
    }
    return {};
}

qint64 sortValue(const RecordState &row, RecordSort sort)
{
    switch (sort) {
    case RecordSort::Status:
        return int(row.status);
    case RecordSort::Attempts:
        return row.attempts;
    case RecordSort::LastAttempt:
        return row.lastAttemptAt;
    case RecordSort::Key:
    case RecordSort::Map:
        break;
    }
    return 0;
}

// Conditions and values common to every query of a filter, for one map.
struct Where
{
    QString sql;
    QVariantList values;
};

Where filterWhere(const RecordFilter &filter, qint64 mapId, bool withStatus)
{
    Where where { QStringLiteral("map_id = ?"), { mapId } };
    if (withStatus && filter.status) {
        where.sql += QStringLiteral(" AND status = ?");
        where.values.append(int(*filter.status));
    }
    if (filter.fromMs > 0) {
        where.sql += QStringLiteral(" AND last_attempt_at >= ?");
        where.values.append(filter.fromMs);
    }
    if (filter.toMs > 0) {
        where.sql += QStringLiteral(" AND last_attempt_at < ?");
        where.values.append(filter.toMs);
    }
    if (filter.runId > 0) {
        where.sql += QStringLiteral(" AND last_run_id = ?");
        where.values.append(filter.runId);
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        // Keys are shown with " | " between their values and stored with U+001F.
        QString pattern = text.toLower();
        pattern.replace(QLatin1String(" | "), QString(QChar(0x1f)));
        pattern.replace(u'!', QLatin1String("!!"));
        pattern.replace(u'%', QLatin1String("!%"));
        pattern.replace(u'_', QLatin1String("!_"));
        pattern = u'%' + pattern + u'%';
        where.sql += QStringLiteral(" AND (lower(record_key) LIKE ? ESCAPE '!'"
                                    " OR lower(COALESCE(error_message, '')) LIKE ? ESCAPE '!')");
        where.values.append(pattern);
        where.values.append(pattern);
    }
    return where;
}

// True when a comes before b in the page order (value, map rank, key).
bool before(const RecordState &a, int rankA, const RecordState &b, int rankB, RecordSort sort,
    bool ascending)
{
    const qint64 va = sortValue(a, sort);
    const qint64 vb = sortValue(b, sort);
    // SQLite compares text as UTF-8 bytes.
    const int byKey = a.key.toUtf8().compare(b.key.toUtf8());
    int order = 0;
    if (sort == RecordSort::Key && byKey != 0)
        order = byKey;
    else if (va != vb)
        order = va < vb ? -1 : 1;
    else if (rankA != rankB)
        order = rankA < rankB ? -1 : 1;
    else
        order = byKey;
    return ascending ? order < 0 : order > 0;
}

} // namespace

QString RecordState::displayKey() const
{
    // A provisional key (the source row's key, filed before its Finance key was known) starts
    // with U+001E; it is shown with what it is.
    if (key.startsWith(QChar(0x1e)))
        return Tr::tr("%1 (source key)").arg(RecordCodec::displayKey(key.mid(1)));
    return RecordCodec::displayKey(key);
}

QString RecordState::cause() const
{
    // The same translated pattern the engine writes its messages with.
    const QString prefix = Tr::tr("Map \"%1\", record %2: %3").arg(map, displayKey(), QString());
    return error.startsWith(prefix) ? error.mid(prefix.size()) : error;
}

bool RecordQuery::maps(
    const std::optional<Component> &component, QList<RecordQueryMap> *maps, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, name, component FROM maps ORDER BY name"));
    if (!query.exec())
        return failed(query, error);
    QList<RecordQueryMap> result;
    while (query.next()) {
        RecordQueryMap map;
        map.id = query.value(0).toLongLong();
        map.name = query.value(1).toString();
        if (!componentFromId(query.value(2).toString(), &map.component))
            continue; // written by a newer dwadmin: not listed rather than misfiled
        if (component && map.component != *component)
            continue;
        result.append(map);
    }
    *maps = result;
    return true;
}

bool RecordQuery::page(const RecordFilter &filter, RecordSort sort, bool ascending,
    const RecordState *after, int limit, QList<RecordState> *rows, QString *error) const
{
    const QString value = sortExpression(sort);
    const QString dir = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString gt = ascending ? QStringLiteral(">") : QStringLiteral("<");
    int afterRank = -1;
    for (int i = 0; after && i < filter.maps.size(); ++i) {
        if (filter.maps.at(i).id == after->mapId)
            afterRank = i;
    }
    // Each map's rows in order, then merged: the maps' own order is kept whatever the merge.
    QList<QList<RecordState>> perMap(filter.maps.size());
    for (int rank = 0; rank < filter.maps.size(); ++rank) {
        const RecordQueryMap &map = filter.maps.at(rank);
        Where where = filterWhere(filter, map.id, true);
        if (after) {
            const bool mapAfter = ascending ? rank > afterRank : rank < afterRank;
            const QVariant afterValue = sort == RecordSort::Key ? QVariant(after->key)
                                                                : QVariant(sortValue(*after, sort));
            if (rank == afterRank) {
                if (value.isEmpty()) {
                    where.sql += QStringLiteral(" AND record_key %1 ?").arg(gt);
                    where.values.append(after->key);
                } else {
                    where.sql += QStringLiteral(" AND (%1 %2 ? OR (%1 = ? AND record_key %2 ?))")
                                     .arg(value, gt);
                    where.values << afterValue << afterValue << after->key;
                }
            } else if (value.isEmpty()) {
                if (!mapAfter)
                    continue; // every row of this map came before
            } else {
                where.sql
                    += QStringLiteral(" AND %1 %2 ?")
                           .arg(value,
                               mapAfter ? (ascending ? QStringLiteral(">=") : QStringLiteral("<="))
                                        : gt);
                where.values.append(afterValue);
            }
        }
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        const QString order = value.isEmpty() || sort == RecordSort::Key
            ? QStringLiteral("record_key %1").arg(dir)
            : QStringLiteral("%1 %2, record_key %2").arg(value, dir);
        query.prepare(QStringLiteral("SELECT %1 FROM record_states WHERE %2 ORDER BY %3 LIMIT ?")
                          .arg(kColumns, where.sql, order));
        for (const QVariant &v : std::as_const(where.values))
            query.addBindValue(v);
        query.addBindValue(limit);
        if (!query.exec())
            return failed(query, error);
        QList<RecordState> mapRows;
        while (query.next())
            mapRows.append(stateFrom(query, map));
        const bool full = mapRows.size() >= limit;
        perMap[rank] = mapRows;
        if (sort == RecordSort::Map && ascending && full)
            break; // maps after this one come after a full page
    }
    // A k-way merge of the maps' ordered rows, up to `limit`.
    QList<RecordState> result;
    QList<qsizetype> next(perMap.size(), 0);
    while (result.size() < limit) {
        int best = -1;
        for (int m = 0; m < perMap.size(); ++m) {
            if (next.at(m) >= perMap.at(m).size())
                continue;
            if (best < 0
                || before(perMap.at(m).at(next.at(m)), m, perMap.at(best).at(next.at(best)), best,
                    sort, ascending))
                best = m;
        }
        if (best < 0)
            break;
        result.append(perMap.at(best).at(next[best]++));
    }
    *rows = result;
    return true;
}

bool RecordQuery::countByStatus(
    const RecordFilter &filter, StatusCounts *counts, QString *error) const
{
    StatusCounts result {};
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    for (const RecordQueryMap &map : filter.maps) {
        const Where where = filterWhere(filter, map.id, false);
        // Without text or time conditions this reads the status index alone.
        query.prepare(
            QStringLiteral("SELECT status, COUNT(*) FROM record_states WHERE %1 GROUP BY status")
                .arg(where.sql));
        for (const QVariant &v : where.values)
            query.addBindValue(v);
        if (!query.exec())
            return failed(query, error);
        while (query.next()) {
            const int status = query.value(0).toInt();
            if (status >= 0 && status < int(result.size()))
                result[status] += query.value(1).toLongLong();
        }
    }
    *counts = result;
    return true;
}

bool RecordQuery::openIssuesByComponent(
    QList<QPair<Component, qint64>> *counts, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT m.component, COUNT(*) FROM maps m JOIN record_states r"
                                 " ON r.map_id = m.id WHERE r.status IN (?, ?)"
                                 " GROUP BY m.component"));
    query.addBindValue(int(RecordStatus::Failed));
    query.addBindValue(int(RecordStatus::Conflict));
    if (!query.exec())
        return failed(query, error);
    QList<QPair<Component, qint64>> result;
    while (query.next()) {
        Component component;
        if (componentFromId(query.value(0).toString(), &component))
            result.append({ component, query.value(1).toLongLong() });
    }
    *counts = result;
    return true;
}

bool RecordQuery::record(
    qint64 mapId, const QString &key, RecordState *state, bool *found, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, (SELECT name FROM maps WHERE id = ?) FROM"
                                 " record_states WHERE map_id = ? AND record_key = ?")
                      .arg(kColumns));
    query.addBindValue(mapId);
    query.addBindValue(mapId);
    query.addBindValue(key);
    if (!query.exec())
        return failed(query, error);
    *found = query.next();
    if (*found) {
        RecordQueryMap map;
        map.id = mapId;
        map.name = query.value(9).toString();
        *state = stateFrom(query, map);
    }
    return true;
}

bool RecordQuery::history(
    const RecordState &record, int limit, RecordHistory *history, QString *error) const
{
    RecordHistory result;
    result.attempts = record.attempts;
    result.runId = record.runId;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (record.runId > 0) {
        query.prepare(QStringLiteral("SELECT kind, outcome, started_at, COALESCE(finished_at, 0)"
                                     " FROM runs WHERE id = ?"));
        query.addBindValue(record.runId);
        if (!query.exec())
            return failed(query, error);
        if (query.next()) {
            result.runKind = query.value(0).toString();
            result.runOutcome = query.value(1).toString();
            result.runStartedAt = query.value(2).toLongLong();
            result.runFinishedAt = query.value(3).toLongLong();
        }
        query.finish();
    }
    // Activity messages name records by their shown key.
    QString pattern = RecordCodec::displayKey(record.key);
    pattern.replace(u'!', QLatin1String("!!"));
    pattern.replace(u'%', QLatin1String("!%"));
    pattern.replace(u'_', QLatin1String("!_"));
    query.prepare(QStringLiteral(
        "SELECT id, at, kind, message, COALESCE(run_id, 0) FROM activity_log"
        " WHERE map_id = ? AND message LIKE ? ESCAPE '!' ORDER BY at DESC, id DESC LIMIT ?"));
    query.addBindValue(record.mapId);
    query.addBindValue(QString(u'%' + pattern + u'%'));
    query.addBindValue(limit);
    if (!query.exec())
        return failed(query, error);
    while (query.next()) {
        result.mentions.append(
            { query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                query.value(3).toString(), query.value(4).toLongLong(), record.map });
    }
    *history = result;
    return true;
}

} // namespace dw
