#pragma once
// Thread counts for LibTorch's intra-op pool and OpenBLAS. Both pools
// spinning at once on two cores slows training down (measured in
// bench/train/README.md), so the two are set together.
namespace assay {

// requested 0: the measured default, one thread for each pool. On the
// shared two-core machine (bench/train/README.md) one thread trained 8x
// faster than two (2454 vs 307 tokens/s, 206 with both pools at 2): OpenMP
// barriers spin while the other core is busy, and the GUI thread needs a core.
// Returns the intra-op thread count in effect.
int configureThreads(int requested);

}  // namespace assay
