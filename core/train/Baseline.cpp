#include "train/Baseline.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>

namespace assay {

namespace {

int argmax(const std::vector<double>& v) { return int(std::max_element(v.begin(), v.end()) - v.begin()); }

bool twoClassesPresent(const std::vector<int>& labels) {
  return std::any_of(labels.begin(), labels.end(), [&](int l) { return l != labels.front(); });
}

}  // namespace

double pairwiseReward(const NgramClassifier& model, const QString& text) {
  const auto z = model.logits(text);
  return z[1] - z[0];
}

std::optional<BaselineResult> fitBaseline(const BaselineData& data) {
  QElapsedTimer clock;
  clock.start();
  BaselineResult result;
  if (data.kind == ModelKind::PairwiseReward) {
    if (data.train.chosen.isEmpty()) return std::nullopt;
    QStringList texts = data.train.rejected + data.train.chosen;
    std::vector<int> labels(size_t(data.train.rejected.size()), 0);
    labels.resize(size_t(texts.size()), 1);
    auto model = std::make_shared<NgramClassifier>(NgramClassifier::fit(texts, labels, 2));
    if (!data.eval.chosen.isEmpty()) {
      std::vector<double> chosen, rejected;
      for (int i = 0; i < data.eval.chosen.size(); ++i) {
        chosen.push_back(pairwiseReward(*model, data.eval.chosen[i]));
        rejected.push_back(pairwiseReward(*model, data.eval.rejected[i]));
      }
      result.metrics.reward = RewardMetrics::fromRewards(chosen, rejected);
    }
    result.model = std::move(model);
  } else {
    if (data.classes.size() < 2 || data.train.texts.isEmpty() || !twoClassesPresent(data.train.labels))
      return std::nullopt;
    auto model = std::make_shared<NgramClassifier>(
        NgramClassifier::fit(data.train.texts, data.train.labels, int(data.classes.size())));
    if (!data.eval.texts.isEmpty()) {
      std::vector<int64_t> truth, predicted;
      std::vector<double> right, wrong;  // correctness: the record's verdict against the other one
      for (int i = 0; i < data.eval.texts.size(); ++i) {
        const auto z = model->logits(data.eval.texts[i]);
        const int label = data.eval.labels[size_t(i)];
        truth.push_back(label);
        predicted.push_back(argmax(z));
        if (data.kind == ModelKind::CorrectnessReward) {
          right.push_back(z[size_t(label)]);
          wrong.push_back(z[size_t(1 - label)]);
        }
      }
      result.metrics.classification = ClassificationMetrics::fromPredictions(data.classes, truth, predicted);
      if (data.kind == ModelKind::CorrectnessReward) result.metrics.reward = RewardMetrics::fromRewards(right, wrong);
    }
    result.model = std::move(model);
  }
  result.seconds = double(clock.elapsed()) / 1000.0;
  return result;
}

std::vector<double> blendProbabilities(const std::vector<double>& transformer, const std::vector<double>& ngram,
                                       double ngramWeight) {
  constexpr double kFloor = 1e-12;  // a zero probability must not make the mix -inf
  std::vector<double> z(transformer.size());
  for (size_t c = 0; c < z.size(); ++c)
    z[c] = (1 - ngramWeight) * std::log(std::max(transformer[c], kFloor)) +
           ngramWeight * std::log(std::max(ngram[c], kFloor));
  const double top = *std::max_element(z.begin(), z.end());
  double sum = 0;
  for (double& v : z) sum += (v = std::exp(v - top));
  for (double& v : z) v /= sum;
  return z;
}

BlendChoice chooseBlend(const std::vector<std::vector<double>>& transformer,
                        const std::vector<std::vector<double>>& ngram, const std::vector<int64_t>& truth,
                        const QStringList& classes, bool byAccuracy) {
  BlendChoice best;
  best.metric = -1;
  for (int step = 0; step <= 10; ++step) {
    const double w = step / 10.0;
    std::vector<int64_t> predicted;
    for (size_t i = 0; i < truth.size(); ++i)
      predicted.push_back(argmax(blendProbabilities(transformer[i], ngram[i], w)));
    const auto m = ClassificationMetrics::fromPredictions(classes, truth, predicted);
    const double value = byAccuracy ? m.accuracy : m.f1Macro;
    if (step == 0) best.transformerMetric = value;
    if (step == 10) best.ngramMetric = value;
    if (value > best.metric + 1e-12) {
      best.metric = value;
      best.ngramWeight = w;
    }
  }
  return best;
}

QString metricsSummary(const EvalMetrics& m) {
  QStringList parts;
  if (m.reward) parts << QStringLiteral("eval_pairwise_accuracy %1").arg(m.reward->pairwiseAccuracy, 0, 'f', 4);
  if (m.classification && !m.reward)
    parts << QStringLiteral("eval_f1_macro %1").arg(m.classification->f1Macro, 0, 'f', 4);
  if (m.classification) parts << QStringLiteral("eval_accuracy %1").arg(m.classification->accuracy, 0, 'f', 4);
  return parts.join(QStringLiteral(", "));
}

}  // namespace assay
