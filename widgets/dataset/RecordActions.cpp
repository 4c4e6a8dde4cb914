#include "dataset/RecordActions.h"

#include <QAction>
#include <QEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QTableView>
#include <algorithm>

#include "common/ProjectContext.h"
#include "dataset/SampleTableModel.h"

namespace assay {

RecordActions::RecordActions(ProjectContext* context, QTableView* table, SampleTableModel* model, QWidget* pane)
    : QObject(pane), context_(context), table_(table), model_(model) {
  table_->installEventFilter(this);
  table_->setContextMenuPolicy(Qt::CustomContextMenu);
  connect(table_, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
    if (selectedIds().empty()) return;
    QMenu* menu = contextMenu(table_);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(table_->viewport()->mapToGlobal(at));
  });
  connect(table_, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
    if (const qint64 id = model_->sampleId(index.row())) Q_EMIT openRequested(id);
  });
  undoAction_ = new QAction(pane);
  undoAction_->setShortcut(QKeySequence::Undo);
  undoAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  connect(undoAction_, &QAction::triggered, this, [this]() { undo(); });
  redoAction_ = new QAction(pane);
  redoAction_->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
  redoAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  connect(redoAction_, &QAction::triggered, this, [this]() { redo(); });
  pane->addAction(undoAction_);
  pane->addAction(redoAction_);
  connect(context_, &ProjectContext::projectOpened, this, [this]() {
    history_.clear();  // steps belong to the project they edited
    updateActions();
    rebuildKeymap();
  });
  connect(context_, &ProjectContext::projectClosed, this, [this]() {
    history_.clear();
    updateActions();
  });
  connect(context_, &ProjectContext::labelSetChanged, this, &RecordActions::rebuildKeymap);
  rebuildKeymap();
  retranslate();
  updateActions();
}

void RecordActions::rebuildKeymap() {
  keymap_ = LabelKeymap();
  if (!context_->isOpen()) return;
  const data::ProjectStore* store = context_->store();
  keymap_ = LabelKeymap(store->labelSchema(), store->labelDetails(), store->labelOrder());
}

void RecordActions::retranslate() {
  undoAction_->setText(tr("Undo"));
  redoAction_->setText(tr("Redo"));
}

void RecordActions::updateActions() {
  undoAction_->setEnabled(history_.canUndo());
  redoAction_->setEnabled(history_.canRedo());
}

QString RecordActions::keyHelp() {
  return tr(
      "1-9 or a label's key: relabel the selected rows · Delete: delete or restore them · "
      "Ctrl+Z / Ctrl+Shift+Z: undo / redo · double-click: open in the annotate pane · "
      "right-click: more");
}

std::vector<qint64> RecordActions::selectedIds() const {
  std::vector<int> rows;
  for (const QModelIndex& index : table_->selectionModel()->selectedRows()) rows.push_back(index.row());
  std::sort(rows.begin(), rows.end());
  std::vector<qint64> ids;
  for (int row : rows)
    if (const qint64 id = model_->sampleId(row)) ids.push_back(id);
  return ids;
}

void RecordActions::report(const QString& text) {
  message_ = text;
  Q_EMIT message(text);
}

bool RecordActions::refused(const std::exception& error) {
  report(QString::fromUtf8(error.what()));
  return false;
}

QString RecordActions::describe(const data::RecordEditHistory::Step& step) const {
  const int n = int(step.ids.size());
  switch (step.kind) {
    case data::RecordEditHistory::Kind::Relabel: {
      const data::LabelSchema& schema = context_->store()->labelSchema();
      return tr("%n record(s) relabelled as %1", nullptr, n).arg(schema.nameOf(step.label));
    }
    case data::RecordEditHistory::Kind::Delete:
      return tr("%n record(s) deleted", nullptr, n);
    case data::RecordEditHistory::Kind::Restore:
      break;
  }
  return tr("%n record(s) restored", nullptr, n);
}

void RecordActions::done(const data::RecordEditHistory::Step& step, bool undone) {
  qint64 labeled = 0;
  for (const data::AnnotationUndo& u : step.undone) labeled += u.previousLabel < 0 ? 1 : 0;
  const bool relabel = step.kind == data::RecordEditHistory::Kind::Relabel;
  report(undone ? tr("Undone: %1").arg(describe(step)) : describe(step));
  updateActions();
  Q_EMIT recordsEdited(!relabel, relabel ? (undone ? -labeled : labeled) : 0);
}

bool RecordActions::relabel(const std::vector<qint64>& ids, int label) {
  if (!context_->isOpen() || ids.empty()) return false;
  if (context_->annotator().isEmpty()) {
    report(tr("Set your annotator name first (Edit ▸ Annotator name)."));
    return false;
  }
  try {
    if (history_.relabel(*context_->store(), ids, label, context_->annotator()).empty()) {
      report(tr("Pairs and completions carry no label: nothing relabelled."));
      return false;
    }
  } catch (const std::exception& e) {
    return refused(e);
  }
  done(*history_.latest(), false);
  return true;
}

