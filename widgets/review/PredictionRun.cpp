#include "review/PredictionRun.h"

#include "common/BackgroundTask.h"
#include "data/ProjectStore.h"
#include "review/PredictionService.h"

namespace assay {

namespace {
constexpr int kBatch = 256;  // texts per predict() call: progress and cancel granularity
}

ReviewRow reviewRowOf(const RecordPrediction& p) {
  ReviewRow r;
  r.sampleId = p.sampleId;
  r.text = p.text;
  r.humanLabel = p.humanLabel;
  r.predictedLabel = p.label;
  r.confidence = p.confidence;
  r.probabilities.reserve(p.probabilities.size());
  for (const auto& [name, probability] : p.probabilities) r.probabilities.push_back(probability);
  r.pCorrect = p.pCorrect;
  return r;
}

PredictionRun::PredictionRun(QObject* parent) : QObject(parent) {
  task_ = new BackgroundTask(this);
  connect(task_, &BackgroundTask::progress, this, &PredictionRun::progress);
  connect(task_, &BackgroundTask::finished, this, &PredictionRun::finished);
}

PredictionRun::~PredictionRun() { delete task_; }  // joins before rows_ go away

bool PredictionRun::isRunning() const { return task_->isRunning(); }
void PredictionRun::cancel() { task_->cancel(); }
QString PredictionRun::error() const { return task_->error(); }
bool PredictionRun::wasCancelled() const { return task_->wasCancelled(); }

void PredictionRun::start(const QString& projectPath, const QString& modelDir) {
  if (task_->isRunning()) return;
  rows_.clear();
  labels_.clear();
  correctness_ = false;
  task_->start([this, projectPath, modelDir](BackgroundTask& task) {
    const auto service = PredictionService::load(modelDir);
    labels_ = service->card().labels;
    correctness_ = service->isCorrectnessModel();
    const auto store = data::ProjectStore::open(projectPath);
    const std::vector<RecordPrediction> predicted = service->predictProject(
        *store, PredictionScope::AllTexts, kBatch, [&task](qint64 done, qint64 total) { task.report(done, total); });
    // One transaction for the whole run, only once it completed: a cancelled
    // run leaves the previous answers in place.
    store->savePredictions(service->toStored(predicted));
    std::vector<ReviewRow> rows;
    rows.reserve(predicted.size());
    for (const RecordPrediction& p : predicted) rows.push_back(reviewRowOf(p));
    rows_ = std::move(rows);
  });
}

}  // namespace assay
