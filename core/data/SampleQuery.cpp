#include "data/SampleQuery.h"

#include <sqlite3.h>

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <atomic>
#include <cstring>
#include <unordered_map>

#include "data/Agreement.h"
#include "data/ProjectStore.h"
#include "data/TextSearchIndex.h"
#include "data/WriteProblems.h"

namespace assay::data {

// The indexed samples matching the current search: ids ascending, and a
// bitmap by id for the SQL function assay_hit(id) (dense hit sets are
// combined with the other filters in one scan; sparse ones by id lists).
struct SampleQuery::Hits {
  QString needle;
  qint64 coveredUpTo = 0;  // the index covered ids up to here when searched
  std::vector<qint64> ids;
  std::vector<bool> bitmap;  // filled on first use
  bool has(qint64 id) const {
    return id >= 0 && static_cast<size_t>(id) < bitmap.size() && bitmap[static_cast<size_t>(id)];
  }
};

namespace {

[[noreturn]] void fail(const QString& path, const QString& what) {
  throw StoreError(QString(path + QStringLiteral(": ") + what).toStdString());
}

// assay_contains(text, needle): 1 when the UTF-8 bytes of `needle` occur in
// `text`. A byte search is exact for UTF-8 (no character starts inside
// another), and glibc's memmem runs several times faster than SQLite's
// character-stepping instr() — the search box scans every record.
void containsFunction(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const auto* hay = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  const auto* needle = reinterpret_cast<const char*>(sqlite3_value_text(argv[1]));
  if (!hay || !needle) {
    sqlite3_result_int(ctx, 0);
    return;
  }
  const size_t hayLen = static_cast<size_t>(sqlite3_value_bytes(argv[0]));
  const size_t needleLen = static_cast<size_t>(sqlite3_value_bytes(argv[1]));
  sqlite3_result_int(ctx, memmem(hay, hayLen, needle, needleLen) != nullptr ? 1 : 0);
}

// assay_hit(id): 1 when the sample is among the current search's indexed hits.
void hitFunction(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const auto* hits = *static_cast<const SampleQuery::Hits* const*>(sqlite3_user_data(ctx));
  sqlite3_result_int(ctx, hits && hits->has(sqlite3_value_int64(argv[0])) ? 1 : 0);
}

// A WHERE clause and the values its '?' placeholders take, in order.
struct Where {
  QString sql;
  QVariantList values;
};

// The latest prediction of a sample is its row with the highest id (a
// re-run replaces its model's row, so its id is new).
const char* const kReviewedIds = "SELECT sample_id FROM reviews WHERE verdict != 'skipped'";

// `withSearch` false: every term but the text search (the index answers it).
Where whereFor(const SampleFilter& f, bool withSearch = true) {
  QStringList terms;
  Where w;
  terms << (f.deletedOnly ? QStringLiteral("s.deleted_at IS NOT NULL") : QStringLiteral("s.deleted_at IS NULL"));
  if (f.hasNoteOnly)
    terms << QStringLiteral("s.id IN (SELECT sample_id FROM annotations WHERE note IS NOT NULL AND note != '')");
  if (f.label == -1) {
    terms << QStringLiteral("s.kind = 0 AND s.label IS NULL");
  } else if (f.label >= 0) {
    terms << QStringLiteral("s.label = ?");
    w.values << f.label;
  }
  if (f.split != Split::All) {
    terms << QStringLiteral("s.split = ?");
    w.values << static_cast<int>(f.split);
  }
  if (!f.annotator.isEmpty()) {
    terms << QStringLiteral("EXISTS(SELECT 1 FROM annotations a WHERE a.sample_id = s.id AND a.annotator = ?)");
    w.values << f.annotator;
  }
  // Both sets are computed once per query (uncorrelated IN), not per row.
  const QString disagreeing = QStringLiteral("s.id IN (%1)").arg(QLatin1String(detail::kDisagreeingSampleIds));
  if (f.disagreementOnly) terms << disagreeing;
  if (f.flaggedOnly) {
    terms << QStringLiteral(
                 "(%1 OR s.content_hash IN (SELECT content_hash FROM samples GROUP BY content_hash "
                 "HAVING count(DISTINCT coalesce(label, -1)) > 1))")
                 .arg(disagreeing);
  }
  if (f.review != SampleFilter::Review::Any) {
    QString reviewed = QString::fromLatin1(kReviewedIds);
    if (!f.reviewer.isEmpty()) reviewed += QStringLiteral(" AND reviewer = ?");
    terms << (f.review == SampleFilter::Review::Reviewed ? QStringLiteral("s.id IN (%1)")
                                                         : QStringLiteral("s.id NOT IN (%1)"))
                 .arg(reviewed);
    if (!f.reviewer.isEmpty()) w.values << f.reviewer;
  }
  if (f.modelDisagreesOnly) {
    // Correlated on purpose: a page (LIMIT) stops early, 39–54 ms for 20,000
    // rows at 1M predictions, where the set of every sample's latest
    // prediction (GROUP BY) costs ~840 ms before the first row. A label the
    // project lacks (NULL) is not a disagreement, as in the review pane.
    terms << QStringLiteral(
        "s.label IS NOT NULL AND (SELECT p.label FROM predictions p WHERE p.sample_id = s.id "
        "ORDER BY p.id DESC LIMIT 1) != s.label");
  }
  if (f.likelyWrongOnly) {
    terms << QStringLiteral(
        "s.id IN (SELECT sample_id FROM label_flags WHERE resolution IS NULL AND "
        "run_id = (SELECT max(id) FROM flag_runs))");
  }
  if (f.ids) {
    // Integers written into the SQL: a health warning holds at most a few
    // thousand, and one statement is cheaper than binding a temporary table.
    QStringList list;
    list.reserve(static_cast<qsizetype>(f.ids->size()));
    for (qint64 id : *f.ids) list << QString::number(id);
    terms << (list.isEmpty() ? QStringLiteral("0") : QStringLiteral("s.id IN (%1)").arg(list.join(QLatin1Char(','))));
  }
  if (withSearch && !f.search.isEmpty()) {
    terms << QStringLiteral("(assay_contains(s.text, ?) OR (s.chosen IS NOT NULL AND assay_contains(s.chosen, ?)))");
    w.values << f.search << f.search;
  }
  w.sql = terms.join(QStringLiteral(" AND "));
  return w;
}

// The SQL of a sort key over the row `s` (a correlated subquery where the
// value lives in another table). Keys that can be NULL are coalesced: a row
// value comparison with NULL would drop the row from the next page.
QString sortKeySql(SampleOrder::Key key) {
  switch (key) {
    case SampleOrder::Key::Id:
      break;
    case SampleOrder::Key::Text:
      return QStringLiteral("CASE WHEN s.kind = 0 OR s.text != '' THEN s.text ELSE coalesce(s.chosen, '') END");
    case SampleOrder::Key::Label:
      return QStringLiteral("coalesce(s.label, -1)");
    case SampleOrder::Key::Annotators:
      return QStringLiteral("coalesce((SELECT min(a.annotator) FROM annotations a WHERE a.sample_id = s.id), '')");
    case SampleOrder::Key::Split:
      return QStringLiteral("s.split");
    case SampleOrder::Key::Prediction:
      return QStringLiteral(
          "coalesce((SELECT p.confidence FROM predictions p WHERE p.sample_id = s.id ORDER BY p.id DESC LIMIT 1), -1)");
    case SampleOrder::Key::Review:
      return QStringLiteral(
          "coalesce((SELECT r.verdict FROM reviews r WHERE r.sample_id = s.id ORDER BY r.id DESC LIMIT 1), '')");
    case SampleOrder::Key::Flags:
      return QStringLiteral("(SELECT count(DISTINCT a.label) FROM annotations a WHERE a.sample_id = s.id)");
    case SampleOrder::Key::Note:
      return QStringLiteral(
          "coalesce((SELECT a.note FROM annotations a WHERE a.sample_id = s.id AND a.note != '' "
          "ORDER BY a.id DESC LIMIT 1), '')");
  }
  return QStringLiteral("s.id");
}

// A query that waited out the busy timeout (another process is bulk-importing
// and holds the file) says so, as the store's own statements do.
[[noreturn]] void queryFailed(const QString& path, const QString& what, const QSqlError& error) {
  const int code = error.nativeErrorCode().toInt() & 0xff;
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED) throw StoreError(detail::busyMessage(path).toStdString());
  fail(path, what + error.text());
}

QSqlQuery prepared(const QString& connection, const QString& path, const QString& sql, const QVariantList& values) {
  QSqlQuery q(QSqlDatabase::database(connection, false));
  q.setForwardOnly(true);
  if (!q.prepare(sql)) queryFailed(path, QStringLiteral("cannot prepare query: "), q.lastError());
  for (const QVariant& v : values) q.addBindValue(v);
  if (!q.exec()) queryFailed(path, QStringLiteral("query failed: "), q.lastError());
  return q;
}

}  // namespace

