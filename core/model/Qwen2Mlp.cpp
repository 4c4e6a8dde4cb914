#include "model/Qwen2Mlp.h"

#include "model/SwiGlu.h"

namespace assay {

Qwen2MlpImpl::Qwen2MlpImpl(const Qwen2Config& c) {
  gate_proj = register_module("gate_proj", LoraLinear(c.hiddenSize, c.intermediateSize, false));
  up_proj = register_module("up_proj", LoraLinear(c.hiddenSize, c.intermediateSize, false));
  down_proj = register_module("down_proj", LoraLinear(c.intermediateSize, c.hiddenSize, false));
}

torch::Tensor Qwen2MlpImpl::forward(const torch::Tensor& x) {
  const std::vector<LoraLinearImpl*> gateUp{gate_proj.get(), up_proj.get()};
  const auto gateUpProduct = stackedBias(gateUp).defined() ? torch::Tensor() : rawStackedProduct(x, gateUp);
  if (gateUpProduct.defined()) {
    // One pass from the product's output to down_proj's input, in bfloat16
    // when down_proj multiplies in bfloat16 (its adapter, if any, reads float32).
    // x is float32, or bfloat16 from a norm that rounded it for these products.
    const bool bf16Products =
        down_proj->bf16Products() && (x.scalar_type() == torch::kFloat || x.scalar_type() == torch::kBFloat16);
    const bool bf16Input = bf16Products && !down_proj->hasLora();
    return down_proj(swiGlu(gateUpProduct, bf16Input      ? torch::kBFloat16
                                           : bf16Products ? torch::kFloat
                                                          : x.scalar_type()));
  }
  auto gateAndUp = projectTogether(x, gateUp);
  if (torch::GradMode::is_enabled()) return down_proj(torch::silu(gateAndUp[0]) * gateAndUp[1]);
  // Inference: the same values computed in place, saving two
  // [tokens, intermediate] allocations and passes over memory.
  auto& gate = gateAndUp[0];
  torch::silu_(gate);
  return down_proj(gate.mul_(gateAndUp[1]));
}

}  // namespace assay
