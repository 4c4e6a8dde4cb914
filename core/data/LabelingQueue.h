#pragma once
// The order in which samples are offered for labeling. The annotate pane
// presents its queue in this order, and bench/active_learning simulates an
// annotator with the same rule, so the figures it measures are the pane's.
#include <QtGlobal>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace assay::data {

enum class QueueOrder { Sequential, Random, MostUncertain };

// `ids` in the chosen order: ascending for Sequential; a seeded shuffle for
// Random (the same seed gives the same order, so two annotators can split a
// shuffled queue, or one can resume it). MostUncertain needs scores: use
// orderByUncertainty (here it falls back to ascending ids).
std::vector<qint64> orderQueue(std::vector<qint64> ids, QueueOrder order, uint32_t seed);

// Most uncertain first: ascending `certainty` (labelingCertainty), ties by
// id. Ids the model did not score (imported after it ran) come last, by id.
std::vector<qint64> orderByUncertainty(std::vector<qint64> ids, const std::unordered_map<qint64, double>& certainty);

// How sure a model is of a sample: |P(correct) − 0.5| for a correctness
// reward model (`pCorrect`), else its max class probability. The two agree
// in order for two classes; a correctness model's own "confidence" is not a
// probability of the verdict, hence its own rule.
inline double labelingCertainty(double maxClassProbability, std::optional<double> pCorrect) {
  return pCorrect ? (*pCorrect > 0.5 ? *pCorrect - 0.5 : 0.5 - *pCorrect) : maxClassProbability;
}

}  // namespace assay::data
