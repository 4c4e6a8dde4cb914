#pragma once
// What can be done to records from the dataset table: relabel the selected
// rows (the annotate pane's label keys: 1-9 in display order, a label's own
// key, Y/N), delete or restore them (Delete), re-annotate them in the
// annotate pane, undo and redo (Ctrl+Z, Ctrl+Shift+Z), all also in the
// right-click menu; a double click opens the record in the annotate pane.
// The edits and their undo are core's (data::RecordEditHistory): one
// transaction and one undo step per selection.
#include <QObject>
#include <exception>
#include <vector>

#include "annotate/LabelKeymap.h"
#include "data/RecordEditHistory.h"

class QAction;
class QMenu;
class QTableView;
class QWidget;

namespace assay {

class ProjectContext;
class SampleTableModel;

class RecordActions : public QObject {
  Q_OBJECT
 public:
  // Undo and redo are shortcuts of `pane` (and its children).
  RecordActions(ProjectContext* context, QTableView* table, SampleTableModel* model, QWidget* pane);

  // The ids of the selected rows, in table order.
  std::vector<qint64> selectedIds() const;
  // Each applies to `ids` as the current annotator; false (and message())
  // when the store refuses (read-only project, no annotator name).
  bool relabel(const std::vector<qint64>& ids, int label);
  bool setDeleted(const std::vector<qint64>& ids, bool deleted);
  bool undo();
  bool redo();
  bool canUndo() const { return history_.canUndo(); }
  bool canRedo() const { return history_.canRedo(); }
  // The right-click menu for the selected rows (built each time: the labels may have changed).
  QMenu* contextMenu(QWidget* parent);
  // The keys of the table, for the pane's tooltip (Help ▸ Keyboard
  // Shortcuts lists them from DatasetPaneShortcuts.cpp).
  static QString keyHelp();
  // The last edit's outcome or problem, as shown under the table.
  QString lastMessage() const { return message_; }

 Q_SIGNALS:
  // After an edit of the store: `deletions` for deletes and restores,
  // `labeledDelta` texts newly labelled (negative: unlabelled again).
  void recordsEdited(bool deletions, qint64 labeledDelta);
  void message(const QString& text);
  // A double click on the record `sampleId`.
  void openRequested(qint64 sampleId);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void rebuildKeymap();
  void retranslate();
  void report(const QString& text);
  void updateActions();
  // Says what a step did (or, `undone`, took back) and tells the pane.
  void done(const data::RecordEditHistory::Step& step, bool undone);
  bool refused(const std::exception& error);
  QString describe(const data::RecordEditHistory::Step& step) const;

  ProjectContext* context_;
  QTableView* table_;
  SampleTableModel* model_;
  LabelKeymap keymap_;
  data::RecordEditHistory history_;
  QAction* undoAction_ = nullptr;
  QAction* redoAction_ = nullptr;
  QString message_;
};

}  // namespace assay
