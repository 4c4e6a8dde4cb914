#pragma once
// The two training objectives. Both reduce to a scalar mean over the batch.
#include <torch/torch.h>

#include <optional>
#include <vector>

namespace assay {

// N-way cross-entropy with PyTorch's semantics for class weights and label
// smoothing (weighted mean: divided by the summed weights of the targets).
// logits [B, C] float, labels [B] int64, classWeights empty or [C].
torch::Tensor classificationLoss(const torch::Tensor& logits, const torch::Tensor& labels,
                                 const torch::Tensor& classWeights, double labelSmoothing);

// sklearn's "balanced" weights: n / (C * count_c); a class with no samples gets 1.
std::vector<double> inverseFrequencyWeights(const std::vector<int64_t>& countPerClass);

// TRL RewardTrainer.compute_loss: -logsigmoid(r_c - r_r [- margin]).mean()
// plus, when a coefficient is given, coefficient * mean((r_c + r_r)^2).
// rewardsChosen/rewardsRejected: [B] or [B, 1]; margin empty or [B].
torch::Tensor bradleyTerryLoss(const torch::Tensor& rewardsChosen, const torch::Tensor& rewardsRejected,
                               const torch::Tensor& margin, std::optional<double> centerRewardsCoefficient);

}  // namespace assay
