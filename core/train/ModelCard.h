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
  // Token appended after every (truncated) text, or empty for none. The tiny
  // preset reads a record with a causal model and pools the last token: a
  // fixed end token gives that position the same meaning in every record
  // (otherwise it is whatever character happens to come last, often a digit
  // of a phone number). It must differ from the pad token, which pooling
  // skips. Checkpoints of real Qwen models leave it empty: their pad token is
  // <|endoftext|>, and TRL scores texts as they are.
  QString endToken;
  // Weight of the n-gram baseline (ngram_model.bin in the same directory) in
  // the model's answer: log-probabilities are mixed as (1 - w)·transformer +
  // w·n-gram. Chosen after training on the run's validation split; 0: the
  // transformer alone. Classifiers and correctness reward models only.
  double ngramWeight = 0;

  nlohmann::json toJson() const;
  static ModelCard fromJson(const nlohmann::json& json);  // throws std::runtime_error naming the key
  void write(const QString& dir) const;
  // Reads assay_model.json; without one (a checkpoint from TRL or from the original rm_train.py),
  // infers: num_labels 1 -> pairwise reward, else a classifier over id2label.
  static ModelCard readOrInfer(const QString& dir);
  static constexpr const char* kFileName = "assay_model.json";
};

// The usual Python scoring script for a TRL correctness reward model joins
// the message contents with a space before tokenizing; this is that text, the
// text a correctness reward model scores for record x and verdict v.
QString correctnessPairText(const QString& content, const QString& verdict);

// The characters of a text that are tokenized for maxLength tokens (0 for
// maxLength <= 0: no bound): 16 per token, and at least 8192. A token is
// rarely longer than a few characters, so the cut lies far past the last
// token kept and the kept tokens are the ones the whole text gives; a 10 MB
// text costs no more to encode than this (BPE on one long word grows
// faster than its length).
qsizetype encodeCharBound(int maxLength);
// `text` cut to encodeCharBound(maxLength) characters, never inside a
// surrogate pair; `cut` (optional) says whether anything was dropped.
QString boundedForEncoding(const QString& text, int maxLength, bool* cut = nullptr);

// Token ids as training saw them: the text without special tokens (only
// its first encodeCharBound characters are read), truncated on the right
// so that text plus end token fit maxLength, then the end token
// (endTokenId < 0: none); never empty (an empty text without an end token
// becomes one pad token).
std::vector<int32_t> encodeForModel(const Tokenizer& tokenizer, const QString& text, int maxLength,
                                    int32_t endTokenId = -1);

// The id of card.endToken in tokenizer, -1 when the card has none. Throws
// std::runtime_error when the tokenizer does not know the token.
int32_t endTokenId(const ModelCard& card, const Tokenizer& tokenizer);

}  // namespace assay
