#pragma once
// Internals of ProjectStore shared by its .cpp files: the Qt Sql connection
// that owns the SQLite handle, and the schema / migration functions.
#include <QSqlDatabase>

#include "data/LabelSchema.h"
#include "data/ProjectStore.h"
#include "data/SqliteStatement.h"

namespace assay::data {

struct ProjectStore::Db {
  QString connection;  // unique QSqlDatabase connection name
  sqlite3* handle = nullptr;
  QString path;
  ~Db();
};

namespace detail {

// 'ASSY': marks a SQLite file as an Assay project (PRAGMA application_id).
constexpr int kApplicationId = 0x41535359;

// Creates the current schema and the built-in labels of `kind`.
void createSchema(sqlite3* db, const QString& path, SchemaKind kind);
// Applies migrations from `fromVersion` up to ProjectStore::kSchemaVersion,
// all in one transaction.
void migrateSchema(sqlite3* db, const QString& path, int fromVersion);

// Current UTC time as stored in the project: ISO 8601 with milliseconds.
QString nowUtc();

}  // namespace detail
}  // namespace assay::data
