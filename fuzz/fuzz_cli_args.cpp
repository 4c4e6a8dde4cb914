// The CLI argument parser: the input is an argument vector, one argument
// per NUL-separated piece. Every parse either succeeds or raises a usage
// error (exit 2), and every accessor then behaves.
#include <QStringList>

#include "FuzzTarget.h"
#include "cli/CliArgs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const QStringList valueFlags = {"train_file",    "output_dir", "num_train_epochs",
                                         "learning_rate", "seed",       "label"};
  static const QStringList switches = {"add_labels", "bf16", "gradient_checkpointing"};
  QStringList args;
  const char* text = reinterpret_cast<const char*>(data);
  size_t start = 0;
  for (size_t i = 0; i <= size; ++i) {
    if (i == size || text[i] == '\0') {
      args << QString::fromUtf8(text + start, static_cast<qsizetype>(i - start));
      start = i + 1;
    }
  }
  try {
    const assay::cli::CliArgs parsed(args, valueFlags, switches);
    for (const QString& flag : valueFlags + switches) {
      parsed.has(flag);
      parsed.values(flag);
      try {
        parsed.intValue(flag, 0);
        parsed.doubleValue(flag, 0.0);
      } catch (const assay::cli::UsageError&) {
      }
    }
    FUZZ_CHECK(parsed.positional().size() <= args.size());
  } catch (const assay::cli::UsageError&) {
  }
  return 0;
}