bool SampleFilter::isEmpty() const {
  return label == kAnyLabel && split == Split::All && annotator.isEmpty() && !disagreementOnly && !flaggedOnly &&
         review == Review::Any && !modelDisagreesOnly && search.isEmpty() && !hasNoteOnly && !deletedOnly &&
         !likelyWrongOnly && !ids;
}

SampleQuery::SampleQuery(const QString& projectPath) : path_(projectPath) {
  static std::atomic<int> counter{0};
  connection_ = QStringLiteral("assay-sample-query-%1").arg(counter++);
  QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection_);
  db.setDatabaseName(projectPath);
  db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
  if (!db.open()) {
    const QString error = db.lastError().text();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connection_);
    fail(path_, QStringLiteral("cannot open for reading: ") + error);
  }
  const QVariant handle = db.driver()->handle();
  sqlite3* h = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                   ? *static_cast<sqlite3* const*>(handle.data())
                   : nullptr;
  if (!h ||
      sqlite3_create_function(h, "assay_contains", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, &containsFunction,
                              nullptr, nullptr) != SQLITE_OK ||
      sqlite3_create_function(h, "assay_hit", 1, SQLITE_UTF8, &currentHits_, &hitFunction, nullptr, nullptr) !=
          SQLITE_OK) {
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connection_);
    fail(path_, QStringLiteral("cannot register the search function on the SQLite handle"));
  }
  QSqlQuery check(db);
  const bool ran = check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'samples'"));
  if (!ran || !check.next() || check.value(0).toInt() != 1) {
    const QSqlError error = check.lastError();
    check = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connection_);
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (!ran && (code == SQLITE_BUSY || code == SQLITE_LOCKED))  // busy: no verdict on the file
      throw StoreError(detail::busyMessage(path_).toStdString());
    fail(path_, QStringLiteral("is not an Assay project (no samples table)"));
  }
}

