#include "mapstore.h"

#include "activitylog.h"
#include "recordstatus.h"
#include "sqlvalue.h"
#include "tablemapjson.h"
#include "tr.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace dw {

namespace {
QString storeError(const QSqlQuery &query)
{
    return Tr::tr("State store query failed: %1").arg(query.lastError().text());
}

bool definitionFromText(const QString &name, const QString &text, TableMap *map, QString *error)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    QString cause;
    if (!document.isObject() || !TableMapJson::fromJson(document.object(), map, &cause)) {
        *error = Tr::tr("The stored definition of map \"%1\" is damaged: %2")
                     .arg(name, cause.isEmpty() ? Tr::tr("not a JSON object") : cause);
        return false;
    }
    return true;
}
} // namespace

QString MapStore::nextVersion(const QString &version)
{
    QStringList parts = version.split(u'.');
    bool ok = false;
    const qlonglong last = parts.isEmpty() ? 0 : parts.constLast().toLongLong(&ok);
    if (!ok)
        return version + QStringLiteral(".1");
    parts.last() = QString::number(last + 1);
    return parts.join(u'.');
}

bool MapStore::mapId(const QString &name, qint64 *id, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM maps WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        *error = storeError(query);
        return false;
    }
    if (!query.next()) {
        *error = Tr::tr("There is no map named \"%1\".").arg(name);
        return false;
    }
    *id = query.value(0).toLongLong();
    return true;
}

bool MapStore::insertVersion(qint64 mapId, const TableMap &map, qint64 *versionId, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO map_versions (map_id, version, publisher, "
                                 "description, definition, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(mapId);
    query.addBindValue(nonNullText(map.version));
    query.addBindValue(nonNullText(map.publisher));
    query.addBindValue(nonNullText(map.description));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(TableMapJson::toJson(map)).toJson(QJsonDocument::Compact)));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        *error = storeError(query);
        return false;
    }
    *versionId = query.lastInsertId().toLongLong();
    query.prepare(QStringLiteral("UPDATE maps SET active_version_id = ? WHERE id = ?"));
    query.addBindValue(*versionId);
    query.addBindValue(mapId);
    if (!query.exec()) {
        *error = storeError(query);
        return false;
    }
    return true;
}

bool MapStore::save(const TableMap &input, SaveOutcome *outcome, QString *error)
{
    if (!m_db.transaction()) {
        *error = Tr::tr("Cannot save map \"%1\": %2").arg(input.name, m_db.lastError().text());
        return false;
    }
    if (!saveInTransaction(input, outcome, error)) {
        m_db.rollback();
        return false;
    }
    if (*outcome == SaveOutcome::Unchanged) {
        m_db.rollback();
        return true;
    }
    if (!m_db.commit()) {
        *error = Tr::tr("Cannot save map \"%1\": %2").arg(input.name, m_db.lastError().text());
        m_db.rollback();
        return false;
    }
    return true;
}

bool MapStore::saveAll(const QList<TableMap> &maps, QList<SaveOutcome> *outcomes, QString *error)
{
    // Two entries for one map would make the second overwrite the first within the batch.
    QStringList names;
    for (const TableMap &map : maps) {
        if (names.contains(map.name)) {
            *error = Tr::tr("The map \"%1\" is given twice; nothing was saved.").arg(map.name);
            return false;
        }
        names.append(map.name);
    }
    if (!m_db.transaction()) {
        *error = Tr::tr("Cannot save the maps: %1").arg(m_db.lastError().text());
        return false;
    }
    QList<SaveOutcome> result;
    result.reserve(maps.size());
    for (const TableMap &map : maps) {
        SaveOutcome outcome = SaveOutcome::Unchanged;
        QString cause;
        if (!saveInTransaction(map, &outcome, &cause)) {
            m_db.rollback();
            //: %1 map name, %2 why; no map of the batch is saved
            *error = Tr::tr("Cannot save map \"%1\"; nothing was saved: %2").arg(map.name, cause);
            return false;
        }
        result.append(outcome);
    }
    if (!m_db.commit()) {
        *error = Tr::tr("Cannot save the maps: %1").arg(m_db.lastError().text());
        m_db.rollback();
        return false;
    }
    *outcomes = result;
    return true;
}

