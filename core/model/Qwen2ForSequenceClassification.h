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

#include "model/MatmulPrecision.h"
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

  // inputIds, attentionMask: [batch, seq] int64. Returns logits [batch, num_labels].
  torch::Tensor forward(const torch::Tensor& inputIds, const torch::Tensor& attentionMask);
  // Same with explicit position ids [batch, seq] (HF's position_ids argument).
  torch::Tensor forward(const torch::Tensor& inputIds, const torch::Tensor& attentionMask,
                        const torch::Tensor& positionIds);

  // forward() plus the auxiliary next-token loss (NextTokenLoss.h) over
  // every real position of every row: {logits [batch, num_labels], loss []}.
  // Training only; the last layer then runs at every position.
  std::pair<torch::Tensor, torch::Tensor> forwardWithNextTokenLoss(const torch::Tensor& inputIds,
                                                                   const torch::Tensor& attentionMask,
                                                                   const torch::Tensor& frequentTokens);

  // Two sequences that begin alike, run as one row: inputIds holds the
  // shared prefix, then the rest of the first sequence (tail A), then the
  // rest of the second (tail B). positionIds continue the prefix in both
  // tails; visibility ([batch, seq, seq] bool) is causal, except that tail B
  // never sees tail A; pooled ([batch, 2]) indexes the last token of each
  // tail. Returns logits [batch, 2, num_labels], equal up to float rounding
  // to forward() on the two sequences separately, for the prefix's share of
  // the work less (a correctness record and its two verdicts share all but
  // the last token). Built by packSharedPrefixPairs (train/Batching.h).
  torch::Tensor forwardSharedPrefix(const torch::Tensor& inputIds, const torch::Tensor& positionIds,
                                    const torch::Tensor& visibility, const torch::Tensor& pooled);

  // forwardSharedPrefix() plus the next-token loss over the first sequence
  // of each pair (the prefix and tail A: the chosen text), as if it ran alone.
  std::pair<torch::Tensor, torch::Tensor> forwardSharedPrefixWithNextTokenLoss(const torch::Tensor& inputIds,
                                                                               const torch::Tensor& positionIds,
                                                                               const torch::Tensor& visibility,
                                                                               const torch::Tensor& pooled,
                                                                               const torch::Tensor& frequentTokens);

  // Index of the pooled token per row (see the header comment), [batch] int64.
  static torch::Tensor lastNonPaddingIndex(const torch::Tensor& inputIds, int64_t padTokenId);
  // cumsum(attention_mask) - 1, clamped at 0.
  static torch::Tensor positionIdsFromMask(const torch::Tensor& attentionMask);

  // Decoder projections (every LoraLinear) multiply in bfloat16 or float32
  // (MatmulPrecision.h). The score head and attention products stay float32.
  void setMatmulPrecision(MatmulPrecision precision);
  MatmulPrecision matmulPrecision() const { return precision_; }

  // Re-initialise score.weight ~ N(0, initializer_range), HF's fresh head.
  void resetScoreHead();

  const Qwen2Config& config() const { return config_; }

  Qwen2Model model{nullptr};
  torch::nn::Linear score{nullptr};

 private:
  void checkSharedPrefixShapes(const torch::Tensor& inputIds, const torch::Tensor& positionIds,
                               const torch::Tensor& visibility, const torch::Tensor& pooled) const;
  torch::Tensor nextTokenLossOf(const torch::Tensor& hidden, const torch::Tensor& inputIds,
                                const torch::Tensor& predicts, const torch::Tensor& frequentTokens) const;

  Qwen2Config config_;
  MatmulPrecision precision_ = MatmulPrecision::Float32;
};
TORCH_MODULE(Qwen2ForSequenceClassification);

}  // namespace assay
