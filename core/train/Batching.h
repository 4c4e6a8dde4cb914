#pragma once
// Deterministic ordering and dynamic padding. Training batches group records
// of similar length (length-bucketed) so a batch pads to its own longest
// record, not to max_length as the original rm_train.py does; the order depends only on
// (seed, epoch), which is what makes resume equal an uninterrupted run.
#include <torch/torch.h>

#include <cstdint>
#include <vector>

#include "model/ForwardPass.h"

namespace assay {

// Fisher–Yates with mt19937_64 and a modulo draw: the same permutation on
// every platform (std::shuffle's is implementation-defined).
void deterministicShuffle(std::vector<size_t>& items, uint64_t seed);

// Training batches for one epoch: shuffle, cut into pools of 32 batches, sort
// each pool by length, cut into batches, shuffle the batch order.
std::vector<std::vector<size_t>> bucketedBatches(const std::vector<size_t>& lengths, int batchSize, uint64_t seed,
                                                 int64_t epoch);

// Evaluation/prediction batches: sorted by length (least padding), any order
// is fine because results are written back by index.
std::vector<std::vector<size_t>> lengthSortedBatches(const std::vector<size_t>& lengths, int batchSize);

struct PaddedBatch {
  torch::Tensor inputIds;       // [B, T] int64, right-padded with padId
  torch::Tensor attentionMask;  // [B, T] int64, 1 for real tokens
  int64_t realTokens = 0;
};

PaddedBatch padSequences(const std::vector<const std::vector<int32_t>*>& sequences, int32_t padId);

// Word dropout for characters (--token_dropout): each token with id >=
// firstDroppable, except the last, becomes `unk` with probability `rate`.
// Each draw depends only on (seed, epoch, record, position): a resumed run
// and any number of shards drop the same tokens, and the chosen and rejected
// texts of a pair (the same record) lose the same positions, so they keep
// their shared prefix. The last token is an end token or a verdict.
std::vector<int32_t> dropTokens(const std::vector<int32_t>& ids, double rate, int32_t unk, int32_t firstDroppable,
                                uint64_t seed, int64_t epoch, size_t record);

// Name-swap augmentation (--name_swap): with probability `rate` for this
// (seed, epoch, record), every token marked in `swappable` is replaced by a
// token of `pool`; a token that recurs gets the same replacement each time,
// so a duplicated name stays duplicated. The draw depends only on those
// coordinates and the token id, so a resumed run, any number of shards and
// both texts of a pair see the same replacement. Unchanged when the record
// is not drawn or the pool is empty.
std::vector<int32_t> swapTokens(const std::vector<int32_t>& ids, double rate, const std::vector<bool>& swappable,
                                const std::vector<int32_t>& pool, uint64_t seed, int64_t epoch, size_t record);

// Reward pairs packed one pair per row for
// ModelInput::sharedPrefixPairs (model/ForwardPass.h): the longest common
// prefix of the two sequences (shortened so each keeps at least one token of
// its own), then the rest of `first`, then the rest of `second`; right-padded.
// Attention is causal, except that the second tail never sees the first, and
// both tails continue the prefix's positions, so each tail's last token
// computes what it would in its own sequence.
struct PackedPairs {
  torch::Tensor inputIds;     // [B, T] int64
  torch::Tensor positionIds;  // [B, T] int64 (0 on padding)
  torch::Tensor visibility;   // [B, T, T] bool, query x key
  torch::Tensor pooled;       // [B, 2] int64: last token of the first, of the second tail
  int64_t realTokens = 0;     // tokens of both sequences, as if run separately
  int64_t packedTokens = 0;   // tokens actually computed (the prefix once)

  ModelInput modelInput() const { return ModelInput::sharedPrefixPairs(inputIds, positionIds, visibility, pooled); }
};

PackedPairs packSharedPrefixPairs(const std::vector<const std::vector<int32_t>*>& first,
                                  const std::vector<const std::vector<int32_t>*>& second, int32_t padId);

}  // namespace assay
