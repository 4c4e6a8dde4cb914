// ProjectStore: edits of many records at once from the dataset table
// (relabel a selection, soft delete and restore), each one transaction.
#include "data/ProjectDb.h"

namespace assay::data {

using detail::Statement;
using detail::Transaction;

namespace {

[[noreturn]] void editFail(const QString& path, const QString& problem) {
  throw StoreError(QString(path + QStringLiteral(": ") + problem).toStdString());
}

QDateTime storedUtc(const QString& text) {
  QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
  t.setTimeSpec(Qt::UTC);
  return t;
}

}  // namespace

std::vector<AnnotationUndo> ProjectStore::annotateMany(const std::vector<qint64>& ids, const QString& annotator,
                                                       int label) {
  if (label < 0 || label >= schema_.size())
    editFail(path_, QStringLiteral("unknown label id %1 (ids are 0..%2)").arg(label).arg(schema_.size() - 1));
  if (annotator.trimmed().isEmpty()) editFail(path_, QStringLiteral("a relabel needs an annotator name"));
  sqlite3* h = db_->handle;
  Transaction tx(h, path_);
  std::vector<AnnotationUndo> undo;
  undo.reserve(ids.size());
  Statement current(h, path_, "SELECT label, kind FROM samples WHERE id = ?");
  for (qint64 id : ids) {
    current.bind(1, id);
    if (!current.step()) editFail(path_, QStringLiteral("no sample with id %1").arg(id));
    const int previous = current.isNull(0) ? -1 : static_cast<int>(current.int64(0));
    const bool text = current.int64(1) == static_cast<qint64>(SampleKind::Text);
    current.reset();
    if (!text) continue;  // pairs and completions carry no class label
    undo.push_back({id, writeAnnotation(id, annotator, label, {}), previous});
  }
  tx.commit();
  return undo;
}

std::vector<qint64> ProjectStore::setDeleted(const std::vector<qint64>& ids, bool deleted, const QString& by) {
  if (by.trimmed().isEmpty()) editFail(path_, QStringLiteral("a delete or restore needs a user name"));
  sqlite3* h = db_->handle;
  Transaction tx(h, path_);
  const QString now = detail::nowUtc();
  Statement state(h, path_, "SELECT deleted_at IS NOT NULL FROM samples WHERE id = ?");
  Statement mark(h, path_, "UPDATE samples SET deleted_at = ?, deleted_by = ? WHERE id = ?");
  Statement history(h, path_,
                    "INSERT INTO sample_deletions(sample_id, action, changed_by, changed_at) VALUES(?, ?, ?, ?)");
  std::vector<qint64> changed;
  for (qint64 id : ids) {
    state.bind(1, id);
    if (!state.step()) editFail(path_, QStringLiteral("no sample with id %1").arg(id));
    const bool wasDeleted = state.int64(0) != 0;
    state.reset();
    if (wasDeleted == deleted) continue;
    if (deleted) mark.bindText(1, now).bindText(2, by);
    else mark.bindNull(1).bindNull(2);
    mark.bind(3, id).run();
    history.bind(1, id)
        .bindText(2, deleted ? QStringLiteral("deleted") : QStringLiteral("restored"))
        .bindText(3, by)
        .bindText(4, now)
        .run();
    changed.push_back(id);
  }
  tx.commit();
  return changed;
}

bool ProjectStore::isDeleted(qint64 sampleId) const {
  Statement st(db_->handle, path_, "SELECT deleted_at IS NOT NULL FROM samples WHERE id = ?");
  st.bind(1, sampleId);
  return st.step() && st.int64(0) != 0;
}

qint64 ProjectStore::deletedCount() const {
  Statement st(db_->handle, path_, "SELECT count(*) FROM samples WHERE deleted_at IS NOT NULL");
  return st.step() ? st.int64(0) : 0;
}

std::vector<SampleDeletion> ProjectStore::deletionHistory(qint64 sampleId) const {
  Statement st(db_->handle, path_,
               "SELECT id, sample_id, action, changed_by, changed_at FROM sample_deletions "
               "WHERE ?1 = 0 OR sample_id = ?1 ORDER BY id");
  st.bind(1, sampleId);
  std::vector<SampleDeletion> out;
  while (st.step())
    out.push_back(
        {st.int64(0), st.int64(1), st.qtext(2) == QLatin1String("deleted"), st.qtext(3), storedUtc(st.qtext(4))});
  return out;
}

}  // namespace assay::data
