#include "train/Metrics.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace assay {

namespace {
double ratio(double num, double den) { return den > 0 ? num / den : 0.0; }
}  // namespace

ClassificationMetrics ClassificationMetrics::fromConfusion(const QStringList& labels,
                                                           const std::vector<std::vector<int64_t>>& confusion) {
  const size_t n = static_cast<size_t>(labels.size());
  if (confusion.size() != n) throw std::invalid_argument("confusion matrix size differs from the label count");
  ClassificationMetrics m;
  m.labels = labels;
  m.confusion = confusion;
  m.precision.assign(n, 0);
  m.recall.assign(n, 0);
  m.f1.assign(n, 0);
  m.support.assign(n, 0);
  std::vector<int64_t> predictedCount(n, 0);
  int64_t total = 0, correct = 0;
  for (size_t t = 0; t < n; ++t) {
    if (confusion[t].size() != n) throw std::invalid_argument("confusion matrix is not square");
    for (size_t p = 0; p < n; ++p) {
      m.support[t] += confusion[t][p];
      predictedCount[p] += confusion[t][p];
      total += confusion[t][p];
      if (t == p) correct += confusion[t][p];
    }
  }
  m.accuracy = ratio(double(correct), double(total));
  int present = 0;
  for (size_t c = 0; c < n; ++c) {
    const double tp = double(confusion[c][c]);
    m.precision[c] = ratio(tp, double(predictedCount[c]));
    m.recall[c] = ratio(tp, double(m.support[c]));
    m.f1[c] = ratio(2 * tp, double(predictedCount[c] + m.support[c]));
    if (m.support[c] == 0 && predictedCount[c] == 0) continue;  // sklearn drops absent labels
    ++present;
    m.f1Macro += m.f1[c];
    m.precisionMacro += m.precision[c];
    m.recallMacro += m.recall[c];
    m.f1Weighted += m.f1[c] * double(m.support[c]);
  }
  m.f1Macro = ratio(m.f1Macro, present);
  m.precisionMacro = ratio(m.precisionMacro, present);
  m.recallMacro = ratio(m.recallMacro, present);
  m.f1Weighted = ratio(m.f1Weighted, double(total));
  return m;
}

ClassificationMetrics ClassificationMetrics::fromPredictions(const QStringList& labels,
                                                             const std::vector<int64_t>& truth,
                                                             const std::vector<int64_t>& predicted) {
  if (truth.size() != predicted.size()) throw std::invalid_argument("truth and predictions differ in length");
  const size_t n = static_cast<size_t>(labels.size());
  std::vector<std::vector<int64_t>> confusion(n, std::vector<int64_t>(n, 0));
  for (size_t i = 0; i < truth.size(); ++i) {
    if (truth[i] < 0 || size_t(truth[i]) >= n || predicted[i] < 0 || size_t(predicted[i]) >= n)
      throw std::invalid_argument("label id out of range at record " + std::to_string(i + 1));
    ++confusion[size_t(truth[i])][size_t(predicted[i])];
  }
  return fromConfusion(labels, confusion);
}

namespace {
void meanStd(const std::vector<double>& v, double& mean, double& stddev) {
  mean = 0;
  stddev = 0;
  if (v.empty()) return;
  for (double x : v) mean += x;
  mean /= double(v.size());
  if (v.size() < 2) return;
  double ss = 0;
  for (double x : v) ss += (x - mean) * (x - mean);
  stddev = std::sqrt(ss / double(v.size() - 1));
}
}  // namespace

RewardBins RewardBins::count(const std::vector<double>& chosen, const std::vector<double>& rejected, int bins) {
  if (bins < 1) throw std::invalid_argument("a histogram needs at least one bin");
  RewardBins h;
  h.chosen.assign(size_t(bins), 0);
  h.rejected.assign(size_t(bins), 0);
  bool any = false;
  for (const auto* values : {&chosen, &rejected})
    for (double v : *values) {
      if (!std::isfinite(v)) continue;
      h.lower = any ? std::min(h.lower, v) : v;
      h.upper = any ? std::max(h.upper, v) : v;
      any = true;
    }
  if (h.upper <= h.lower) {
    h.lower -= 0.5;
    h.upper += 0.5;
  }
  const double width = h.width();
  auto fill = [&](const std::vector<double>& values, std::vector<int64_t>& counts) {
    for (double v : values) {
      if (!std::isfinite(v)) continue;
      const auto bin = int64_t(std::floor((v - h.lower) / width));
      ++counts[size_t(std::clamp<int64_t>(bin, 0, bins - 1))];
    }
  };
  fill(chosen, h.chosen);
  fill(rejected, h.rejected);
  return h;
}

