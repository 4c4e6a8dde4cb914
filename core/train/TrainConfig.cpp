#include "train/TrainConfig.h"

#include "train/TrainOptions.h"

#include <algorithm>
#include <cmath>

#include <stdexcept>

namespace assay {

QString taskName(TrainTask task) {
  return task == TrainTask::Reward ? QStringLiteral("reward") : QStringLiteral("classify");
}

TrainTask parseTask(const QString& name) {
  if (name == QLatin1String("classify")) return TrainTask::Classify;
  if (name == QLatin1String("reward")) return TrainTask::Reward;
  throw std::invalid_argument("unknown task '" + name.toStdString() + "' (expected classify or reward)");
}

namespace {

std::string str(const QString& s) { return s.toStdString(); }

template <typename T>
void readKey(const nlohmann::json& j, const char* key, T& out) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return;
  try {
    out = it->get<T>();
  } catch (const nlohmann::json::exception&) {
    throw std::runtime_error(std::string("training config: key '") + key + "' has the wrong type");
  }
}

// An optional number: absent or null leaves it unset.
void readKey(const nlohmann::json& j, const char* key, std::optional<double>& out) {
  if (!j.contains(key) || j[key].is_null()) return;
  double v = 0;
  readKey(j, key, v);
  out = v;
}

void readKey(const nlohmann::json& j, const char* key, QString& out) {
  std::string s = str(out);
  readKey(j, key, s);
  out = QString::fromStdString(s);
}

void readKey(const nlohmann::json& j, const char* key, TrainTask& out) {
  QString name = taskName(out);
  readKey(j, key, name);
  try {
    out = parseTask(name);
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error(std::string("training config: ") + e.what());
  }
}

nlohmann::json jsonValue(const QString& v) { return str(v); }
nlohmann::json jsonValue(TrainTask v) { return str(taskName(v)); }
nlohmann::json jsonValue(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }
template <typename T>
nlohmann::json jsonValue(const T& v) {
  return v;
}

}  // namespace

nlohmann::json TrainConfig::toJson() const {
  nlohmann::json j = nlohmann::json::object();
  for (const TrainOption& o : trainOptions())
    std::visit([&](auto member) { j[o.name] = jsonValue(this->*member); }, o.member);
  return j;
}

TrainConfig TrainConfig::fromJson(const nlohmann::json& j) {
  if (!j.is_object()) throw std::runtime_error("training config: expected a JSON object");
  TrainConfig c;
  for (const TrainOption& o : trainOptions()) std::visit([&](auto member) { readKey(j, o.name, c.*member); }, o.member);
  return c;
}

int64_t TrainConfig::stepsPerEpoch(size_t trainRecords) const {
  const int64_t bs = std::max(1, perDeviceTrainBatchSize), accumulation = std::max(1, gradientAccumulationSteps);
  const int64_t batches = (int64_t(trainRecords) + bs - 1) / bs;
  return (batches + accumulation - 1) / accumulation;
}

double TrainConfig::resolvedEpochs(int64_t stepsPerEpoch) const {
  if (numTrainEpochs > 0) return numTrainEpochs;
  const int64_t recordsPerEpoch =
      std::max<int64_t>(1, stepsPerEpoch) * perDeviceTrainBatchSize * std::max(1, gradientAccumulationSteps);
  const double withinBudget =
      std::clamp(std::floor(double(kAutoRecordBudget) / double(recordsPerEpoch)), kAutoEpochs, kAutoBudgetEpochs);
  const double forMinRecords = std::ceil(double(kAutoMinRecords) / double(recordsPerEpoch));
  return std::clamp(std::max(withinBudget, forMinRecords), kAutoEpochs, kAutoMaxEpochs);
}

QString TrainConfig::validate() const {
  if (trainFile.isEmpty() && project.isEmpty()) return QStringLiteral("one of --train_file or --project is required");
  if (!trainFile.isEmpty() && !project.isEmpty())
    return QStringLiteral("--train_file and --project exclude each other");
  if (outputDir.isEmpty()) return QStringLiteral("--output_dir is required");
  for (const TrainOption& o : trainOptions())
    if (QString problem = optionProblem(o, *this); !problem.isEmpty()) return problem;
  // Rules between options.
  const bool tiny = modelNameOrPath == QLatin1String("tiny");
  if (tokenDropout > 0 && !tiny)
    return QStringLiteral(
        "--token_dropout needs the tiny preset: a pretrained tokenizer has no unknown token to drop to");
  if (nameSwap.value_or(0) > 0 && !tiny)
    return QStringLiteral("--name_swap needs the tiny preset: it swaps characters of a character vocabulary");
  if (usePeft && loraR < 1) return QStringLiteral("--lora_r must be at least 1");
  return {};
}

}  // namespace assay
