#pragma once
// Dataset health before training: what in a dataset makes a reward model
// worse however long it trains. Exact and near duplicates, the same text
// with conflicting labels, the same text in train and test, class imbalance,
// low diversity (a few texts repeated many times), length outliers and texts
// that max_length cuts. Each finding is a warning with a code, a translated
// message, a count and example sample ids to open.
//
// Runs over a project (non-deleted samples, counting the copies its source
// files held, samples.source_copies) or over records in memory (a training
// file). Safe on a worker thread: it reads its own statement and touches no
// shared state; progress and cancel are the caller's. About 1 µs a record
// plus MinHash (bench/health/README.md: a million records in seconds).
//
// The rules (thresholds in HealthOptions):
// - duplicates: records beyond the first of the same content (kind and
//   texts, as import compares them), counting source copies.
// - near_duplicates: distinct contents whose normalised texts
//   (appendNormalizedText) are equal, or whose 5-character shingle sets have
//   Jaccard >= 0.8 (MinHash/LSH candidates, verified exactly).
// - conflicting_labels: the same normalised text with different labels (a
//   completion's desirable flag; a pair given both ways round).
// - train_test_overlap: test samples whose normalised text is also in train.
// - class_imbalance: the most frequent label has more than 10 times the
//   samples of the rarest used label (labels nobody used are not counted).
// - low_diversity: the 10 most frequent normalised texts hold more than half
//   of the records (with source copies; at least 20 records). With every
//   record distinct it cannot fire: 10 of >= 20 is at most half.
// - length_outliers: a text whose log length (characters) is more than 5
//   robust standard deviations (1.4826 x MAD of log lengths, at least 0.25)
//   from the median log length: far longer or shorter than the typical one
//   (at least 10 records).
// - truncated: texts longer than max_length tokens. The tiny preset's
//   tokenizer gives one token per character (after NFC), plus the end token:
//   characters + 1 > max_length. Special tokens written in the text
//   ("<|im_end|>") count as their characters, so this may over-count them.
#include <QString>
#include <QStringList>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "data/Sample.h"

namespace assay::data {

class ProjectStore;
class LabelSchema;

struct HealthOptions {
  int maxLength = 512;  // TrainConfig::maxLength's default, the tiny preset's
  int endTokens = 1;    // tokens the model adds to a text (tiny: the end token)
  double nearDuplicateJaccard = 0.8;
  double imbalanceRatio = 10;
  int diversityTopTexts = 10;
  double diversityShare = 0.5;
  int64_t diversityMinRecords = 20;
  double lengthRobustZ = 5;
  int64_t lengthMinRecords = 10;
  int maxExamples = 20;
};

struct HealthWarning {
  QString code;     // "duplicates", "near_duplicates", ... (kHealthCodes)
  QString message;  // translated, one sentence with the numbers
  int64_t count = 0;
  std::vector<int64_t> examples;  // sample ids (for a file's records: 1-based record numbers)
  // near_duplicates only: the group of each example (examples of a group
  // are adjacent), so a caller can show which texts go together; empty
  // for the other codes. All groups with HealthOptions::maxExamples large.
  std::vector<int> exampleGroups;
};

struct HealthReport {
  std::vector<HealthWarning> warnings;  // in kHealthCodes order
  int64_t samples = 0;                  // samples looked at
  int64_t records = 0;                  // the same with source copies
  bool cancelled = false;               // stopped early: warnings incomplete
  const HealthWarning* find(const QString& code) const;
  QStringList codes() const;
};

// Every code a warning can have, in report order.
const QStringList& healthCodes();

// One record as the checker reads it. The views need to live only during add().
struct HealthRecord {
  int64_t id = 0;
  SampleKind kind = SampleKind::Text;
  std::string_view text, chosen, rejected;  // as Sample (pairs: full chosen / rejected texts)
  int label = -1;
  bool desirable = false;
  Split split = Split::Unassigned;
  int64_t copies = 1;  // samples.source_copies
};

using HealthProgress = std::function<void(int64_t done, int64_t total)>;

// Streams records in, then judges them all. For a caller with its own
// records (a training file); checkProjectHealth wraps it for a project.
class DatasetHealthChecker {
 public:
  // `labelNames[id]` names label id in messages.
  explicit DatasetHealthChecker(QStringList labelNames, HealthOptions options = {});
  ~DatasetHealthChecker();
  DatasetHealthChecker(const DatasetHealthChecker&) = delete;
  DatasetHealthChecker& operator=(const DatasetHealthChecker&) = delete;

  void add(const HealthRecord& record);
  int64_t size() const;
  // The warnings. `progress` runs over the near-duplicate search's bands
  // (done of total); a set `cancel` stops it with report.cancelled.
  HealthReport finish(const HealthProgress& progress = {}, const std::atomic<bool>* cancel = nullptr);

 private:
  struct State;
  std::unique_ptr<State> d_;
};

// The project's non-deleted samples. `progress(done, total)`: records read,
// then (total + bands) the search; callable from a worker thread with its
// own ProjectStore (a store is not shared between threads).
HealthReport checkProjectHealth(const ProjectStore& store, const HealthOptions& options = {},
                                const HealthProgress& progress = {}, const std::atomic<bool>* cancel = nullptr);

// Records in memory: `train` as the training split, `test` as the test
// split (a training file and its --eval_file). Sample ids of 0 (a file's
// records) are reported as 1-based positions: train first, then test.
HealthReport checkSamplesHealth(const std::vector<Sample>& train, const std::vector<Sample>& test,
                                const LabelSchema& schema, const HealthOptions& options = {},
                                const std::atomic<bool>* cancel = nullptr);

}  // namespace assay::data
