#include "train/ModelCard.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "model/Qwen2Config.h"
#include "text/Tokenizer.h"
#include "train/CheckpointFiles.h"

namespace assay {

QString modelKindName(ModelKind kind) {
  switch (kind) {
    case ModelKind::Classifier:
      return QStringLiteral("classifier");
    case ModelKind::CorrectnessReward:
      return QStringLiteral("correctness_reward");
    case ModelKind::PairwiseReward:
      return QStringLiteral("pairwise_reward");
  }
  return {};
}

nlohmann::json ModelCard::toJson() const {
  nlohmann::json labelsJson = nlohmann::json::array();
  for (const auto& l : labels) labelsJson.push_back(l.toStdString());
  nlohmann::json j = {{"kind", modelKindName(kind).toStdString()},
                      {"labels", labelsJson},
                      {"max_length", maxLength},
                      {"pair_text", "content + \" \" + verdict"}};
  if (!endToken.isEmpty()) j["end_token"] = endToken.toStdString();
  if (ngramWeight > 0) j["ngram_weight"] = ngramWeight;
  return j;
}

ModelCard ModelCard::fromJson(const nlohmann::json& j) {
  ModelCard card;
  try {
    const auto kind = QString::fromStdString(j.at("kind").get<std::string>());
    if (kind == QLatin1String("classifier")) card.kind = ModelKind::Classifier;
    else if (kind == QLatin1String("correctness_reward")) card.kind = ModelKind::CorrectnessReward;
    else if (kind == QLatin1String("pairwise_reward")) card.kind = ModelKind::PairwiseReward;
    else throw std::runtime_error("unknown kind '" + kind.toStdString() + "'");
    for (const auto& l : j.at("labels")) card.labels << QString::fromStdString(l.get<std::string>());
    card.maxLength = j.value("max_length", 512);
    card.endToken = QString::fromStdString(j.value("end_token", std::string()));
    card.ngramWeight = j.value("ngram_weight", 0.0);
    if (!(card.ngramWeight >= 0 && card.ngramWeight <= 1)) throw std::runtime_error("ngram_weight must be in [0, 1]");
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(std::string(kFileName) + ": " + e.what());
  }
  return card;
}

void ModelCard::write(const QString& dir) const {
  writeCheckedFile(QDir(dir).filePath(QString::fromUtf8(kFileName)), toJson().dump(2) + "\n");
}

ModelCard ModelCard::readOrInfer(const QString& dir) {
  const QString cardPath = QDir(dir).filePath(QString::fromUtf8(kFileName));
  if (QFile::exists(cardPath)) {
    std::ifstream in(cardPath.toStdString());
    nlohmann::json j;
    try {
      in >> j;
    } catch (const nlohmann::json::exception& e) {
      throw std::runtime_error(cardPath.toStdString() + ": " + e.what());
    }
    try {
      return fromJson(j);
    } catch (const std::runtime_error& e) {
      throw std::runtime_error(dir.toStdString() + "/" + e.what());
    }
  }
  const auto config = Qwen2Config::fromFile(QDir(dir).filePath(QStringLiteral("config.json")));
  ModelCard card;
  card.labels = config.labels;
  card.kind = config.numLabels() == 1 ? ModelKind::PairwiseReward : ModelKind::Classifier;
  return card;
}

QString correctnessPairText(const QString& content, const QString& verdict) {
  return content + QLatin1Char(' ') + verdict;
}

qsizetype encodeCharBound(int maxLength) {
  return maxLength > 0 ? std::max<qsizetype>(qsizetype(maxLength) * 16, 8192) : 0;
}

QString boundedForEncoding(const QString& text, int maxLength, bool* cut) {
  const qsizetype bound = encodeCharBound(maxLength);
  const bool longer = bound > 0 && text.size() > bound;
  if (cut) *cut = longer;
  if (!longer) return text;
  const qsizetype keep = text.at(bound - 1).isHighSurrogate() ? bound - 1 : bound;
  return text.left(keep);
}

std::vector<int32_t> encodeForModel(const Tokenizer& tokenizer, const QString& text, int maxLength,
                                    int32_t endTokenId) {
  auto ids = tokenizer.encode(boundedForEncoding(text, maxLength));
  const bool withEnd = endTokenId >= 0;
  // Truncation keeps the end token: it is the position the head reads.
  const size_t textRoom = maxLength > 0 ? size_t(std::max(0, maxLength - (withEnd ? 1 : 0))) : ids.size();
  if (ids.size() > textRoom) ids.resize(textRoom);
  if (withEnd) ids.push_back(endTokenId);
  if (ids.empty()) ids.push_back(tokenizer.padTokenId());
  return ids;
}

int32_t endTokenId(const ModelCard& card, const Tokenizer& tokenizer) {
  if (card.endToken.isEmpty()) return -1;
  const auto id = tokenizer.tokenToId(card.endToken.toStdString());
  if (!id)
    throw std::runtime_error("the model card's end token " + card.endToken.toStdString() +
                             " is not in the tokenizer's vocabulary");
  return *id;
}

}  // namespace assay
