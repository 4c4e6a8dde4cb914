#pragma once
// Undo and redo of the dataset table's edits: a relabel of a selection, a
// soft delete or a restore is one step whatever the number of records, and
// each step (and each undo or redo of it) is one store transaction. No
// widgets: the dataset pane turns keys and menus into these calls.
#include <QString>
#include <vector>

#include "data/ProjectStore.h"

namespace assay::data {

class RecordEditHistory {
 public:
  enum class Kind { Relabel, Delete, Restore };
  struct Step {
    Kind kind = Kind::Relabel;
    int label = -1;                      // Relabel: the label given
    std::vector<qint64> ids;             // the records the step changed
    std::vector<AnnotationUndo> undone;  // Relabel: how to take it back
  };

  // Each edits the store as `who` and becomes the step Ctrl+Z takes back;
  // the redo steps are dropped. Records the edit does not change (pairs for
  // a relabel, records already deleted for a delete) are left out, and an
  // edit that changes nothing adds no step. Returns the ids changed. Throws
  // StoreError (read-only project, unknown record): nothing changes then.
  std::vector<qint64> relabel(ProjectStore& store, const std::vector<qint64>& ids, int label, const QString& who);
  std::vector<qint64> remove(ProjectStore& store, const std::vector<qint64>& ids, const QString& who);
  std::vector<qint64> restore(ProjectStore& store, const std::vector<qint64>& ids, const QString& who);

  // Takes the latest step back (redo: does it again). Returns the step, or
  // nullptr when there is none. Throws StoreError, the stacks unchanged.
  const Step* undo(ProjectStore& store, const QString& who);
  const Step* redo(ProjectStore& store, const QString& who);
  bool canUndo() const { return !undo_.empty(); }
  // The step Ctrl+Z would take back (the latest edit); nullptr: none.
  const Step* latest() const { return undo_.empty() ? nullptr : &undo_.back(); }
  bool canRedo() const { return !redo_.empty(); }
  // Forget everything (another project was opened).
  void clear();

 private:
  void apply(ProjectStore& store, Step& step, const QString& who);
  std::vector<Step> undo_, redo_;
};

}  // namespace assay::data
