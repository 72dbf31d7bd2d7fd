#include "clicontext.h"

#include "tr.h"

namespace dw::cli {

bool CliContext::openStore(StateStore &store) const
{
    if (!workspace.exists()) {
        err << Tr::tr("No workspace at %1. Create one with \"dwadmin-cli demo create\" or start "
                      "dwadmin once.")
                   .arg(workspace.directory())
            << Qt::endl;
        return false;
    }
    QString error;
    if (!store.open(workspace, &error)) {
        err << error << Qt::endl;
        return false;
    }
    return true;
}

int CliContext::usageError(const QString &message) const
{
    err << message << Qt::endl << Tr::tr("Run \"dwadmin-cli --help\" for usage.") << Qt::endl;
    return ExitUsage;
}

int CliContext::failure(const QString &message) const
{
    err << message << Qt::endl;
    return ExitUsage;
}

} // namespace dw::cli