SampleQuery::~SampleQuery() {
  {
    QSqlDatabase db = QSqlDatabase::database(connection_, false);
    if (db.isValid()) db.close();
  }
  QSqlDatabase::removeDatabase(connection_);
}

void SampleQuery::setSearchIndex(std::shared_ptr<const TextSearchIndex> index) {
  index_ = std::move(index);
  hits_.reset();
  currentHits_ = nullptr;
}

const SampleQuery::Hits* SampleQuery::hitsFor(const QString& needle) const {
  if (!index_ || needle.isEmpty()) return nullptr;
  const qint64 covered = index_->coveredUpTo();
  if (covered == 0) return nullptr;
  if (!hits_ || hits_->needle != needle || hits_->coveredUpTo != covered) {
    auto fresh = std::make_unique<Hits>();
    fresh->needle = needle;
    fresh->coveredUpTo = covered;  // read before find(): the hits cover at least this far
    fresh->ids = index_->find(needle);
    // The index may have grown during find(): rows above `covered` are the SQL scan's.
    fresh->ids.erase(std::upper_bound(fresh->ids.begin(), fresh->ids.end(), covered), fresh->ids.end());
    hits_ = std::move(fresh);
    currentHits_ = nullptr;
  }
  return hits_.get();
}

namespace {

// Hit sets up to this size are combined with the other filters by id lists;
// larger ones by one scan with assay_hit(), which stops at the page's limit.
constexpr size_t kSparseHits = 20000;
constexpr size_t kIdListBatch = 2000;

QString idList(std::vector<qint64>::const_iterator begin, std::vector<qint64>::const_iterator end) {
  QString out;
  out.reserve(static_cast<int>(end - begin) * 8);
  for (auto it = begin; it != end; ++it) {
    if (it != begin) out += QLatin1Char(',');
    out += QString::number(*it);
  }
  return out;
}

}  // namespace

