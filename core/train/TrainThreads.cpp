#include "train/TrainThreads.h"

#include <dlfcn.h>

#include <thread>

#include <torch/torch.h>

namespace assay {

namespace {
// OpenBLAS is loaded by LibTorch at run time (Debian's alternatives), so its
// setter is looked up rather than linked: absent (reference BLAS), nothing to set.
void setBlasThreads(int n) {
  using Setter = void (*)(int);
  if (auto* setter = reinterpret_cast<Setter>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"))) setter(n);
}
}  // namespace

int configureThreads(int requested) {
  const int cores = std::max(1u, std::thread::hardware_concurrency());
  const int n = requested > 0 ? requested : cores;
  torch::set_num_threads(n);
  setBlasThreads(n);
  return n;
}

}  // namespace assay
