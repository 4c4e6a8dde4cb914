#pragma once
// The n-gram baseline of a training run (NgramClassifier), fitted on the
// run's own train split and scored on its validation split with the metric
// the run selects its model by, so the log can say "baseline 0.95 / model
// 0.97". Three shapes of data: labelled texts (classify), texts with a
// correct / incorrect verdict (a correctness reward model: the baseline
// classifies the text), and chosen / rejected pairs (the baseline scores
// each response; reward = logit(chosen class) - logit(rejected class)).
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

#include "train/Metrics.h"
#include "train/NgramClassifier.h"
#include "train/ModelCard.h"

namespace assay {

struct BaselineSplit {
  QStringList texts;             // labelled texts
  std::vector<int> labels;       // class ids into BaselineData::classes
  QStringList chosen, rejected;  // pairs
};

struct BaselineData {
  ModelKind kind = ModelKind::Classifier;
  QStringList classes;  // Classifier: the labels; CorrectnessReward: {正确, 错误}
  BaselineSplit train, eval;
};

struct BaselineResult {
  std::shared_ptr<const NgramClassifier> model;
  EvalMetrics metrics;  // on data.eval; empty when there is none
  double seconds = 0;   // fitting and scoring
};

// Null when the data cannot train it (fewer than two classes, no pairs).
std::optional<BaselineResult> fitBaseline(const BaselineData& data);

// "eval_f1_macro 0.8812, eval_accuracy 0.9000" or "eval_pairwise_accuracy 0.9512".
QString metricsSummary(const EvalMetrics& metrics);

// The reward an n-gram model gives one response of a pairwise model.
double pairwiseReward(const NgramClassifier& model, const QString& text);

// One answer from two models' class probabilities: log-probabilities mixed
// as (1 - ngramWeight)·transformer + ngramWeight·ngram, normalised again.
std::vector<double> blendProbabilities(const std::vector<double>& transformer, const std::vector<double>& ngram,
                                       double ngramWeight);

struct BlendChoice {
  double ngramWeight = 0;                         // 0, 0.1, …, 1
  double metric = 0;                              // of the blend at that weight
  double transformerMetric = 0, ngramMetric = 0;  // weights 0 and 1
};

// The weight whose blend scores best on a validation split (macro F1, or
// accuracy when `byAccuracy`: a correctness model's pairwise accuracy).
// Ties keep the smaller weight: the n-gram model has to earn its share.
BlendChoice chooseBlend(const std::vector<std::vector<double>>& transformer,
                        const std::vector<std::vector<double>>& ngram, const std::vector<int64_t>& truth,
                        const QStringList& classes, bool byAccuracy);

}  // namespace assay
