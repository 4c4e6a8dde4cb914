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
  bool tieWordEmbeddings = false;
  int64_t padTokenId = -1;   // -1: none (Hugging Face then requires batch size 1)
  QStringList labels;        // id2label in id order; size() == num_labels

  int64_t numLabels() const { return labels.size(); }
  int64_t headDim() const { return hiddenSize / numAttentionHeads; }

  // Throws std::runtime_error naming the field when a value is missing or inconsistent.
  static Qwen2Config fromJson(const nlohmann::json& config);
  static Qwen2Config fromFile(const QString& configJsonPath);
  // config.json as transformers writes it for Qwen2ForSequenceClassification.
  nlohmann::json toJson() const;
};

}  // namespace assay
