#include "data/TrlBundle.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <stdexcept>

namespace assay::data {

namespace {

QString number(double v) { return QString::number(v, 'g', 10); }

void writeText(const QString& dir, const QString& relative, const QString& text, TrlBundleResult& result,
               bool executable = false) {
  const QString path = QDir(dir).filePath(relative);
  QDir().mkpath(QFileInfo(path).absolutePath());
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
    throw std::runtime_error(QString("%1: %2").arg(path, f.errorString()).toStdString());
  const QByteArray bytes = text.toUtf8();
  if (f.write(bytes) != bytes.size())
    throw std::runtime_error(QString("%1: %2").arg(path, f.errorString()).toStdString());
  f.close();
  if (executable)
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther);
  result.files << relative;
}

// One node, numGpus processes. With one GPU accelerate needs no distributed type.
QString singleNodeConfig(int gpus) {
  return QStringLiteral(
             "# accelerate config: 1 node x %1 GPU(s). Written by assay-cli export-trl-bundle.\n"
             "compute_environment: LOCAL_MACHINE\n"
             "distributed_type: %2\n"
             "mixed_precision: bf16\n"
             "num_machines: 1\n"
             "num_processes: %1\n"
             "machine_rank: 0\n"
             "gpu_ids: all\n"
             "main_training_function: main\n"
             "rdzv_backend: static\n"
             "same_network: true\n"
             "use_cpu: false\n")
      .arg(gpus)
      .arg(gpus > 1 ? "MULTI_GPU" : "NO");
}

// Several nodes: every node runs train.sh with this file; only machine_rank
// differs (train.sh passes MACHINE_RANK / MAIN_PROCESS_IP over the placeholders).
QString multiNodeConfig(int gpusPerNode) {
  return QStringLiteral(
             "# accelerate config: 2 nodes x %1 GPU(s) (edit num_machines and num_processes =\n"
             "# num_machines x GPUs per node for more). Placeholders: machine_rank is 0 on the\n"
             "# main node and 1, 2, ... on the others; main_process_ip is the main node's address,\n"
             "# reachable from every node on main_process_port. train.sh overrides both from\n"
             "# MACHINE_RANK and MAIN_PROCESS_IP, so one copy of this file serves every node.\n"
             "compute_environment: LOCAL_MACHINE\n"
             "distributed_type: MULTI_GPU\n"
             "mixed_precision: bf16\n"
             "num_machines: 2\n"
             "num_processes: %2\n"
             "machine_rank: 0\n"
             "main_process_ip: 192.0.2.1\n"
             "main_process_port: 29500\n"
             "gpu_ids: all\n"
             "main_training_function: main\n"
             "rdzv_backend: static\n"
             "same_network: true\n"
             "use_cpu: false\n")
      .arg(gpusPerNode)
      .arg(2 * gpusPerNode);
}

QString trainScript(const TrlBundleOptions& o) {
  QString flags;
  const QStringList f = trlRewardFlags(o);
  for (int i = 0; i < f.size(); ++i) {
    const bool isName = f[i].startsWith("--");
    if (isName) flags += "  " + f[i];
    // Values never hold a quote: the model name, numbers and fixed words.
    if (i + 1 < f.size() && !f[i + 1].startsWith("--")) flags += " '" + f[++i] + "'";
    flags += " \\\n";
  }
  return QStringLiteral(
             "#!/usr/bin/env bash\n"
             "# Trains a reward model on this bundle's data with TRL's reward_modeling.py.\n"
             "# Written by assay-cli export-trl-bundle; see README.md. Extra arguments are\n"
             "# passed on to reward_modeling.py (they override the flags below).\n"
             "#   REWARD_SCRIPT      path of reward_modeling.py (default: a TRL checkout beside this file)\n"
             "#   ACCELERATE_CONFIG  accelerate/single_node.yaml (default) or accelerate/multi_node.yaml\n"
             "#   MACHINE_RANK, MAIN_PROCESS_IP  per node, with the multi-node config\n"
             "set -euo pipefail\n"
             "cd \"$(dirname \"$0\")\"\n"
             "REWARD_SCRIPT=\"${REWARD_SCRIPT:-trl/examples/scripts/reward_modeling.py}\"\n"
             "ACCELERATE_CONFIG=\"${ACCELERATE_CONFIG:-accelerate/single_node.yaml}\"\n"
             "node_args=()\n"
             "if [[ -n \"${MACHINE_RANK:-}\" ]]; then node_args+=(--machine_rank \"$MACHINE_RANK\"); fi\n"
             "if [[ -n \"${MAIN_PROCESS_IP:-}\" ]]; then node_args+=(--main_process_ip \"$MAIN_PROCESS_IP\"); fi\n"
             "accelerate launch --config_file \"$ACCELERATE_CONFIG\" ${node_args[@]+\"${node_args[@]}\"} "
             "\"$REWARD_SCRIPT\" \\\n"
             "%1"
             "  \"$@\"\n")
      .arg(flags);
}

QString readme(const TrlBundleOptions& o, const TrlBundleResult& r) {
  return QStringLiteral(
             "# Reward-model training bundle for TRL\n\n"
             "Written by `assay-cli export-trl-bundle`: %1 training and %2 test records of an Assay\n"
             "project in TRL's preference layout (`data/train.jsonl`, `data/test.jsonl`; one\n"
             "`{\"chosen\": ..., \"rejected\": ...}` object a line, correctness-labelled texts as the\n"
             "project's TRL export writes them). Base model: `%3`%4.\n\n"
             "## Run it on a GPU machine\n\n"
             "    pip install trl accelerate peft    # transformers and datasets come with trl\n"
             "    git clone https://github.com/huggingface/trl   # for examples/scripts/reward_modeling.py\n"
             "    ./train.sh                          # 1 node x %5 GPU(s): accelerate/single_node.yaml\n\n"
             "`REWARD_SCRIPT=/path/to/reward_modeling.py ./train.sh` uses another copy of the script.\n"
             "`--dataset_name data` loads the local directory: the `datasets` library maps\n"
             "`train.jsonl` and `test.jsonl` to the splits named by `--dataset_train_split` and\n"
             "`--dataset_test_split`. Any argument to train.sh is passed on to reward_modeling.py\n"
             "(e.g. `./train.sh --num_train_epochs 3`).\n\n"
             "## Several machines\n\n"
             "Copy this directory to every node, edit `accelerate/multi_node.yaml` (num_machines,\n"
             "num_processes = machines x GPUs per node) and start on each node:\n\n"
             "    ACCELERATE_CONFIG=accelerate/multi_node.yaml MACHINE_RANK=0 MAIN_PROCESS_IP=10.0.0.1 ./train.sh\n\n"
             "with MACHINE_RANK 0 on the node whose address is MAIN_PROCESS_IP and 1, 2, ... on the\n"
             "others; port 29500 (main_process_port) must be open between them.\n\n"
             "## Bring the result back\n\n"
             "The model lands in `output/` (config.json, tokenizer files, safetensors, possibly\n"
             "sharded; with --use_peft a LoRA adapter). Copy it back and use it in Assay:\n\n"
             "    assay-cli predict output --text \"...\"           # \"reward\" in its JSON\n"
             "    assay-cli eval output --project PROJECT.assay\n\n"
             "A LoRA adapter names its base model (adapter_config.json, base_model_name_or_path);\n"
             "when that is a hub name, download the base model too and pass `--base_model DIR`.\n")
      .arg(r.trainRecords)
      .arg(r.testRecords)
      .arg(o.modelNameOrPath)
      .arg(o.usePeft ? QString(", LoRA r=%1 alpha=%2").arg(o.loraR).arg(number(o.loraAlpha)) : QString())
      .arg(o.numGpus);
}

}  // namespace

