#include "data/ReviewOrder.h"

#include <algorithm>
#include <numeric>
#include <tuple>

#include "data/LabelSchema.h"

namespace assay::data {

ReviewCandidate reviewCandidate(int humanLabel, int predictedLabel, double confidence,
                                const std::vector<double>& probabilities, const QStringList& modelLabels,
                                const LabelSchema& schema) {
  ReviewCandidate c{humanLabel, predictedLabel, confidence, std::nullopt};
  if (humanLabel >= 0 && humanLabel < schema.size()) {
    const int at = modelLabels.indexOf(schema.nameOf(humanLabel));
    if (at >= 0 && at < static_cast<int>(probabilities.size())) c.pHuman = probabilities[static_cast<size_t>(at)];
  }
  return c;
}

namespace {
bool disagrees(const ReviewCandidate& c) {
  return c.humanLabel >= 0 && c.predictedLabel >= 0 && c.humanLabel != c.predictedLabel;
}
}  // namespace

ReviewTier reviewTier(const ReviewCandidate& c, double lowConfidence) {
  if (c.confidence < lowConfidence) return ReviewTier::LowConfidence;
  return disagrees(c) ? ReviewTier::ConfidentDisagreement : ReviewTier::Rest;
}

double disagreementMargin(const ReviewCandidate& c) { return c.pHuman ? c.confidence - *c.pHuman : c.confidence; }

std::vector<int> mostLikelyWrongFirst(const std::vector<ReviewCandidate>& candidates, double lowConfidence) {
  // One sort key per record, smaller first: (tier, then the tier's measure).
  std::vector<std::tuple<int, double, int>> keys;
  keys.reserve(candidates.size());
  for (const ReviewCandidate& c : candidates) {
    const ReviewTier tier = reviewTier(c, lowConfidence);
    if (tier == ReviewTier::ConfidentDisagreement) keys.emplace_back(0, -disagreementMargin(c), 0);
    else if (tier == ReviewTier::LowConfidence) keys.emplace_back(1, c.confidence, disagrees(c) ? 0 : 1);
    else keys.emplace_back(2, c.confidence, 0);
  }
  std::vector<int> order(candidates.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&keys](int a, int b) { return keys[static_cast<size_t>(a)] < keys[static_cast<size_t>(b)]; });
  return order;
}

}  // namespace assay::data
