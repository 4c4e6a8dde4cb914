#include "data/ImportDedup.h"

#include "data/ProjectDb.h"
#include "data/Sample.h"

namespace assay::data::detail {

uint64_t dedupKey(int kind, uint64_t contentHash, bool desirable) {
  if (kind != static_cast<int>(SampleKind::Completion) || !desirable) return contentHash;
  return contentHash ^ 0x9E3779B97F4A7C15ull;  // any fixed odd constant: flips the identity, not the table spread
}

// At most 80% full: linear probing stays short with well-mixed keys, and a
// 6-million-record import needs 8 M slots (128 MB), not 16 M.
static bool overFull(size_t used, size_t capacity) { return 5 * used > 4 * capacity; }

ContentIndex::ContentIndex(size_t expected) {
  size_t capacity = 1024;
  while (overFull(expected, capacity)) capacity *= 2;
  slots_.resize(capacity);
  shift_ = 64 - __builtin_ctzll(capacity);
}

size_t ContentIndex::slotOf(uint64_t key) const {
  // Fibonacci hashing: content hashes are already well mixed, this only
  // guards against a hash whose low bits are not.
  return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_);
}

void ContentIndex::grow() {
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.resize(old.size() * 2);
  shift_ -= 1;
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.value == 0) continue;
    size_t i = slotOf(s.key);
    while (slots_[i].value != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

void ContentIndex::addExisting(uint64_t key, qint64 sampleId) {
  if (overFull(used_ + 1, slots_.size())) grow();
  const size_t mask = slots_.size() - 1;
  size_t i = slotOf(key);
  while (slots_[i].value != 0) {
    if (slots_[i].key == key) return;  // an earlier sample has this content
    i = (i + 1) & mask;
  }
  slots_[i] = {key, sampleId};
  ++used_;
}

qint64 ContentIndex::claim(uint64_t key) {
  if (overFull(used_ + 1, slots_.size())) grow();
  const size_t mask = slots_.size() - 1;
  size_t i = slotOf(key);
  while (slots_[i].value != 0) {
    if (slots_[i].key == key) {
      const qint64 found = slots_[i].value;
      slots_[i].value = kEarlierInFile;  // the first record of the file speaks for this content
      return found;
    }
    i = (i + 1) & mask;
  }
  slots_[i] = {key, kEarlierInFile};  // what the next record with this content will be told
  ++used_;
  return 0;
}

FileLabelUpdater::FileLabelUpdater(sqlite3* db, const QString& path, const QString& annotator)
    : annotationsOf_(db, path, "SELECT annotator, label FROM annotations WHERE sample_id = ? ORDER BY id"),
      currentLabel_(db, path, "SELECT label FROM samples WHERE id = ?"),
      addAnnotation_(db, path, "INSERT INTO annotations(sample_id, annotator, label, created_at) VALUES(?, ?, ?, ?)"),
      setLabel_(db, path, "UPDATE samples SET label = ? WHERE id = ?"),
      addHistory_(db, path,
                  "INSERT INTO label_history(sample_id, annotator, changed_at, old_label, new_label) "
                  "VALUES(?, ?, ?, ?, ?)"),
      annotator_(annotator.toStdString()),
      now_(nowUtc().toStdString()) {}

bool FileLabelUpdater::apply(qint64 sampleId, int label) {
  if (label < 0) return false;  // the file gives no label: nothing to say
  qint64 mine = -1;             // this annotator's latest label on the sample
  bool lastWordIsMine = true;   // no annotation yet also counts: nobody else spoke
  annotationsOf_.bind(1, sampleId);
  while (annotationsOf_.step()) {
    lastWordIsMine = annotationsOf_.text(0) == annotator_;
    if (lastWordIsMine) mine = annotationsOf_.int64(1);
  }
  annotationsOf_.reset();
  if (mine == label) return false;
  currentLabel_.bind(1, sampleId);
  const qint64 current = currentLabel_.step() && !currentLabel_.isNull(0) ? currentLabel_.int64(0) : -1;
  currentLabel_.reset();
  addAnnotation_.bind(1, sampleId).bindText(2, annotator_).bind(3, static_cast<qint64>(label)).bindText(4, now_).run();
  if ((current < 0 || lastWordIsMine) && current != label) {
    setLabel_.bind(1, static_cast<qint64>(label)).bind(2, sampleId).run();
    addHistory_.bind(1, sampleId).bindText(2, annotator_).bindText(3, now_);
    if (current < 0) addHistory_.bindNull(4);
    else addHistory_.bind(4, current);
    addHistory_.bind(5, static_cast<qint64>(label)).run();
  }
  return true;
}

void SourceCopies::add(uint64_t key, qint64 duplicateOf) {
  Extra& e = extra_[key];
  if (duplicateOf > 0) e.sampleId = duplicateOf;  // only the first repeat of a present sample learns its id
  ++e.copies;
}

void SourceCopies::write(sqlite3* db, const QString& path, qint64 firstNewId) {
  if (extra_.empty()) return;
  bool unresolved = false;
  for (const auto& [key, e] : extra_) unresolved |= e.sampleId == 0;
  if (unresolved) {
    // Only this import's rows: the contents first met in the file are there.
    Statement added(db, path, "SELECT id, kind, content_hash, desirable FROM samples WHERE id >= ? ORDER BY id");
    added.bind(1, firstNewId);
    while (added.step()) {
      const auto it = extra_.find(
          dedupKey(static_cast<int>(added.int64(1)), static_cast<uint64_t>(added.int64(2)), added.int64(3) != 0));
      if (it != extra_.end() && it->second.sampleId == 0) it->second.sampleId = added.int64(0);
    }
  }
  Statement increment(db, path, "UPDATE samples SET source_copies = source_copies + ? WHERE id = ?");
  for (const auto& [key, e] : extra_)
    if (e.sampleId > 0) increment.bind(1, e.copies).bind(2, e.sampleId).run();
}

namespace {

// splitmix64's finaliser: spreads a key's bits so that sums of different
// record sets rarely meet.
uint64_t mixKey(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace

void FileRecordsFingerprint::add(uint64_t dedupKey) {
  sum_ += mixKey(dedupKey);
  ++count_;
}

QString FileRecordsFingerprint::settingKey() const {
  return QStringLiteral("source_fingerprint/%1-%2").arg(sum_, 16, 16, QLatin1Char('0')).arg(count_);
}

bool FileRecordsFingerprint::seenBefore(sqlite3* db, const QString& path) const {
  Statement find(db, path, "SELECT 1 FROM settings WHERE key = ?");
  find.bindText(1, settingKey());
  return find.step();
}

void FileRecordsFingerprint::remember(sqlite3* db, const QString& path) const {
  Statement add(db, path, "INSERT OR IGNORE INTO settings(key, value) VALUES(?, ?)");
  add.bindText(1, settingKey()).bindText(2, nowUtc()).run();
}

}  // namespace assay::data::detail
