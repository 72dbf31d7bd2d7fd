#pragma once

#include "statestore.h"
#include "workspace.h"

#include <QStringList>
#include <QTextStream>

namespace dw::cli {

// Exit codes promised to scripts: 0 ok, 1 some records failed, 2 usage or configuration error.
enum ExitCode { ExitOk = 0, ExitRecordsFailed = 1, ExitUsage = 2 };

// What every command gets: the workspace, its arguments and the two output streams.
struct CliContext
{
    Workspace workspace;
    QStringList arguments; // after the command words
    QTextStream &out;
    QTextStream &err;

    // Opens the workspace's state store; on failure prints why and returns false.
    bool openStore(StateStore &store) const;
    int usageError(const QString &message) const;
    int failure(const QString &message) const;
};

} // namespace dw::cli
