#include "annotate/AnnotationQueue.h"

#include <algorithm>
#include <random>

namespace assay {

std::vector<qint64> orderQueue(std::vector<qint64> ids, QueueOrder order, uint32_t seed) {
  std::sort(ids.begin(), ids.end());
  if (order == QueueOrder::Random) {
    // Fisher–Yates with mt19937 written out: std::shuffle's algorithm differs
    // between standard libraries, and a seed must mean the same order everywhere.
    std::mt19937 rng(seed);
    for (size_t i = ids.size(); i > 1; --i) {
      const size_t j = static_cast<size_t>(rng() % i);
      std::swap(ids[i - 1], ids[j]);
    }
  }
  return ids;
}

}  // namespace assay
