#pragma once
// How the model computes, chosen by whoever runs it (training, prediction, a
// test) and handed to the model with setComputePolicy(): the precision of
// the decoder's products and whether the fused kernels run. The layers read
// it; none of them decides on its own.
//
// The reference path is plain LibTorch, written as Hugging Face's eager
// Qwen2 code is: separate q/k/v and gate/up products, repeat_kv, a float32
// softmax, silu(gate) * up, the tensor form of RMSNorm and of the next-token
// loss. It is slower and exists to check the fast path against (the whole
// model is compared in tst_compute_policy) and to rule the kernels out when
// a run looks wrong (`assay-cli train --kernels reference`).
#include <QString>

#include "model/MatmulPrecision.h"

namespace assay {

enum class KernelPath { Fused, Reference };

struct ComputePolicy {
  MatmulPrecision precision = MatmulPrecision::Float32;
  KernelPath kernels = KernelPath::Fused;

  bool bf16Products() const { return precision == MatmulPrecision::BFloat16; }
  bool fused() const { return kernels == KernelPath::Fused; }
  static ComputePolicy reference() { return {MatmulPrecision::Float32, KernelPath::Reference}; }
};

// "fused" / "reference", and back (std::invalid_argument for anything else).
QString kernelPathName(KernelPath path);
KernelPath parseKernelPath(const QString& name);

// A module whose arithmetic follows the policy it was handed; the model
// hands its policy to every such module it holds.
class FollowsComputePolicy {
 public:
  virtual ~FollowsComputePolicy() = default;
  virtual void setComputePolicy(const ComputePolicy& policy) { policy_ = policy; }
  const ComputePolicy& computePolicy() const { return policy_; }

 protected:
  ComputePolicy policy_;
};

}  // namespace assay
