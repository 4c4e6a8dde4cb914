#include "model/Qwen2Attention.h"

#include <cmath>

#include "model/FusedAttention.h"

namespace assay {

torch::Tensor repeatKv(const torch::Tensor& x, int64_t groups) {
  if (groups == 1) return x;
  const auto b = x.size(0), kv = x.size(1), s = x.size(2), d = x.size(3);
  return x.unsqueeze(2).expand({b, kv, groups, s, d}).reshape({b, kv * groups, s, d});
}

Qwen2AttentionImpl::Qwen2AttentionImpl(const Qwen2Config& c)
    : numHeads_(c.numAttentionHeads),
      numKvHeads_(c.numKeyValueHeads),
      headDim_(c.headDim()),
      dropout_(c.attentionDropout) {
  q_proj = register_module("q_proj", LoraLinear(c.hiddenSize, numHeads_ * headDim_, true));
  k_proj = register_module("k_proj", LoraLinear(c.hiddenSize, numKvHeads_ * headDim_, true));
  v_proj = register_module("v_proj", LoraLinear(c.hiddenSize, numKvHeads_ * headDim_, true));
  o_proj = register_module("o_proj", LoraLinear(numHeads_ * headDim_, c.hiddenSize, false));
}

torch::Tensor Qwen2AttentionImpl::forward(const torch::Tensor& hidden, const RotaryAngles& rotary,
                                          const torch::Tensor& additiveMask,
                                          const c10::optional<torch::Tensor>& queryIndex) {
  const auto b = hidden.size(0), s = hidden.size(1);
  const int64_t groups = numHeads_ / numKvHeads_;

  // With bfloat16 products (as torch.autocast runs matmul) the two batched
  // products take bfloat16 operands: oneDNN then runs the whole batch in one
  // call, where float32 goes through one small sgemm per (row, head).
  // The input is float32, or bfloat16 from a norm that rounded it for these products.
  const bool bf16 =
      policy_.bf16Products() && (hidden.scalar_type() == torch::kFloat || hidden.scalar_type() == torch::kBFloat16);
  const auto productType = bf16 ? torch::kBFloat16 : hidden.scalar_type();
  torch::Tensor q, k, v, mask;
  int64_t sq = s;
  if (queryIndex) {
    auto kv = projectTogether(hidden, {k_proj.get(), v_proj.get()});
    k = kv[0], v = kv[1];
    const auto index = queryIndex->view({b, -1});  // [batch] or [batch, K] -> [batch, K]
    sq = index.size(1);
    const auto rows = hidden.gather(1, index.view({b, sq, 1}).expand({b, sq, hidden.size(2)}));
    q = applyRotary(q_proj(rows).view({b, sq, numHeads_, headDim_}), pickAngles(rotary, index)).transpose(1, 2);
    mask = additiveMask.expand({b, 1, s, s}).gather(2, index.view({b, 1, sq, 1}).expand({b, 1, sq, s}));
  } else {
    mask = additiveMask;
    const std::vector<LoraLinearImpl*> qkvProjections{q_proj.get(), k_proj.get(), v_proj.get()};
    const auto product = rawStackedProduct(hidden, qkvProjections);
    if (product.defined()) {
      // One pass from the product to the heads, in the products' dtype (FusedAttention.h).
      const auto heads =
          splitHeadsRotary(product, stackedBias(qkvProjections), rotary, numHeads_, numKvHeads_, productType);
      q = heads.q, k = heads.k, v = heads.v;
    } else {
      auto qkv = projectTogether(hidden, qkvProjections);
      q = applyRotary(qkv[0].view({b, s, numHeads_, headDim_}), rotary).transpose(1, 2);
      k = qkv[1], v = qkv[2];
    }
  }
  if (k.dim() == 3) {  // not yet split into heads
    k = applyRotary(k.view({b, s, numKvHeads_, headDim_}), rotary).transpose(1, 2);
    v = v.view({b, s, numKvHeads_, headDim_}).transpose(1, 2);
  }

  if (!policy_.fused()) return o_proj(referenceAttention(q, k, v, mask, productType));

  // Grouped-query attention without materialising repeat_kv: query heads
  // kv*groups .. kv*groups+groups-1 share kv head `kv` (HF's repeat_kv order),
  // so the queries of one group are stacked along the sequence axis.
  const double scale = 1.0 / std::sqrt(static_cast<double>(headDim_));
  const auto operand = [&](const torch::Tensor& t) { return bf16 ? t.to(torch::kBFloat16) : t; };
  auto qg = q.reshape({b, numKvHeads_, groups * sq, headDim_});
  const auto scores = torch::matmul(operand(qg), operand(k).transpose(2, 3));  // [b, kv, g*sq, s]
  // Softmax in float32, as HF's eager attention does, then in the value
  // product's dtype: one pass (FusedAttention.h).
  auto probs = scaledMaskedSoftmax(scores, scale, mask, productType);
  if (dropout_ > 0 && is_training()) probs = torch::dropout(probs, dropout_, true);
  auto out = torch::matmul(probs, operand(v));  // [b, kv, g*sq, d]
  // Heads back side by side, still in the product's dtype: o_proj multiplies
  // a bfloat16 input as it is.
  out = out.view({b, numHeads_, sq, headDim_}).transpose(1, 2).reshape({b, sq, numHeads_ * headDim_});
  return o_proj(out);
}

torch::Tensor Qwen2AttentionImpl::referenceAttention(const torch::Tensor& q, const torch::Tensor& k,
                                                     const torch::Tensor& v, const torch::Tensor& mask,
                                                     torch::ScalarType productType) {
  const int64_t groups = numHeads_ / numKvHeads_;
  const auto b = q.size(0), sq = q.size(2);
  const auto keys = repeatKv(k, groups).to(productType), values = repeatKv(v, groups).to(productType);
  const double scale = 1.0 / std::sqrt(static_cast<double>(headDim_));
  const auto scores = torch::matmul(q.to(productType), keys.transpose(2, 3)).to(torch::kFloat) * scale + mask;
  auto probs = torch::softmax(scores, -1).to(productType);
  if (dropout_ > 0 && is_training()) probs = torch::dropout(probs, dropout_, true);
  return torch::matmul(probs, values).transpose(1, 2).reshape({b, sq, numHeads_ * headDim_});
}

}  // namespace assay
