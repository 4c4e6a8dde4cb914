-- An Assay project as schema version 1 wrote it (no content_hash, no
-- label_history). tst_project_store migrates it to the current version.
PRAGMA application_id = 1095979865;
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE labels(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, english TEXT NOT NULL UNIQUE);
CREATE TABLE sources(id INTEGER PRIMARY KEY, path TEXT NOT NULL, imported_at TEXT NOT NULL);
CREATE TABLE samples(
  id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, text TEXT NOT NULL, chosen TEXT, rejected TEXT,
  margin REAL, desirable INTEGER NOT NULL DEFAULT 0, label INTEGER REFERENCES labels(id), extra TEXT,
  split INTEGER NOT NULL DEFAULT 0, source_id INTEGER REFERENCES sources(id), source_line INTEGER);
CREATE TABLE annotations(
  id INTEGER PRIMARY KEY, sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
  annotator TEXT NOT NULL, label INTEGER NOT NULL REFERENCES labels(id), created_at TEXT NOT NULL);
CREATE INDEX annotations_by_sample ON annotations(sample_id);
INSERT INTO settings VALUES('schema', 'style');
INSERT INTO labels VALUES(0, '售前', 'sales_oriented');
INSERT INTO labels VALUES(1, '售后', 'after_sales');
INSERT INTO labels VALUES(2, '诚实', 'honesty');
INSERT INTO labels VALUES(3, '有帮助', 'helpful');
INSERT INTO labels VALUES(4, '无伤害', 'harmless');
INSERT INTO samples(id, kind, text, label, split) VALUES(1, 0, '用户问题：有优惠吗？\n回答：本周立减50元。', 0, 1);
INSERT INTO samples(id, kind, text, label, split) VALUES(2, 0, '用户问题：坏了怎么办？\n回答：请联系售后为您换新。', 1, 2);
INSERT INTO samples(id, kind, text, label, split) VALUES(3, 0, '用户问题：有优惠吗？\n回答：本周立减50元。', 3, 1);
INSERT INTO samples(id, kind, text, split) VALUES(4, 0, '用户问题：几点开门？\n回答：早上九点。', 0);
INSERT INTO annotations VALUES(1, 1, 'alice', 0, '2024-01-02T03:04:05.000Z');
INSERT INTO annotations VALUES(2, 2, 'alice', 1, '2024-01-02T03:04:06.000Z');
INSERT INTO annotations VALUES(3, 3, 'bob', 3, '2024-01-02T03:04:07.000Z');
PRAGMA user_version = 1;
