#pragma once
// Every knob of a training run, named after seed 000's rm_train.py and TRL's
// reward_modeling.py / RewardConfig flags so users of those scripts already
// know them. A plain struct: the CLI, the GUI and the worker all fill it in.
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace assay {

enum class TrainTask { Classify, Reward };

QString taskName(TrainTask task);
// Throws std::invalid_argument naming the value when it is neither.
TrainTask parseTask(const QString& name);

struct TrainConfig {
  TrainTask task = TrainTask::Classify;
  QString modelNameOrPath = QStringLiteral("tiny");  // "tiny" or a local checkpoint dir
  QString trainFile;
  QString evalFile;
  // label_mapping.json fixing a --train_file's label ids (seed 000's layout);
  // empty: the one beside the train file, else the labels in order of first appearance.
  QString labelMapping;
  QString project;  // an .assay project instead of --train_file
  QString outputDir;
  QString resumeFromCheckpoint;

  int maxLength = 512;
  // Defaults for the `tiny` preset, chosen by measurement (bench/train/README.md);
  // the 0.5B recipe's 2e-5 would leave a from-scratch model untrained. On
  // 40,000 address records, batch 32 at 6e-4 reached held-out 0.927 where
  // batch 16 at 3e-4 reached 0.908 on the same records seen (3 epochs);
  // batch 64 at 1e-3 trailed (validation 0.868 vs 0.904 after 2 epochs), as
  // did 1e-3 or 5e-4 at batch 16.
  // 0 (the default): chosen from the data by resolvedEpochs().
  double numTrainEpochs = 0;
  double learningRate = 6e-4;
  int perDeviceTrainBatchSize = 32;
  int perDeviceEvalBatchSize = 64;
  // Held-out (unseen place names), 40k project, 6 epochs: 0.945 / 0.935 at
  // 0.1 against 0.928 / 0.905 at 0.01 (seeds 42 / 7). Stronger decay keeps
  // the model from memorising which cities it has seen, so it flags far
  // fewer correct records whose city is new (2 / 8 of 311 instead of 17 / 32).
  double weightDecay = 0.1;
  int seed = 42;
  int gradientAccumulationSteps = 1;
  int evalSteps = 0;      // 0: evaluate only at each epoch end
  int loggingSteps = 10;  // stepLogged / log line every N optimizer steps
  int saveSteps = 0;      // 0: checkpoint at each evaluation
  int saveTotalLimit = 2; // step checkpoints kept besides the best model
  double warmupRatio = 0.06;
  double maxGradNorm = 1.0;
  // AdamW's moment decays and epsilon (transformers' adam_beta1/2, adam_epsilon).
  double adamBeta1 = 0.9;
  double adamBeta2 = 0.999;
  double adamEpsilon = 1e-8;
  // Decay of the moving average of the weights that is evaluated and saved
  // (train/WeightAverage.h); 0 trains and saves the raw weights. Unset:
  // kTinyEmaDecay for the tiny preset, 0 for a checkpoint (resolved by
  // prepareTraining; the Trainer reads unset as 0). On the address data the
  // average flagged fewer correct records with unseen place names (25 vs 54
  // of 1,444, seed 42) and scored higher on held-out records for both seeds
  // measured (bench/train/README.md).
  std::optional<double> emaDecay;
  static constexpr double kTinyEmaDecay = 0.999;
  // Weight of the auxiliary next-token loss (model/NextTokenLoss.h) added
  // to the task loss while training; 0 turns it off. Unset: kTinyLmLoss
  // for the tiny preset, 0 for a checkpoint (already a language model;
  // resolved by prepareTraining, the Trainer reads unset as 0). Classify
  // trains it on every record, reward on the chosen text. On the address
  // data (bench/train/README.md, sessions 5 and 6) it cut the defective
  // held-out records missed from 138-231 of 1,556 to 24-31. Alone it also
  // taught the model which place names it had seen (correct records with new
  // ones flagged 115-357 times in 1,444); with nameSwap that fell to 0-27.
  std::optional<double> lmLossCoefficient;
  static constexpr double kTinyLmLoss = 0.5;
  // The next-token loss names a token only when it occurs in at least this
  // share of the training records; rarer tokens (names) are one class.
  // Every token by identity (0) flagged 29-42 % of correct held-out records,
  // whose names were new; 0.05 flagged 14 %, 0.2 8-12 %.
  double lmFrequentTokenShare = 0.2;
  double validationFraction = 0.2;  // stratified split when no eval file (26 -> 20/6)

  // classify
  double labelSmoothing = 0.0;
  // Share of ordinary input tokens replaced by the tokenizer's unknown token
  // while training (word dropout for characters); the tiny preset only, as
  // pretrained BPE vocabularies have no unknown token. Never the last token.
  double tokenDropout = 0.0;
  // Share of training records (drawn anew each epoch) whose rare CJK
  // characters (below lmFrequentTokenShare of the records: names, not the
  // 省/市/路/号 skeleton) are replaced by other rare characters, one
  // replacement per character (train/Batching.h swapTokens). Teaches the
  // classifier that which name a record holds does not decide its label.
  // The tiny preset only (a character vocabulary). Off unless given: it
  // helps templated records whose names must not matter (the generated
  // address demo), and hurts where the characters are the signal (which
  // city lies in which province, an author's poems); bench/train/README.md.
  std::optional<double> nameSwap;
  bool classWeights = false;  // inverse-frequency class weights in the loss

  // reward (TRL semantics): center_rewards_coefficient is None unless given.
  std::optional<double> centerRewardsCoefficient;
  bool marginFromScores = false;  // margin = score_chosen - score_rejected

  // LoRA (issue "Model core")
  bool usePeft = false;
  int loraR = 8;
  double loraAlpha = 16;
  double loraDropout = 0.0;

  // Epochs of automatic mode: as many as fit in kAutoRecordBudget records
  // seen, between kAutoEpochs and kAutoBudgetEpochs; more for a small set so
  // that training goes through at least kAutoMinRecords records, at most
  // kAutoMaxEpochs. Measured (bench/train/README.md): 210 style samples
  // scored macro F1 0.50 after 3 epochs and 0.78 after 20; the 6,400-record
  // address set peaked after 6 (38,400 records seen); 32,000 address records
  // reached held-out 0.928 after 6 epochs where 3 gave 0.890 (same seed),
  // in 393 s on two cores -- the budget keeps a larger set near that time.
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

  // A time budget for automatic epochs: the trainer times its first steps,
  // plans as many steps as fit in this many minutes of training (warm-up and
  // decay over the planned steps) and says so in its log. 0: no budget.
  // Unset: kTinyTrainMinutes for the tiny preset, 0 for a checkpoint
  // (resolved by prepareTraining). Explicit --num_train_epochs is obeyed.
  std::optional<double> maxTrainMinutes;
  static constexpr double kTinyTrainMinutes = 5;

  int numThreads = 0;  // 0: choose for the machine (see TrainThreads.h)
  // Matrix products of the decoder: "fp32", "bf16" (float32 weights and
  // activations, bfloat16 products; model/MatmulPrecision.h) or "auto":
  // bf16 where this CPU runs it clearly faster than fp32, else fp32.
  QString precision = QStringLiteral("auto");
  bool demoInference = false;

  nlohmann::json toJson() const;
  // Missing keys keep their defaults; wrong types throw std::runtime_error naming the key.
  static TrainConfig fromJson(const nlohmann::json& json);
  // Empty when valid, else the first problem, naming the flag.
  QString validate() const;
};

}  // namespace assay
