#pragma once
// Deterministic ordering and dynamic padding. Training batches group records
// of similar length (length-bucketed) so a batch pads to its own longest
// record, not to max_length as seed 000 does; the order depends only on
// (seed, epoch), which is what makes resume equal an uninterrupted run.
#include <torch/torch.h>

#include <cstdint>
#include <vector>

namespace assay {

// Fisher–Yates with mt19937_64 and a modulo draw: the same permutation on
// every platform (std::shuffle's is implementation-defined).
void deterministicShuffle(std::vector<size_t>& items, uint64_t seed);

// Training batches for one epoch: shuffle, cut into pools of 32 batches, sort
// each pool by length, cut into batches, shuffle the batch order.
std::vector<std::vector<size_t>> bucketedBatches(const std::vector<size_t>& lengths, int batchSize,
                                                 uint64_t seed, int64_t epoch);

// Evaluation/prediction batches: sorted by length (least padding), any order
// is fine because results are written back by index.
std::vector<std::vector<size_t>> lengthSortedBatches(const std::vector<size_t>& lengths, int batchSize);

struct PaddedBatch {
  torch::Tensor inputIds;       // [B, T] int64, right-padded with padId
  torch::Tensor attentionMask;  // [B, T] int64, 1 for real tokens
  int64_t realTokens = 0;
};

PaddedBatch padSequences(const std::vector<const std::vector<int32_t>*>& sequences, int32_t padId);

}  // namespace assay
