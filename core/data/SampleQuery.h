#pragma once
// Read-only, paged queries over a project for views (the GUI's sample table).
// It opens its own read-only SQLite connection on the project file: the store
// runs in WAL mode, so reads here never block the writer and always see
// every committed label. Queries are keyset-paged by sample id, so the cost of
// a page does not grow with how far down the table the user has scrolled.
//
// Threading: like ProjectStore, use an instance from the thread that made it.
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

#include "data/ReviewRecords.h"
#include "data/Sample.h"

namespace assay::data {

struct SampleFilter {
  static constexpr int kAnyLabel = -2;
  int label = kAnyLabel;  // kAnyLabel, -1 (unlabeled texts) or a label id
  Split split = Split::All;
  QString annotator;              // empty: any; else samples this person labelled
  bool disagreementOnly = false;  // annotators gave the sample different labels
  // Flagged: annotators disagree, or the same content carries another label
  // elsewhere in the project (a conflicting duplicate).
  bool flaggedOnly = false;
  // Reviewed: a verdict other than "skipped" is stored for the sample.
  enum class Review { Any, Reviewed, Unreviewed };
  Review review = Review::Any;
  QString reviewer;  // with Reviewed / Unreviewed: only this reviewer's verdicts count (empty: anyone's)
  // The latest stored prediction differs from the sample's (present) label;
  // a predicted label the project does not have is not counted.
  bool modelDisagreesOnly = false;
  QString search;            // case-sensitive substring of the text (or pair responses)
  bool hasNoteOnly = false;  // an annotation of the sample carries a note
  // Soft-deleted samples are left out of every query unless this asks for
  // them: then only they are shown (to be restored).
  bool deletedOnly = false;
  // Likely wrong label: an open flag of the latest wrong-label flagger run
  // (label_flags, LabelFlags.h's flaggedSampleIds).
  bool likelyWrongOnly = false;
  // Only these samples (a health warning's examples); unset: any. An empty
  // list matches nothing.
  std::optional<std::vector<qint64>> ids;

  // No term narrows the live samples (deleted ones are still left out).
  bool isEmpty() const;
};

// The order of matchingIds(); ties (and Id) by sample id. Sorting is done
// by SQL one page at a time (keyset on the key and the id), so a sorted
// million-record table holds only the ids it has scrolled through.
struct SampleOrder {
  enum class Key { Id, Text, Label, Annotators, Split, Prediction, Review, Flags, Note };
  Key key = Key::Id;
  bool descending = false;
  bool isDefault() const { return key == Key::Id && !descending; }
};

// What the table shows for one sample.
struct SampleRow {
  qint64 id = 0;
  SampleKind kind = SampleKind::Text;
  QString text;  // text, or the prompt (pairs: prompt, else chosen)
  int label = -1;
  QStringList annotators;  // distinct, in order of first annotation
  int annotationCount = 0;
  bool disagreement = false;  // annotators gave different labels
  Split split = Split::Unassigned;
  // The latest stored prediction (any model); hasPrediction false: none.
  bool hasPrediction = false;
  int predictedLabel = -1;  // project label id, -1 when the model's label is not in the project
  QString predictedName;    // the model's name for it
  double confidence = 0;
  // The latest verdict; hasReview false: never reviewed.
  bool hasReview = false;
  Verdict verdict = Verdict::Skipped;
  QString reviewer;
  QString note;          // the latest annotation's note that is not empty
  bool deleted = false;  // soft-deleted (shown only when the filter asks)
};

class TextSearchIndex;

class SampleQuery {
 public:
  struct Hits;  // the current search's indexed hits (defined in the .cpp)

  // Throws StoreError naming the file when it cannot be opened.
  explicit SampleQuery(const QString& projectPath);
  // Answers searches from `index` for the rows it covers (and by scanning
  // in SQL for rows added since); nullptr: SQL scans only.
  void setSearchIndex(std::shared_ptr<const TextSearchIndex> index);
  ~SampleQuery();
  SampleQuery(const SampleQuery&) = delete;
  SampleQuery& operator=(const SampleQuery&) = delete;

  // Ids of matching samples after `afterId` (0: from the start) in `order`,
  // at most `limit`; the default order is ascending ids.
  std::vector<qint64> matchingIds(const SampleFilter& filter, qint64 afterId, int limit,
                                  const SampleOrder& order = {}) const;
  qint64 count(const SampleFilter& filter) const;
  // The rows of `ids`, in the order given; unknown ids are left out.
  std::vector<SampleRow> rows(const std::vector<qint64>& ids) const;
  // Everyone who has labelled something, sorted.
  QStringList annotators() const;
  // Annotations `annotator` made at or after `since` (e.g. local midnight).
  qint64 annotationsSince(const QString& annotator, const QDateTime& since) const;

 private:
  // The indexed hits of `needle` (cached for the last needle while the
  // index has not grown), or nullptr without an index.
  const Hits* hitsFor(const QString& needle) const;
  std::vector<qint64> matchingIndexed(const SampleFilter& filter, const Hits& hits, qint64 afterId, int limit) const;
  std::vector<qint64> matchingSorted(const SampleFilter& filter, qint64 afterId, int limit,
                                     const SampleOrder& order) const;
  // The soft-deleted ids, read through a partial index (few, usually none).
  std::vector<qint64> deletedIds() const;
  // Makes assay_hit() answer from `hits`.
  void prepareBitmap(const Hits& hits) const;

  QString path_;
  QString connection_;
  std::shared_ptr<const TextSearchIndex> index_;
  mutable std::unique_ptr<Hits> hits_;
  mutable const Hits* currentHits_ = nullptr;  // what assay_hit() reads (its user data points here)
};

}  // namespace assay::data
