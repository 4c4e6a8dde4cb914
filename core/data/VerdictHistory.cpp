#include "data/VerdictHistory.h"

namespace assay::data {

const VerdictUndo& VerdictHistory::record(ProjectStore& store, qint64 sampleId, const QString& reviewer,
                                          Verdict verdict, int label) {
  undo_.push_back(store.recordUndoableVerdict(sampleId, reviewer, verdict, label));
  redo_.clear();
  return undo_.back();
}

const VerdictUndo* VerdictHistory::undo(ProjectStore& store, const QString& reviewer) {
  if (undo_.empty()) return nullptr;
  store.retractVerdict(undo_.back(), reviewer);
  redo_.push_back(undo_.back());
  undo_.pop_back();
  return &redo_.back();
}

const VerdictUndo* VerdictHistory::redo(ProjectStore& store, const QString& reviewer) {
  if (redo_.empty()) return nullptr;
  const VerdictUndo& step = redo_.back();
  // New rows, new ids: the next undo takes back what this wrote.
  undo_.push_back(store.recordUndoableVerdict(step.sampleId, reviewer, step.verdict, step.label));
  redo_.pop_back();
  return &undo_.back();
}

void VerdictHistory::clear() {
  undo_.clear();
  redo_.clear();
}

}  // namespace assay::data
