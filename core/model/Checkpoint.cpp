#include "model/Checkpoint.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <functional>
#include <memory>
#include <set>
#include <stdexcept>

#include "model/SafetensorsReader.h"
#include "text/Tokenizer.h"

namespace assay {
namespace {

void writeTextFile(const QString& path, const std::string& text) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly))
    throw std::runtime_error(path.toStdString() + ": cannot write: " + file.errorString().toStdString());
  file.write(text.data(), static_cast<qint64>(text.size()));
  if (!file.commit())
    throw std::runtime_error(path.toStdString() + ": write failed: " + file.errorString().toStdString());
}

nlohmann::json readJsonFile(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    throw std::runtime_error(path.toStdString() + ": cannot open: " + file.errorString().toStdString());
  const QByteArray bytes = file.readAll();
  auto json = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
  if (json.is_discarded()) throw std::runtime_error(path.toStdString() + ": invalid JSON");
  return json;
}

std::string shapeText(at::IntArrayRef shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + "]";
}

bool isLoraName(const std::string& name) { return name.find(".lora_") != std::string::npos; }

// Finds a stored tensor by HF name; nullopt when the checkpoint lacks it.
using TensorLookup = std::function<c10::optional<torch::Tensor>(const std::string&)>;

// Opens model.safetensors or every shard of model.safetensors.index.json.
struct CheckpointFiles {
  std::vector<std::unique_ptr<SafetensorsReader>> readers;
  std::map<std::string, const SafetensorsReader*> byName;

  explicit CheckpointFiles(const QString& directory) {
    const QDir dir(directory);
    const QString single = dir.filePath(QStringLiteral("model.safetensors"));
    const QString index = dir.filePath(QStringLiteral("model.safetensors.index.json"));
    if (QFileInfo::exists(single)) {
      readers.push_back(std::make_unique<SafetensorsReader>(single));
      for (const auto& n : readers.back()->names()) byName[n] = readers.back().get();
      return;
    }
    if (!QFileInfo::exists(index))
      throw std::runtime_error(
          directory.toStdString() +
          ": no model.safetensors or model.safetensors.index.json (only safetensors weights are read)");
    QFile indexFile(index);
    if (!indexFile.open(QIODevice::ReadOnly))
      throw std::runtime_error(index.toStdString() + ": cannot read: " + indexFile.errorString().toStdString());
    std::map<std::string, std::string> weightMap;
    try {
      weightMap = parseSafetensorsIndex(indexFile.readAll().toStdString());
    } catch (const std::runtime_error& e) {
      throw std::runtime_error(index.toStdString() + ": " + e.what());
    }
    std::map<std::string, const SafetensorsReader*> shards;
    for (const auto& [name, shard] : weightMap) {
      if (!shards.count(shard)) {
        readers.push_back(std::make_unique<SafetensorsReader>(dir.filePath(QString::fromStdString(shard))));
        shards[shard] = readers.back().get();
      }
      if (!shards[shard]->contains(name))
        throw std::runtime_error(index.toStdString() + ": tensor \"" + name + "\" is mapped to " + shard +
                                 ", which does not contain it");
      byName[name] = shards[shard];
    }
  }
};

void loadInto(Qwen2ForSequenceClassification& model, const std::vector<std::string>& available,
              const TensorLookup& lookup, const QString& source, LoadReport* report) {
  std::vector<std::string> missing, mismatched;
  std::set<std::string> used;
  bool freshHead = false;
  torch::NoGradGuard noGrad;
  for (auto& item : model->named_parameters()) {
    const std::string& name = item.key();
    if (isLoraName(name)) continue;
    auto stored = lookup(name);
    if (!stored) {
      // An *-Instruct (causal LM) checkpoint has no classifier head: HF
      // initialises a fresh one, and so do we.
      if (name == "score.weight") {
        freshHead = true;
        continue;
      }
      missing.push_back(name);
      continue;
    }
    used.insert(name);
    auto& p = item.value();
    if (stored->sizes() != p.sizes()) {
      mismatched.push_back(name + " (stored " + shapeText(stored->sizes()) + ", model needs " + shapeText(p.sizes()) +
                           ")");
      continue;
    }
    p.copy_(stored->to(p.dtype()));
  }
  if (!missing.empty() || !mismatched.empty()) {
    std::string msg = source.toStdString() + ":";
    if (!missing.empty()) {
      msg += " missing tensors:";
      for (const auto& n : missing) msg += " " + n;
      msg += ";";
    }
    if (!mismatched.empty()) {
      msg += " shape mismatch:";
      for (const auto& n : mismatched) msg += " " + n;
      msg += ";";
    }
    msg.pop_back();
    throw std::runtime_error(msg);
  }
  if (freshHead) model->resetScoreHead();
  if (report) {
    report->freshScoreHead = freshHead;
    report->ignoredTensors.clear();
    for (const auto& n : available)
      if (!used.count(n)) report->ignoredTensors << QString::fromStdString(n);
  }
}

}  // namespace

QString trainingStateDirectory(const QString& checkpointDirectory) {
  return QDir(checkpointDirectory).filePath(QStringLiteral("training_state"));
}

