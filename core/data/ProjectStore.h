#pragma once
// One SQLite file per project (*.assay), opened through Qt Sql (QSQLITE).
// WAL journal, foreign keys on, schema version in PRAGMA user_version with
// forward migrations. Every public write is committed (synchronous=FULL)
// before the call returns; an import is one transaction per file (all of
// it or none of it, even when the process is killed).
//
// Threading: a ProjectStore is used from the thread that opened it.
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <vector>

#include "data/DataFormat.h"
#include "data/LabelDetails.h"
#include "data/LabelSchema.h"
#include "data/ReviewRecords.h"
#include "data/Sample.h"
#include "data/SampleWriter.h"

namespace assay::data {

// Any failure of the store: missing file, damaged database, newer schema,
// SQL error. The message names the project file and the problem.
struct StoreError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Annotation {
  qint64 id = 0;
  qint64 sampleId = 0;
  QString annotator;
  int label = -1;
  QDateTime time;  // UTC
  QString note;    // the annotator's remark; empty when none
};

// One row of the append-only label history.
struct LabelChange {
  qint64 id = 0;
  qint64 sampleId = 0;
  QString annotator;
  QDateTime time;     // UTC
  int oldLabel = -1;  // -1: was unlabeled
  int newLabel = -1;
};

// What retractAnnotations() needs to take one relabel back.
struct AnnotationUndo {
  qint64 sampleId = 0;
  qint64 annotationId = 0;  // the annotation the relabel wrote
  int previousLabel = -1;   // the label it replaced (-1: unlabeled)
};

// One row of the append-only history of soft deletes and restores.
struct SampleDeletion {
  qint64 id = 0;
  qint64 sampleId = 0;
  bool deleted = true;  // false: restored
  QString by;
  QDateTime time;  // UTC
};

struct ImportSummary {
  QString file;
  QString annotator;    // whom the file's labels are credited to
  qint64 imported = 0;  // new samples
  // Records whose content was already present: in the project, or earlier
  // in the same file. Not imported again unless duplicates are allowed
  // (then they are counted in `imported` as well).
  qint64 duplicates = 0;
  qint64 duplicatesInFile = 0;  // of `duplicates`, the repeats within the file
  // Of the records already in the project, those whose label was added as
  // (or changed) the file annotator's label on the existing sample.
  qint64 duplicateLabels = 0;
  bool duplicatesAllowed = false;             // ImportOptions::allowDuplicates was on
  std::map<QString, qint64> skippedByReason;  // issueKindName → count
  std::vector<ImportIssue> issues;            // every skipped record, with location
  bool fileUnreadable = false;                // nothing read, project unchanged
  qint64 skipped() const;
};

struct LabelCounts {
  std::vector<qint64> perLabel;  // index = label id
  qint64 unlabeled = 0;          // text samples without a label
  qint64 total = 0;              // every sample, pairs and completions included
};

struct ProjectStats {
  qint64 samples = 0;
  qint64 texts = 0, pairs = 0, completions = 0;
  LabelCounts all, train, test, unassigned;
  qint64 duplicateGroups = 0;         // contents that occur more than once
  qint64 duplicateSamples = 0;        // samples beyond the first of each group
  qint64 conflictGroups = 0;          // duplicate contents carrying different labels
  qint64 annotatorDisagreements = 0;  // samples whose annotators disagree
  qint64 deleted = 0;                 // soft-deleted samples, counted nowhere above
};

using ProgressFn = std::function<void(qint64 done, qint64 total)>;

struct ImportOptions {
  Format format = Format::Auto;  // Auto: decided per record
  // Who the file's labels belong to; empty: importAnnotatorFor(file). Never
  // the person at the keyboard unless they say so: an import is not their
  // labelling (the day's count, the reviewed mark and agreement read it).
  QString annotator;
  // Off (the default): a record whose content (text; prompt and responses
  // for pairs and completions: the samples.content_hash identity) is
  // already in the project, or earlier in the file, adds no sample; a label
  // it gives goes to the existing sample as the file annotator's label
  // (detail::FileLabelUpdater). On: every record becomes a sample.
  bool allowDuplicates = false;
};

// The annotator a file's labels are credited to when none is named:
// "import:<file name>", e.g. "import:addresses.jsonl".
QString importAnnotatorFor(const QString& file);

class StreamingSplit;  // data/StratifiedSplit.h
namespace detail {
class Statement;  // data/SqliteStatement.h
}

class ProjectStore {
 public:
  static constexpr int kSchemaVersion = 6;

