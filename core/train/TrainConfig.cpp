#include "train/TrainConfig.h"

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

}  // namespace

nlohmann::json TrainConfig::toJson() const {
  nlohmann::json j = {
      {"task", str(taskName(task))},
      {"model_name_or_path", str(modelNameOrPath)},
      {"train_file", str(trainFile)},
      {"eval_file", str(evalFile)},
      {"label_mapping", str(labelMapping)},
      {"project", str(project)},
      {"output_dir", str(outputDir)},
      {"resume_from_checkpoint", str(resumeFromCheckpoint)},
      {"max_length", maxLength},
      {"num_train_epochs", numTrainEpochs},
      {"learning_rate", learningRate},
      {"per_device_train_batch_size", perDeviceTrainBatchSize},
      {"per_device_eval_batch_size", perDeviceEvalBatchSize},
      {"weight_decay", weightDecay},
      {"seed", seed},
      {"gradient_accumulation_steps", gradientAccumulationSteps},
      {"eval_steps", evalSteps},
      {"logging_steps", loggingSteps},
      {"save_steps", saveSteps},
      {"save_total_limit", saveTotalLimit},
      {"warmup_ratio", warmupRatio},
      {"max_grad_norm", maxGradNorm},
      {"adam_beta1", adamBeta1},
      {"adam_beta2", adamBeta2},
      {"adam_epsilon", adamEpsilon},
      {"ema_decay", nullptr},
      {"lm_loss_coefficient", nullptr},
      {"lm_frequent_token_share", lmFrequentTokenShare},
      {"validation_fraction", validationFraction},
      {"label_smoothing_factor", labelSmoothing},
      {"token_dropout", tokenDropout},
      {"name_swap", nullptr},
      {"max_train_minutes", nullptr},
      {"class_weights", classWeights},
      {"center_rewards_coefficient", nullptr},
      {"margin_from_scores", marginFromScores},
      {"use_peft", usePeft},
      {"lora_r", loraR},
      {"lora_alpha", loraAlpha},
      {"lora_dropout", loraDropout},
      {"num_threads", numThreads},
      {"precision", str(precision)},
      {"demo_inference", demoInference},
  };
  if (centerRewardsCoefficient) j["center_rewards_coefficient"] = *centerRewardsCoefficient;
  if (emaDecay) j["ema_decay"] = *emaDecay;
  if (lmLossCoefficient) j["lm_loss_coefficient"] = *lmLossCoefficient;
  if (nameSwap) j["name_swap"] = *nameSwap;
  if (maxTrainMinutes) j["max_train_minutes"] = *maxTrainMinutes;
  return j;
}