bool RecordActions::setDeleted(const std::vector<qint64>& ids, bool deleted) {
  if (!context_->isOpen() || ids.empty()) return false;
  if (context_->annotator().isEmpty()) {
    report(tr("Set your annotator name first (Edit ▸ Annotator name)."));
    return false;
  }
  try {
    data::ProjectStore& store = *context_->store();
    const QString who = context_->annotator();
    if ((deleted ? history_.remove(store, ids, who) : history_.restore(store, ids, who)).empty()) {
      report(deleted ? tr("Already deleted.") : tr("Not deleted: nothing to restore."));
      return false;
    }
  } catch (const std::exception& e) {
    return refused(e);
  }
  done(*history_.latest(), false);
  return true;
}

bool RecordActions::undo() {
  if (!context_->isOpen() || !history_.canUndo()) return false;
  try {
    const data::RecordEditHistory::Step* step = history_.undo(*context_->store(), context_->annotator());
    done(*step, true);
  } catch (const std::exception& e) {
    return refused(e);
  }
  return true;
}

bool RecordActions::redo() {
  if (!context_->isOpen() || !history_.canRedo()) return false;
  try {
    const data::RecordEditHistory::Step* step = history_.redo(*context_->store(), context_->annotator());
    done(*step, false);
  } catch (const std::exception& e) {
    return refused(e);
  }
  return true;
}

QMenu* RecordActions::contextMenu(QWidget* parent) {
  auto* menu = new QMenu(parent);
  const std::vector<qint64> ids = selectedIds();
  if (context_->isOpen() && !ids.empty()) {
    const data::LabelSchema& schema = context_->store()->labelSchema();
    QMenu* relabelMenu = menu->addMenu(tr("Relabel as"));
    relabelMenu->setObjectName(QStringLiteral("relabelMenu"));
    const std::vector<int> order = context_->store()->labelOrder();
    for (size_t position = 0; position < order.size(); ++position) {
      const int id = order[position];
      QString text = QStringLiteral("%1 %2").arg(schema.nameOf(id), schema.englishOf(id));
      if (position < size_t(LabelKeymap::kNumberKeys) && keymap_.labelForKey(Qt::Key_1 + int(position)) == id)
        text += QStringLiteral("\t%1").arg(position + 1);
      QAction* action = relabelMenu->addAction(text);
      action->setData(id);
      connect(action, &QAction::triggered, this, [this, ids, id]() { relabel(ids, id); });
    }
    bool anyDeleted = false, anyLive = false;
    for (const QModelIndex& index : table_->selectionModel()->selectedRows()) {
      (model_->data(index, SampleTableModel::kDeletedRole).toBool() ? anyDeleted : anyLive) = true;
      if (anyDeleted && anyLive) break;
    }
    QAction* remove = menu->addAction(tr("Delete"));
    remove->setObjectName(QStringLiteral("deleteRecords"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setEnabled(anyLive);
    connect(remove, &QAction::triggered, this, [this, ids]() { setDeleted(ids, true); });
    QAction* restore = menu->addAction(tr("Restore"));
    restore->setObjectName(QStringLiteral("restoreRecords"));
    restore->setEnabled(anyDeleted);
    connect(restore, &QAction::triggered, this, [this, ids]() { setDeleted(ids, false); });
    menu->addSeparator();
    QAction* reannotate = menu->addAction(tr("Re-annotate these…"));
    reannotate->setObjectName(QStringLiteral("reannotateSelection"));
    connect(reannotate, &QAction::triggered, this, [this, ids]() {
      context_->requestReannotation(ids, tr("%n selected record(s)", nullptr, int(ids.size())));
    });
  }
  menu->addSeparator();
  updateActions();
  menu->addAction(undoAction_);
  menu->addAction(redoAction_);
  return menu;
}

bool RecordActions::eventFilter(QObject* watched, QEvent* event) {
  if (watched == table_ && event->type() == QEvent::LanguageChange) retranslate();
  if (watched != table_ || event->type() != QEvent::KeyPress) return QObject::eventFilter(watched, event);
  auto* key = static_cast<QKeyEvent*>(event);
  if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) return false;
  const std::vector<qint64> ids = selectedIds();
  if (ids.empty()) return false;
  if (key->key() == Qt::Key_Delete) {
    // Delete toggles: a selection of deleted rows only is restored.
    bool allDeleted = true;
    for (const QModelIndex& index : table_->selectionModel()->selectedRows())
      allDeleted = allDeleted && model_->data(index, SampleTableModel::kDeletedRole).toBool();
    setDeleted(ids, !allDeleted);
    return true;
  }
  const int label = keymap_.labelForKey(key->key());
  if (label >= 0 && context_->isOpen() && label < context_->store()->labelSchema().size()) {
    relabel(ids, label);
    return true;
  }
  return false;
}

}  // namespace assay
