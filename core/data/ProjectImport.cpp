// ProjectStore: adding samples (file imports, in-memory samples) and reading
// them back.
#include <QFileInfo>
#include <QHash>
#include <exception>
#include <thread>

#include "data/BatchQueue.h"
#include "data/ImportDedup.h"
#include "data/JsonText.h"
#include "data/ProjectDb.h"
#include "data/RecordReader.h"
#include "data/StratifiedSplit.h"

namespace assay::data {

using detail::Statement;
using detail::Transaction;

namespace {

// Prepared inserts shared by importFile and addSamples: one sample row plus,
// when labelled, the annotation that says who gave the label.
class SampleInserter {
 public:
  // `deferAnnotations`: the caller adds the annotations of all new rows at
  // once (addDeferredAnnotations) instead of one INSERT per labelled row.
  SampleInserter(sqlite3* db, const QString& path, const QString& annotator, bool deferAnnotations = false)
      : db_(db),
        path_(path),
        deferAnnotations_(deferAnnotations),
        sample_(db, path,
                "INSERT INTO samples(kind, text, chosen, rejected, margin, desirable, label, extra, split, "
                "source_id, source_line, content_hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        annotation_(db, path, "INSERT INTO annotations(sample_id, annotator, label, created_at) VALUES(?, ?, ?, ?)"),
        annotator_(annotator.toStdString()),
        now_(detail::nowUtc().toStdString()) {
    Statement last(db, path, "SELECT coalesce(max(id), 0) FROM samples");
    firstNewId_ = (last.step() ? last.int64(0) : 0) + 1;  // rowids grow from the largest (no AUTOINCREMENT)
  }

  // Returns the new row id. `hash` is contentHash(kind, text, chosen, rejected).
  qint64 insert(int kind, std::string_view text, std::string_view chosen, std::string_view rejected,
                const std::optional<double>& margin, bool desirable, int label, std::string_view extra, int split,
                qint64 sourceId, qint64 sourceLine, uint64_t hash) {
    // Every parameter is bound on every call, so bindings are kept between
    // runs; texts are bound in place (they outlive the run).
    sample_.bind(1, static_cast<qint64>(kind)).bindTextInPlace(2, text);
    if (kind == static_cast<int>(SampleKind::Text)) sample_.bindNull(3).bindNull(4);
    else sample_.bindTextInPlace(3, chosen).bindTextInPlace(4, rejected);
    if (margin) sample_.bind(5, *margin);
    else sample_.bindNull(5);
    sample_.bind(6, static_cast<qint64>(desirable ? 1 : 0));
    if (label >= 0) sample_.bind(7, static_cast<qint64>(label));
    else sample_.bindNull(7);
    if (extra.empty()) sample_.bindNull(8);
    else sample_.bindTextInPlace(8, extra);
    sample_.bind(9, static_cast<qint64>(split));
    if (sourceId > 0) sample_.bind(10, sourceId).bind(11, sourceLine);
    else sample_.bindNull(10).bindNull(11);
    sample_.bind(12, static_cast<qint64>(hash)).runKeepingBindings();
    const qint64 id = sqlite3_last_insert_rowid(db_);
    if (label >= 0 && !deferAnnotations_) {
      annotation_.bind(1, id).bindText(2, annotator_).bind(3, static_cast<qint64>(label)).bindText(4, now_).run();
    }
    return id;
  }

  // One annotation per labelled row added since construction, in id order:
  // the rows, ids and order that per-row inserts would have produced, in one
  // statement that SQLite runs without a call per row.
  void addDeferredAnnotations() {
    Statement st(db_, path_,
                 "INSERT INTO annotations(sample_id, annotator, label, created_at) "
                 "SELECT id, ?1, label, ?2 FROM samples WHERE id >= ?3 AND label IS NOT NULL ORDER BY id");
    st.bindText(1, annotator_).bindText(2, now_).bind(3, firstNewId_).run();
  }

  qint64 firstNewId() const { return firstNewId_; }

 private:
  sqlite3* db_;
  QString path_;
  bool deferAnnotations_;
  qint64 firstNewId_ = 1;
  Statement sample_, annotation_;
  std::string annotator_, now_;
};

// The rows a file import writes satisfy their foreign keys by construction:
// labels are resolved against the project's schema (labels are never
// removed), source and sample ids are the rows just inserted. Checking them
// anyway costs a b-tree look-up per key per row, about a quarter of a large
// import's time (the annotations' INSERT … SELECT most of all), so they are
// off for the import's transaction and on again after it, whatever happens.
// (SQLite ignores the pragma inside a transaction: set it around one.)
class ForeignKeysOffDuringImport {
 public:
  explicit ForeignKeysOffDuringImport(sqlite3* db) : db_(db) {
    sqlite3_exec(db_, "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr);
  }
  ~ForeignKeysOffDuringImport() { sqlite3_exec(db_, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr); }
  ForeignKeysOffDuringImport(const ForeignKeysOffDuringImport&) = delete;
  ForeignKeysOffDuringImport& operator=(const ForeignKeysOffDuringImport&) = delete;

 private:
  sqlite3* db_;
};

qint64 addSource(sqlite3* db, const QString& path, const QString& file) {
  Statement st(db, path, "INSERT INTO sources(path, imported_at) VALUES(?, ?)");
  st.bindText(1, file).bindText(2, detail::nowUtc()).run();
  return sqlite3_last_insert_rowid(db);
}

const char* const kSelectSamples =
    "SELECT s.id, s.kind, s.text, s.chosen, s.rejected, s.margin, s.desirable, s.label, s.extra, s.split, "
    "src.path, s.source_line FROM samples s LEFT JOIN sources src ON src.id = s.source_id ";

Sample rowToSample(const Statement& st) {
  Sample s;
  s.id = st.int64(0);
  s.kind = static_cast<SampleKind>(st.int64(1));
  s.text = st.qtext(2);
  s.chosen = st.qtext(3);
  s.rejected = st.qtext(4);
  if (!st.isNull(5)) s.margin = st.real(5);
  s.desirable = st.int64(6) != 0;
  s.label = st.isNull(7) ? -1 : static_cast<int>(st.int64(7));
  const std::string_view extra = st.text(8);
  s.extraJson = QByteArray(extra.data(), static_cast<qsizetype>(extra.size()));
  s.split = static_cast<Split>(st.int64(9));
  s.sourceFile = st.qtext(10);
  s.sourceLine = st.int64(11);
  return s;
}

}  // namespace

qint64 ImportSummary::skipped() const {
  qint64 n = 0;
  for (const auto& [reason, count] : skippedByReason) n += count;
  return n;
}

// Parsing (JSON, validation, label lookup) runs on a second thread while
// this thread inserts: the two costs overlap instead of adding up. Records
// arrive in file order, so ids, duplicates and the summary are exactly what a
// single-threaded import gives; the parser's issues and the inserter's counts
// live in separate fields of the summary until the parser thread is joined.
QString importAnnotatorFor(const QString& file) { return QStringLiteral("import:") + QFileInfo(file).fileName(); }

ImportSummary ProjectStore::importFile(const QString& file, Format format, const QString& annotator,
                                       const ProgressFn& progress) {
  return importFile(file, ImportOptions{format, annotator, false}, progress, nullptr);
}

ImportSummary ProjectStore::importFile(const QString& file, Format format, const QString& annotator,
                                       const ProgressFn& progress, StreamingSplit* split) {
  return importFile(file, ImportOptions{format, annotator, false}, progress, split);
}

ImportSummary ProjectStore::importFile(const QString& file, const ImportOptions& options, const ProgressFn& progress,
                                       StreamingSplit* split) {
  requireWritable();
  const Format format = options.format;
  const QString annotator = options.annotator.trimmed().isEmpty() ? importAnnotatorFor(file) : options.annotator;
  // Whatever does not commit leaves `split` as it was.
  struct SplitGuard {
    StreamingSplit* split;
    bool committed = false;
    ~SplitGuard() {
      if (split && !committed) split->rollback();
    }
  } splitGuard{split};
  if (split) split->checkpoint();
  ImportSummary summary;
  summary.file = file;
  summary.annotator = annotator;
  summary.duplicatesAllowed = options.allowDuplicates;
  auto addIssue = [&](ImportIssue&& issue) {
    ++summary.skippedByReason[issueKindName(issue.kind)];
    summary.issues.push_back(std::move(issue));
  };
  detail::InputFile input;
  ImportIssue openIssue;
  if (!input.open(file, &openIssue)) {
    summary.fileUnreadable = true;
    addIssue(std::move(openIssue));
    return summary;
  }
  sqlite3* h = db_->handle;
  // The whole file is one transaction: an import is all or nothing, and one
  // commit (one fsync) is far cheaper than many.
  detail::execSql(h, path_, "PRAGMA cache_size = -65536");
  const ForeignKeysOffDuringImport noForeignKeyChecks(h);  // outlives the transaction
  Transaction tx(h, path_);
  const qint64 sourceId = addSource(h, path_, QFileInfo(file).absoluteFilePath());
  SampleInserter inserter(h, path_, annotator, true);
  detail::FileLabelUpdater fileLabels(h, path_, annotator);
  detail::SourceCopies sourceCopies;  // the repeats kept out, remembered by the sample that stays
  detail::FileRecordsFingerprint fingerprint;  // filled by the parser thread, read after it joined
  // Rows per split before this file (the split counts cached for
  // sampleCount after a split import); the scan reads every row anyway.
  qint64 perSplit[3] = {0, 0, 0};
  detail::ContentIndex contents;  // every content present, then this file's as it is read
  bool oddSplitValues = false;
  {
    Statement count(h, path_, "SELECT count(*) FROM samples");
    const qint64 existing = count.step() ? count.int64(0) : 0;
    // Sized for the project and ~192-byte records: growing the table while
    // records arrive rehashes it (~0.1 s of CPU per 300,000 records), and an
    // under-estimate costs at most one growth; long records only leave it
    // emptier.
    contents = detail::ContentIndex(static_cast<size_t>(existing + input.size() / 192));
    // A soft-deleted sample still counts as present: importing its file
    // again does not bring it back (restoring it does).
    Statement hashes(h, path_, "SELECT content_hash, split, deleted_at IS NOT NULL, id, kind, desirable FROM samples");
    while (hashes.step()) {
      contents.addExisting(detail::dedupKey(static_cast<int>(hashes.int64(4)), static_cast<uint64_t>(hashes.int64(0)),
                                            hashes.int64(5) != 0),
                           hashes.int64(3));
      if (hashes.int64(2) != 0) continue;  // soft-deleted: not in sampleCount's counts
      const qint64 side = hashes.int64(1);
      if (side >= 0 && side <= 2) ++perSplit[side];
      else oddSplitValues = true;
    }
  }

  constexpr size_t kBatchRecords = 2048;
  constexpr size_t kBatchesInFlight = 8;
  struct Cancelled {};  // thrown inside the parser when the inserter failed
  detail::BatchQueue queue(kBatchesInFlight);
  bool readable = true;
  std::exception_ptr parserError;
  std::thread parser([&] {
    try {
      detail::RecordReader reader(file, format, &schema_);
      detail::RecordBatch batch;
      batch.records.reserve(kBatchRecords);
      detail::ReadCallbacks cb;
      cb.record = [&](detail::ParsedRecord& r) {
        // Hashing here keeps it off the inserting thread, the busier one.
        r.contentHash = detail::contentHash(static_cast<int>(r.kind), r.text, r.chosen, r.rejected);
        const uint64_t key = detail::dedupKey(static_cast<int>(r.kind), r.contentHash, r.desirable);
        r.duplicateOf = contents.claim(key);
        fingerprint.add(key);
        batch.records.push_back(std::move(r));
        if (batch.records.size() == kBatchRecords) {
          if (!queue.push(std::move(batch))) throw Cancelled{};
          batch = detail::RecordBatch();
          batch.records.reserve(kBatchRecords);
        }
      };
      cb.issue = addIssue;
      cb.progress = [&](qint64 done, qint64) { batch.bytesDone = done; };
      cb.consumed = [&](const char* upTo) { input.release(upTo); };  // bounded memory for any file size
      readable = reader.parse(input.data(), input.size(), cb);
      if (readable && !batch.records.empty()) queue.push(std::move(batch));
    } catch (const Cancelled&) {
    } catch (...) {
      parserError = std::current_exception();
    }
    queue.close();
  });

  const qint64 total = input.size();
  try {
    while (std::optional<detail::RecordBatch> batch = queue.pop()) {
      for (detail::ParsedRecord& r : batch->records) {
        if (r.duplicateOf != 0) {
          ++summary.duplicates;
          if (r.duplicateOf == detail::ContentIndex::kEarlierInFile) ++summary.duplicatesInFile;
          if (!options.allowDuplicates) {
            sourceCopies.add(detail::dedupKey(static_cast<int>(r.kind), r.contentHash, r.desirable), r.duplicateOf);
            // The first record of a content speaks for the file; a repeat
            // later in it adds nothing.
            if (r.duplicateOf > 0 && fileLabels.apply(r.duplicateOf, r.label)) ++summary.duplicateLabels;
            continue;
          }
        }
        const auto kind = static_cast<int>(r.kind);
        const bool test = split && split->toss();
        const Split side = !split ? Split::Unassigned : test ? Split::Test : Split::Train;
        const qint64 id = inserter.insert(kind, r.text, r.chosen, r.rejected, r.margin, r.desirable, r.label,
                                          r.extraJson, static_cast<int>(side), sourceId, r.line, r.contentHash);
        if (split) split->add(splitStratum(kind, r.label), id, test);
        ++perSplit[static_cast<int>(side)];
        ++summary.imported;
      }
      if (progress && batch->bytesDone > 0) progress(batch->bytesDone, total);
    }
  } catch (...) {
    queue.cancel();
    parser.join();
    throw;  // the transaction rolls back
  }
  parser.join();
  if (parserError) std::rethrow_exception(parserError);
  if (!readable) {
    summary.fileUnreadable = true;
    summary.imported = summary.duplicates = summary.duplicatesInFile = summary.duplicateLabels = 0;
    return summary;  // the transaction rolls back: nothing changed
  }
  // A file of records already present can still change labels and adds
  // source copies: that is committed too (and the source row with it).
  if (summary.imported > 0 || summary.duplicateLabels > 0 || !sourceCopies.empty()) {
    if (split) {
      // The few rows whose side the settling moved (this file's or an
      // earlier one's of the same split), and the split's settings.
      Statement move(h, path_, "UPDATE samples SET split = ? WHERE id = ?");
      for (const StreamingSplit::Move& m : split->settle()) {
        move.bind(1, static_cast<qint64>(m.test ? Split::Test : Split::Train)).bind(2, static_cast<qint64>(m.id)).run();
        --perSplit[static_cast<int>(m.test ? Split::Train : Split::Test)];
        ++perSplit[static_cast<int>(m.test ? Split::Test : Split::Train)];
      }
      Statement setting(h, path_, "INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)");
      setting.bindText(1, QStringLiteral("split_seed")).bindText(2, QString::number(split->seed())).run();
      setting.bindText(1, QStringLiteral("split_test_fraction"))
          .bindText(2, QString::number(split->testFraction()))
          .run();
    }
    inserter.addDeferredAnnotations();
    if (!fingerprint.seenBefore(h, path_)) {
      sourceCopies.write(h, path_, inserter.firstNewId());
      fingerprint.remember(h, path_);
    }
    db_->splitCounts.valid = false;
    tx.commit();
    splitGuard.committed = true;
    if (split) {
      // What assignSplits would leave cached: the counts a CLI import prints
      // right after need no scan.
      auto& c = db_->splitCounts;
      for (int i = 0; i < 3; ++i) c.perSplit[i] = perSplit[i];
      c.totalChanges = sqlite3_total_changes64(h);
      Statement version(h, path_, "PRAGMA data_version");
      c.dataVersion = version.step() ? version.int64(0) : 0;
      c.valid = !oddSplitValues;
    }
  }
  if (progress) progress(total, total);
  return summary;
}

std::vector<qint64> ProjectStore::addSamples(const std::vector<Sample>& samples, const QString& annotator) {
  sqlite3* h = db_->handle;
  Transaction tx(h, path_);
  SampleInserter inserter(h, path_, annotator);
  QHash<QString, qint64> sources;
  std::vector<qint64> ids;
  ids.reserve(samples.size());
  for (const Sample& s : samples) {
    if (s.label >= schema_.size())
      throw StoreError(
          QString(path_ + QStringLiteral(": sample \"%1\": unknown label id %2").arg(s.text.left(40)).arg(s.label))
              .toStdString());
    qint64 sourceId = 0;
    if (!s.sourceFile.isEmpty()) {
      auto it = sources.find(s.sourceFile);
      if (it == sources.end()) it = sources.insert(s.sourceFile, addSource(h, path_, s.sourceFile));
      sourceId = it.value();
    }
    const std::string text = s.text.toStdString(), chosen = s.chosen.toStdString(), rejected = s.rejected.toStdString();
    const Split split = s.split == Split::All ? Split::Unassigned : s.split;
    const auto kind = static_cast<int>(s.kind);
    ids.push_back(inserter.insert(kind, text, chosen, rejected, s.margin, s.desirable, s.label,
                                  std::string_view(s.extraJson.constData(), static_cast<size_t>(s.extraJson.size())),
                                  static_cast<int>(split), sourceId, s.sourceLine,
                                  detail::contentHash(kind, text, chosen, rejected)));
  }
  tx.commit();
  return ids;
}

qint64 ProjectStore::sampleCount(Split split) const {
  const auto& cached = db_->splitCounts;
  if (cached.valid && cached.totalChanges == sqlite3_total_changes64(db_->handle)) {
    Statement version(db_->handle, path_, "PRAGMA data_version");
    if (version.step() && version.int64(0) == cached.dataVersion) {
      const qint64* n = cached.perSplit;
      return split == Split::All ? n[0] + n[1] + n[2] : n[static_cast<int>(split)];
    }
  }
  // Soft-deleted samples are not counted (nor streamed below): they are out of training and export.
  Statement st(db_->handle, path_, "SELECT count(*) FROM samples WHERE (?1 = 3 OR split = ?1) AND deleted_at IS NULL");
  st.bind(1, static_cast<qint64>(split));
  return st.step() ? st.int64(0) : 0;
}

void ProjectStore::forEachSample(Split split, const std::function<void(const Sample&)>& fn) const {
  const QByteArray sql =
      QByteArray(kSelectSamples) + "WHERE (?1 = 3 OR s.split = ?1) AND s.deleted_at IS NULL ORDER BY s.id";
  Statement st(db_->handle, path_, sql.constData());
  st.bind(1, static_cast<qint64>(split));
  while (st.step()) fn(rowToSample(st));
}

std::vector<Sample> ProjectStore::samples(Split split) const {
  std::vector<Sample> out;
  forEachSample(split, [&](const Sample& s) { out.push_back(s); });
  return out;
}

Sample ProjectStore::sample(qint64 id) const {
  const QByteArray sql = QByteArray(kSelectSamples) + "WHERE s.id = ?";
  Statement st(db_->handle, path_, sql.constData());
  st.bind(1, id);
  if (!st.step()) throw StoreError(QString(path_ + QStringLiteral(": no sample with id %1").arg(id)).toStdString());
  return rowToSample(st);
}

}  // namespace assay::data
