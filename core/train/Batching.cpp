#include "train/Batching.h"

#include <algorithm>
#include <random>
#include <stdexcept>

namespace assay {

void deterministicShuffle(std::vector<size_t>& items, uint64_t seed) {
  std::mt19937_64 rng(seed);
  for (size_t i = items.size(); i > 1; --i) {
    const size_t j = size_t(rng() % i);
    std::swap(items[i - 1], items[j]);
  }
}

std::vector<std::vector<size_t>> bucketedBatches(const std::vector<size_t>& lengths, int batchSize, uint64_t seed,
                                                 int64_t epoch) {
  const size_t bs = size_t(std::max(1, batchSize));
  const uint64_t epochSeed = seed * 1000003ULL + uint64_t(epoch) * 7919ULL + 1;
  std::vector<size_t> order(lengths.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  deterministicShuffle(order, epochSeed);

  const size_t pool = bs * 32;
  std::vector<std::vector<size_t>> batches;
  for (size_t start = 0; start < order.size(); start += pool) {
    const size_t end = std::min(order.size(), start + pool);
    std::stable_sort(order.begin() + long(start), order.begin() + long(end),
                     [&](size_t a, size_t b) { return lengths[a] < lengths[b]; });
    for (size_t b = start; b < end; b += bs)
      batches.emplace_back(order.begin() + long(b), order.begin() + long(std::min(end, b + bs)));
  }
  std::vector<size_t> batchOrder(batches.size());
  for (size_t i = 0; i < batchOrder.size(); ++i) batchOrder[i] = i;
  deterministicShuffle(batchOrder, epochSeed ^ 0x9E3779B97F4A7C15ULL);
  std::vector<std::vector<size_t>> shuffled;
  shuffled.reserve(batches.size());
  for (size_t i : batchOrder) shuffled.push_back(std::move(batches[i]));
  return shuffled;
}

std::vector<std::vector<size_t>> lengthSortedBatches(const std::vector<size_t>& lengths, int batchSize) {
  const size_t bs = size_t(std::max(1, batchSize));
  std::vector<size_t> order(lengths.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return lengths[a] < lengths[b]; });
  std::vector<std::vector<size_t>> batches;
  for (size_t b = 0; b < order.size(); b += bs)
    batches.emplace_back(order.begin() + long(b), order.begin() + long(std::min(order.size(), b + bs)));
  return batches;
}

PaddedBatch padSequences(const std::vector<const std::vector<int32_t>*>& sequences, int32_t padId) {
  size_t longest = 1;
  for (const auto* s : sequences) longest = std::max(longest, s->size());
  const int64_t rows = int64_t(sequences.size()), cols = int64_t(longest);
  PaddedBatch batch;
  batch.inputIds = torch::full({rows, cols}, int64_t(padId), torch::kInt64);
  batch.attentionMask = torch::zeros({rows, cols}, torch::kInt64);
  auto ids = batch.inputIds.accessor<int64_t, 2>();
  auto mask = batch.attentionMask.accessor<int64_t, 2>();
  for (int64_t r = 0; r < rows; ++r) {
    const auto& s = *sequences[size_t(r)];
    for (size_t c = 0; c < s.size(); ++c) {
      ids[r][int64_t(c)] = s[c];
      mask[r][int64_t(c)] = 1;
    }
    batch.realTokens += int64_t(s.size());
  }
  return batch;
}

namespace {
// splitmix64: a well-mixed 64-bit hash of a draw's coordinates.
uint64_t mix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}
}  // namespace

std::vector<int32_t> dropTokens(const std::vector<int32_t>& ids, double rate, int32_t unk, int32_t firstDroppable,
                                uint64_t seed, int64_t epoch, size_t record) {
  std::vector<int32_t> out = ids;
  const uint64_t base = mix(mix(mix(seed) ^ uint64_t(epoch)) ^ uint64_t(record));
  for (size_t k = 0; k + 1 < out.size(); ++k) {
    if (out[k] < firstDroppable) continue;
    if (double(mix(base + k) >> 11) * 0x1.0p-53 < rate) out[k] = unk;
  }
  return out;
}