RewardMetrics RewardMetrics::fromRewards(const std::vector<double>& chosen, const std::vector<double>& rejected) {
  if (chosen.size() != rejected.size()) throw std::invalid_argument("chosen and rejected rewards differ in count");
  RewardMetrics m;
  m.pairs = int64_t(chosen.size());
  int64_t wins = 0;
  double marginSum = 0;
  for (size_t i = 0; i < chosen.size(); ++i) {
    if (chosen[i] > rejected[i]) ++wins;
    marginSum += chosen[i] - rejected[i];
  }
  m.pairwiseAccuracy = ratio(double(wins), double(m.pairs));
  m.meanMargin = ratio(marginSum, double(m.pairs));
  meanStd(chosen, m.chosenMean, m.chosenStd);
  meanStd(rejected, m.rejectedMean, m.rejectedStd);
  m.histogram = RewardBins::count(chosen, rejected);
  return m;
}

double EvalMetrics::selectionMetric() const {
  if (reward) return reward->pairwiseAccuracy;
  if (classification) return classification->f1Macro;
  return -loss;
}

QString EvalMetrics::selectionMetricName() const {
  if (reward) return QStringLiteral("eval_pairwise_accuracy");
  if (classification) return QStringLiteral("eval_f1_macro");
  return QStringLiteral("-eval_loss");
}

nlohmann::json EvalMetrics::toJson() const {
  nlohmann::json j;
  j["eval_loss"] = loss;
  if (classification) {
    const auto& c = *classification;
    j["eval_accuracy"] = c.accuracy;
    j["eval_f1_macro"] = c.f1Macro;
    j["eval_f1_weighted"] = c.f1Weighted;
    j["eval_precision_macro"] = c.precisionMacro;
    j["eval_recall_macro"] = c.recallMacro;
    nlohmann::json perF1 = nlohmann::json::object(), perP = nlohmann::json::object(), perR = nlohmann::json::object();
    for (int i = 0; i < c.labels.size(); ++i) {
      const std::string name = c.labels[i].toStdString();
      perF1[name] = c.f1[size_t(i)];
      perP[name] = c.precision[size_t(i)];
      perR[name] = c.recall[size_t(i)];
    }
    j["eval_per_class_f1"] = perF1;
    j["eval_per_class_precision"] = perP;
    j["eval_per_class_recall"] = perR;
    j["eval_confusion_matrix"] = c.confusion;
    nlohmann::json names = nlohmann::json::array();
    for (const auto& l : c.labels) names.push_back(l.toStdString());
    j["eval_labels"] = names;
  }
  if (reward) {
    const auto& r = *reward;
    j["eval_pairwise_accuracy"] = r.pairwiseAccuracy;
    j["eval_mean_margin"] = r.meanMargin;
    j["eval_rewards_chosen_mean"] = r.chosenMean;
    j["eval_rewards_chosen_std"] = r.chosenStd;
    j["eval_rewards_rejected_mean"] = r.rejectedMean;
    j["eval_rewards_rejected_std"] = r.rejectedStd;
    j["eval_pairs"] = r.pairs;
    // Counts only (two arrays of small integers and the two outer edges,
    // about 200 bytes a line): enough to redraw the histograms of any past
    // evaluation from metrics.jsonl, without writing every reward.
    j["eval_rewards_histogram"] = {{"lower", r.histogram.lower},
                                   {"upper", r.histogram.upper},
                                   {"chosen", r.histogram.chosen},
                                   {"rejected", r.histogram.rejected}};
  }
  return j;
}

namespace {

// -log sigmoid(d), stable for large |d|.
double softplusOfNegative(double d) { return d > 0 ? std::log1p(std::exp(-d)) : -d + std::log1p(std::exp(d)); }

}  // namespace

EvalMetrics scoreClassifier(const QStringList& labels, const std::vector<int64_t>& truth,
                            const std::vector<std::vector<double>>& scores) {
  if (truth.size() != scores.size()) throw std::invalid_argument("scoreClassifier: one score row per record");
  EvalMetrics m;
  std::vector<int64_t> predicted;
  double loss = 0;
  for (size_t i = 0; i < scores.size(); ++i) {
    const auto& row = scores[i];
    if (row.empty() || truth[i] < 0 || size_t(truth[i]) >= row.size())
      throw std::invalid_argument("scoreClassifier: a label outside the scores");
    const double top = *std::max_element(row.begin(), row.end());
    double sum = 0;
    for (double z : row) sum += std::exp(z - top);
    loss += top + std::log(sum) - row[size_t(truth[i])];
    predicted.push_back(int64_t(std::max_element(row.begin(), row.end()) - row.begin()));
  }
  m.loss = scores.empty() ? 0 : loss / double(scores.size());
  m.classification = ClassificationMetrics::fromPredictions(labels, truth, predicted);
  return m;
}

EvalMetrics scoreRewardPairs(const std::vector<double>& chosen, const std::vector<double>& rejected) {
  if (chosen.size() != rejected.size()) throw std::invalid_argument("scoreRewardPairs: one rejected per chosen");
  EvalMetrics m;
  double loss = 0;
  for (size_t i = 0; i < chosen.size(); ++i) loss += softplusOfNegative(chosen[i] - rejected[i]);
  m.loss = chosen.empty() ? 0 : loss / double(chosen.size());
  m.reward = RewardMetrics::fromRewards(chosen, rejected);
  return m;
}

}  // namespace assay
