// ProjectStore: splitting and statistics (exports: ProjectExport.cpp).
#include <algorithm>
#include <exception>

#include "data/Agreement.h"
#include "data/ProjectDb.h"
#include "data/StratifiedSplit.h"

namespace assay::data {

using detail::Statement;
using detail::Transaction;

namespace {

qint64 dataVersion(sqlite3* h, const QString& path) {
  Statement st(h, path, "PRAGMA data_version");
  return st.step() ? st.int64(0) : 0;
}

// assay_split_of(id): the split assignSplits chose for a selected row, read
// from the sorted ids and the test mask (one UPDATE pass over the table
// instead of one for train and one point update per test row).
struct SplitChoice {
  const std::vector<qint64>* ids;
  const std::vector<bool>* test;
  // Progress of the UPDATE pass (second half of assignSplits' progress). An
  // exception from the callback (a cancel) cannot cross SQLite's C frames: it
  // is kept here, the UPDATE fails, and assignSplits rethrows it.
  const ProgressFn* progress = nullptr;
  qint64 done = 0, total = 0;
  std::exception_ptr error;
};

constexpr qint64 kSplitProgressRows = 4096;  // rows between progress reports

void splitOf(sqlite3_context* ctx, int, sqlite3_value** argv) {
  auto* choice = static_cast<SplitChoice*>(sqlite3_user_data(ctx));
  if (choice->progress && *choice->progress && (++choice->done % kSplitProgressRows) == 0) {
    try {
      (*choice->progress)(choice->done, choice->total);
    } catch (...) {
      choice->error = std::current_exception();
      sqlite3_result_error(ctx, "cancelled", -1);
      return;
    }
  }
  const qint64 id = sqlite3_value_int64(argv[0]);
  const auto it = std::lower_bound(choice->ids->begin(), choice->ids->end(), id);
  const bool selected = it != choice->ids->end() && *it == id;
  // A row that was not selected keeps its split (the UPDATE's WHERE keeps
  // such rows out; this is the safe answer should one reach here).
  if (!selected) {
    sqlite3_result_value(ctx, argv[1]);
    return;
  }
  sqlite3_result_int64(ctx, (*choice->test)[static_cast<size_t>(it - choice->ids->begin())] ? 2 : 1);
}

}  // namespace

void ProjectStore::assignSplits(double testFraction, uint32_t seed, bool reassignAll, const ProgressFn& progress) {
  if (!(testFraction >= 0.0 && testFraction <= 1.0))
    throw StoreError(
        QString(path_ + QStringLiteral(": test fraction %1 is not between 0 and 1").arg(testFraction)).toStdString());
  sqlite3* h = db_->handle;
  db_->splitCounts.valid = false;
  Transaction tx(h, path_);
  std::vector<qint64> ids;  // ascending: the scan is in id order
  std::vector<int> strata;
  qint64 kept[3] = {0, 0, 0};   // rows that keep their split, per split
  bool oddSplitValues = false;  // a split value outside 0..2: count by scanning
  // Progress: the scan is the first `rows` steps, the UPDATE the second.
  qint64 rows = 0, scanned = 0;
  if (progress) {
    Statement count(h, path_, "SELECT count(*) FROM samples WHERE deleted_at IS NULL");
    if (count.step()) rows = count.int64(0);
    progress(0, 2 * rows);
  }
  {
    // One scan of every row: the selected rows, and the counts of the rest.
    // Soft-deleted samples keep the split they had and are not counted: a
    // restore brings them back where they were.
    Statement st(h, path_, "SELECT id, kind, label, split FROM samples WHERE deleted_at IS NULL ORDER BY id");
    while (st.step()) {
      if (progress && (++scanned % kSplitProgressRows) == 0) progress(std::min(scanned, rows), 2 * rows);
      const qint64 split = st.int64(3);
      if (!reassignAll && split != 0) {
        if (split == 1 || split == 2) ++kept[split];
        else oddSplitValues = true;
        continue;
      }
      ids.push_back(st.int64(0));
      const auto kind = static_cast<int>(st.int64(1));
      // Labelled texts stratify by label; unlabeled texts, pairs and
      // completions each form a group of their own (negative keys).
      strata.push_back(kind != 0 ? -2 - kind : st.isNull(2) ? -1 : static_cast<int>(st.int64(2)));
    }
  }
  const std::vector<bool> test = stratifiedTestMask(strata, testFraction, seed);
  const qint64 testRows = std::count(test.begin(), test.end(), true);
  if (!ids.empty()) {
    SplitChoice choice{&ids, &test};
    if (progress) {
      choice.progress = &progress;
      choice.done = rows;
      // Each selected row counts for rows / ids.size() steps of the second half.
      choice.total = rows + static_cast<qint64>(ids.size());
    }
    if (sqlite3_create_function(h, "assay_split_of", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, &choice, splitOf, nullptr,
                                nullptr) != SQLITE_OK)
      detail::throwSqlError(h, path_, QStringLiteral("registering the split function"));
    try {
      detail::execSql(
          h, path_,
          reassignAll ? "UPDATE samples SET split = assay_split_of(id, split) WHERE deleted_at IS NULL"
                      : "UPDATE samples SET split = assay_split_of(id, split) WHERE split = 0 AND deleted_at IS NULL");
    } catch (...) {
      sqlite3_create_function(h, "assay_split_of", 2, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr);
      if (choice.error) std::rethrow_exception(choice.error);  // the cancel, not SQLite's "cancelled"
      throw;
    }
    // `choice` dies with this scope: unregister the function that points at it.
    sqlite3_create_function(h, "assay_split_of", 2, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr);
  }
  Statement setting(h, path_, "INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)");
  setting.bindText(1, QStringLiteral("split_seed")).bindText(2, QString::number(seed)).run();
  setting.bindText(1, QStringLiteral("split_test_fraction")).bindText(2, QString::number(testFraction)).run();
  tx.commit();
  auto& c = db_->splitCounts;
  c.perSplit[0] = kept[0];
  c.perSplit[1] = kept[1] + static_cast<qint64>(ids.size()) - testRows;
  c.perSplit[2] = kept[2] + testRows;
  c.totalChanges = sqlite3_total_changes64(h);
  c.dataVersion = dataVersion(h, path_);
  c.valid = !oddSplitValues;
  if (progress) progress(2 * rows, 2 * rows);
}

ProjectStats ProjectStore::stats() const {
  sqlite3* h = db_->handle;
  ProjectStats s;
  for (LabelCounts* c : {&s.all, &s.train, &s.test, &s.unassigned})
    c->perLabel.assign(static_cast<size_t>(schema_.size()), 0);
  Statement counts(
      h, path_,
      "SELECT split, kind, label, count(*) FROM samples WHERE deleted_at IS NULL GROUP BY split, kind, label");
  while (counts.step()) {
    const auto split = static_cast<Split>(counts.int64(0));
    const auto kind = static_cast<SampleKind>(counts.int64(1));
    const qint64 n = counts.int64(3);
    LabelCounts* bucket = split == Split::Train ? &s.train : split == Split::Test ? &s.test : &s.unassigned;
    s.samples += n;
    (kind == SampleKind::Text ? s.texts : kind == SampleKind::Pair ? s.pairs : s.completions) += n;
    for (LabelCounts* c : {&s.all, bucket}) {
      c->total += n;
      if (kind != SampleKind::Text) continue;
      const qint64 label = counts.isNull(2) ? -1 : counts.int64(2);
      if (label >= 0 && label < schema_.size()) c->perLabel[static_cast<size_t>(label)] += n;
      else c->unlabeled += n;
    }
  }
  Statement dups(h, path_,
                 "SELECT count(*), coalesce(sum(n - 1), 0), coalesce(sum(labels > 1), 0) FROM "
                 "(SELECT count(*) AS n, count(DISTINCT label) AS labels FROM samples WHERE deleted_at IS NULL "
                 " GROUP BY content_hash HAVING count(*) > 1)");
  if (dups.step()) {
    s.duplicateGroups = dups.int64(0);
    s.duplicateSamples = dups.int64(1);
    s.conflictGroups = dups.int64(2);
  }
  const std::string disagreeing = std::string("SELECT count(*) FROM (") + detail::kDisagreeingSampleIds +
                                  ") WHERE sample_id NOT IN (SELECT id FROM samples WHERE deleted_at IS NOT NULL)";
  Statement disagree(h, path_, disagreeing.c_str());
  if (disagree.step()) s.annotatorDisagreements = disagree.int64(0);
  Statement deleted(h, path_, "SELECT count(*) FROM samples WHERE deleted_at IS NOT NULL");
  if (deleted.step()) s.deleted = deleted.int64(0);
  return s;
}

}  // namespace assay::data
