#pragma once
// What the review workflow keeps in a project (schema v3): a model's stored
// prediction for a sample, and a reviewer's verdict on it.
#include <QDateTime>
#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace assay::data {

// A model's answer for one sample, as the review pane's prediction run wrote
// it. The latest run of a model replaces its earlier answer for the sample.
struct StoredPrediction {
  qint64 sampleId = 0;
  QString model;      // model directory as the user chose it
  int label = -1;     // project label id; -1 when the model's label is not in the project
  QString labelName;  // the model's own name for its answer
  double confidence = 0;
  std::vector<std::pair<QString, double>> probabilities;  // label name → probability, model order
  std::optional<double> pCorrect;                         // correctness reward models
  QDateTime time;                                         // UTC; set by the store
};

// A stored prediction beside its sample's text and current label.
struct PredictedSample {
  StoredPrediction prediction;
  QString text;
  int humanLabel = -1;  // the sample's current label; -1 unlabeled
};

// How a reviewer settled a record.
enum class Verdict {
  Accepted,    // took the model's prediction
  KeptHuman,   // kept the human label
  Relabelled,  // chose another label
  Skipped,     // looked, decided nothing (the record still counts as unreviewed)
};

// What a reviewer did with a record (a key or a click), and the verdict and
// label it settles on. One rule for every way of giving a verdict, so the
// keyboard and any other path store the same thing.
enum class ReviewAction {
  Accept,     // take the model's prediction
  KeepHuman,  // keep the human label
  PickLabel,  // choose a label
  Skip,       // decide nothing
};
struct ReviewChoice {
  Verdict verdict = Verdict::Skipped;
  int label = -1;  // -1: nothing to store (no prediction to accept, no human label to keep, or a skip)
};
ReviewChoice reviewChoice(ReviewAction action, int pickedLabel, int predictedLabel, int humanLabel);

QString verdictName(Verdict v);  // "accepted" | "kept-human" | "relabelled" | "skipped"
bool parseVerdict(const QString& text, Verdict* verdict);

// What ProjectStore::retractVerdict() needs to take one verdict back (the
// review pane's Ctrl+Z), and what redoing it gives again.
struct VerdictUndo {
  qint64 sampleId = 0;
  qint64 reviewId = 0;      // the reviews row the verdict wrote
  qint64 annotationId = 0;  // the annotation it wrote; 0 for a skip (no label)
  int previousLabel = -1;   // the sample's label before the verdict (-1: unlabeled)
  Verdict verdict = Verdict::Skipped;
  int label = -1;  // the label the verdict settled on (for a redo)
};

// One row of the append-only reviews table.
struct Review {
  qint64 id = 0;
  qint64 sampleId = 0;
  QString reviewer;
  Verdict verdict = Verdict::Skipped;
  int label = -1;  // the label the verdict settled on; -1 for skipped
  QDateTime time;  // UTC
};

}  // namespace assay::data
