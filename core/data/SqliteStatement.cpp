#include "data/SqliteStatement.h"

#include <cstring>

#include "data/ProjectStore.h"
#include "data/WriteProblems.h"

namespace assay::data::detail {

void throwSqlError(sqlite3* db, const QString& path, const QString& what) {
  // Qt's driver turns on extended result codes: compare the primary code.
  const int code = (db ? sqlite3_errcode(db) : SQLITE_ERROR) & 0xff;
  // The busy timeout (QSQLITE_BUSY_TIMEOUT) has passed: another process
  // holds the write lock, or is in the middle of a bulk import.
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED) throw StoreError(busyMessage(path).toStdString());
  if (code == SQLITE_READONLY) {
    const QString why = whyNotWritable(path);
    throw StoreError(
        readOnlyMessage(path, why.isEmpty() ? QStringLiteral("the file cannot be written") : why).toStdString());
  }
  const int extended = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
  const int systemError = db ? sqlite3_system_errno(db) : 0;
  const bool writeFailed = extended == SQLITE_IOERR_WRITE || extended == SQLITE_IOERR_FSYNC ||
                           extended == SQLITE_IOERR_TRUNCATE || (code == SQLITE_IOERR && isNoSpaceErrno(systemError));
  if (code == SQLITE_FULL || writeFailed) {
    // SQLite reports a short write as SQLITE_FULL and a failed one (ENOSPC,
    // or EFBIG from RLIMIT_FSIZE or the file system's size limit) as an I/O
    // error; its errno may be overwritten by the rollback that followed. The
    // transaction is rolled back by the caller, so nothing was changed.
    const QString cause = isNoSpaceErrno(systemError) ? QString::fromLocal8Bit(std::strerror(systemError))
                                                      : QString::fromUtf8(sqlite3_errmsg(db));
    const QString reason = code == SQLITE_FULL
                               ? QStringLiteral("the disk is full or the file too large")
                               : cause + QStringLiteral(" (the disk may be full or the file too large)");
    throw StoreError(QString(path + QStringLiteral(": cannot write: ") + reason +
                             QStringLiteral("; the project keeps its previous content (") + what + QStringLiteral(")"))
                         .toStdString());
  }
  QString message = path + QStringLiteral(": ") + what + QStringLiteral(": ") +
                    QString::fromUtf8(db ? sqlite3_errmsg(db) : "no database");
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
    message += QStringLiteral(" (the project file is damaged; restore it from a backup)");
  throw StoreError(message.toStdString());
}

void execSql(sqlite3* db, const QString& path, const char* sql) {
  if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
    throwSqlError(db, path, QStringLiteral("cannot run \"%1\"").arg(QString::fromUtf8(sql).left(60)));
}

Statement::Statement(sqlite3* db, const QString& path, const char* sql) : db_(db), path_(path) {
  if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK)
    throwSqlError(db, path, QStringLiteral("cannot prepare \"%1\"").arg(QString::fromUtf8(sql).left(60)));
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, qint64 value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}

Statement& Statement::bindText(int index, std::string_view utf8) {
  sqlite3_bind_text(stmt_, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::bindText(int index, const QString& text) {
  const QByteArray utf8 = text.toUtf8();
  sqlite3_bind_text(stmt_, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::bindTextInPlace(int index, std::string_view utf8) {
  sqlite3_bind_text(stmt_, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_STATIC);
  return *this;
}

Statement& Statement::bindNull(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  const QString sql = QString::fromUtf8(sqlite3_sql(stmt_)).left(60);
  sqlite3_reset(stmt_);
  throwSqlError(db_, path_, QStringLiteral("\"%1\" failed").arg(sql));
}

void Statement::run() {
  step();
  reset();
}

void Statement::runKeepingBindings() {
  step();
  sqlite3_reset(stmt_);
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string_view Statement::text(int column) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  const int n = sqlite3_column_bytes(stmt_, column);
  return p ? std::string_view(p, static_cast<size_t>(n)) : std::string_view();
}

QString Statement::qtext(int column) const {
  const std::string_view t = text(column);
  return QString::fromUtf8(t.data(), static_cast<qsizetype>(t.size()));
}

Transaction::Transaction(sqlite3* db, const QString& path) : db_(db), path_(path) {
  // Every write of the store starts here: a read-only project says so
  // instead of SQLite's "attempt to write a readonly database".
  if (sqlite3_db_readonly(db, "main") == 1) {
    const QString why = whyNotWritable(path);
    throw StoreError(
        readOnlyMessage(path, why.isEmpty() ? QStringLiteral("read-only was asked for") : why).toStdString());
  }
  execSql(db, path, "BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
  if (open_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  execSql(db_, path_, "COMMIT");
  open_ = false;
}

}  // namespace assay::data::detail
