#include "model/RmsNorm.h"

#include <ATen/Parallel.h>

#include <cmath>

#include "model/FusedKernels.h"

namespace assay {

RmsNormImpl::RmsNormImpl(int64_t hiddenSize, double eps) : eps_(eps) {
  weight = register_parameter("weight", torch::ones({hiddenSize}));
}

namespace {

// Float32 RMSNorm as row loops (FusedKernels.h, vectorised there) with a
// hand-derived backward. Written with tensor operations it is six operations
// forward and about a dozen in autograd's backward, each a pass over
// [tokens, hidden]; a tiny-preset training step runs nine norms. Per row
// (xhat = x r, r = rsqrt(mean x^2 + eps)):
//   y = xhat * w
//   dx = r (dy w - xhat mean(dy w xhat)),  dw = sum over rows of dy xhat
class FusedRmsNorm : public torch::autograd::Function<FusedRmsNorm> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& input,
                               const torch::Tensor& weight, double eps, bool bf16Output) {
    const auto x = input.contiguous();
    const int64_t width = x.size(-1), rows = x.numel() / std::max<int64_t>(width, 1);
    auto y = torch::empty_like(x, x.options().dtype(bf16Output ? torch::kBFloat16 : torch::kFloat));
    auto inverseRms = torch::empty({rows}, x.options());
    const float* xs = x.data_ptr<float>();
    char* ys = static_cast<char*>(y.data_ptr());
    const int64_t rowBytes = width * int64_t(y.element_size());
    float* rs = inverseRms.data_ptr<float>();
    at::parallel_for(0, rows, 64, [&](int64_t begin, int64_t end) {
      kernels::rmsNormForward(xs + begin * width, weight.data_ptr<float>(), float(eps), ys + begin * rowBytes,
                              bf16Output, rs + begin, end - begin, width);
    });
    ctx->save_for_backward({x, inverseRms, weight});
    return y;
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list gradOutputs) {
    const auto saved = ctx->get_saved_variables();
    const auto &x = saved[0], &inverseRms = saved[1], &weight = saved[2];
    // The gradient comes in the output's dtype: bfloat16 from a bfloat16 product.
    auto dy = gradOutputs[0].contiguous();
    if (dy.scalar_type() != torch::kBFloat16) dy = dy.to(torch::kFloat);
    const bool dyBf16 = dy.scalar_type() == torch::kBFloat16;
    const int64_t width = x.size(-1), rows = inverseRms.size(0);
    auto dx = torch::empty_like(x);
    const float *xs = x.data_ptr<float>(), *rs = inverseRms.data_ptr<float>(), *w = weight.data_ptr<float>();
    const char* gs = static_cast<const char*>(dy.data_ptr());
    const int64_t rowBytes = width * int64_t(dy.element_size());
    float* dxs = dx.data_ptr<float>();
    // The weight's gradient is summed per chunk of rows, then the chunks in
    // order: the same result for any thread count.
    const int64_t chunk = 256, chunks = (rows + chunk - 1) / chunk;
    auto partial = torch::zeros({std::max<int64_t>(chunks, 1), width}, x.options());
    float* ps = partial.data_ptr<float>();
    at::parallel_for(0, chunks, 1, [&](int64_t first, int64_t last) {
      for (int64_t c = first; c < last; ++c) {
        const int64_t begin = c * chunk, count = std::min(rows, begin + chunk) - begin;
        kernels::rmsNormBackward(xs + begin * width, rs + begin, w, gs + begin * rowBytes, dyBf16, dxs + begin * width,
                                 ps + c * width, count, width);
      }
    });
    return {dx, partial.sum(0), torch::Tensor(), torch::Tensor()};
  }
};

}  // namespace

torch::Tensor RmsNormImpl::forward(const torch::Tensor& x) { return forwardAs(x, x.scalar_type()); }

torch::Tensor RmsNormImpl::forwardAs(const torch::Tensor& x, torch::ScalarType outType) {
  if (policy_.fused() && x.scalar_type() == torch::kFloat && weight.scalar_type() == torch::kFloat &&
      x.device().is_cpu() && (outType == torch::kFloat || outType == torch::kBFloat16))
    return FusedRmsNorm::apply(x, weight, eps_, outType == torch::kBFloat16);
  if (outType != x.scalar_type()) return forwardAs(x, x.scalar_type()).to(outType);
  const auto inputType = x.scalar_type();
  auto h = x.to(torch::kFloat);
  const auto variance = h.pow(2).mean(-1, /*keepdim=*/true);
  h = h * torch::rsqrt(variance + eps_);
  return weight * h.to(inputType);
}

}  // namespace assay
