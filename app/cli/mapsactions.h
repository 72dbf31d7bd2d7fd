#pragma once

#include "arguments.h"
#include "clicontext.h"

namespace dw::cli {

// The actions of "dwadmin-cli maps", each given the arguments after the action word.
int exportMaps(CliContext &context, Arguments &arguments);
int importMaps(CliContext &context, Arguments &arguments);
int validateMaps(CliContext &context, Arguments &arguments);

} // namespace dw::cli