bool MapStore::saveInTransaction(const TableMap &input, SaveOutcome *outcome, QString *error)
{
    TableMap map = input;
    qint64 id = 0;
    QString lookupError;
    if (mapId(map.name, &id, &lookupError)) {
        TableMap current;
        if (!load(map.name, &current, error))
            return false;
        if (current == map || (current.sameDefinition(map) && map.version == current.version)) {
            *outcome = SaveOutcome::Unchanged;
            return true;
        }
        if (map.version == current.version)
            map.version = nextVersion(current.version);
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE maps SET component = ? WHERE id = ?"));
        query.addBindValue(componentId(map.component));
        query.addBindValue(id);
        if (!query.exec()) {
            *error = storeError(query);
            return false;
        }
        *outcome = SaveOutcome::NewVersion;
    } else {
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("INSERT INTO maps (name, component, created_at) VALUES (?, ?, ?)"));
        query.addBindValue(map.name);
        query.addBindValue(componentId(map.component));
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!query.exec()) {
            *error = storeError(query);
            return false;
        }
        id = query.lastInsertId().toLongLong();
        *outcome = SaveOutcome::Created;
    }
    qint64 versionId = 0;
    if (!insertVersion(id, map, &versionId, error))
        return false;
    const bool created = *outcome == SaveOutcome::Created;
    // A map file need not name its publisher.
    const bool byWhom = !map.publisher.trimmed().isEmpty();
    const QString message = created
        ? (byWhom ? Tr::tr("Map created with version %1 by %2.").arg(map.version, map.publisher)
                  : Tr::tr("Map created with version %1.").arg(map.version))
        : (byWhom ? Tr::tr("Map saved as version %1 by %2.").arg(map.version, map.publisher)
                  : Tr::tr("Map saved as version %1.").arg(map.version));
    return ActivityLog::append(
        m_db, created ? ActivityKind::MapCreated : ActivityKind::MapSaved, id, 0, message, error);
}

bool MapStore::load(const QString &name, TableMap *map, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT v.definition FROM maps m "
                                 "JOIN map_versions v ON v.id = m.active_version_id "
                                 "WHERE m.name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        *error = storeError(query);
        return false;
    }
    if (!query.next()) {
        *error = Tr::tr("There is no map named \"%1\".").arg(name);
        return false;
    }
    return definitionFromText(name, query.value(0).toString(), map, error);
}

bool MapStore::loadAll(QList<TableMap> *maps, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT m.name, v.definition FROM maps m "
                                   "JOIN map_versions v ON v.id = m.active_version_id "
                                   "ORDER BY m.name"))) {
        *error = storeError(query);
        return false;
    }
    QList<TableMap> result;
    while (query.next()) {
        TableMap map;
        if (!definitionFromText(query.value(0).toString(), query.value(1).toString(), &map, error))
            return false;
        result.append(map);
    }
    *maps = result;
    return true;
}

bool MapStore::summaries(QList<MapSummary> *summaries, QString *error) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT m.id, m.name, m.status, m.status_reason, v.definition,"
        " (SELECT COUNT(*) FROM record_states r WHERE r.map_id = m.id AND r.status = ?),"
        " (SELECT MAX(COALESCE(runs.finished_at, runs.started_at)) FROM run_map_counts c"
        "  JOIN runs ON runs.id = c.run_id WHERE c.map_id = m.id)"
        " FROM maps m JOIN map_versions v ON v.id = m.active_version_id ORDER BY m.name"));
    query.addBindValue(static_cast<int>(RecordStatus::Failed));
    if (!query.exec()) {
        *error = storeError(query);
        return false;
    }
    QList<MapSummary> result;
    while (query.next()) {
        MapSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.name = query.value(1).toString();
        mapStatusFromId(query.value(2).toString(), &summary.status);
        summary.statusReason = query.value(3).toString();
        TableMap map;
        if (!definitionFromText(summary.name, query.value(4).toString(), &map, error))
            return false;
        summary.component = map.component;
        summary.version = map.version;
        summary.direction = map.direction();
        summary.dataverseTable = map.dataverse.table;
        summary.financeTable = map.finance.table;
        summary.failed = query.value(5).toLongLong();
        summary.lastRunAt = query.value(6).toLongLong();
        result.append(summary);
    }
    *summaries = result;
    return true;
}

