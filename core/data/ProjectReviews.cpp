// ProjectStore: the review workflow's records — stored predictions and the
// append-only verdicts (their export: ProjectExport.cpp).
#include <nlohmann/json.hpp>

#include "data/JsonText.h"
#include "data/ProjectDb.h"

namespace assay::data {

using detail::Statement;
using detail::Transaction;

namespace {

[[noreturn]] void reviewFail(const QString& path, const QString& problem) {
  throw StoreError(QString(path + QStringLiteral(": ") + problem).toStdString());
}

QDateTime storedTime(const QString& text) {
  QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
  t.setTimeSpec(Qt::UTC);
  return t;
}

// {"name": p, ...} in the model's label order (the order rm_train.py's
// predict_style prints its probabilities in).
std::string probabilitiesJson(const std::vector<std::pair<QString, double>>& probabilities) {
  std::string out = "{";
  for (const auto& [name, p] : probabilities) {
    if (out.size() > 1) out += ',';
    detail::appendJsonString(out, name.toStdString());
    out += ':';
    out += nlohmann::json(p).dump();
  }
  return out + "}";
}

std::vector<std::pair<QString, double>> parseProbabilities(std::string_view json) {
  std::vector<std::pair<QString, double>> out;
  const auto parsed = nlohmann::ordered_json::parse(json, nullptr, false);
  if (!parsed.is_object()) return out;
  for (const auto& [name, p] : parsed.items())
    if (p.is_number()) out.emplace_back(QString::fromStdString(name), p.get<double>());
  return out;
}

}  // namespace

QString verdictName(Verdict v) {
  switch (v) {
    case Verdict::Accepted:
      return QStringLiteral("accepted");
    case Verdict::KeptHuman:
      return QStringLiteral("kept-human");
    case Verdict::Relabelled:
      return QStringLiteral("relabelled");
    case Verdict::Skipped:
      break;
  }
  return QStringLiteral("skipped");
}

bool parseVerdict(const QString& text, Verdict* verdict) {
  for (Verdict v : {Verdict::Accepted, Verdict::KeptHuman, Verdict::Relabelled, Verdict::Skipped})
    if (text == verdictName(v)) {
      *verdict = v;
      return true;
    }
  return false;
}

void ProjectStore::savePredictions(const std::vector<StoredPrediction>& predictions) {
  if (predictions.empty()) return;
  sqlite3* h = db_->handle;
  const QString now = detail::nowUtc();
  Transaction tx(h, path_);
  // The table's UNIQUE(sample_id, model) ON CONFLICT REPLACE drops the
  // model's earlier answer; a missing sample fails the foreign key.
  Statement add(h, path_,
                "INSERT INTO predictions(sample_id, model, label, label_name, confidence, probabilities, p_correct, "
                "created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
  for (const StoredPrediction& p : predictions) {
    if (p.model.isEmpty()) reviewFail(path_, QStringLiteral("sample %1: a prediction needs its model").arg(p.sampleId));
    if (p.label >= schema_.size())
      reviewFail(path_, QStringLiteral("sample %1: unknown label id %2").arg(p.sampleId).arg(p.label));
    add.bind(1, p.sampleId).bindText(2, p.model);
    if (p.label < 0) add.bindNull(3);
    else add.bind(3, static_cast<qint64>(p.label));
    add.bindText(4, p.labelName).bind(5, p.confidence).bindText(6, probabilitiesJson(p.probabilities));
    if (p.pCorrect) add.bind(7, *p.pCorrect);
    else add.bindNull(7);
    add.bindText(8, now);
    try {
      add.run();
    } catch (const StoreError&) {
      reviewFail(path_, QStringLiteral("cannot store the prediction for sample %1 (no such sample?)").arg(p.sampleId));
    }
  }
  tx.commit();
}

namespace {

// Columns 0..7 of the predictions queries below.
constexpr const char* kPredictionColumns =
    "p.sample_id, p.model, p.label, p.label_name, p.confidence, p.probabilities, p.p_correct, p.created_at";

StoredPrediction readPrediction(Statement& st) {
  StoredPrediction p;
  p.sampleId = st.int64(0);
  p.model = st.qtext(1);
  p.label = st.isNull(2) ? -1 : static_cast<int>(st.int64(2));
  p.labelName = st.qtext(3);
  p.confidence = st.real(4);
  p.probabilities = parseProbabilities(st.text(5));
  if (!st.isNull(6)) p.pCorrect = st.real(6);
  p.time = storedTime(st.qtext(7));
  return p;
}

}  // namespace

std::vector<StoredPrediction> ProjectStore::predictions(const QString& model) const {
  Statement st(db_->handle, path_,
               (std::string("SELECT ") + kPredictionColumns +
                " FROM predictions p WHERE ?1 = '' OR p.model = ?1 ORDER BY p.sample_id, p.id")
                   .c_str());
  st.bindText(1, model);
  std::vector<StoredPrediction> out;
  while (st.step()) out.push_back(readPrediction(st));
  return out;
}

std::vector<PredictedSample> ProjectStore::predictedSamples(const QString& model) const {
  // One query with the samples joined in: a row per prediction, however many.
  Statement st(db_->handle, path_,
               (std::string("SELECT ") + kPredictionColumns +
                ", s.text, s.label FROM predictions p JOIN samples s ON s.id = p.sample_id"
                " WHERE (?1 = '' OR p.model = ?1) AND s.deleted_at IS NULL ORDER BY p.sample_id, p.id")
                   .c_str());
  st.bindText(1, model);
  std::vector<PredictedSample> out;
  while (st.step()) {
    PredictedSample row;
    row.prediction = readPrediction(st);
    row.text = st.isNull(8) ? QString() : st.qtext(8);
    row.humanLabel = st.isNull(9) ? -1 : static_cast<int>(st.int64(9));
    out.push_back(std::move(row));
  }
  return out;
}

QString ProjectStore::latestPredictionModel() const {
  Statement st(db_->handle, path_, "SELECT model FROM predictions ORDER BY created_at DESC, id DESC LIMIT 1");
  return st.step() ? st.qtext(0) : QString();
}

namespace {

// The checks of addReview() and recordVerdict(), before any transaction.
int checkedReviewLabel(const QString& path, const LabelSchema& schema, qint64 sampleId, const QString& reviewer,
                       Verdict verdict, int label) {
  if (reviewer.trimmed().isEmpty())
    reviewFail(path, QStringLiteral("sample %1: a review needs a reviewer name").arg(sampleId));
  if (verdict == Verdict::Skipped) return -1;
  if (label < 0 || label >= schema.size())
    reviewFail(path, QStringLiteral("sample %1: unknown label id %2 for a %3 verdict")
                         .arg(sampleId)
                         .arg(label)
                         .arg(verdictName(verdict)));
  return label;
}

}  // namespace

qint64 ProjectStore::addReview(qint64 sampleId, const QString& reviewer, Verdict verdict, int label) {
  label = checkedReviewLabel(path_, schema_, sampleId, reviewer, verdict, label);
  Transaction tx(db_->handle, path_);
  const qint64 id = writeReview(sampleId, reviewer, verdict, label);
  tx.commit();
  return id;
}

qint64 ProjectStore::recordVerdict(qint64 sampleId, const QString& reviewer, Verdict verdict, int label) {
  return recordUndoableVerdict(sampleId, reviewer, verdict, label).reviewId;
}

VerdictUndo ProjectStore::recordUndoableVerdict(qint64 sampleId, const QString& reviewer, Verdict verdict, int label) {
  label = checkedReviewLabel(path_, schema_, sampleId, reviewer, verdict, label);
  Transaction tx(db_->handle, path_);
  VerdictUndo undo;
  undo.sampleId = sampleId;
  undo.verdict = verdict;
  undo.label = label;
  Statement current(db_->handle, path_, "SELECT label FROM samples WHERE id = ?");
  current.bind(1, sampleId);
  if (current.step() && !current.isNull(0)) undo.previousLabel = static_cast<int>(current.int64(0));
  current.reset();
  // The label first: writeAnnotation refuses an unknown sample before
  // anything is written, and a failing review insert rolls the label back.
  if (verdict != Verdict::Skipped) undo.annotationId = writeAnnotation(sampleId, reviewer, label, {});
  undo.reviewId = writeReview(sampleId, reviewer, verdict, label);
  tx.commit();
  return undo;
}

namespace {

// The reviews table refuses DELETE (a trigger keeps it append-only), and its
// verdict values have no "retracted". Until a schema version records a
// retraction as a row of its own, the undo of a verdict removes the row it
// wrote with this connection's triggers off for that one statement
// (ARCHITECTURE.md, section 9). Restored on every path out.
class TriggersOffForOneStatement {
 public:
  explicit TriggersOffForOneStatement(sqlite3* h) : h_(h) {
    sqlite3_db_config(h_, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
  }
  ~TriggersOffForOneStatement() { sqlite3_db_config(h_, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr); }
  TriggersOffForOneStatement(const TriggersOffForOneStatement&) = delete;
  TriggersOffForOneStatement& operator=(const TriggersOffForOneStatement&) = delete;

 private:
  sqlite3* h_;
};

}  // namespace

void ProjectStore::retractVerdict(const VerdictUndo& undo, const QString& reviewer) {
  Transaction tx(db_->handle, path_);
  int removed = 0;
  {
    const TriggersOffForOneStatement guard(db_->handle);
    Statement drop(db_->handle, path_, "DELETE FROM reviews WHERE id = ? AND sample_id = ?");
    drop.bind(1, undo.reviewId).bind(2, undo.sampleId).run();
    removed = sqlite3_changes(db_->handle);
  }
  if (removed != 1)
    reviewFail(path_, QStringLiteral("sample %1: no verdict with id %2 to undo").arg(undo.sampleId).arg(undo.reviewId));
  if (undo.annotationId > 0) writeRetraction(undo.annotationId, undo.previousLabel, reviewer);
  tx.commit();
}

qint64 ProjectStore::writeReview(qint64 sampleId, const QString& reviewer, Verdict verdict, int label) {
  sqlite3* h = db_->handle;
  Statement exists(h, path_, "SELECT 1 FROM samples WHERE id = ?");
  exists.bind(1, sampleId);
  if (!exists.step()) reviewFail(path_, QStringLiteral("no sample with id %1").arg(sampleId));
  exists.reset();
  Statement add(h, path_, "INSERT INTO reviews(sample_id, reviewer, verdict, label, created_at) VALUES(?, ?, ?, ?, ?)");
  add.bind(1, sampleId).bindText(2, reviewer).bindText(3, verdictName(verdict));
  if (label < 0) add.bindNull(4);
  else add.bind(4, static_cast<qint64>(label));
  add.bindText(5, detail::nowUtc()).run();
  return sqlite3_last_insert_rowid(h);
}

ReviewChoice reviewChoice(ReviewAction action, int pickedLabel, int predictedLabel, int humanLabel) {
  switch (action) {
    case ReviewAction::Accept:
      return {Verdict::Accepted, predictedLabel};
    case ReviewAction::KeepHuman:
      return {Verdict::KeptHuman, humanLabel};
    case ReviewAction::Skip:
      return {Verdict::Skipped, -1};
    case ReviewAction::PickLabel:
      break;
  }
  // Picking the human label keeps it; any other pick is a relabel, even the
  // prediction's label: accepting the prediction is its own action (key A).
  return {pickedLabel == humanLabel ? Verdict::KeptHuman : Verdict::Relabelled, pickedLabel};
}

std::vector<Review> ProjectStore::reviews(qint64 sampleId) const {
  Statement st(db_->handle, path_,
               "SELECT id, sample_id, reviewer, verdict, label, created_at FROM reviews "
               "WHERE ?1 = 0 OR sample_id = ?1 ORDER BY id");
  st.bind(1, sampleId);
  std::vector<Review> out;
  while (st.step()) {
    Review r;
    r.id = st.int64(0);
    r.sampleId = st.int64(1);
    r.reviewer = st.qtext(2);
    parseVerdict(st.qtext(3), &r.verdict);
    r.label = st.isNull(4) ? -1 : static_cast<int>(st.int64(4));
    r.time = storedTime(st.qtext(5));
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace assay::data
