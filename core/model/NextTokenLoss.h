#pragma once
// The auxiliary next-token objective (--lm_loss_coefficient): hidden state t
// predicts token t+1 through the transposed embedding matrix (tied output
// layer, so the classifier gains no parameter and its saved files do not
// change). A last-token classifier learns from one position per record;
// this gives every position a target, which is what made the tiny preset
// learn counting and copying rules (phone length, duplicated segments) that
// it otherwise picked up only on some seeds (bench/train/README.md). Alone
// it also taught the model which place names it had seen; the tiny preset
// trains it together with --name_swap, which removes that
// (TrainConfig::lmLossCoefficient, TrainConfig::nameSwap).
//
// Coarse targets: only "frequent" tokens are predicted by identity; any
// other token is one event whose probability is the summed softmax mass of
// all non-frequent tokens. Predicting every name character by identity made
// the model memorise the training set's names, and it then flagged correct
// records whose names were new (29-42 % of them on unseen place names); the
// structure the rules depend on lives in the frequent tokens (digits,
// punctuation, field labels, 省/市/路/号).
#include <torch/torch.h>

#include <vector>

#include "model/ComputePolicy.h"

namespace assay {

// Mean over the positions where predicts[b][t] is true of
// -log p(inputIds[b][t+1] | hidden[b][t]).
// hidden [B, T, H] float; embedding [V, H]; inputIds [B, T] int64;
// predicts [B, T-1] bool; frequentTokens empty (every token by identity) or
// [<= V] bool (ids past its end count as not frequent). With the policy's
// bfloat16 products the [N, H] x [H, V] product runs in bfloat16 (the
// decoder's precision), the softmax in float32; its kernel path picks
// groupedTokenLoss or referenceGroupedTokenLoss. No predicting position: 0.
torch::Tensor nextTokenLoss(const torch::Tensor& hidden, const torch::Tensor& embedding, const torch::Tensor& inputIds,
                            const torch::Tensor& predicts, const torch::Tensor& frequentTokens,
                            const ComputePolicy& policy = {});

// The coarse-target loss itself: mean over rows of -log p(target), where a
// frequent target (frequent[target]) is its own event and any other target
// is the one event "some non-frequent token" (the summed softmax mass of all
// non-frequent tokens). logits [N, V] float or bfloat16 (the gradient comes
// back in that dtype), targets [N] int64, frequent [V] bool.
torch::Tensor groupedTokenLoss(const torch::Tensor& logits, const torch::Tensor& targets,
                               const torch::Tensor& frequent);
// The same loss written with LibTorch's log-sum-exp (the reference path):
// mean of logsumexp(all) - (frequent target ? its logit : logsumexp(rare)).
torch::Tensor referenceGroupedTokenLoss(const torch::Tensor& logits, const torch::Tensor& targets,
                                        const torch::Tensor& frequent);

// Tokens that occur in at least minRecordShare of the records (each record
// counted once per token), as a [maxId + 1] bool mask.
torch::Tensor frequentTokenMask(const std::vector<const std::vector<int32_t>*>& records, double minRecordShare);

}  // namespace assay
