#include "activityquery.h"

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

struct Where
{
    QString sql;
    QVariantList values;

    void add(const QString &condition, const QVariant &value)
    {
        sql += (sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + condition;
        values.append(value);
    }
};

Where filterWhere(const ActivityFilter &filter)
{
    Where where;
    // The map's id first, once, so the (map_id, …) indexes serve the condition.
    if (!filter.map.isEmpty())
        where.add(QStringLiteral("a.map_id = (SELECT id FROM maps WHERE name = ?)"), filter.map);
    if (filter.kind)
        where.add(QStringLiteral("a.kind = ?"), activityKindId(*filter.kind));
    if (filter.fromMs > 0)
        where.add(QStringLiteral("a.at >= ?"), filter.fromMs);
    if (filter.toMs > 0)
        where.add(QStringLiteral("a.at < ?"), filter.toMs);
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        QString pattern = text.toLower();
        pattern.replace(u'!', QLatin1String("!!"));
        pattern.replace(u'%', QLatin1String("!%"));
        pattern.replace(u'_', QLatin1String("!_"));
        where.add(
            QStringLiteral("lower(a.message) LIKE ? ESCAPE '!'"), QString(u'%' + pattern + u'%'));
    }
    return where;
}

void bind(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

} // namespace

bool ActivityQuery::page(const ActivityFilter &filter, const ActivityEntry *after, int limit,
    QList<ActivityEntry> *entries, QString *error) const
{
    Where where = filterWhere(filter);
    if (after) {
        // (at, id) < (after.at, after.id), written so that both SQLite and PostgreSQL see
        // the range on `at` the index scan starts from; the OR only sorts out equal times.
        where.add(QStringLiteral("a.at <= ? AND (a.at < ? OR a.id < ?)"), after->at);
        where.values << after->at << after->id;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.id, a.at, a.kind, a.message, COALESCE(a.run_id, 0),"
                                 " COALESCE(m.name, '') FROM activity_log a"
                                 " LEFT JOIN maps m ON m.id = a.map_id")
        + where.sql + QStringLiteral(" ORDER BY a.at DESC, a.id DESC LIMIT ?"));
    bind(query, where.values);
    query.addBindValue(limit);
    if (!query.exec())
        return failed(query, error);
    QList<ActivityEntry> result;
    while (query.next()) {
        result.append({ query.value(0).toLongLong(), query.value(1).toLongLong(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toLongLong(),
            query.value(5).toString() });
    }
    *entries = result;
    return true;
}

bool ActivityQuery::count(const ActivityFilter &filter, qint64 *count, QString *error) const
{
    const Where where = filterWhere(filter);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM activity_log a") + where.sql);
    bind(query, where.values);
    if (!query.exec() || !query.next())
        return failed(query, error);
    *count = query.value(0).toLongLong();
    return true;
}

} // namespace dw
