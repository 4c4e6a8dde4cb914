// Includes core's Predictor (and so LibTorch) before any Qt header.
#include "review/Predictor.h"
// Qt after LibTorch.
#include "common/BackgroundTask.h"
#include "data/ProjectStore.h"
#include "review/PredictionRun.h"

namespace assay {

namespace {
constexpr int kBatch = 256;  // texts per predict() call: progress and cancel granularity
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
    auto predictor = Predictor::load(modelDir);
    labels_ = predictor->card().labels;
    correctness_ = predictor->card().kind == ModelKind::CorrectnessReward;
    auto store = data::ProjectStore::open(projectPath);
    const data::LabelSchema& schema = store->labelSchema();
    std::vector<ReviewRow> rows;
    QStringList texts;
    store->forEachSample(data::Split::All, [&](const data::Sample& s) {
      if (s.kind != data::SampleKind::Text) return;
      ReviewRow r;
      r.sampleId = s.id;
      r.text = s.text;
      r.humanLabel = s.label;
      rows.push_back(std::move(r));
      texts << s.text;
    });
    const qint64 total = static_cast<qint64>(rows.size());
    std::vector<data::StoredPrediction> stored;
    stored.reserve(rows.size());
    for (qint64 begin = 0; begin < total; begin += kBatch) {
      task.report(begin, total);  // throws Cancelled once cancel() was called
      const QStringList batch = texts.mid(static_cast<int>(begin), kBatch);
      const std::vector<Prediction> out = predictor->predict(batch, 32);
      for (size_t i = 0; i < out.size(); ++i) {
        ReviewRow& r = rows[static_cast<size_t>(begin) + i];
        const Prediction& p = out[i];
        r.confidence = p.confidence;
        r.pCorrect = p.pCorrect;
        for (const auto& [name, probability] : p.probabilities) r.probabilities.push_back(probability);
        r.predictedLabel = schema.idOf(p.predictedLabel);
        data::StoredPrediction sp;
        sp.sampleId = r.sampleId;
        sp.model = modelDir;
        sp.label = r.predictedLabel;
        sp.labelName = p.predictedLabel;
        sp.confidence = p.confidence;
        sp.probabilities = p.probabilities;
        sp.pCorrect = p.pCorrect;
        stored.push_back(std::move(sp));
      }
    }
    task.report(total, total);
    // One transaction for the whole run, only once it completed: a cancelled
    // run leaves the previous answers in place.
    store->savePredictions(stored);
    rows_ = std::move(rows);
  });
}

}  // namespace assay
