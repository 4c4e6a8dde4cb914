#include "data/RecordEditHistory.h"

namespace assay::data {

void RecordEditHistory::apply(ProjectStore& store, Step& step, const QString& who) {
  switch (step.kind) {
    case Kind::Relabel:
      step.undone = store.annotateMany(step.ids, who, step.label);
      step.ids.clear();
      for (const AnnotationUndo& u : step.undone) step.ids.push_back(u.sampleId);
      break;
    case Kind::Delete:
    case Kind::Restore:
      step.ids = store.setDeleted(step.ids, step.kind == Kind::Delete, who);
      break;
  }
}

std::vector<qint64> RecordEditHistory::relabel(ProjectStore& store, const std::vector<qint64>& ids, int label,
                                               const QString& who) {
  Step step{Kind::Relabel, label, ids, {}};
  apply(store, step, who);
  if (step.ids.empty()) return {};
  undo_.push_back(step);
  redo_.clear();
  return step.ids;
}

std::vector<qint64> RecordEditHistory::remove(ProjectStore& store, const std::vector<qint64>& ids, const QString& who) {
  Step step{Kind::Delete, -1, ids, {}};
  apply(store, step, who);
  if (step.ids.empty()) return {};
  undo_.push_back(step);
  redo_.clear();
  return step.ids;
}

std::vector<qint64> RecordEditHistory::restore(ProjectStore& store, const std::vector<qint64>& ids,
                                               const QString& who) {
  Step step{Kind::Restore, -1, ids, {}};
  apply(store, step, who);
  if (step.ids.empty()) return {};
  undo_.push_back(step);
  redo_.clear();
  return step.ids;
}

const RecordEditHistory::Step* RecordEditHistory::undo(ProjectStore& store, const QString& who) {
  if (undo_.empty()) return nullptr;
  const Step& step = undo_.back();
  switch (step.kind) {
    case Kind::Relabel:
      store.retractAnnotations(step.undone, who);
      break;
    case Kind::Delete:
    case Kind::Restore:
      store.setDeleted(step.ids, step.kind != Kind::Delete, who);
      break;
  }
  redo_.push_back(step);
  undo_.pop_back();
  return &redo_.back();
}

const RecordEditHistory::Step* RecordEditHistory::redo(ProjectStore& store, const QString& who) {
  if (redo_.empty()) return nullptr;
  Step step = redo_.back();
  apply(store, step, who);  // a relabel writes new annotations: keep their ids for the next undo
  redo_.pop_back();
  undo_.push_back(step);
  return &undo_.back();
}

void RecordEditHistory::clear() {
  undo_.clear();
  redo_.clear();
}

}  // namespace assay::data
