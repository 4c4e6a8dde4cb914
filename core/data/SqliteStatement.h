#pragma once
// Thin RAII layer over the sqlite3 handle that Qt's QSQLITE driver exposes
// (QSqlDriver::handle()). The bulk paths (import, export, stats) bind UTF-8
// bytes directly: QSqlQuery would convert every string to UTF-16 and box it
// in a QVariant, which costs more than the insert itself.
#include <sqlite3.h>

#include <QString>
#include <string_view>

namespace assay::data::detail {

// Throws StoreError "PATH: WHAT: sqlite message".
[[noreturn]] void throwSqlError(sqlite3* db, const QString& path, const QString& what);
void execSql(sqlite3* db, const QString& path, const char* sql);

class Statement {
 public:
  Statement(sqlite3* db, const QString& path, const char* sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, qint64 value);
  Statement& bind(int index, double value);
  Statement& bindText(int index, std::string_view utf8);  // copied (SQLITE_TRANSIENT)
  Statement& bindText(int index, const QString& text);
  // Not copied: `utf8` must stay alive and unchanged until the statement
  // has run (saves a copy per row on the bulk insert path).
  Statement& bindTextInPlace(int index, std::string_view utf8);
  Statement& bindNull(int index);
  // One step: true when a row is available; throws on error.
  bool step();
  // Runs a statement that returns no rows, then resets it for reuse.
  void run();
  // Like run(), but keeps the bindings: for a caller that binds every
  // parameter before each run anyway.
  void runKeepingBindings();
  void reset();

  qint64 int64(int column) const { return sqlite3_column_int64(stmt_, column); }
  double real(int column) const { return sqlite3_column_double(stmt_, column); }
  bool isNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  std::string_view text(int column) const;
  QString qtext(int column) const;

 private:
  sqlite3* db_;
  QString path_;
  sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE … COMMIT; rolls back when destroyed uncommitted.
class Transaction {
 public:
  Transaction(sqlite3* db, const QString& path);
  ~Transaction();
  void commit();

 private:
  sqlite3* db_;
  QString path_;
  bool open_ = true;
};

}  // namespace assay::data::detail