QString TrlBundleOptions::validate() const {
  if (modelNameOrPath.trimmed().isEmpty()) return "--model_name_or_path must not be empty";
  if (modelNameOrPath.contains('\'')) return "--model_name_or_path must not contain a quote";
  if (numGpus < 1 || numGpus > 1024) return "--num_gpus must be between 1 and 1024";
  if (loraR < 1) return "--lora_r must be at least 1";
  if (loraAlpha <= 0) return "--lora_alpha must be positive";
  if (perDeviceTrainBatchSize < 1) return "--per_device_train_batch_size must be at least 1";
  if (gradientAccumulationSteps < 1) return "--gradient_accumulation_steps must be at least 1";
  if (numTrainEpochs <= 0) return "--num_train_epochs must be positive";
  if (resolvedLearningRate() <= 0) return "--learning_rate must be positive";
  if (maxLength < 1) return "--max_length must be at least 1";
  if (centerRewardsCoefficient < 0) return "--center_rewards_coefficient must not be negative";
  if (evalSteps < 1) return "--eval_steps must be at least 1";
  return {};
}

QStringList trlRewardFlags(const TrlBundleOptions& o) {
  QStringList f{"--model_name_or_path",
                o.modelNameOrPath,
                "--dataset_name",
                "data",
                "--dataset_train_split",
                "train",
                "--dataset_test_split",
                "test",
                "--output_dir",
                "output",
                "--per_device_train_batch_size",
                QString::number(o.perDeviceTrainBatchSize),
                "--gradient_accumulation_steps",
                QString::number(o.gradientAccumulationSteps),
                "--num_train_epochs",
                number(o.numTrainEpochs),
                "--learning_rate",
                number(o.resolvedLearningRate()),
                "--max_length",
                QString::number(o.maxLength),
                "--center_rewards_coefficient",
                number(o.centerRewardsCoefficient),
                "--eval_strategy",
                "steps",
                "--eval_steps",
                QString::number(o.evalSteps),
                "--logging_steps",
                QString::number(o.loggingSteps),
                "--gradient_checkpointing",
                "True",
                "--remove_unused_columns",
                "False",
                "--bf16",
                "True"};
  if (o.usePeft)
    f << "--use_peft"
      << "--lora_r" << QString::number(o.loraR) << "--lora_alpha" << number(o.loraAlpha) << "--lora_task_type"
      << "SEQ_CLS";
  return f;
}

