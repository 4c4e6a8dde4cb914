#pragma once
// Qwen2Attention: q/k/v projections with bias, o_proj without, rotary
// embedding, grouped-query attention (repeat_kv), scores scaled by
// 1/sqrt(head_dim), an additive causal + padding mask, softmax in float32.
#include <torch/torch.h>

#include "model/LoraLinear.h"
#include "model/Qwen2Config.h"
#include "model/RotaryEmbedding.h"

namespace assay {

class Qwen2AttentionImpl : public torch::nn::Module, public FollowsComputePolicy {
 public:
  explicit Qwen2AttentionImpl(const Qwen2Config& config);

  // hidden [batch, seq, hidden]; additiveMask [batch, 1, seq, seq] (0 or a
  // large negative). When queryIndex ([batch] or [batch, K] int64) is given,
  // only those query positions are computed: the result is [batch, 1 or K, hidden].
  torch::Tensor forward(const torch::Tensor& hidden, const RotaryAngles& rotary, const torch::Tensor& additiveMask,
                        const c10::optional<torch::Tensor>& queryIndex = c10::nullopt);

  LoraLinear q_proj{nullptr}, k_proj{nullptr}, v_proj{nullptr}, o_proj{nullptr};

 private:
  // Hugging Face's eager attention: repeat_kv, scores, float32 softmax, values.
  torch::Tensor referenceAttention(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v,
                                   const torch::Tensor& mask, torch::ScalarType productType);

  int64_t numHeads_, numKvHeads_, headDim_;
  double dropout_ = 0.0;
};
TORCH_MODULE(Qwen2Attention);

// [batch, kv_heads, seq, d] -> [batch, kv_heads * groups, seq, d], HF's repeat_kv.
torch::Tensor repeatKv(const torch::Tensor& x, int64_t groups);

}  // namespace assay
