#include "model/FusedAttention.h"

#include <ATen/Parallel.h>

#include "model/FusedKernels.h"

namespace assay {

namespace {

bool isBf16(const torch::Tensor& t) { return t.scalar_type() == torch::kBFloat16; }
bool kernelType(torch::ScalarType t) { return t == torch::kFloat || t == torch::kBFloat16; }

class ScaledMaskedSoftmax : public torch::autograd::Function<ScaledMaskedSoftmax> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& scoresIn, double scale,
                               const torch::Tensor& maskIn, torch::ScalarType outputType) {
    const auto scores = scoresIn.contiguous();
    const auto mask = maskIn.to(torch::kFloat).contiguous();
    const int64_t batch = scores.size(0), keys = scores.size(-1), queries = mask.size(2);
    const int64_t rowsPerBatch = scores.numel() / std::max<int64_t>(batch * keys, 1);
    auto probs = torch::empty(scores.sizes(), scores.options().dtype(torch::kFloat));
    // A separate output even in float32: probs are kept for the backward.
    auto out = torch::empty(scores.sizes(), scores.options().dtype(outputType));
    const auto* in = static_cast<const char*>(scores.data_ptr());
    auto* o = static_cast<char*>(out.data_ptr());
    float* p = probs.data_ptr<float>();
    const float* m = mask.data_ptr<float>();
    const int64_t inRow = keys * int64_t(scores.element_size()), outRow = keys * int64_t(out.element_size());
    const bool inBf16 = isBf16(scores), outBf16 = isBf16(out);
    // Blocks of rows that start on a query-0 row, so row % queries is the query.
    const int64_t blocks = batch * (rowsPerBatch / queries);
    at::parallel_for(0, blocks, 1, [&](int64_t first, int64_t last) {
      for (int64_t block = first; block < last; ++block) {
        const int64_t row = block * queries, b = block / (rowsPerBatch / queries);
        const float* maskRows = m + (mask.size(0) == 1 ? 0 : b) * queries * keys;
        kernels::maskedSoftmaxForward(in + row * inRow, inBf16, maskRows, queries, float(scale), p + row * keys,
                                      o + row * outRow, outBf16, queries, keys);
      }
    });
    ctx->save_for_backward({probs});
    ctx->saved_data["scale"] = scale;
    ctx->saved_data["scoresBf16"] = inBf16;
    return out;
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list gradOutputs) {
    const auto probs = ctx->get_saved_variables()[0];
    const double scale = ctx->saved_data["scale"].toDouble();
    const bool scoresBf16 = ctx->saved_data["scoresBf16"].toBool();
    auto gradOut = gradOutputs[0].contiguous();
    if (!kernelType(gradOut.scalar_type())) gradOut = gradOut.to(torch::kFloat);
    const int64_t keys = probs.size(-1), rows = probs.numel() / std::max<int64_t>(keys, 1);
    auto gradScores = torch::empty(probs.sizes(), probs.options().dtype(scoresBf16 ? torch::kBFloat16 : torch::kFloat));
    const float* p = probs.data_ptr<float>();
    const auto* d = static_cast<const char*>(gradOut.data_ptr());
    auto* g = static_cast<char*>(gradScores.data_ptr());
    const int64_t dRow = keys * int64_t(gradOut.element_size()), gRow = keys * int64_t(gradScores.element_size());
    const bool dBf16 = isBf16(gradOut);
    const int64_t grain = std::max<int64_t>(1, 16384 / std::max<int64_t>(keys, 1));
    at::parallel_for(0, rows, grain, [&](int64_t first, int64_t last) {
      kernels::maskedSoftmaxBackward(p + first * keys, d + first * dRow, dBf16, float(scale), g + first * gRow,
                                     scoresBf16, last - first, keys);
    });
    return {gradScores, torch::Tensor(), torch::Tensor(), torch::Tensor()};
  }
};

}  // namespace

torch::Tensor scaledMaskedSoftmax(const torch::Tensor& scores, double scale, const torch::Tensor& mask,
                                  torch::ScalarType outputType) {
  const int64_t batch = scores.size(0), keys = scores.size(-1);
  const bool shapesFit = scores.dim() == 4 && mask.dim() == 4 && mask.size(1) == 1 && mask.size(3) == keys &&
                         (mask.size(0) == 1 || mask.size(0) == batch) && mask.size(2) > 0 &&
                         scores.size(2) % mask.size(2) == 0;
  if (shapesFit && scores.device().is_cpu() && kernelType(scores.scalar_type()) && kernelType(outputType) &&
      !mask.requires_grad())
    return ScaledMaskedSoftmax::apply(scores, scale, mask, outputType);
  // The same in tensor operations; the mask broadcast over the head groups.
  const auto b = scores.size(0), kv = scores.size(1), queries = mask.size(2);
  auto x = scores.to(torch::kFloat).mul(scale).view({b, kv, -1, queries, keys}) + mask.unsqueeze(2);
  return torch::softmax(x, -1, torch::kFloat).to(outputType).view(scores.sizes());
}

}  // namespace assay
