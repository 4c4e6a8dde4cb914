#pragma once
// Adjudication: a reviewer's final label for a sample whose annotators
// disagree, stored apart from the annotators' labels (table adjudications,
// schema 6, append-only) with who decided and when. A row with a NULL label
// withdraws the decision (undo); the current adjudication of a sample is its
// row with the highest id, when that label is not NULL. An adjudication does
// not change samples.label nor any annotator's label.
//
// Training (TrainingRun's project reader) resolves every sample whose
// annotators disagree (each annotator's latest label; Agreement.h): the
// adjudicated label when there is one, else the majority of the annotators'
// latest labels, and a tie is left out of training. Samples with one
// annotator, or whose annotators agree, keep samples.label.
//
// A file's default credit ("import:<file name>", or "import" for samples
// added in memory: isFileCredit) is no person: where a person labelled the
// sample, only people vote. So a reviewer who corrects an imported label
// trains with the correction (the disagreement still shows in the
// statistics and the conflicts list), while two people, or two files
// imported under people's names (--annotator), who disagree are a conflict.
//
// Every function works on a store opened by the calling thread (a worker
// thread opens its own ProjectStore by path).
#include <QDateTime>
#include <QString>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace assay::data {

class ProjectStore;

struct Adjudication {
  qint64 id = 0;
  qint64 sampleId = 0;
  int label = -1;  // -1: the row withdraws the earlier decision
  QString decidedBy;
  QDateTime decidedAt;  // UTC
};

// Appends `by`'s final label for `sampleId` (durable on return) and returns
// the previous current label (-1: there was none), which is what an undo
// passes back to setAdjudication. `label` -1 withdraws (a NULL row).
// Throws StoreError for an unknown sample or label, an empty `by`, or a
// read-only project.
int setAdjudication(ProjectStore& store, qint64 sampleId, int label, const QString& by);
// setAdjudication(store, sampleId, -1, by).
int withdrawAdjudication(ProjectStore& store, qint64 sampleId, const QString& by);
// The sample's current adjudication; nullopt when none or withdrawn.
std::optional<Adjudication> currentAdjudication(const ProjectStore& store, qint64 sampleId);
// Every row in order (withdrawals included); sampleId 0: the whole project.
std::vector<Adjudication> adjudicationHistory(const ProjectStore& store, qint64 sampleId = 0);

// A sample whose annotators' latest labels differ.
struct ConflictingSample {
  qint64 sampleId = 0;
  QString text;
  int currentLabel = -1;                        // samples.label
  std::vector<std::pair<QString, int>> labels;  // annotator -> latest label, by annotator name
  std::optional<Adjudication> adjudication;     // the current one
  int majorityLabel = -1;                       // the most frequent latest label (people's, where any); -1 on a tie
  // What training uses: the adjudication, else the majority; -1: left out (tie).
  int resolvedLabel() const { return adjudication ? adjudication->label : majorityLabel; }
  // Not adjudicated, and the people who labelled it agree: only a file's
  // label differs (a correction of an import, not a conflict between people).
  bool personOverFile() const;
};

// "import" and "import:<file name>": the annotator of labels that came from
// a file imported without --annotator, or of in-memory samples.
bool isFileCredit(const QString& annotator);

// Every non-deleted text sample whose annotators disagree, in id order.
std::vector<ConflictingSample> conflictingSamples(const ProjectStore& store);

struct ConflictResolution {
  std::map<qint64, int> labels;  // sample id -> the label training uses; -1: skipped (tie)
  qint64 byAdjudication = 0, byMajority = 0, skippedTies = 0;
  // Samples where only a file's label differs from the people's (who agree):
  // their label, not counted among the conflicts.
  qint64 byPersonOverFile = 0;
  qint64 conflicts() const { return byAdjudication + byMajority + skippedTies; }
};

// The resolution of every conflicting sample (conflictingSamples' rule), in
// one pass without reading texts: what TrainingRun applies.
ConflictResolution resolveConflicts(const ProjectStore& store);

}  // namespace assay::data
