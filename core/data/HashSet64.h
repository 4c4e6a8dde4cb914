#pragma once
// Open-addressing set of 64-bit content hashes for duplicate detection during
// imports: one flat array probed linearly, no node per entry. A million-record
// import does a million inserts; std::unordered_set spent most of that time
// allocating nodes and missing the cache.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace assay::data::detail {

class HashSet64 {
 public:
  // Room for `expected` entries before the first rehash.
  explicit HashSet64(size_t expected = 0) { rehash(capacityFor(expected)); }

  // True when `key` was not present (it is now).
  bool insert(uint64_t key) {
    if (key == kEmpty) {  // the empty-slot marker is kept aside
      const bool fresh = !hasEmptyKey_;
      hasEmptyKey_ = true;
      size_ += fresh;
      return fresh;
    }
    if ((size_ + 1) * 2 > slots_.size()) rehash(slots_.size() * 2);
    if (!place(key)) return false;
    ++size_;
    return true;
  }

  bool contains(uint64_t key) const {
    if (key == kEmpty) return hasEmptyKey_;
    for (size_t i = slotOf(key);; i = (i + 1) & mask_) {
      if (slots_[i] == key) return true;
      if (slots_[i] == kEmpty) return false;
    }
  }

  size_t size() const { return size_; }

 private:
  static constexpr uint64_t kEmpty = 0;

  static size_t capacityFor(size_t n) {
    size_t c = 16;
    while (c < n * 2) c *= 2;  // load factor at most 1/2: short probe runs
    return c;
  }

  // The content hashes are FNV-1a; mixing the high bits in spreads them over
  // the low bits the mask keeps.
  size_t slotOf(uint64_t key) const {
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdull;
    key ^= key >> 33;
    return static_cast<size_t>(key) & mask_;
  }

  // False when already present.
  bool place(uint64_t key) {
    for (size_t i = slotOf(key);; i = (i + 1) & mask_) {
      if (slots_[i] == key) return false;
      if (slots_[i] == kEmpty) {
        slots_[i] = key;
        return true;
      }
    }
  }

  void rehash(size_t capacity) {
    std::vector<uint64_t> old;
    old.swap(slots_);
    slots_.assign(capacity, kEmpty);
    mask_ = capacity - 1;
    for (uint64_t k : old)
      if (k != kEmpty) place(k);
  }

  std::vector<uint64_t> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
  bool hasEmptyKey_ = false;
};

}  // namespace assay::data::detail
