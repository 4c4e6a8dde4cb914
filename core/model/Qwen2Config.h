#pragma once
// The subset of a Hugging Face Qwen2 config.json Assay needs, with the
// classification fields (num_labels, id2label/label2id, pad_token_id).
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

namespace assay {

struct Qwen2Config {
  int64_t vocabSize = 0;
  int64_t hiddenSize = 0;
  int64_t intermediateSize = 0;
  int64_t numHiddenLayers = 0;
  int64_t numAttentionHeads = 0;
  int64_t numKeyValueHeads = 0;
  int64_t maxPositionEmbeddings = 32768;
  double rmsNormEps = 1e-6;
  double ropeTheta = 10000.0;
  double initializerRange = 0.02;  // std of the normal init of fresh weights (HF _init_weights)
  // Dropout, active only while training (eval-mode forwards, and so every
  // prediction and the Hugging Face parity, are unaffected). HF's field
  // attention_dropout drops attention probabilities; hidden_dropout is
  // Assay's: the embeddings and each attention/MLP output before its
  // residual add, as GPT-2's resid_pdrop. Regularizes from-scratch models
  // trained on a few thousand records.
  double attentionDropout = 0.0;
  double hiddenDropout = 0.0;
  bool tieWordEmbeddings = false;
  int64_t padTokenId = -1;  // -1: none (Hugging Face then requires batch size 1)
  int64_t bosTokenId = -1;  // kept only to round-trip config.json; -1: absent
  int64_t eosTokenId = -1;
  QString torchDtype = QStringLiteral("float32");  // "torch_dtype" written to config.json
  QStringList labels;                              // id2label in id order; size() == num_labels

  static constexpr int64_t kMaxLabels = 100000;

  int64_t numLabels() const { return labels.size(); }
  int64_t headDim() const { return hiddenSize / numAttentionHeads; }

  // Throws std::runtime_error naming the field when a value is missing or inconsistent.
  static Qwen2Config fromJson(const nlohmann::json& config);
  static Qwen2Config fromFile(const QString& configJsonPath);
  // config.json as transformers writes it for Qwen2ForSequenceClassification.
  nlohmann::json toJson() const;
  // Throws std::runtime_error naming the first inconsistent field (sizes not
  // positive, hidden not divisible by heads, heads not divisible by kv heads, ...).
  void validate() const;
};

// The `tiny` preset: Qwen2 architecture sized for two CPU cores (see
// Qwen2Config.cpp for the measured choice). vocabSize and padTokenId come
// from the character tokenizer built on the training data.
Qwen2Config tinyPresetConfig(int64_t vocabSize, const QStringList& labels, int64_t padTokenId);

// Labels "LABEL_0".."LABEL_{n-1}", Hugging Face's default id2label.
QStringList defaultLabels(int64_t numLabels);

}  // namespace assay
