#include "text/BpeModel.h"

#include <algorithm>
#include <stdexcept>

#include "text/ByteLevel.h"

namespace assay {

BpeModel::BpeModel(std::unordered_map<std::string, int32_t> vocab,
                   const std::vector<std::pair<std::string, std::string>>& merges, std::optional<std::string> unkToken,
                   bool ignoreMerges)
    : vocab_(std::move(vocab)), ignoreMerges_(ignoreMerges) {
  int32_t maxId = -1;
  for (const auto& [token, id] : vocab_) {
    if (id < 0) throw std::runtime_error("vocabulary entry '" + token + "' has a negative id");
    maxId = std::max(maxId, id);
  }
  idToToken_.resize(static_cast<std::size_t>(maxId + 1));
  hasId_.assign(static_cast<std::size_t>(maxId + 1), false);
  for (const auto& [token, id] : vocab_) {
    idToToken_[static_cast<std::size_t>(id)] = token;
    hasId_[static_cast<std::size_t>(id)] = true;
  }

  std::size_t capacity = 16;
  unsigned bits = 4;
  while (capacity < merges.size() * 2) {
    capacity *= 2;
    ++bits;
  }
  mergeKeys_.assign(capacity, kEmptyKey);
  mergeValues_.resize(capacity);
  mergeShift_ = 64 - bits;
  for (std::size_t rank = 0; rank < merges.size(); ++rank) {
    const auto& [left, right] = merges[rank];
    const auto a = vocab_.find(left), b = vocab_.find(right), r = vocab_.find(left + right);
    if (a == vocab_.end() || b == vocab_.end() || r == vocab_.end())
      throw std::runtime_error("merge " + std::to_string(rank) + " ('" + left + " " + right +
                               "') uses or makes a token that is not in the vocabulary");
    // A repeated pair keeps its first (lowest) rank, as a map insert would.
    const uint64_t key = pairKey(a->second, b->second);
    std::size_t slot = mergeSlot(key);
    while (mergeKeys_[slot] != kEmptyKey && mergeKeys_[slot] != key) slot = (slot + 1) & (capacity - 1);
    if (mergeKeys_[slot] == kEmptyKey) {
      mergeKeys_[slot] = key;
      mergeValues_[slot] = Merge{static_cast<uint32_t>(rank), r->second};
    }
  }

  for (int byte = 0; byte < 256; ++byte) {
    const std::string mapped = bytelevel::encode(std::string(1, static_cast<char>(byte)));
    const auto it = vocab_.find(mapped);
    byteIds_[static_cast<std::size_t>(byte)] = it == vocab_.end() ? -1 : it->second;
  }
  if (unkToken) {
    const auto it = vocab_.find(*unkToken);
    if (it == vocab_.end()) throw std::runtime_error("unk_token '" + *unkToken + "' is not in the vocabulary");
    unkId_ = it->second;
  }
}

const std::string* BpeModel::idToToken(int32_t id) const {
  if (id < 0 || id >= static_cast<int32_t>(idToToken_.size()) || !hasId_[static_cast<std::size_t>(id)]) return nullptr;
  return &idToToken_[static_cast<std::size_t>(id)];
}

const BpeModel::Merge* BpeModel::findMerge(int32_t a, int32_t b) const {
  const uint64_t key = pairKey(a, b);
  const std::size_t mask = mergeKeys_.size() - 1;
  for (std::size_t slot = mergeSlot(key);; slot = (slot + 1) & mask) {
    if (mergeKeys_[slot] == key) return &mergeValues_[slot];
    if (mergeKeys_[slot] == kEmptyKey) return nullptr;
  }
}

void BpeModel::tokenize(std::string_view bytes, std::vector<int32_t>& out) const {
  if (bytes.empty()) return;
  if (ignoreMerges_) {
    const auto it = vocab_.find(bytelevel::encode(bytes));
    if (it != vocab_.end()) {
      out.push_back(it->second);
      return;
    }
  }
  struct Symbol {
    int32_t id;
    int32_t prev;
    int32_t next;
    bool alive;
  };
  std::vector<Symbol> symbols;
  symbols.reserve(bytes.size());
  for (const char c : bytes) {
    int32_t id = byteIds_[static_cast<unsigned char>(c)];
    // A byte missing from the vocabulary becomes the unknown token, or is
    // dropped when the model has none (what tokenizers' BPE does).
    if (id < 0) {
      if (!unkId_) continue;
      id = *unkId_;
    }
    const auto index = static_cast<int32_t>(symbols.size());
    symbols.push_back({id, index - 1, index + 1, true});
  }
  if (symbols.empty()) return;
  symbols.back().next = -1;

  // Candidate merges ordered by (rank, position): the queue of tokenizers'
  // Word::merge_all. Stale candidates are skipped when popped.
  struct Candidate {
    uint32_t rank;
    int32_t pos;
    int32_t result;
    bool operator>(const Candidate& o) const { return rank != o.rank ? rank > o.rank : pos > o.pos; }
  };
  std::vector<Candidate> heap;
  const auto pushPair = [&](int32_t pos) {
    const int32_t next = symbols[static_cast<std::size_t>(pos)].next;
    if (next < 0) return;
    if (const Merge* m =
            findMerge(symbols[static_cast<std::size_t>(pos)].id, symbols[static_cast<std::size_t>(next)].id)) {
      heap.push_back({m->rank, pos, m->result});
      std::push_heap(heap.begin(), heap.end(), std::greater<>());
    }
  };
  for (int32_t i = 0; i + 1 < static_cast<int32_t>(symbols.size()); ++i) pushPair(i);

  while (!heap.empty()) {
    std::pop_heap(heap.begin(), heap.end(), std::greater<>());
    const Candidate top = heap.back();
    heap.pop_back();
    Symbol& left = symbols[static_cast<std::size_t>(top.pos)];
    if (!left.alive || left.next < 0) continue;
    Symbol& right = symbols[static_cast<std::size_t>(left.next)];
    const Merge* m = findMerge(left.id, right.id);
    if (!m || m->result != top.result) continue;  // the pair changed since it was queued
    left.id = top.result;
    right.alive = false;
    left.next = right.next;
    if (left.next >= 0) symbols[static_cast<std::size_t>(left.next)].prev = top.pos;
    if (left.prev >= 0) pushPair(left.prev);
    pushPair(top.pos);
  }
  for (int32_t i = 0; i >= 0; i = symbols[static_cast<std::size_t>(i)].next)
    out.push_back(symbols[static_cast<std::size_t>(i)].id);
}

// The table starts small (a cache made for a handful of texts must be cheap)
// and doubles as it fills.
BpeWordCache::BpeWordCache(std::size_t maxEntries) : maxEntries_(std::max<std::size_t>(maxEntries, 16)), slots_(256) {}

void BpeWordCache::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (!s.used) continue;
    std::size_t i = static_cast<std::size_t>(s.hash) & mask;
    while (slots_[i].used) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

void BpeWordCache::clear() {
  std::fill(slots_.begin(), slots_.end(), Slot{});
  keys_.clear();
  ids_.clear();
  entries_ = 0;
}

std::size_t BpeWordCache::find(std::string_view bytes, uint64_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (!s.used) return i;
    if (s.hash == hash && s.keyLength == bytes.size() &&
        keys_.compare(s.keyOffset, s.keyLength, bytes.data(), bytes.size()) == 0)
      return i;
  }
}

bool BpeWordCache::lookup(std::string_view bytes, std::vector<int32_t>& out) const {
  const Slot& s = slots_[find(bytes, std::hash<std::string_view>()(bytes))];
  if (!s.used) return false;
  out.insert(out.end(), ids_.begin() + s.idOffset, ids_.begin() + s.idOffset + s.idCount);
  return true;
}

void BpeWordCache::insert(std::string_view bytes, const int32_t* ids, std::size_t count) {
  // Bounded memory: start over rather than track recency.
  if (entries_ >= maxEntries_ || keys_.size() + bytes.size() > UINT32_MAX / 2) clear();
  if (2 * (entries_ + 1) > slots_.size()) grow();
  const uint64_t hash = std::hash<std::string_view>()(bytes);
  Slot& s = slots_[find(bytes, hash)];
  if (s.used) return;
  s = Slot{hash,
           static_cast<uint32_t>(keys_.size()),
           static_cast<uint32_t>(bytes.size()),
           static_cast<uint32_t>(ids_.size()),
           static_cast<uint32_t>(count),
           true};
  keys_.append(bytes);
  ids_.insert(ids_.end(), ids, ids + count);
  ++entries_;
}

}  // namespace assay
