#pragma once
// Data parallelism across processes (and machines) on PyTorch's distributed
// engine, c10d with its Gloo backend, as torchrun launches it: one process
// per rank, told its place by RANK, WORLD_SIZE, LOCAL_WORLD_SIZE,
// MASTER_ADDR and MASTER_PORT. Each rank trains on its slice of every global
// batch; the Trainer sums the weighted gradients here so that every rank
// steps with the whole batch's gradient. Without WORLD_SIZE (or with 1) no
// process group exists and the Trainer runs exactly as in one process.
#include <torch/torch.h>

#include <memory>
#include <vector>

namespace assay {

class DistributedContext {
 public:
  // The process group of this process, joined on the first call from the
  // environment; null when WORLD_SIZE is unset or 1. Throws
  // std::runtime_error naming the variable at fault or the store it could
  // not reach. Collectives give up after ASSAY_DIST_TIMEOUT_SECONDS
  // (default 60), so a rank that failed or was cancelled does not hang the
  // others forever.
  static DistributedContext* current();
  ~DistributedContext();

  int rank() const { return rank_; }
  int worldSize() const { return worldSize_; }
  // Processes of this group on this machine (LOCAL_WORLD_SIZE, default 1).
  int localWorldSize() const { return localWorldSize_; }
  // Rank 0 alone writes the output directory, checkpoints and metrics.
  bool writesOutput() const { return rank_ == 0; }

  // Sums the tensors over all ranks in place, through one flattened bucket
  // (undefined gradients count as zeros and come back defined).
  void sumGradients(const std::vector<torch::Tensor>& parameters);
  // Element-wise sum over the ranks.
  std::vector<double> sum(std::vector<double> values);
  // Rank 0's value, on every rank: for decisions all ranks must share.
  double fromRankZero(double value);
  // Rank 0's tensors copied into every rank's (initial weights).
  void copyFromRankZero(const std::vector<torch::Tensor>& tensors);

 private:
  DistributedContext() = default;
  struct Group;
  std::unique_ptr<Group> group_;
  int rank_ = 0, worldSize_ = 1, localWorldSize_ = 1;
};

}  // namespace assay