NamedTensors exportStateDict(Qwen2ForSequenceClassification& model, torch::ScalarType weightDtype) {
  // Merged weights of every adapter-bearing projection, computed aside so
  // the live model keeps training with its adapters.
  std::map<std::string, torch::Tensor> merged;
  for (const auto& item : model->named_modules()) {
    auto* lin = item.value()->as<LoraLinearImpl>();
    if (lin && lin->hasLora()) {
      auto params = lin->named_parameters(/*recurse=*/true);
      const auto delta = torch::matmul(params["lora_B.weight"], params["lora_A.weight"]) * lin->loraScaling();
      merged[item.key() + ".weight"] = lin->weight + delta;
    }
  }
  NamedTensors out;
  torch::NoGradGuard noGrad;
  for (const auto& item : model->named_parameters()) {
    if (isLoraName(item.key())) continue;
    auto it = merged.find(item.key());
    const auto& t = it != merged.end() ? it->second : item.value();
    out.emplace_back(item.key(), t.detach().to(torch::kCPU, weightDtype).contiguous());
  }
  return out;
}

void saveModelWeights(const QString& directory, Qwen2ForSequenceClassification& model, torch::ScalarType weightDtype) {
  if (!QDir().mkpath(directory)) throw std::runtime_error(directory.toStdString() + ": cannot create directory");
  const QDir dir(directory);
  Qwen2Config config = model->config();
  config.torchDtype = weightDtype == torch::kBFloat16 ? QStringLiteral("bfloat16")
                      : weightDtype == torch::kHalf   ? QStringLiteral("float16")
                                                      : QStringLiteral("float32");
  writeTextFile(dir.filePath(QStringLiteral("config.json")), config.toJson().dump(2) + "\n");
  writeSafetensors(dir.filePath(QStringLiteral("model.safetensors")), exportStateDict(model, weightDtype));
}

void saveCheckpoint(const QString& directory, Qwen2ForSequenceClassification& model, const Tokenizer& tokenizer,
                    const CheckpointSaveOptions& options) {
  saveModelWeights(directory, model, options.weightDtype);
  const QDir dir(directory);
  writeTextFile(dir.filePath(QStringLiteral("tokenizer.json")), tokenizer.toTokenizerJson());

  const QString tokenizerConfig = dir.filePath(QStringLiteral("tokenizer_config.json"));
  if (!options.tokenizerConfigSource.isEmpty()) {
    writeTextFile(tokenizerConfig, readJsonFile(options.tokenizerConfigSource).dump(2) + "\n");
  } else {
    const std::string pad =
        !options.padToken.isEmpty() ? options.padToken.toStdString() : tokenizer.decode({tokenizer.padTokenId()});
    // A tokenizer whose decode drops special tokens yields ""; then no pad_token is claimed.
    const nlohmann::json j = {{"tokenizer_class", "PreTrainedTokenizerFast"},
                              {"pad_token", pad.empty() ? nlohmann::json(nullptr) : nlohmann::json(pad)},
                              {"padding_side", "right"},
                              {"model_max_length", options.modelMaxLength},
                              {"clean_up_tokenization_spaces", false}};
    writeTextFile(tokenizerConfig, j.dump(2) + "\n");
  }

  // label_mapping.json as rm_train.py writes it: id keys are strings, as json.dump writes them.
  nlohmann::json idToLabel = nlohmann::json::object(), labelToId = nlohmann::json::object();
  const auto& labels = model->config().labels;
  for (int i = 0; i < labels.size(); ++i) {
    idToLabel[std::to_string(i)] = labels[i].toStdString();
    labelToId[labels[i].toStdString()] = i;
  }
  writeTextFile(dir.filePath(QStringLiteral("label_mapping.json")),
                nlohmann::json{{"id_to_label", idToLabel}, {"label_to_id", labelToId}}.dump(2) + "\n");
  if (!QDir().mkpath(trainingStateDirectory(directory)))
    throw std::runtime_error(trainingStateDirectory(directory).toStdString() + ": cannot create directory");
}

std::map<std::string, torch::Tensor> readCheckpointTensors(const QString& directory) {
  CheckpointFiles files(directory);
  std::map<std::string, torch::Tensor> out;
  for (const auto& [name, reader] : files.byName) out[name] = reader->tensor(name);
  return out;
}

void loadStateDict(Qwen2ForSequenceClassification& model, const std::map<std::string, torch::Tensor>& tensors,
                   const QString& source, LoadReport* report) {
  std::vector<std::string> available;
  for (const auto& kv : tensors) available.push_back(kv.first);
  loadInto(
      model, available,
      [&](const std::string& name) -> c10::optional<torch::Tensor> {
        auto it = tensors.find(name);
        if (it == tensors.end()) return c10::nullopt;
        return it->second;
      },
      source, report);
}

Qwen2ForSequenceClassification loadCheckpoint(const QString& directory, const LoadOptions& options,
                                              LoadReport* report) {
  const QDir dir(directory);
  Qwen2Config config = Qwen2Config::fromFile(dir.filePath(QStringLiteral("config.json")));
  if (!options.labels.isEmpty()) config.labels = options.labels;
  if (options.padTokenId >= 0) config.padTokenId = options.padTokenId;
  config.torchDtype = QStringLiteral("float32");  // weights are held in float32 whatever was stored

  CheckpointFiles files(directory);
  torch::manual_seed(options.seed);
  Qwen2ForSequenceClassification model(config);
  std::vector<std::string> available;
  for (const auto& kv : files.byName) available.push_back(kv.first);
  // Tensors are copied one at a time from the memory map: peak memory is
  // the model plus one tensor, not two copies of the model.
  loadInto(
      model, available,
      [&](const std::string& name) -> c10::optional<torch::Tensor> {
        auto it = files.byName.find(name);
        if (it == files.byName.end()) return c10::nullopt;
        return it->second->tensor(name);
      },
      directory, report);
  return model;
}

}  // namespace assay
