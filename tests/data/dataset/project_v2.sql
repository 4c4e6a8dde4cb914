-- An Assay project as schema version 2 wrote it (no annotations.note, no
-- predictions or reviews tables). tst_project_store migrates it to the
-- current version and checks the data came through intact.
PRAGMA application_id = 1095979865;
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE labels(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, english TEXT NOT NULL UNIQUE);
CREATE TABLE sources(id INTEGER PRIMARY KEY, path TEXT NOT NULL, imported_at TEXT NOT NULL);
CREATE TABLE samples(
  id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, text TEXT NOT NULL, chosen TEXT, rejected TEXT,
  margin REAL, desirable INTEGER NOT NULL DEFAULT 0, label INTEGER REFERENCES labels(id), extra TEXT,
  split INTEGER NOT NULL DEFAULT 0, source_id INTEGER REFERENCES sources(id), source_line INTEGER,
  content_hash INTEGER NOT NULL DEFAULT 0);
CREATE TABLE annotations(
  id INTEGER PRIMARY KEY, sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
  annotator TEXT NOT NULL, label INTEGER NOT NULL REFERENCES labels(id), created_at TEXT NOT NULL);
CREATE INDEX annotations_by_sample ON annotations(sample_id);
CREATE TABLE label_history(
  id INTEGER PRIMARY KEY, sample_id INTEGER NOT NULL REFERENCES samples(id), annotator TEXT NOT NULL,
  changed_at TEXT NOT NULL, old_label INTEGER, new_label INTEGER);
CREATE INDEX label_history_by_sample ON label_history(sample_id);
CREATE TRIGGER label_history_no_update BEFORE UPDATE ON label_history
  BEGIN SELECT RAISE(ABORT, 'label history is append-only'); END;
CREATE TRIGGER label_history_no_delete BEFORE DELETE ON label_history
  BEGIN SELECT RAISE(ABORT, 'label history is append-only'); END;
INSERT INTO settings VALUES('schema', 'correctness');
INSERT INTO settings VALUES('split_seed', '7');
INSERT INTO labels VALUES(0, '正确', 'correct');
INSERT INTO labels VALUES(1, '错误', 'incorrect');
INSERT INTO samples(id, kind, text, label, split, content_hash) VALUES(1, 0, '浙江省杭州市西湖区文三路90号', 0, 1, 11);
INSERT INTO samples(id, kind, text, label, split, content_hash) VALUES(2, 0, '浙江省杭州市西湖区文三路9o号', 1, 2, 12);
INSERT INTO samples(id, kind, text, split, content_hash) VALUES(3, 0, '北京市海淀区中关村大街1号', 1, 13);
INSERT INTO annotations VALUES(1, 1, 'alice', 0, '2025-03-01T08:00:00.000Z');
INSERT INTO annotations VALUES(2, 2, 'alice', 1, '2025-03-01T08:00:01.000Z');
INSERT INTO annotations VALUES(3, 2, 'bob', 1, '2025-03-01T08:00:02.000Z');
INSERT INTO label_history VALUES(1, 1, 'alice', '2025-03-01T08:00:00.000Z', NULL, 0);
INSERT INTO label_history VALUES(2, 2, 'alice', '2025-03-01T08:00:01.000Z', NULL, 1);
PRAGMA user_version = 2;
