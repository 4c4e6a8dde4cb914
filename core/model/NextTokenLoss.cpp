#include "model/NextTokenLoss.h"

#include "model/FusedKernels.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <limits>

namespace assay {

torch::Tensor nextTokenLoss(const torch::Tensor& hidden, const torch::Tensor& embedding, const torch::Tensor& inputIds,
                            const torch::Tensor& predicts, const torch::Tensor& frequentTokens,
                            const ComputePolicy& policy) {
  const auto seq = inputIds.size(1);
  TORCH_CHECK(hidden.dim() == 3 && hidden.size(0) == inputIds.size(0) && hidden.size(1) == seq,
              "hidden must be [batch, seq, hidden] like input_ids");
  TORCH_CHECK(predicts.dim() == 2 && predicts.size(0) == inputIds.size(0) && predicts.size(1) == seq - 1,
              "predicts must be [batch, seq - 1]");
  if (seq < 2) return torch::zeros({}, hidden.options().dtype(torch::kFloat));
  // Rows of the flattened [batch * seq, H] hidden states, gathered by one
  // index_select: its backward is a single scatter into zeros, where
  // narrow().index() added a second full-size zero tensor and a copy
  // (narrow's backward), ~2 % of a tiny-preset step.
  const auto rows = predicts.nonzero();                                          // [N, 2] (record, position)
  const auto flat = rows.select(1, 0) * seq + rows.select(1, 1);                 // position t predicts t + 1
  const auto from = hidden.reshape({-1, hidden.size(2)}).index_select(0, flat);  // [N, H]
  const auto targets = inputIds.reshape({-1}).index_select(0, flat + 1);         // [N]
  if (from.size(0) == 0) return torch::zeros({}, hidden.options().dtype(torch::kFloat));
  // [N, V], bfloat16 with bf16Product: the loss reads it in float32.
  const auto logits = policy.bf16Products()
                          ? torch::matmul(from.to(torch::kBFloat16), embedding.to(torch::kBFloat16).t())
                          : torch::matmul(from, embedding.t());
  const auto vocab = logits.size(1);
  if (!frequentTokens.defined() || frequentTokens.numel() == 0)
    return torch::nn::functional::cross_entropy(logits.to(torch::kFloat), targets);

  auto frequent = frequentTokens.to(torch::kBool).narrow(0, 0, std::min(frequentTokens.size(0), vocab));
  if (frequent.size(0) < vocab)
    frequent = torch::cat({frequent, torch::zeros({vocab - frequent.size(0)}, frequent.options())});
  return policy.fused() ? groupedTokenLoss(logits, targets, frequent)
                        : referenceGroupedTokenLoss(logits, targets, frequent);
}

namespace {

// The grouped loss with a hand-derived backward, one pass over the logits
// each way (FusedKernels.h). Written with autograd's generic pieces it took
// two log-sum-exps over [N, V] (all tokens, rare tokens), a masked copy and
// their backward passes: about 17 passes over the logits, 12 % of a
// tiny-preset training step. Here one exponential serves both sums:
//   forward   E = exp(l - max l), Z = sum E, R = sum over rare of E,
//             loss = log Z - (frequent target ? l_t - max l : log R)
//   backward  dl_j = g/N * (E_j / Z - [rare target] rare_j E_j / R - [frequent target] [j == t])
class GroupedTokenLoss : public torch::autograd::Function<GroupedTokenLoss> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& logitsIn,
                               const torch::Tensor& targetsIn, const torch::Tensor& frequentIn) {
    const bool bf16 = logitsIn.scalar_type() == torch::kBFloat16;
    const auto logits = bf16 ? logitsIn.contiguous() : logitsIn.to(torch::kFloat).contiguous();
    const auto targets = targetsIn.to(torch::kLong).contiguous();
    const auto frequent = frequentIn.to(torch::kUInt8).contiguous();
    const int64_t rows = logits.size(0), vocab = logits.size(1);
    const int64_t* t = targets.data_ptr<int64_t>();
    for (int64_t i = 0; i < rows; ++i)
      TORCH_CHECK(t[i] >= 0 && t[i] < vocab, "groupedTokenLoss: target ", t[i], " outside the vocabulary of ", vocab);
    auto e = torch::empty({rows, vocab}, torch::kFloat);
    auto z = torch::empty({rows}, torch::kFloat), r = torch::empty({rows}, torch::kFloat);
    auto perToken = torch::empty({rows}, torch::kFloat);
    const int64_t grain = std::max<int64_t>(1, 16384 / std::max<int64_t>(vocab, 1));
    at::parallel_for(0, rows, grain, [&](int64_t first, int64_t last) {
      kernels::groupedLossForward(static_cast<const char*>(logits.data_ptr()) + first * vocab * logits.element_size(),
                                  bf16, frequent.data_ptr<uint8_t>(), targets.data_ptr<int64_t>() + first,
                                  e.data_ptr<float>() + first * vocab, z.data_ptr<float>() + first,
                                  r.data_ptr<float>() + first, perToken.data_ptr<float>() + first, last - first, vocab);
    });
    ctx->save_for_backward({e, z, r, frequent, targets});
    ctx->saved_data["dtype"] = int64_t(logitsIn.scalar_type());
    return perToken.mean();
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list gradOutputs) {
    const auto saved = ctx->get_saved_variables();
    const auto &e = saved[0], &z = saved[1], &r = saved[2], &frequent = saved[3], &targets = saved[4];
    const int64_t rows = e.size(0), vocab = e.size(1);
    const float scale = float(gradOutputs[0].item<double>() / double(std::max<int64_t>(rows, 1)));
    const auto dtype = c10::ScalarType(ctx->saved_data["dtype"].toInt());
    const bool bf16 = dtype == torch::kBFloat16;
    auto grad = torch::empty({rows, vocab}, e.options().dtype(bf16 ? torch::kBFloat16 : torch::kFloat));
    const int64_t grain = std::max<int64_t>(1, 16384 / std::max<int64_t>(vocab, 1));
    at::parallel_for(0, rows, grain, [&](int64_t first, int64_t last) {
      kernels::groupedLossBackward(
          e.data_ptr<float>() + first * vocab, z.data_ptr<float>() + first, r.data_ptr<float>() + first,
          frequent.data_ptr<uint8_t>(), targets.data_ptr<int64_t>() + first, scale,
          static_cast<char*>(grad.data_ptr()) + first * vocab * grad.element_size(), bf16, last - first, vocab);
    });
    return {bf16 || dtype == torch::kFloat ? grad : grad.to(dtype), torch::Tensor(), torch::Tensor()};
  }
};

}  // namespace