void SampleQuery::prepareBitmap(const Hits& hits) const {
  auto& h = const_cast<Hits&>(hits);
  if (h.bitmap.empty()) {
    h.bitmap.assign(static_cast<size_t>(h.coveredUpTo) + 1, false);
    for (qint64 id : h.ids) h.bitmap[static_cast<size_t>(id)] = true;
  }
  currentHits_ = &hits;
}

// The indexed part of a search (ids <= hits.coveredUpTo) combined with the
// filter's other terms.
std::vector<qint64> SampleQuery::matchingIndexed(const SampleFilter& filter, const Hits& hits, qint64 afterId,
                                                 int limit) const {
  std::vector<qint64> out;
  auto it = std::upper_bound(hits.ids.begin(), hits.ids.end(), afterId);
  const Where other = whereFor(filter, false);  // never empty here: matchingIds pages a search alone itself
  if (hits.ids.size() <= kSparseHits) {
    while (it != hits.ids.end() && static_cast<int>(out.size()) < limit) {
      const auto end =
          hits.ids.end() - it > static_cast<std::ptrdiff_t>(kIdListBatch) ? it + kIdListBatch : hits.ids.end();
      QVariantList values = other.values;
      values << (limit - static_cast<int>(out.size()));
      QSqlQuery q = prepared(connection_, path_,
                             QStringLiteral("SELECT s.id FROM samples s WHERE s.id IN (") + idList(it, end) +
                                 QStringLiteral(") AND ") + other.sql + QStringLiteral(" ORDER BY s.id LIMIT ?"),
                             values);
      while (q.next()) out.push_back(q.value(0).toLongLong());
      it = end;
    }
    return out;
  }
  prepareBitmap(hits);
  QVariantList values{afterId, hits.coveredUpTo};
  values << other.values << limit;
  QSqlQuery q =
      prepared(connection_, path_,
               QStringLiteral("SELECT s.id FROM samples s WHERE s.id > ? AND s.id <= ? AND assay_hit(s.id) AND ") +
                   other.sql + QStringLiteral(" ORDER BY s.id LIMIT ?"),
               values);
  while (q.next()) out.push_back(q.value(0).toLongLong());
  return out;
}

std::vector<qint64> SampleQuery::deletedIds() const {
  QSqlQuery q = prepared(connection_, path_,
                         QStringLiteral("SELECT id FROM samples WHERE deleted_at IS NOT NULL ORDER BY id"), {});
  std::vector<qint64> out;
  while (q.next()) out.push_back(q.value(0).toLongLong());
  return out;
}

std::vector<qint64> SampleQuery::matchingIds(const SampleFilter& filter, qint64 afterId, int limit,
                                             const SampleOrder& order) const {
  if (!order.isDefault()) return matchingSorted(filter, afterId, limit, order);
  std::vector<qint64> ids;
  SampleFilter others = filter;
  others.search.clear();
  const qint64 covered = index_ ? index_->coveredUpTo() : 0;
  if (!filter.search.isEmpty() && covered > 0 && others.isEmpty()) {
    // The search alone: the index answers one page at a time and stops
    // scanning at the page's end (no full hit set for a common term). The
    // index knows nothing of deletes: deleted hits are dropped here, and
    // pages are read until this one is full.
    const std::vector<qint64> deleted = deletedIds();
    while (afterId < covered && static_cast<int>(ids.size()) < limit) {
      const size_t wanted = static_cast<size_t>(limit) - ids.size();
      const std::vector<qint64> page = index_->find(filter.search, afterId, wanted);
      for (qint64 id : page)
        if (id <= covered && !std::binary_search(deleted.begin(), deleted.end(), id)) ids.push_back(id);
      afterId = page.size() < wanted ? covered : page.back();
    }
    if (static_cast<int>(ids.size()) >= limit) return ids;
    afterId = std::max(afterId, covered);
    limit -= static_cast<int>(ids.size());
  } else if (const Hits* hits = hitsFor(filter.search)) {
    if (afterId < hits->coveredUpTo) ids = matchingIndexed(filter, *hits, afterId, limit);
    if (static_cast<int>(ids.size()) >= limit) return ids;
    // Rows the index does not cover yet (imported since it was built): SQL.
    afterId = std::max(afterId, hits->coveredUpTo);
    limit -= static_cast<int>(ids.size());
  }
  Where w = whereFor(filter);
  QVariantList values{afterId};
  values << w.values << limit;
  QSqlQuery q = prepared(connection_, path_,
                         QStringLiteral("SELECT s.id FROM samples s WHERE s.id > ? AND ") + w.sql +
                             QStringLiteral(" ORDER BY s.id LIMIT ?"),
                         values);
  while (q.next()) ids.push_back(q.value(0).toLongLong());
  return ids;
}

