#include "data/ProjectStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <atomic>

#include "data/ProjectDb.h"
#include "data/WriteProblems.h"

namespace assay::data {

using detail::Statement;
using detail::Transaction;

namespace {

[[noreturn]] void fail(const QString& path, const QString& problem) {
  throw StoreError(QString(path + QStringLiteral(": ") + problem).toStdString());
}

QDateTime parseTime(const QString& text) {
  QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
  t.setTimeSpec(Qt::UTC);
  return t;
}

}  // namespace

ProjectStore::Db::~Db() {
  {
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (db.isValid()) db.close();
  }
  QSqlDatabase::removeDatabase(connection);
}

// Opens the Qt Sql connection and takes its sqlite3 handle.
std::unique_ptr<ProjectStore::Db> ProjectStore::connect(const QString& path, Connect mode) {
  static std::atomic<int> counter{0};
  auto db = std::make_unique<ProjectStore::Db>();
  db->path = path;
  db->connection = QStringLiteral("assay-project-%1").arg(counter++);
  QSqlDatabase q = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->connection);
  // Five seconds is the bound on waiting for another process's write lock;
  // after it a write fails with the "project is busy" message.
  if (mode == Connect::Immutable) {
    // A WAL project in a folder nobody may write to: SQLite could not create
    // the -shm index it reads through, so it is told the file cannot change.
    q.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
                      QStringLiteral("?mode=ro&immutable=1"));
    q.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
  } else {
    q.setDatabaseName(path);
    q.setConnectOptions(mode == Connect::ReadOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
  }
  if (!q.open()) fail(path, QStringLiteral("cannot open: ") + q.lastError().text());
  const QVariant handle = q.driver()->handle();
  if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 || !*static_cast<sqlite3* const*>(handle.data()))
    fail(path, QStringLiteral("the Qt SQLite driver did not expose its handle"));
  db->handle = *static_cast<sqlite3* const*>(handle.data());
  return db;
}

static qint64 pragmaInt(sqlite3* db, const QString& path, const char* sql) {
  Statement st(db, path, sql);
  return st.step() ? st.int64(0) : 0;
}

std::unique_ptr<ProjectStore> ProjectStore::create(const QString& path, SchemaKind kind) {
  return create(path, LabelSchema::forKind(kind));
}

