#include <QCoreApplication>
#include <cstdio>
#include <cstring>
#include <exception>

#include "CliArgs.h"
#include "CliCommand.h"
#include "MlModule.h"
#include "i18n/Translations.h"

namespace {

const assay::cli::CliCommand* findCommand(const QString& name) {
  for (const auto& c : assay::cli::commandRegistry())
    if (name == QLatin1String(c.name)) return &c;
  return nullptr;
}

// Help lists every command, the module's too (loading it costs only here).
void printHelp(FILE* out) {
  QString error;
  const bool ml = assay::cli::loadMlCommands(&error);
  std::fprintf(out, "assay-cli " ASSAY_VERSION " — reward-model workbench, command line\n\ncommands:\n");
  for (const auto& c : assay::cli::commandRegistry()) std::fprintf(out, "  %s\n", c.synopsis);
  std::fprintf(out,
               "\nReports are in English, or in Chinese under a Chinese system locale;\n"
               "ASSAY_LANGUAGE=en or ASSAY_LANGUAGE=zh_CN chooses one.\n");
  if (!ml) std::fprintf(out, "\n(train, eval and predict are unavailable: %s)\n", error.toUtf8().constData());
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName("assay-cli");
  // Like the GUI's "system" language, overridable with ASSAY_LANGUAGE; the
  // translator serves assay-cli-ml's commands too (they share this QtCore).
  assay::i18n::installTranslations(&app, assay::i18n::commandLineLanguage());
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
  const assay::cli::CliCommand* command = findCommand(name);
  QString moduleError;
  // Not a data command: perhaps one of the module's (loaded only now).
  if (!command && assay::cli::loadMlCommands(&moduleError)) command = findCommand(name);
  if (command) {
    try {
      return command->run(args);
    } catch (const assay::cli::UsageError& e) {
      return assay::cli::reportUsage(QString::fromUtf8(e.what()), command->synopsis);
    } catch (const std::exception& e) {
      return assay::cli::reportFailure(QString::fromUtf8(e.what()));
    }
  }
  std::fprintf(stderr, "assay-cli: unknown command '%s'\n", name.toUtf8().constData());
  printHelp(stderr);
  return assay::cli::kUsage;
}
