#include "data/DatasetHealth.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <functional>
#include <unordered_map>

#include "data/ImportDedup.h"
#include "data/JsonText.h"
#include "data/LabelSchema.h"
#include "data/MinHash.h"
#include "data/ProjectDb.h"
#include "data/ProjectStore.h"

namespace assay::data {

namespace {

struct Msg {
  Q_DECLARE_TR_FUNCTIONS(assay::data::DatasetHealth)
};

// What the judgement needs of a record: about 48 bytes, so a million
// records hold 48 MB beside the normalised texts.
struct Rec {
  int64_t id;
  uint64_t content;      // exact identity, as import deduplicates (dedupKey)
  uint64_t conflictKey;  // normalised identity that ignores a pair's order
  int64_t copies;
  uint32_t norm;            // index of the distinct normalised text
  uint32_t chars;           // characters of the record's main text (length outliers)
  uint32_t longestEncoded;  // characters of the longest text the model encodes
  int16_t label;            // class id, a completion's desirable flag, or -1
  uint8_t split;
  uint8_t kind;
};

// Normalised-text hash -> index of the distinct text: open addressing over
// plain integers (no node per entry), as ImportDedup's ContentIndex.
class NormIndex {
 public:
  NormIndex() : slots_(1024) {}
  // The index stored for `key`, or `next` after storing it.
  uint32_t findOrAdd(uint64_t key, uint32_t next) {
    if (5 * (used_ + 1) > 4 * slots_.size()) grow();
    const size_t mask = slots_.size() - 1;
    for (size_t i = slotOf(key);; i = (i + 1) & mask) {
      if (slots_[i].value == 0) {
        slots_[i] = {key, next + 1};
        ++used_;
        return next;
      }
      if (slots_[i].key == key) return slots_[i].value - 1;
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;  // index + 1; 0: empty
  };
  size_t slotOf(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & (slots_.size() - 1);
  }
  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.value == 0) continue;
      size_t i = slotOf(s.key);
      while (slots_[i].value != 0) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }
  std::vector<Slot> slots_;
  size_t used_ = 0;
};

uint64_t hashBytes(std::string_view s) { return std::hash<std::string_view>()(s); }

uint32_t codePoints(std::string_view s) {
  uint32_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Ids of `ids` up to `limit`.
void addExamples(std::vector<int64_t>& examples, int64_t id, int limit) {
  if (static_cast<int>(examples.size()) < limit) examples.push_back(id);
}

QString percent(double share) { return QString::number(share * 100.0, 'f', 1); }

}  // namespace

const QStringList& healthCodes() {
  static const QStringList codes = {QStringLiteral("duplicates"),         QStringLiteral("near_duplicates"),
                                    QStringLiteral("conflicting_labels"), QStringLiteral("train_test_overlap"),
                                    QStringLiteral("low_diversity"),      QStringLiteral("class_imbalance"),
                                    QStringLiteral("length_outliers"),    QStringLiteral("truncated")};
  return codes;
}

const HealthWarning* HealthReport::find(const QString& code) const {
  for (const HealthWarning& w : warnings)
    if (w.code == code) return &w;
  return nullptr;
}

QStringList HealthReport::codes() const {
  QStringList out;
  for (const HealthWarning& w : warnings) out << w.code;
  return out;
}

struct DatasetHealthChecker::State {
  QStringList labelNames;
  HealthOptions options;
  std::vector<Rec> records;
  NormIndex normIndex;
  std::string normTexts;                 // the distinct normalised texts, end to end
  std::vector<uint64_t> normOffsets{0};  // text i is [normOffsets[i], normOffsets[i + 1])
  std::vector<int64_t> normFirstId;
  MinHashLsh lsh;
  std::string scratch;             // reused: no allocation per record
  std::vector<uint64_t> shingles;  // reused

