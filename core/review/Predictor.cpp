#include "review/Predictor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "model/Checkpoint.h"
#include "model/Lora.h"
#include "train/Baseline.h"
#include "train/Batching.h"

namespace assay {

namespace {

// The base model a PEFT adapter directory is merged into; empty when
// modelDir is not an adapter. Hub names (Qwen/Qwen2.5-0.5B-Instruct) cannot
// be downloaded here: the base must be on disk.
QString peftBaseDirectory(const QString& modelDir, const QString& baseModelDir) {
  const QDir dir(modelDir);
  const QString configPath = dir.filePath(QStringLiteral("adapter_config.json"));
  if (!QFileInfo::exists(configPath) || QFileInfo::exists(dir.filePath(QStringLiteral("config.json")))) return {};
  if (!baseModelDir.isEmpty()) return baseModelDir;
  QFile file(configPath);
  if (!file.open(QIODevice::ReadOnly))
    throw std::runtime_error(configPath.toStdString() + ": cannot open: " + file.errorString().toStdString());
  const QByteArray bytes = file.readAll();
  const auto j = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
  const QString name =
      j.is_object() && j.contains("base_model_name_or_path") && j["base_model_name_or_path"].is_string()
          ? QString::fromStdString(j["base_model_name_or_path"].get<std::string>())
          : QString();
  if (name.isEmpty())
    throw std::runtime_error(configPath.toStdString() + ": no base_model_name_or_path; pass --base_model DIR");
  const QDir parent(QFileInfo(QFileInfo(modelDir).absoluteFilePath()).absolutePath());
  QStringList tried;
  for (const QString& candidate : {name, parent.filePath(name), parent.filePath(name.section('/', -1))}) {
    tried << candidate;
    if (QFileInfo::exists(QDir(candidate).filePath(QStringLiteral("config.json")))) return candidate;
  }
  throw std::runtime_error(configPath.toStdString() + ": the base model \"" + name.toStdString() +
                           "\" is not on disk (tried " + tried.join(", ").toStdString() +
                           "); download it and pass --base_model DIR");
}

}  // namespace

std::unique_ptr<Predictor> Predictor::load(const QString& modelDir, const QString& baseModelDir) {
  const QString peftBase = peftBaseDirectory(modelDir, baseModelDir);
  if (!peftBase.isEmpty()) {
    // The adapter's own card or tokenizer (TRL saves the tokenizer beside
    // the adapter) wins over the base's.
    const bool ownCard = QFileInfo::exists(QDir(modelDir).filePath(QString::fromUtf8(ModelCard::kFileName)));
    const bool ownTokenizer = QFileInfo::exists(QDir(modelDir).filePath(QStringLiteral("tokenizer.json")));
    std::unique_ptr<Predictor> p(new Predictor());
    p->card_ = ModelCard::readOrInfer(ownCard ? modelDir : peftBase);
    p->tokenizer_ = loadTokenizer(ownTokenizer ? modelDir : peftBase);
    LoadOptions options;
    options.padTokenId = p->tokenizer_->padTokenId();
    auto model = loadCheckpoint(peftBase, options);
    loadLoraAdapter(modelDir, model);
    mergeLora(model);
    p->model_ = model;
    p->model_->eval();
    p->endTokenId_ = endTokenId(p->card_, *p->tokenizer_);
    if (p->card_.kind != ModelKind::Classifier && p->model_->config().numLabels() != 1)
      throw std::runtime_error(peftBase.toStdString() + ": a reward model needs one output, the head has " +
                               std::to_string(p->model_->config().numLabels()));
    return p;
  }
  std::unique_ptr<Predictor> p(new Predictor());
  p->card_ = ModelCard::readOrInfer(modelDir);
  // An n-gram model alone (--model_name_or_path ngram), or beside a
  // transformer whose answers it is blended into (ModelCard::ngramWeight).
  const QString ngramFile = QDir(modelDir).filePath(QString::fromLatin1(NgramClassifier::kFileName));
  if (QFileInfo::exists(ngramFile)) {
    p->ngram_ = std::make_shared<const NgramClassifier>(NgramClassifier::load(ngramFile));
    const int expected = p->card_.kind == ModelKind::PairwiseReward ? 2 : int(p->card_.labels.size());
    if (p->ngram_->numClasses() != expected)
      throw std::runtime_error(ngramFile.toStdString() + ": the n-gram model has " +
                               std::to_string(p->ngram_->numClasses()) + " classes but the model card needs " +
                               std::to_string(expected));
    if (!QFileInfo::exists(QDir(modelDir).filePath(QStringLiteral("config.json")))) return p;
  }
  p->tokenizer_ = loadTokenizer(modelDir);
  LoadOptions options;
  options.padTokenId = p->tokenizer_->padTokenId();
  p->model_ = loadCheckpoint(modelDir, options);
  p->model_->eval();
  p->endTokenId_ = endTokenId(p->card_, *p->tokenizer_);
  const int64_t heads = p->model_->config().numLabels();
  if (p->card_.kind == ModelKind::Classifier && heads != p->card_.labels.size())
    throw std::runtime_error(modelDir.toStdString() + ": the score head has " + std::to_string(heads) +
                             " rows but the model card lists " + std::to_string(p->card_.labels.size()) + " labels");
  if (p->card_.kind != ModelKind::Classifier && heads != 1)
    throw std::runtime_error(modelDir.toStdString() + ": a reward model needs one output, the head has " +
                             std::to_string(heads));
  if (p->card_.kind == ModelKind::CorrectnessReward && p->card_.labels.size() != 2)
    throw std::runtime_error(modelDir.toStdString() + ": a correctness model needs the labels 正确 and 错误");
  return p;
}

torch::Tensor Predictor::logits(const QStringList& texts, int batchSize) const {
  torch::NoGradGuard noGrad;
  std::vector<std::vector<int32_t>> ids;
  std::vector<size_t> lengths;
  ids.reserve(size_t(texts.size()));
  for (const auto& t : texts) {
    ids.push_back(encodeForModel(*tokenizer_, t, card_.maxLength, endTokenId_));
    lengths.push_back(ids.back().size());
  }
  auto out = torch::zeros({int64_t(texts.size()), model_->config().numLabels()});
  for (const auto& batch : lengthSortedBatches(lengths, batchSize)) {
    std::vector<const std::vector<int32_t>*> seqs;
    for (size_t i : batch) seqs.push_back(&ids[i]);
    const auto padded = padSequences(seqs, tokenizer_->padTokenId());
    const auto logits = model_->forward(padded.inputIds, padded.attentionMask).to(torch::kFloat);
    std::vector<int64_t> rows(batch.begin(), batch.end());
    out.index_copy_(0, torch::tensor(rows), logits);
  }
  return out;
}

torch::Tensor Predictor::pairRewards(const QStringList& first, const QStringList& second, int batchSize) const {
  torch::NoGradGuard noGrad;
  std::vector<std::vector<int32_t>> a, b;
  std::vector<size_t> lengths;
  for (int i = 0; i < first.size(); ++i) {
    a.push_back(encodeForModel(*tokenizer_, first[i], card_.maxLength, endTokenId_));
    b.push_back(encodeForModel(*tokenizer_, second[i], card_.maxLength, endTokenId_));
    lengths.push_back(std::max(a.back().size(), b.back().size()));
  }
  auto out = torch::zeros({int64_t(first.size()), 2});
  for (const auto& batch : lengthSortedBatches(lengths, batchSize)) {
    std::vector<const std::vector<int32_t>*> x, y;
    for (size_t i : batch) {
      x.push_back(&a[i]);
      y.push_back(&b[i]);
    }
    const auto p = packSharedPrefixPairs(x, y, tokenizer_->padTokenId());
    const auto r = model_->forward(p.modelInput()).rewards();
    std::vector<int64_t> rows(batch.begin(), batch.end());
    out.index_copy_(0, torch::tensor(rows), r.to(torch::kFloat));
  }
  return out;
}

std::vector<Prediction> Predictor::predictNgram(const QStringList& texts) const {
  std::vector<Prediction> results;
  results.reserve(size_t(texts.size()));
  for (const QString& t : texts) {
    Prediction p;
    p.logits = ngram_->logits(t);
    if (card_.kind == ModelKind::PairwiseReward) {
      p.reward = p.logits[1] - p.logits[0];  // chosen class over rejected (Baseline.h)
      p.logits = {*p.reward};
      results.push_back(std::move(p));
      continue;
    }
    const auto probs = ngram_->probabilities(t);
    const size_t best = size_t(std::max_element(probs.begin(), probs.end()) - probs.begin());
    p.predictedLabel = card_.labels[int(best)];
    p.confidence = probs[best];
    for (int c = 0; c < card_.labels.size(); ++c) p.probabilities.emplace_back(card_.labels[c], probs[size_t(c)]);
    if (card_.kind == ModelKind::CorrectnessReward) p.pCorrect = probs[0];
    results.push_back(std::move(p));
  }
  return results;
}

std::vector<double> Predictor::rewards(const QStringList& texts, int batchSize) const {
  if (model_.is_empty()) {
    std::vector<double> out;
    for (const auto& p : predictNgram(texts)) out.push_back(p.logits.at(0));
    return out;
  }
  const auto l = logits(texts, batchSize).select(1, 0).contiguous();
  return std::vector<double>(l.data_ptr<float>(), l.data_ptr<float>() + l.numel());
}

std::vector<Prediction> Predictor::predict(const QStringList& texts, int batchSize) const {
  if (model_.is_empty()) return predictNgram(texts);
  std::vector<Prediction> results = predictTransformer(texts, batchSize);
  if (!ngram_ || card_.ngramWeight <= 0 || card_.kind == ModelKind::PairwiseReward) return results;
  for (int i = 0; i < texts.size(); ++i) {
    Prediction& p = results[size_t(i)];
    std::vector<double> own;
    for (const auto& [label, value] : p.probabilities) own.push_back(value);
    const auto mixed = blendProbabilities(own, ngram_->probabilities(texts[i]), card_.ngramWeight);
    const size_t best = size_t(std::max_element(mixed.begin(), mixed.end()) - mixed.begin());
    for (size_t c = 0; c < mixed.size(); ++c) p.probabilities[c].second = mixed[c];
    p.predictedLabel = card_.labels[int(best)];
    p.confidence = mixed[best];
    if (p.pCorrect) p.pCorrect = mixed[0];
  }
  return results;
}

std::vector<Prediction> Predictor::predictTransformer(const QStringList& texts, int batchSize) const {
  std::vector<Prediction> results(size_t(texts.size()));
  if (card_.kind == ModelKind::CorrectnessReward) {
    QStringList asCorrect, asWrong;  // x 正确 and x 错误 share all but the verdict
    for (const auto& t : texts) {
      asCorrect << correctnessPairText(t, card_.labels[0]);
      asWrong << correctnessPairText(t, card_.labels[1]);
    }
    const auto r = pairRewards(asCorrect, asWrong, batchSize);
    for (size_t i = 0; i < results.size(); ++i) {
      auto& p = results[i];
      const double rc = r[int64_t(i)][0].item<double>(), rw = r[int64_t(i)][1].item<double>();
      const double pc = 1.0 / (1.0 + std::exp(rw - rc));  // softmax([rc, rw])[0]
      p.pCorrect = pc;
      p.logits = {rc, rw};
      p.probabilities = {{card_.labels[0], pc}, {card_.labels[1], 1 - pc}};
      p.predictedLabel = pc >= 0.5 ? card_.labels[0] : card_.labels[1];
      p.confidence = std::max(pc, 1 - pc);
    }
    return results;
  }
  const auto l = logits(texts, batchSize);
  if (card_.kind == ModelKind::PairwiseReward) {
    for (size_t i = 0; i < results.size(); ++i) {
      results[i].reward = l[int64_t(i)][0].item<double>();
      results[i].logits = {*results[i].reward};
    }
    return results;
  }
  const auto probs = torch::softmax(l, 1);
  for (size_t i = 0; i < results.size(); ++i) {
    auto& p = results[i];
    const auto row = probs[int64_t(i)];
    const int64_t best = row.argmax().item<int64_t>();
    p.predictedLabel = card_.labels[int(best)];
    p.confidence = row[best].item<double>();
    for (int c = 0; c < card_.labels.size(); ++c) {
      p.probabilities.emplace_back(card_.labels[c], row[c].item<double>());
      p.logits.push_back(l[int64_t(i)][c].item<double>());
    }
  }
  return results;
}

nlohmann::ordered_json Predictor::toJson(const Prediction& p) const {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();  // seed 000's key order
  if (card_.kind != ModelKind::PairwiseReward) {
    j["predicted_label"] = p.predictedLabel.toStdString();
    j["confidence"] = p.confidence;
    nlohmann::ordered_json probs = nlohmann::ordered_json::object();
    for (const auto& [label, value] : p.probabilities) probs[label.toStdString()] = value;
    j["probabilities"] = probs;
  }
  if (p.pCorrect) j["p_correct"] = *p.pCorrect;
  if (p.reward) j["reward"] = *p.reward;
  return j;
}

}  // namespace assay
