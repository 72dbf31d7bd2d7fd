#include "demoworkspace.h"

#include "dbconnection.h"
#include "demodata.h"
#include "environmentstore.h"
#include "mapstore.h"
#include "privatefile.h"
#include "schemaddl.h"
#include "schemajson.h"
#include "sqlscript.h"
#include "statestore.h"
#include "tablemapjson.h"
#include "tr.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

static void initCoreResources()
{
    Q_INIT_RESOURCE(dwcore);
}

namespace dw {

namespace {

QByteArray resource(const QString &path)
{
    initCoreResources();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString schemaResource(Side side)
{
    return QStringLiteral(":/dwadmin/schema/%1.json").arg(sideId(side));
}

// An empty environment with the tables of the side's committed schema.
bool createEnvironment(const QString &path, Side side, QString *error)
{
    QFile::remove(path);
    if (!ensurePrivateFile(path, error))
        return false;
    QList<TableDefinition> tables;
    if (!DemoWorkspace::schema(side, &tables, error))
        return false;
    DbConnection connection;
    if (!connection.open(ConnectionSpec::sqliteFile(path), error))
        return false;
    // The console, a live sync and the simulator read and write at once: write-ahead logging
    // lets readers go on while one of them writes.
    QSqlQuery(connection.database()).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    for (const TableDefinition &table : std::as_const(tables)) {
        if (!SchemaDdl::create(connection.database(), table, error))
            return false;
    }
    return true;
}

// The business validations of the side (resources/demo/<side>-rules.sql), created after the
// data so the demo's own rows are not checked; the sync's writes are.
bool createRules(const QString &path, Side side, QString *error)
{
    DbConnection connection;
    if (!connection.open(ConnectionSpec::sqliteFile(path), error))
        return false;
    const QString name = QStringLiteral("%1-rules.sql").arg(sideId(side));
    return runSqlScript(connection.database(),
        QString::fromUtf8(resource(QStringLiteral(":/dwadmin/demo/") + name)), name, error);
}

} // namespace

QByteArray DemoWorkspace::templateJson()
{
    return resource(QStringLiteral(":/dwadmin/templates/project-operations-erp.json"));
}

bool DemoWorkspace::schema(Side side, QList<TableDefinition> *tables, QString *error)
{
    QString cause;
    if (!SchemaJson::read(resource(schemaResource(side)), tables, &cause)) {
        *error = Tr::tr("The built-in %1 schema is damaged: %2").arg(sideName(side), cause);
        return false;
    }
    return true;
}

namespace {

// The environments and maps of the demo, in a store that has none yet.
bool fillStore(StateStore &store, const QList<TableMap> &maps, QString *error)
{
    EnvironmentStore environments(store.database());
    if (!environments.save(
            Side::Dataverse, ConnectionSpec::sqliteFile(QStringLiteral("dataverse.db")), error)
        || !environments.save(
            Side::Finance, ConnectionSpec::sqliteFile(QStringLiteral("finance.db")), error))
        return false;
    MapStore mapStore(store.database());
    for (const TableMap &map : maps) {
        MapStore::SaveOutcome outcome;
        if (!mapStore.save(map, &outcome, error))
            return false;
    }
    return true;
}

// A workspace.json naming a server comes first; the demo may go into that store while it
// holds no maps.
bool serverStoreIsEmpty(const Workspace &workspace, QString *error)
{
    StateStore store;
    if (!store.open(workspace, error))
        return false;
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM maps")) || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.value(0).toLongLong() > 0) {
        *error = Tr::tr("The state store %1 already holds a workspace.")
                     .arg(workspace.stateStoreDisplayName());
        return false;
    }
    return true;
}

} // namespace

bool DemoWorkspace::create(const Workspace &workspace, int scale, QString *error)
{
    ConnectionSpec storeSpec;
    if (!workspace.stateStore(&storeSpec, error))
        return false;
    const bool onServer = !storeSpec.isSqlite();
    if (onServer ? !serverStoreIsEmpty(workspace, error) : workspace.exists()) {
        if (!onServer)
            *error = Tr::tr("%1 already holds a workspace.").arg(workspace.directory());
        return false;
    }
    if (!ensurePrivateDirectory(workspace.directory(), error))
        return false;

    const QString dataverse = workspace.filePath(QStringLiteral("dataverse.db"));
    const QString finance = workspace.filePath(QStringLiteral("finance.db"));
    DemoData data(scale);
    if (!createEnvironment(dataverse, Side::Dataverse, error)
        || !createEnvironment(finance, Side::Finance, error)
        || !data.fill(dataverse, finance, error) || !createRules(dataverse, Side::Dataverse, error)
        || !createRules(finance, Side::Finance, error))
        return false;

    QList<TableMap> maps;
    QString cause;
    if (!TableMapJson::read(templateJson(), &maps, &cause)) {
        *error = Tr::tr("The built-in map template is damaged: %1").arg(cause);
        return false;
    }

    if (onServer) {
        StateStore store;
        return store.open(workspace, error) && fillStore(store, maps, error);
    }
    // A SQLite store appears only once complete: an interrupted creation leaves no workspace.
    const QString partial = workspace.sqliteStorePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        StateStore store;
        if (!store.open(partial, error) || !fillStore(store, maps, error))
            return false;
    }
    if (!QFile::rename(partial, workspace.sqliteStorePath())) {
        *error = Tr::tr("Cannot move the new state store into place at %1.")
                     .arg(workspace.sqliteStorePath());
        return false;
    }
    return true;
}

} // namespace dw
