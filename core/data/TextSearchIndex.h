#pragma once
// The search box's index: every sample's searchable text (the text, and a
// pair's or completion's chosen response) kept in memory as UTF-8, in chunks
// of 50,000 records separated by NUL (chunks, so that growing never copies
// the whole buffer: no 2x peak while it is built). A search is a memmem() pass over that buffer — ~100 MB
// for a million short records, a few tens of ms — instead of a SQLite scan
// that also reads every row's other columns (355–513 ms at 1M records).
//
// Why not SQLite FTS5: its trigram tokenizer cannot answer 1–2 character
// queries without a full scan, and Chinese queries are often that short.
//
// It is built after the project opens (catchUp() on a worker thread, never
// in the import path) and brought up to date incrementally: texts never
// change once imported, so only rows with ids above coveredUpTo() are new.
// SampleQuery answers for rows the index does not cover yet by scanning
// them in SQL, so results are correct at any stage of the build.
//
// Threading: catchUp() on one thread while find() runs on others (a
// shared mutex; a search waits at most for one appended chunk).
#include <QString>
#include <cstdint>
#include <functional>
#include <shared_mutex>
#include <string>
#include <vector>

namespace assay::data {

class TextSearchIndex {
 public:
  // Reads the rows the index does not hold yet from the project at
  // `projectPath` (its own read-only connection), appending them in chunks.
  // Returns false when `cancelled` answered true between chunks. Throws
  // StoreError when the project cannot be read.
  bool catchUp(const QString& projectPath, const std::function<bool()>& cancelled = {});

  // Ids (ascending) of indexed samples whose text contains `needle`
  // (case-sensitive, as the SQL search).
  // With `afterId` / `limit`: only hits above that id, and at most `limit`
  // of them — the scan stops there (a table page of a common term needs a
  // fraction of the buffer).
  std::vector<qint64> find(const QString& needle, qint64 afterId = 0, size_t limit = SIZE_MAX) const;
  // Every sample with id <= coveredUpTo() is in the index.
  qint64 coveredUpTo() const;
  qint64 records() const;
  // Memory held, in bytes.
  qint64 bytes() const;

 private:
  struct Chunk {
    std::string text;            // record texts, each followed by '\0'
    std::vector<uint32_t> ends;  // offset just past each record's last '\0'
    std::vector<qint64> ids;     // sample id of each record, ascending
  };
  mutable std::shared_mutex mutex_;
  std::vector<Chunk> chunks_;
  qint64 coveredUpTo_ = 0;
};

}  // namespace assay::data
