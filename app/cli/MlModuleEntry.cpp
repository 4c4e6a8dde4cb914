// Entry point of the assay-cli-ml module (see MlModule.h): its commands
// register themselves into the module's own registry at load time.
#include <vector>

#include "CliCommand.h"

extern "C" __attribute__((visibility("default"))) const std::vector<assay::cli::CliCommand>* assayCliMlCommands() {
  return &assay::cli::commandRegistry();
}