torch::Tensor groupedTokenLoss(const torch::Tensor& logits, const torch::Tensor& targets,
                               const torch::Tensor& frequent) {
  TORCH_CHECK(logits.dim() == 2 && targets.dim() == 1 && targets.size(0) == logits.size(0) && frequent.dim() == 1 &&
                  frequent.size(0) == logits.size(1),
              "groupedTokenLoss: logits [N, V], targets [N], frequent [V]");
  return GroupedTokenLoss::apply(logits, targets, frequent.to(torch::kBool));
}

torch::Tensor referenceGroupedTokenLoss(const torch::Tensor& logits, const torch::Tensor& targets,
                                        const torch::Tensor& frequent) {
  const auto l = logits.to(torch::kFloat);
  const auto own = l.gather(1, targets.unsqueeze(1)).squeeze(1);
  const auto targetFrequent = frequent.index({targets});
  if (!frequent.logical_not().any().item<bool>()) return (l.logsumexp(1) - own).mean();
  // -inf on the frequent columns; a row's rare mass is finite as long as one rare column exists.
  const auto rare = l.masked_fill(frequent.view({1, -1}), -std::numeric_limits<float>::infinity()).logsumexp(1);
  return (l.logsumexp(1) - torch::where(targetFrequent, own, rare)).mean();
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
  for (size_t t = 0; t < recordsWith.size(); ++t)
    m[int64_t(t)] = recordsWith[t] > 0 && double(recordsWith[t]) >= needed;
  return mask;
}

}  // namespace assay