  // Creates a new project with a preset's labels; throws StoreError if `path` exists.
  static std::unique_ptr<ProjectStore> create(const QString& path, SchemaKind kind);
  // The same with the user's labels (at least one; LabelSchema::fromNames).
  static std::unique_ptr<ProjectStore> create(const QString& path, const LabelSchema& labels);
  enum class Access {
    Auto,      // read-write, or read-only when the file cannot be written here
    ReadOnly,  // read-only whatever the permissions (viewing, statistics, export)
  };
  // Opens an existing project, migrating an older schema forward. Throws
  // StoreError for a missing or damaged file or a newer schema version; a file
  // that fails to open is left unchanged. A project without write permission
  // (the file, or its folder, which SQLite needs for its journal; a file with
  // no write bit at all counts even for root), or on a read-only file system,
  // opens read-only: reads, statistics and exports work, every write throws
  // StoreError "PATH: opened read-only (WHY); …" and the file is never
  // touched. An older schema that would need migrating cannot open read-only.
  static std::unique_ptr<ProjectStore> open(const QString& path, Access access = Access::Auto);
  ~ProjectStore();
  ProjectStore(const ProjectStore&) = delete;
  ProjectStore& operator=(const ProjectStore&) = delete;

  QString path() const { return path_; }
  bool readOnly() const { return !readOnlyReason_.isEmpty(); }
  // Why the project is read-only ("no write permission", "read-only was
  // asked for", …); empty when it can be written.
  QString readOnlyReason() const { return readOnlyReason_; }
  const LabelSchema& labelSchema() const { return schema_; }
  // Adds a user label (next id); durable on return. Returns its id.
  int addLabel(const QString& name, const QString& english);
  // Renames label `id` (both spellings; each unused by another label) and
  // appends a row to the rename history; samples keep their label (ids never
  // change). Durable on return; throws StoreError naming the problem.
  void renameLabel(int id, const QString& name, const QString& english, const QString& by);
  std::vector<LabelRename> labelRenames() const;
  // Descriptions, colours, keys and display order, one entry per label in
  // id order; saved together in one transaction. Throws StoreError for a key
  // used twice or reserved, a colour that is not #rrggbb, or positions that
  // are not a permutation of 0..N-1.
  std::vector<LabelDetails> labelDetails() const;
  void setLabelDetails(const std::vector<LabelDetails>& details);
  // Label ids in display order (labelDetails' positions).
  std::vector<int> labelOrder() const;

  // Adds the labels `files` use that the project lacks (read as importFile
  // reads them, records not kept), in order of first appearance, in one
  // transaction. Returns the names added.
  QStringList addLabelsFoundIn(const QStringList& files, Format format = Format::Auto);

  // Imports one file (format Auto detects per record) in one transaction;
  // a file that cannot be read changes nothing. The annotator (empty:
  // importAnnotatorFor(file)) is recorded as the author of the file's
  // labels. Records already present add no sample (ImportOptions).
  ImportSummary importFile(const QString& file, Format format = Format::Auto, const QString& annotator = {},
                           const ProgressFn& progress = {});
  ImportSummary importFile(const QString& file, const ImportOptions& options, const ProgressFn& progress = {},
                           StreamingSplit* split = nullptr);
  // The same, and every new sample gets its train/test split as it is
  // inserted instead of staying unassigned (no second pass that rewrites each
  // row): `split` carries one seeded, stratified split over all the files
  // imported through it and is settled at the end of each file's transaction,
  // so that after every file each stratum has exactly the test count
  // assignSplits would give those samples. Records the split's seed and
  // fraction as assignSplits does. Samples that were unassigned before are
  // left as they are.
  ImportSummary importFile(const QString& file, Format format, const QString& annotator, const ProgressFn& progress,
                           StreamingSplit* split);
  // Adds in-memory samples (one transaction). Returns the new ids in order.
  std::vector<qint64> addSamples(const std::vector<Sample>& samples,
                                 const QString& annotator = QStringLiteral("import"));

