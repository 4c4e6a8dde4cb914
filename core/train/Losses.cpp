#include "train/Losses.h"

namespace assay {

torch::Tensor classificationLoss(const torch::Tensor& logits, const torch::Tensor& labels,
                                 const torch::Tensor& classWeights, double labelSmoothing) {
  namespace F = torch::nn::functional;
  auto options = F::CrossEntropyFuncOptions().label_smoothing(labelSmoothing);
  if (classWeights.defined() && classWeights.numel() > 0) options.weight(classWeights.to(logits.scalar_type()));
  return F::cross_entropy(logits, labels, options);
}

std::vector<double> inverseFrequencyWeights(const std::vector<int64_t>& countPerClass) {
  int64_t total = 0;
  for (int64_t c : countPerClass) total += c;
  const double classes = static_cast<double>(countPerClass.size());
  std::vector<double> weights;
  weights.reserve(countPerClass.size());
  for (int64_t c : countPerClass)
    weights.push_back(c > 0 ? static_cast<double>(total) / (classes * static_cast<double>(c)) : 1.0);
  return weights;
}

torch::Tensor bradleyTerryLoss(const torch::Tensor& rewardsChosen, const torch::Tensor& rewardsRejected,
                               const torch::Tensor& margin, std::optional<double> centerRewardsCoefficient) {
  const auto rc = rewardsChosen.reshape({-1});
  const auto rr = rewardsRejected.reshape({-1});
  auto diff = rc - rr;
  if (margin.defined() && margin.numel() > 0) diff = diff - margin.reshape({-1}).to(diff.scalar_type());
  auto loss = -torch::log_sigmoid(diff).mean();
  if (centerRewardsCoefficient) loss = loss + *centerRewardsCoefficient * (rc + rr).pow(2).mean();
  return loss;
}

}  // namespace assay
