#include "hostileworkspace.h"

#include "environmentstore.h"
#include "mapstore.h"
#include "sqlscript.h"
#include "statestore.h"
#include "syncengine.h"
#include "tablemapjson.h"
#include "testdb.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <tuple>

using namespace dw;

namespace {

QByteArray fixtureFile(const QString &name)
{
    QFile file(QStringLiteral(DW_HOSTILE_DIR "/fixture/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

HostileWorkspace::HostileWorkspace(const QString &directory)
    : m_directory(directory)
{ }

bool HostileWorkspace::runSql(const QString &side, const QString &script, QString *error) const
{
    TestDb db(environmentFile(side));
    return runSqlScript(db.db(), script, side + QStringLiteral(" setup"), error);
}

bool HostileWorkspace::create(QString *error)
{
    for (const QString &side : { QStringLiteral("dataverse"), QStringLiteral("finance") }) {
        {
            TestDb db(environmentFile(side));
            if (!db.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
                *error = db.lastError;
                return false;
            }
        }
        if (!runSql(side, QString::fromUtf8(fixtureFile(side + QStringLiteral(".sql"))), error))
            return false;
    }
    {
        StateStore store;
        if (!store.open(path(QStringLiteral("workspace.db")), error))
            return false;
        QList<TableMap> maps;
        QList<MapStore::SaveOutcome> outcomes;
        EnvironmentStore environments(store.database());
        if (!TableMapJson::read(fixtureFile(QStringLiteral("maps.json")), &maps, error)
            || !MapStore(store.database()).saveAll(maps, &outcomes, error)
            || !environments.save(
                Side::Dataverse, ConnectionSpec::sqliteFile(QStringLiteral("dataverse.db")), error)
            || !environments.save(
                Side::Finance, ConnectionSpec::sqliteFile(QStringLiteral("finance.db")), error))
            return false;
    }
    SyncEngine engine { Workspace(m_directory) };
    SyncRequest request;
    request.allMaps = true;
    SyncResult result;
    if (!engine.run(request, &result, error))
        return false;
    if (result.anyMapFailed() || result.failedRecords() > 0) {
        *error = QStringLiteral("the fixture's first sync did not succeed");
        return false;
    }
    return true;
}

QByteArray HostileWorkspace::exportedMaps(QString *error) const
{
    StateStore store;
    QList<TableMap> maps;
    if (!store.open(path(QStringLiteral("workspace.db")), error)
        || !MapStore(store.database()).loadAll(&maps, error))
        return {};
    return TableMapJson::write(maps);
}

bool HostileWorkspace::recordStatuses(QHash<QString, int> *statuses, QString *error) const
{
    TestDb db(path(QStringLiteral("workspace.db")));
    QSqlQuery query(db.db());
    if (!query.exec(QStringLiteral("SELECT m.name, r.record_key, r.status FROM record_states r"
                                   " JOIN maps m ON m.id = r.map_id"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        statuses->insert(
            query.value(0).toString() + u'\t' + query.value(1).toString(), query.value(2).toInt());
    return true;
}

bool HostileWorkspace::failedRecords(QHash<QString, QJsonObject> *failed, QString *error) const
{
    TestDb db(path(QStringLiteral("workspace.db")));
    QSqlQuery query(db.db());
    if (!query.exec(QStringLiteral(
            "SELECT m.name, r.record_key, r.error_class, r.error_message FROM record_states r"
            " JOIN maps m ON m.id = r.map_id WHERE r.status = 1"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        failed->insert(query.value(0).toString() + u'\t' + query.value(1).toString(),
            QJsonObject { { QStringLiteral("class"), query.value(2).toString() },
                { QStringLiteral("message"), query.value(3).toString() } });
    return true;
}

bool HostileWorkspace::mapStatus(
    const QString &map, QString *status, QString *reason, QString *error) const
{
    TestDb db(path(QStringLiteral("workspace.db")));
    QSqlQuery query(db.db());
    query.prepare(QStringLiteral("SELECT status, status_reason FROM maps WHERE name = ?"));
    query.addBindValue(map);
    if (!query.exec() || !query.next()) {
        *error = QStringLiteral("no map %1: %2").arg(map, query.lastError().text());
        return false;
    }
    *status = query.value(0).toString();
    *reason = query.value(1).toString();
    return true;
}

bool HostileWorkspace::compare(const QJsonArray &extra, const QStringList &only,
    QStringList *differences, QString *error) const
{
    QJsonArray comparisons
        = QJsonDocument::fromJson(fixtureFile(QStringLiteral("compare.json")))[u"maps"].toArray();
    for (const QJsonValue &value : extra)
        comparisons.append(value);
    TestDb db(environmentFile(QStringLiteral("finance")));
    if (!db.exec(QStringLiteral("ATTACH DATABASE '%1' AS dv")
                     .arg(environmentFile(QStringLiteral("dataverse"))))) {
        *error = db.lastError;
        return false;
    }
    for (const QJsonValue &value : std::as_const(comparisons)) {
        const QString map = value[u"map"].toString();
        if (!only.isEmpty() && !only.contains(map))
            continue;
        const QString dataverse = value[u"dataverse"].toString();
        const QString finance = value[u"finance"].toString();
        for (const auto &[from, to, what] :
            { std::tuple { dataverse, finance, QStringLiteral("missing in Finance") },
                std::tuple { finance, dataverse, QStringLiteral("only in Finance") } }) {
            QSqlQuery query(db.db());
            if (!query.exec(QStringLiteral("%1 EXCEPT %2").arg(from, to))) {
                *error = QStringLiteral("%1: %2").arg(map, query.lastError().text());
                return false;
            }
            while (query.next()) {
                QStringList row;
                for (int i = 0; i < query.record().count(); ++i)
                    row.append(query.value(i).toString().left(40));
                differences->append(QStringLiteral("%1: %2: %3").arg(map, what, row.join(u", ")));
            }
        }
    }
    return true;
}

bool HostileWorkspace::backup(const QString &side, const QString &file, QString *error) const
{
    TestDb db(environmentFile(side));
    QFile::remove(file);
    if (!db.exec(QStringLiteral("VACUUM INTO '%1'").arg(file))) {
        *error = db.lastError;
        return false;
    }
    return true;
}

bool HostileWorkspace::restore(const QString &side, const QString &file, QString *error) const
{
    const QString target = environmentFile(side);
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(target + suffix);
    if (!QFile::copy(file, target)) {
        *error = QStringLiteral("cannot restore %1 from %2").arg(target, file);
        return false;
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}