bool MapStore::versions(const QString &name, QList<MapVersionInfo> *versions, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT v.id, v.version, v.publisher, v.description, v.created_at,"
        " v.id = m.active_version_id FROM map_versions v JOIN maps m ON m.id = v.map_id"
        " WHERE m.name = ? ORDER BY v.id"));
    query.addBindValue(name);
    if (!query.exec()) {
        *error = storeError(query);
        return false;
    }
    QList<MapVersionInfo> result;
    while (query.next()) {
        result.append(
            { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toBool() });
    }
    *versions = result;
    return true;
}

bool MapStore::loadVersion(
    const QString &name, qint64 versionId, TableMap *map, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT v.definition FROM map_versions v"
                                 " JOIN maps m ON m.id = v.map_id WHERE m.name = ? AND v.id = ?"));
    query.addBindValue(name);
    query.addBindValue(versionId);
    if (!query.exec()) {
        *error = storeError(query);
        return false;
    }
    if (!query.next()) {
        //: %1 map name, %2 number of the stored version
        *error = Tr::tr("Map \"%1\" has no version %2.").arg(name).arg(versionId);
        return false;
    }
    return definitionFromText(name, query.value(0).toString(), map, error);
}

bool MapStore::activateVersion(const QString &name, qint64 versionId, QString *error)
{
    if (!m_db.transaction()) {
        *error = Tr::tr("Cannot activate a version of map \"%1\": %2")
                     .arg(name, m_db.lastError().text());
        return false;
    }
    const auto fail = [this] {
        m_db.rollback();
        return false;
    };
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT m.id, m.active_version_id, v.version, v.publisher"
                                 " FROM maps m JOIN map_versions v ON v.map_id = m.id"
                                 " WHERE m.name = ? AND v.id = ?"));
    query.addBindValue(name);
    query.addBindValue(versionId);
    if (!query.exec()) {
        *error = storeError(query);
        return fail();
    }
    if (!query.next()) {
        *error = Tr::tr("Map \"%1\" has no version %2.").arg(name).arg(versionId);
        return fail();
    }
    const qint64 id = query.value(0).toLongLong();
    const qint64 previous = query.value(1).toLongLong();
    const QString version = query.value(2).toString();
    const QString publisher = query.value(3).toString();
    query.finish();
    if (previous == versionId) {
        m_db.rollback();
        return true;
    }
    // The definition must still read back: a damaged one is never made active.
    TableMap map;
    if (!loadVersion(name, versionId, &map, error))
        return fail();
    query.prepare(QStringLiteral("UPDATE maps SET active_version_id = ? WHERE id = ?"));
    query.addBindValue(versionId);
    query.addBindValue(id);
    if (!query.exec()) {
        *error = storeError(query);
        return fail();
    }
    //: activity log; %1 version number such as 1.0.0.3, %2 its publisher
    const QString message = Tr::tr("Version %1 by %2 activated.").arg(version, publisher);
    if (!ActivityLog::append(m_db, ActivityKind::MapVersionActivated, id, 0, message, error))
        return fail();
    if (!m_db.commit()) {
        *error = Tr::tr("Cannot activate a version of map \"%1\": %2")
                     .arg(name, m_db.lastError().text());
        return fail();
    }
    return true;
}

} // namespace dw
