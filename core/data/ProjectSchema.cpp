// Schema of an Assay project and its forward migrations.
//
// Version 1 (Assay 0.0): settings, labels, sources, samples, annotations.
// Version 2: samples.content_hash (duplicate detection) and the append-only
//            label_history table, back-filled from version 1's current labels.
// Version 3: annotations.note (the annotator's free-text remark), the
//            predictions table (a model's latest answer per sample, so a
//            review survives closing the app) and the append-only reviews
//            table (each reviewer verdict; label_history keeps label changes).
// Version 4: label details (description, colour, key, order) and renames.
// Version 5: soft delete. samples.deleted_at / deleted_by mark a deleted
//            sample, which keeps its row, labels and history but leaves
//            training, export, statistics and queues; the append-only
//            sample_deletions table keeps every delete and restore.
// Version 6: data quality. samples.source_copies (how many copies of the
//            record its source files held: import keeps one, the health
//            check reports the rest), the append-only adjudications table
//            (a reviewer's final label for a sample whose annotators
//            disagree, apart from their labels) and the wrong-label flags
//            of the latest flagger runs (flag_runs, label_flags).
#include <QDateTime>

#include "data/JsonText.h"
#include "data/ProjectDb.h"

namespace assay::data::detail {

namespace {

const char* const kSchemaV2 = R"sql(
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE labels(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  english TEXT NOT NULL UNIQUE);
CREATE TABLE sources(id INTEGER PRIMARY KEY, path TEXT NOT NULL, imported_at TEXT NOT NULL);
CREATE TABLE samples(
  id INTEGER PRIMARY KEY,
  kind INTEGER NOT NULL,              -- 0 text, 1 preference pair, 2 KTO completion
  text TEXT NOT NULL,                 -- input text, or the prompt of a pair/completion
  chosen TEXT,
  rejected TEXT,
  margin REAL,
  desirable INTEGER NOT NULL DEFAULT 0,
  label INTEGER REFERENCES labels(id),
  extra TEXT,                         -- compact JSON kept for byte-exact export
  split INTEGER NOT NULL DEFAULT 0,   -- 0 unassigned, 1 train, 2 test
  source_id INTEGER REFERENCES sources(id),
  source_line INTEGER,
  content_hash INTEGER NOT NULL DEFAULT 0);
CREATE TABLE annotations(
  id INTEGER PRIMARY KEY,
  sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
  annotator TEXT NOT NULL,
  label INTEGER NOT NULL REFERENCES labels(id),
  created_at TEXT NOT NULL);
CREATE INDEX annotations_by_sample ON annotations(sample_id);
)sql";

// Added by version 3; shared by creation and the 2 → 3 migration (which adds
// annotations.note itself, so creation appends it the same way: one layout).
const char* const kSchemaV3 = R"sql(
ALTER TABLE annotations ADD COLUMN note TEXT;
CREATE TABLE predictions(
  id INTEGER PRIMARY KEY,
  sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
  model TEXT NOT NULL,                -- model directory as the user chose it
  label INTEGER,                      -- project label id; NULL when the model's label is not in the project
  label_name TEXT NOT NULL,           -- the model's own name for its answer
  confidence REAL NOT NULL,
  probabilities TEXT NOT NULL,        -- JSON object, label name -> probability, in the model's order
  p_correct REAL,                     -- correctness reward models only
  created_at TEXT NOT NULL,
  -- A new run of the same model replaces the row (and so gets the highest
  -- id): "latest per sample" is the row with the highest id.
  UNIQUE(sample_id, model) ON CONFLICT REPLACE);
CREATE TABLE reviews(
  id INTEGER PRIMARY KEY,
  sample_id INTEGER NOT NULL REFERENCES samples(id),
  reviewer TEXT NOT NULL,
  verdict TEXT NOT NULL CHECK(verdict IN ('accepted', 'kept-human', 'relabelled', 'skipped')),
  label INTEGER REFERENCES labels(id),  -- the label the verdict settled on; NULL for skipped
  created_at TEXT NOT NULL);
CREATE INDEX reviews_by_sample ON reviews(sample_id);
CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews
  BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
  BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
)sql";

