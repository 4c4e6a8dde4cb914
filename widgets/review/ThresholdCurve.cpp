#include "review/ThresholdCurve.h"

#include <algorithm>

namespace assay {

ThresholdCurve::ThresholdCurve(std::vector<double> pCorrect, std::vector<bool> isCorrect) {
  const size_t n = std::min(pCorrect.size(), isCorrect.size());
  scores_.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    scores_.emplace_back(pCorrect[i], isCorrect[i]);
    if (isCorrect[i]) ++positives_;
  }
  std::sort(scores_.begin(), scores_.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
}

namespace {
ThresholdPoint point(double threshold, qint64 above, qint64 truePositives, qint64 total, qint64 positives) {
  ThresholdPoint p;
  p.threshold = threshold;
  p.above = above;
  p.below = total - above;
  p.truePositives = truePositives;
  p.precision = above > 0 ? static_cast<double>(truePositives) / above : 1.0;
  p.recall = positives > 0 ? static_cast<double>(truePositives) / positives : 0.0;
  return p;
}
}  // namespace

ThresholdPoint ThresholdCurve::at(double threshold) const {
  qint64 above = 0, tp = 0;
  for (const auto& [score, correct] : scores_) {
    if (score < threshold) break;  // sorted descending
    ++above;
    if (correct) ++tp;
  }
  return point(threshold, above, tp, size(), positives_);
}

std::vector<ThresholdPoint> ThresholdCurve::curve() const {
  std::vector<ThresholdPoint> out;
  qint64 above = 0, tp = 0;
  for (size_t i = 0; i < scores_.size(); ++i) {
    ++above;
    if (scores_[i].second) ++tp;
    // Ties share one point: emit after the last record of equal score.
    if (i + 1 == scores_.size() || scores_[i + 1].first != scores_[i].first)
      out.push_back(point(scores_[i].first, above, tp, size(), positives_));
  }
  return out;
}

}  // namespace assay
