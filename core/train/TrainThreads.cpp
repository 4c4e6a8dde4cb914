#include "train/TrainThreads.h"

#include <dlfcn.h>

#include <torch/torch.h>

#include <algorithm>
#include <cstdlib>
#include <thread>

namespace assay {

namespace {
// OpenBLAS is loaded by LibTorch at run time (Debian's alternatives), so its
// setter is looked up rather than linked: absent (reference BLAS), nothing to set.
void setBlasThreads(int n) {
  using Setter = void (*)(int);
  if (auto* setter = reinterpret_cast<Setter>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"))) setter(n);
}
}  // namespace

void enlargeMatmulKernelCache() {
  // Looked up like OpenBLAS's setter: oneDNN is LibTorch's dependency, not
  // ours, and its headers are not installed with LibTorch.
  if (std::getenv("ONEDNN_PRIMITIVE_CACHE_CAPACITY") || std::getenv("DNNL_PRIMITIVE_CACHE_CAPACITY")) return;
  using Setter = int (*)(int);
  if (auto* setter = reinterpret_cast<Setter>(dlsym(RTLD_DEFAULT, "dnnl_set_primitive_cache_capacity")))
    setter(kMatmulKernelCacheCapacity);
}

int configureThreads(int requested) {
  enlargeMatmulKernelCache();
  const int n = requested > 0 ? requested : 1;
  torch::set_num_threads(n);
  setBlasThreads(n);
  return n;
}

int dataParallelWidth(int requested, int batchSize) {
  const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
  const int wanted = requested > 0 ? requested : cores;
  return std::max(1, std::min(wanted, batchSize / kMinShardRecords));
}

}  // namespace assay