  // Bulk mode for large imports: while on, the project uses a rollback
  // journal instead of WAL, so imported pages are written once instead of
  // twice (WAL, then checkpoint). Commits stay durable (synchronous=FULL) and
  // atomic. Only possible while no other connection has the project open;
  // returns whether the journal mode is now the requested one (false on a
  // read-only project). Turn it off again (back to WAL) when the import is done.
  bool setBulkMode(bool on);

  // Counts and reads leave soft-deleted samples out (setDeleted); sample(id)
  // reads any.
  qint64 sampleCount(Split split = Split::All) const;
  // Samples of a split in id order (Split::All: every sample).
  std::vector<Sample> samples(Split split = Split::All) const;
  // Streams samples in id order without holding them all in memory.
  void forEachSample(Split split, const std::function<void(const Sample&)>& fn) const;
  // Throws StoreError when there is no such sample.
  Sample sample(qint64 id) const;

  // Records `annotator`'s label for a sample: appends an annotation, makes it
  // the sample's current label and appends a history row (old → new). Durable
  // when it returns. `note` is kept with the annotation (empty: none).
  // Throws StoreError for an unknown sample or label id.
  void annotate(qint64 sampleId, const QString& annotator, int label, const QString& note = {});
  // Undo of an annotation (the GUI's Ctrl+Z): removes annotation
  // `annotationId`, sets the sample's current label back to `restoreLabel`
  // (-1: unlabeled) and appends a history row (current → restored) by
  // `annotator`. Durable when it returns; throws StoreError for an unknown
  // annotation or label id.
  void retractAnnotation(qint64 annotationId, int restoreLabel, const QString& annotator);
  std::vector<Annotation> annotations(qint64 sampleId) const;

  // Edits of many records at once (the dataset table; ProjectRecordEdits.cpp),
  // each ONE transaction whatever the number of samples: all or nothing.
  // Relabels every sample in `ids` as annotate() does (annotation, current
  // label, history row by `annotator`) and returns what retractAnnotations()
  // needs to take each back, in the order of `ids`. Pairs and completions
  // carry no class label: they are left out (and out of the result).
  std::vector<AnnotationUndo> annotateMany(const std::vector<qint64>& ids, const QString& annotator, int label);
  // Undo of annotateMany(): retractAnnotation() for each, newest first.
  void retractAnnotations(const std::vector<AnnotationUndo>& undo, const QString& annotator);
  // Soft delete (deleted true) or restore. A deleted sample keeps its row,
  // labels and history, but training, export, statistics, the split, the
  // annotate queue and predictions leave it out; sample() still reads it.
  // Each change appends a row to the deletion history. Samples already in
  // the asked state are left as they are; returns the ids that changed.
  // Throws StoreError for an unknown sample (nothing changes then).
  std::vector<qint64> setDeleted(const std::vector<qint64>& ids, bool deleted, const QString& by);
  bool isDeleted(qint64 sampleId) const;
  qint64 deletedCount() const;
  // Deletes and restores in order; sampleId 0 = the whole project.
  std::vector<SampleDeletion> deletionHistory(qint64 sampleId = 0) const;
  // History rows in order; sampleId 0 = the whole project.
  std::vector<LabelChange> labelHistory(qint64 sampleId = 0) const;

