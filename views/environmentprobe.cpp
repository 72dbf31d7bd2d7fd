#include "environmentprobe.h"

#include "dbconnection.h"
#include "schemainspector.h"
#include "tr.h"

#include <QFileInfo>

namespace dw {

namespace {
bool openEnvironment(const ConnectionSpec &spec, DbConnection *connection, QString *error)
{
    if (spec.isSqlite()) {
        if (spec.database.trimmed().isEmpty()) {
            *error = Tr::tr("No database file is given.");
            return false;
        }
        if (!QFileInfo(spec.database).isFile()) {
            *error = Tr::tr("The file %1 does not exist.").arg(spec.database);
            return false;
        }
    }
    return connection->open(spec, error);
}
} // namespace

bool EnvironmentProbe::tableNames(const ConnectionSpec &spec, QStringList *names, QString *error)
{
    DbConnection connection;
    return openEnvironment(spec, &connection, error)
        && SchemaInspector(connection.database()).tableNames(names, error);
}

bool EnvironmentProbe::tables(
    const ConnectionSpec &spec, QList<TableDefinition> *tables, QString *error)
{
    DbConnection connection;
    return openEnvironment(spec, &connection, error)
        && SchemaInspector(connection.database()).allTables(tables, error);
}

} // namespace dw
