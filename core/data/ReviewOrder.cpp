#include "data/ReviewOrder.h"

#include <algorithm>
#include <numeric>
#include <utility>

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
  if (disagrees(c)) return ReviewTier::Disagreement;
  return c.confidence < lowConfidence ? ReviewTier::LowConfidence : ReviewTier::Rest;
}

double disagreementMargin(const ReviewCandidate& c) { return c.pHuman ? c.confidence - *c.pHuman : c.confidence; }

std::vector<int> mostLikelyWrongFirst(const std::vector<ReviewCandidate>& candidates) {
  // One sort key per record, smaller first: disagreements by falling
  // margin, then the others by rising confidence.
  std::vector<std::pair<int, double>> keys;
  keys.reserve(candidates.size());
  for (const ReviewCandidate& c : candidates)
    keys.emplace_back(disagrees(c) ? 0 : 1, disagrees(c) ? -disagreementMargin(c) : c.confidence);
  std::vector<int> order(candidates.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&keys](int a, int b) { return keys[static_cast<size_t>(a)] < keys[static_cast<size_t>(b)]; });
  return order;
}

}  // namespace assay::data
