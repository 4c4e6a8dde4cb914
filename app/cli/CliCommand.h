#pragma once
// Registry of assay-cli sub-commands. Each command lives in its own
// cmd_<name>.cpp and registers itself with ASSAY_CLI_COMMAND, so adding a
// command never touches main.cpp.
#include <QStringList>
#include <functional>
#include <vector>

namespace assay::cli {

// Exit codes every command keeps to (scripts and the tests rely on them):
// 0 success, 1 failure, 2 bad usage.
enum ExitCode { kOk = 0, kFailure = 1, kUsage = 2 };

struct CliCommand {
  const char* name;
  const char* synopsis;                             // one usage line, shown by `assay-cli help`
  std::function<int(const QStringList& args)> run;  // args exclude the command name
};

std::vector<CliCommand>& commandRegistry();

struct CommandRegistrar {
  explicit CommandRegistrar(CliCommand command) { commandRegistry().push_back(std::move(command)); }
};

}  // namespace assay::cli

#define ASSAY_CLI_CONCAT_INNER(a, b) a##b
#define ASSAY_CLI_CONCAT(a, b) ASSAY_CLI_CONCAT_INNER(a, b)
// clang-format would read the braced initialiser as a function body.
// clang-format off
#define ASSAY_CLI_COMMAND(name, synopsis, fn) \
  static const ::assay::cli::CommandRegistrar ASSAY_CLI_CONCAT(assayCliRegistrar_, __LINE__){{name, synopsis, fn}}
// clang-format on
