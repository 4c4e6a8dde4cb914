#pragma once
// Minimal `--flag value` / `--switch` parser with the CLI's usage-error rules:
// unknown flags, missing values and bad numbers are usage errors (exit 2).
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <stdexcept>

namespace assay::cli {

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class CliArgs {
 public:
  // valueFlags take one value (`--seed 42` or `--seed=42`); switches take none.
  CliArgs(const QStringList& args, const QStringList& valueFlags, const QStringList& switches);

  const QStringList& positional() const { return positional_; }
  bool has(const QString& flag) const;
  QString value(const QString& flag, const QString& fallback = {}) const;
  QStringList values(const QString& flag) const;  // every occurrence, in order
  int intValue(const QString& flag, int fallback) const;
  double doubleValue(const QString& flag, double fallback) const;

 private:
  QStringList positional_;
  QHash<QString, QStringList> values_;
  QSet<QString> switches_;
};

// Prints "assay-cli: <message>" to stderr; returns the exit code to use.
int reportUsage(const QString& message, const char* synopsis);
int reportFailure(const QString& message);

}  // namespace assay::cli
