#include "CliCommand.h"

namespace assay::cli {

// Compiled into assay-cli and into the assay-cli-ml module: each has its own
// registry, and assay-cli copies the module's in (MlModule.cpp).
std::vector<CliCommand>& commandRegistry() {
  static std::vector<CliCommand> registry;
  return registry;
}

}  // namespace assay::cli
