#include "annotate/ModelSuggestions.h"

#include "common/BackgroundTask.h"
#include "data/LabelingQueue.h"
#include "data/ProjectStore.h"
#include "review/PredictionService.h"

namespace assay {

namespace {
constexpr int kBatch = 64;  // texts per predict() call: the progress and cancel granularity
}

ModelSuggestions::ModelSuggestions(QObject* parent) : QObject(parent) {
  task_ = new BackgroundTask(this);
  connect(task_, &BackgroundTask::progress, this, &ModelSuggestions::progress);
  connect(task_, &BackgroundTask::finished, this, &ModelSuggestions::taskFinished);
}

ModelSuggestions::~ModelSuggestions() { delete task_; }  // joins before computed_ goes away

bool ModelSuggestions::isRunning() const { return task_->isRunning(); }
void ModelSuggestions::cancel() { task_->cancel(); }
QString ModelSuggestions::error() const { return task_->error(); }
bool ModelSuggestions::wasCancelled() const { return task_->wasCancelled(); }

void ModelSuggestions::clear() {
  cancel();
  suggestions_.clear();
  modelDir_.clear();
}

const Suggestion* ModelSuggestions::find(qint64 sampleId) const {
  const auto it = suggestions_.find(sampleId);
  return it == suggestions_.end() ? nullptr : &it->second;
}

std::unordered_map<qint64, double> ModelSuggestions::certainties() const {
  std::unordered_map<qint64, double> out;
  out.reserve(suggestions_.size());
  for (const auto& [id, s] : suggestions_) out.emplace(id, s.certainty);
  return out;
}

void ModelSuggestions::start(const QString& projectPath, const QString& modelDir) {
  if (task_->isRunning()) return;
  computed_.clear();
  runningDir_ = modelDir;
  task_->start([this, projectPath, modelDir](BackgroundTask& task) {
    const auto service = PredictionService::load(modelDir);
    const auto store = data::ProjectStore::open(projectPath);
    service->requireLabelsFor(store->labelSchema());
    const std::vector<RecordPrediction> predicted =
        service->predictProject(*store, PredictionScope::UnlabeledTexts, kBatch,
                                [&task](qint64 done, qint64 total) { task.report(done, total); });
    std::unordered_map<qint64, Suggestion> out;
    out.reserve(predicted.size());
    for (const RecordPrediction& p : predicted) {
      Suggestion s;
      s.label = p.label;
      s.confidence = p.confidence;
      s.certainty = data::labelingCertainty(p.confidence, p.pCorrect);
      out.emplace(p.sampleId, s);
    }
    computed_ = std::move(out);
  });
}

void ModelSuggestions::taskFinished() {
  if (task_->error().isEmpty() && !task_->wasCancelled()) {
    suggestions_ = std::move(computed_);
    modelDir_ = runningDir_;
  }
  computed_.clear();
  Q_EMIT finished();
}

}  // namespace assay
