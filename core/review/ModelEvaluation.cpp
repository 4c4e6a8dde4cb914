#include "review/ModelEvaluation.h"

#include <algorithm>
#include <cmath>

namespace assay {

ModelEvaluation evaluateModel(const Predictor& predictor, const std::vector<data::Sample>& samples,
                              const data::LabelSchema& schema, int batchSize) {
  ModelEvaluation out;
  const ModelCard& card = predictor.card();
  if (card.kind == ModelKind::PairwiseReward) {
    QStringList texts;
    for (const auto& s : samples) {
      if (s.kind != data::SampleKind::Pair) {
        ++out.skipped;
        continue;
      }
      texts << s.chosen << s.rejected;
    }
    const auto r = predictor.rewards(texts, batchSize);
    std::vector<double> chosen, rejected;
    for (size_t i = 0; i + 1 < r.size(); i += 2) {
      chosen.push_back(r[i]);
      rejected.push_back(r[i + 1]);
    }
    out.used = int64_t(chosen.size());
    out.metrics = scoreRewardPairs(chosen, rejected);
    return out;
  }

  QStringList texts;
  std::vector<int64_t> truth;
  for (const auto& s : samples) {
    const int id = s.kind == data::SampleKind::Text && s.label >= 0 ? card.labels.indexOf(schema.nameOf(s.label)) : -1;
    if (id < 0) {
      ++out.skipped;
      continue;
    }
    texts << s.text;
    truth.push_back(id);
  }
  out.used = int64_t(texts.size());
  const auto predictions = predictor.predict(texts, batchSize);
  // Scored on the probabilities the model answers with (blended with its
  // n-gram baseline when the card says so): their logarithms are logits of
  // the same softmax.
  std::vector<std::vector<double>> logProbabilities;
  for (const auto& p : predictions) {
    std::vector<double> row;
    for (const auto& [label, probability] : p.probabilities) row.push_back(std::log(std::max(1e-12, probability)));
    logProbabilities.push_back(std::move(row));
  }
  out.metrics = scoreClassifier(card.labels, truth, logProbabilities);
  if (card.kind == ModelKind::CorrectnessReward) {
    std::vector<double> chosen, rejected;  // the record's own verdict is "chosen"
    for (size_t i = 0; i < predictions.size(); ++i) {
      const auto& l = predictions[i].logits;
      chosen.push_back(truth[i] == 0 ? l[0] : l[1]);
      rejected.push_back(truth[i] == 0 ? l[1] : l[0]);
    }
    out.metrics.reward = RewardMetrics::fromRewards(chosen, rejected);
  }
  return out;
}

}  // namespace assay
