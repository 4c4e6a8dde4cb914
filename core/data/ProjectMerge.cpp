#include "data/ProjectMerge.h"

#include <QFileInfo>
#include <map>
#include <set>
#include <unordered_map>

#include "data/ImportDedup.h"
#include "data/ProjectDb.h"

namespace assay::data {

using detail::Statement;

namespace {

[[noreturn]] void fail(const QString& path, const QString& what) {
  throw StoreError(QString(path + QStringLiteral(": ") + what).toStdString());
}

// Where a label stands against the latest labels other annotators had on the sample.
void classify(int label, const std::map<QString, int>& latest, const QString& annotator, LabelMergeCounts& counts) {
  bool anyOther = false, differs = false;
  for (const auto& [who, theirs] : latest) {
    if (who == annotator) continue;
    anyOther = true;
    differs |= theirs != label;
  }
  ++(!anyOther ? counts.added : differs ? counts.conflicting : counts.equal);
}

// Each annotator's latest label on one sample (rows with id <= upTo).
std::map<QString, int> latestLabels(Statement& st, qint64 sampleId, qint64 upTo) {
  std::map<QString, int> out;
  st.bind(1, sampleId).bind(2, upTo);
  while (st.step()) out[st.qtext(0)] = static_cast<int>(st.int64(1));
  st.reset();
  return out;
}

const char* const kLatestLabels =
    "SELECT annotator, label, max(id) FROM annotations WHERE sample_id = ?1 AND id <= ?2 GROUP BY annotator";

qint64 maxId(sqlite3* h, const QString& path, const char* sql) {
  Statement st(h, path, sql);
  return st.step() ? st.int64(0) : 0;
}

}  // namespace

ImportMark markBeforeImport(const ProjectStore& store) {
  sqlite3* h = ProjectStoreAccess::handle(store);
  const QString& path = ProjectStoreAccess::path(store);
  return {maxId(h, path, "SELECT coalesce(max(id), 0) FROM annotations"),
          maxId(h, path, "SELECT coalesce(max(id), 0) FROM samples")};
}

LabelMergeCounts importedLabelCounts(const ProjectStore& store, const QString& annotator, const ImportMark& mark) {
  sqlite3* h = ProjectStoreAccess::handle(store);
  const QString& path = ProjectStoreAccess::path(store);
  LabelMergeCounts counts;
  // Labels on samples the import added: nobody else can have spoken.
  Statement onNew(h, path, "SELECT count(*) FROM annotations WHERE id > ?1 AND sample_id > ?2 AND annotator = ?3");
  onNew.bind(1, mark.lastAnnotationId).bind(2, mark.lastSampleId).bindText(3, annotator);
  if (onNew.step()) counts.added = onNew.int64(0);
  // Labels on samples that were there: compared with the others' latest
  // labels before the import (only the import's annotator wrote since).
  Statement onExisting(h, path,
                       "SELECT sample_id, label, max(id) FROM annotations "
                       "WHERE id > ?1 AND sample_id <= ?2 AND annotator = ?3 GROUP BY sample_id");
  onExisting.bind(1, mark.lastAnnotationId).bind(2, mark.lastSampleId).bindText(3, annotator);
  Statement latest(h, path, kLatestLabels);
  while (onExisting.step())
    classify(static_cast<int>(onExisting.int64(1)), latestLabels(latest, onExisting.int64(0), mark.lastAnnotationId),
             annotator, counts);
  return counts;
}

MergeSummary mergeProject(ProjectStore& into, const QString& otherPath, const MergeOptions& options,
                          const ProgressFn& progress) {
  ProjectStoreAccess::requireWritable(into);
  const QString& path = ProjectStoreAccess::path(into);
  if (QFileInfo(otherPath).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
    fail(path, QStringLiteral("cannot merge a project into itself"));
  const auto other = ProjectStore::open(otherPath, ProjectStore::Access::ReadOnly);
  sqlite3* oh = ProjectStoreAccess::handle(*other);
  MergeSummary summary;
  summary.other = otherPath;

  // Labels: OTHER's ids -> the project's, by name (else English name).
  const LabelSchema& theirs = other->labelSchema();
  std::set<int> used;
  {
    Statement st(oh, otherPath,
                 "SELECT label FROM samples WHERE label IS NOT NULL AND deleted_at IS NULL UNION "
                 "SELECT a.label FROM annotations a JOIN samples s ON s.id = a.sample_id WHERE s.deleted_at IS NULL "
                 "UNION SELECT d.label FROM adjudications d JOIN samples s ON s.id = d.sample_id "
                 "WHERE d.label IS NOT NULL AND s.deleted_at IS NULL");
    while (st.step()) used.insert(static_cast<int>(st.int64(0)));
  }
  const auto lookUp = [&](int id) {
    const int byName = into.labelSchema().idOf(theirs.nameOf(id));
    return byName >= 0 ? byName : into.labelSchema().idOf(theirs.englishOf(id));
  };
  QStringList missing;
  for (int id : used)
    if (lookUp(id) < 0) missing << theirs.nameOf(id);
  if (!missing.isEmpty() && !options.addLabels)
    fail(path, QStringLiteral("labels of %1 that the project lacks: %2 (--add_labels adds them)")
                   .arg(otherPath, missing.join(QStringLiteral(", "))));
  for (int id : used)
    if (lookUp(id) < 0) {
      into.addLabel(theirs.nameOf(id), theirs.englishOf(id));
      summary.labelsAdded << theirs.nameOf(id);
    }
  std::map<int, int> labelMap;
  for (int id : used) labelMap[id] = lookUp(id);
  const auto mapLabel = [&](const Statement& st, int column) {
    return st.isNull(column) ? -1 : labelMap.at(static_cast<int>(st.int64(column)));
  };

  sqlite3* h = ProjectStoreAccess::handle(into);
  detail::Transaction tx(h, path);
  qint64 total = 0;
  {
    Statement count(oh, otherPath, "SELECT (SELECT count(*) FROM samples) + (SELECT count(*) FROM annotations)");
    total = count.step() ? count.int64(0) : 0;
  }
  qint64 done = 0;
  const auto tick = [&] {
    if (progress && ++done % 4096 == 0) progress(done, total);
  };

  // Samples: OTHER's id -> the project's.
  std::unordered_map<uint64_t, qint64> byContent;
  {
    Statement st(h, path, "SELECT id, kind, content_hash, desirable FROM samples ORDER BY id");
    while (st.step())
      byContent.emplace(
          detail::dedupKey(static_cast<int>(st.int64(1)), static_cast<uint64_t>(st.int64(2)), st.int64(3) != 0),
          st.int64(0));  // emplace keeps the first (lowest) id of a content
  }
  std::unordered_map<qint64, qint64> sampleMap;
  std::set<qint64> newSamples;  // the project's ids of the samples added
  {
    Statement theirSamples(oh, otherPath,
                           "SELECT s.id, s.kind, s.text, s.chosen, s.rejected, s.margin, s.desirable, s.label, "
                           "s.extra, s.split, src.path, src.imported_at, s.source_line, s.content_hash, "
                           "s.source_copies, s.deleted_at IS NOT NULL FROM samples s "
                           "LEFT JOIN sources src ON src.id = s.source_id ORDER BY s.id");
    Statement sameId(h, path, "SELECT kind, content_hash, desirable FROM samples WHERE id = ?");
    Statement insert(h, path,
                     "INSERT INTO samples(kind, text, chosen, rejected, margin, desirable, label, extra, split, "
                     "source_id, source_line, content_hash, source_copies) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement addSource(h, path, "INSERT INTO sources(path, imported_at) VALUES(?, ?)");
    std::map<QString, qint64> sources;  // OTHER's source path -> the project's new source row
    while (theirSamples.step()) {
      tick();
      if (theirSamples.int64(15) != 0) {
        ++summary.skippedDeleted;
        continue;
      }
      ++summary.otherSamples;
      const qint64 id = theirSamples.int64(0);
      const int kind = static_cast<int>(theirSamples.int64(1));
      const auto hash = static_cast<uint64_t>(theirSamples.int64(13));
      const bool desirable = theirSamples.int64(6) != 0;
      const uint64_t key = detail::dedupKey(kind, hash, desirable);
      sameId.bind(1, id);
      const bool idMatches =
          sameId.step() && detail::dedupKey(static_cast<int>(sameId.int64(0)), static_cast<uint64_t>(sameId.int64(1)),
                                            sameId.int64(2) != 0) == key;
      sameId.reset();
      if (idMatches) {
        sampleMap[id] = id;
        ++summary.matchedById;
        continue;
      }
      if (const auto it = byContent.find(key); it != byContent.end()) {
        sampleMap[id] = it->second;
        if (newSamples.count(it->second) == 0) ++summary.matchedByContent;
        continue;
      }
      qint64 sourceId = 0;
      if (!theirSamples.isNull(10)) {
        const QString source = theirSamples.qtext(10);
        auto it = sources.find(source);
        if (it == sources.end()) {
          addSource.bindText(1, source).bindText(2, theirSamples.qtext(11)).run();
          it = sources.emplace(source, sqlite3_last_insert_rowid(h)).first;
        }
        sourceId = it->second;
      }
      insert.bind(1, static_cast<qint64>(kind)).bindText(2, theirSamples.text(2));
      if (theirSamples.isNull(3)) insert.bindNull(3);
      else insert.bindText(3, theirSamples.text(3));
      if (theirSamples.isNull(4)) insert.bindNull(4);
      else insert.bindText(4, theirSamples.text(4));
      if (theirSamples.isNull(5)) insert.bindNull(5);
      else insert.bind(5, theirSamples.real(5));
      insert.bind(6, static_cast<qint64>(desirable ? 1 : 0));
      const int label = mapLabel(theirSamples, 7);
      if (label >= 0) insert.bind(7, static_cast<qint64>(label));
      else insert.bindNull(7);
      if (theirSamples.isNull(8)) insert.bindNull(8);
      else insert.bindText(8, theirSamples.text(8));
      insert.bind(9, theirSamples.int64(9));
      if (sourceId > 0) insert.bind(10, sourceId).bind(11, theirSamples.int64(12));
      else insert.bindNull(10).bindNull(11);
      insert.bind(12, static_cast<qint64>(hash)).bind(13, theirSamples.int64(14)).run();
      const qint64 newId = sqlite3_last_insert_rowid(h);
      sampleMap[id] = newId;
      newSamples.insert(newId);
      byContent.emplace(key, newId);
      ++summary.added;
    }
  }

  // Annotations, in OTHER's order; each (sample, annotator)'s latest label
  // before the merge is read once, before the first copy onto that sample.
  const qint64 lastAnnotation = maxId(h, path, "SELECT coalesce(max(id), 0) FROM annotations");
  std::map<qint64, std::map<QString, int>> before;  // touched existing samples
  std::map<qint64, QString> lastWordBefore;         // annotator of a touched sample's latest annotation
  std::map<std::pair<qint64, QString>, int> copiedLatest;
  {
    Statement theirs(oh, otherPath,
                     "SELECT a.sample_id, a.annotator, a.label, a.created_at, a.note FROM annotations a "
                     "JOIN samples s ON s.id = a.sample_id WHERE s.deleted_at IS NULL ORDER BY a.id");
    Statement repeat(h, path,
                     "SELECT 1 FROM annotations WHERE sample_id = ? AND annotator = ? AND label = ? AND created_at = ? "
                     "LIMIT 1");
    Statement copy(h, path,
                   "INSERT INTO annotations(sample_id, annotator, label, created_at, note) VALUES(?, ?, ?, ?, ?)");
    Statement latest(h, path, kLatestLabels);
    Statement lastWord(h, path, "SELECT annotator FROM annotations WHERE sample_id = ? ORDER BY id DESC LIMIT 1");
    while (theirs.step()) {
      tick();
      const auto target = sampleMap.find(theirs.int64(0));
      if (target == sampleMap.end()) continue;
      const qint64 sampleId = target->second;
      const QString annotator = theirs.qtext(1);
      const int label = mapLabel(theirs, 2);
      repeat.bind(1, sampleId).bindText(2, annotator).bind(3, static_cast<qint64>(label)).bindText(4, theirs.text(3));
      const bool repeated = repeat.step();
      repeat.reset();
      if (repeated) {
        ++summary.annotationsRepeated;
        continue;
      }
      if (!newSamples.count(sampleId) && !before.count(sampleId)) {
        before[sampleId] = latestLabels(latest, sampleId, lastAnnotation);
        lastWord.bind(1, sampleId);
        lastWordBefore[sampleId] = lastWord.step() ? lastWord.qtext(0) : QString();
        lastWord.reset();
      }
      copy.bind(1, sampleId).bindText(2, annotator).bind(3, static_cast<qint64>(label)).bindText(4, theirs.text(3));
      if (theirs.isNull(4)) copy.bindNull(5);
      else copy.bindText(5, theirs.text(4));
      copy.run();
      copiedLatest[{sampleId, annotator}] = label;
      ++summary.annotationsCopied;
    }
  }

  // The current label of an existing sample follows a copied label only
  // when it was unlabeled or the last word on it was that annotator's.
  {
    Statement current(h, path, "SELECT label FROM samples WHERE id = ?");
    Statement lastCopied(h, path,
                         "SELECT annotator, label FROM annotations WHERE sample_id = ? AND id > ? ORDER BY id DESC "
                         "LIMIT 1");
    Statement setLabel(h, path, "UPDATE samples SET label = ? WHERE id = ?");
    Statement history(h, path,
                      "INSERT INTO label_history(sample_id, annotator, changed_at, old_label, new_label) "
                      "VALUES(?, ?, ?, ?, ?)");
    const QString now = detail::nowUtc();
    for (const auto& [sampleId, word] : lastWordBefore) {
      current.bind(1, sampleId);
      const int was = current.step() && !current.isNull(0) ? static_cast<int>(current.int64(0)) : -1;
      current.reset();
      lastCopied.bind(1, sampleId).bind(2, lastAnnotation);
      if (!lastCopied.step()) {
        lastCopied.reset();
        continue;
      }
      const QString who = lastCopied.qtext(0);
      const int label = static_cast<int>(lastCopied.int64(1));
      lastCopied.reset();
      if ((was >= 0 && word != who) || was == label) continue;
      setLabel.bind(1, static_cast<qint64>(label)).bind(2, sampleId).run();
      history.bind(1, sampleId).bindText(2, who).bindText(3, now);
      if (was < 0) history.bindNull(4);
      else history.bind(4, static_cast<qint64>(was));
      history.bind(5, static_cast<qint64>(label)).run();
    }
  }

  // New / equal / conflicting: each (sample, annotator) whose latest label the merge changed.
  for (const auto& [key, label] : copiedLatest) {
    const auto& [sampleId, annotator] = key;
    if (newSamples.count(sampleId)) {
      ++summary.labels.added;
      continue;
    }
    const std::map<QString, int>& was = before.at(sampleId);
    if (const auto mine = was.find(annotator); mine != was.end() && mine->second == label) continue;
    classify(label, was, annotator, summary.labels);
  }

  // Adjudications, the same way (exact repeats skipped).
  {
    Statement theirs(oh, otherPath,
                     "SELECT d.sample_id, d.label, d.decided_by, d.decided_at FROM adjudications d "
                     "JOIN samples s ON s.id = d.sample_id WHERE s.deleted_at IS NULL ORDER BY d.id");
    Statement repeat(h, path,
                     "SELECT 1 FROM adjudications WHERE sample_id = ?1 AND label IS ?2 AND decided_by = ?3 "
                     "AND decided_at = ?4 LIMIT 1");
    Statement copy(h, path,
                   "INSERT INTO adjudications(sample_id, label, decided_by, decided_at) VALUES(?1, ?2, ?3, ?4)");
    while (theirs.step()) {
      const auto target = sampleMap.find(theirs.int64(0));
      if (target == sampleMap.end()) continue;
      const int label = mapLabel(theirs, 1);
      for (Statement* st : {&repeat, &copy}) {
        st->bind(1, target->second);
        if (label < 0) st->bindNull(2);
        else st->bind(2, static_cast<qint64>(label));
        st->bindText(3, theirs.text(2)).bindText(4, theirs.text(3));
      }
      const bool repeated = repeat.step();
      repeat.reset();
      if (repeated) {
        copy.reset();
        continue;
      }
      copy.run();
      ++summary.adjudicationsCopied;
    }
  }

  if (summary.changed()) tx.commit();
  if (progress) progress(total, total);
  return summary;
}

}  // namespace assay::data
