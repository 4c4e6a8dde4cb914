#include "data/LabelFlags.h"

#include "data/ProjectDb.h"

namespace assay::data {

using detail::Statement;
using detail::Transaction;

namespace {

[[noreturn]] void flagFail(const ProjectStore& store, const QString& problem) {
  throw StoreError(QString(ProjectStoreAccess::path(store) + QStringLiteral(": ") + problem).toStdString());
}

constexpr const char* kFlagColumns =
    "SELECT id, run_id, sample_id, given_label, suggested_label, probability, score, resolution, "
    "coalesce(resolved_by, ''), coalesce(resolved_at, '') FROM label_flags ";

StoredLabelFlag readFlag(const Statement& st) {
  StoredLabelFlag f;
  f.id = st.int64(0);
  f.runId = st.int64(1);
  f.sampleId = st.int64(2);
  f.givenLabel = st.isNull(3) ? -1 : int(st.int64(3));
  f.suggestedLabel = st.isNull(4) ? -1 : int(st.int64(4));
  f.probability = st.real(5);
  f.score = st.real(6);
  const QString resolution = st.isNull(7) ? QString() : st.qtext(7);
  f.resolution = resolution == QLatin1String("accepted")    ? FlagResolution::Accepted
                 : resolution == QLatin1String("dismissed") ? FlagResolution::Dismissed
                                                            : FlagResolution::Open;
  f.resolvedBy = st.qtext(8);
  f.resolvedAt = st.qtext(9);
  return f;
}

void bindLabel(Statement& st, int index, int label) {
  if (label < 0) st.bindNull(index);
  else st.bind(index, static_cast<qint64>(label));
}

void setResolution(ProjectStore& store, qint64 flagId, const char* resolution, const QString& by) {
  Statement st(ProjectStoreAccess::handle(store), ProjectStoreAccess::path(store),
               "UPDATE label_flags SET resolution = ?, resolved_by = ?, resolved_at = ? WHERE id = ?");
  if (resolution) st.bindText(1, std::string_view(resolution)).bindText(2, by).bindText(3, detail::nowUtc());
  else st.bindNull(1).bindNull(2).bindNull(3);
  st.bind(4, flagId).run();
}

// setDeleted's rows for one sample, inside the caller's transaction.
void writeDeletion(ProjectStore& store, qint64 sampleId, bool deleted, const QString& by) {
  sqlite3* h = ProjectStoreAccess::handle(store);
  const QString& path = ProjectStoreAccess::path(store);
  const QString now = detail::nowUtc();
  Statement mark(h, path, "UPDATE samples SET deleted_at = ?, deleted_by = ? WHERE id = ?");
  if (deleted) mark.bindText(1, now).bindText(2, by);
  else mark.bindNull(1).bindNull(2);
  mark.bind(3, sampleId).run();
  Statement history(h, path,
                    "INSERT INTO sample_deletions(sample_id, action, changed_by, changed_at) VALUES(?, ?, ?, ?)");
  history.bind(1, sampleId)
      .bindText(2, deleted ? QStringLiteral("deleted") : QStringLiteral("restored"))
      .bindText(3, by)
      .bindText(4, now)
      .run();
}

StoredLabelFlag openFlag(const ProjectStore& store, qint64 flagId, const QString& reviewer) {
  if (reviewer.trimmed().isEmpty()) flagFail(store, QStringLiteral("flag %1: resolving needs a name").arg(flagId));
  const StoredLabelFlag f = labelFlag(store, flagId);
  if (f.resolution != FlagResolution::Open)
    flagFail(store, QStringLiteral("flag %1 is already resolved by %2").arg(flagId).arg(f.resolvedBy));
  return f;
}

}  // namespace

qint64 saveFlagRun(ProjectStore& store, const QString& createdBy, const QString& method, qint64 records,
                   const std::vector<NewLabelFlag>& flags) {
  ProjectStoreAccess::requireWritable(store);
  sqlite3* h = ProjectStoreAccess::handle(store);
  const QString& path = ProjectStoreAccess::path(store);
  const int labels = store.labelSchema().size();
  Transaction tx(h, path);
  Statement run(h, path,
                "INSERT INTO flag_runs(created_at, created_by, method, records, flagged) VALUES(?, ?, ?, ?, ?)");
  run.bindText(1, detail::nowUtc())
      .bindText(2, createdBy)
      .bindText(3, method)
      .bind(4, records)
      .bind(5, static_cast<qint64>(flags.size()))
      .run();
  const qint64 runId = sqlite3_last_insert_rowid(h);
  Statement exists(h, path, "SELECT 1 FROM samples WHERE id = ?");
  Statement insert(h, path,
                   "INSERT INTO label_flags(run_id, sample_id, given_label, suggested_label, probability, score) "
                   "VALUES(?, ?, ?, ?, ?, ?)");
  for (const NewLabelFlag& f : flags) {
    exists.bind(1, f.sampleId);
    if (!exists.step()) flagFail(store, QStringLiteral("no sample with id %1 to flag").arg(f.sampleId));
    exists.reset();
    if (f.givenLabel >= labels || f.suggestedLabel >= labels || (f.suggestedLabel < 0) != (f.givenLabel < 0))
      flagFail(store, QStringLiteral("sample %1: flag with unknown labels").arg(f.sampleId));
    insert.bind(1, runId).bind(2, f.sampleId);
    bindLabel(insert, 3, f.givenLabel);
    bindLabel(insert, 4, f.suggestedLabel);
    insert.bind(5, f.probability).bind(6, f.score).run();
  }
  tx.commit();
  return runId;
}

std::optional<FlagRun> latestFlagRun(const ProjectStore& store) {
  Statement st(ProjectStoreAccess::handle(store), ProjectStoreAccess::path(store),
               "SELECT id, created_at, created_by, method, records, flagged FROM flag_runs ORDER BY id DESC LIMIT 1");
  if (!st.step()) return std::nullopt;
  return FlagRun{st.int64(0), st.qtext(1), st.qtext(2), st.qtext(3), st.int64(4), st.int64(5)};
}

std::vector<StoredLabelFlag> latestRunFlags(const ProjectStore& store, bool openOnly) {
  const auto run = latestFlagRun(store);
  if (!run) return {};
  const std::string sql = std::string(kFlagColumns) + "WHERE run_id = ?" + (openOnly ? " AND resolution IS NULL" : "") +
                          " ORDER BY resolution IS NOT NULL, score DESC, id";
  Statement st(ProjectStoreAccess::handle(store), ProjectStoreAccess::path(store), sql.c_str());
  st.bind(1, run->id);
  std::vector<StoredLabelFlag> out;
  while (st.step()) out.push_back(readFlag(st));
  return out;
}

std::vector<qint64> flaggedSampleIds(const ProjectStore& store) {
  Statement st(ProjectStoreAccess::handle(store), ProjectStoreAccess::path(store),
               "SELECT DISTINCT sample_id FROM label_flags WHERE resolution IS NULL AND "
               "run_id = (SELECT max(id) FROM flag_runs) ORDER BY sample_id");
  std::vector<qint64> out;
  while (st.step()) out.push_back(st.int64(0));
  return out;
}

StoredLabelFlag labelFlag(const ProjectStore& store, qint64 flagId) {
  const std::string sql = std::string(kFlagColumns) + "WHERE id = ?";
  Statement st(ProjectStoreAccess::handle(store), ProjectStoreAccess::path(store), sql.c_str());
  st.bind(1, flagId);
  if (!st.step()) flagFail(store, QStringLiteral("no flag with id %1").arg(flagId));
  return readFlag(st);
}

FlagUndo acceptLabelFlag(ProjectStore& store, qint64 flagId, const QString& reviewer) {
  ProjectStoreAccess::requireWritable(store);
  sqlite3* h = ProjectStoreAccess::handle(store);
  const QString& path = ProjectStoreAccess::path(store);
  Transaction tx(h, path);
  const StoredLabelFlag f = openFlag(store, flagId, reviewer);
  FlagUndo undo;
  undo.flagId = flagId;
  if (f.isPair()) {
    if (!store.isDeleted(f.sampleId)) {
      writeDeletion(store, f.sampleId, true, reviewer);
      undo.deletedPair = true;
    }
  } else {
    Statement current(h, path, "SELECT label FROM samples WHERE id = ?");
    current.bind(1, f.sampleId);
    if (!current.step()) flagFail(store, QStringLiteral("no sample with id %1").arg(f.sampleId));
    undo.previousLabel = current.isNull(0) ? -1 : int(current.int64(0));
    current.reset();
    undo.annotationId = ProjectStoreAccess::writeAnnotation(store, f.sampleId, reviewer, f.suggestedLabel);
  }
  setResolution(store, flagId, "accepted", reviewer);
  tx.commit();
  return undo;
}

FlagUndo dismissLabelFlag(ProjectStore& store, qint64 flagId, const QString& reviewer) {
  ProjectStoreAccess::requireWritable(store);
  Transaction tx(ProjectStoreAccess::handle(store), ProjectStoreAccess::path(store));
  openFlag(store, flagId, reviewer);
  setResolution(store, flagId, "dismissed", reviewer);
  tx.commit();
  FlagUndo undo;
  undo.flagId = flagId;
  return undo;
}

void undoFlagResolution(ProjectStore& store, const FlagUndo& undo, const QString& by) {
  ProjectStoreAccess::requireWritable(store);
  if (by.trimmed().isEmpty()) flagFail(store, QStringLiteral("flag %1: an undo needs a name").arg(undo.flagId));
  Transaction tx(ProjectStoreAccess::handle(store), ProjectStoreAccess::path(store));
  const StoredLabelFlag f = labelFlag(store, undo.flagId);
  if (f.resolution == FlagResolution::Open)
    flagFail(store, QStringLiteral("flag %1 is not resolved; nothing to undo").arg(undo.flagId));
  if (undo.annotationId > 0) ProjectStoreAccess::writeRetraction(store, undo.annotationId, undo.previousLabel, by);
  if (undo.deletedPair) writeDeletion(store, f.sampleId, false, by);
  setResolution(store, undo.flagId, nullptr, by);
  tx.commit();
}

}  // namespace assay::data
