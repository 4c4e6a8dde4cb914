#include "model/RotaryEmbedding.h"

namespace assay {

RotaryEmbeddingImpl::RotaryEmbeddingImpl(int64_t headDim, double theta) {
  // HF: 1.0 / (base ** (torch.arange(0, dim, 2, dtype=torch.int64).float() / dim))
  const auto exponents = torch::arange(0, headDim, 2, torch::kLong).to(torch::kFloat) / static_cast<double>(headDim);
  invFreq_ = 1.0 / torch::pow(torch::tensor(theta, torch::kFloat), exponents);
}

RotaryCosSin RotaryEmbeddingImpl::forward(const torch::Tensor& positionIds, torch::ScalarType dtype) {
  // Angles in float32 as HF does (it disables autocast for this product).
  const auto freqs = positionIds.to(torch::kFloat).unsqueeze(-1) * invFreq_.to(positionIds.device());
  const auto angles = torch::cat({freqs, freqs}, -1).unsqueeze(1);  // [batch, 1, seq, head_dim]
  return {angles.cos().to(dtype), angles.sin().to(dtype)};
}

torch::Tensor rotateHalf(const torch::Tensor& x) {
  const int64_t half = x.size(-1) / 2;
  const auto x1 = x.narrow(-1, 0, half);
  const auto x2 = x.narrow(-1, half, half);
  return torch::cat({-x2, x1}, -1);
}

torch::Tensor applyRotary(const torch::Tensor& x, const RotaryCosSin& cs) {
  return x * cs.cos + rotateHalf(x) * cs.sin;
}

}  // namespace assay
