#include <QCoreApplication>
#include <cstdio>
#include <cstring>
#include <exception>

#include "CliArgs.h"
#include "CliCommand.h"

namespace assay::cli {
std::vector<CliCommand>& commandRegistry() {
  static std::vector<CliCommand> registry;
  return registry;
}
}  // namespace assay::cli

namespace {

void printHelp(FILE* out) {
  std::fprintf(out, "assay-cli " ASSAY_VERSION " — reward-model workbench, command line\n\ncommands:\n");
  for (const auto& c : assay::cli::commandRegistry()) std::fprintf(out, "  %s\n", c.synopsis);
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName("assay-cli");
  QStringList args = QCoreApplication::arguments().mid(1);
  if (args.isEmpty()) {
    printHelp(stderr);
    return assay::cli::kUsage;
  }
  const QString name = args.takeFirst();
  if (name == "help" || name == "--help" || name == "-h") {
    printHelp(stdout);
    return assay::cli::kOk;
  }
  if (name == "--version") {
    std::printf("assay-cli %s\n", ASSAY_VERSION);
    return assay::cli::kOk;
  }
  for (const auto& c : assay::cli::commandRegistry()) {
    if (name != QLatin1String(c.name)) continue;
    try {
      return c.run(args);
    } catch (const assay::cli::UsageError& e) {
      return assay::cli::reportUsage(QString::fromUtf8(e.what()), c.synopsis);
    } catch (const std::exception& e) {
      return assay::cli::reportFailure(QString::fromUtf8(e.what()));
    }
  }
  std::fprintf(stderr, "assay-cli: unknown command '%s'\n", name.toUtf8().constData());
  printHelp(stderr);
  return assay::cli::kUsage;
}
