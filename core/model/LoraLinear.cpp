#include "model/LoraLinear.h"

#include "model/Bf16Product.h"

#include <cmath>

namespace assay {

namespace F = torch::nn::functional;

LoraLinearImpl::LoraLinearImpl(int64_t inFeatures, int64_t outFeatures, bool withBias)
    : in_(inFeatures), out_(outFeatures) {
  // Initial values are placeholders: the owning model applies HF's init or loads weights.
  weight = register_parameter("weight", torch::empty({outFeatures, inFeatures}).normal_(0.0, 0.02));
  if (withBias) bias = register_parameter("bias", torch::zeros({outFeatures}));
}

namespace {
// x W^T + b with W the row blocks `weights`, the product in bfloat16 when the
// policy asks and x is float32 or already bfloat16. The result is float32
// with the bias added, or, with keepRaw and no bias, the product's own output
// (bfloat16 then) for a consumer that reads it directly (SwiGlu.h).
torch::Tensor baseProduct(const torch::Tensor& x, const std::vector<torch::Tensor>& weights, const torch::Tensor& bias,
                          const ComputePolicy& policy, bool keepRaw = false) {
  const bool inBf16 = x.scalar_type() == torch::kBFloat16;
  const auto stacked = [&] { return weights.size() == 1 ? weights.front() : torch::cat(weights, 0); };
  if (!policy.bf16Products() || (x.scalar_type() != torch::kFloat && !inBf16)) return F::linear(x, stacked(), bias);
  if (!policy.fused()) {
    // As torch.autocast runs a linear layer: both operands rounded, the product in bfloat16.
    auto y = F::linear(x.to(torch::kBFloat16), stacked().to(torch::kBFloat16)).to(torch::kFloat);
    return bias.defined() ? y + bias : y;
  }
  auto y = bf16Product(x, weights);
  if (keepRaw && !bias.defined()) return y;
  y = y.to(torch::kFloat);
  return bias.defined() ? y + bias : y;
}

bool stackable(const std::vector<LoraLinearImpl*>& projections) {
  if (projections.size() < 2 || !projections.front()->computePolicy().fused()) return false;
  for (const auto* p : projections)
    if (p->bf16Products() != projections.front()->bf16Products() ||
        p->inFeatures() != projections.front()->inFeatures())
      return false;
  return true;
}

std::vector<torch::Tensor> weightsOf(const std::vector<LoraLinearImpl*>& projections) {
  std::vector<torch::Tensor> weights;
  for (const auto* p : projections) weights.push_back(p->weight);
  return weights;
}
}  // namespace

torch::Tensor LoraLinearImpl::forward(const torch::Tensor& x) {
  return withAdapter(x, baseProduct(x, {weight}, bias, policy_));
}

torch::Tensor LoraLinearImpl::withAdapter(const torch::Tensor& x, const torch::Tensor& y) {
  if (!loraA_) return y;
  return y + loraB_(loraA_(loraDropout_(x.to(loraA_->weight.scalar_type())))) * scaling_;
}

std::vector<torch::Tensor> projectTogether(const torch::Tensor& x, const std::vector<LoraLinearImpl*>& projections) {
  std::vector<torch::Tensor> outputs;
  if (!stackable(projections)) {
    for (auto* p : projections) outputs.push_back(p->forward(x));
    return outputs;
  }
  std::vector<int64_t> widths;
  for (const auto* p : projections) widths.push_back(p->outFeatures());
  outputs = baseProduct(x, weightsOf(projections), stackedBias(projections), projections.front()->computePolicy())
                .split_with_sizes(widths, -1);
  for (size_t i = 0; i < projections.size(); ++i) outputs[i] = projections[i]->withAdapter(x, outputs[i]);
  return outputs;
}

torch::Tensor rawStackedProduct(const torch::Tensor& x, const std::vector<LoraLinearImpl*>& projections) {
  if (!stackable(projections)) return {};
  for (const auto* p : projections)
    if (p->hasLora()) return {};
  return baseProduct(x, weightsOf(projections), torch::Tensor(), projections.front()->computePolicy(),
                     /*keepRaw=*/true);
}

torch::Tensor stackedBias(const std::vector<LoraLinearImpl*>& projections) {
  bool anyBias = false;
  for (const auto* p : projections) anyBias = anyBias || p->bias.defined();
  if (!anyBias) return {};
  std::vector<torch::Tensor> biases;
  for (const auto* p : projections)
    biases.push_back(p->bias.defined() ? p->bias : torch::zeros({p->outFeatures()}, p->weight.options()));
  return torch::cat(biases, 0);
}

void LoraLinearImpl::addLora(int64_t r, double alpha, double dropout) {
  if (r <= 0) throw std::invalid_argument("LoRA rank r must be positive");
  if (loraA_) throw std::logic_error("LoRA adapter already present");
  loraA_ = register_module("lora_A", torch::nn::Linear(torch::nn::LinearOptions(in_, r).bias(false)));
  loraB_ = register_module("lora_B", torch::nn::Linear(torch::nn::LinearOptions(r, out_).bias(false)));
  loraDropout_ = register_module("lora_dropout", torch::nn::Dropout(dropout));
  torch::NoGradGuard noGrad;
  // PEFT: kaiming_uniform_(lora_A, a=sqrt(5)), zeros_(lora_B).
  torch::nn::init::kaiming_uniform_(loraA_->weight, std::sqrt(5.0));
  loraB_->weight.zero_();
  loraA_->to(weight.device(), weight.scalar_type());
  loraB_->to(weight.device(), weight.scalar_type());
  scaling_ = alpha / static_cast<double>(r);
}

void LoraLinearImpl::mergeLora() {
  if (!loraA_) return;
  {
    torch::NoGradGuard noGrad;
    weight.add_(torch::matmul(loraB_->weight, loraA_->weight) * scaling_);
  }
  unregister_module("lora_A");
  unregister_module("lora_B");
  unregister_module("lora_dropout");
  loraA_ = nullptr;
  loraB_ = nullptr;
  loraDropout_ = nullptr;
  scaling_ = 0.0;
}

}  // namespace assay
