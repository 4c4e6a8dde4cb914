#pragma once
// The training loop shared by the CLI and TrainingWorker: AdamW (no decay on
// 1-D parameters: biases and norms), linear warm-up/decay, gradient
// clipping and accumulation, a NaN/inf check on every step, evaluation
// every eval_steps and at each epoch end, step checkpoints plus the best
// model by metric, an optional moving average of the weights that is what
// gets evaluated and saved (--ema_decay, WeightAverage.h), and exact resume
// (weights, average, optimizer, RNG, data order).
#include <torch/torch.h>

#include "train/TrainConfig.h"
#include "train/TrainResult.h"
#include "train/TrainingData.h"
#include "train/WeightAverage.h"

namespace assay {

class DistributedContext;

class Trainer {
 public:
  Trainer(TrainConfig config, ModelHandle model, const TrainingData& data, TrainCallbacks callbacks = {});

  // Runs to the end (or until shouldStop). Throws std::runtime_error on a
  // NaN/inf loss, naming the step.
  TrainResult run();

  // `scores`, when given, receives each example's logits (classify) or its
  // (chosen, rejected) rewards (reward), in example order.
  EvalMetrics evaluate(const std::vector<TrainExample>& examples, std::vector<std::vector<double>>* scores = nullptr);

  int64_t stepsPerEpoch() const;
  // Threads a micro-batch is split over (TrainThreads.h).
  int dataParallelWidth() const { return dataParallelWidth_; }
  // The automatic or explicit epochs' steps; a time budget may plan fewer
  // (TrainResult::totalSteps says how many ran).
  int64_t totalSteps() const;

  // Checkpoint directory: model files (writeModelFiles) plus training_state/
  // with weights.pt (the raw parameters), optimizer.pt, rng_state.pt,
  // trainer_state.json and, with --ema_decay, average.pt; the model files
  // hold the averaged weights then.
  static constexpr const char* kStateFile = "trainer_state.json";

 private:
  // What one micro-batch (or shard) trains on: objective = task +
  // lm_loss_coefficient * nextToken (nextToken undefined when that is off).
  struct BatchLoss {
    torch::Tensor objective, task, nextToken;
  };
  // Mean values over a micro-batch, for the log and the NaN check.
  struct LossValues {
    double task = 0, nextToken = 0;
    bool finite = true;  // objective finite on every shard
  };
  // Training loss of data_.train[batch] (token dropout and name swap applied).
  BatchLoss lossFor(const std::vector<size_t>& batch, int64_t& tokens);
  BatchLoss lossOn(const std::vector<TrainExample>& examples, const std::vector<size_t>& batch, int64_t& tokens);
  // Forward and backward of one micro-batch split over dataParallelWidth_
  // threads. Each shard's loss is weighted by its share of the batch (records,
  // or summed class weights), so the gradient equals the whole batch's mean
  // objective times `scale`.
  LossValues backwardSharded(const std::vector<size_t>& batch, double scale, int64_t& tokens);
  double shareOf(const std::vector<size_t>& shard) const;
  bool trainsNextToken() const;
  // What a training step asks the model for besides the logits.
  ForwardRequest trainingRequest() const;
  // Rewards of the chosen and of the rejected sequence of each pair, [B]
  // each; with nextToken given and the next-token loss on, also that loss.
  std::pair<torch::Tensor, torch::Tensor> pairRewards(const std::vector<TrainExample>& examples,
                                                      const std::vector<size_t>& batch, int64_t& tokens,
                                                      torch::Tensor* nextToken = nullptr);
  void saveCheckpoint(const QString& dir, int64_t step, int64_t epoch, int64_t stepInEpoch);
  void loadCheckpoint(const QString& dir);
  void saveWeights(const QString& dir);
  void loadWeights(const QString& dir);
  void rotateCheckpoints();
  static std::string averageFile(const QString& checkpointDir);
  void setLearningRate(double lr);
  bool hasTimeBudget() const;
  // The baseline's share in the saved model's answers (TrainResult::blend).
  std::optional<BlendChoice> chooseBaselineBlend();

  // The steps a time budget planned (0: none yet); kept in checkpoints so
  // that a resumed run keeps the schedule it started.
  int64_t plannedTotal_ = 0;

  TrainConfig config_;
  ModelHandle model_;
  const TrainingData& data_;
  TrainCallbacks cb_;
  std::unique_ptr<torch::optim::AdamW> optimizer_;
  std::vector<torch::Tensor> trainable_;
  torch::Tensor classWeights_;
  std::vector<double> classWeightValues_;  // the same, read per record on every step
  int dataParallelWidth_ = 1;
  // The process group (DistributedContext.h); null in a single process.
  DistributedContext* distributed_ = nullptr;
  // This rank's slice of a global micro-batch, and what that slice's loss
  // weighs in the whole batch's.
  std::vector<size_t> rankSlice(const std::vector<size_t>& batch, double& weight) const;
  bool writesOutput() const;
  std::unique_ptr<WeightAverage> average_;  // --ema_decay > 0
  torch::Tensor frequentTokens_;            // NextTokenLoss.h; undefined: every token by identity
  std::vector<bool> swappable_;             // --name_swap: rare ideographs, by id
  std::vector<int32_t> swapPool_;           // their ids

  int64_t globalStep_ = 0;
  int64_t epoch_ = 0;  // the epoch being trained (token dropout and swap draws depend on it)
  int64_t startEpoch_ = 0;
  int64_t startStepInEpoch_ = 0;
  double bestMetric_ = -1e300;
  QString bestCheckpoint_;
  std::vector<QString> stepCheckpoints_;
};

}  // namespace assay
