#include "model/RotaryEmbedding.h"

namespace assay {

RotaryEmbeddingImpl::RotaryEmbeddingImpl(int64_t headDim, double theta) {
  // HF: 1.0 / (base ** (torch.arange(0, dim, 2, dtype=torch.int64).float() / dim))
  const auto exponents = torch::arange(0, headDim, 2, torch::kLong).to(torch::kFloat) / static_cast<double>(headDim);
  invFreq_ = 1.0 / torch::pow(torch::tensor(theta, torch::kFloat), exponents);
}

RotaryAngles RotaryEmbeddingImpl::forward(const torch::Tensor& positionIds) {
  // Angles in float32 as HF does (it disables autocast for this product).
  const auto angles = positionIds.to(torch::kFloat).unsqueeze(-1) * invFreq_.to(positionIds.device());
  return {torch::stack({angles.cos(), angles.sin()}, -1).unsqueeze(2)};
}

torch::Tensor applyRotary(const torch::Tensor& x, const RotaryAngles& angles) {
  const auto b = x.size(0), s = x.size(1), heads = x.size(2), d = x.size(3);
  // [b, s, h, (half, i)] -> [b, s, h, i, (real, imaginary)] = (x_i, x_{i+d/2})
  const auto pairs = x.to(torch::kFloat).view({b, s, heads, 2, d / 2}).transpose(3, 4).contiguous();
  const auto turned = torch::view_as_complex(pairs) * torch::view_as_complex(angles.cosSin);
  return torch::view_as_real(turned).view({b, s, heads, d}).to(x.scalar_type());
}

RotaryAngles pickAngles(const RotaryAngles& angles, const torch::Tensor& index) {
  const auto& cs = angles.cosSin;
  const auto k = index.size(1);
  const auto idx = index.view({cs.size(0), k, 1, 1, 1}).expand({cs.size(0), k, 1, cs.size(3), 2});
  return {cs.gather(1, idx)};
}

}  // namespace assay
