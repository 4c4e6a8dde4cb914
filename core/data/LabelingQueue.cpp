#include "data/LabelingQueue.h"

#include <algorithm>
#include <random>

namespace assay::data {

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

std::vector<qint64> orderByUncertainty(std::vector<qint64> ids, const std::unordered_map<qint64, double>& certainty) {
  // Decorate once: a hash lookup per comparison would dominate on large queues.
  struct Keyed {
    bool scored;
    double certainty;
    qint64 id;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(ids.size());
  for (qint64 id : ids) {
    const auto it = certainty.find(id);
    keyed.push_back({it != certainty.end(), it != certainty.end() ? it->second : 0.0, id});
  }
  std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    if (a.scored != b.scored) return a.scored;
    if (a.scored && a.certainty != b.certainty) return a.certainty < b.certainty;
    return a.id < b.id;
  });
  for (size_t i = 0; i < keyed.size(); ++i) ids[i] = keyed[i].id;
  return ids;
}

}  // namespace assay::data
