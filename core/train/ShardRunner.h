#pragma once
// Data parallelism for the small models this product trains on two cores.
// One LibTorch intra-op thread is the measured default (TrainThreads.h):
// the tiny preset's matrices are too small for OpenMP to split without its
// barriers costing more than they save. Splitting the *batch* instead —
// each shard runs its own forward and backward on one core, and only the
// gradients meet at the end of the step — has no per-operation barrier.
#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

namespace assay {

// Runs job(0) … job(width-1) at once: shard 0 on the calling thread, the
// others on helper threads kept for the next call, and returns when all
// have finished. Calls from different threads take turns; a call from
// inside a shard runs its shards on threads of their own.
// An exception from any shard is rethrown (the lowest shard's first) after
// every shard has stopped, so no thread outlives the call.
void runShards(int width, const std::function<void(int shard)>& job);

// [begin, end) ranges cutting n items into min(width, n) contiguous parts
// whose sizes differ by at most one (the first parts are the larger ones).
std::vector<std::pair<size_t, size_t>> evenParts(size_t n, int width);

}  // namespace assay
