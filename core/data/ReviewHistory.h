#pragma once
// The review pane's one undo stack: verdicts (VerdictHistory), the final
// label of a conflicting sample (Adjudication.h) and the acceptance or
// dismissal of a likely-wrong-label flag (LabelFlags.h), taken back with
// Ctrl+Z in the order they were given, whichever queue gave them, and given
// again with Ctrl+Shift+Z. No widgets: the pane turns keys into these calls.
#include <QString>
#include <optional>
#include <vector>

#include "data/LabelFlags.h"
#include "data/VerdictHistory.h"

namespace assay::data {

struct ReviewStep {
  enum class Kind { Verdict, Adjudication, FlagAccepted, FlagDismissed };
  Kind kind = Kind::Verdict;
  qint64 sampleId = 0;
  qint64 flagId = 0;  // flag steps
  // What training reads changed: a label, an adjudication, a deleted pair.
  bool trainingDataChanged = false;
};

class ReviewHistory {
 public:
  // Each stores as `reviewer`, makes the step the one Ctrl+Z takes back and
  // drops the redo steps. Each throws StoreError with the stacks unchanged.
  const VerdictUndo& recordVerdict(ProjectStore& store, qint64 sampleId, const QString& reviewer, Verdict verdict,
                                   int label);
  void recordAdjudication(ProjectStore& store, qint64 sampleId, int label, const QString& reviewer);
  void recordFlagResolution(ProjectStore& store, qint64 flagId, FlagResolution resolution, const QString& reviewer);

  // Takes the latest step back (redo: gives it again, new rows by
  // `reviewer`). nullopt when there is none. Throws StoreError, the stacks
  // unchanged.
  std::optional<ReviewStep> undo(ProjectStore& store, const QString& reviewer);
  std::optional<ReviewStep> redo(ProjectStore& store, const QString& reviewer);
  bool canUndo() const { return !undo_.empty(); }
  bool canRedo() const { return !redo_.empty(); }
  // Forget everything (another project was opened).
  void clear();

 private:
  struct Entry {
    ReviewStep step;
    int label = -1;          // adjudication: the label given
    int previousLabel = -1;  // adjudication: the current one it replaced (-1: none)
    FlagUndo flag;           // flag steps: what undoFlagResolution needs
  };
  // Verdict entries only mark their place here; verdicts_ holds their undo
  // data in the same order, so the latest verdict entry is verdicts_' latest.
  VerdictHistory verdicts_;
  std::vector<Entry> undo_, redo_;
};

}  // namespace assay::data
