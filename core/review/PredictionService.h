#pragma once
// One way to run a trained model over a project's records, shared by the
// annotate pane's suggestions, the review pane's prediction run and any
// server or command: load the model directory once, then predict the chosen
// records in batches, reporting progress after each batch. The caller picks
// the thread (the panes run it in a BackgroundTask); cancelling is the
// progress callback throwing, which unwinds before anything is saved.
// LibTorch-free header: widgets include it; only PredictionService.cpp sees
// the Predictor.
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "data/ReviewRecords.h"
#include "train/ModelCard.h"

namespace assay {

class Predictor;
namespace data {
class LabelSchema;
class ProjectStore;
}  // namespace data

// One project record with the model's answer beside its human label.
struct RecordPrediction {
  qint64 sampleId = 0;
  QString text;
  int humanLabel = -1;  // project label id, -1 unlabeled
  int label = -1;       // project label id of the prediction; -1 when the project has no such label
  QString labelName;    // the model's own name for its answer (empty for pairwise reward models)
  double confidence = 0;
  std::vector<std::pair<QString, double>> probabilities;  // model label order
  std::optional<double> pCorrect;                         // correctness reward models
};

// Which text samples of a project to predict (pairs and completions never).
enum class PredictionScope { AllTexts, UnlabeledTexts };

class PredictionService {
 public:
  // (done, total) after each batch, on the calling thread. It may throw to
  // stop the run (BackgroundTask::report does once cancelled).
  using Progress = std::function<void(qint64 done, qint64 total)>;

  // Loads the model directory (Predictor::load). Throws std::runtime_error
  // naming the file on failure.
  static std::unique_ptr<PredictionService> load(const QString& modelDir);
  ~PredictionService();

  const QString& modelDir() const { return modelDir_; }
  const ModelCard& card() const;
  bool isCorrectnessModel() const { return card().kind == ModelKind::CorrectnessReward; }

  // Throws when the model cannot suggest labels for a project of `schema`:
  // a pairwise reward model has no labels, and a model none of whose labels
  // the project knows would suggest nothing.
  void requireLabelsFor(const data::LabelSchema& schema) const;

  // Predicts the `scope` samples of `store`, in sample id order, `batch`
  // texts per predict() call (the progress and cancel granularity).
  std::vector<RecordPrediction> predictProject(const data::ProjectStore& store, PredictionScope scope, int batch,
                                               const Progress& progress = {}) const;
  // Fills the prediction fields of `records` (sampleId, text and humanLabel
  // set by the caller); labels map to ids through `schema`.
  void predictRecords(std::vector<RecordPrediction>& records, const data::LabelSchema& schema, int batch,
                      const Progress& progress = {}) const;

  // The predictions as the project stores them, under this model's directory.
  std::vector<data::StoredPrediction> toStored(const std::vector<RecordPrediction>& records) const;

 private:
  PredictionService() = default;
  QString modelDir_;
  std::unique_ptr<Predictor> predictor_;
};

}  // namespace assay
