#pragma once
// Qwen2ForSequenceClassification semantics in LibTorch: embedding, decoder
// layers (RMSNorm, rotary attention with GQA and q/k/v biases, SwiGLU MLP),
// final norm, and a bias-free `score` head read at the last non-padding
// token of each row. Parameter names equal Hugging Face's tensor names
// (model.embed_tokens.weight, model.layers.0.self_attn.q_proj.weight, score.weight).
//
// Pooling: the row's logits are taken at the rightmost position whose id is
// not pad_token_id, the rule of transformers >= 4.48
// (`(arange(seq) * (input_ids != pad)).argmax(-1)`), right for both right
// and left padding. The older rule (`argmax(input_ids == pad) - 1`, modulo
// seq) also lands on the last position for left padding, but picks the token
// before the *first* pad id, which is wrong when the pad id also occurs
// inside the text (Qwen pads with <|endoftext|>). A row of pads pools
// position 0, as the newer rule does; without a pad id only batch size 1 is
// accepted and the last position is pooled (HF's behaviour).
// Positions: position_ids = cumsum(attention_mask) - 1 (clamped at 0), i.e.
// every row's first real token sits at position 0. For right padding and
// unpadded rows this equals HF's default arange. For left padding HF's
// default gives the real tokens positions pad..seq-1 instead; since pad keys
// are masked and rotary attention depends only on position differences,
// both give the same logits up to float rounding (tested), and ours is what
// HF's `generate` passes and keeps a row's numbers closest to its unpadded run.
#include <torch/torch.h>

#include "model/ComputePolicy.h"
#include "model/ForwardPass.h"
#include "model/Qwen2Config.h"
#include "model/Qwen2DecoderLayer.h"

namespace assay {

// The decoder stack, HF's Qwen2Model: embed_tokens, layers.N, norm.
class Qwen2ModelImpl : public torch::nn::Module {
 public:
  explicit Qwen2ModelImpl(const Qwen2Config& config);

  // Hidden states [batch, seq, hidden] after the final norm. When
  // onlyPositions ([batch] int64) is given, the last layer's attention
  // queries, its MLP and the final norm run only at those positions and the
  // result is [batch, hidden] (classification needs nothing else); with
  // [batch, K] positions it is [batch, K, hidden].
  // visibility ([batch, seq, seq] bool, query x key), when given, replaces
  // the causal-and-padding rule: it is the whole attention pattern.
  torch::Tensor forward(const torch::Tensor& inputIds, const torch::Tensor& attentionMask,
                        const torch::Tensor& positionIds,
                        const c10::optional<torch::Tensor>& onlyPositions = c10::nullopt,
                        const c10::optional<torch::Tensor>& visibility = c10::nullopt);

  torch::nn::Embedding embed_tokens{nullptr};
  torch::nn::ModuleList layers{nullptr};
  RmsNorm norm{nullptr};

 private:
  Qwen2Config config_;
  RotaryEmbedding rotary_{nullptr};
  double embedDropout_ = 0.0;  // hidden_dropout on the embeddings, training only
};
TORCH_MODULE(Qwen2Model);

class Qwen2ForSequenceClassificationImpl : public torch::nn::Module {
 public:
  explicit Qwen2ForSequenceClassificationImpl(const Qwen2Config& config);

  // The one forward pass (ForwardPass.h): a padded batch or packed reward
  // pairs in; logits, and whatever the request asks for, out. The last
  // layer runs only at the pooled positions unless the request needs every
  // position (hidden states, the next-token loss).
  ModelOutput forward(const ModelInput& input, const ForwardRequest& request = {});
  // Hugging Face's call: inputIds, attentionMask [batch, seq] int64 (and
  // position ids) -> logits [batch, num_labels].
  torch::Tensor forward(const torch::Tensor& inputIds, const torch::Tensor& attentionMask,
                        const torch::Tensor& positionIds = {});

  // Index of the pooled token per row (see the header comment), [batch] int64.
  static torch::Tensor lastNonPaddingIndex(const torch::Tensor& inputIds, int64_t padTokenId);
  // cumsum(attention_mask) - 1, clamped at 0.
  static torch::Tensor positionIdsFromMask(const torch::Tensor& attentionMask);

  // Hands the policy (ComputePolicy.h) to every layer: the precision of the
  // decoder's projections (the score head and attention products stay
  // float32) and fused kernels or the plain reference path.
  void setComputePolicy(const ComputePolicy& policy);
  const ComputePolicy& computePolicy() const { return policy_; }

  // Re-initialise score.weight ~ N(0, initializer_range), HF's fresh head.
  void resetScoreHead();

  const Qwen2Config& config() const { return config_; }

  Qwen2Model model{nullptr};
  torch::nn::Linear score{nullptr};

 private:
  ModelOutput forwardPairs(const ModelInput& input, const ForwardRequest& request);
  ModelOutput forwardPadded(const ModelInput& input, const ForwardRequest& request);
  torch::Tensor nextTokenLossOf(const torch::Tensor& hidden, const torch::Tensor& inputIds,
                                const torch::Tensor& predicts, const ForwardRequest& request) const;

  Qwen2Config config_;
  ComputePolicy policy_;
};
TORCH_MODULE(Qwen2ForSequenceClassification);

}  // namespace assay
