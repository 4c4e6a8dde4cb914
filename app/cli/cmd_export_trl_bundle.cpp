// assay-cli export-trl-bundle: the project's split as TRL preference JSONL,
// with a train.sh, accelerate configs and a README, for training the reward
// model with TRL on GPU machines (core: data/TrlBundle).
#include <QFileInfo>
#include <cstdio>

#include "CliArgs.h"
#include "CliCommand.h"
#include "TerminalProgress.h"
#include "data/ProjectStore.h"
#include "data/TrlBundle.h"

namespace {

using namespace assay;

int runExportTrlBundle(const QStringList& args) {
  const cli::CliArgs a(args,
                       {"model_name_or_path", "lora_r", "lora_alpha", "num_gpus", "per_device_train_batch_size",
                        "gradient_accumulation_steps", "num_train_epochs", "learning_rate", "max_length",
                        "center_rewards_coefficient", "eval_steps", "logging_steps"},
                       {"use_peft"});
  if (a.positional().size() != 2) throw cli::UsageError("export-trl-bundle needs PROJECT.assay and OUT");
  data::TrlBundleOptions o;
  o.modelNameOrPath = a.value("model_name_or_path", o.modelNameOrPath);
  o.usePeft = a.has("use_peft");
  o.loraR = a.intValue("lora_r", o.loraR);
  o.loraAlpha = a.doubleValue("lora_alpha", o.loraAlpha);
  o.numGpus = a.intValue("num_gpus", o.numGpus);
  o.perDeviceTrainBatchSize = a.intValue("per_device_train_batch_size", o.perDeviceTrainBatchSize);
  o.gradientAccumulationSteps = a.intValue("gradient_accumulation_steps", o.gradientAccumulationSteps);
  o.numTrainEpochs = a.doubleValue("num_train_epochs", o.numTrainEpochs);
  if (a.has("learning_rate")) o.learningRate = a.doubleValue("learning_rate", 0);
  o.maxLength = a.intValue("max_length", o.maxLength);
  o.centerRewardsCoefficient = a.doubleValue("center_rewards_coefficient", o.centerRewardsCoefficient);
  o.evalSteps = a.intValue("eval_steps", o.evalSteps);
  o.loggingSteps = a.intValue("logging_steps", o.loggingSteps);
  if (const QString problem = o.validate(); !problem.isEmpty()) throw cli::UsageError(problem.toStdString());

  const auto store = data::ProjectStore::open(a.positional().at(0));
  const QString out = a.positional().at(1);
  data::TrlBundleResult r;
  {
    cli::TerminalProgress progress("export-trl-bundle " + QFileInfo(out).fileName(),
                                   std::max<qint64>(store->sampleCount(data::Split::All), 1));
    r = data::writeTrlBundle(*store, out, o, [&](qint64 done, qint64) { progress.update(done); });
    progress.finish();
  }
  std::printf("%s: %lld train and %lld test records (TRL chosen/rejected)%s%s\n", out.toUtf8().constData(),
              static_cast<long long>(r.trainRecords), static_cast<long long>(r.testRecords),
              r.assignedSplit ? "; the project's unsplit samples were split first" : "",
              r.skipped.isEmpty() ? "" : QString("; skipped " + r.skipped.join(", ")).toUtf8().constData());
  std::printf("wrote %s\nrun %s/train.sh on a GPU machine (see its README.md)\n",
              r.files.join(", ").toUtf8().constData(), out.toUtf8().constData());
  return cli::kOk;
}

}  // namespace

ASSAY_CLI_COMMAND("export-trl-bundle",
                  "assay-cli export-trl-bundle  PROJECT.assay OUT [--model_name_or_path Qwen/Qwen2.5-0.5B-Instruct]\n"
                  "                  [--use_peft --lora_r 32 --lora_alpha 16] [--num_gpus 1 (per node)]\n"
                  "                  [--per_device_train_batch_size 8] [--gradient_accumulation_steps 1]\n"
                  "                  [--num_train_epochs 1] [--learning_rate 1e-5 (1e-4 with --use_peft)]\n"
                  "                  [--max_length 512] [--center_rewards_coefficient 0.01] [--eval_steps 50]\n"
                  "                  [--logging_steps 25]  (TRL's reward_modeling.py flags, for training on GPUs:\n"
                  "                  data/train.jsonl and test.jsonl from the project's split, train.sh,\n"
                  "                  accelerate configs for 1 node and several, README.md)",
                  runExportTrlBundle);
