#pragma once
// Qwen2ForSequenceClassification semantics in LibTorch: embedding, decoder
// layers (RMSNorm, rotary attention with GQA and q/k/v biases, SwiGLU MLP),
// final norm, and a bias-free `score` head read at the last non-padding
// token of each row. Parameter names equal Hugging Face's tensor names
// (model.embed_tokens.weight, model.layers.0.self_attn.q_proj.weight, score.weight).
#include <torch/torch.h>

#include "Qwen2Config.h"

namespace assay {

class Qwen2ForSequenceClassificationImpl : public torch::nn::Module {
 public:
  explicit Qwen2ForSequenceClassificationImpl(const Qwen2Config& config);

  // inputIds, attentionMask: [batch, seq] int64. Returns logits [batch, num_labels].
  torch::Tensor forward(const torch::Tensor& inputIds, const torch::Tensor& attentionMask);

  const Qwen2Config& config() const { return config_; }

 private:
  Qwen2Config config_;
  // Implementation members are declared by the model implementation.
};
TORCH_MODULE(Qwen2ForSequenceClassification);

}  // namespace assay
