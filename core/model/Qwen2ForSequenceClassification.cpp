#include "model/Qwen2ForSequenceClassification.h"

#include <limits>

#include "model/NextTokenLoss.h"

namespace assay {

Qwen2ModelImpl::Qwen2ModelImpl(const Qwen2Config& c) : config_(c) {
  auto embedOptions = torch::nn::EmbeddingOptions(c.vocabSize, c.hiddenSize);
  // HF builds nn.Embedding(vocab, hidden, padding_idx): the pad row gets no gradient.
  if (c.padTokenId >= 0) embedOptions.padding_idx(c.padTokenId);
  embed_tokens = register_module("embed_tokens", torch::nn::Embedding(embedOptions));
  layers = register_module("layers", torch::nn::ModuleList());
  for (int64_t i = 0; i < c.numHiddenLayers; ++i) layers->push_back(Qwen2DecoderLayer(c));
  norm = register_module("norm", RmsNorm(c.hiddenSize, c.rmsNormEps));
  // Not registered: inv_freq is derived from the config, never stored (HF: persistent=False).
  rotary_ = RotaryEmbedding(c.headDim(), c.ropeTheta);
  embedDropout_ = c.hiddenDropout;
}

torch::Tensor Qwen2ModelImpl::forward(const torch::Tensor& inputIds, const torch::Tensor& attentionMask,
                                      const torch::Tensor& positionIds,
                                      const c10::optional<torch::Tensor>& onlyPositions,
                                      const c10::optional<torch::Tensor>& visibility) {
  const auto seq = inputIds.size(1);
  auto hidden = embed_tokens(inputIds);
  if (embedDropout_ > 0 && is_training()) hidden = torch::dropout(hidden, embedDropout_, true);
  const auto rotary = rotary_->forward(positionIds);

  // Key j is visible to query i when j <= i (causal) and j is not padding.
  // The blocked entries get float32's lowest value rather than -inf, as HF
  // does, so a query row with no visible key (a left-pad position) stays
  // finite instead of turning into NaN that would leak through the values.
  const auto options = torch::TensorOptions().device(inputIds.device());
  torch::Tensor visible;
  if (visibility) {
    visible = visibility->to(torch::kBool).view({-1, 1, seq, seq});
  } else {
    const auto causal = torch::ones({seq, seq}, options.dtype(torch::kBool)).tril();
    visible = causal.view({1, 1, seq, seq}) & attentionMask.to(torch::kBool).view({-1, 1, 1, seq});
  }
  // The mask has the scores' dtype; its blocked value is that dtype's lowest
  // finite number (float32's would round to -inf in bfloat16/half).
  const auto dtype = hidden.scalar_type();
  const double lowest = dtype == torch::kBFloat16 ? double(std::numeric_limits<c10::BFloat16>::lowest())
                        : dtype == torch::kHalf   ? double(std::numeric_limits<c10::Half>::lowest())
                                                  : double(std::numeric_limits<float>::lowest());
  const auto additiveMask =
      torch::zeros(visible.sizes(), options.dtype(dtype)).masked_fill_(visible.logical_not(), lowest);

  const auto count = static_cast<int64_t>(layers->size());
  for (int64_t i = 0; i < count; ++i) {
    auto layer = layers->ptr<Qwen2DecoderLayerImpl>(i);
    const bool last = i == count - 1;
    hidden = layer->forward(hidden, rotary, additiveMask, last ? onlyPositions : c10::nullopt);
  }
  hidden = norm(hidden);
  return onlyPositions && onlyPositions->dim() == 1 ? hidden.squeeze(1) : hidden;
}

Qwen2ForSequenceClassificationImpl::Qwen2ForSequenceClassificationImpl(const Qwen2Config& c) : config_(c) {
  config_.validate();
  model = register_module("model", Qwen2Model(c));
  score =
      register_module("score", torch::nn::Linear(torch::nn::LinearOptions(c.hiddenSize, c.numLabels()).bias(false)));

  // HF's _init_weights: normal(0, initializer_range) for linear and
  // embedding weights, zero biases and pad row, ones for the norms.
  torch::NoGradGuard noGrad;
  for (auto& item : named_parameters()) {
    const std::string& name = item.key();
    auto& p = item.value();
    if (name.find("norm.weight") != std::string::npos || name.find("layernorm.weight") != std::string::npos)
      p.fill_(1.0);
    else if (name.size() >= 4 && name.compare(name.size() - 4, 4, "bias") == 0) p.zero_();
    else p.normal_(0.0, c.initializerRange);
  }
  if (c.padTokenId >= 0) model->embed_tokens->weight[c.padTokenId].zero_();
}

void Qwen2ForSequenceClassificationImpl::setComputePolicy(const ComputePolicy& policy) {
  policy_ = policy;
  for (const auto& m : modules(/*include_self=*/false))
    if (auto follower = std::dynamic_pointer_cast<FollowsComputePolicy>(m)) follower->setComputePolicy(policy);
}

void Qwen2ForSequenceClassificationImpl::resetScoreHead() {
  torch::NoGradGuard noGrad;
  score->weight.normal_(0.0, config_.initializerRange);
}

ModelOutput Qwen2ForSequenceClassificationImpl::forward(const ModelInput& input, const ForwardRequest& request) {
  TORCH_CHECK(input.inputIds.dim() == 2, "input_ids must be [batch, seq], got ", input.inputIds.sizes());
  return input.packsPairs() ? forwardPairs(input, request) : forwardPadded(input, request);
}

torch::Tensor Qwen2ForSequenceClassificationImpl::forward(const torch::Tensor& inputIds,
                                                          const torch::Tensor& attentionMask,
                                                          const torch::Tensor& positionIds) {
  return forward(ModelInput::padded(inputIds, attentionMask, positionIds)).logits;
}

ModelOutput Qwen2ForSequenceClassificationImpl::forwardPairs(const ModelInput& in, const ForwardRequest& request) {
  const auto& ids = in.inputIds;
  TORCH_CHECK(in.positionIds.defined() && in.positionIds.sizes() == ids.sizes(),
              "input_ids and position_ids must be the same [batch, seq]");
  TORCH_CHECK(in.pooled.defined() && in.pooled.dim() == 2 && in.pooled.size(0) == ids.size(0),
              "pooled must be [batch, K]");
  const auto seq = ids.size(1);
  TORCH_CHECK(in.visibility.sizes() == torch::IntArrayRef({ids.size(0), seq, seq}),
              "visibility must be [batch, seq, seq]");
  ModelOutput out;
  // The attention mask is unused when visibility is given; pass the ids' shape.
  const auto mask = torch::ones_like(ids);
  if (!request.hiddenStates && !request.nextTokenLoss) {
    out.logits = score(model->forward(ids, mask, in.positionIds, in.pooled, in.visibility));
    return out;
  }
  const auto hidden = model->forward(ids, mask, in.positionIds, c10::nullopt, in.visibility);
  const auto rows = torch::arange(ids.size(0), in.pooled.options()).unsqueeze(1);
  out.logits = score(hidden.index({rows, in.pooled}));  // [batch, K, labels]
  if (request.hiddenStates) out.hiddenStates = hidden;
  if (request.nextTokenLoss) {
    // The first sequence occupies columns 0..pooled[:, 0] in order: column t
    // predicts column t + 1 up to its last token.
    const auto columns = torch::arange(seq - 1, in.pooled.options()).unsqueeze(0);
    const auto predicts = columns.lt(in.pooled.select(1, 0).unsqueeze(1));
    out.nextTokenLoss = nextTokenLossOf(hidden, ids, predicts, request);
  }
  return out;
}

ModelOutput Qwen2ForSequenceClassificationImpl::forwardPadded(const ModelInput& in, const ForwardRequest& request) {
  const auto& ids = in.inputIds;
  const auto& mask = in.attentionMask;
  TORCH_CHECK(mask.sizes() == ids.sizes(), "attention_mask ", mask.sizes(), " does not match input_ids ", ids.sizes());
  const auto positions = in.positionIds.defined() ? in.positionIds : positionIdsFromMask(mask);
  TORCH_CHECK(positions.sizes() == ids.sizes(), "position_ids ", positions.sizes(), " does not match input_ids ",
              ids.sizes());
  const auto pooled = in.pooled.defined() ? in.pooled : lastNonPaddingIndex(ids, config_.padTokenId);
  ModelOutput out;
  if (!request.hiddenStates && !request.nextTokenLoss) {
    // Causal attention: a pooled token never sees later positions, so columns
    // after the rightmost pooled token (trailing right padding, e.g. inputs
    // padded to max_length) cannot change any logit and are dropped. The
    // classifier reads one position per row, so the last layer only runs its
    // queries and MLP there (identical values, less work).
    const int64_t keep = pooled.max().item<int64_t>() + 1;
    if (keep < ids.size(1))
      out.logits =
          score(model->forward(ids.narrow(1, 0, keep), mask.narrow(1, 0, keep), positions.narrow(1, 0, keep), pooled));
    else out.logits = score(model->forward(ids, mask, positions, pooled));
    return out;
  }
  const auto hidden = model->forward(ids, mask, positions);
  const auto rows = torch::arange(ids.size(0), pooled.options());
  out.logits = score(pooled.dim() == 1 ? hidden.index({rows, pooled}) : hidden.index({rows.unsqueeze(1), pooled}));
  if (request.hiddenStates) out.hiddenStates = hidden;
  if (request.nextTokenLoss) {
    const auto seq = ids.size(1);
    const auto real = mask.to(torch::kBool);
    const auto predicts = real.narrow(1, 0, seq - 1) & real.narrow(1, 1, seq - 1);
    out.nextTokenLoss = nextTokenLossOf(hidden, ids, predicts, request);
  }
  return out;
}

torch::Tensor Qwen2ForSequenceClassificationImpl::nextTokenLossOf(const torch::Tensor& hidden,
                                                                  const torch::Tensor& inputIds,
                                                                  const torch::Tensor& predicts,
                                                                  const ForwardRequest& request) const {
  return nextTokenLoss(hidden, model->embed_tokens->weight, inputIds, predicts, request.frequentTokens, policy_);
}

torch::Tensor Qwen2ForSequenceClassificationImpl::lastNonPaddingIndex(const torch::Tensor& inputIds,
                                                                      int64_t padTokenId) {
  const auto seq = inputIds.size(1);
  if (padTokenId < 0) {
    // HF: without a pad token only batch size 1 is defined; it pools the last position.
    TORCH_CHECK(inputIds.size(0) == 1, "pad_token_id is not set: cannot pool a batch of ", inputIds.size(0),
                " rows (Hugging Face requires batch size 1 then)");
    return torch::full({1}, seq - 1, inputIds.options().dtype(torch::kLong));
  }
  const auto notPad = inputIds.ne(padTokenId).to(torch::kLong);
  const auto positions = torch::arange(seq, inputIds.options().dtype(torch::kLong));
  // Rightmost non-pad position; all-pad rows give 0 (argmax of zeros).
  return (positions * notPad).argmax(-1);
}

torch::Tensor Qwen2ForSequenceClassificationImpl::positionIdsFromMask(const torch::Tensor& attentionMask) {
  return (attentionMask.to(torch::kLong).cumsum(-1) - 1).clamp_min(0);
}

}  // namespace assay