TrainConfig TrainConfig::fromJson(const nlohmann::json& j) {
  if (!j.is_object()) throw std::runtime_error("training config: expected a JSON object");
  TrainConfig c;
  QString task = taskName(c.task);
  readKey(j, "task", task);
  try {
    c.task = parseTask(task);
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error(std::string("training config: ") + e.what());
  }
  readKey(j, "model_name_or_path", c.modelNameOrPath);
  readKey(j, "train_file", c.trainFile);
  readKey(j, "eval_file", c.evalFile);
  readKey(j, "label_mapping", c.labelMapping);
  readKey(j, "project", c.project);
  readKey(j, "output_dir", c.outputDir);
  readKey(j, "resume_from_checkpoint", c.resumeFromCheckpoint);
  readKey(j, "max_length", c.maxLength);
  readKey(j, "num_train_epochs", c.numTrainEpochs);
  readKey(j, "learning_rate", c.learningRate);
  readKey(j, "per_device_train_batch_size", c.perDeviceTrainBatchSize);
  readKey(j, "per_device_eval_batch_size", c.perDeviceEvalBatchSize);
  readKey(j, "weight_decay", c.weightDecay);
  readKey(j, "seed", c.seed);
  readKey(j, "gradient_accumulation_steps", c.gradientAccumulationSteps);
  readKey(j, "eval_steps", c.evalSteps);
  readKey(j, "logging_steps", c.loggingSteps);
  readKey(j, "save_steps", c.saveSteps);
  readKey(j, "save_total_limit", c.saveTotalLimit);
  readKey(j, "warmup_ratio", c.warmupRatio);
  readKey(j, "max_grad_norm", c.maxGradNorm);
  readKey(j, "adam_beta1", c.adamBeta1);
  readKey(j, "adam_beta2", c.adamBeta2);
  readKey(j, "adam_epsilon", c.adamEpsilon);
  readKey(j, "ema_decay", c.emaDecay);
  readKey(j, "max_train_minutes", c.maxTrainMinutes);
  readKey(j, "lm_loss_coefficient", c.lmLossCoefficient);
  readKey(j, "lm_frequent_token_share", c.lmFrequentTokenShare);
  readKey(j, "validation_fraction", c.validationFraction);
  readKey(j, "label_smoothing_factor", c.labelSmoothing);
  readKey(j, "token_dropout", c.tokenDropout);
  readKey(j, "name_swap", c.nameSwap);
  readKey(j, "class_weights", c.classWeights);
  readKey(j, "center_rewards_coefficient", c.centerRewardsCoefficient);
  readKey(j, "margin_from_scores", c.marginFromScores);
  readKey(j, "use_peft", c.usePeft);
  readKey(j, "lora_r", c.loraR);
  readKey(j, "lora_alpha", c.loraAlpha);
  readKey(j, "lora_dropout", c.loraDropout);
  readKey(j, "num_threads", c.numThreads);
  readKey(j, "precision", c.precision);
  readKey(j, "demo_inference", c.demoInference);
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
  if (!trainFile.isEmpty() && !project.isEmpty()) return QStringLiteral("--train_file and --project exclude each other");
  if (outputDir.isEmpty()) return QStringLiteral("--output_dir is required");
  if (maxLength < 2) return QStringLiteral("--max_length must be at least 2");
  if (!(numTrainEpochs >= 0)) return QStringLiteral("--num_train_epochs must be positive (or 0: chosen from the data)");
  if (!(learningRate > 0)) return QStringLiteral("--learning_rate must be positive");
  if (perDeviceTrainBatchSize < 1) return QStringLiteral("--per_device_train_batch_size must be at least 1");
  if (perDeviceEvalBatchSize < 1) return QStringLiteral("--per_device_eval_batch_size must be at least 1");
  if (gradientAccumulationSteps < 1) return QStringLiteral("--gradient_accumulation_steps must be at least 1");
  if (weightDecay < 0) return QStringLiteral("--weight_decay must not be negative");
  if (evalSteps < 0 || loggingSteps < 0 || saveSteps < 0) return QStringLiteral("step intervals must not be negative");
  if (labelSmoothing < 0 || labelSmoothing >= 1) return QStringLiteral("--label_smoothing_factor must be in [0, 1)");
  if (tokenDropout < 0 || tokenDropout >= 1) return QStringLiteral("--token_dropout must be in [0, 1)");
  if (tokenDropout > 0 && modelNameOrPath != QLatin1String("tiny"))
    return QStringLiteral("--token_dropout needs the tiny preset: a pretrained tokenizer has no unknown token to drop to");
  if (nameSwap && !(*nameSwap >= 0 && *nameSwap <= 1)) return QStringLiteral("--name_swap must be in [0, 1] (0: no swapping)");
  if (nameSwap.value_or(0) > 0 && modelNameOrPath != QLatin1String("tiny"))
    return QStringLiteral("--name_swap needs the tiny preset: it swaps characters of a character vocabulary");
  if (maxTrainMinutes && !(*maxTrainMinutes >= 0))
    return QStringLiteral("--max_train_minutes must not be negative (0: no time budget)");
  if (emaDecay && (*emaDecay < 0 || *emaDecay >= 1)) return QStringLiteral("--ema_decay must be in [0, 1) (0: no weight averaging)");
  if (lmLossCoefficient && !(*lmLossCoefficient >= 0))
    return QStringLiteral("--lm_loss_coefficient must not be negative (0: no next-token loss)");
  if (!(lmFrequentTokenShare >= 0 && lmFrequentTokenShare <= 1))
    return QStringLiteral("--lm_frequent_token_share must be in [0, 1] (0: every token is predicted by identity)");
  if (!(adamBeta1 >= 0 && adamBeta1 < 1) || !(adamBeta2 >= 0 && adamBeta2 < 1))
    return QStringLiteral("--adam_beta1 and --adam_beta2 must be in [0, 1)");
  if (!(adamEpsilon > 0)) return QStringLiteral("--adam_epsilon must be positive");
  if (warmupRatio < 0 || warmupRatio >= 1) return QStringLiteral("--warmup_ratio must be in [0, 1)");
  if (!(validationFraction > 0 && validationFraction < 1)) return QStringLiteral("--validation_fraction must be in (0, 1)");
  if (precision != QLatin1String("auto") && precision != QLatin1String("fp32") && precision != QLatin1String("bf16"))
    return QStringLiteral("--precision must be auto, fp32 or bf16, not '%1'").arg(precision);
  if (usePeft && loraR < 1) return QStringLiteral("--lora_r must be at least 1");
  return {};
}

}  // namespace assay
