// assay-cli train: the flags of the original rm_train.py and of TRL's
// reward_modeling.py on the LibTorch trainer (train/TrainOptions.h lists them).
// Prints rm_train.py's loading report, a progress bar (plain lines when stderr
// is not a terminal), eval lines and final metrics, in the language main.cpp
// installed (ASSAY_LANGUAGE, else the system locale).
#include <torch/torch.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>
#include <memory>

#include "CliArgs.h"
#include "CliCommand.h"
#include "TerminalProgress.h"
#include "review/Predictor.h"
#include "train/DistributedContext.h"
#include "train/TrainOptions.h"
#include "train/TrainingRun.h"

namespace assay::cli {
namespace {

// The report's lines; lupdate files them under this context.
struct Msg {
  Q_DECLARE_TR_FUNCTIONS(assay::cli::train)
};

// Value flags and switches (bool options), from the table.
QStringList optionFlags(bool switches) {
  QStringList flags;
  for (const TrainOption& o : trainOptions())
    if (o.isSwitch() == switches) flags << QLatin1String(o.name);
  return flags;
}

void line(const QString& text) {
  std::printf("%s\n", text.toUtf8().constData());
  std::fflush(stdout);
}

TrainConfig configFromArgs(const CliArgs& a) {
  if (!a.positional().isEmpty()) throw UsageError("unexpected argument '" + a.positional().first().toStdString() + "'");
  TrainConfig c;
  for (const TrainOption& o : trainOptions()) {
    const QString flag = QLatin1String(o.name);
    if (auto m = std::get_if<int TrainConfig::*>(&o.member)) c.*(*m) = a.intValue(flag, c.*(*m));
    else if (auto m = std::get_if<double TrainConfig::*>(&o.member)) c.*(*m) = a.doubleValue(flag, c.*(*m));
    else if (auto m = std::get_if<bool TrainConfig::*>(&o.member)) c.*(*m) = a.has(flag);
    else if (auto m = std::get_if<QString TrainConfig::*>(&o.member)) c.*(*m) = a.value(flag, c.*(*m));
    else if (auto m = std::get_if<std::optional<double> TrainConfig::*>(&o.member)) {
      if (a.has(flag)) c.*(*m) = a.doubleValue(flag, 0);
    } else if (auto m = std::get_if<TrainTask TrainConfig::*>(&o.member)) {
      try {
        c.*(*m) = parseTask(a.value(flag, taskName(c.*(*m))));
      } catch (const std::invalid_argument& e) {
        throw UsageError("--" + flag.toStdString() + ": " + e.what());
      }
    }
  }
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
    if (value.is_number_float())
      line(indent + QString::fromStdString(key) + QStringLiteral(": %1").arg(value.get<double>(), 0, 'f', 4));
    else line(indent + QString::fromStdString(key) + ": " + QString::fromStdString(value.dump()));
  }
}

void demoInference(const QString& modelDir, const PreparedTraining& p) {
  auto predictor = Predictor::load(modelDir);
  QStringList texts;
  if (p.card.kind == ModelKind::Classifier)
    texts << QStringLiteral(
        "用户问题：这个产品有什么优缺点？\n回答：这个产品确实有很多优点，但也存在一些限制，建议您根据自己的需求来判断是"
        "否合适。");
  else
    texts << QStringLiteral("张三，北京市朝阳区望京街道123号院5号楼，邮编：100102，联系电话：13812345678")
          << QStringLiteral("北京市1234海淀区学院路");
  line(Msg::tr("🎯 Inference demo:"));
  const auto results = predictor->predict(texts);
  for (int i = 0; i < texts.size(); ++i) {
    line(QStringLiteral("   ") + texts[i].simplified());
    line(QStringLiteral("   → ") + QString::fromStdString(predictor->toJson(results[size_t(i)]).dump(-1, ' ', false)));
  }
}

int runTrain(const QStringList& args) {
  if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
    std::printf("%s", trainOptionsHelp().toUtf8().constData());
    return kOk;
  }
  const CliArgs a(args, optionFlags(false), optionFlags(true));
  const TrainConfig config = configFromArgs(a);
  // Launched by torchrun (or with its variables): join the process group
  // before reading the data, so a wrong address fails at once.
  const DistributedContext* distributed = DistributedContext::current();
  if (distributed)
    line(Msg::tr("🌐 Data-parallel training: rank %1 of %2 processes (%3 on this machine)")
             .arg(distributed->rank())
             .arg(distributed->worldSize())
             .arg(distributed->localWorldSize()));
  const bool writes = !distributed || distributed->writesOutput();
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
    QString text =
        QStringLiteral("📈 step %1 epoch %2: eval_loss %3").arg(step).arg(epoch, 0, 'f', 2).arg(m.loss, 0, 'f', 4);
    if (m.classification)
      text += QStringLiteral(" eval_accuracy %1 eval_f1_macro %2")
                  .arg(m.classification->accuracy, 0, 'f', 4)
                  .arg(m.classification->f1Macro, 0, 'f', 4);
    if (m.reward) text += QStringLiteral(" eval_pairwise_accuracy %1").arg(m.reward->pairwiseAccuracy, 0, 'f', 4);
    std::fprintf(stderr, "\r");
    line(text);
  };
  const auto examples = prepared.data.datasetRecord.value("train_records", int64_t(0));
  line(Msg::tr("🚀 Training: %1 training samples, task=%2, model=%3")
           .arg(examples)
           .arg(taskName(config.task), config.modelNameOrPath));
  const TrainResult result = runTraining(prepared, cb);
  if (bar) bar->finish();
  line(Msg::tr("✅ Training finished: %1 steps, %2 s, %3 tokens/s")
           .arg(result.globalStep)
           .arg(result.seconds, 0, 'f', 1)
           .arg(result.trainTokensPerSecond, 0, 'f', 0));
  if (result.finalMetrics) {
    line(Msg::tr("📊 Evaluation of the trained model (best %1):").arg(result.bestCheckpoint));
    printMetrics(*result.finalMetrics, QStringLiteral("   "));
    if (result.baselineMetrics && prepared.model) {
      const bool blended = result.blend && result.blend->ngramWeight > 0;
      line(Msg::tr("📏 %1: baseline %2 / model %3%4 (character n-gram TF-IDF + logistic regression / %5)")
               .arg(result.finalMetrics->selectionMetricName())
               .arg(result.baselineMetrics->selectionMetric(), 0, 'f', 4)
               .arg(result.finalMetrics->selectionMetric(), 0, 'f', 4)
               .arg(blended ? Msg::tr(" / blend %1 (the saved model, baseline weight %2)")
                                  .arg(result.blend->metric, 0, 'f', 4)
                                  .arg(result.blend->ngramWeight, 0, 'f', 1)
                            : QString())
               .arg(config.modelNameOrPath));
    }
  }
  if (!writes) return kOk;  // rank 0 saved the model
  line(Msg::tr("💾 Model saved: %1").arg(config.outputDir));
  if (config.demoInference) demoInference(config.outputDir, prepared);
  return kOk;
}

}  // namespace

ASSAY_CLI_COMMAND("train",
                  "assay-cli train --train_file F | --project P --output_dir D [--task classify|reward] "
                  "[--model_name_or_path tiny|ngram|DIR] [--eval_file F] [--label_mapping FILE] [--num_train_epochs N] "
                  "[--max_train_minutes M] [--learning_rate X] ... (--help: every flag)",
                  runTrain);

}  // namespace assay::cli
