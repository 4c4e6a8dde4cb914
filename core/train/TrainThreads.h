#pragma once
// Thread counts for training and prediction on a two-core machine.
//
// Inside one operation, LibTorch's intra-op pool and OpenBLAS are kept at
// one thread each: on the shared two-core machine (bench/train/README.md)
// one thread trained 8x faster than two (2454 vs 307 tokens/s, 206 with both
// pools at 2) because OpenMP barriers spin while the other core is busy, and
// the tiny preset's matrices are too small to split profitably.
// Training uses the other cores by data parallelism instead (ShardRunner.h):
// each thread runs a whole forward/backward on its part of the batch.
namespace assay {

// requested 0: the measured default, one thread for each pool. Returns the
// intra-op thread count in effect. Also enlarges oneDNN's primitive cache
// (below).
int configureThreads(int requested);

// oneDNN (LibTorch's bfloat16 matrix products) compiles a kernel for every
// new product shape and keeps the last 1,024 in a cache. Dynamic padding
// makes each batch's shapes depend on its longest record, so one epoch of
// the tiny preset on the 40k demo set meets 3,431 shapes (ONEDNN_VERBOSE=2):
// with the default cache, 11,942 of 187,567 products recompiled (~150 us
// each), costing the default training ~10 % of its tokens/s
// (bench/train/README.md, "Where the step time went"). A compiled kernel takes ~90 KB, so
// this capacity bounds the cache near 0.75 GB. An explicit
// ONEDNN_PRIMITIVE_CACHE_CAPACITY in the environment is left in force.
inline constexpr int kMatmulKernelCacheCapacity = 8192;
void enlargeMatmulKernelCache();

// Threads a training batch is split over. requested > 0: that many; 0: one
// per core. Never more than batchSize / kMinShardRecords (at least 1): a
// shard of a record or two spends its time in per-operation overhead.
int dataParallelWidth(int requested, int batchSize);
inline constexpr int kMinShardRecords = 4;

}  // namespace assay
