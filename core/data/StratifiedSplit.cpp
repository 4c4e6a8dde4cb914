#include "data/StratifiedSplit.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace assay::data {

namespace {

// Fisher–Yates with our own index draw: std::shuffle and
// std::uniform_int_distribution differ between standard libraries.
void shuffle(std::vector<size_t>& v, std::mt19937& rng) {
  for (size_t i = v.size(); i > 1; --i) {
    const size_t j = static_cast<size_t>(rng() % i);
    std::swap(v[i - 1], v[j]);
  }
}

}  // namespace

std::vector<bool> stratifiedTestMask(const std::vector<int>& strata, double testFraction, uint32_t seed) {
  std::vector<bool> mask(strata.size(), false);
  if (strata.empty() || testFraction <= 0.0) return mask;
  if (testFraction >= 1.0) return std::vector<bool>(strata.size(), true);

  std::map<int, std::vector<size_t>> groups;  // ordered: deterministic
  for (size_t i = 0; i < strata.size(); ++i) groups[strata[i]].push_back(i);

  const auto n = static_cast<double>(strata.size());
  const auto testTotal = static_cast<size_t>(std::ceil(n * testFraction - 1e-9));
  // Each group gets floor(share); the places left go to the largest remainders.
  struct Share { int key; size_t take; double remainder; };
  std::vector<Share> shares;
  size_t given = 0;
  for (const auto& [key, members] : groups) {
    const double exact = static_cast<double>(members.size()) * static_cast<double>(testTotal) / n;
    const auto take = static_cast<size_t>(std::floor(exact));
    shares.push_back({key, take, exact - static_cast<double>(take)});
    given += take;
  }
  std::vector<size_t> order(shares.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return shares[a].remainder > shares[b].remainder; });
  for (size_t k = 0; given < testTotal && k < order.size() * 2; ++k) {
    Share& s = shares[order[k % order.size()]];
    if (s.take < groups[s.key].size()) {
      ++s.take;
      ++given;
    }
  }

  std::mt19937 rng(seed);
  for (const Share& s : shares) {
    std::vector<size_t> members = groups[s.key];
    shuffle(members, rng);
    for (size_t i = 0; i < s.take; ++i) mask[members[i]] = true;
  }
  return mask;
}

}  // namespace assay::data
