#pragma once
// Near-duplicate detection for the dataset health check (data/DatasetHealth.h):
// text normalised for comparison, its character shingles, MinHash signatures
// and locality-sensitive hashing (LSH) bands that put two texts of Jaccard
// similarity >= 0.8 into a common bucket with probability 0.9996, so only
// such candidates are compared exactly. Plain C++ and Qt Core: no LibTorch.
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace assay::data {

// Appends `utf8` normalised for duplicate detection to `out`: full-width
// forms folded to their ASCII twins (U+FF01..U+FF5E, the ideographic space;
// the width part of NFKC), lower case, punctuation and whitespace removed.
// "Ｈｅｌｌｏ，  World!" and "hello world" both become "helloworld".
void appendNormalizedText(std::string_view utf8, std::string& out);

// The sorted, unique 64-bit hashes of the `k`-code-point shingles of
// `normalized` (the whole text as one shingle when it is shorter than k;
// none when it is empty). `out` is overwritten (its capacity reused).
void shingleHashes(std::string_view normalized, std::vector<uint64_t>& out, int k = 5);

// |a ∩ b| / |a ∪ b| of two sorted, unique sets; 1 when both are empty.
double jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

// MinHash signatures of kBands x kRows hashes, kept only as one 32-bit key
// per band (the signature itself is not needed after banding: 80 bytes a
// document instead of 400). With b = 20 bands of r = 5 rows the chance that
// two texts of Jaccard s share a band is 1 - (1 - s^5)^20: 0.9996 at 0.8,
// 0.47 at 0.5, 0.048 at 0.3, 0.0064 at 0.2 (bench/health/README.md).
class MinHashLsh {
 public:
  static constexpr int kBands = 20;
  static constexpr int kRows = 5;
  static constexpr int kHashes = kBands * kRows;
  // Members of a bucket compared with at most this many earlier members:
  // a bucket of m similar texts costs m * kWindow comparisons, not m^2 / 2,
  // and union-find joins the chain anyway.
  static constexpr int kWindow = 8;

  MinHashLsh();
  // Adds the next document (index = number added before) by its shingle
  // hashes (shingleHashes); an empty set is added but never a candidate.
  void add(const std::vector<uint64_t>& shingles);
  uint32_t size() const { return documents_; }
  // Calls `candidate(i, j)` (i < j) for documents that share a band's key,
  // band after band; the same pair may come once per shared band. Stops
  // early when `cancel` is set; `bandDone(band)` after each band.
  void forEachCandidate(const std::function<void(uint32_t, uint32_t)>& candidate,
                        const std::atomic<bool>* cancel = nullptr, const std::function<void(int)>& bandDone = {}) const;

 private:
  uint64_t multiplier_[kHashes], offset_[kHashes];
  std::vector<uint32_t> bandKeys_[kBands];
  std::vector<bool> empty_;
  uint32_t documents_ = 0;
};

// Disjoint sets over document indexes (near-duplicate clusters).
class UnionFind {
 public:
  explicit UnionFind(uint32_t size);
  uint32_t find(uint32_t x);
  void unite(uint32_t a, uint32_t b);

 private:
  std::vector<uint32_t> parent_;
};

}  // namespace assay::data
