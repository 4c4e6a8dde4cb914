#include "review/PredictionService.h"

#include <stdexcept>

#include "data/ProjectStore.h"
#include "review/Predictor.h"

namespace assay {

namespace {
constexpr int kForwardBatch = 32;  // rows per forward pass inside one predict() call
}

std::unique_ptr<PredictionService> PredictionService::load(const QString& modelDir) {
  std::unique_ptr<PredictionService> service(new PredictionService);
  service->predictor_ = Predictor::load(modelDir);
  service->modelDir_ = modelDir;
  return service;
}

PredictionService::~PredictionService() = default;

const ModelCard& PredictionService::card() const { return predictor_->card(); }

void PredictionService::requireLabelsFor(const data::LabelSchema& schema) const {
  if (card().kind == ModelKind::PairwiseReward)
    throw std::runtime_error(
        "this is a pairwise reward model: it scores chosen/rejected pairs and has no label to suggest");
  int known = 0;
  for (const QString& name : card().labels) known += schema.idOf(name) >= 0 ? 1 : 0;
  if (known == 0)
    throw std::runtime_error("the model's labels (" + card().labels.join(QStringLiteral(", ")).toStdString() +
                             ") are none of this project's");
}

std::vector<RecordPrediction> PredictionService::predictProject(const data::ProjectStore& store, PredictionScope scope,
                                                                int batch, const Progress& progress) const {
  std::vector<RecordPrediction> records;
  store.forEachSample(data::Split::All, [&](const data::Sample& s) {
    if (s.kind != data::SampleKind::Text) return;
    if (scope == PredictionScope::UnlabeledTexts && s.label >= 0) return;
    RecordPrediction r;
    r.sampleId = s.id;
    r.text = s.text;
    r.humanLabel = s.label;
    records.push_back(std::move(r));
  });
  predictRecords(records, store.labelSchema(), batch, progress);
  return records;
}

void PredictionService::predictRecords(std::vector<RecordPrediction>& records, const data::LabelSchema& schema,
                                       int batch, const Progress& progress) const {
  const qint64 total = static_cast<qint64>(records.size());
  batch = std::max(batch, 1);
  for (qint64 begin = 0; begin < total; begin += batch) {
    if (progress) progress(begin, total);  // before the batch, so a cancel stops the run at once
    const qint64 end = std::min(total, begin + batch);
    QStringList texts;
    texts.reserve(int(end - begin));
    for (qint64 i = begin; i < end; ++i) texts << records[size_t(i)].text;
    const std::vector<Prediction> out = predictor_->predict(texts, kForwardBatch);
    for (size_t i = 0; i < out.size(); ++i) {
      RecordPrediction& r = records[size_t(begin) + i];
      const Prediction& p = out[i];
      r.label = schema.idOf(p.predictedLabel);
      r.labelName = p.predictedLabel;
      r.confidence = p.confidence;
      r.probabilities = p.probabilities;
      r.pCorrect = p.pCorrect;
    }
  }
  if (progress) progress(total, total);
}

std::vector<data::StoredPrediction> PredictionService::toStored(const std::vector<RecordPrediction>& records) const {
  std::vector<data::StoredPrediction> stored;
  stored.reserve(records.size());
  for (const RecordPrediction& r : records) {
    data::StoredPrediction sp;
    sp.sampleId = r.sampleId;
    sp.model = modelDir_;
    sp.label = r.label;
    sp.labelName = r.labelName;
    sp.confidence = r.confidence;
    sp.probabilities = r.probabilities;
    sp.pCorrect = r.pCorrect;
    stored.push_back(std::move(sp));
  }
  return stored;
}

}  // namespace assay
