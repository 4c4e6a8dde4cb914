#pragma once
// Thread counts for LibTorch's intra-op pool and OpenBLAS. Both pools
// spinning at once on two cores slows training down (measured in
// bench/train/README.md), so the two are set together.
namespace assay {

// requested 0: the measured default for this machine class (intra-op =
// cores, OpenBLAS = cores). Returns the intra-op thread count in effect.
int configureThreads(int requested);

}  // namespace assay
