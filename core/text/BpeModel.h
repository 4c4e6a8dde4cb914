#pragma once
// The BPE model of a byte-level tokenizer.json: vocabulary of byte-level
// strings, ranked merges, and the merge loop of Hugging Face tokenizers
// (always apply the lowest-ranked adjacent pair, leftmost first).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace assay {

class BpeModel {
 public:
  // `vocab` maps byte-level token strings to ids; `merges` are pairs of
  // token strings in rank order. Throws std::runtime_error naming the merge
  // (by its index) whose parts or result are not in the vocabulary.
  BpeModel(std::unordered_map<std::string, int32_t> vocab,
           const std::vector<std::pair<std::string, std::string>>& merges, std::optional<std::string> unkToken,
           bool ignoreMerges);

  // Appends the ids of one pre-token, given as raw (unmapped) bytes.
  void tokenize(std::string_view bytes, std::vector<int32_t>& out) const;

  const std::unordered_map<std::string, int32_t>& vocab() const { return vocab_; }
  // Byte-level token string of an id, or nullptr if the model has no such id.
  const std::string* idToToken(int32_t id) const;
  int32_t maxId() const { return static_cast<int32_t>(idToToken_.size()) - 1; }

 private:
  struct Merge {
    uint32_t rank;
    int32_t result;
  };
  static uint64_t pairKey(int32_t a, int32_t b) {
    return (static_cast<uint64_t>(static_cast<uint32_t>(a)) << 32) | static_cast<uint32_t>(b);
  }
  const Merge* findMerge(int32_t a, int32_t b) const;

  std::unordered_map<std::string, int32_t> vocab_;
  std::vector<std::string> idToToken_;
  std::vector<bool> hasId_;
  // Merge lookup is the hot loop of BPE: an open-addressing table keyed by
  // the packed id pair beats std::unordered_map's node chasing.
  std::vector<uint64_t> mergeKeys_;  // kEmptyKey where free
  std::vector<Merge> mergeValues_;
  unsigned mergeShift_ = 64;
  static constexpr uint64_t kEmptyKey = ~uint64_t{0};
  std::size_t mergeSlot(uint64_t key) const {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> mergeShift_);
  }
  std::array<int32_t, 256> byteIds_{};  // id of each single byte's token, -1 if absent
  std::optional<int32_t> unkId_;
  bool ignoreMerges_;
};

// Ids of pre-tokens already seen. Real text repeats its words, so most
// pre-tokens skip the merge loop. An open-addressing table over two arenas
// (key bytes, ids): a lookup hashes the bytes once and never allocates.
// Not thread-safe: one cache per thread.
class BpeWordCache {
 public:
  explicit BpeWordCache(std::size_t maxEntries = 1 << 17);
  // Appends the cached ids of `bytes` to out and returns true, or false.
  bool lookup(std::string_view bytes, std::vector<int32_t>& out) const;
  void insert(std::string_view bytes, const int32_t* ids, std::size_t count);

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t keyOffset = 0, keyLength = 0, idOffset = 0, idCount = 0;
    bool used = false;
  };
  std::size_t find(std::string_view bytes, uint64_t hash) const;  // slot holding bytes, or the free slot to use
  void clear();
  void grow();

  std::size_t maxEntries_;
  std::size_t entries_ = 0;
  std::vector<Slot> slots_;  // power-of-two size, at most half full
  std::string keys_;
  std::vector<int32_t> ids_;
};

}  // namespace assay
