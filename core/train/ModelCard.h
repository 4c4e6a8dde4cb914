#pragma once
// What a trained model directory needs besides the Hugging Face files to be
// used the way it was trained: which task, how inputs were formed and
// truncated. Written as assay_model.json; the Predictor reads it back.
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <vector>

namespace assay {

class Tokenizer;

enum class ModelKind {
  Classifier,         // N-way head, softmax over labels
  CorrectnessReward,  // one reward; P(正确) = softmax(r(x 正确), r(x 错误))[0]
  PairwiseReward,     // one reward for any text (general chosen/rejected pairs)
};

QString modelKindName(ModelKind kind);  // "classifier" | "correctness_reward" | "pairwise_reward"

struct ModelCard {
  ModelKind kind = ModelKind::Classifier;
  QStringList labels;  // classifier: class names; correctness: {正确, 错误}
  int maxLength = 512;

  nlohmann::json toJson() const;
  static ModelCard fromJson(const nlohmann::json& json);  // throws std::runtime_error naming the key
  void write(const QString& dir) const;
  // Reads assay_model.json; without one (a TRL or seed-000 checkpoint),
  // infers: num_labels 1 -> pairwise reward, else a classifier over id2label.
  static ModelCard readOrInfer(const QString& dir);
  static constexpr const char* kFileName = "assay_model.json";
};

// Seed 003's inference recipe joins the message contents with a space: the
// text a correctness reward model scores for record x and verdict v.
QString correctnessPairText(const QString& content, const QString& verdict);

// Token ids as training saw them: no special tokens, truncated on the right
// to maxLength, never empty (an empty text becomes one pad token).
std::vector<int32_t> encodeForModel(const Tokenizer& tokenizer, const QString& text, int maxLength);

}  // namespace assay
