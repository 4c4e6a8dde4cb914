#pragma once
// Internals of ProjectStore shared by its .cpp files: the Qt Sql connection
// that owns the SQLite handle, and the schema / migration functions.
#include <QSqlDatabase>

#include "data/LabelSchema.h"
#include "data/ProjectStore.h"
#include "data/RecordWriter.h"
#include "data/SqliteStatement.h"

namespace assay::data {

struct ProjectStore::Db {
  QString connection;  // unique QSqlDatabase connection name
  sqlite3* handle = nullptr;
  QString path;
  ~Db();

  // Samples per split (unassigned, train, test) as assignSplits left them,
  // so that the counts asked right after a split (assay-cli import prints
  // them) need no full-table scan. Valid while nothing has written to the
  // project since: this connection's total_changes and the file's
  // data_version (bumped by other connections' commits) are unchanged.
  struct SplitCounts {
    bool valid = false;
    qint64 perSplit[3] = {0, 0, 0};
    qint64 totalChanges = 0;
    qint64 dataVersion = 0;
  } splitCounts;
};

namespace detail {

// 'ASSY': marks a SQLite file as an Assay project (PRAGMA application_id).
constexpr int kApplicationId = 0x41535359;

// Creates the current schema and the built-in labels of `kind`.
void createSchema(sqlite3* db, const QString& path, const LabelSchema& labels);
// Applies migrations from `fromVersion` up to ProjectStore::kSchemaVersion,
// all in one transaction.
void migrateSchema(sqlite3* db, const QString& path, int fromVersion);

// Current UTC time as stored in the project: ISO 8601 with milliseconds.
QString nowUtc();

// One exported sample from a row selected as "kind, text, chosen, rejected,
// extra, label" (the column order every export query uses). The views point
// into the statement's current row.
inline RecordView exportRowView(const Statement& st) {
  RecordView v;
  v.kind = static_cast<int>(st.int64(0));
  v.text = st.text(1);
  v.chosen = st.text(2);
  v.rejected = st.text(3);
  v.extraJson = st.text(4);
  v.label = st.isNull(5) ? -1 : static_cast<int>(st.int64(5));
  return v;
}

}  // namespace detail
}  // namespace assay::data

namespace assay::data {

// What code outside ProjectStore's own files (the data-quality modules:
// agreement, adjudication, health, flags) needs of an open store, so that a
// new query or table does not have to grow ProjectStore.h, which most of the
// project includes. Writers call requireWritable() first and use Transaction.
class ProjectStoreAccess {
 public:
  static sqlite3* handle(const ProjectStore& store) { return store.db_->handle; }
  static const QString& path(const ProjectStore& store) { return store.path_; }
  static void requireWritable(const ProjectStore& store) { store.requireWritable(); }
  // ProjectStore::annotate's rows (annotation, current label, label
  // history) inside the caller's transaction; returns the annotation's id.
  static qint64 writeAnnotation(ProjectStore& store, qint64 sampleId, const QString& annotator, int label,
                                const QString& note = {}) {
    return store.writeAnnotation(sampleId, annotator, label, note);
  }
  // ProjectStore::retractAnnotation's rows inside the caller's transaction.
  static void writeRetraction(ProjectStore& store, qint64 annotationId, int restoreLabel, const QString& annotator) {
    store.writeRetraction(annotationId, restoreLabel, annotator);
  }
};

}  // namespace assay::data
