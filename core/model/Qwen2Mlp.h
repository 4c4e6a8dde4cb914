#pragma once
// Qwen2MLP: down_proj(silu(gate_proj(x)) * up_proj(x)), no biases.
#include <torch/torch.h>

#include "model/LoraLinear.h"
#include "model/Qwen2Config.h"

namespace assay {

class Qwen2MlpImpl : public torch::nn::Module {
 public:
  explicit Qwen2MlpImpl(const Qwen2Config& config);
  torch::Tensor forward(const torch::Tensor& x);

  LoraLinear gate_proj{nullptr}, up_proj{nullptr}, down_proj{nullptr};
};
TORCH_MODULE(Qwen2Mlp);

}  // namespace assay
