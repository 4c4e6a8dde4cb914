// assay-cli train: seed 000's rm_train.py / TRL's reward_modeling.py flags
// on the LibTorch trainer. Prints seed 000's loading report, a progress bar
// (plain lines when stderr is not a terminal), eval lines and final metrics.
#include <torch/torch.h>

#include <QFileInfo>
#include <cstdio>
#include <memory>

#include "CliArgs.h"
#include "CliCommand.h"
#include "TerminalProgress.h"
#include "review/Predictor.h"
#include "train/TrainingRun.h"

namespace assay::cli {
namespace {

const QStringList kValueFlags = {
    "train_file", "eval_file", "label_mapping", "project", "output_dir", "task", "model_name_or_path", "max_length",
    "num_train_epochs", "learning_rate", "per_device_train_batch_size", "per_device_eval_batch_size",
    "weight_decay", "seed", "gradient_accumulation_steps", "eval_steps", "logging_steps", "save_steps",
    "save_total_limit", "warmup_ratio", "max_grad_norm", "center_rewards_coefficient", "lora_r", "lora_alpha",
    "lora_dropout", "label_smoothing_factor", "token_dropout", "name_swap", "resume_from_checkpoint", "num_threads", "validation_fraction",
    "precision", "ema_decay", "lm_loss_coefficient", "lm_frequent_token_share", "adam_beta1", "adam_beta2", "adam_epsilon", "max_train_minutes"};
const QStringList kSwitches = {"use_peft", "demo_inference", "class_weights", "margin_from_scores"};

void line(const QString& text) { std::printf("%s\n", text.toUtf8().constData()); std::fflush(stdout); }

TrainConfig configFromArgs(const CliArgs& a) {
  if (!a.positional().isEmpty()) throw UsageError("unexpected argument '" + a.positional().first().toStdString() + "'");
  TrainConfig c;
  try {
    c.task = parseTask(a.value("task", "classify"));
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("--task: ") + e.what());
  }
  c.trainFile = a.value("train_file");
  c.evalFile = a.value("eval_file");
  c.labelMapping = a.value("label_mapping");
  c.project = a.value("project");
  c.outputDir = a.value("output_dir");
  c.modelNameOrPath = a.value("model_name_or_path", c.modelNameOrPath);
  c.resumeFromCheckpoint = a.value("resume_from_checkpoint");
  c.maxLength = a.intValue("max_length", c.maxLength);
  c.numTrainEpochs = a.doubleValue("num_train_epochs", c.numTrainEpochs);
  c.learningRate = a.doubleValue("learning_rate", c.learningRate);
  c.perDeviceTrainBatchSize = a.intValue("per_device_train_batch_size", c.perDeviceTrainBatchSize);
  c.perDeviceEvalBatchSize = a.intValue("per_device_eval_batch_size", c.perDeviceEvalBatchSize);
  c.weightDecay = a.doubleValue("weight_decay", c.weightDecay);
  c.seed = a.intValue("seed", c.seed);
  c.gradientAccumulationSteps = a.intValue("gradient_accumulation_steps", c.gradientAccumulationSteps);
  c.evalSteps = a.intValue("eval_steps", c.evalSteps);
  c.loggingSteps = a.intValue("logging_steps", c.loggingSteps);
  c.saveSteps = a.intValue("save_steps", c.saveSteps);
  c.saveTotalLimit = a.intValue("save_total_limit", c.saveTotalLimit);
  c.warmupRatio = a.doubleValue("warmup_ratio", c.warmupRatio);
  c.maxGradNorm = a.doubleValue("max_grad_norm", c.maxGradNorm);
  c.adamBeta1 = a.doubleValue("adam_beta1", c.adamBeta1);
  c.adamBeta2 = a.doubleValue("adam_beta2", c.adamBeta2);
  c.adamEpsilon = a.doubleValue("adam_epsilon", c.adamEpsilon);
  if (a.has("ema_decay")) c.emaDecay = a.doubleValue("ema_decay", 0);
  if (a.has("lm_loss_coefficient")) c.lmLossCoefficient = a.doubleValue("lm_loss_coefficient", 0);
  c.lmFrequentTokenShare = a.doubleValue("lm_frequent_token_share", c.lmFrequentTokenShare);
  c.validationFraction = a.doubleValue("validation_fraction", c.validationFraction);
  c.labelSmoothing = a.doubleValue("label_smoothing_factor", c.labelSmoothing);
  c.tokenDropout = a.doubleValue("token_dropout", c.tokenDropout);
  if (a.has("name_swap")) c.nameSwap = a.doubleValue("name_swap", 0);
  if (a.has("max_train_minutes")) c.maxTrainMinutes = a.doubleValue("max_train_minutes", 0);
  c.classWeights = a.has("class_weights");
  if (a.has("center_rewards_coefficient")) c.centerRewardsCoefficient = a.doubleValue("center_rewards_coefficient", 0);
  c.marginFromScores = a.has("margin_from_scores");
  c.usePeft = a.has("use_peft");
  c.loraR = a.intValue("lora_r", c.loraR);
  c.loraAlpha = a.doubleValue("lora_alpha", c.loraAlpha);
  c.loraDropout = a.doubleValue("lora_dropout", c.loraDropout);
  c.numThreads = a.intValue("num_threads", c.numThreads);
  c.precision = a.value("precision", c.precision);
  c.demoInference = a.has("demo_inference");
  if (const QString problem = c.validate(); !problem.isEmpty()) throw UsageError(problem.toStdString());
  for (const QString& f : {c.trainFile, c.evalFile, c.project, c.labelMapping})
    if (!f.isEmpty() && !QFileInfo(f).isFile()) throw std::runtime_error(f.toStdString() + ": no such file");
  return c;
}

void printMetrics(const EvalMetrics& m, const QString& indent) {
  const auto j = m.toJson();
  for (const auto& [key, value] : j.items()) {
    if (key == "eval_confusion_matrix" || key == "eval_labels" || key == "eval_per_class_precision" ||
        key == "eval_per_class_recall")
      continue;
    if (value.is_number_float()) line(indent + QString::fromStdString(key) + QStringLiteral(": %1").arg(value.get<double>(), 0, 'f', 4));
    else line(indent + QString::fromStdString(key) + ": " + QString::fromStdString(value.dump()));
  }
}

void demoInference(const QString& modelDir, const PreparedTraining& p) {
  auto predictor = Predictor::load(modelDir);
  QStringList texts;
  if (p.card.kind == ModelKind::Classifier)
    texts << QStringLiteral("用户问题：这个产品有什么优缺点？\n回答：这个产品确实有很多优点，但也存在一些限制，建议您根据自己的需求来判断是否合适。");
  else
    texts << QStringLiteral("张三，北京市朝阳区望京街道123号院5号楼，邮编：100102，联系电话：13812345678")
          << QStringLiteral("北京市1234海淀区学院路");
  line(QStringLiteral("🎯 推理演示:"));
  const auto results = predictor->predict(texts);
  for (int i = 0; i < texts.size(); ++i) {
    line(QStringLiteral("   ") + texts[i].simplified());
    line(QStringLiteral("   → ") + QString::fromStdString(predictor->toJson(results[size_t(i)]).dump(-1, ' ', false)));
  }
}

int runTrain(const QStringList& args) {
  const CliArgs a(args, kValueFlags, kSwitches);
  const TrainConfig config = configFromArgs(a);
  auto prepared = prepareTraining(config, [](const QString& text) { line(text); });

  std::unique_ptr<TerminalProgress> bar;
  TrainCallbacks cb;
  cb.progress = [&bar](int64_t done, int64_t total, double) {
    if (!bar) bar = std::make_unique<TerminalProgress>(QStringLiteral("training"), total);
    bar->setTotal(total);
    bar->update(done);
  };
  cb.note = [](const QString& text) {
    std::fprintf(stderr, "\r");
    line(text);
  };
  cb.stepLogged = [](int64_t step, double loss, double lr) {
    std::fprintf(stderr, "\r{'loss': %.4f, 'learning_rate': %.3g, 'step': %lld}\n", loss, lr, (long long)step);
  };
  cb.evaluated = [](const EvalMetrics& m, int64_t step, double epoch) {
    auto j = m.toJson();
    QString text = QStringLiteral("📈 step %1 epoch %2: eval_loss %3").arg(step).arg(epoch, 0, 'f', 2).arg(m.loss, 0, 'f', 4);
    if (m.classification) text += QStringLiteral(" eval_accuracy %1 eval_f1_macro %2").arg(m.classification->accuracy, 0, 'f', 4).arg(m.classification->f1Macro, 0, 'f', 4);
    if (m.reward) text += QStringLiteral(" eval_pairwise_accuracy %1").arg(m.reward->pairwiseAccuracy, 0, 'f', 4);
    std::fprintf(stderr, "\r");
    line(text);
  };
  const auto examples = prepared.data.datasetRecord.value("train_records", int64_t(0));
  line(QStringLiteral("🚀 开始训练: %1 条训练样本, task=%2, model=%3")
           .arg(examples)
           .arg(taskName(config.task), config.modelNameOrPath));
  const TrainResult result = runTraining(prepared, cb);
  if (bar) bar->finish();
  line(QStringLiteral("✅ 训练完成: %1 步, %2 秒, %3 tokens/s")
           .arg(result.globalStep).arg(result.seconds, 0, 'f', 1).arg(result.trainTokensPerSecond, 0, 'f', 0));
  if (result.finalMetrics) {
    line(QStringLiteral("📊 训练后模型评估 (best %1):").arg(result.bestCheckpoint));
    printMetrics(*result.finalMetrics, QStringLiteral("   "));
    if (result.baselineMetrics && prepared.model) {
      const bool blended = result.blend && result.blend->ngramWeight > 0;
      line(QStringLiteral("📏 %1: 基线 %2 / 模型 %3%4 (字符 n-gram TF-IDF + 逻辑回归 / %5)")
               .arg(result.finalMetrics->selectionMetricName())
               .arg(result.baselineMetrics->selectionMetric(), 0, 'f', 4)
               .arg(result.finalMetrics->selectionMetric(), 0, 'f', 4)
               .arg(blended ? QStringLiteral(" / 融合 %1 (保存的模型, 基线权重 %2)")
                                  .arg(result.blend->metric, 0, 'f', 4)
                                  .arg(result.blend->ngramWeight, 0, 'f', 1)
                            : QString())
               .arg(config.modelNameOrPath));
    }
  }
  line(QStringLiteral("💾 模型已保存: ") + config.outputDir);
  if (config.demoInference) demoInference(config.outputDir, prepared);
  return kOk;
}

}  // namespace

ASSAY_CLI_COMMAND("train",
                  "assay-cli train --train_file F | --project P --output_dir D [--task classify|reward] "
                  "[--model_name_or_path tiny|ngram|DIR] [--eval_file F] [--label_mapping FILE] [--num_train_epochs N] "
                  "[--max_train_minutes M] [--learning_rate X] ...",
                  runTrain);

}  // namespace assay::cli