TrlBundleResult writeTrlBundle(ProjectStore& store, const QString& outDir, const TrlBundleOptions& options,
                               const ProgressFn& progress) {
  if (const QString problem = options.validate(); !problem.isEmpty()) throw std::runtime_error(problem.toStdString());
  if (!QDir().mkpath(outDir))
    throw std::runtime_error(QString("%1: cannot create the directory").arg(outDir).toStdString());
  TrlBundleResult r;
  if (store.sampleCount(Split::Unassigned) > 0) {
    store.assignSplits();
    r.assignedSplit = true;
  }
  QDir().mkpath(QDir(outDir).filePath("data"));
  const qint64 trainTotal = store.sampleCount(Split::Train);
  const qint64 total = std::max<qint64>(trainTotal + store.sampleCount(Split::Test), 1);
  std::map<QString, qint64> skipped;
  for (const Split split : {Split::Train, Split::Test}) {
    const QString relative = QString("data/%1.jsonl").arg(splitName(split));
    const qint64 offset = split == Split::Test ? trainTotal : 0;
    const ExportResult e =
        store.exportTo(QDir(outDir).filePath(relative), Format::Trl, split, [&](qint64 done, qint64) {
          if (progress) progress(offset + done, total);
        });
    (split == Split::Train ? r.trainRecords : r.testRecords) = e.written;
    for (const auto& [reason, n] : e.skippedByReason) skipped[reason] += n;
    r.files << relative;
  }
  for (const auto& [reason, n] : skipped) r.skipped << QString("%1 %2").arg(reason).arg(n);
  if (r.trainRecords == 0)
    throw std::runtime_error(
        QString("%1: no training record fits TRL's chosen/rejected layout (a correctness or pair project is needed)")
            .arg(store.path())
            .toStdString());
  writeText(outDir, "train.sh", trainScript(options), r, true);
  writeText(outDir, "accelerate/single_node.yaml", singleNodeConfig(options.numGpus), r);
  writeText(outDir, "accelerate/multi_node.yaml", multiNodeConfig(options.numGpus), r);
  writeText(outDir, "README.md", readme(options, r), r);
  return r;
}

}  // namespace assay::data
