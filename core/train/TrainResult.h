#pragma once
// What a training run reports while it runs (TrainCallbacks) and when it
// ends (TrainResult). LibTorch-free, so that the GUI's training session and
// its signals can carry them without the model's headers.
#include <QString>
#include <functional>
#include <optional>
#include <vector>

#include "train/Baseline.h"
#include "train/Metrics.h"

namespace assay {

struct TrainCallbacks {
  std::function<void(int64_t step, double loss, double lr)> stepLogged;
  std::function<void(const EvalMetrics& metrics, int64_t step, double epoch)> evaluated;
  std::function<void(int64_t done, int64_t total, double etaSeconds)> progress;
  std::function<void(const QString& path)> checkpointSaved;
  std::function<bool()> shouldStop;       // polled before every micro-batch
  std::function<void()> waitWhilePaused;  // blocks while paused; returns at once otherwise
  // Extra files of a checkpoint dir besides weights (tokenizer, config, label mapping).
  std::function<void(const QString& dir)> writeModelFiles;
  // A line for the run's log: the time budget's plan and each change to it.
  std::function<void(const QString& text)> note;
};

struct TrainResult {
  bool cancelled = false;
  int64_t globalStep = 0;
  int64_t totalSteps = 0;
  double epoch = 0;
  std::vector<double> stepLosses;           // one per optimizer step, this run only
  std::optional<EvalMetrics> finalMetrics;  // of the model left in outputDir (the best one)
  double bestMetric = 0;
  QString bestCheckpoint;
  double trainTokensPerSecond = 0;
  double seconds = 0;
  // The n-gram baseline on the same validation split (Baseline.h), when it could be fitted.
  std::optional<EvalMetrics> baselineMetrics;
  // How much of the baseline the saved model mixes in, chosen on the
  // validation split (TrainingData::baselineEvalProbabilities); none when
  // there was nothing to choose from.
  std::optional<BlendChoice> blend;
};

}  // namespace assay