std::unique_ptr<ProjectStore> ProjectStore::create(const QString& path, const LabelSchema& labels) {
  if (labels.size() == 0) fail(path, QStringLiteral("a project needs at least one label"));
  if (QFileInfo::exists(path)) fail(path, QStringLiteral("already exists; open it instead of creating it"));
  std::unique_ptr<ProjectStore> store(new ProjectStore);
  store->path_ = path;
  store->db_ = connect(path);
  sqlite3* h = store->db_->handle;
  try {
    detail::execSql(h, path, "PRAGMA journal_mode = WAL");
    detail::execSql(h, path, "PRAGMA synchronous = FULL");
    detail::execSql(h, path, "PRAGMA foreign_keys = ON");
    detail::createSchema(h, path, labels);
  } catch (...) {
    store.reset();
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    throw;
  }
  store->schema_ = labels;
  return store;
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString& path, Access access) {
  const QFileInfo info(path);
  if (!info.exists()) fail(path, QStringLiteral("no such project (create one with `assay-cli init`)"));
  if (info.isDir()) fail(path, QStringLiteral("is a directory, not a project file"));
  {
    // Check the header before SQLite touches the file: a stranger's file is
    // reported, never "repaired" or converted to WAL.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) fail(path, QStringLiteral("cannot read: ") + f.errorString());
    const QByteArray header = f.read(16);
    if (header.isEmpty()) fail(path, QStringLiteral("empty file, not an Assay project"));
    if (header != QByteArray("SQLite format 3\0", 16))
      fail(path, QStringLiteral("not an Assay project (not a SQLite database, or its header is damaged)"));
  }
  std::unique_ptr<ProjectStore> store(new ProjectStore);
  store->path_ = path;
  const QString why = detail::whyNotWritable(path);
  store->readOnlyReason_ =
      access == Access::ReadOnly && why.isEmpty() ? QStringLiteral("read-only was asked for") : why;
  Connect mode = store->readOnly() ? Connect::ReadOnly : Connect::ReadWrite;
  if (store->readOnly() && !QFileInfo(QFileInfo(path).absolutePath()).isWritable()) {
    // Unwritten changes in a -wal file are only visible through the WAL
    // index, which needs the folder; without a -wal file everything is in
    // the project file itself.
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0 && !QFileInfo::exists(path + QStringLiteral("-shm")))
      fail(path, QStringLiteral("cannot open read-only: its last changes are still in %1-wal and its folder is not "
                                "writable; open it once where it can be written")
                     .arg(QFileInfo(path).fileName()));
    if (!QFileInfo::exists(path + QStringLiteral("-wal"))) mode = Connect::Immutable;
  }
  store->db_ = connect(path, mode);
  sqlite3* h = store->db_->handle;

  if (pragmaInt(h, path, "PRAGMA application_id") != detail::kApplicationId)
    fail(path, QStringLiteral("not an Assay project (a SQLite database of another program)"));
  const qint64 version = pragmaInt(h, path, "PRAGMA user_version");
  if (version > kSchemaVersion)
    fail(path, QStringLiteral("was written by a newer Assay (schema version %1; this build reads up to %2); "
                              "update Assay to open it")
                   .arg(version)
                   .arg(kSchemaVersion));
  if (version < 1) fail(path, QStringLiteral("not an Assay project (no schema version)"));
  if (version < kSchemaVersion && store->readOnly())
    fail(path, QStringLiteral("was written by an older Assay (schema version %1) and must be upgraded before this "
                              "build can read it, but it can only be opened read-only (%2); open it once where it "
                              "can be written")
                   .arg(version)
                   .arg(store->readOnlyReason_));
  detail::execSql(h, path, "PRAGMA foreign_keys = ON");
  detail::execSql(h, path, "PRAGMA synchronous = FULL");
  if (!store->readOnly()) {
    Statement mode(h, path, "PRAGMA journal_mode");
    const bool wal = mode.step() && mode.text(0) == "wal";
    mode.reset();
    // Not WAL: an older file, or another process is bulk-importing (it
    // switches back when done). Try, but a busy project still opens.
    if (!wal) sqlite3_exec(h, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
  }
  if (version < kSchemaVersion) detail::migrateSchema(h, path, static_cast<int>(version));

  SchemaKind kind = SchemaKind::Style;
  if (!parseSchemaKind(store->setting(QStringLiteral("schema")), &kind))
    fail(path,
         QStringLiteral("damaged project: unknown schema kind \"%1\"").arg(store->setting(QStringLiteral("schema"))));
  std::vector<Label> labels;
  Statement st(h, path, "SELECT id, name, english FROM labels ORDER BY id");
  while (st.step()) {
    if (st.int64(0) != static_cast<qint64>(labels.size()))
      fail(path, QStringLiteral("damaged project: label ids are not 0..N-1"));
    labels.push_back({static_cast<int>(st.int64(0)), st.qtext(1), st.qtext(2)});
  }
  store->schema_ = LabelSchema(kind, std::move(labels));
  return store;
}

ProjectStore::~ProjectStore() = default;

QString ProjectStore::setting(const QString& key) const {
  Statement st(db_->handle, path_, "SELECT value FROM settings WHERE key = ?");
  st.bindText(1, key);
  return st.step() ? st.qtext(0) : QString();
}

void ProjectStore::annotate(qint64 sampleId, const QString& annotator, int label, const QString& note) {
  if (label < 0 || label >= schema_.size())
    fail(path_, QStringLiteral("sample %1: unknown label id %2 (ids are 0..%3)")
                    .arg(sampleId)
                    .arg(label)
                    .arg(schema_.size() - 1));
  if (annotator.trimmed().isEmpty())
    fail(path_, QStringLiteral("sample %1: an annotation needs an annotator name").arg(sampleId));
  Transaction tx(db_->handle, path_);
  writeAnnotation(sampleId, annotator, label, note);
  tx.commit();
}

