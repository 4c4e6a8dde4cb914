// Includes core's Predictor (and so LibTorch) before any Qt header.
#include "review/Predictor.h"
// Qt after LibTorch.
#include <cmath>
#include <stdexcept>

#include "annotate/ModelSuggestions.h"
#include "common/BackgroundTask.h"
#include "data/ProjectStore.h"

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
    auto predictor = Predictor::load(modelDir);
    if (predictor->card().kind == ModelKind::PairwiseReward)
      throw std::runtime_error(
          "this is a pairwise reward model: it scores chosen/rejected pairs and has no label to suggest");
    auto store = data::ProjectStore::open(projectPath);
    const data::LabelSchema& schema = store->labelSchema();
    int known = 0;
    for (const QString& name : predictor->card().labels) known += schema.idOf(name) >= 0 ? 1 : 0;
    if (known == 0)
      throw std::runtime_error("the model's labels (" + predictor->card().labels.join(QStringLiteral(", ")).toStdString() +
                               ") are none of this project's");
    std::vector<qint64> ids;
    QStringList texts;
    store->forEachSample(data::Split::All, [&](const data::Sample& s) {
      if (s.kind != data::SampleKind::Text || s.label >= 0) return;
      ids.push_back(s.id);
      texts << s.text;
    });
    const qint64 total = static_cast<qint64>(ids.size());
    std::unordered_map<qint64, Suggestion> out;
    out.reserve(ids.size());
    for (qint64 begin = 0; begin < total; begin += kBatch) {
      task.report(begin, total);  // throws Cancelled once cancel() was called
      const std::vector<Prediction> predictions = predictor->predict(texts.mid(int(begin), kBatch), 32);
      for (size_t i = 0; i < predictions.size(); ++i) {
        const Prediction& p = predictions[i];
        Suggestion s;
        s.label = schema.idOf(p.predictedLabel);
        s.confidence = p.confidence;
        s.certainty = p.pCorrect ? std::abs(*p.pCorrect - 0.5) : p.confidence;
        out.emplace(ids[size_t(begin) + i], s);
      }
    }
    task.report(total, total);
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
