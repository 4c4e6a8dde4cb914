// The hand-off of a project to TRL on GPU machines: one directory holding
// the project's train/test split as TRL preference JSONL (the layout TRL's
// reward_modeling.py loads, written by the project's own TRL exporter), a
// train.sh that runs that script under `accelerate launch` with Assay's
// training settings under TRL's flag names, accelerate configs for one node
// and for several, and a README. LibTorch-free: the data CLI and the GUI
// call it. What TRL writes back opens in predict/eval/serve (ModelCard).
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

#include "data/ProjectStore.h"

namespace assay::data {

struct TrlBundleOptions {
  QString modelNameOrPath = QStringLiteral("Qwen/Qwen2.5-0.5B-Instruct");
  bool usePeft = false;
  int loraR = 32;
  double loraAlpha = 16;
  int numGpus = 1;  // per node
  int perDeviceTrainBatchSize = 8;
  int gradientAccumulationSteps = 1;
  double numTrainEpochs = 1;
  // Unset: 1e-5 for full training, 1e-4 with LoRA (TRL's own examples).
  std::optional<double> learningRate;
  int maxLength = 512;  // Assay's default (TrainConfig::maxLength)
  // TRL's recommended value; TRL's default (None) leaves rewards uncentred.
  double centerRewardsCoefficient = 0.01;
  int evalSteps = 50;
  int loggingSteps = 25;

  double resolvedLearningRate() const { return learningRate.value_or(usePeft ? 1e-4 : 1e-5); }
  // Empty when valid, else the first problem, naming the flag.
  QString validate() const;
};

struct TrlBundleResult {
  qint64 trainRecords = 0;
  qint64 testRecords = 0;
  bool assignedSplit = false;  // the project had unsplit samples and was split first
  QStringList files;           // written, relative to the bundle directory
  QStringList skipped;         // "reason N" of records TRL's layout cannot hold
};

// The flags train.sh passes to reward_modeling.py, in order (tests read them).
QStringList trlRewardFlags(const TrlBundleOptions& options);

// Writes the bundle into outDir (created; existing bundle files are
// replaced). Splits unsplit samples first (assignSplits' defaults), as
// training does. Throws std::runtime_error naming the file at fault.
TrlBundleResult writeTrlBundle(ProjectStore& store, const QString& outDir, const TrlBundleOptions& options,
                               const ProgressFn& progress = {});

}  // namespace assay::data
