#include "demoworkspace.h"

#include "dbconnection.h"
#include "demodata.h"
#include "environmentstore.h"
#include "mapstore.h"
#include "privatefile.h"
#include "sqlscript.h"
#include "statestore.h"
#include "tablemapjson.h"
#include "tr.h"

#include <QFile>

static void initCoreResources()
{
    Q_INIT_RESOURCE(dwcore);
}

namespace dw {

namespace {

QString resourceText(const QString &path)
{
    initCoreResources();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool createEnvironment(
    const QString &path, const QString &schemaResource, DemoData &data, Side side, QString *error)
{
    QFile::remove(path);
    if (!ensurePrivateFile(path, error))
        return false;
    DbConnection connection;
    if (!connection.open(ConnectionSpec::sqliteFile(path), error))
        return false;
    if (!runSqlScript(connection.database(), resourceText(schemaResource), schemaResource, error))
        return false;
    return side == Side::Dataverse ? data.fillDataverse(connection.database(), error)
                                   : data.fillFinance(connection.database(), error);
}

} // namespace

QByteArray DemoWorkspace::templateJson()
{
    return resourceText(QStringLiteral(":/dwadmin/templates/project-operations-erp.json")).toUtf8();
}

bool DemoWorkspace::create(const Workspace &workspace, int scale, QString *error)
{
    if (workspace.exists()) {
        *error = Tr::tr("%1 already holds a workspace.").arg(workspace.directory());
        return false;
    }
    if (!ensurePrivateDirectory(workspace.directory(), error))
        return false;

    DemoData data(scale);
    if (!createEnvironment(workspace.filePath(QStringLiteral("dataverse.db")),
            QStringLiteral(":/dwadmin/demo/dataverse.sql"), data, Side::Dataverse, error)
        || !createEnvironment(workspace.filePath(QStringLiteral("finance.db")),
            QStringLiteral(":/dwadmin/demo/finance.sql"), data, Side::Finance, error))
        return false;

    QList<TableMap> maps;
    QString cause;
    if (!TableMapJson::read(templateJson(), &maps, &cause)) {
        *error = Tr::tr("The built-in map template is damaged: %1").arg(cause);
        return false;
    }

    const QString partial = workspace.stateStorePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        StateStore store;
        if (!store.open(partial, error))
            return false;
        EnvironmentStore environments(store.database());
        if (!environments.save(
                Side::Dataverse, ConnectionSpec::sqliteFile(QStringLiteral("dataverse.db")), error)
            || !environments.save(
                Side::Finance, ConnectionSpec::sqliteFile(QStringLiteral("finance.db")), error))
            return false;
        MapStore mapStore(store.database());
        for (const TableMap &map : std::as_const(maps)) {
            MapStore::SaveOutcome outcome;
            if (!mapStore.save(map, &outcome, error))
                return false;
        }
    }
    if (!QFile::rename(partial, workspace.stateStorePath())) {
        *error = Tr::tr("Cannot move the new state store into place at %1.")
                     .arg(workspace.stateStorePath());
        return false;
    }
    return true;
}

} // namespace dw