qint64 ProjectStore::writeAnnotation(qint64 sampleId, const QString& annotator, int label, const QString& note) {
  sqlite3* h = db_->handle;
  Statement current(h, path_, "SELECT label FROM samples WHERE id = ?");
  current.bind(1, sampleId);
  if (!current.step()) fail(path_, QStringLiteral("no sample with id %1").arg(sampleId));
  const qint64 old = current.isNull(0) ? -1 : current.int64(0);
  current.reset();
  const QString now = detail::nowUtc();
  Statement add(h, path_,
                "INSERT INTO annotations(sample_id, annotator, label, created_at, note) VALUES(?, ?, ?, ?, ?)");
  add.bind(1, sampleId).bindText(2, annotator).bind(3, static_cast<qint64>(label)).bindText(4, now);
  if (note.isEmpty()) add.bindNull(5);
  else add.bindText(5, note);
  add.run();
  const qint64 annotationId = sqlite3_last_insert_rowid(h);
  if (old != label) {
    Statement set(h, path_, "UPDATE samples SET label = ? WHERE id = ?");
    set.bind(1, static_cast<qint64>(label)).bind(2, sampleId).run();
    Statement history(h, path_,
                      "INSERT INTO label_history(sample_id, annotator, changed_at, old_label, new_label) "
                      "VALUES(?, ?, ?, ?, ?)");
    history.bind(1, sampleId).bindText(2, annotator).bindText(3, now);
    if (old < 0) history.bindNull(4);
    else history.bind(4, old);
    history.bind(5, static_cast<qint64>(label)).run();
  }
  return annotationId;
}

std::vector<Annotation> ProjectStore::annotations(qint64 sampleId) const {
  Statement st(
      db_->handle, path_,
      "SELECT id, sample_id, annotator, label, created_at, note FROM annotations WHERE sample_id = ? ORDER BY id");
  st.bind(1, sampleId);
  std::vector<Annotation> out;
  while (st.step())
    out.push_back({st.int64(0), st.int64(1), st.qtext(2), static_cast<int>(st.int64(3)), parseTime(st.qtext(4)),
                   st.isNull(5) ? QString() : st.qtext(5)});
  return out;
}

std::vector<LabelChange> ProjectStore::labelHistory(qint64 sampleId) const {
  Statement st(db_->handle, path_,
               "SELECT id, sample_id, annotator, changed_at, old_label, new_label FROM label_history "
               "WHERE ?1 = 0 OR sample_id = ?1 ORDER BY id");
  st.bind(1, sampleId);
  std::vector<LabelChange> out;
  while (st.step()) {
    out.push_back({st.int64(0), st.int64(1), st.qtext(2), parseTime(st.qtext(3)),
                   st.isNull(4) ? -1 : static_cast<int>(st.int64(4)),
                   st.isNull(5) ? -1 : static_cast<int>(st.int64(5))});
  }
  return out;
}

void ProjectStore::requireWritable() const {
  if (readOnly()) throw StoreError(detail::readOnlyMessage(path_, readOnlyReason_).toStdString());
}

bool ProjectStore::setBulkMode(bool on) {
  if (readOnly()) return false;
  const char* wanted = on ? "delete" : "wal";
  try {
    Statement st(db_->handle, path_, on ? "PRAGMA journal_mode = DELETE" : "PRAGMA journal_mode = WAL");
    return st.step() && st.text(0) == wanted;
  } catch (const StoreError&) {
    return false;  // another connection holds the WAL: stay as we are
  }
}

QString ProjectStore::integrityCheck() const {
  Statement st(db_->handle, path_, "PRAGMA integrity_check");
  QStringList lines;
  while (st.step()) lines << st.qtext(0);
  return lines.join('\n');
}

}  // namespace assay::data