std::vector<qint64> SampleQuery::matchingSorted(const SampleFilter& filter, qint64 afterId, int limit,
                                                const SampleOrder& order) const {
  const QString key = sortKeySql(order.key);
  const QString direction = order.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
  QVariantList values;
  QString where;
  if (const Hits* hits = hitsFor(filter.search)) {
    // Indexed rows answer from the hit bitmap, rows added since by scanning.
    prepareBitmap(*hits);
    const Where other = whereFor(filter, false);
    where = other.sql + QStringLiteral(
                            " AND (CASE WHEN s.id <= ? THEN assay_hit(s.id) ELSE (assay_contains(s.text, ?) OR "
                            "(s.chosen IS NOT NULL AND assay_contains(s.chosen, ?))) END)");
    values << other.values << hits->coveredUpTo << filter.search << filter.search;
  } else {
    const Where w = whereFor(filter);
    where = w.sql;
    values << w.values;
  }
  if (afterId > 0) {
    // Keyset: the rows after the last one shown, by (key, id). The inner `s`
    // is the cursor row, so the key's SQL reads it unchanged.
    where += QStringLiteral(" AND (%1, s.id) %2 ((SELECT %1 FROM samples s WHERE s.id = ?), ?)")
                 .arg(key, order.descending ? QStringLiteral("<") : QStringLiteral(">"));
    values << afterId << afterId;
  }
  values << limit;
  QSqlQuery q = prepared(
      connection_, path_,
      QStringLiteral("SELECT s.id FROM samples s WHERE %1 ORDER BY %2 %3, s.id %3 LIMIT ?").arg(where, key, direction),
      values);
  std::vector<qint64> ids;
  while (q.next()) ids.push_back(q.value(0).toLongLong());
  return ids;
}

qint64 SampleQuery::count(const SampleFilter& filter) const {
  if (const Hits* hits = hitsFor(filter.search)) {
    const Where other = whereFor(filter, false);
    SampleFilter others = filter;
    others.search.clear();
    qint64 n = 0;
    if (others.isEmpty()) {
      n = static_cast<qint64>(hits->ids.size());
      for (qint64 id : deletedIds()) n -= std::binary_search(hits->ids.begin(), hits->ids.end(), id) ? 1 : 0;
    } else {
      prepareBitmap(*hits);
      QVariantList values{hits->coveredUpTo};
      values << other.values;
      QSqlQuery q = prepared(
          connection_, path_,
          QStringLiteral("SELECT count(*) FROM samples s WHERE s.id <= ? AND assay_hit(s.id) AND ") + other.sql,
          values);
      n = q.next() ? q.value(0).toLongLong() : 0;
    }
    const Where w = whereFor(filter);
    QVariantList values{hits->coveredUpTo};
    values << w.values;
    QSqlQuery rest = prepared(connection_, path_,
                              QStringLiteral("SELECT count(*) FROM samples s WHERE s.id > ? AND ") + w.sql, values);
    return n + (rest.next() ? rest.value(0).toLongLong() : 0);
  }
  const Where w = whereFor(filter);
  QSqlQuery q = prepared(connection_, path_, QStringLiteral("SELECT count(*) FROM samples s WHERE ") + w.sql, w.values);
  return q.next() ? q.value(0).toLongLong() : 0;
}

