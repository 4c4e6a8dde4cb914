-- An Assay project as schema version 4 wrote it (no soft delete: no
-- samples.deleted_at / deleted_by, no sample_deletions table), with a row in
-- every table. tst_project_store migrates it to the current version and
-- checks that every row came through.
PRAGMA application_id = 1095979865;
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE labels(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, english TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL DEFAULT '', color TEXT NOT NULL DEFAULT '', shortcut TEXT NOT NULL DEFAULT '',
  position INTEGER);
CREATE TABLE sources(id INTEGER PRIMARY KEY, path TEXT NOT NULL, imported_at TEXT NOT NULL);
CREATE TABLE samples(
  id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, text TEXT NOT NULL, chosen TEXT, rejected TEXT,
  margin REAL, desirable INTEGER NOT NULL DEFAULT 0, label INTEGER REFERENCES labels(id), extra TEXT,
  split INTEGER NOT NULL DEFAULT 0, source_id INTEGER REFERENCES sources(id), source_line INTEGER,
  content_hash INTEGER NOT NULL DEFAULT 0);
CREATE TABLE annotations(
  id INTEGER PRIMARY KEY, sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
  annotator TEXT NOT NULL, label INTEGER NOT NULL REFERENCES labels(id), created_at TEXT NOT NULL, note TEXT);
CREATE INDEX annotations_by_sample ON annotations(sample_id);
CREATE TABLE label_history(
  id INTEGER PRIMARY KEY, sample_id INTEGER NOT NULL REFERENCES samples(id), annotator TEXT NOT NULL,
  changed_at TEXT NOT NULL, old_label INTEGER, new_label INTEGER);
CREATE INDEX label_history_by_sample ON label_history(sample_id);
CREATE TRIGGER label_history_no_update BEFORE UPDATE ON label_history
  BEGIN SELECT RAISE(ABORT, 'label history is append-only'); END;
CREATE TRIGGER label_history_no_delete BEFORE DELETE ON label_history
  BEGIN SELECT RAISE(ABORT, 'label history is append-only'); END;
CREATE TABLE predictions(
  id INTEGER PRIMARY KEY, sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
  model TEXT NOT NULL, label INTEGER, label_name TEXT NOT NULL, confidence REAL NOT NULL,
  probabilities TEXT NOT NULL, p_correct REAL, created_at TEXT NOT NULL,
  UNIQUE(sample_id, model) ON CONFLICT REPLACE);
CREATE TABLE reviews(
  id INTEGER PRIMARY KEY, sample_id INTEGER NOT NULL REFERENCES samples(id), reviewer TEXT NOT NULL,
  verdict TEXT NOT NULL CHECK(verdict IN ('accepted', 'kept-human', 'relabelled', 'skipped')),
  label INTEGER REFERENCES labels(id), created_at TEXT NOT NULL);
CREATE INDEX reviews_by_sample ON reviews(sample_id);
CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews
  BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
  BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
CREATE TABLE label_renames(
  id INTEGER PRIMARY KEY, label_id INTEGER NOT NULL REFERENCES labels(id), old_name TEXT NOT NULL,
  old_english TEXT NOT NULL, new_name TEXT NOT NULL, new_english TEXT NOT NULL, renamed_by TEXT NOT NULL,
  renamed_at TEXT NOT NULL);
CREATE TRIGGER label_renames_no_update BEFORE UPDATE ON label_renames
  BEGIN SELECT RAISE(ABORT, 'label renames are append-only'); END;
CREATE TRIGGER label_renames_no_delete BEFORE DELETE ON label_renames
  BEGIN SELECT RAISE(ABORT, 'label renames are append-only'); END;
INSERT INTO settings VALUES('schema', 'correctness');
INSERT INTO settings VALUES('split_seed', '7');
INSERT INTO labels VALUES(0, '正确', 'correct', '地址完整', '#2ca02c', 'C', 1);
INSERT INTO labels VALUES(1, '错误', 'incorrect', '', '', '', 0);
INSERT INTO sources VALUES(1, '/data/addresses.jsonl', '2025-03-01T07:59:00.000Z');
INSERT INTO samples(id, kind, text, label, split, source_id, source_line, content_hash) VALUES(1, 0, '浙江省杭州市西湖区文三路90号', 0, 1, 1, 1, 11);
INSERT INTO samples(id, kind, text, label, split, source_id, source_line, content_hash) VALUES(2, 0, '浙江省杭州市西湖区文三路9o号', 1, 2, 1, 2, 12);
INSERT INTO samples(id, kind, text, split, content_hash) VALUES(3, 0, '北京市海淀区中关村大街1号', 1, 13);
INSERT INTO annotations VALUES(1, 1, 'alice', 0, '2025-03-01T08:00:00.000Z', NULL);
INSERT INTO annotations VALUES(2, 2, 'alice', 1, '2025-03-01T08:00:01.000Z', 'o instead of 0');
INSERT INTO annotations VALUES(3, 2, 'bob', 1, '2025-03-01T08:00:02.000Z', NULL);
INSERT INTO label_history VALUES(1, 1, 'alice', '2025-03-01T08:00:00.000Z', NULL, 0);
INSERT INTO label_history VALUES(2, 2, 'alice', '2025-03-01T08:00:01.000Z', NULL, 1);
INSERT INTO predictions VALUES(1, 3, 'models/m1', 0, '正确', 0.75, '{"正确":0.75,"错误":0.25}', 0.75, '2025-03-02T09:00:00.000Z');
INSERT INTO reviews VALUES(1, 2, 'carol', 'kept-human', 1, '2025-03-02T10:00:00.000Z');
INSERT INTO label_renames VALUES(1, 1, '不对', 'wrong', '错误', 'incorrect', 'alice', '2025-03-01T07:00:00.000Z');
PRAGMA user_version = 4;