// Version 4: what annotators see of a label (description, colour, key,
// display order) and the append-only history of label names.
const char* const kSchemaV4 = R"sql(
ALTER TABLE labels ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE labels ADD COLUMN color TEXT NOT NULL DEFAULT '';
ALTER TABLE labels ADD COLUMN shortcut TEXT NOT NULL DEFAULT '';
ALTER TABLE labels ADD COLUMN position INTEGER;  -- display order; NULL: the id
CREATE TABLE label_renames(
  id INTEGER PRIMARY KEY,
  label_id INTEGER NOT NULL REFERENCES labels(id),
  old_name TEXT NOT NULL,
  old_english TEXT NOT NULL,
  new_name TEXT NOT NULL,
  new_english TEXT NOT NULL,
  renamed_by TEXT NOT NULL,
  renamed_at TEXT NOT NULL);
CREATE TRIGGER label_renames_no_update BEFORE UPDATE ON label_renames
  BEGIN SELECT RAISE(ABORT, 'label renames are append-only'); END;
CREATE TRIGGER label_renames_no_delete BEFORE DELETE ON label_renames
  BEGIN SELECT RAISE(ABORT, 'label renames are append-only'); END;
)sql";

// Version 5: a deleted sample keeps its row (its label history refers to
// it, and a restore must bring it back as it was). The partial index holds
// only deleted rows, so "which are deleted" costs nothing while few are.
const char* const kSchemaV5 = R"sql(
ALTER TABLE samples ADD COLUMN deleted_at TEXT;
ALTER TABLE samples ADD COLUMN deleted_by TEXT;
CREATE INDEX samples_deleted ON samples(id) WHERE deleted_at IS NOT NULL;
CREATE TABLE sample_deletions(
  id INTEGER PRIMARY KEY,
  sample_id INTEGER NOT NULL REFERENCES samples(id),
  action TEXT NOT NULL CHECK(action IN ('deleted', 'restored')),
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL);
CREATE INDEX sample_deletions_by_sample ON sample_deletions(sample_id);
CREATE TRIGGER sample_deletions_no_update BEFORE UPDATE ON sample_deletions
  BEGIN SELECT RAISE(ABORT, 'sample deletions are append-only'); END;
CREATE TRIGGER sample_deletions_no_delete BEFORE DELETE ON sample_deletions
  BEGIN SELECT RAISE(ABORT, 'sample deletions are append-only'); END;
)sql";

// Version 6. An adjudication with a NULL label withdraws the earlier one
// (undo), so the table stays append-only: a sample's adjudicated label is
// the label of its row with the highest id, when that is not NULL. A flag
// run replaces nothing: the latest run's flags are the ones shown, and a
// flag's resolution (accepted, dismissed) is a row of its own.
const char* const kSchemaV6 = R"sql(
ALTER TABLE samples ADD COLUMN source_copies INTEGER NOT NULL DEFAULT 1;
CREATE TABLE adjudications(
  id INTEGER PRIMARY KEY,
  sample_id INTEGER NOT NULL REFERENCES samples(id),
  label INTEGER REFERENCES labels(id),  -- NULL: the earlier adjudication withdrawn
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL);
CREATE INDEX adjudications_by_sample ON adjudications(sample_id);
CREATE TRIGGER adjudications_no_update BEFORE UPDATE ON adjudications
  BEGIN SELECT RAISE(ABORT, 'adjudications are append-only'); END;
CREATE TRIGGER adjudications_no_delete BEFORE DELETE ON adjudications
  BEGIN SELECT RAISE(ABORT, 'adjudications are append-only'); END;
CREATE TABLE flag_runs(
  id INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  method TEXT NOT NULL,               -- e.g. "ngram, 5 folds"
  records INTEGER NOT NULL,           -- records the run looked at
  flagged INTEGER NOT NULL);
CREATE TABLE label_flags(
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES flag_runs(id),
  sample_id INTEGER NOT NULL REFERENCES samples(id),
  given_label INTEGER,                -- NULL for a preference pair
  suggested_label INTEGER,            -- NULL for a pair: the suggestion is to swap its sides
  probability REAL NOT NULL,          -- out-of-fold probability of the suggestion
  score REAL NOT NULL,                -- rank: higher is more confidently wrong
  resolution TEXT CHECK(resolution IN ('accepted', 'dismissed')),
  resolved_by TEXT,
  resolved_at TEXT);
