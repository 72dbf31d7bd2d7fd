#pragma once

#include "connectionspec.h"
#include "tabledefinition.h"

namespace dw {

// Opens an environment with a connection of its own on the calling thread, reads its tables
// and closes it again. Meant for pool threads: the map editor introspects both environments
// with it and the environments dialog tests a connection. A SQLite file that does not exist
// is reported, never created (opening one with QSQLITE would create an empty database).
// Errors: false with a translated message.
class EnvironmentProbe
{
public:
    static bool tableNames(const ConnectionSpec &spec, QStringList *names, QString *error);
    static bool tables(const ConnectionSpec &spec, QList<TableDefinition> *tables, QString *error);
};

} // namespace dw
