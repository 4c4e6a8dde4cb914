#include "model/SwiGlu.h"

#include <ATen/Parallel.h>

#include "model/FusedKernels.h"

namespace assay {

namespace {

bool isBf16(const torch::Tensor& t) { return t.scalar_type() == torch::kBFloat16; }
bool kernelType(torch::ScalarType t) { return t == torch::kFloat || t == torch::kBFloat16; }

// Rows are independent: split them over LibTorch's intra-op threads (one per
// shard while training, all cores for prediction).
template <typename RowsFn>
void forRows(int64_t rows, int64_t width, const RowsFn& fn) {
  const int64_t grain = std::max<int64_t>(1, 32768 / std::max<int64_t>(width, 1));
  at::parallel_for(0, rows, grain, [&](int64_t begin, int64_t end) { fn(begin, end - begin); });
}

class FusedSwiGlu : public torch::autograd::Function<FusedSwiGlu> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& gateUpIn,
                               torch::ScalarType outputType) {
    const auto gateUp = gateUpIn.contiguous();
    const int64_t width = gateUp.size(-1) / 2, rows = gateUp.numel() / std::max<int64_t>(2 * width, 1);
    auto shape = gateUp.sizes().vec();
    shape.back() = width;
    auto out = torch::empty(shape, gateUp.options().dtype(outputType));
    const bool inBf16 = isBf16(gateUp), outBf16 = isBf16(out);
    const auto* in = static_cast<const char*>(gateUp.data_ptr());
    auto* o = static_cast<char*>(out.data_ptr());
    const int64_t inRow = 2 * width * int64_t(gateUp.element_size()), outRow = width * int64_t(out.element_size());
    forRows(rows, width, [&](int64_t first, int64_t count) {
      kernels::swigluForward(in + first * inRow, inBf16, o + first * outRow, outBf16, count, width);
    });
    ctx->save_for_backward({gateUp});
    return out;
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list gradOutputs) {
    const auto gateUp = ctx->get_saved_variables()[0];
    auto gradOut = gradOutputs[0].contiguous();
    if (!kernelType(gradOut.scalar_type())) gradOut = gradOut.to(torch::kFloat);
    const int64_t width = gateUp.size(-1) / 2, rows = gateUp.numel() / std::max<int64_t>(2 * width, 1);
    auto gradGateUp = torch::empty_like(gateUp);
    const bool inBf16 = isBf16(gateUp), gradBf16 = isBf16(gradOut);
    const auto* in = static_cast<const char*>(gateUp.data_ptr());
    const auto* d = static_cast<const char*>(gradOut.data_ptr());
    auto* dIn = static_cast<char*>(gradGateUp.data_ptr());
    const int64_t inRow = 2 * width * int64_t(gateUp.element_size()), gradRow = width * int64_t(gradOut.element_size());
    forRows(rows, width, [&](int64_t first, int64_t count) {
      kernels::swigluBackward(in + first * inRow, inBf16, d + first * gradRow, gradBf16, dIn + first * inRow, count,
                              width);
    });
    return {gradGateUp, torch::Tensor()};
  }
};

}  // namespace

torch::Tensor swiGlu(const torch::Tensor& gateUp, torch::ScalarType outputType) {
  if (gateUp.size(-1) % 2 != 0) throw std::invalid_argument("swiGlu: the last dimension must hold gate and up");
  if (gateUp.device().is_cpu() && kernelType(gateUp.scalar_type()) && kernelType(outputType))
    return FusedSwiGlu::apply(gateUp, outputType);
  const auto halves = gateUp.chunk(2, -1);
  return (torch::silu(halves[0]) * halves[1]).to(outputType);
}

}  // namespace assay
