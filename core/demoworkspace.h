#pragma once

#include "tabledefinition.h"
#include "workspace.h"

namespace dw {

// Creates the demo workspace: two SQLite environments with the Project Operations schemas
// (resources/schema, derived from the Common Data Model), their business validations
// (resources/demo/*-rules.sql), sample data at a scale (DemoData) and the maps of the template
// "Project Operations integrated with ERP", so a first start does real work at once. The state
// store is written last and moved into place only when everything succeeded, so a failed
// creation never leaves something that looks like a workspace.
class DemoWorkspace
{
public:
    static bool create(const Workspace &workspace, int scale, QString *error);

    // The maps template shipped in the resources (dwadmin-maps/1 JSON).
    static QByteArray templateJson();
    // The tables of a side's environment, as committed in resources/schema/<side>.json.
    static bool schema(Side side, QList<TableDefinition> *tables, QString *error);
};

} // namespace dw
