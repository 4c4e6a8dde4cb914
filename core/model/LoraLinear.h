#pragma once
// A linear projection (weight [out, in], optional bias) that can carry a LoRA
// adapter: y = x W^T + b + dropout(x) A^T B^T * (alpha / r). Parameter names
// are PEFT's (`weight`, `bias`, `lora_A.weight`, `lora_B.weight`), so a
// model's named_parameters() give PEFT's adapter tensor names directly.
#include <torch/torch.h>

#include "model/ComputePolicy.h"

namespace assay {

struct LoraSettings {
  int64_t r = 8;
  double alpha = 16.0;
  double dropout = 0.0;
  // HF module names (last path component) that get adapters.
  std::vector<std::string> targetModules{"q_proj", "k_proj", "v_proj", "o_proj"};
};

class LoraLinearImpl : public torch::nn::Module, public FollowsComputePolicy {
 public:
  LoraLinearImpl(int64_t inFeatures, int64_t outFeatures, bool withBias);

  torch::Tensor forward(const torch::Tensor& x);
  // y plus the adapter's contribution for input x (y itself without one).
  torch::Tensor withAdapter(const torch::Tensor& x, const torch::Tensor& y);

  // Adds an adapter: A ~ kaiming_uniform(a=sqrt(5)) as PEFT does, B = 0, so
  // the layer's output is unchanged until B trains.
  void addLora(int64_t r, double alpha, double dropout);
  bool hasLora() const { return static_cast<bool>(loraA_); }
  // W += B A * scaling, then removes the adapter (the export path).
  void mergeLora();
  double loraScaling() const { return scaling_; }

  // With the policy's bfloat16 products (MatmulPrecision.h) a float32 input
  // and the weight are rounded for the product only; the bias, the LoRA path
  // and the result stay float32, and gradients reach the float32 weight
  // through the cast. A bfloat16 input (a fused activation's output) is
  // multiplied as it is. The fused path runs the product as one autograd
  // node (Bf16Product.h), the reference path as casts around F::linear.
  bool bf16Products() const { return policy_.bf16Products(); }

  int64_t inFeatures() const { return in_; }
  int64_t outFeatures() const { return out_; }

  torch::Tensor weight;
  torch::Tensor bias;  // undefined when the layer has none

 private:
  int64_t in_, out_;
  torch::nn::Linear loraA_{nullptr};
  torch::nn::Linear loraB_{nullptr};
  torch::nn::Dropout loraDropout_{nullptr};
  double scaling_ = 0.0;
};
TORCH_MODULE(LoraLinear);

// The outputs of several projections of the same input, in order. On the
// fused path, without adapters, they run as one product against the stacked weights: one wide
// matrix product and one rounding of the input instead of several narrow
// ones (q/k/v, gate/up), which is most of the saving on small models where
// per-call overhead and input conversion rival the multiply itself. The
// values equal separate calls up to rounding; gradients reach each weight
// through the stack. Adapters add their own (low-rank) products afterwards,
// so adding a fresh adapter leaves the base products bit-identical.
std::vector<torch::Tensor> projectTogether(const torch::Tensor& x, const std::vector<LoraLinearImpl*>& projections);

// The same stacked product without its biases, left as the product made it:
// [..., sum of widths] in bfloat16 when the projections multiply in bfloat16
// (no conversion back to float32), for a consumer that adds the biases and
// reads the blocks in one pass (SwiGlu.h, FusedAttention.h). Undefined when
// they cannot stack, any has an adapter, or the policy is the reference path.
torch::Tensor rawStackedProduct(const torch::Tensor& x, const std::vector<LoraLinearImpl*>& projections);
// Their biases end to end (zeros for one without), or undefined when none has one.
torch::Tensor stackedBias(const std::vector<LoraLinearImpl*>& projections);

}  // namespace assay
