// assay-cli stats: sample counts, label distribution per split (laid out like
// the label distribution the original rm_train.py logs), duplicates and conflicting labels,
// and the dataset health warnings (data/DatasetHealth.h) at the tiny preset's max_length.
// The report is English, or rm_train.py's Chinese under a Chinese locale or
// ASSAY_LANGUAGE=zh_CN (main.cpp installs the translation).
#include <QCoreApplication>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "CliArgs.h"
#include "CliCommand.h"
#include "data/DatasetHealth.h"
#include "data/ProjectStore.h"
#include "train/TrainConfig.h"

namespace {

using namespace assay;
using Json = nlohmann::ordered_json;

Json countsJson(const data::LabelCounts& c, const data::LabelSchema& schema) {
  Json labels = Json::object();
  for (const data::Label& l : schema.labels()) labels[l.name.toStdString()] = c.perLabel[static_cast<size_t>(l.id)];
  return Json{{"total", c.total}, {"unlabeled", c.unlabeled}, {"labels", labels}};
}

// The report's lines, translated like the GUI (main.cpp installs the
// language); lupdate files them under this context.
struct Msg {
  Q_DECLARE_TR_FUNCTIONS(assay::cli::stats)
};

void say(const QString& text) { std::printf("%s\n", text.toUtf8().constData()); }

void printDistribution(const QString& heading, const data::LabelCounts& c, const data::LabelSchema& schema) {
  say(heading);
  for (const data::Label& l : schema.labels())
    say(Msg::tr("   %1: %n record(s)", nullptr, int(c.perLabel[static_cast<size_t>(l.id)])).arg(l.name));
  if (c.unlabeled) say(Msg::tr("   Unlabeled: %n record(s)", nullptr, int(c.unlabeled)));
  const qint64 other = c.total - c.unlabeled - [&] {
    qint64 n = 0;
    for (qint64 v : c.perLabel) n += v;
    return n;
  }();
  if (other) say(Msg::tr("   Pairs/KTO: %n record(s)", nullptr, int(other)));
}

Json healthJson(const data::HealthReport& report) {
  Json warnings = Json::array();
  for (const data::HealthWarning& w : report.warnings)
    warnings.push_back({{"code", w.code.toStdString()},
                        {"message", w.message.toStdString()},
                        {"count", w.count},
                        {"examples", w.examples}});
  return Json{{"records", report.records}, {"warnings", warnings}};
}

void printHealth(const data::HealthReport& report) {
  if (report.warnings.empty()) {
    say(Msg::tr("🩺 Dataset health: no warnings (%1 records with source copies)").arg(report.records));
    return;
  }
  say(Msg::tr("🩺 Dataset health: %n warning(s)", nullptr, int(report.warnings.size())));
  for (const data::HealthWarning& w : report.warnings) {
    QStringList ids;
    for (size_t i = 0; i < w.examples.size() && i < 10; ++i) ids << QString::number(w.examples[i]);
    say(QStringLiteral("   ⚠️  %1: %2").arg(w.code, w.message));
    say(Msg::tr("      e.g. sample ids %1").arg(ids.join(QStringLiteral(", "))));
  }
}

int runStats(const QStringList& args) {
  const cli::CliArgs a(args, {}, {"json"});
  if (a.positional().size() != 1) throw cli::UsageError("stats takes exactly one PROJECT.assay");
  const QString path = a.positional().first();
  const auto store = data::ProjectStore::open(path);
  const data::ProjectStats s = store->stats();
  const data::LabelSchema& schema = store->labelSchema();
  data::HealthOptions healthOptions;
  healthOptions.maxLength = TrainConfig().maxLength;  // what `train` cuts at by default
  const data::HealthReport health = data::checkProjectHealth(*store, healthOptions);

  if (a.has("json")) {
    Json labels = Json::array();
    for (const data::Label& l : schema.labels())
      labels.push_back({{"id", l.id}, {"name", l.name.toStdString()}, {"english", l.english.toStdString()}});
    const Json j = {{"project", path.toStdString()},
                    {"schema", data::schemaKindName(schema.kind()).toStdString()},
                    {"samples", s.samples},
                    {"texts", s.texts},
                    {"pairs", s.pairs},
                    {"completions", s.completions},
                    {"labels", labels},
                    {"splits",
                     {{"all", countsJson(s.all, schema)},
                      {"train", countsJson(s.train, schema)},
                      {"test", countsJson(s.test, schema)},
                      {"unassigned", countsJson(s.unassigned, schema)}}},
                    {"duplicates", {{"groups", s.duplicateGroups}, {"samples", s.duplicateSamples}}},
                    {"conflicts",
                     {{"duplicate_groups_with_different_labels", s.conflictGroups},
                      {"samples_with_annotator_disagreement", s.annotatorDisagreements}}},
                    {"health", healthJson(health)}};
    std::printf("%s\n", j.dump(2, ' ', false).c_str());
    return cli::kOk;
  }

  say(Msg::tr("📂 Project: %1 (%2)").arg(path, data::schemaKindName(schema.kind())));
  say(Msg::tr("✅ %1 samples (texts %2, pairs %3, KTO %4)").arg(s.samples).arg(s.texts).arg(s.pairs).arg(s.completions));
  printDistribution(Msg::tr("📊 Label distribution, all data:"), s.all, schema);
  say(Msg::tr("📊 Data split:"));
  say(Msg::tr("   Training set: %n record(s)", nullptr, int(s.train.total)));
  // The project's test split: 测试集, as the GUI names it. ("Validation set"
  // is the training log's hold-out, which may be drawn from the train split.)
  say(Msg::tr("   Test set: %n record(s)", nullptr, int(s.test.total)));
  if (s.unassigned.total) say(Msg::tr("   Unassigned: %n record(s)", nullptr, int(s.unassigned.total)));
  if (s.train.total) printDistribution(Msg::tr("📊 Label distribution, training set:"), s.train, schema);
  if (s.test.total) printDistribution(Msg::tr("📊 Label distribution, test set:"), s.test, schema);
  say(Msg::tr("🔁 Duplicates: %1 groups (%2 duplicate samples)").arg(s.duplicateGroups).arg(s.duplicateSamples));
  say(Msg::tr("⚠️  Conflicting labels: %1 groups of duplicates with different labels, "
              "%2 samples on which annotators disagree")
          .arg(s.conflictGroups)
          .arg(s.annotatorDisagreements));
  printHealth(health);
  return cli::kOk;
}

}  // namespace

ASSAY_CLI_COMMAND("stats", "assay-cli stats   PROJECT.assay [--json]", runStats);
