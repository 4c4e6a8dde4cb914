#pragma once
// Tokenised records as the Trainer consumes them, and the handle through
// which it drives a model without knowing its class (the Qwen2 classifier in
// the product, a small stand-in in unit tests).
#include <torch/torch.h>

#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

#include "train/Batching.h"

namespace assay {

struct TrainExample {
  std::vector<int32_t> ids;          // classify: the text; reward: the chosen text
  std::vector<int32_t> rejectedIds;  // reward only
  int64_t label = -1;                // classify: class id; correctness pairs: 0 正确 / 1 错误 (else -1)
  double margin = 0;                 // reward: subtracted from r_c - r_r when hasMargin
  bool hasMargin = false;
};

struct TrainingData {
  std::vector<TrainExample> train;
  std::vector<TrainExample> eval;
  QStringList labels;  // classify: class names; correctness pairs: {正确, 错误}; other pairs: empty
  int32_t padTokenId = 0;
  // For --token_dropout: the id that replaces a dropped token (-1: the
  // tokenizer has none, nothing is dropped) and the first id that may be
  // dropped (pad, unk and special tokens come before it).
  int32_t unkTokenId = -1;
  int32_t firstDroppableTokenId = 0;
  // For --name_swap: by token id, whether the token is one CJK ideograph
  // (the tiny preset's character vocabulary; empty for other tokenizers).
  std::vector<bool> ideographTokens;
  bool pairwise = false;  // reward task
  // The n-gram baseline's class probabilities for each eval example (empty
  // rows: records it cannot score), so the run can choose how much of the
  // baseline its saved model mixes in (Baseline.h chooseBlend).
  std::vector<std::vector<double>> baselineEvalProbabilities;
  // The record the model was trained on, written as dataset.json (hashes, counts, split).
  nlohmann::json datasetRecord = nlohmann::json::object();
};

struct ModelHandle {
  std::shared_ptr<torch::nn::Module> module;
  // The model's one forward pass (model/ForwardPass.h): a padded batch, or,
  // when packsPairs, reward pairs packed by packSharedPrefixPairs so that a
  // shared prefix is computed once; the request may ask for the auxiliary
  // next-token loss when nextTokenLoss says the model has it.
  std::function<ModelOutput(const ModelInput&, const ForwardRequest&)> forward;
  // Without it the two sequences of a pair run as separate padded rows.
  bool packsPairs = false;
  // Without it the model trains on the task loss alone.
  bool nextTokenLoss = false;
  // Dropout draws from the global generator; with shards on several threads
  // the order of those draws, and so the losses, would vary from run to run.
  // The Trainer keeps such a model on one thread to stay reproducible.
  bool usesDropout = false;
};

}  // namespace assay
