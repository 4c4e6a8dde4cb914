#pragma once
// Qwen2RMSNorm: x * rsqrt(mean(x^2) + eps) computed in float32, cast back to
// the input dtype, then scaled by `weight` (HF multiplies after the cast).
// On the fused path float32 inputs on the CPU take two row loops forward and
// backward (RmsNorm.cpp); other dtypes, and the reference path, the
// tensor-operation form.
#include <torch/torch.h>

#include "model/ComputePolicy.h"

namespace assay {

class RmsNormImpl : public torch::nn::Module, public FollowsComputePolicy {
 public:
  RmsNormImpl(int64_t hiddenSize, double eps);
  torch::Tensor forward(const torch::Tensor& x);
  // The same values rounded to outType in the same pass: a norm that feeds
  // a bfloat16 product (MatmulPrecision.h) writes bfloat16 directly, and its
  // backward reads the product's bfloat16 gradient, saving a conversion each
  // way (the product would round its input to the same values).
  torch::Tensor forwardAs(const torch::Tensor& x, torch::ScalarType outType);

  torch::Tensor weight;

 private:
  double eps_;
};
TORCH_MODULE(RmsNorm);

}  // namespace assay
