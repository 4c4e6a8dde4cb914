#pragma once
// Runs a trained model directory over texts: batched, length-sorted, each
// batch padded only to its own longest record (seed 000 pads every record to
// 512 and runs them one at a time). Results follow seed 000's predict_style
// object, plus P(正确) for correctness reward models (seed 003's recipe) and
// the raw reward for pairwise reward models.
#include <torch/torch.h>

#include <QStringList>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "model/Qwen2ForSequenceClassification.h"
#include "text/Tokenizer.h"
#include "train/ModelCard.h"
#include "train/NgramClassifier.h"

namespace assay {

struct Prediction {
  QString predictedLabel;  // empty for pairwise reward models
  double confidence = 0;
  std::vector<std::pair<QString, double>> probabilities;  // label order
  std::optional<double> pCorrect;                         // correctness reward: softmax(r(x 正确), r(x 错误))[0]
  std::optional<double> reward;                           // pairwise reward: r(x)
  std::vector<double> logits;  // classifier logits, or the two rewards of a correctness model
};

class Predictor {
 public:
  // Reads config.json, the weights, tokenizer.json and assay_model.json (or
  // infers the kind); or assay_model.json and ngram_model.bin for an n-gram
  // model. A PEFT adapter directory (adapter_config.json, as TRL's
  // --use_peft saves it) is merged into its base: `baseModelDir` when given,
  // else base_model_name_or_path when it is a directory (absolute, or
  // relative to the adapter's parent), else the directory beside the adapter
  // named as its last component. Throws std::runtime_error naming the file.
  static std::unique_ptr<Predictor> load(const QString& modelDir, const QString& baseModelDir = {});

  std::vector<Prediction> predict(const QStringList& texts, int batchSize = 32) const;
  // One score per text: logits[:, 0] (the reward of a reward model).
  std::vector<double> rewards(const QStringList& texts, int batchSize = 32) const;

  // {"predicted_label","confidence","probabilities"} (+ "p_correct" / "reward").
  nlohmann::ordered_json toJson(const Prediction& prediction) const;

  const ModelCard& card() const { return card_; }
  // Null for an n-gram model (--model_name_or_path ngram), which has no tokenizer.
  const Tokenizer* tokenizer() const { return tokenizer_.get(); }

 private:
  Predictor() = default;
  torch::Tensor logits(const QStringList& texts, int batchSize) const;  // [N, num_labels], input order
  // Rewards [N, 2] of (first[i], second[i]), each pair run as one row with
  // its shared prefix computed once (ModelInput::sharedPrefixPairs).
  torch::Tensor pairRewards(const QStringList& first, const QStringList& second, int batchSize) const;

  // An n-gram model's predictions, in the transformer's shapes.
  std::vector<Prediction> predictNgram(const QStringList& texts) const;
  // The transformer's own, before any blend with the n-gram model.
  std::vector<Prediction> predictTransformer(const QStringList& texts, int batchSize) const;

  ModelCard card_;
  std::shared_ptr<const NgramClassifier> ngram_;  // the n-gram model, alone or blended (card_.ngramWeight)
  int32_t endTokenId_ = -1;                       // from the card; -1: texts are scored without one
  std::unique_ptr<Tokenizer> tokenizer_;
  mutable Qwen2ForSequenceClassification model_{nullptr};
};

}  // namespace assay
