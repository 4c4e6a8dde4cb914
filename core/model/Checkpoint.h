#pragma once
// Hugging Face checkpoint directories.
//
// Assay writes:  config.json, model.safetensors, tokenizer.json,
//                tokenizer_config.json, label_mapping.json (the layout
//                of the user's original rm_train.py:
//                {"id_to_label": {"0": ...}, "label_to_id": {...}}),
//                and training_state/ (owned by the trainer).
// Assay reads:   the same, a Qwen2/Qwen2.5 `*-Instruct` causal LM (no
//                score.weight: a fresh head of num_labels is created), a TRL
//                reward model (score.weight with one row: loaded whole), and
//                sharded weights (model.safetensors.index.json).
#include <torch/torch.h>

#include <QString>
#include <QStringList>

#include "model/Qwen2ForSequenceClassification.h"
#include "model/SafetensorsWriter.h"

namespace assay {

class Tokenizer;

struct CheckpointSaveOptions {
  // Weight dtype in model.safetensors: kFloat (default), kBFloat16 or kHalf.
  torch::ScalarType weightDtype = torch::kFloat;
  // When set, this tokenizer_config.json (e.g. the one of the loaded base
  // model) is copied; otherwise a PreTrainedTokenizerFast config is written.
  QString tokenizerConfigSource;
  QString padToken;  // written as "pad_token" in a generated tokenizer_config.json
  int64_t modelMaxLength = 512;
};

// Writes the whole directory (created if needed). LoRA adapters present in
// the model are merged into the saved weights; the model itself is left
// untouched. Throws std::runtime_error naming the file on failure.
void saveCheckpoint(const QString& directory, Qwen2ForSequenceClassification& model, const Tokenizer& tokenizer,
                    const CheckpointSaveOptions& options = {});

// Only model.safetensors (merged weights) and config.json.
void saveModelWeights(const QString& directory, Qwen2ForSequenceClassification& model,
                      torch::ScalarType weightDtype = torch::kFloat);

// The weights a checkpoint stores, HF-named: LoRA merged, lora_* excluded.
NamedTensors exportStateDict(Qwen2ForSequenceClassification& model, torch::ScalarType weightDtype = torch::kFloat);

// The folder in a checkpoint where the trainer keeps its own resume state.
QString trainingStateDirectory(const QString& checkpointDirectory);

struct LoadReport {
  bool freshScoreHead = false;  // score.weight was absent and was initialised
  QStringList ignoredTensors;   // present in the files but not used (lm_head.weight, ...)
};

struct LoadOptions {
  // Empty: use the checkpoint's id2label. Otherwise the model gets these
  // labels; a stored score.weight must then have labels.size() rows.
  QStringList labels;
  // Overrides config.json's pad_token_id when >= 0 (e.g. from the tokenizer).
  int64_t padTokenId = -1;
  // The model is built after torch::manual_seed(seed) (global generator), so
  // a fresh score head is reproducible.
  uint64_t seed = 42;
};

// Loads config.json + weights (float32 in memory whatever the stored dtype)
// from `directory`. Missing tensors and shape mismatches throw
// std::runtime_error naming every offending tensor; tensors the classifier
// does not use (lm_head.weight, ...) are listed in report->ignoredTensors.
Qwen2ForSequenceClassification loadCheckpoint(const QString& directory, const LoadOptions& options = {},
                                              LoadReport* report = nullptr);

// Copies HF-named tensors into the model (dtype converted to the model's).
// Same error rules as loadCheckpoint; `source` names the origin in messages.
void loadStateDict(Qwen2ForSequenceClassification& model, const std::map<std::string, torch::Tensor>& tensors,
                   const QString& source, LoadReport* report = nullptr);

// All tensors of model.safetensors or of the shards listed in
// model.safetensors.index.json, in their stored dtype.
std::map<std::string, torch::Tensor> readCheckpointTensors(const QString& directory);

}  // namespace assay
