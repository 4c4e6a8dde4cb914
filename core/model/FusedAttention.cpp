#include "model/FusedAttention.h"

#include <ATen/Parallel.h>

#include <algorithm>

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

class SplitHeadsRotary : public torch::autograd::Function<SplitHeadsRotary> {
 public:
  static torch::autograd::variable_list forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& qkvIn,
                                                const torch::Tensor& biasIn, const torch::Tensor& cosSinIn,
                                                int64_t heads, int64_t kvHeads, torch::ScalarType outputType) {
    const auto qkv = qkvIn.contiguous();
    const int64_t b = qkv.size(0), seq = qkv.size(1), width = qkv.size(2), d = width / (heads + 2 * kvHeads);
    const auto bias = biasIn.defined() ? biasIn.to(torch::kFloat).contiguous() : torch::zeros({width});
    const auto cosSin = cosSinIn.to(torch::kFloat).contiguous();
    kernels::QkvLayout layout{seq, heads, kvHeads, d, cosSin.size(0)};
    const auto options = qkv.options().dtype(outputType);
    auto q = torch::empty({b, heads, seq, d}, options), k = torch::empty({b, kvHeads, seq, d}, options),
         v = torch::empty({b, kvHeads, seq, d}, options);
    const bool inBf16 = isBf16(qkv), outBf16 = isBf16(q);
    at::parallel_for(0, b * seq, 64, [&](int64_t first, int64_t last) {
      kernels::qkvRotaryForward(qkv.data_ptr(), inBf16, bias.data_ptr<float>(), cosSin.data_ptr<float>(), layout,
                                q.data_ptr(), k.data_ptr(), v.data_ptr(), outBf16, first, last - first);
    });
    ctx->save_for_backward({cosSin});
    ctx->saved_data["heads"] = heads;
    ctx->saved_data["kvHeads"] = kvHeads;
    ctx->saved_data["qkvShape"] = qkv.sizes().vec();
    ctx->saved_data["qkvBf16"] = inBf16;
    ctx->saved_data["hasBias"] = biasIn.defined();
    return {q, k, v};
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto cosSin = ctx->get_saved_variables()[0];
    const int64_t heads = ctx->saved_data["heads"].toInt(), kvHeads = ctx->saved_data["kvHeads"].toInt();
    const auto shape = ctx->saved_data["qkvShape"].toIntVector();
    const bool qkvBf16 = ctx->saved_data["qkvBf16"].toBool();
    const int64_t b = shape[0], seq = shape[1], width = shape[2], d = width / (heads + 2 * kvHeads);
    // All three gradients in one dtype: bfloat16 when every one is (the usual
    // case, from bfloat16 products), float32 otherwise.
    const bool allBf16 =
        std::all_of(grads.begin(), grads.end(), [](const torch::Tensor& g) { return !g.defined() || isBf16(g); });
    const auto gradType = allBf16 ? torch::kBFloat16 : torch::kFloat;
    const std::vector<int64_t> headCounts{heads, kvHeads, kvHeads};
    for (size_t i = 0; i < 3; ++i)
      grads[i] = grads[i].defined() ? grads[i].to(gradType).contiguous()
                                    : torch::zeros({b, headCounts[i], seq, d}, cosSin.options().dtype(gradType));
    auto dqkv = torch::empty(shape, cosSin.options().dtype(qkvBf16 ? torch::kBFloat16 : torch::kFloat));
    kernels::QkvLayout layout{seq, heads, kvHeads, d, cosSin.size(0)};
    // The bias gradient summed per fixed chunk of tokens, then over chunks
    // in order: the same sum for any thread count.
    const int64_t tokens = b * seq, chunk = 256, chunks = (tokens + chunk - 1) / chunk;
    auto partial = torch::zeros({std::max<int64_t>(chunks, 1), width});
    at::parallel_for(0, chunks, 1, [&](int64_t first, int64_t last) {
      for (int64_t c = first; c < last; ++c)
        kernels::qkvRotaryBackward(grads[0].data_ptr(), grads[1].data_ptr(), grads[2].data_ptr(), allBf16,
                                   cosSin.data_ptr<float>(), layout, dqkv.data_ptr(), qkvBf16,
                                   partial.data_ptr<float>() + c * width, c * chunk,
                                   std::min(chunk, tokens - c * chunk));
    });
    const bool hasBias = ctx->saved_data["hasBias"].toBool();
    return {
        dqkv,           hasBias ? partial.sum(0) : torch::Tensor(), torch::Tensor(), torch::Tensor(), torch::Tensor(),
        torch::Tensor()};
  }
};

}  // namespace

AttentionHeads splitHeadsRotary(const torch::Tensor& qkvProduct, const torch::Tensor& bias, const RotaryAngles& angles,
                                int64_t heads, int64_t kvHeads, torch::ScalarType outputType) {
  const auto& cs = angles.cosSin;
  const int64_t b = qkvProduct.size(0), seq = qkvProduct.size(1);
  const int64_t d = qkvProduct.size(2) / (heads + 2 * kvHeads);
  const bool fits = qkvProduct.dim() == 3 && qkvProduct.size(2) == (heads + 2 * kvHeads) * d && d % 2 == 0 &&
                    cs.dim() == 5 && (cs.size(0) == 1 || cs.size(0) == b) && cs.size(1) == seq && cs.size(2) == 1 &&
                    cs.size(3) == d / 2 && cs.size(4) == 2;
  if (fits && qkvProduct.device().is_cpu() && kernelType(qkvProduct.scalar_type()) && kernelType(outputType)) {
    const auto out = SplitHeadsRotary::apply(qkvProduct, bias, cs, heads, kvHeads, outputType);
    return {out[0], out[1], out[2]};
  }
  // The tensor form.
  auto x = qkvProduct.to(torch::kFloat);
  if (bias.defined()) x = x + bias;
  const auto parts = x.split_with_sizes({heads * d, kvHeads * d, kvHeads * d}, -1);
  const auto q = applyRotary(parts[0].view({b, seq, heads, d}), angles).transpose(1, 2);
  const auto k = applyRotary(parts[1].reshape({b, seq, kvHeads, d}), angles).transpose(1, 2);
  const auto v = parts[2].reshape({b, seq, kvHeads, d}).transpose(1, 2);
  return {q.to(outputType).contiguous(), k.to(outputType).contiguous(), v.to(outputType).contiguous()};
}

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
