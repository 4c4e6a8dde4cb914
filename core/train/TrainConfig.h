#pragma once
// Every knob of a training run. The flag names are those of the original
// rm_train.py and of TRL's reward_modeling.py / RewardConfig, so users of those
// scripts already know them. A plain struct: the CLI, the GUI and the worker
// all fill it in. Flags, JSON keys, help texts, ranges and which options the
// GUI shows live in one table, train/TrainOptions.h; why each default is what
// it is, in bench/train/README.md.
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace assay {

enum class TrainTask { Classify, Reward };

QString taskName(TrainTask task);
// Throws std::invalid_argument naming the value when it is neither.
TrainTask parseTask(const QString& name);

struct TrainConfig {
  // data
  TrainTask task = TrainTask::Classify;
  QString modelNameOrPath = QStringLiteral("tiny");  // "tiny", "ngram" or a local checkpoint dir
  QString trainFile;
  QString evalFile;
  QString labelMapping;  // empty: the one beside the train file, else order of first appearance
  QString project;       // an .assay project instead of trainFile
  QString outputDir;
  QString resumeFromCheckpoint;
  int maxLength = 512;
  double validationFraction = 0.2;  // stratified split when there is no eval file
  // Any dataset health warning (train/TrainingHealth.h) stops the run before its first step.
  bool failOnHealthWarning = false;

  // schedule
  double numTrainEpochs = 0;  // 0: chosen from the data by resolvedEpochs()
  // Unset: kTinyTrainMinutes for the tiny preset, 0 (no budget) for a
  // checkpoint; resolved by prepareTraining. Ignored with explicit epochs.
  std::optional<double> maxTrainMinutes;
  int perDeviceTrainBatchSize = 32;
  int perDeviceEvalBatchSize = 64;
  int gradientAccumulationSteps = 1;
  int evalSteps = 0;       // 0: evaluate only at each epoch end
  int loggingSteps = 10;   // a log line every N optimizer steps
  int saveSteps = 0;       // 0: checkpoint at each evaluation
  int saveTotalLimit = 2;  // step checkpoints kept besides the best model
  int seed = 42;

  // optimizer (AdamW with linear warm-up and decay)
  double learningRate = 6e-4;  // for the tiny preset; a from-scratch model needs more than 2e-5
  double weightDecay = 0.1;
  double warmupRatio = 0.06;
  double maxGradNorm = 1.0;
  double adamBeta1 = 0.9;
  double adamBeta2 = 0.999;
  double adamEpsilon = 1e-8;

  // regularisation
  // Decay of the weight average that is evaluated and saved (train/WeightAverage.h).
  // Unset: kTinyEmaDecay for tiny, 0 for a checkpoint (prepareTraining; the Trainer reads unset as 0).
  std::optional<double> emaDecay;
  // Weight of the auxiliary next-token loss (model/NextTokenLoss.h). Unset:
  // kTinyLmLoss for tiny, 0 for a checkpoint, which is already a language model.
  std::optional<double> lmLossCoefficient;
  // The next-token loss names a token only when this share of the training
  // records holds it; rarer tokens (names) are one class.
  double lmFrequentTokenShare = 0.2;
  double labelSmoothing = 0.0;
  // Share of input tokens replaced by the unknown token while training (tiny
  // only: a pretrained BPE vocabulary has no unknown token). Never the last token.
  double tokenDropout = 0.0;
  // Share of records per epoch whose rare CJK characters are swapped for other
  // rare ones (train/Batching.h swapTokens); tiny only. Unset means off.
  std::optional<double> nameSwap;
  bool classWeights = false;  // inverse-frequency class weights in the loss

  // reward (TRL semantics): center_rewards_coefficient is None unless given.
  std::optional<double> centerRewardsCoefficient;
  bool marginFromScores = false;  // margin = score_chosen - score_rejected

  // LoRA
  bool usePeft = false;
  int loraR = 8;
  double loraAlpha = 16;
  double loraDropout = 0.0;

  // machine
  int numThreads = 0;  // 0: choose for the machine (TrainThreads.h)
  // Decoder matrix products: "fp32", "bf16" (model/MatmulPrecision.h) or
  // "auto": bf16 where this CPU runs it clearly faster.
  QString precision = QStringLiteral("auto");
  // "fused" or "reference" (model/ComputePolicy.h).
  QString kernels = QStringLiteral("fused");
  bool demoInference = false;

  // The tiny preset's values of the options a checkpoint leaves at 0.
  static constexpr double kTinyEmaDecay = 0.999;
  static constexpr double kTinyLmLoss = 0.5;
  static constexpr double kTinyTrainMinutes = 5;

  // Automatic epochs: as many as fit in kAutoRecordBudget records seen,
  // between kAutoEpochs and kAutoBudgetEpochs; more for a small set, so that
  // training sees at least kAutoMinRecords records, but at most kAutoMaxEpochs.
  static constexpr double kAutoEpochs = 3;
  static constexpr double kAutoBudgetEpochs = 6;
  static constexpr int64_t kAutoRecordBudget = 192000;
  static constexpr int64_t kAutoMinRecords = 38400;
  static constexpr double kAutoMaxEpochs = 30;
  // numTrainEpochs when set, else the automatic choice for this many
  // optimizer steps per epoch.
  double resolvedEpochs(int64_t stepsPerEpoch) const;
  // Optimizer steps one pass over trainRecords takes (batches, then
  // gradient accumulation).
  int64_t stepsPerEpoch(size_t trainRecords) const;

  // Every option under its flag name; unset optionals are null.
  nlohmann::json toJson() const;
  // Missing keys keep their defaults; wrong types throw std::runtime_error naming the key.
  static TrainConfig fromJson(const nlohmann::json& json);
  // Empty when valid, else the first problem, naming the flag.
  QString validate() const;
};

}  // namespace assay