std::vector<int32_t> swapTokens(const std::vector<int32_t>& ids, double rate, const std::vector<bool>& swappable,
                                const std::vector<int32_t>& pool, uint64_t seed, int64_t epoch, size_t record) {
  // Salted so that the swap draw is independent of dropTokens' draws.
  const uint64_t base = mix(mix(mix(seed ^ 0x6E616D6573776170ull) ^ uint64_t(epoch)) ^ uint64_t(record));
  if (pool.empty() || double(mix(base) >> 11) * 0x1.0p-53 >= rate) return ids;
  std::vector<int32_t> out = ids;
  for (auto& id : out)
    if (id >= 0 && size_t(id) < swappable.size() && swappable[size_t(id)])
      id = pool[mix(base ^ (uint64_t(id) * 0x9E3779B97F4A7C15ull)) % pool.size()];
  return out;
}

PackedPairs packSharedPrefixPairs(const std::vector<const std::vector<int32_t>*>& first,
                                  const std::vector<const std::vector<int32_t>*>& second, int32_t padId) {
  if (first.size() != second.size()) throw std::invalid_argument("packSharedPrefixPairs: unequal pair lists");
  struct Layout {
    size_t prefix, tailA, tailB;
  };
  std::vector<Layout> rows;
  size_t longest = 1;
  for (size_t r = 0; r < first.size(); ++r) {
    const auto &a = *first[r], &b = *second[r];
    if (a.empty() || b.empty()) throw std::invalid_argument("packSharedPrefixPairs: an empty sequence");
    const size_t cap = std::min(a.size(), b.size()) - 1;  // each tail keeps its last token
    size_t p = 0;
    while (p < cap && a[p] == b[p]) ++p;
    rows.push_back({p, a.size() - p, b.size() - p});
    longest = std::max(longest, p + (a.size() - p) + (b.size() - p));
  }
  const int64_t count = int64_t(rows.size()), cols = int64_t(longest);
  PackedPairs packed;
  packed.inputIds = torch::full({count, cols}, int64_t(padId), torch::kInt64);
  packed.positionIds = torch::zeros({count, cols}, torch::kInt64);
  packed.visibility = torch::zeros({count, cols, cols}, torch::kBool);
  packed.pooled = torch::zeros({count, 2}, torch::kInt64);
  auto ids = packed.inputIds.accessor<int64_t, 2>();
  auto pos = packed.positionIds.accessor<int64_t, 2>();
  auto vis = packed.visibility.accessor<bool, 3>();
  auto pooled = packed.pooled.accessor<int64_t, 2>();
  for (int64_t r = 0; r < count; ++r) {
    const auto& L = rows[size_t(r)];
    const auto &a = *first[size_t(r)], &b = *second[size_t(r)];
    const int64_t p = int64_t(L.prefix), endA = p + int64_t(L.tailA), n = endA + int64_t(L.tailB);
    for (int64_t c = 0; c < endA; ++c) {
      ids[r][c] = a[size_t(c)];
      pos[r][c] = c;
    }
    for (int64_t c = endA; c < n; ++c) {
      ids[r][c] = b[size_t(p + c - endA)];
      pos[r][c] = p + c - endA;
    }
    for (int64_t q = 0; q < n; ++q) {
      const bool inTailB = q >= endA;
      for (int64_t k = 0; k <= q; ++k) vis[r][q][k] = !(inTailB && k >= p && k < endA);
    }
    // Padding queries see the first key so that their softmax has something
    // to normalise over; no real query ever sees a padding key.
    for (int64_t q = n; q < cols; ++q) vis[r][q][0] = true;
    pooled[r][0] = endA - 1;
    pooled[r][1] = n - 1;
    packed.realTokens += int64_t(a.size() + b.size());
    packed.packedTokens += n;
  }
  return packed;
}

}  // namespace assay
