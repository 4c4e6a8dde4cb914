#pragma once
// An exponential moving average of the trainable parameters (Polyak
// averaging, --ema_decay): after every optimizer step
//   average = d * average + (1 - d) * parameter,  d = min(decay, (1 + n) / (10 + n))
// where n counts the updates, so the first steps are not dominated by the
// initial weights. Evaluation, best-model selection and the saved model use
// the average; training continues on the raw parameters.
//
// Why: on the address data the tiny preset overfits the place names it has
// seen within a few epochs, and the raw weights at the end of an epoch are
// one noisy point of a trajectory; their average generalises better to
// records with unseen names (bench/train/README.md).
#include <torch/torch.h>

#include <functional>
#include <string>
#include <vector>

namespace assay {

class WeightAverage {
 public:
  WeightAverage(std::vector<torch::Tensor> parameters, double decay);

  void update();
  // The decay of the next update, counting that update as done: for code that
  // applies the update itself (FusedAdamW.h).
  double advance();
  // The average of one of the parameters (the same tensor object); throws
  // std::invalid_argument for any other tensor.
  const torch::Tensor& averageOf(const torch::Tensor& parameter) const;
  int64_t updates() const { return updates_; }
  // The decay the next update() uses.
  double currentDecay() const;

  // Exchanges the parameters' values with the averages, in place; a second
  // call restores them. Use SwappedIn to scope it.
  void swap();

  void save(const std::string& file) const;
  // The same archive through a byte sink (torch::serialize::OutputArchive::save_to).
  void save(const std::function<size_t(const void*, size_t)>& sink) const;
  // Throws std::runtime_error naming the file when it does not match the parameters.
  void load(const std::string& file);

  // While alive, the parameters hold the averages.
  class SwappedIn {
   public:
    explicit SwappedIn(WeightAverage* average) : average_(average) {
      if (average_) average_->swap();
    }
    ~SwappedIn() {
      if (average_) average_->swap();
    }
    SwappedIn(const SwappedIn&) = delete;
    SwappedIn& operator=(const SwappedIn&) = delete;

   private:
    WeightAverage* average_;
  };

 private:
  std::vector<torch::Tensor> parameters_;
  std::vector<torch::Tensor> averages_;
  double decay_;
  int64_t updates_ = 0;
};

}  // namespace assay