CREATE INDEX label_flags_by_run ON label_flags(run_id, score DESC);
CREATE INDEX label_flags_by_sample ON label_flags(sample_id);
)sql";

// Shared by creation and the 1 → 2 migration.
const char* const kLabelHistory = R"sql(
CREATE TABLE label_history(
  id INTEGER PRIMARY KEY,
  sample_id INTEGER NOT NULL REFERENCES samples(id),
  annotator TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  old_label INTEGER,
  new_label INTEGER);
CREATE INDEX label_history_by_sample ON label_history(sample_id);
CREATE TRIGGER label_history_no_update BEFORE UPDATE ON label_history
  BEGIN SELECT RAISE(ABORT, 'label history is append-only'); END;
CREATE TRIGGER label_history_no_delete BEFORE DELETE ON label_history
  BEGIN SELECT RAISE(ABORT, 'label history is append-only'); END;
)sql";

void setVersion(sqlite3* db, const QString& path, int version) {
  execSql(db, path, QStringLiteral("PRAGMA user_version = %1").arg(version).toUtf8().constData());
}

void migrate1to2(sqlite3* db, const QString& path) {
  execSql(db, path, "ALTER TABLE samples ADD COLUMN content_hash INTEGER NOT NULL DEFAULT 0");
  {
    Statement read(db, path, "SELECT id, kind, text, coalesce(chosen,''), coalesce(rejected,'') FROM samples");
    Statement write(db, path, "UPDATE samples SET content_hash = ? WHERE id = ?");
    while (read.step()) {
      const uint64_t h = contentHash(static_cast<int>(read.int64(1)), read.text(2), read.text(3), read.text(4));
      write.bind(1, static_cast<qint64>(h)).bind(2, read.int64(0)).run();
    }
  }
  execSql(db, path, kLabelHistory);
  // Version 1 kept no history: record each current label as set by the migration.
  Statement seed(db, path,
                 "INSERT INTO label_history(sample_id, annotator, changed_at, old_label, new_label) "
                 "SELECT id, 'migration', ?, NULL, label FROM samples WHERE label IS NOT NULL ORDER BY id");
  seed.bindText(1, nowUtc()).run();
}

}  // namespace

QString nowUtc() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

void createSchema(sqlite3* db, const QString& path, const LabelSchema& labels) {
  Transaction tx(db, path);
  execSql(db, path, kSchemaV2);
  execSql(db, path, kLabelHistory);
  execSql(db, path, kSchemaV3);
  execSql(db, path, kSchemaV4);
  execSql(db, path, kSchemaV5);
  execSql(db, path, kSchemaV6);
  Statement label(db, path, "INSERT INTO labels(id, name, english) VALUES(?, ?, ?)");
  for (const Label& l : labels.labels())
    label.bind(1, static_cast<qint64>(l.id)).bindText(2, l.name).bindText(3, l.english).run();
  Statement setting(db, path, "INSERT INTO settings(key, value) VALUES(?, ?)");
  setting.bindText(1, QStringLiteral("schema")).bindText(2, schemaKindName(labels.kind())).run();
  setting.bindText(1, QStringLiteral("created_at")).bindText(2, nowUtc()).run();
  execSql(db, path, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId).toUtf8().constData());
  setVersion(db, path, ProjectStore::kSchemaVersion);
  tx.commit();
}

void migrateSchema(sqlite3* db, const QString& path, int fromVersion) {
  Transaction tx(db, path);
  if (fromVersion < 2) migrate1to2(db, path);
  if (fromVersion < 3) execSql(db, path, kSchemaV3);
  if (fromVersion < 4) execSql(db, path, kSchemaV4);
  if (fromVersion < 5) execSql(db, path, kSchemaV5);
  if (fromVersion < 6) execSql(db, path, kSchemaV6);
  setVersion(db, path, ProjectStore::kSchemaVersion);
  tx.commit();
}

}  // namespace assay::data::detail
