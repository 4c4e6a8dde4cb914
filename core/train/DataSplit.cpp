#include "train/DataSplit.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "train/Batching.h"

namespace assay {

SplitIndices stratifiedSplit(const std::vector<int64_t>& labels, double validationFraction, uint64_t seed) {
  const size_t n = labels.size();
  std::map<int64_t, std::vector<size_t>> byClass;
  for (size_t i = 0; i < n; ++i) byClass[labels[i]].push_back(i);

  size_t wanted = n > 1 ? size_t(std::ceil(validationFraction * double(n) - 1e-9)) : 0;
  wanted = std::min(wanted, n > 0 ? n - 1 : 0);

  // Proportional share per class, then hand out the remainder by largest
  // fractional part (ties: the larger class first, then the smaller label).
  struct Share { int64_t label; size_t count; size_t take; double frac; };
  std::vector<Share> shares;
  size_t given = 0;
  for (const auto& [label, idx] : byClass) {
    const double exact = double(wanted) * double(idx.size()) / double(n);
    size_t take = std::min(size_t(std::floor(exact)), idx.size() > 1 ? idx.size() - 1 : 0);
    shares.push_back({label, idx.size(), take, exact - std::floor(exact)});
    given += take;
  }
  std::vector<size_t> order(shares.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (shares[a].frac != shares[b].frac) return shares[a].frac > shares[b].frac;
    return shares[a].count > shares[b].count;
  });
  while (given < wanted) {
    bool progressed = false;
    for (size_t k : order) {
      if (given >= wanted) break;
      if (shares[k].take + 1 < shares[k].count) {  // keep one record of each class in train
        ++shares[k].take;
        ++given;
        progressed = true;
      }
    }
    if (!progressed) break;
  }

  SplitIndices split;
  size_t s = 0;
  for (auto& [label, idx] : byClass) {
    std::vector<size_t> shuffled = idx;
    deterministicShuffle(shuffled, seed * 31ULL + uint64_t(label) + 17ULL);
    const size_t take = shares[s++].take;
    split.validation.insert(split.validation.end(), shuffled.begin(), shuffled.begin() + long(take));
    split.train.insert(split.train.end(), shuffled.begin() + long(take), shuffled.end());
  }
  std::sort(split.train.begin(), split.train.end());
  std::sort(split.validation.begin(), split.validation.end());
  return split;
}

}  // namespace assay
