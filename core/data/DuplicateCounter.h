#pragma once
// Counts the records of an import whose content hash is already in the
// project or appeared earlier in the same import. Only the count is needed
// (the summary's "duplicates"), so instead of probing a hash set once per
// record (a cache miss each, a million times) the hashes are collected and
// counted once at the end with two sorts and a merge.
#include <algorithm>
#include <cstdint>
#include <vector>

namespace assay::data::detail {

class DuplicateCounter {
 public:
  void addExisting(uint64_t hash) { existing_.push_back(hash); }
  void reserveNew(size_t n) { added_.reserve(n); }
  void add(uint64_t hash) { added_.push_back(hash); }

  // Every added hash that equals an existing one or an earlier added one.
  int64_t count() {
    std::sort(existing_.begin(), existing_.end());
    std::sort(added_.begin(), added_.end());
    int64_t duplicates = 0;
    auto known = existing_.begin();
    for (size_t i = 0; i < added_.size();) {
      size_t j = i + 1;
      while (j < added_.size() && added_[j] == added_[i]) ++j;
      known = std::lower_bound(known, existing_.end(), added_[i]);
      const bool inProject = known != existing_.end() && *known == added_[i];
      // A group of k equal hashes: all k are duplicates of a project sample,
      // or the first is new and the other k-1 repeat it.
      duplicates += static_cast<int64_t>(j - i) - (inProject ? 0 : 1);
      i = j;
    }
    return duplicates;
  }

 private:
  std::vector<uint64_t> existing_, added_;
};

}  // namespace assay::data::detail
