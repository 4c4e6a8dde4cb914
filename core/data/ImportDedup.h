#pragma once
// Import without duplicating (ProjectStore::importFile): which records of a
// file are already in the project or earlier in the same file, and what a
// file's label does to a sample that is already there.
#include <sqlite3.h>

#include <QString>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "data/SqliteStatement.h"

namespace assay::data::detail {

// A record's identity for deduplication: its content hash (kind and texts,
// the samples.content_hash column), and for a KTO completion its desirable
// flag too (the same completion judged good and bad are two records).
uint64_t dedupKey(int kind, uint64_t contentHash, bool desirable);

// Content identity -> the first sample with it, as an open-addressing table
// of plain integers: one probe per record (a cache miss at most), no node
// allocation, so a million-record import stays about as fast as without it.
class ContentIndex {
 public:
  static constexpr qint64 kEarlierInFile = -1;

  explicit ContentIndex(size_t expected = 0);
  // A sample of the project; the first id given for a key is kept.
  void addExisting(uint64_t key, qint64 sampleId);
  // A record of the file being imported: 0 when its content is new here
  // (remembered, so a repeat later in the file is found), the id of the
  // project's sample with the same content (the first time), or
  // kEarlierInFile when an earlier record of this file had the content.
  qint64 claim(uint64_t key);

 private:
  struct Slot {
    uint64_t key = 0;
    qint64 value = 0;  // 0: empty; > 0 a sample id; kEarlierInFile
  };
  size_t slotOf(uint64_t key) const;
  void grow();
  std::vector<Slot> slots_;
  size_t used_ = 0;
  int shift_ = 64;
};

// Gives a sample already in the project the label a file gives it, inside
// the import's transaction. The label is stored as the file annotator's
// when it differs from that annotator's latest label on the sample (or they
// had none): a new annotation row. It becomes the sample's current label
// (with a history row) only when nobody else spoke last: the sample was
// unlabeled or its latest annotation is this annotator's own. A person's
// relabel is never overwritten by a file; the difference shows as
// disagreement between the file's annotator and that person.
class FileLabelUpdater {
 public:
  FileLabelUpdater(sqlite3* db, const QString& path, const QString& annotator);
  // True when an annotation was added (the annotator's label changed or is new).
  bool apply(qint64 sampleId, int label);

 private:
  Statement annotationsOf_, currentLabel_, addAnnotation_, setLabel_, addHistory_;
  std::string annotator_, now_;
};

// The copies an import keeps out, counted for the sample that stays
// (samples.source_copies, which the health check reads): one increment per
// repeated record, gathered in a small map of repeated contents only and
// written once, at the end of the import's transaction. Copies count once
// per version of a source file: importing the very same records again (the
// same file twice, or reordered) adds none (see FileRecordsFingerprint).
class SourceCopies {
 public:
  // A record whose content is already here: `duplicateOf` as ContentIndex::claim
  // answered (a sample id, or kEarlierInFile: a record of this file).
  void add(uint64_t key, qint64 duplicateOf);
  bool empty() const { return extra_.empty(); }
  // Adds the counts to source_copies. A content first met in this file
  // belongs to the first new sample with it (rows from `firstNewId` on).
  void write(sqlite3* db, const QString& path, qint64 firstNewId);

 private:
  struct Extra {
    qint64 sampleId = 0;  // 0: a sample this import adds
    qint64 copies = 0;
  };
  std::unordered_map<uint64_t, Extra> extra_;
};

// Which records a file held, independent of their order: the sum and the
// count of their mixed dedup keys. A file whose fingerprint a project has
// met before brings no new copies. Kept in the settings table (one key per
// fingerprint) rather than a column, so remembering it needs no schema step.
class FileRecordsFingerprint {
 public:
  void add(uint64_t dedupKey);
  bool empty() const { return count_ == 0; }
  // True, and nothing stored, when an earlier import had these records;
  // otherwise remembers them (inside the caller's transaction).
  bool seenBefore(sqlite3* db, const QString& path) const;
  void remember(sqlite3* db, const QString& path) const;

 private:
  QString settingKey() const;
  uint64_t sum_ = 0;
  uint64_t count_ = 0;
};

}  // namespace assay::data::detail
