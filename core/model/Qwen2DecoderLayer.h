#pragma once
// Qwen2DecoderLayer: pre-norm residual blocks,
//   h = x + self_attn(input_layernorm(x)); out = h + mlp(post_attention_layernorm(h)).
#include <torch/torch.h>

#include "model/Qwen2Attention.h"
#include "model/Qwen2Mlp.h"
#include "model/RmsNorm.h"

namespace assay {

class Qwen2DecoderLayerImpl : public torch::nn::Module, public FollowsComputePolicy {
 public:
  explicit Qwen2DecoderLayerImpl(const Qwen2Config& config);

  // With queryIndex ([batch], or [batch, K]), only those positions are
  // computed and the result is [batch, 1 or K, hidden] (used for the last
  // layer of a classifier).
  torch::Tensor forward(const torch::Tensor& hidden, const RotaryAngles& rotary, const torch::Tensor& additiveMask,
                        const c10::optional<torch::Tensor>& queryIndex = c10::nullopt);

  Qwen2Attention self_attn{nullptr};
  Qwen2Mlp mlp{nullptr};
  RmsNorm input_layernorm{nullptr}, post_attention_layernorm{nullptr};

 private:
  double dropout_ = 0.0;  // hidden_dropout, training only
};
TORCH_MODULE(Qwen2DecoderLayer);

}  // namespace assay
