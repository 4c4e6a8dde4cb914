#include "data/StratifiedSplit.h"

#include <algorithm>
#include <cmath>

namespace assay::data {

std::map<int, size_t> stratifiedTestCounts(const std::map<int, size_t>& sizes, double testFraction) {
  std::map<int, size_t> take;
  size_t total = 0;
  for (const auto& [key, n] : sizes) total += n;
  if (total == 0 || testFraction <= 0.0) {
    for (const auto& [key, n] : sizes) take[key] = 0;
    return take;
  }
  if (testFraction >= 1.0) return sizes;
  const auto n = static_cast<double>(total);
  const auto testTotal = static_cast<size_t>(std::ceil(n * testFraction - 1e-9));
  // Each group gets floor(share), but always leaves one item to train on (a
  // label seen only in the test set could not be learned); the places left
  // go to the largest remainders among the groups with items to spare.
  struct Share {
    size_t size, take;
    double remainder;
  };
  std::vector<Share> shares;
  size_t given = 0;
  for (const auto& [key, size] : sizes) {
    const double exact = static_cast<double>(size) * static_cast<double>(testTotal) / n;
    const auto t = std::min(static_cast<size_t>(std::floor(exact)), size > 0 ? size - 1 : 0);
    shares.push_back({size, t, exact - std::floor(exact)});
    given += t;
  }
  std::vector<size_t> order(shares.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return shares[a].remainder > shares[b].remainder; });
  for (bool progressed = true; given < testTotal && progressed;) {
    progressed = false;
    for (size_t k = 0; k < order.size() && given < testTotal; ++k) {
      Share& s = shares[order[k]];
      if (s.take + 1 < s.size) {
        ++s.take;
        ++given;
        progressed = true;
      }
    }
  }
  size_t i = 0;
  for (const auto& [key, size] : sizes) take[key] = shares[i++].take;
  return take;
}

std::vector<bool> stratifiedTestMask(const std::vector<int>& strata, double testFraction, uint32_t seed) {
  // The streaming split settled once: exactly what an import of these items,
  // in this order, stores.
  StreamingSplit split(testFraction, seed);
  std::vector<bool> mask(strata.size(), false);
  for (size_t i = 0; i < strata.size(); ++i) {
    mask[i] = split.toss();
    split.add(strata[i], static_cast<int64_t>(i), mask[i]);
  }
  for (const StreamingSplit::Move& m : split.settle()) mask[static_cast<size_t>(m.id)] = m.test;
  return mask;
}

StreamingSplit::StreamingSplit(double testFraction, uint32_t seed)
    : fraction_(std::clamp(testFraction, 0.0, 1.0)),
      seed_(seed),
      threshold_(static_cast<uint64_t>(std::ldexp(fraction_, 32))),
      rng_(seed) {
  checkpoint();
}

bool StreamingSplit::toss() { return static_cast<uint64_t>(rng_()) < threshold_; }

void StreamingSplit::add(int stratum, int64_t id, bool test) {
  Stratum& s = strata_[stratum];
  s.ids.push_back(id);
  s.test.push_back(test);
  s.tests += test ? 1 : 0;
}

std::vector<StreamingSplit::Move> StreamingSplit::settle() {
  std::map<int, size_t> sizes;
  for (const auto& [key, s] : strata_) sizes[key] = s.ids.size();
  const std::map<int, size_t> take = stratifiedTestCounts(sizes, fraction_);
  std::vector<Move> moves;
  for (auto& [key, s] : strata_) {
    const size_t target = take.at(key);
    if (target == s.tests) continue;
    // Move `need` items from the side with too many, chosen uniformly: a
    // partial Fisher–Yates over that side's members.
    const bool fromTest = s.tests > target;
    const size_t need = fromTest ? s.tests - target : target - s.tests;
    std::vector<size_t> side;
    side.reserve(fromTest ? s.tests : s.ids.size() - s.tests);
    for (size_t i = 0; i < s.ids.size(); ++i)
      if (s.test[i] == fromTest) side.push_back(i);
    for (size_t k = 0; k < need; ++k) {
      const size_t j = k + static_cast<size_t>(rng_() % (side.size() - k));
      std::swap(side[k], side[j]);
      const size_t i = side[k];
      s.test[i] = !fromTest;
      moveLog_.emplace_back(key, i);
      moves.push_back({s.ids[i], !fromTest});
    }
    s.tests = target;
  }
  return moves;
}

void StreamingSplit::checkpoint() {
  checkpoint_.sizes.clear();
  for (const auto& [key, s] : strata_) checkpoint_.sizes[key] = s.ids.size();
  moveLog_.clear();
  checkpoint_.rng = rng_;
}

void StreamingSplit::rollback() {
  // Undo moves newest first (an item may have moved twice), then drop the
  // items added since.
  for (auto it = moveLog_.rbegin(); it != moveLog_.rend(); ++it) {
    Stratum& s = strata_[it->first];
    const bool wasTest = s.test[it->second];
    s.test[it->second] = !wasTest;
    s.tests = wasTest ? s.tests - 1 : s.tests + 1;
  }
  moveLog_.clear();
  for (auto it = strata_.begin(); it != strata_.end();) {
    const auto kept = checkpoint_.sizes.find(it->first);
    const size_t keep = kept == checkpoint_.sizes.end() ? 0 : kept->second;
    Stratum& s = it->second;
    for (size_t i = keep; i < s.ids.size(); ++i) s.tests -= s.test[i] ? 1 : 0;
    s.ids.resize(keep);
    s.test.resize(keep);
    it = keep == 0 ? strata_.erase(it) : std::next(it);
  }
  rng_ = checkpoint_.rng;
}

int64_t StreamingSplit::size() const {
  int64_t n = 0;
  for (const auto& [key, s] : strata_) n += static_cast<int64_t>(s.ids.size());
  return n;
}

int64_t StreamingSplit::testCount() const {
  int64_t n = 0;
  for (const auto& [key, s] : strata_) n += static_cast<int64_t>(s.tests);
  return n;
}

}  // namespace assay::data
