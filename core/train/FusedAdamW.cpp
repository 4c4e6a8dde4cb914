#include "train/FusedAdamW.h"

#include <c10/util/string_utils.h>

#include <cmath>

#include "model/FusedKernels.h"
#include "train/ShardRunner.h"
#include "train/WeightAverage.h"

namespace assay {

namespace {

using kernels::AdamWJob;

bool fusable(const torch::Tensor& t) {
  return t.defined() && t.device().is_cpu() && t.scalar_type() == torch::kFloat && t.is_contiguous();
}

// Consecutive runs of jobs with about the same number of elements, one per thread.
std::vector<std::pair<size_t, size_t>> balancedRuns(const std::vector<AdamWJob>& jobs, int threads) {
  int64_t total = 0;
  for (const auto& j : jobs) total += j.n;
  std::vector<std::pair<size_t, size_t>> runs;
  size_t begin = 0;
  int64_t done = 0;
  for (int t = 1; t <= threads; ++t) {
    const int64_t target = total * t / threads;
    size_t end = begin;
    while (end < jobs.size() && (t == threads || done + jobs[end].n / 2 < target)) done += jobs[end++].n;
    runs.emplace_back(begin, end);
    begin = end;
  }
  return runs;
}

// torch's own operations, for states the fused loop does not handle (amsgrad,
// other dtypes or layouts).
double unfusedStep(torch::optim::AdamW& optimizer, double maxGradNorm, WeightAverage* average) {
  std::vector<torch::Tensor> parameters;
  for (auto& group : optimizer.param_groups())
    for (auto& p : group.params()) parameters.push_back(p);
  const double norm = torch::nn::utils::clip_grad_norm_(parameters, maxGradNorm);
  if (!std::isfinite(norm)) return norm;
  optimizer.step();
  if (average) average->update();
  for (auto& p : parameters) p.mutable_grad().reset();
  return norm;
}

}  // namespace

double fusedClipAdamWStep(torch::optim::AdamW& optimizer, double maxGradNorm, WeightAverage* average, int threads) {
  torch::NoGradGuard noGrad;
  std::vector<AdamWJob> jobs;
  std::vector<std::pair<torch::Tensor, torch::optim::AdamWOptions*>> withGrad;
  for (auto& group : optimizer.param_groups()) {
    auto& options = static_cast<torch::optim::AdamWOptions&>(group.options());
    if (options.amsgrad()) return unfusedStep(optimizer, maxGradNorm, average);
    for (auto& p : group.params()) {
      if (!p.grad().defined()) continue;
      if (!fusable(p) || !fusable(p.grad()) || (average && !fusable(average->averageOf(p))))
        return unfusedStep(optimizer, maxGradNorm, average);
      withGrad.emplace_back(p, &options);
    }
  }
  threads = std::max(1, threads);

  std::vector<double> squares(withGrad.size(), 0);
  {
    std::vector<AdamWJob> sized(withGrad.size());
    for (size_t i = 0; i < withGrad.size(); ++i) {
      sized[i].g = withGrad[i].first.grad().data_ptr<float>();
      sized[i].n = withGrad[i].first.numel();
    }
    const auto runs = balancedRuns(sized, threads);
    runShards(int(runs.size()), [&](int t) {
      for (size_t i = runs[size_t(t)].first; i < runs[size_t(t)].second; ++i)
        squares[i] = kernels::sumOfSquares(sized[i].g, sized[i].n);
    });
  }
  double sum = 0;
  for (const double s : squares) sum += s;  // in parameter order: the same sum on every run
  const double norm = std::sqrt(sum);
  if (!std::isfinite(norm)) return norm;
  const float clip = float(std::min(1.0, maxGradNorm / (norm + 1e-6)));

  auto& state = optimizer.state();
  for (auto& [p, options] : withGrad) {
    const std::string key = c10::guts::to_string(p.unsafeGetTensorImpl());
    auto found = state.find(key);
    if (found == state.end()) {
      auto fresh = std::make_unique<torch::optim::AdamWParamState>();
      fresh->step(0);
      fresh->exp_avg(torch::zeros_like(p, torch::MemoryFormat::Preserve));
      fresh->exp_avg_sq(torch::zeros_like(p, torch::MemoryFormat::Preserve));
      found = state.emplace(key, std::move(fresh)).first;
    }
    auto& s = static_cast<torch::optim::AdamWParamState&>(*found->second);
    if (!fusable(s.exp_avg()) || !fusable(s.exp_avg_sq())) {
      // A loaded state in another layout: made contiguous once, then fused.
      s.exp_avg(s.exp_avg().to(torch::kFloat).contiguous());
      s.exp_avg_sq(s.exp_avg_sq().to(torch::kFloat).contiguous());
    }
    s.step(s.step() + 1);
    const auto [beta1, beta2] = options->betas();
    const double lr = options->lr();
    AdamWJob j;
    j.p = p.data_ptr<float>();
    j.g = p.grad().data_ptr<float>();
    j.m = s.exp_avg().data_ptr<float>();
    j.v = s.exp_avg_sq().data_ptr<float>();
    j.a = average ? average->averageOf(p).data_ptr<float>() : nullptr;
    j.n = p.numel();
    j.decayFactor = float(1 - lr * options->weight_decay());
    j.beta1 = float(beta1);
    j.oneMinusBeta1 = float(1 - beta1);
    j.beta2 = float(beta2);
    j.oneMinusBeta2 = float(1 - beta2);
    j.sqrtBiasCorrection2 = float(std::sqrt(1 - std::pow(beta2, double(s.step()))));
    j.eps = float(options->eps());
    j.negativeStepSize = float(-lr / (1 - std::pow(beta1, double(s.step()))));
    jobs.push_back(j);
  }
  const double decay = average ? average->advance() : 0;
  const float keep = float(decay), take = float(1 - decay);
  const auto runs = balancedRuns(jobs, threads);
  runShards(int(runs.size()), [&](int t) {
    for (size_t i = runs[size_t(t)].first; i < runs[size_t(t)].second; ++i)
      kernels::adamwUpdate(jobs[i], clip, keep, take);
  });
  for (auto& entry : withGrad) entry.first.mutable_grad().reset();
  return norm;
}

}  // namespace assay
