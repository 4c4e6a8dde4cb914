#pragma once
// From a TrainConfig to a trained model directory: read the data (a file in
// any supported format, or a project), split it, build the tokenizer and the
// model, turn records into examples, run the Trainer and write the model dir
// (Hugging Face files, label_mapping.json, assay_model.json, the training
// config and the dataset record). Used by `assay-cli train` and TrainingWorker.
#include <torch/torch.h>

#include <functional>
#include <memory>
#include <optional>

#include "data/LabelSchema.h"
#include "model/Qwen2ForSequenceClassification.h"
#include "text/Tokenizer.h"
#include "train/Baseline.h"
#include "train/ModelCard.h"
#include "train/Trainer.h"

namespace assay {

struct PreparedTraining {
  TrainConfig config;
  data::LabelSchema schema;
  ModelCard card;
  std::unique_ptr<Tokenizer> tokenizer;
  Qwen2ForSequenceClassification model{nullptr};
  TrainingData data;
  // The n-gram baseline on the same split (null when the data cannot train
  // it); with --model_name_or_path ngram it is the model, and model/tokenizer
  // stay empty.
  std::optional<BaselineResult> baseline;
};

// --model_name_or_path value that trains the n-gram baseline as the model.
inline constexpr const char* kNgramModel = "ngram";

using LogFn = std::function<void(const QString& line)>;

// Throws std::runtime_error naming the file, the record and the problem when
// the data cannot train the task. `log` receives a loading report laid out like
// the original rm_train.py's (label distribution, split, model summary).
PreparedTraining prepareTraining(const TrainConfig& config, const LogFn& log = {});

// Runs the Trainer; on success the output dir holds the best model.
TrainResult runTraining(PreparedTraining& prepared, TrainCallbacks callbacks = {});

// Writes every file of a model directory for the prepared run's current weights.
void writeModelDirectory(PreparedTraining& prepared, const QString& dir);

}  // namespace assay
