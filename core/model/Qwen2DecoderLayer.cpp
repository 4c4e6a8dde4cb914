#include "model/Qwen2DecoderLayer.h"

namespace assay {

Qwen2DecoderLayerImpl::Qwen2DecoderLayerImpl(const Qwen2Config& c) : dropout_(c.hiddenDropout) {
  self_attn = register_module("self_attn", Qwen2Attention(c));
  mlp = register_module("mlp", Qwen2Mlp(c));
  input_layernorm = register_module("input_layernorm", RmsNorm(c.hiddenSize, c.rmsNormEps));
  post_attention_layernorm = register_module("post_attention_layernorm", RmsNorm(c.hiddenSize, c.rmsNormEps));
}

torch::Tensor Qwen2DecoderLayerImpl::forward(const torch::Tensor& hidden, const RotaryAngles& rotary,
                                             const torch::Tensor& additiveMask,
                                             const c10::optional<torch::Tensor>& queryIndex) {
  torch::Tensor residual = hidden;
  if (queryIndex) {
    const auto b = hidden.size(0);
    const auto index = queryIndex->view({b, -1});
    residual = hidden.gather(1, index.view({b, -1, 1}).expand({b, index.size(1), hidden.size(2)}));
  }
  const bool drop = dropout_ > 0 && is_training();
  // With bfloat16 products the fused norms hand the projections bfloat16
  // directly (RmsNorm.h): the values the products would have rounded to.
  const auto normType = policy_.fused() && policy_.bf16Products() && hidden.scalar_type() == torch::kFloat
                            ? torch::kBFloat16
                            : hidden.scalar_type();
  auto attended = self_attn(input_layernorm->forwardAs(hidden, normType), rotary, additiveMask, queryIndex);
  if (drop) attended = torch::dropout(attended, dropout_, true);
  auto h = residual + attended;
  auto transformed = mlp(post_attention_layernorm->forwardAs(h, normType));
  if (drop) transformed = torch::dropout(transformed, dropout_, true);
  return h + transformed;
}

}  // namespace assay
