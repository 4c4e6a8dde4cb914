// ProjectStore: splitting, exporting and statistics.
#include <QSaveFile>

#include "data/ProjectDb.h"
#include "data/RecordWriter.h"
#include "data/StratifiedSplit.h"

namespace assay::data {

using detail::Statement;
using detail::Transaction;

void ProjectStore::assignSplits(double testFraction, uint32_t seed, bool reassignAll) {
  if (!(testFraction >= 0.0 && testFraction <= 1.0))
    throw StoreError(QString(path_ + QStringLiteral(": test fraction %1 is not between 0 and 1").arg(testFraction)).toStdString());
  sqlite3* h = db_->handle;
  Transaction tx(h, path_);
  std::vector<qint64> ids;
  std::vector<int> strata;
  {
    Statement st(h, path_, "SELECT id, kind, label FROM samples WHERE ?1 OR split = 0 ORDER BY id");
    st.bind(1, static_cast<qint64>(reassignAll ? 1 : 0));
    while (st.step()) {
      ids.push_back(st.int64(0));
      const auto kind = static_cast<int>(st.int64(1));
      // Labelled texts stratify by label; unlabeled texts, pairs and
      // completions each form a group of their own (negative keys).
      strata.push_back(kind != 0 ? -2 - kind : st.isNull(2) ? -1 : static_cast<int>(st.int64(2)));
    }
  }
  const std::vector<bool> test = stratifiedTestMask(strata, testFraction, seed);
  // Everything selected goes to train in one statement; only the test rows
  // (the smaller part) are then updated one by one.
  if (reassignAll) detail::execSql(h, path_, "UPDATE samples SET split = 1");
  else detail::execSql(h, path_, "UPDATE samples SET split = 1 WHERE split = 0");
  Statement update(h, path_, "UPDATE samples SET split = 2 WHERE id = ?");
  for (size_t i = 0; i < ids.size(); ++i)
    if (test[i]) update.bind(1, ids[i]).run();
  Statement setting(h, path_, "INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)");
  setting.bindText(1, QStringLiteral("split_seed")).bindText(2, QString::number(seed)).run();
  setting.bindText(1, QStringLiteral("split_test_fraction")).bindText(2, QString::number(testFraction)).run();
  tx.commit();
}

ExportResult ProjectStore::exportTo(const QString& outPath, Format format, Split split,
                                    const ProgressFn& progress) const {
  if (format == Format::Auto) throw StoreError("export needs a format: style-json, trl, kto or text");
  detail::RecordWriter writer(schema_, format);
  QSaveFile out(outPath);
  if (!out.open(QIODevice::WriteOnly))
    throw StoreError(QString(outPath + QStringLiteral(": cannot write: ") + out.errorString()).toStdString());
  auto flush = [&](std::string& buf) {
    if (out.write(buf.data(), static_cast<qint64>(buf.size())) != static_cast<qint64>(buf.size()))
      throw StoreError(QString(outPath + QStringLiteral(": cannot write: ") + out.errorString()).toStdString());
    buf.clear();
  };
  const qint64 total = progress ? sampleCount(split) : 0;
  ExportResult result;
  std::string buf;
  buf.reserve(2 << 20);
  writer.begin(buf);
  Statement st(db_->handle, path_,
               "SELECT kind, text, chosen, rejected, extra, label FROM samples WHERE ?1 = 3 OR split = ?1 ORDER BY id");
  st.bind(1, static_cast<qint64>(split));
  qint64 rows = 0;
  while (st.step()) {
    detail::RecordView v;
    v.kind = static_cast<int>(st.int64(0));
    v.text = st.text(1);
    v.chosen = st.text(2);
    v.rejected = st.text(3);
    v.extraJson = st.text(4);
    v.label = st.isNull(5) ? -1 : static_cast<int>(st.int64(5));
    if (const char* reason = writer.append(buf, v)) ++result.skippedByReason[QString::fromUtf8(reason)];
    else ++result.written;
    if (buf.size() >= (1u << 20)) {
      result.bytes += static_cast<qint64>(buf.size());
      flush(buf);
    }
    if (progress && (++rows & 0xFFFF) == 0) progress(rows, total);
  }
  writer.end(buf);
  result.bytes += static_cast<qint64>(buf.size());
  flush(buf);
  if (!out.commit())
    throw StoreError(QString(outPath + QStringLiteral(": cannot write: ") + out.errorString()).toStdString());
  if (progress) progress(total, total);
  return result;
}

ProjectStats ProjectStore::stats() const {
  sqlite3* h = db_->handle;
  ProjectStats s;
  for (LabelCounts* c : {&s.all, &s.train, &s.test, &s.unassigned})
    c->perLabel.assign(static_cast<size_t>(schema_.size()), 0);
  Statement counts(h, path_, "SELECT split, kind, label, count(*) FROM samples GROUP BY split, kind, label");
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
                 "(SELECT count(*) AS n, count(DISTINCT label) AS labels FROM samples "
                 " GROUP BY content_hash HAVING count(*) > 1)");
  if (dups.step()) {
    s.duplicateGroups = dups.int64(0);
    s.duplicateSamples = dups.int64(1);
    s.conflictGroups = dups.int64(2);
  }
  Statement disagree(h, path_,
                     "SELECT count(*) FROM (SELECT sample_id FROM annotations GROUP BY sample_id "
                     "HAVING count(DISTINCT label) > 1)");
  if (disagree.step()) s.annotatorDisagreements = disagree.int64(0);
  return s;
}

}  // namespace assay::data
