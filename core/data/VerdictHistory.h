#pragma once
// Undo and redo of the review pane's verdicts: Ctrl+Z after A / K / S or a
// label key takes the verdict back and puts the label it overwrote back, in
// one store transaction (ProjectStore::retractVerdict); Ctrl+Shift+Z gives it
// again. No widgets: the pane turns keys into these calls.
#include <QString>
#include <vector>

#include "data/ProjectStore.h"

namespace assay::data {

class VerdictHistory {
 public:
  // Stores the verdict as `reviewer` (ProjectStore::recordUndoableVerdict)
  // and makes it the step Ctrl+Z takes back; the redo steps are dropped.
  // Throws StoreError, the stacks unchanged.
  const VerdictUndo& record(ProjectStore& store, qint64 sampleId, const QString& reviewer, Verdict verdict, int label);
  // Takes the latest verdict back (redo: stores it again). Returns the step,
  // or nullptr when there is none. Throws StoreError, the stacks unchanged.
  const VerdictUndo* undo(ProjectStore& store, const QString& reviewer);
  const VerdictUndo* redo(ProjectStore& store, const QString& reviewer);
  bool canUndo() const { return !undo_.empty(); }
  bool canRedo() const { return !redo_.empty(); }
  // Forget everything (another project was opened).
  void clear();

 private:
  std::vector<VerdictUndo> undo_, redo_;
};

}  // namespace assay::data
