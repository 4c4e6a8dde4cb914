#pragma once
// Evaluation metrics as the original rm_train.py prints them (accuracy, F1 macro/weighted,
// per-class F1 by label name) plus precision/recall and the confusion
// matrix; and TRL-style pairwise metrics for reward models. Plain C++ so the
// GUI can show them without LibTorch.
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace assay {

struct ClassificationMetrics {
  QStringList labels;
  std::vector<std::vector<int64_t>> confusion;  // [true][predicted]
  double accuracy = 0;
  double f1Macro = 0, f1Weighted = 0;
  double precisionMacro = 0, recallMacro = 0;
  std::vector<double> precision, recall, f1;  // per class, label order
  std::vector<int64_t> support;               // true count per class

  // sklearn semantics: macro averages run over the classes that occur in the
  // true or predicted labels; a 0/0 precision, recall or F1 counts as 0.
  static ClassificationMetrics fromConfusion(const QStringList& labels,
                                             const std::vector<std::vector<int64_t>>& confusion);
  static ClassificationMetrics fromPredictions(const QStringList& labels, const std::vector<int64_t>& truth,
                                               const std::vector<int64_t>& predicted);
};

// Chosen and rejected rewards counted over one set of equal-width bins
// spanning the min..max of both, so the two distributions share an x axis
// (the train pane draws them side by side). Bin i covers
// [lower + i·width, lower + (i+1)·width); the top edge falls in the last bin.
struct RewardBins {
  static constexpr int kDefaultBins = 30;
  double lower = 0, upper = 0;
  std::vector<int64_t> chosen, rejected;  // one count per bin

  int bins() const { return int(chosen.size()); }
  double width() const { return chosen.empty() ? 0 : (upper - lower) / double(chosen.size()); }
  // Non-finite rewards are left out; when every reward is equal the bins
  // span value ± 0.5, so the one bar still has a width.
  static RewardBins count(const std::vector<double>& chosen, const std::vector<double>& rejected,
                          int bins = kDefaultBins);
};

struct RewardMetrics {
  int64_t pairs = 0;
  double pairwiseAccuracy = 0;  // r_chosen > r_rejected; ties count as wrong
  double meanMargin = 0;        // mean(r_chosen - r_rejected)
  double chosenMean = 0, chosenStd = 0, rejectedMean = 0, rejectedStd = 0;  // std: unbiased, as torch.std
  RewardBins histogram;                                                     // RewardBins::kDefaultBins bins

  static RewardMetrics fromRewards(const std::vector<double>& chosen, const std::vector<double>& rejected);
};

struct EvalMetrics {
  double loss = 0;
  std::optional<ClassificationMetrics> classification;
  std::optional<RewardMetrics> reward;

  // The value "best model" is chosen by: macro F1 (classify), pairwise accuracy (reward).
  double selectionMetric() const;
  QString selectionMetricName() const;
  // Keys as the Hugging Face Trainer logs them: eval_loss, eval_accuracy,
  // eval_f1_macro, eval_per_class_f1 {label: f1}, eval_confusion_matrix, ...
  nlohmann::json toJson() const;
};

// The one scoring of a model's outputs: the Trainer's evaluation and
// `assay-cli eval` of a saved model both go through these, so the same
// outputs give the same numbers. The loss is the plain objective: training
// regularisers (label smoothing, class weights, reward centring) are left out.
//
// Classifier (and a correctness reward model, whose scores are its two
// rewards r(x 正确), r(x 错误)): scores[i] are record i's logits, or log
// probabilities (the same softmax); loss = mean cross-entropy at truth[i],
// prediction = the first largest score.
EvalMetrics scoreClassifier(const QStringList& labels, const std::vector<int64_t>& truth,
                            const std::vector<std::vector<double>>& scores);
// Pairwise reward model: loss = mean -log sigmoid(chosen - rejected).
EvalMetrics scoreRewardPairs(const std::vector<double>& chosen, const std::vector<double>& rejected);

}  // namespace assay
