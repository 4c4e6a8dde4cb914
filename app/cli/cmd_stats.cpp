// assay-cli stats: sample counts, label distribution per split (laid out like
// the label distribution the original rm_train.py logs), duplicates and conflicting labels.
#include <cstdio>
#include <nlohmann/json.hpp>

#include "CliArgs.h"
#include "CliCommand.h"
#include "data/ProjectStore.h"

namespace {

using namespace assay;
using Json = nlohmann::ordered_json;

Json countsJson(const data::LabelCounts& c, const data::LabelSchema& schema) {
  Json labels = Json::object();
  for (const data::Label& l : schema.labels()) labels[l.name.toStdString()] = c.perLabel[static_cast<size_t>(l.id)];
  return Json{{"total", c.total}, {"unlabeled", c.unlabeled}, {"labels", labels}};
}

void printDistribution(const char* title, const data::LabelCounts& c, const data::LabelSchema& schema) {
  std::printf("📊 %s标签分布:\n", title);
  for (const data::Label& l : schema.labels())
    std::printf("   %s: %lld 条\n", l.name.toUtf8().constData(), static_cast<long long>(c.perLabel[static_cast<size_t>(l.id)]));
  if (c.unlabeled) std::printf("   未标注: %lld 条\n", static_cast<long long>(c.unlabeled));
  const qint64 other = c.total - c.unlabeled - [&] {
    qint64 n = 0;
    for (qint64 v : c.perLabel) n += v;
    return n;
  }();
  if (other) std::printf("   偏好对/KTO: %lld 条\n", static_cast<long long>(other));
}

int runStats(const QStringList& args) {
  const cli::CliArgs a(args, {}, {"json"});
  if (a.positional().size() != 1) throw cli::UsageError("stats takes exactly one PROJECT.assay");
  const QString path = a.positional().first();
  const auto store = data::ProjectStore::open(path);
  const data::ProjectStats s = store->stats();
  const data::LabelSchema& schema = store->labelSchema();

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
                    {"splits", {{"all", countsJson(s.all, schema)},
                                {"train", countsJson(s.train, schema)},
                                {"test", countsJson(s.test, schema)},
                                {"unassigned", countsJson(s.unassigned, schema)}}},
                    {"duplicates", {{"groups", s.duplicateGroups}, {"samples", s.duplicateSamples}}},
                    {"conflicts", {{"duplicate_groups_with_different_labels", s.conflictGroups},
                                   {"samples_with_annotator_disagreement", s.annotatorDisagreements}}}};
    std::printf("%s\n", j.dump(2, ' ', false).c_str());
    return cli::kOk;
  }

  std::printf("📂 项目: %s (%s)\n", path.toUtf8().constData(), data::schemaKindName(schema.kind()).toUtf8().constData());
  std::printf("✅ 共 %lld 条样本 (文本 %lld, 偏好对 %lld, KTO %lld)\n", static_cast<long long>(s.samples),
              static_cast<long long>(s.texts), static_cast<long long>(s.pairs), static_cast<long long>(s.completions));
  printDistribution("全部数据", s.all, schema);
  std::printf("📊 数据划分:\n   训练集: %lld 条\n   验证集: %lld 条\n", static_cast<long long>(s.train.total),
              static_cast<long long>(s.test.total));
  if (s.unassigned.total) std::printf("   未划分: %lld 条\n", static_cast<long long>(s.unassigned.total));
  if (s.train.total) printDistribution("训练集", s.train, schema);
  if (s.test.total) printDistribution("验证集", s.test, schema);
  std::printf("🔁 重复: %lld 组 (%lld 条重复样本)\n", static_cast<long long>(s.duplicateGroups),
              static_cast<long long>(s.duplicateSamples));
  std::printf("⚠️  冲突标签: %lld 组重复内容标签不一致, %lld 条样本标注者意见不一\n",
              static_cast<long long>(s.conflictGroups), static_cast<long long>(s.annotatorDisagreements));
  return cli::kOk;
}

}  // namespace

ASSAY_CLI_COMMAND("stats", "assay-cli stats   PROJECT.assay [--json]", runStats);
