#pragma once
// The order in which the annotate pane presents samples.
#include <QtGlobal>
#include <cstdint>
#include <vector>

namespace assay {

enum class QueueOrder { Sequential, Random };

// `ids` in the chosen order: ascending for Sequential; a seeded shuffle for
// Random (the same seed gives the same order, so two annotators can split a
// shuffled queue, or one can resume it).
std::vector<qint64> orderQueue(std::vector<qint64> ids, QueueOrder order, uint32_t seed);

}  // namespace assay
