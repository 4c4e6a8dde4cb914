// ProjectStore::retractAnnotation(s): the store side of the GUI's undo. Kept in
// its own file so the annotate path stays as the data area wrote it.
#include "data/ProjectDb.h"

namespace assay::data {

using detail::Statement;
using detail::Transaction;

namespace {
[[noreturn]] void retractFail(const QString& path, const QString& problem) {
  throw StoreError(QString(path + QStringLiteral(": ") + problem).toStdString());
}
}  // namespace

void ProjectStore::retractAnnotation(qint64 annotationId, int restoreLabel, const QString& annotator) {
  Transaction tx(db_->handle, path_);
  writeRetraction(annotationId, restoreLabel, annotator);
  tx.commit();
}

void ProjectStore::retractAnnotations(const std::vector<AnnotationUndo>& undo, const QString& annotator) {
  Transaction tx(db_->handle, path_);
  // Newest first: a sample relabelled twice in one batch ends at its first old label.
  for (auto it = undo.rbegin(); it != undo.rend(); ++it)
    writeRetraction(it->annotationId, it->previousLabel, annotator);
  tx.commit();
}

void ProjectStore::writeRetraction(qint64 annotationId, int restoreLabel, const QString& annotator) {
  if (restoreLabel < -1 || restoreLabel >= schema_.size())
    retractFail(path_,
                QStringLiteral("annotation %1: unknown label id %2 to restore").arg(annotationId).arg(restoreLabel));
  if (annotator.trimmed().isEmpty())
    retractFail(path_, QStringLiteral("annotation %1: an undo needs an annotator name").arg(annotationId));
  sqlite3* h = db_->handle;
  Statement find(h, path_,
                 "SELECT a.sample_id, s.label FROM annotations a JOIN samples s ON s.id = a.sample_id WHERE a.id = ?");
  find.bind(1, annotationId);
  if (!find.step()) retractFail(path_, QStringLiteral("no annotation with id %1").arg(annotationId));
  const qint64 sampleId = find.int64(0);
  const qint64 current = find.isNull(1) ? -1 : find.int64(1);
  find.reset();
  Statement drop(h, path_, "DELETE FROM annotations WHERE id = ?");
  drop.bind(1, annotationId).run();
  if (current != restoreLabel) {
    Statement set(h, path_, "UPDATE samples SET label = ? WHERE id = ?");
    if (restoreLabel < 0) set.bindNull(1);
    else set.bind(1, static_cast<qint64>(restoreLabel));
    set.bind(2, sampleId).run();
    Statement history(h, path_,
                      "INSERT INTO label_history(sample_id, annotator, changed_at, old_label, new_label) "
                      "VALUES(?, ?, ?, ?, ?)");
    history.bind(1, sampleId).bindText(2, annotator).bindText(3, detail::nowUtc());
    if (current < 0) history.bindNull(4);
    else history.bind(4, current);
    if (restoreLabel < 0) history.bindNull(5);
    else history.bind(5, static_cast<qint64>(restoreLabel));
    history.run();
  }
}

}  // namespace assay::data
