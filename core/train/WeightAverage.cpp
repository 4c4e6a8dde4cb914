#include "train/WeightAverage.h"

#include <stdexcept>

namespace assay {

WeightAverage::WeightAverage(std::vector<torch::Tensor> parameters, double decay)
    : parameters_(std::move(parameters)), decay_(decay) {
  if (!(decay > 0 && decay < 1)) throw std::invalid_argument("the averaging decay must be in (0, 1)");
  torch::NoGradGuard noGrad;
  for (const auto& p : parameters_) averages_.push_back(p.detach().clone());
}

double WeightAverage::currentDecay() const { return std::min(decay_, double(1 + updates_) / double(10 + updates_)); }

double WeightAverage::advance() {
  const double d = currentDecay();
  ++updates_;
  return d;
}

void WeightAverage::update() {
  torch::NoGradGuard noGrad;
  const double d = advance();
  for (size_t i = 0; i < parameters_.size(); ++i) averages_[i].mul_(d).add_(parameters_[i].detach(), 1.0 - d);
}

const torch::Tensor& WeightAverage::averageOf(const torch::Tensor& parameter) const {
  for (size_t i = 0; i < parameters_.size(); ++i)
    if (parameters_[i].unsafeGetTensorImpl() == parameter.unsafeGetTensorImpl()) return averages_[i];
  throw std::invalid_argument("not a parameter of this weight average");
}

void WeightAverage::swap() {
  torch::NoGradGuard noGrad;
  for (size_t i = 0; i < parameters_.size(); ++i) {
    auto raw = parameters_[i].detach().clone();
    parameters_[i].detach().copy_(averages_[i]);
    averages_[i].copy_(raw);
  }
}

namespace {
torch::serialize::OutputArchive averageArchive(const std::vector<torch::Tensor>& averages, int64_t updates) {
  torch::serialize::OutputArchive archive;
  for (size_t i = 0; i < averages.size(); ++i) archive.write("average." + std::to_string(i), averages[i]);
  archive.write("updates", torch::tensor(updates, torch::kLong));
  return archive;
}
}  // namespace

void WeightAverage::save(const std::string& file) const { averageArchive(averages_, updates_).save_to(file); }

void WeightAverage::save(const std::function<size_t(const void*, size_t)>& sink) const {
  averageArchive(averages_, updates_).save_to(sink);
}

void WeightAverage::load(const std::string& file) {
  torch::serialize::InputArchive archive;
  try {
    archive.load_from(file);
    torch::NoGradGuard noGrad;
    for (size_t i = 0; i < averages_.size(); ++i) {
      torch::Tensor t;
      archive.read("average." + std::to_string(i), t);
      if (!t.sizes().equals(averages_[i].sizes()))
        throw std::runtime_error("average " + std::to_string(i) + " has another shape than its parameter");
      averages_[i].copy_(t);
    }
    torch::Tensor n;
    archive.read("updates", n);
    updates_ = n.item<int64_t>();
  } catch (const c10::Error& e) {
    throw std::runtime_error(file + ": not a weight average of this model (" + e.what_without_backtrace() + ")");
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(file + ": " + e.what());
  }
}

}  // namespace assay
