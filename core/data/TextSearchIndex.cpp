#include "data/TextSearchIndex.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <mutex>

#include "data/ProjectStore.h"

namespace assay::data {

namespace {

constexpr size_t kChunkRows = 50000;  // rows appended per lock: a search waits for at most one chunk

[[noreturn]] void indexFail(const QString& path, sqlite3* db, const QString& what) {
  const QString message = path + QStringLiteral(": ") + what + QStringLiteral(": ") +
                          QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
  throw StoreError(message.toStdString());
}

// A read-only connection and statement, closed on scope exit. The index reads
// with the C API directly: rows arrive as UTF-8 bytes, which is what it keeps.
struct Reader {
  sqlite3* db = nullptr;
  sqlite3_stmt* st = nullptr;
  ~Reader() {
    sqlite3_finalize(st);
    sqlite3_close(db);
  }
};

void appendColumn(std::string& out, sqlite3_stmt* st, int column) {
  out.append(reinterpret_cast<const char*>(sqlite3_column_text(st, column)),
             static_cast<size_t>(sqlite3_column_bytes(st, column)));
  out += '\0';
}

}  // namespace

bool TextSearchIndex::catchUp(const QString& projectPath, const std::function<bool()>& cancelled) {
  Reader r;
  const QByteArray file = projectPath.toUtf8();
  if (sqlite3_open_v2(file.constData(), &r.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
    indexFail(projectPath, r.db, QStringLiteral("cannot open for the search index"));
  sqlite3_busy_timeout(r.db, 5000);
  if (sqlite3_prepare_v2(r.db, "SELECT id, text, chosen FROM samples WHERE id > ? ORDER BY id", -1, &r.st, nullptr) !=
      SQLITE_OK)
    indexFail(projectPath, r.db, QStringLiteral("cannot read the samples for the search index"));
  sqlite3_bind_int64(r.st, 1, coveredUpTo());
  for (;;) {
    Chunk chunk;
    bool done = false;
    while (chunk.ids.size() < kChunkRows) {
      const int rc = sqlite3_step(r.st);
      if (rc == SQLITE_DONE) {
        done = true;
        break;
      }
      if (rc != SQLITE_ROW) indexFail(projectPath, r.db, QStringLiteral("reading the samples for the search index"));
      // A record's text, then its chosen response (the SQL search looks in
      // both), each NUL-terminated: no match spans the two, as none does in SQL.
      appendColumn(chunk.text, r.st, 1);
      if (sqlite3_column_type(r.st, 2) != SQLITE_NULL) appendColumn(chunk.text, r.st, 2);
      chunk.ends.push_back(static_cast<uint32_t>(chunk.text.size()));
      chunk.ids.push_back(sqlite3_column_int64(r.st, 0));
      // Offsets are 32-bit: close a chunk of huge records early (one record
      // is far below 2 GB, so the next one still fits).
      if (chunk.text.size() > (size_t(1) << 31)) break;
    }
    if (!chunk.ids.empty()) {
      chunk.text.shrink_to_fit();
      std::unique_lock lock(mutex_);
      coveredUpTo_ = chunk.ids.back();
      chunks_.push_back(std::move(chunk));
    }
    if (done) return true;
    if (cancelled && cancelled()) return false;
  }
}

std::vector<qint64> TextSearchIndex::find(const QString& needle, qint64 afterId, size_t limit) const {
  const QByteArray n = needle.toUtf8();
  std::vector<qint64> hits;
  if (n.isEmpty() || n.contains('\0') || limit == 0) return hits;
  std::shared_lock lock(mutex_);
  for (const Chunk& c : chunks_) {
    if (c.ids.back() <= afterId) continue;
    const char* base = c.text.data();
    const char* const end = base + c.text.size();
    // Start at the first record above afterId.
    const size_t first = static_cast<size_t>(std::upper_bound(c.ids.begin(), c.ids.end(), afterId) - c.ids.begin());
    const char* from = first == 0 ? base : base + c.ends[first - 1];
    // One memmem over the chunk; after a hit, go on at the next record (a
    // record counts once). UTF-8 is self-synchronising, so a byte match is a
    // character match, and '\0' never occurs inside a needle.
    while (from < end) {
      const void* at = memmem(from, static_cast<size_t>(end - from), n.constData(), static_cast<size_t>(n.size()));
      if (!at) break;
      const auto offset = static_cast<uint32_t>(static_cast<const char*>(at) - base);
      const size_t record =
          static_cast<size_t>(std::upper_bound(c.ends.begin(), c.ends.end(), offset) - c.ends.begin());
      hits.push_back(c.ids[record]);
      if (hits.size() == limit) return hits;
      from = base + c.ends[record];
    }
  }
  return hits;
}

qint64 TextSearchIndex::coveredUpTo() const {
  std::shared_lock lock(mutex_);
  return coveredUpTo_;
}

qint64 TextSearchIndex::records() const {
  std::shared_lock lock(mutex_);
  qint64 n = 0;
  for (const Chunk& c : chunks_) n += static_cast<qint64>(c.ids.size());
  return n;
}

qint64 TextSearchIndex::bytes() const {
  std::shared_lock lock(mutex_);
  qint64 n = 0;
  for (const Chunk& c : chunks_)
    n += static_cast<qint64>(c.text.capacity() + c.ends.capacity() * sizeof(uint32_t) +
                             c.ids.capacity() * sizeof(qint64));
  return n;
}

}  // namespace assay::data
