// assay-cli flag PROJECT|FILE: likely wrong labels by confident learning
// (train/LabelFlagger.h): out-of-fold probabilities of the character n-gram
// model, per-class thresholds, most confident disagreement first. A
// project's run is stored (flag_runs, label_flags: the GUI shows it); a
// file's is only printed. Lives in assay-cli-ml because core/train does.
#include <QFileInfo>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "CliArgs.h"
#include "CliCommand.h"
#include "TerminalProgress.h"
#include "data/DataFormat.h"
#include "data/LabelFlags.h"
#include "data/ProjectStore.h"
#include "train/LabelFlagger.h"
#include "train/ProjectFlagging.h"

namespace assay::cli {
namespace {

constexpr const char* kSynopsis =
    "assay-cli flag PROJECT.assay|FILE [--folds 5] [--seed 42] [--max_flags K] [--json] [--by NAME]\n"
    "                  (likely wrong labels: out-of-fold n-gram predictions and confident learning;\n"
    "                  preference pairs whose chosen side the model confidently rejects. A project's\n"
    "                  run is stored for the GUI, by --by (default $USER). --json: one line per flag,\n"
    "                  most confident first: {\"sample_id\", \"text\", \"given_label\", \"suggested_label\",\n"
    "                  \"score\", \"given_probability\", \"suggested_probability\"}; for a FILE sample_id is\n"
    "                  the 1-based line where the record starts; a pair's labels are \"chosen\" -> \"rejected\")";

std::atomic<bool> interrupted{false};
extern "C" void onInterrupt(int) { interrupted = true; }

// The records a run looks at, and how each is named in the output.
int runFlag(const QStringList& args) {
  if (args.contains(QStringLiteral("--help"))) {
    std::printf("%s\n", kSynopsis);
    return kOk;
  }
  const CliArgs a(args, {"folds", "seed", "max_flags", "by"}, {"json"});
  if (a.positional().size() != 1) throw UsageError("flag takes exactly one PROJECT.assay or FILE");
  const QString path = a.positional().first();
  FlaggerOptions options;
  options.folds = a.intValue("folds", 5);
  options.seed = uint64_t(a.intValue("seed", 42));
  options.maxFlags = a.intValue("max_flags", 0);
  if (options.folds < 2) throw UsageError("--folds must be at least 2");
  if (options.maxFlags < 0) throw UsageError("--max_flags must be 0 (all) or more");
  const QString by = a.value("by", qEnvironmentVariable("USER", QStringLiteral("assay-cli")));
  if (by.trimmed().isEmpty()) throw UsageError("--by must not be empty");

  FlaggableRecords records;
  data::LabelSchema schema;
  std::unique_ptr<data::ProjectStore> store;
  if (path.endsWith(QLatin1String(".assay"))) {
    store = data::ProjectStore::open(path);
    schema = store->labelSchema();
    store->forEachSample(data::Split::All, [&](const data::Sample& s) { records.add(s, s.id); });
  } else {
    const auto read = data::readSamplesFile(path, data::Format::Auto, nullptr, data::LabelPolicy::Grow);
    if (read.fileUnreadable)
      return reportFailure(read.issues.empty() ? path + ": cannot read" : read.issues.front().toString());
    for (const auto& issue : read.issues)
      std::fprintf(stderr, "assay-cli: skipped %s\n", issue.toString().toUtf8().constData());
    schema = read.schema;
    for (const auto& s : read.samples) records.add(s, s.sourceLine);
  }

  interrupted = false;
  const auto previous = std::signal(SIGINT, onInterrupt);
  std::vector<FoundFlag> flagged;
  try {
    TerminalProgress progress(QStringLiteral("Flagging %1 records").arg(records.size()), 1);
    FlaggerControl control;
    control.cancel = &interrupted;
    control.progress = [&](int done, int total) {
      progress.setTotal(total);
      progress.update(done);
    };
    flagged = flagRecords(records, schema.size(), options, control);
    progress.finish();
  } catch (const FlaggingCancelled&) {
    std::signal(SIGINT, previous);
    return reportFailure(path + QStringLiteral(": cancelled; nothing was stored"));
  } catch (const std::invalid_argument& e) {
    std::signal(SIGINT, previous);
    return reportFailure(path + QStringLiteral(": ") + QString::fromUtf8(e.what()));
  }
  std::signal(SIGINT, previous);

  if (store) {
    std::vector<data::NewLabelFlag> rows;
    for (const FoundFlag& f : flagged)
      rows.push_back({f.id, f.flag.givenLabel, f.flag.suggestedLabel, f.flag.suggestedProbability, f.flag.score});
    const qint64 runId = data::saveFlagRun(*store, by, flaggerMethodName(options), records.size(), rows);
    std::fprintf(stderr, "%s: flag run %lld stored: %zu flags\n", path.toUtf8().constData(),
                 static_cast<long long>(runId), flagged.size());
  }

  const auto labelName = [&](int id) { return schema.nameOf(id); };
  const auto textOf = [&](const FoundFlag& f) {
    // Index into the run's own lists: texts or pairs.
    return f.pair ? records.chosen[f.flag.index] : records.texts[f.flag.index];
  };
  if (a.has("json")) {
    for (const FoundFlag& f : flagged) {
      nlohmann::ordered_json j = {{"sample_id", f.id}, {"text", textOf(f).toStdString()}};
      if (f.pair) {
        j["given_label"] = "chosen";
        j["suggested_label"] = "rejected";
      } else {
        j["given_label"] = labelName(f.flag.givenLabel).toStdString();
        j["suggested_label"] = labelName(f.flag.suggestedLabel).toStdString();
      }
      j["score"] = f.flag.score;
      j["given_probability"] = f.flag.givenProbability;  // out of fold
      j["suggested_probability"] = f.flag.suggestedProbability;
      std::printf("%s\n", j.dump(-1, ' ', false).c_str());
    }
    return kOk;
  }
  std::printf("%zu likely wrong labels among %lld records (%s)\n", flagged.size(),
              static_cast<long long>(records.size()), flaggerMethodName(options).toUtf8().constData());
  for (const FoundFlag& f : flagged) {
    const QString why =
        f.pair ? QStringLiteral("chosen side rejected: P(chosen better) %1").arg(f.flag.givenProbability, 0, 'f', 3)
               : QStringLiteral("%1 -> %2 (p %3 vs %4)")
                     .arg(labelName(f.flag.givenLabel), labelName(f.flag.suggestedLabel))
                     .arg(f.flag.suggestedProbability, 0, 'f', 3)
                     .arg(f.flag.givenProbability, 0, 'f', 3);
    std::printf("%lld\t%.3f\t%s\t%s\n", static_cast<long long>(f.id), f.flag.score, why.toUtf8().constData(),
                textOf(f).left(80).simplified().toUtf8().constData());
  }
  return kOk;
}

}  // namespace

ASSAY_CLI_COMMAND("flag", kSynopsis, runFlag);

}  // namespace assay::cli
