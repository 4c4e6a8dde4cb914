#pragma once
// What one forward pass of the classifier reads, what it is asked for, and
// what it returns (Qwen2ForSequenceClassificationImpl::forward). Every
// objective goes through this one call: classification reads logits, reward
// pairs read rewards, the next-token loss asks for it in the request.
#include <torch/torch.h>

namespace assay {

struct ModelInput {
  torch::Tensor inputIds;       // [batch, seq] int64
  torch::Tensor attentionMask;  // [batch, seq]; unused when visibility is set
  torch::Tensor positionIds;    // [batch, seq]; undefined: cumsum(mask) - 1
  // [batch, seq, seq] bool (query x key): the whole attention pattern,
  // replacing the causal-and-padding rule. Set for shared-prefix pairs.
  torch::Tensor visibility;
  // Positions whose logits are read: [batch] or [batch, K] int64; undefined:
  // each row's last non-padding token.
  torch::Tensor pooled;

  // A padded batch, as Hugging Face's forward(input_ids, attention_mask) takes it.
  static ModelInput padded(const torch::Tensor& inputIds, const torch::Tensor& attentionMask,
                           const torch::Tensor& positionIds = {});
  // Two sequences that begin alike, run as one row: inputIds holds the shared
  // prefix, then the rest of the first sequence (tail A), then the rest of
  // the second (tail B). positionIds continue the prefix in both tails;
  // visibility is causal, except that tail B never sees tail A; pooled
  // ([batch, 2]) indexes the last token of each tail. The logits equal up to
  // float rounding those of the two sequences run separately, for the
  // prefix's share of the work less. Built by packSharedPrefixPairs
  // (train/Batching.h).
  static ModelInput sharedPrefixPairs(const torch::Tensor& inputIds, const torch::Tensor& positionIds,
                                      const torch::Tensor& visibility, const torch::Tensor& pooled);

  bool packsPairs() const { return visibility.defined(); }
};

// What the caller needs besides the logits.
struct ForwardRequest {
  // The final hidden states of every position, [batch, seq, hidden].
  bool hiddenStates = false;
  // The auxiliary next-token loss (NextTokenLoss.h) over every real position
  // of a padded batch, or over the first sequence of each packed pair (the
  // prefix and tail A, as if it ran alone); frequentTokens as nextTokenLoss() takes it.
  bool nextTokenLoss = false;
  torch::Tensor frequentTokens;

  static ForwardRequest withNextTokenLoss(const torch::Tensor& frequentTokens) {
    ForwardRequest r;
    r.nextTokenLoss = true;
    r.frequentTokens = frequentTokens;
    return r;
  }
};

struct ModelOutput {
  torch::Tensor logits;         // [batch, num_labels], or [batch, K, num_labels] for K pooled positions
  torch::Tensor hiddenStates;   // when asked
  torch::Tensor nextTokenLoss;  // a scalar, when asked
  // A reward model's score: its single logit ([batch] or [batch, K]).
  torch::Tensor rewards() const { return logits.select(-1, 0); }
};

}  // namespace assay
