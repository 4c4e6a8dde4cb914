#include "CliArgs.h"

#include <cstdio>

#include "CliCommand.h"

namespace assay::cli {

CliArgs::CliArgs(const QStringList& args, const QStringList& valueFlags, const QStringList& switches) {
  for (int i = 0; i < args.size(); ++i) {
    const QString& a = args.at(i);
    if (!a.startsWith("--") || a == "--") {
      positional_ << a;
      continue;
    }
    QString name = a.mid(2);
    QString inlineValue;
    bool hasInline = false;
    if (const int eq = name.indexOf('='); eq >= 0) {
      inlineValue = name.mid(eq + 1);
      name = name.left(eq);
      hasInline = true;
    }
    if (switches.contains(name)) {
      if (hasInline) {
        const QString v = inlineValue.toLower();
        if (v == "true" || v == "1") switches_.insert(name);
        else if (v != "false" && v != "0")
          throw UsageError(QString("--%1 takes true or false, not '%2'").arg(name, inlineValue).toStdString());
      } else if (i + 1 < args.size() && (args.at(i + 1).compare("true", Qt::CaseInsensitive) == 0 ||
                                         args.at(i + 1).compare("false", Qt::CaseInsensitive) == 0)) {
        // TRL scripts accept `--flag True`; keep that working.
        if (args.at(++i).compare("true", Qt::CaseInsensitive) == 0) switches_.insert(name);
      } else {
        switches_.insert(name);
      }
    } else if (valueFlags.contains(name)) {
      if (hasInline) {
        values_[name] << inlineValue;
      } else {
        if (i + 1 >= args.size()) throw UsageError(QString("--%1 needs a value").arg(name).toStdString());
        values_[name] << args.at(++i);
      }
    } else {
      throw UsageError(QString("unknown option --%1").arg(name).toStdString());
    }
  }
}

bool CliArgs::has(const QString& flag) const { return switches_.contains(flag) || values_.contains(flag); }

QString CliArgs::value(const QString& flag, const QString& fallback) const {
  const auto it = values_.find(flag);
  return it == values_.end() ? fallback : it->last();
}

QStringList CliArgs::values(const QString& flag) const { return values_.value(flag); }

int CliArgs::intValue(const QString& flag, int fallback) const {
  if (!values_.contains(flag)) return fallback;
  bool ok = false;
  const int v = value(flag).toInt(&ok);
  if (!ok) throw UsageError(QString("--%1 expects an integer, got '%2'").arg(flag, value(flag)).toStdString());
  return v;
}

double CliArgs::doubleValue(const QString& flag, double fallback) const {
  if (!values_.contains(flag)) return fallback;
  bool ok = false;
  const double v = value(flag).toDouble(&ok);
  if (!ok) throw UsageError(QString("--%1 expects a number, got '%2'").arg(flag, value(flag)).toStdString());
  return v;
}

int reportUsage(const QString& message, const char* synopsis) {
  std::fprintf(stderr, "assay-cli: %s\nusage: %s\n", message.toUtf8().constData(), synopsis);
  return kUsage;
}

int reportFailure(const QString& message) {
  std::fprintf(stderr, "assay-cli: %s\n", message.toUtf8().constData());
  return kFailure;
}

}  // namespace assay::cli
