#include "train/ModelCard.h"

#include <QDir>
#include <QFile>
#include <fstream>
#include <stdexcept>

#include "model/Qwen2Config.h"
#include "text/Tokenizer.h"

namespace assay {

QString modelKindName(ModelKind kind) {
  switch (kind) {
    case ModelKind::Classifier: return QStringLiteral("classifier");
    case ModelKind::CorrectnessReward: return QStringLiteral("correctness_reward");
    case ModelKind::PairwiseReward: return QStringLiteral("pairwise_reward");
  }
  return {};
}

nlohmann::json ModelCard::toJson() const {
  nlohmann::json labelsJson = nlohmann::json::array();
  for (const auto& l : labels) labelsJson.push_back(l.toStdString());
  return {{"kind", modelKindName(kind).toStdString()}, {"labels", labelsJson}, {"max_length", maxLength},
          {"pair_text", "content + \" \" + verdict"}};
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
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(std::string(kFileName) + ": " + e.what());
  }
  return card;
}

void ModelCard::write(const QString& dir) const {
  const auto path = QDir(dir).filePath(QString::fromUtf8(kFileName)).toStdString();
  std::ofstream out(path);
  if (!out) throw std::runtime_error(path + ": cannot write");
  out << toJson().dump(2) << '\n';
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

std::vector<int32_t> encodeForModel(const Tokenizer& tokenizer, const QString& text, int maxLength) {
  auto ids = tokenizer.encode(text);
  if (maxLength > 0 && ids.size() > size_t(maxLength)) ids.resize(size_t(maxLength));
  if (ids.empty()) ids.push_back(tokenizer.padTokenId());
  return ids;
}

}  // namespace assay
