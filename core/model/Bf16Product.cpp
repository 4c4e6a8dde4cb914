#include "model/Bf16Product.h"

namespace assay {

namespace {

constexpr size_t kMaxWeights = 3;

// An unused weight slot. LibTorch 1.13's custom functions cannot take an
// undefined tensor as an input, so an empty one marks the slot.
bool present(const torch::Tensor& w) { return w.numel() > 0; }

class Bf16Product : public torch::autograd::Function<Bf16Product> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x, const torch::Tensor& w0,
                               const torch::Tensor& w1, const torch::Tensor& w2) {
    const int64_t in = x.size(-1);
    std::vector<int64_t> widths;
    int64_t out = 0;
    for (const auto* w : {&w0, &w1, &w2})
      if (present(*w)) {
        TORCH_CHECK(w->dim() == 2 && w->size(1) == in, "bf16Product: weight [", w->sizes(), "] for input width ", in);
        widths.push_back(w->size(0));
        out += w->size(0);
      }
    // One stacked bfloat16 copy (copy_ rounds to nearest even, as .to() does).
    auto stacked = torch::empty({out, in}, w0.options().dtype(torch::kBFloat16));
    int64_t row = 0;
    for (const auto* w : {&w0, &w1, &w2})
      if (present(*w)) {
        stacked.narrow(0, row, w->size(0)).copy_(*w);
        row += w->size(0);
      }
    const auto flat = x.reshape({-1, in});
    const auto input = flat.scalar_type() == torch::kBFloat16 ? flat : flat.to(torch::kBFloat16);
    ctx->save_for_backward({input, stacked});
    ctx->saved_data["widths"] = widths;
    ctx->saved_data["input_sizes"] = x.sizes().vec();
    ctx->saved_data["input_float"] = x.scalar_type() == torch::kFloat;
    auto sizes = x.sizes().vec();
    sizes.back() = out;
    return torch::mm(input, stacked.t()).view(sizes);
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list gradOutputs) {
    const auto saved = ctx->get_saved_variables();
    const auto &input = saved[0], &stacked = saved[1];
    auto dy = gradOutputs[0].reshape({-1, stacked.size(0)});
    if (dy.scalar_type() != torch::kBFloat16) dy = dy.to(torch::kBFloat16);
    torch::autograd::variable_list grads(1 + kMaxWeights);
    if (ctx->needs_input_grad(0)) {
      auto dx = torch::mm(dy, stacked);
      if (ctx->saved_data["input_float"].toBool()) dx = dx.to(torch::kFloat);
      grads[0] = dx.view(ctx->saved_data["input_sizes"].toIntVector());
    }
    const auto widths = ctx->saved_data["widths"].toIntVector();
    bool anyWeight = false;
    for (size_t i = 0; i < widths.size(); ++i) anyWeight = anyWeight || ctx->needs_input_grad(1 + i);
    if (!anyWeight) return grads;
    const auto dw = torch::mm(dy.t(), input);  // [out, in], contiguous: each block is too
    int64_t row = 0;
    for (size_t i = 0; i < widths.size(); ++i) {
      if (ctx->needs_input_grad(1 + i)) grads[1 + i] = dw.narrow(0, row, widths[i]).to(torch::kFloat);
      row += widths[i];
    }
    return grads;
  }
};

}  // namespace

torch::Tensor bf16Product(const torch::Tensor& x, const std::vector<torch::Tensor>& weights) {
  TORCH_CHECK(!weights.empty(), "bf16Product: no weight");
  if (weights.size() > kMaxWeights) return bf16Product(x, {torch::cat(weights, 0)});
  const auto none = torch::empty({0}, weights[0].options());
  return Bf16Product::apply(x, weights[0], weights.size() > 1 ? weights[1] : none,
                            weights.size() > 2 ? weights[2] : none);
}

}  // namespace assay
