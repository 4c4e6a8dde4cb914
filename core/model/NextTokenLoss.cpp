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
  const auto logits = (bf16Product ? torch::matmul(from.to(torch::kBFloat16), embedding.to(torch::kBFloat16).t())
                                   : torch::matmul(from, embedding.t()))
                          .to(torch::kFloat);  // [N, V]
  const auto vocab = logits.size(1);
  if (!frequentTokens.defined() || frequentTokens.numel() == 0)
    return torch::nn::functional::cross_entropy(logits, targets);

  auto frequent = frequentTokens.to(torch::kBool).narrow(0, 0, std::min(frequentTokens.size(0), vocab));
  if (frequent.size(0) < vocab)
    frequent = torch::cat({frequent, torch::zeros({vocab - frequent.size(0)}, frequent.options())});
  const auto normaliser = logits.logsumexp(1);
  const auto own = logits.gather(1, targets.unsqueeze(1)).squeeze(1);
  // log of the summed unnormalised probability of every non-frequent token
  const auto rest = logits.masked_fill(frequent.view({1, vocab}), -std::numeric_limits<float>::infinity()).logsumexp(1);
  return (normaliser - torch::where(frequent.index({targets}), own, rest)).mean();
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
