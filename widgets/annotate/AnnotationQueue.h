#pragma once
// The order in which the annotate pane presents samples.
#include <QtGlobal>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace assay {

enum class QueueOrder { Sequential, Random, MostUncertain };

// `ids` in the chosen order: ascending for Sequential; a seeded shuffle for
// Random (the same seed gives the same order, so two annotators can split a
// shuffled queue, or one can resume it). MostUncertain needs scores: use
// orderByUncertainty (here it falls back to ascending ids).
std::vector<qint64> orderQueue(std::vector<qint64> ids, QueueOrder order, uint32_t seed);

// Most uncertain first: ascending `certainty` (the model's max class
// probability, or |P(correct) − 0.5| for a correctness reward model), ties
// by id. Ids the model did not score (imported after it ran) come last, by id.
std::vector<qint64> orderByUncertainty(std::vector<qint64> ids, const std::unordered_map<qint64, double>& certainty);

}  // namespace assay
