#include "model/RmsNorm.h"

namespace assay {

RmsNormImpl::RmsNormImpl(int64_t hiddenSize, double eps) : eps_(eps) {
  weight = register_parameter("weight", torch::ones({hiddenSize}));
}

torch::Tensor RmsNormImpl::forward(const torch::Tensor& x) {
  const auto inputType = x.scalar_type();
  auto h = x.to(torch::kFloat);
  const auto variance = h.pow(2).mean(-1, /*keepdim=*/true);
  h = h * torch::rsqrt(variance + eps_);
  return weight * h.to(inputType);
}

}  // namespace assay
