#include "data/SqliteStatement.h"

#include "data/ProjectStore.h"

namespace assay::data::detail {

void throwSqlError(sqlite3* db, const QString& path, const QString& what) {
  const int code = db ? sqlite3_errcode(db) : SQLITE_ERROR;
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
