#include "model/Qwen2Mlp.h"

namespace assay {

Qwen2MlpImpl::Qwen2MlpImpl(const Qwen2Config& c) {
  gate_proj = register_module("gate_proj", LoraLinear(c.hiddenSize, c.intermediateSize, false));
  up_proj = register_module("up_proj", LoraLinear(c.hiddenSize, c.intermediateSize, false));
  down_proj = register_module("down_proj", LoraLinear(c.intermediateSize, c.hiddenSize, false));
}

torch::Tensor Qwen2MlpImpl::forward(const torch::Tensor& x) {
  if (torch::GradMode::is_enabled()) return down_proj(torch::silu(gate_proj(x)) * up_proj(x));
  // Inference: the same values computed in place, saving two
  // [tokens, intermediate] allocations and passes over memory.
  auto gate = gate_proj(x);
  torch::silu_(gate);
  return down_proj(gate.mul_(up_proj(x)));
}

}  // namespace assay
