#pragma once

#include "workspace.h"

namespace dw {

// Creates the demo workspace: two SQLite environments with the Project Operations schemas and
// sample data, and the maps of the Project Operations template, so a first start does real
// work at once. The state store is written last and moved into place only when everything
// succeeded, so a failed creation never leaves something that looks like a workspace.
class DemoWorkspace
{
public:
    static bool create(const Workspace &workspace, int scale, QString *error);

    // The maps template shipped in the resources (dwadmin-maps/1 JSON).
    static QByteArray templateJson();
};

} // namespace dw
