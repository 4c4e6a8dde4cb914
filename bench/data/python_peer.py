#!/usr/bin/python3
"""The Python peer of `assay-cli import` / `export` for the data benchmark (stdlib json + sqlite3).

    python_peer.py import DB FILE.jsonl     KTO JSONL -> samples + annotations, one transaction
    python_peer.py export DB OUT.jsonl      samples -> KTO JSONL

It does the same work as Assay's importer, written the way a competent Python programmer
would: json.loads per line, field and type checks, the label resolved to the project's id,
duplicates detected by a content hash, rows inserted with executemany in batches inside one
transaction, into tables shaped like Assay's (WAL, synchronous=FULL, foreign keys on).
"""
import datetime
import json
import sqlite3
import sys

SCHEMA = """
CREATE TABLE labels(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, english TEXT NOT NULL UNIQUE);
CREATE TABLE samples(
  id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, text TEXT NOT NULL, chosen TEXT, rejected TEXT,
  margin REAL, desirable INTEGER NOT NULL DEFAULT 0, label INTEGER REFERENCES labels(id), extra TEXT,
  split INTEGER NOT NULL DEFAULT 0, source_line INTEGER, content_hash INTEGER NOT NULL DEFAULT 0);
CREATE TABLE annotations(
  id INTEGER PRIMARY KEY, sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
  annotator TEXT NOT NULL, label INTEGER NOT NULL REFERENCES labels(id), created_at TEXT NOT NULL);
CREATE INDEX annotations_by_sample ON annotations(sample_id);
INSERT INTO labels VALUES (0, '正确', 'correct'), (1, '错误', 'incorrect');
"""
KTO_KIND = 2
BATCH = 10_000


def connect(path):
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def do_import(db_path, jsonl_path):
    db = connect(db_path)
    db.executescript(SCHEMA)
    now = datetime.datetime.now(datetime.timezone.utc).isoformat()
    seen, samples, annotations = set(), [], []
    imported = skipped = duplicates = 0
    db.execute("BEGIN")
    with open(jsonl_path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, start=1):
            try:
                obj = json.loads(line)
                prompt, completion, label = obj["prompt"], obj["completion"], obj["label"]
                if not isinstance(prompt, str) or not isinstance(completion, str) or not isinstance(label, bool):
                    raise TypeError("wrong type")
                if not prompt:
                    raise ValueError("empty prompt")
            except (ValueError, KeyError, TypeError) as e:
                print(f"{jsonl_path}:{line_no}: {e}", file=sys.stderr)
                skipped += 1
                continue
            label_id = 0 if (completion == "正确") == label else 1
            content_hash = hash((KTO_KIND, prompt)) & 0x7FFFFFFFFFFFFFFF
            if content_hash in seen:
                duplicates += 1
            seen.add(content_hash)
            imported += 1
            samples.append((imported, KTO_KIND, prompt, int(label), label_id, line_no, content_hash))
            annotations.append((imported, "import", label_id, now))
            if len(samples) == BATCH:
                flush(db, samples, annotations)
    flush(db, samples, annotations)
    db.execute("COMMIT")
    db.close()
    print(f"{jsonl_path}: imported {imported}, duplicates {duplicates}, skipped {skipped}")


def flush(db, samples, annotations):
    db.executemany("INSERT INTO samples(id, kind, text, desirable, label, source_line, content_hash) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)", samples)
    db.executemany("INSERT INTO annotations(sample_id, annotator, label, created_at) VALUES (?, ?, ?, ?)",
                   annotations)
    samples.clear()
    annotations.clear()


def do_export(db_path, out_path):
    db = connect(db_path)
    written = 0
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        for text, label in db.execute("SELECT text, label FROM samples ORDER BY id"):
            out.write(json.dumps({"prompt": text, "completion": "正确", "label": label == 0}, ensure_ascii=False))
            out.write("\n")
            written += 1
    db.close()
    print(f"{out_path}: wrote {written} records")


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("import", "export"):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    (do_import if sys.argv[1] == "import" else do_export)(sys.argv[2], sys.argv[3])
    return 0


if __name__ == "__main__":
    sys.exit(main())
