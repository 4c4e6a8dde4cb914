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
// intra-op thread count in effect.
int configureThreads(int requested);

// Threads a training batch is split over. requested > 0: that many; 0: one
// per core. Never more than batchSize / kMinShardRecords (at least 1): a
// shard of a record or two spends its time in per-operation overhead.
int dataParallelWidth(int requested, int batchSize);
inline constexpr int kMinShardRecords = 4;

}  // namespace assay
