#include "review/ModelEvaluation.h"

#include <cmath>


namespace assay {

namespace {
// -logsigmoid(d), stable for large |d|.
double softplusNeg(double d) { return d > 0 ? std::log1p(std::exp(-d)) : -d + std::log1p(std::exp(d)); }
}  // namespace

ModelEvaluation evaluateModel(const Predictor& predictor, const std::vector<data::Sample>& samples,
                              const data::LabelSchema& schema, int batchSize) {
  ModelEvaluation out;
  const ModelCard& card = predictor.card();
  if (card.kind == ModelKind::PairwiseReward) {
    QStringList texts;
    for (const auto& s : samples) {
      if (s.kind != data::SampleKind::Pair) { ++out.skipped; continue; }
      texts << s.chosen << s.rejected;
    }
    const auto r = predictor.rewards(texts, batchSize);
    std::vector<double> chosen, rejected;
    for (size_t i = 0; i + 1 < r.size(); i += 2) {
      chosen.push_back(r[i]);
      rejected.push_back(r[i + 1]);
    }
    out.used = int64_t(chosen.size());
    out.metrics.reward = RewardMetrics::fromRewards(chosen, rejected);
    double loss = 0;
    for (size_t i = 0; i < chosen.size(); ++i) loss += softplusNeg(chosen[i] - rejected[i]);
    out.metrics.loss = chosen.empty() ? 0 : loss / double(chosen.size());
    return out;
  }

  QStringList texts;
  std::vector<int64_t> truth;
  for (const auto& s : samples) {
    const int id = s.kind == data::SampleKind::Text && s.label >= 0 ? card.labels.indexOf(schema.nameOf(s.label)) : -1;
    if (id < 0) { ++out.skipped; continue; }
    texts << s.text;
    truth.push_back(id);
  }
  out.used = int64_t(texts.size());
  const auto predictions = predictor.predict(texts, batchSize);
  std::vector<int64_t> predicted;
  for (const auto& p : predictions) predicted.push_back(card.labels.indexOf(p.predictedLabel));
  out.metrics.classification = ClassificationMetrics::fromPredictions(card.labels, truth, predicted);

  double loss = 0;
  if (card.kind == ModelKind::CorrectnessReward) {
    std::vector<double> chosen, rejected;  // the record's own verdict is "chosen"
    for (size_t i = 0; i < predictions.size(); ++i) {
      const auto& l = predictions[i].logits;
      chosen.push_back(truth[i] == 0 ? l[0] : l[1]);
      rejected.push_back(truth[i] == 0 ? l[1] : l[0]);
      loss += softplusNeg(chosen.back() - rejected.back());
    }
    out.metrics.reward = RewardMetrics::fromRewards(chosen, rejected);
  } else {
    for (size_t i = 0; i < predictions.size(); ++i) loss -= std::log(std::max(1e-12, predictions[i].probabilities[size_t(truth[i])].second));
  }
  out.metrics.loss = predictions.empty() ? 0 : loss / double(predictions.size());
  return out;
}

}  // namespace assay
