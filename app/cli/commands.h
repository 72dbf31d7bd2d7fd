#pragma once

#include "clicontext.h"

namespace dw::cli {

// One function per top-level command; each parses its own arguments from the context.
int mapsCommand(CliContext &context);
int demoCommand(CliContext &context);
int cdmCommand(CliContext &context);
int runCommand(CliContext &context);
int workerCommand(CliContext &context);
int retryCommand(CliContext &context);
int pauseCommand(CliContext &context);
int resumeCommand(CliContext &context);
int stopCommand(CliContext &context);
int statusCommand(CliContext &context);
int recordsCommand(CliContext &context);
int workspaceCommand(CliContext &context);

} // namespace dw::cli
