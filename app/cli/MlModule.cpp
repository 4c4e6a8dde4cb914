#include "MlModule.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>
#include <vector>

#include "CliCommand.h"

namespace assay::cli {

bool loadMlCommands(QString* error) {
  static bool loaded = false;
  static QString lastError;
  if (loaded) return true;
  if (!lastError.isEmpty()) {
    *error = lastError;
    return false;
  }
  const QString dir = QCoreApplication::applicationDirPath();
  // Build tree: beside assay-cli; installed: bin/../lib/assay (app/CMakeLists.txt).
  const QStringList candidates{dir + "/assay-cli-ml.so", dir + "/../lib/assay/assay-cli-ml.so"};
  for (const QString& path : candidates) {
    if (!QFileInfo::exists(path)) continue;
    // Never unloaded: the commands' code stays in use until exit.
    auto* module = new QLibrary(path);
    using Entry = const std::vector<CliCommand>* (*)();
    const auto entry = reinterpret_cast<Entry>(module->resolve(kMlModuleEntry));
    if (!entry) {
      lastError = path + ": " + module->errorString();
      *error = lastError;
      return false;
    }
    for (const CliCommand& c : *entry()) commandRegistry().push_back(c);
    loaded = true;
    return true;
  }
  lastError = "assay-cli-ml.so (the train/eval/predict commands) is not in " + candidates.join(" or ");
  *error = lastError;
  return false;
}

}  // namespace assay::cli
