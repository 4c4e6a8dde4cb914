#include "model/Lora.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <map>
#include <stdexcept>

#include "model/SafetensorsReader.h"
#include "model/SafetensorsWriter.h"

namespace assay {
namespace {

const std::string kPeftPrefix = "base_model.model.";

std::string lastComponent(const std::string& path) {
  const auto dot = path.rfind('.');
  return dot == std::string::npos ? path : path.substr(dot + 1);
}

bool isLoraName(const std::string& name) { return name.find(".lora_") != std::string::npos; }

}  // namespace

void applyLora(Qwen2ForSequenceClassification& model, const LoraSettings& settings) {
  if (settings.targetModules.empty()) throw std::invalid_argument("LoRA needs at least one target module");
  // Check every target before touching the model, so a bad list leaves it unchanged.
  std::map<std::string, std::vector<LoraLinearImpl*>> matches;
  for (const auto& t : settings.targetModules) matches[t];
  for (const auto& item : model->named_modules()) {
    auto* lin = item.value()->as<LoraLinearImpl>();
    if (!lin) continue;
    auto it = matches.find(lastComponent(item.key()));
    if (it != matches.end()) it->second.push_back(lin);
  }
  for (const auto& [target, layers] : matches)
    if (layers.empty()) throw std::invalid_argument("LoRA target module \"" + target + "\" matches no projection");
  if (settings.r <= 0) throw std::invalid_argument("LoRA rank r must be positive");
  for (auto& [target, layers] : matches)
    for (auto* lin : layers) lin->addLora(settings.r, settings.alpha, settings.dropout);
  // Base frozen; adapters and the classifier head (PEFT's modules_to_save
  // for SEQ_CLS) train.
  for (auto& item : model->named_parameters())
    item.value().set_requires_grad(isLoraName(item.key()) || item.key() == "score.weight");
}

bool hasLora(Qwen2ForSequenceClassification& model) {
  for (const auto& item : model->named_modules()) {
    auto* lin = item.value()->as<LoraLinearImpl>();
    if (lin && lin->hasLora()) return true;
  }
  return false;
}

void mergeLora(Qwen2ForSequenceClassification& model) {
  for (const auto& item : model->named_modules()) {
    auto* lin = item.value()->as<LoraLinearImpl>();
    if (lin) lin->mergeLora();
  }
}

void saveLoraAdapter(const QString& directory, Qwen2ForSequenceClassification& model, const LoraSettings& settings,
                     const QString& baseModelNameOrPath) {
  if (!hasLora(model)) throw std::runtime_error("saveLoraAdapter: the model has no LoRA adapters");
  if (!QDir().mkpath(directory)) throw std::runtime_error(directory.toStdString() + ": cannot create directory");
  NamedTensors tensors;
  for (const auto& item : model->named_parameters())
    if (isLoraName(item.key()) || item.key() == "score.weight")
      tensors.emplace_back(kPeftPrefix + item.key(), item.value().detach().to(torch::kCPU).contiguous());
  const QDir dir(directory);
  writeSafetensors(dir.filePath(QStringLiteral("adapter_model.safetensors")), tensors);

  const nlohmann::json config = {
      {"peft_type", "LORA"},
      {"task_type", "SEQ_CLS"},
      {"base_model_name_or_path", baseModelNameOrPath.toStdString()},
      {"r", settings.r},
      {"lora_alpha", settings.alpha},
      {"lora_dropout", settings.dropout},
      {"target_modules", settings.targetModules},
      {"bias", "none"},
      {"fan_in_fan_out", false},
      {"inference_mode", true},
      {"init_lora_weights", true},
      {"modules_to_save", {"classifier", "score"}},
  };
  const QString path = dir.filePath(QStringLiteral("adapter_config.json"));
  QSaveFile file(path);
  const std::string text = config.dump(2) + "\n";
  if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) < 0 ||
      !file.commit())
    throw std::runtime_error(path.toStdString() + ": cannot write: " + file.errorString().toStdString());
}

LoraSettings loadLoraAdapter(const QString& directory, Qwen2ForSequenceClassification& model) {
  const QDir dir(directory);
  const QString configPath = dir.filePath(QStringLiteral("adapter_config.json"));
  QFile file(configPath);
  if (!file.open(QIODevice::ReadOnly))
    throw std::runtime_error(configPath.toStdString() + ": cannot open: " + file.errorString().toStdString());
  const QByteArray bytes = file.readAll();
  const auto j = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw std::runtime_error(configPath.toStdString() + ": invalid JSON");
  auto field = [&](const char* key) -> const nlohmann::json& {
    if (!j.contains(key)) throw std::runtime_error(configPath.toStdString() + ": missing field \"" + key + "\"");
    return j[key];
  };
  if (field("peft_type") != "LORA") throw std::runtime_error(configPath.toStdString() + ": peft_type is not \"LORA\"");
  LoraSettings settings;
  try {
    if (!field("r").is_number_integer() || field("r").get<int64_t>() < 1 || field("r").get<int64_t>() > 65536)
      throw std::runtime_error(configPath.toStdString() + ": \"r\" must be an integer from 1 to 65536");
    settings.r = field("r").get<int64_t>();
    settings.alpha = field("lora_alpha").get<double>();
    settings.dropout = j.value("lora_dropout", 0.0);
    settings.targetModules = field("target_modules").get<std::vector<std::string>>();
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(configPath.toStdString() + ": " + e.what());
  }
  applyLora(model, settings);

  SafetensorsReader reader(dir.filePath(QStringLiteral("adapter_model.safetensors")));
  torch::NoGradGuard noGrad;
  for (auto& item : model->named_parameters()) {
    if (!isLoraName(item.key()) && item.key() != "score.weight") continue;
    const std::string stored = kPeftPrefix + item.key();
    if (!reader.contains(stored)) {
      if (item.key() == "score.weight") continue;  // adapters saved without the head keep the base head
      throw std::runtime_error(reader.path().toStdString() + ": missing tensor \"" + stored + "\"");
    }
    const auto t = reader.tensor(stored);
    if (t.sizes() != item.value().sizes())
      throw std::runtime_error(reader.path().toStdString() + ": tensor \"" + stored + "\" has the wrong shape");
    item.value().copy_(t.to(item.value().dtype()));
  }
  return settings;
}

}  // namespace assay