  std::string_view normText(uint32_t i) const {
    return std::string_view(normTexts).substr(normOffsets[i], normOffsets[i + 1] - normOffsets[i]);
  }
};

DatasetHealthChecker::DatasetHealthChecker(QStringList labelNames, HealthOptions options) : d_(new State) {
  d_->labelNames = std::move(labelNames);
  d_->options = options;
}

DatasetHealthChecker::~DatasetHealthChecker() = default;

int64_t DatasetHealthChecker::size() const { return static_cast<int64_t>(d_->records.size()); }

void DatasetHealthChecker::add(const HealthRecord& r) {
  State& d = *d_;
  Rec rec{};
  rec.id = r.id;
  rec.kind = static_cast<uint8_t>(r.kind);
  rec.split = static_cast<uint8_t>(r.split);
  rec.copies = std::max<int64_t>(1, r.copies);
  rec.content =
      detail::dedupKey(int(r.kind), detail::contentHash(int(r.kind), r.text, r.chosen, r.rejected), r.desirable);
  std::string& s = d.scratch;
  s.clear();
  rec.label = -1;
  switch (r.kind) {
    case SampleKind::Text:
      appendNormalizedText(r.text, s);
      rec.conflictKey = hashBytes(s);
      rec.label = static_cast<int16_t>(r.label >= 0 ? r.label : -1);
      rec.chars = codePoints(r.text);
      rec.longestEncoded = rec.chars;
      break;
    case SampleKind::Pair: {
      // chosen and rejected hold the whole texts (prompt included).
      appendNormalizedText(r.chosen, s);
      const size_t mid = s.size();
      s.push_back('|');  // never in a normalised text (punctuation is removed)
      appendNormalizedText(r.rejected, s);
      const uint64_t c = hashBytes(std::string_view(s).substr(0, mid)),
                     j = hashBytes(std::string_view(s).substr(mid + 1));
      // The same two responses, either way round, are one question; which
      // one is chosen is its label.
      rec.conflictKey = std::min(c, j) * 0x9E3779B97F4A7C15ull ^ std::max(c, j);
      rec.label = c <= j ? 0 : 1;
      rec.chars = std::max(codePoints(r.chosen), codePoints(r.rejected));
      rec.longestEncoded = rec.chars;
      break;
    }
    case SampleKind::Completion:
      appendNormalizedText(r.text, s);
      s.push_back('|');
      appendNormalizedText(r.chosen, s);
      rec.conflictKey = hashBytes(s);
      rec.label = r.desirable ? 1 : 0;
      rec.chars = codePoints(r.text) + codePoints(r.chosen);
      rec.longestEncoded = rec.chars;
      break;
  }
  const uint64_t normKey = hashBytes(s) ^ (uint64_t(r.kind) * 0xC2B2AE3D27D4EB4Full);
  const auto next = static_cast<uint32_t>(d.normFirstId.size());
  rec.norm = d.normIndex.findOrAdd(normKey, next);
  if (rec.norm == next) {
    d.normTexts += s;
    d.normOffsets.push_back(d.normTexts.size());
    d.normFirstId.push_back(r.id);
    shingleHashes(s, d.shingles);
    d.lsh.add(d.shingles);
  }
  d.records.push_back(rec);
}

HealthReport DatasetHealthChecker::finish(const HealthProgress& progress, const std::atomic<bool>* cancel) {
  State& d = *d_;
  const HealthOptions& o = d.options;
  const std::vector<Rec>& R = d.records;
  const size_t n = R.size();
  const auto nNorm = static_cast<uint32_t>(d.normFirstId.size());
  HealthReport report;
  report.samples = static_cast<int64_t>(n);
  for (const Rec& r : R) report.records += r.copies;
  std::vector<HealthWarning> found;
  auto warn = [&](const char* code, const QString& message, int64_t count, std::vector<int64_t> examples) {
    found.push_back({QLatin1String(code), message, count, std::move(examples)});
  };

  // Exact duplicates, by content; source copies count as records too.
  std::vector<uint32_t> order(n);
  for (uint32_t i = 0; i < n; ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return R[a].content != R[b].content ? R[a].content < R[b].content : a < b; });
  struct ContentGroup {
    uint32_t first;  // record index
    int64_t records;
  };
  std::vector<ContentGroup> contents;
  std::vector<uint32_t> contentsPerNorm(nNorm, 0);
  {
    int64_t extra = 0;
    std::vector<std::pair<int64_t, int64_t>> repeated;  // (records, first id)
    for (size_t start = 0; start < n;) {
      size_t end = start;
      int64_t total = 0;
      for (; end < n && R[order[end]].content == R[order[start]].content; ++end) total += R[order[end]].copies;
      contents.push_back({order[start], total});
      ++contentsPerNorm[R[order[start]].norm];
      if (total > 1) {
        extra += total - 1;
        for (size_t k = start; k < end && k < start + size_t(o.maxExamples); ++k)
          repeated.emplace_back(total, R[order[k]].id);
      }
      start = end;
    }
    if (extra > 0) {
      // The most repeated first, then by id.
      std::sort(repeated.begin(), repeated.end(),
                [](auto& a, auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
      std::vector<int64_t> examples;
      for (const auto& [records, id] : repeated) addExamples(examples, id, o.maxExamples);
      warn("duplicates",
           Msg::tr("%1 records repeat another record exactly (%2 distinct contents among %3 records, counting the "
                   "copies the source files held)")
               .arg(extra)
               .arg(contents.size())
               .arg(report.records),
           extra, std::move(examples));
    }
  }

  // Near duplicates: the distinct contents of one normalised text, and
  // distinct normalised texts of Jaccard >= the threshold (MinHash/LSH).
  UnionFind clusters(nNorm);
  {
    std::vector<uint64_t> a, b;
    uint32_t cachedA = UINT32_MAX;
    d.lsh.forEachCandidate(
        [&](uint32_t i, uint32_t j) {
          if (clusters.find(i) == clusters.find(j)) return;
          if (cachedA != i) shingleHashes(d.normText(i), a), cachedA = i;
          shingleHashes(d.normText(j), b);
          if (jaccard(a, b) >= o.nearDuplicateJaccard) clusters.unite(i, j);
        },
        cancel,
        [&](int band) {
          if (progress) progress(band + 1, MinHashLsh::kBands);
        });
    if (cancel && cancel->load()) {
      report.cancelled = true;
      return report;
    }
    std::vector<uint32_t> contentsPerCluster(nNorm, 0);
    for (uint32_t t = 0; t < nNorm; ++t) contentsPerCluster[clusters.find(t)] += contentsPerNorm[t];
    std::vector<std::pair<uint32_t, int64_t>> members;  // (cluster, first id of a content)
    for (const ContentGroup& g : contents) {
      const uint32_t root = clusters.find(R[g.first].norm);
      if (contentsPerCluster[root] >= 2) members.emplace_back(root, R[g.first].id);
    }
    if (!members.empty()) {
      std::sort(members.begin(), members.end());  // a cluster's examples side by side
      std::vector<int64_t> examples;
      std::vector<int> exampleGroups;
      int64_t groups = 0;
      for (size_t k = 0; k < members.size(); ++k) {
        groups += k == 0 || members[k].first != members[k - 1].first;
        if (static_cast<int>(examples.size()) >= o.maxExamples) continue;
        examples.push_back(members[k].second);
        exampleGroups.push_back(static_cast<int>(groups - 1));
      }
      warn("near_duplicates",
           Msg::tr("%1 distinct texts in %2 groups are near duplicates of each other (the same after folding width, "
                   "case, punctuation and spaces, or at least %3% of their 5-character pieces shared)")
               .arg(members.size())
               .arg(groups)
               .arg(percent(o.nearDuplicateJaccard)),
           static_cast<int64_t>(members.size()), std::move(examples));
      found.back().exampleGroups = std::move(exampleGroups);
    }
  }

  // The same normalised text with different labels.
  {
    std::vector<uint32_t> labelled;
    for (uint32_t i = 0; i < n; ++i)
      if (R[i].label >= 0) labelled.push_back(i);
    std::sort(labelled.begin(), labelled.end(), [&](uint32_t a, uint32_t b) {
      return R[a].conflictKey != R[b].conflictKey ? R[a].conflictKey < R[b].conflictKey : a < b;
    });
    int64_t samples = 0, groups = 0;
    std::vector<int64_t> examples;
    for (size_t start = 0; start < labelled.size();) {
      size_t end = start;
      bool differ = false;
      for (; end < labelled.size() && R[labelled[end]].conflictKey == R[labelled[start]].conflictKey; ++end)
        differ |= R[labelled[end]].label != R[labelled[start]].label;
      if (differ) {
        ++groups;
        samples += int64_t(end - start);
        for (size_t k = start; k < end; ++k) addExamples(examples, R[labelled[k]].id, o.maxExamples);
      }
      start = end;
    }
    if (samples > 0)
      warn("conflicting_labels",
           Msg::tr("%1 samples in %2 groups have the same text (after normalising) with different labels")
               .arg(samples)
               .arg(groups),
           samples, std::move(examples));
  }

  // The same normalised text in train and test: the test score flatters.
  {
    constexpr uint8_t kTrain = 1, kTest = 2;
    std::vector<uint8_t> sides(nNorm, 0);
    std::vector<int64_t> trainId(nNorm, 0);
    for (const Rec& r : R) {
      if (r.split == uint8_t(Split::Train)) {
        if (!(sides[r.norm] & kTrain)) trainId[r.norm] = r.id;
        sides[r.norm] |= kTrain;
      } else if (r.split == uint8_t(Split::Test)) {
        sides[r.norm] |= kTest;
      }
    }
    int64_t leaked = 0;
    std::vector<int64_t> examples;
    for (const Rec& r : R) {
      if (r.split != uint8_t(Split::Test) || sides[r.norm] != (kTrain | kTest)) continue;
      ++leaked;
      addExamples(examples, r.id, o.maxExamples);  // the test sample, then the training one beside it
      addExamples(examples, trainId[r.norm], o.maxExamples);
    }
    if (leaked > 0)
      warn("train_test_overlap",
           Msg::tr("%1 test samples have a text that is also in the training set: the test score overstates how "
                   "well the model does on new texts")
               .arg(leaked),
           leaked, std::move(examples));
  }

  // Diversity: how much of the data the most frequent texts are.
  if (report.records >= o.diversityMinRecords && nNorm > 0) {
    std::vector<int64_t> weight(nNorm, 0);
    for (const Rec& r : R) weight[r.norm] += r.copies;
    std::vector<uint32_t> top(nNorm);
    for (uint32_t t = 0; t < nNorm; ++t) top[t] = t;
    const size_t k = std::min<size_t>(size_t(std::max(1, o.diversityTopTexts)), nNorm);
    std::partial_sort(top.begin(), top.begin() + long(k), top.end(),
                      [&](uint32_t a, uint32_t b) { return weight[a] != weight[b] ? weight[a] > weight[b] : a < b; });
    int64_t held = 0;
    std::vector<int64_t> examples;
    for (size_t i = 0; i < k; ++i) {
      held += weight[top[i]];
      addExamples(examples, d.normFirstId[top[i]], o.maxExamples);
    }
    const double share = double(held) / double(report.records);
    if (share > o.diversityShare)
      warn("low_diversity",
           Msg::tr("The %1 most frequent texts make up %2% of the %3 records (%4 distinct texts): a model trained on "
                   "them learns these texts, not the task")
               .arg(k)
               .arg(percent(share))
               .arg(report.records)
               .arg(nNorm),
           held, std::move(examples));
  }

  // Class balance over labelled texts (samples, as training reads them).
  {
    std::vector<int64_t> perLabel;
    for (const Rec& r : R) {
      if (r.kind != uint8_t(SampleKind::Text) || r.label < 0) continue;
      if (size_t(r.label) >= perLabel.size()) perLabel.resize(size_t(r.label) + 1, 0);
      ++perLabel[size_t(r.label)];
    }
    int largest = -1, rarest = -1;
    for (int l = 0; l < int(perLabel.size()); ++l) {
      if (perLabel[size_t(l)] == 0) continue;
      if (largest < 0 || perLabel[size_t(l)] > perLabel[size_t(largest)]) largest = l;
      if (rarest < 0 || perLabel[size_t(l)] < perLabel[size_t(rarest)]) rarest = l;
    }
    if (largest >= 0 && largest != rarest &&
        double(perLabel[size_t(largest)]) > o.imbalanceRatio * double(perLabel[size_t(rarest)])) {
      std::vector<int64_t> examples;
      for (const Rec& r : R)
        if (r.kind == uint8_t(SampleKind::Text) && r.label == rarest) addExamples(examples, r.id, o.maxExamples);
      auto name = [&](int l) { return d.labelNames.value(l, QString::number(l)); };
      warn("class_imbalance",
           Msg::tr("Label \"%1\" has %2 samples, %3 times the %4 of label \"%5\": the model may rarely predict \"%5\"")
               .arg(name(largest))
               .arg(perLabel[size_t(largest)])
               .arg(QString::number(double(perLabel[size_t(largest)]) / double(perLabel[size_t(rarest)]), 'f', 1))
               .arg(perLabel[size_t(rarest)])
               .arg(name(rarest)),
           perLabel[size_t(rarest)], std::move(examples));
    }
  }

  // Length outliers on a log scale: text lengths are skewed, and a plain z
  // would flag the long tail of any real dataset.
  if (int64_t(n) >= o.lengthMinRecords) {
    std::vector<float> logs(n);
    for (size_t i = 0; i < n; ++i) logs[i] = std::log(std::max(0.5f, float(R[i].chars)));
    std::vector<float> work = logs;
    auto median = [](std::vector<float>& v) {
      std::nth_element(v.begin(), v.begin() + long(v.size() / 2), v.end());
      return v[v.size() / 2];
    };
    const float mid = median(work);
    for (size_t i = 0; i < n; ++i) work[i] = std::fabs(logs[i] - mid);
    const float scale = std::max(0.25f, 1.4826f * median(work));
    const float limit = float(o.lengthRobustZ) * scale;
    std::vector<std::pair<float, int64_t>> outliers;  // (distance, id)
    for (size_t i = 0; i < n; ++i) {
      const float distance = std::fabs(logs[i] - mid);
      if (distance > limit) outliers.emplace_back(distance, R[i].id);
    }
    if (!outliers.empty()) {
      std::stable_sort(outliers.begin(), outliers.end(), [](auto& a, auto& b) { return a.first > b.first; });
      std::vector<int64_t> examples;
      for (const auto& [distance, id] : outliers) addExamples(examples, id, o.maxExamples);
      warn("length_outliers",
           Msg::tr("%1 texts are far shorter or longer than the typical %2 characters (outside %3 to %4 characters)")
               .arg(outliers.size())
               .arg(std::lround(std::exp(mid)))
               .arg(std::lround(std::ceil(std::exp(mid - limit))))
               .arg(std::lround(std::floor(std::exp(mid + limit)))),
           static_cast<int64_t>(outliers.size()), std::move(examples));
    }
  }

  // Texts max_length cuts (tiny: a token per character, plus the end token).
  {
    int64_t cut = 0;
    std::vector<int64_t> examples;
    for (const Rec& r : R) {
      if (int64_t(r.longestEncoded) + o.endTokens <= o.maxLength) continue;
      ++cut;
      addExamples(examples, r.id, o.maxExamples);
    }
    if (cut > 0)
      warn("truncated",
           Msg::tr("%1 texts are longer than max_length %2 tokens (about a token per character with the tiny preset): "
                   "training sees only their beginning")
               .arg(cut)
               .arg(o.maxLength),
           cut, std::move(examples));
  }

  for (const QString& code : healthCodes())
    for (HealthWarning& w : found)
      if (w.code == code) report.warnings.push_back(std::move(w));
  return report;
}

HealthReport checkProjectHealth(const ProjectStore& store, const HealthOptions& options, const HealthProgress& progress,
                                const std::atomic<bool>* cancel) {
  QStringList names;
  for (const Label& l : store.labelSchema().labels()) {
    while (names.size() < l.id) names << QString::number(names.size());
    names << l.name;
  }
  DatasetHealthChecker checker(names, options);
  sqlite3* db = ProjectStoreAccess::handle(store);
  const QString& path = ProjectStoreAccess::path(store);
  int64_t total = 0;
  {
    detail::Statement count(db, path, "SELECT count(*) FROM samples WHERE deleted_at IS NULL");
    total = count.step() ? count.int64(0) : 0;
  }
  detail::Statement st(db, path,
                       "SELECT id, kind, text, coalesce(chosen, ''), coalesce(rejected, ''), label, desirable, split, "
                       "source_copies FROM samples WHERE deleted_at IS NULL ORDER BY id");
  HealthRecord r;
  int64_t done = 0;
  while (st.step()) {
    r.id = st.int64(0);
    r.kind = static_cast<SampleKind>(st.int64(1));
    r.text = st.text(2);
    r.chosen = st.text(3);
    r.rejected = st.text(4);
    r.label = st.isNull(5) ? -1 : static_cast<int>(st.int64(5));
    r.desirable = st.int64(6) != 0;
    r.split = static_cast<Split>(st.int64(7));
    r.copies = st.int64(8);
    checker.add(r);
    if ((++done & 4095) == 0) {
      if (cancel && cancel->load()) {
        HealthReport stopped;
        stopped.cancelled = true;
        return stopped;
      }
      if (progress) progress(done, 2 * total);
    }
  }
  HealthReport report = checker.finish(
      [&](int64_t band, int64_t bands) {
        if (progress) progress(total + total * band / bands, 2 * total);
      },
      cancel);
  if (progress && !report.cancelled) progress(2 * total, 2 * total);
  return report;
}

HealthReport checkSamplesHealth(const std::vector<Sample>& train, const std::vector<Sample>& test,
                                const LabelSchema& schema, const HealthOptions& options,
                                const std::atomic<bool>* cancel) {
  QStringList names;
  for (const Label& l : schema.labels()) {
    while (names.size() < l.id) names << QString::number(names.size());
    names << l.name;
  }
  DatasetHealthChecker checker(names, options);
  int64_t position = 0;
  std::string text, chosen, rejected;
  auto add = [&](const Sample& s, Split split) {
    ++position;
    text = s.text.toStdString(), chosen = s.chosen.toStdString(), rejected = s.rejected.toStdString();
    HealthRecord r;
    r.id = s.id != 0 ? s.id : position;
    r.kind = s.kind;
    r.text = text;
    r.chosen = chosen;
    r.rejected = rejected;
    r.label = s.label;
    r.desirable = s.desirable;
    r.split = split;
    checker.add(r);
  };
  for (const Sample& s : train) add(s, Split::Train);
  for (const Sample& s : test) add(s, Split::Test);
  return checker.finish({}, cancel);
}

}  // namespace assay::data
