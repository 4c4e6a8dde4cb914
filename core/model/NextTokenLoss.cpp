#include "model/NextTokenLoss.h"

#include <algorithm>
#include <limits>

namespace assay {

torch::Tensor nextTokenLoss(const torch::Tensor& hidden, const torch::Tensor& embedding,
                            const torch::Tensor& inputIds, const torch::Tensor& predicts,
                            const torch::Tensor& frequentTokens, bool bf16Product) {
  const auto seq = inputIds.size(1);
  TORCH_CHECK(hidden.dim() == 3 && hidden.size(0) == inputIds.size(0) && hidden.size(1) == seq,
              "hidden must be [batch, seq, hidden] like input_ids");
  TORCH_CHECK(predicts.dim() == 2 && predicts.size(0) == inputIds.size(0) && predicts.size(1) == seq - 1,
              "predicts must be [batch, seq - 1]");
  if (seq < 2) return torch::zeros({}, hidden.options().dtype(torch::kFloat));
  const auto from = hidden.narrow(1, 0, seq - 1).index({predicts});        // [N, H]
  const auto targets = inputIds.narrow(1, 1, seq - 1).index({predicts});  // [N]
  if (from.size(0) == 0) return torch::zeros({}, hidden.options().dtype(torch::kFloat));
  // [N, V], bfloat16 with bf16Product: the loss reads it in float32.
  const auto logits = bf16Product ? torch::matmul(from.to(torch::kBFloat16), embedding.to(torch::kBFloat16).t())
                                  : torch::matmul(from, embedding.t());
  const auto vocab = logits.size(1);
  if (!frequentTokens.defined() || frequentTokens.numel() == 0)
    return torch::nn::functional::cross_entropy(logits.to(torch::kFloat), targets);

  auto frequent = frequentTokens.to(torch::kBool).narrow(0, 0, std::min(frequentTokens.size(0), vocab));
  if (frequent.size(0) < vocab)
    frequent = torch::cat({frequent, torch::zeros({vocab - frequent.size(0)}, frequent.options())});
  return groupedTokenLoss(logits, targets, frequent);
}

namespace {

// The grouped loss with a hand-derived backward. Written with autograd's
// generic pieces it took two log-sum-exps over [N, V] (all tokens, rare
// tokens), a masked copy and their backward passes: about 17 passes over
// the logits, 12 % of a tiny-preset training step. Here one exponential
// serves both sums and the gradient is formed in a few passes:
//   forward   E = exp(l - max l), Z = sum E, R = sum over rare of E,
//             loss = log Z - (frequent target ? l_t - max l : log R)
//   backward  dl_j = g/N * (E_j / Z - [rare target] rare_j E_j / R - [frequent target] [j == t])
class GroupedTokenLoss : public torch::autograd::Function<GroupedTokenLoss> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& logits,
                               const torch::Tensor& targets, const torch::Tensor& frequent) {
    const auto l = logits.to(torch::kFloat);
    const auto top = l.amax(1, /*keepdim=*/true);
    const auto e = (l - top).exp_();
    const auto rare = frequent.logical_not().to(torch::kFloat);
    const auto z = e.sum(1);
    // R can only underflow when every rare logit is ~100 below the top one
    // (p(rare) < 1e-44); clamping keeps that loss finite (~87) instead of inf.
    const auto r = e.mv(rare).clamp_min_(std::numeric_limits<float>::min());
    const auto frequentTarget = frequent.index({targets});
    const auto own = l.gather(1, targets.unsqueeze(1)).squeeze(1) - top.squeeze(1);
    const auto perToken = z.log() - torch::where(frequentTarget, own, r.log());
    ctx->save_for_backward({e, z, r, rare, targets, frequentTarget});
    ctx->saved_data["dtype"] = int64_t(logits.scalar_type());
    return perToken.mean();
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list gradOutputs) {
    const auto saved = ctx->get_saved_variables();
    const auto &e = saved[0], &z = saved[1], &r = saved[2], &rare = saved[3], &targets = saved[4],
               &frequentTarget = saved[5];
    const auto n = e.size(0);
    const auto scale = gradOutputs[0].to(torch::kFloat) / double(n);
    const auto rareWeight = frequentTarget.logical_not().to(torch::kFloat) / r;  // 1/R on rare-target rows
    // The coefficient of E_j, 1/Z - rareWeight * rare_j, is a rank-2 outer
    // product: one [N, 2] x [2, V] product writes it faster than a broadcast.
    const auto rowTerms = torch::stack({z.reciprocal(), rareWeight.neg()}, 1);
    const auto columnTerms = torch::stack({torch::ones_like(rare), rare}, 0);
    auto grad = torch::mm(rowTerms, columnTerms).mul_(e);
    grad.scatter_add_(1, targets.unsqueeze(1), frequentTarget.to(torch::kFloat).neg().unsqueeze(1));
    grad.mul_(scale);
    const auto dtype = c10::ScalarType(ctx->saved_data["dtype"].toInt());
    return {grad.to(dtype), torch::Tensor(), torch::Tensor()};
  }
};

}  // namespace

torch::Tensor groupedTokenLoss(const torch::Tensor& logits, const torch::Tensor& targets,
                               const torch::Tensor& frequent) {
  TORCH_CHECK(logits.dim() == 2 && targets.dim() == 1 && targets.size(0) == logits.size(0) &&
                  frequent.dim() == 1 && frequent.size(0) == logits.size(1),
              "groupedTokenLoss: logits [N, V], targets [N], frequent [V]");
  return GroupedTokenLoss::apply(logits, targets, frequent.to(torch::kBool));
}

torch::Tensor frequentTokenMask(const std::vector<const std::vector<int32_t>*>& records, double minRecordShare) {
  int32_t maxId = -1;
  for (const auto* r : records)
    for (int32_t t : *r) maxId = std::max(maxId, t);
  std::vector<int64_t> recordsWith(size_t(maxId + 1), 0);
  std::vector<int32_t> distinct;
  for (const auto* r : records) {
    distinct.assign(r->begin(), r->end());
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    for (int32_t t : distinct)
      if (t >= 0) ++recordsWith[size_t(t)];
  }
  auto mask = torch::zeros({int64_t(recordsWith.size())}, torch::kBool);
  auto m = mask.accessor<bool, 1>();
  const double needed = minRecordShare * double(records.size());
  for (size_t t = 0; t < recordsWith.size(); ++t) m[int64_t(t)] = recordsWith[t] > 0 && double(recordsWith[t]) >= needed;
  return mask;
}

}  // namespace assay