std::vector<SampleRow> SampleQuery::rows(const std::vector<qint64>& ids) const {
  if (ids.empty()) return {};
  QStringList marks;
  QVariantList values;
  for (qint64 id : ids) {
    marks << QStringLiteral("?");
    values << id;
  }
  const QString in = marks.join(QLatin1Char(','));
  std::unordered_map<qint64, SampleRow> byId;
  {
    QSqlQuery q = prepared(connection_, path_,
                           QStringLiteral("SELECT s.id, s.kind, CASE WHEN s.kind = 0 OR s.text != '' THEN s.text "
                                          "ELSE coalesce(s.chosen, '') END, s.label, s.split, s.deleted_at IS NOT NULL "
                                          "FROM samples s WHERE s.id IN (") +
                               in + QStringLiteral(")"),
                           values);
    while (q.next()) {
      SampleRow r;
      r.id = q.value(0).toLongLong();
      r.kind = static_cast<SampleKind>(q.value(1).toInt());
      r.text = q.value(2).toString();
      r.label = q.value(3).isNull() ? -1 : q.value(3).toInt();
      r.split = static_cast<Split>(q.value(4).toInt());
      r.deleted = q.value(5).toInt() != 0;
      byId.emplace(r.id, std::move(r));
    }
  }
  {
    QSqlQuery q =
        prepared(connection_, path_,
                 QStringLiteral("SELECT sample_id, annotator, label, note FROM annotations WHERE sample_id IN (") + in +
                     QStringLiteral(") ORDER BY id"),
                 values);
    // Each annotator's latest label (rows come in id order), as kDisagreeingSampleIds counts.
    std::unordered_map<qint64, std::unordered_map<QString, int>> latestLabels;
    while (q.next()) {
      auto it = byId.find(q.value(0).toLongLong());
      if (it == byId.end()) continue;
      SampleRow& r = it->second;
      const QString who = q.value(1).toString();
      if (!r.annotators.contains(who)) r.annotators << who;
      latestLabels[r.id][who] = q.value(2).toInt();
      ++r.annotationCount;
      if (!q.value(3).toString().isEmpty()) r.note = q.value(3).toString();  // the latest note wins
    }
    for (const auto& [id, byAnnotator] : latestLabels) {
      const int first = byAnnotator.begin()->second;
      bool differ = false;
      for (const auto& [who, label] : byAnnotator) differ = differ || label != first;
      byId[id].disagreement = differ;
    }
  }
  {
    // Latest per sample: rows in id order, later ones overwrite.
    QSqlQuery q = prepared(connection_, path_,
                           QStringLiteral("SELECT sample_id, label, label_name, confidence FROM predictions "
                                          "WHERE sample_id IN (") +
                               in + QStringLiteral(") ORDER BY id"),
                           values);
    while (q.next()) {
      auto it = byId.find(q.value(0).toLongLong());
      if (it == byId.end()) continue;
      SampleRow& r = it->second;
      r.hasPrediction = true;
      r.predictedLabel = q.value(1).isNull() ? -1 : q.value(1).toInt();
      r.predictedName = q.value(2).toString();
      r.confidence = q.value(3).toDouble();
    }
  }
  {
    QSqlQuery q = prepared(connection_, path_,
                           QStringLiteral("SELECT sample_id, verdict, reviewer FROM reviews WHERE sample_id IN (") +
                               in + QStringLiteral(") ORDER BY id"),
                           values);
    while (q.next()) {
      auto it = byId.find(q.value(0).toLongLong());
      if (it == byId.end()) continue;
      SampleRow& r = it->second;
      r.hasReview = parseVerdict(q.value(1).toString(), &r.verdict);
      r.reviewer = q.value(2).toString();
    }
  }
  std::vector<SampleRow> out;
  out.reserve(ids.size());
  for (qint64 id : ids) {
    auto it = byId.find(id);
    if (it != byId.end()) out.push_back(std::move(it->second));
  }
  return out;
}

QStringList SampleQuery::annotators() const {
  QSqlQuery q =
      prepared(connection_, path_, QStringLiteral("SELECT DISTINCT annotator FROM annotations ORDER BY annotator"), {});
  QStringList out;
  while (q.next()) out << q.value(0).toString();
  return out;
}

qint64 SampleQuery::annotationsSince(const QString& annotator, const QDateTime& since) const {
  // created_at is ISO 8601 UTC with milliseconds, so text order is time order.
  QSqlQuery q = prepared(connection_, path_,
                         QStringLiteral("SELECT count(*) FROM annotations WHERE annotator = ? AND created_at >= ?"),
                         {annotator, since.toUTC().toString(Qt::ISODateWithMs)});
  return q.next() ? q.value(0).toLongLong() : 0;
}

}  // namespace assay::data
