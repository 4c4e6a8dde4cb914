#pragma once
// The LibTorch commands (train, eval, predict) live in the assay-cli-ml
// module so that the data commands start without loading LibTorch; this
// loads it on demand and adds its commands to assay-cli's registry.
#include <QString>

namespace assay::cli {

// The name of the module's entry point: returns the module's registry
// (const std::vector<CliCommand>*).
inline constexpr const char* kMlModuleEntry = "assayCliMlCommands";

// Loads the module (once) from assay-cli's directory or ../lib/assay and
// appends its commands to commandRegistry(). False with `error` set when it
// cannot be found or loaded.
bool loadMlCommands(QString* error);

}  // namespace assay::cli