  // Review (ProjectReviews.cpp). A record counts as reviewed once it has a
  // verdict other than Skipped.
  // Stores a model's predictions in one transaction, replacing that model's
  // earlier answers for the same samples. Throws StoreError for an unknown sample.
  void savePredictions(const std::vector<StoredPrediction>& predictions);
  // Stored predictions of one model (empty: every model), in sample id order.
  std::vector<StoredPrediction> predictions(const QString& model = {}) const;
  // The same, each with its sample's text and current label, in one query.
  std::vector<PredictedSample> predictedSamples(const QString& model = {}) const;
  // The model whose predictions were stored last (the latest run); empty when none.
  QString latestPredictionModel() const;
  // Appends a verdict (durable on return) and returns its id. The label is
  // ignored for Skipped; otherwise it must be a label id. It does not change
  // the sample's label: the caller annotates as well (the review pane does).
  qint64 addReview(qint64 sampleId, const QString& reviewer, Verdict verdict, int label = -1);
  // A reviewer's verdict and the label it settles on, in ONE transaction:
  // the annotation (what training reads, as annotate()) and the reviews row
  // are both saved or neither. A Skipped verdict records only the review.
  // Returns the review's id; throws StoreError as annotate() / addReview().
  qint64 recordVerdict(qint64 sampleId, const QString& reviewer, Verdict verdict, int label);
  // recordVerdict() that also returns what retractVerdict() needs.
  VerdictUndo recordUndoableVerdict(qint64 sampleId, const QString& reviewer, Verdict verdict, int label);
  // Undo of a verdict, in ONE transaction: its reviews row is removed (the
  // record counts as unreviewed again unless an earlier verdict stands) and
  // its annotation retracted as retractAnnotation() does, the sample's label
  // back to `undo.previousLabel` with a history row by `reviewer`. Throws
  // StoreError when the verdict or its annotation is gone (nothing changes).
  void retractVerdict(const VerdictUndo& undo, const QString& reviewer);
  // Verdicts in order; sampleId 0 = the whole project.
  std::vector<Review> reviews(qint64 sampleId = 0) const;
  // Writes only the reviewed samples (current labels), in id order, in a format.
  ExportResult exportReviewed(const QString& outPath, Format format, const ProgressFn& progress = {}) const;

  // Stratified split (by label; unlabeled, pairs and completions form their
  // own groups) stored in the project. Only unassigned samples are split
  // unless `reassignAll`. The seed and fraction are remembered. `progress`
  // runs every few thousand rows (the scan, then the update); an exception it
  // throws (a cancel) rolls the split back and is rethrown.
  void assignSplits(double testFraction = 0.2, uint32_t seed = 42, bool reassignAll = false,
                    const ProgressFn& progress = {});

  // Writes a split in a format; see SampleWriter.h for what each holds.
  // Every export (ProjectExport.cpp) leaves soft-deleted samples out and
  // writes a text sample's latest note (RecordView::note says where).
  ExportResult exportTo(const QString& outPath, Format format, Split split = Split::All,
                        const ProgressFn& progress = {}) const;
  // The format that holds this project's records: TRL for a correctness
  // project (and for one of preference pairs only), KTO for one of KTO
  // completions only, else style JSON.
  Format defaultExportFormat() const;
  // Writes exactly the samples `ids` names (e.g. what the dataset pane's
  // filter shows: SampleQuery::matchingIds), in id order; unknown ids are
  // ignored.
  ExportResult exportSamples(const QString& outPath, Format format, std::vector<qint64> ids,
                             const ProgressFn& progress = {}) const;

  ProjectStats stats() const;
  // PRAGMA integrity_check result ("ok" when healthy).
  QString integrityCheck() const;
  // A project setting (e.g. "split_seed"); empty when unset.
  QString setting(const QString& key) const;

 private:
  ProjectStore() = default;
  struct Db;
  enum class Connect { ReadWrite, ReadOnly, Immutable };
  static std::unique_ptr<Db> connect(const QString& path, Connect mode = Connect::ReadWrite);
  void saveLabels(const LabelSchema& next, int firstNew);
  // The rows of annotate() and addReview(), inside the caller's transaction,
  // so recordVerdict() can put both in one.
  // Returns the annotation's id.
  qint64 writeAnnotation(qint64 sampleId, const QString& annotator, int label, const QString& note);
  // The rows of retractAnnotation(), inside the caller's transaction.
  void writeRetraction(qint64 annotationId, int restoreLabel, const QString& annotator);
  qint64 writeReview(qint64 sampleId, const QString& reviewer, Verdict verdict, int label);
  // The one export loop: the samples `where` selects (SQL over samples s,
  // its parameters bound by `bind`), in id order, with their notes.
  ExportResult exportWhere(const QString& outPath, Format format, const char* where,
                           const std::function<void(detail::Statement&)>& bind, qint64 total,
                           const ProgressFn& progress) const;
  // Throws the read-only StoreError before a write that does work first
  // (reading the import file) would fail only at its transaction.
  void requireWritable() const;
  std::unique_ptr<Db> db_;
  QString path_;
  QString readOnlyReason_;
  LabelSchema schema_;
  friend class ProjectStoreAccess;
};

}  // namespace assay::data
