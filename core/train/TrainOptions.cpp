#include "train/TrainOptions.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>

namespace assay {

namespace {

using C = TrainConfig;
constexpr double kInf = std::numeric_limits<double>::infinity();

OptionRange atLeast(double lo, const char* note = nullptr) { return {lo, kInf, false, false, note}; }
OptionRange above(double lo) { return {lo, kInf, true, false, nullptr}; }
// [lo, hi) or [lo, hi]
OptionRange between(double lo, double hi, bool hiOpen, const char* note = nullptr) {
  return {lo, hi, false, hiOpen, note};
}
OptionField spin(double lo, double hi, int decimals = 0) { return OptionField{lo, hi, decimals}; }
const OptionField kTextField{};  // a line edit: no range

// The help texts of model_name_or_path, num_train_epochs and max_train_minutes
// are also the GUI form's tooltips; QT_TRANSLATE_NOOP keeps them under the
// form's translation context, where lupdate finds them (this file is in its input).
std::vector<TrainOption> buildTable() {
  using G = OptionGroup;
  // One option per row reads as a table; clang-format would break each row into nine lines.
  // clang-format off
  return {
      // data
      {"task", &C::task, G::Data, "", "classify: N-way cross-entropy over the labels; reward: Bradley-Terry pairs",
       {}, {"classify", "reward"}, {}, kTextField},
      {"model_name_or_path", &C::modelNameOrPath, G::Data, "tiny|ngram|DIR",
       QT_TRANSLATE_NOOP("assay::TrainForm",
                         "\"tiny\" trains the small built-in model from scratch; \"ngram\" fits the character n-gram "
                         "TF-IDF + logistic regression baseline in seconds; or a local Qwen2 checkpoint directory"),
       {}, {}, {}, kTextField},
      {"train_file", &C::trainFile, G::Data, "FILE", "training records: style JSON, TRL, KTO or a text pool (or --project)",
       {}, {}, {}, {}},
      {"eval_file", &C::evalFile, G::Data, "FILE", "evaluation records; without it a stratified share of the training data",
       {}, {}, {}, {}},
      {"label_mapping", &C::labelMapping, G::Data, "FILE",
       "label_mapping.json fixing the label ids of --train_file; else the one beside it, else order of first appearance",
       {}, {}, {}, {}},
      {"project", &C::project, G::Data, "FILE", "an .assay project to train on instead of --train_file", {}, {}, {}, {}},
      {"output_dir", &C::outputDir, G::Data, "DIR", "where the model folder, checkpoints and metrics.jsonl go (required)",
       {}, {}, {}, kTextField},
      {"resume_from_checkpoint", &C::resumeFromCheckpoint, G::Data, "DIR",
       "continue exactly from a checkpoint-N folder of an earlier run with the same options", {}, {}, {}, {}},
      {"max_length", &C::maxLength, G::Data, "N", "tokens per text; longer texts are cut", atLeast(2), {}, {},
       spin(8, 32768)},
      {"validation_fraction", &C::validationFraction, G::Data, "X",
       "share of the training data held out for evaluation when there is no --eval_file", OptionRange{0, 1, true, true, nullptr},
       {}, {}, {}},
      {"fail_on_health_warning", &C::failOnHealthWarning, G::Data, "",
       "stop before training when the dataset health check warns (duplicates, leakage, low diversity, ...)", {}, {},
       {}, {}},
      // schedule
      {"num_train_epochs", &C::numTrainEpochs, G::Schedule, "N",
       QT_TRANSLATE_NOOP("assay::TrainForm", "auto: 3 to 6 epochs within 192,000 records seen, more for a small set (at "
                                             "least 38,400 records, at most 30 epochs)"),
       atLeast(0, "0: chosen from the data"), {}, {}, spin(0, 1000, 1)},
      {"max_train_minutes", &C::maxTrainMinutes, G::Schedule, "M",
       QT_TRANSLATE_NOOP("assay::TrainForm", "With auto epochs: time the first steps, then plan as many steps as fit in "
                                             "this many minutes (evaluations included)"),
       atLeast(0, "0: no time budget"), {}, C::kTinyTrainMinutes, spin(0, 100000, 1)},
      {"per_device_train_batch_size", &C::perDeviceTrainBatchSize, G::Schedule, "N", "records per training batch",
       atLeast(1), {}, {}, spin(1, 4096)},
      {"per_device_eval_batch_size", &C::perDeviceEvalBatchSize, G::Schedule, "N", "records per evaluation batch",
       atLeast(1), {}, {}, spin(1, 4096)},
      {"gradient_accumulation_steps", &C::gradientAccumulationSteps, G::Schedule, "N",
       "batches whose gradients are summed into one optimizer step", atLeast(1), {}, {}, spin(1, 1024)},
      {"eval_steps", &C::evalSteps, G::Schedule, "N", "evaluate every N optimizer steps",
       atLeast(0, "0: at each epoch end"), {}, {}, spin(0, 1000000)},
      {"logging_steps", &C::loggingSteps, G::Schedule, "N", "log the loss every N optimizer steps", atLeast(0), {}, {},
       spin(1, 100000)},
      {"save_steps", &C::saveSteps, G::Schedule, "N", "write a checkpoint every N optimizer steps",
       atLeast(0, "0: at each evaluation"), {}, {}, {}},
      {"save_total_limit", &C::saveTotalLimit, G::Schedule, "N", "step checkpoints kept besides the best one", {}, {},
       {}, {}},
      {"seed", &C::seed, G::Schedule, "N", "seed of the split, the batch order, dropout and the initial weights", {}, {},
       {}, spin(0, 1 << 30)},
      // optimizer
      {"learning_rate", &C::learningRate, G::Optimizer, "X", "peak learning rate (linear warm-up, then linear decay)",
       above(0), {}, {}, kTextField},
      {"weight_decay", &C::weightDecay, G::Optimizer, "X", "AdamW's decoupled weight decay", atLeast(0), {}, {},
       spin(0, 1, 4)},
      {"warmup_ratio", &C::warmupRatio, G::Optimizer, "X", "share of the steps that warm the learning rate up from 0",
       between(0, 1, true), {}, {}, {}},
      {"max_grad_norm", &C::maxGradNorm, G::Optimizer, "X", "the gradient is clipped to this norm before each step", {},
       {}, {}, {}},
      {"adam_beta1", &C::adamBeta1, G::Optimizer, "B", "AdamW's first-moment decay", between(0, 1, true), {}, {}, {}},
      {"adam_beta2", &C::adamBeta2, G::Optimizer, "B", "AdamW's second-moment decay", between(0, 1, true), {}, {}, {}},
      {"adam_epsilon", &C::adamEpsilon, G::Optimizer, "E", "AdamW's epsilon", above(0), {}, {}, {}},
      // regularisation
      {"ema_decay", &C::emaDecay, G::Regularisation, "D",
       "decay of the moving average of the weights that is evaluated and saved",
       between(0, 1, true, "0: no weight averaging"), {}, C::kTinyEmaDecay, {}},
      {"lm_loss_coefficient", &C::lmLossCoefficient, G::Regularisation, "C",
       "weight of an auxiliary next-token loss added to the task loss", atLeast(0, "0: no next-token loss"), {},
       C::kTinyLmLoss, {}},
      {"lm_frequent_token_share", &C::lmFrequentTokenShare, G::Regularisation, "S",
       "the next-token loss names a token only if this share of the records holds it; rarer ones are one class",
       between(0, 1, false, "0: every token is predicted by identity"), {}, {}, {}},
      {"label_smoothing_factor", &C::labelSmoothing, G::Regularisation, "X", "label smoothing of the classification loss",
       between(0, 1, true), {}, {}, {}},
      {"token_dropout", &C::tokenDropout, G::Regularisation, "P",
       "share of input tokens replaced by the unknown token while training (tiny only)", between(0, 1, true), {}, {},
       {}},
      {"name_swap", &C::nameSwap, G::Regularisation, "P",
       "share of records per epoch whose rare characters (names) are swapped for other rare ones (tiny only); off "
       "unless given",
       between(0, 1, false, "0: no swapping"), {}, {}, {}},
      {"class_weights", &C::classWeights, G::Regularisation, "", "weight the classification loss by inverse class frequency",
       {}, {}, {}, {}},
      // reward
      {"center_rewards_coefficient", &C::centerRewardsCoefficient, G::Reward, "X",
       "TRL's penalty on the squared mean reward, keeping rewards centred; off unless given", {}, {}, {}, kTextField},
      {"margin_from_scores", &C::marginFromScores, G::Reward, "",
       "train with the margin score_chosen - score_rejected of scored pairs", {}, {}, {}, {}},
      // LoRA
      {"use_peft", &C::usePeft, G::Lora, "", "train LoRA adapters and the score head instead of every weight", {}, {}, {},
       kTextField},
      {"lora_r", &C::loraR, G::Lora, "R", "rank of the LoRA adapters (with --use_peft)", {}, {}, {}, spin(1, 1024)},
      {"lora_alpha", &C::loraAlpha, G::Lora, "A", "LoRA scaling: the adapters' update is multiplied by alpha / r", {}, {},
       {}, spin(0.1, 4096, 2)},
      {"lora_dropout", &C::loraDropout, G::Lora, "P", "dropout on the LoRA adapters' input", {}, {}, {}, {}},
      // machine
      {"num_threads", &C::numThreads, G::Machine, "N", "data-parallel threads (0: one per core)", {}, {}, {}, {}},
      {"precision", &C::precision, G::Machine, "",
       "decoder matrix products; auto: bf16 where this CPU runs it clearly faster than fp32", {},
       {"auto", "fp32", "bf16"}, {}, {}},
      {"kernels", &C::kernels, G::Machine, "",
       "fused: the fast kernels; reference: plain LibTorch as Hugging Face writes the model (slower, to rule the "
       "kernels out)", {}, {"fused", "reference"}, {}, {}},
      {"demo_inference", &C::demoInference, G::Machine, "", "after training, predict two example texts with the saved model",
       {}, {}, {}, {}},
  };
  // clang-format on
}

QString number(double v) { return QString::number(v, 'g', 6); }

// "auto, fp32 or bf16"
QString choiceList(const QStringList& choices) {
  if (choices.size() < 2) return choices.join(QString());
  return choices.mid(0, choices.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") + choices.last();
}

}  // namespace

QString optionGroupName(OptionGroup group) {
  switch (group) {
    case OptionGroup::Data:
      return QStringLiteral("data");
    case OptionGroup::Schedule:
      return QStringLiteral("schedule");
    case OptionGroup::Optimizer:
      return QStringLiteral("optimizer");
    case OptionGroup::Regularisation:
      return QStringLiteral("regularisation");
    case OptionGroup::Reward:
      return QStringLiteral("reward");
    case OptionGroup::Lora:
      return QStringLiteral("LoRA");
    case OptionGroup::Machine:
      return QStringLiteral("machine");
  }
  return {};
}

bool OptionRange::contains(double v) const {
  const bool aboveLo = loOpen ? v > lo : v >= lo;
  const bool belowHi = hiOpen ? v < hi : v <= hi;
  return aboveLo && belowHi;  // false for NaN
}

QString OptionRange::text() const {
  QString t;
  if (std::isinf(hi)) {
    if (lo == 0) t = loOpen ? QStringLiteral("must be positive") : QStringLiteral("must not be negative");
    else t = (loOpen ? QStringLiteral("must be above ") : QStringLiteral("must be at least ")) + number(lo);
  } else {
    t = QStringLiteral("must be in %1%2, %3%4")
            .arg(loOpen ? '(' : '[')
            .arg(number(lo), number(hi))
            .arg(hiOpen ? ')' : ']');
  }
  if (note) t += QStringLiteral(" (%1)").arg(QLatin1String(note));
  return t;
}

const std::vector<TrainOption>& trainOptions() {
  static const std::vector<TrainOption> table = buildTable();
  return table;
}

const TrainOption* findTrainOption(const QString& name) {
  static const QHash<QString, const TrainOption*> byName = [] {
    QHash<QString, const TrainOption*> h;
    for (const TrainOption& o : trainOptions()) h.insert(QLatin1String(o.name), &o);
    return h;
  }();
  return byName.value(name, nullptr);
}

QString optionValueText(const TrainOption& o, const TrainConfig& c) {
  if (auto m = std::get_if<int C::*>(&o.member)) return QString::number(c.*(*m));
  if (auto m = std::get_if<double C::*>(&o.member)) return QString::number(c.*(*m), 'g', 17);
  if (auto m = std::get_if<bool C::*>(&o.member)) return c.*(*m) ? QStringLiteral("true") : QStringLiteral("false");
  if (auto m = std::get_if<QString C::*>(&o.member)) return c.*(*m);
  if (auto m = std::get_if<std::optional<double> C::*>(&o.member))
    return (c.*(*m)) ? QString::number(*(c.*(*m)), 'g', 17) : QString();
  return taskName(c.*std::get<TrainTask C::*>(o.member));
}

QString optionDefaultText(const TrainOption& o) {
  static const TrainConfig defaults;
  if (o.tinyDefault) return number(*o.tinyDefault) + QStringLiteral(" for tiny, 0 for a checkpoint");
  if (o.isSwitch() || std::holds_alternative<std::optional<double> C::*>(o.member)) return {};
  if (auto m = std::get_if<double C::*>(&o.member)) return number(defaults.*(*m));
  return optionValueText(o, defaults);
}

QString optionProblem(const TrainOption& o, const TrainConfig& c) {
  const QString flag = QStringLiteral("--") + QLatin1String(o.name);
  if (!o.choices.isEmpty()) {
    if (auto m = std::get_if<QString C::*>(&o.member); m && !o.choices.contains(c.*(*m)))
      return QStringLiteral("%1 must be %2, not '%3'").arg(flag, choiceList(o.choices), c.*(*m));
    return {};
  }
  if (!o.range) return {};
  std::optional<double> v;
  if (auto m = std::get_if<int C::*>(&o.member)) v = c.*(*m);
  else if (auto m = std::get_if<double C::*>(&o.member)) v = c.*(*m);
  else if (auto m = std::get_if<std::optional<double> C::*>(&o.member)) v = c.*(*m);
  if (!v || o.range->contains(*v)) return {};
  return flag + QLatin1Char(' ') + o.range->text();
}

QString trainOptionsHelp() {
  QString out = QStringLiteral(
      "usage: assay-cli train --train_file F | --project P --output_dir D [options]\n\n"
      "Flags and JSON keys (training_config.json) are those of rm_train.py and TRL's reward_modeling.py.\n"
      "A value is given as --flag V or --flag=V; a switch as --flag (or --flag true|false).\n");
  constexpr int kColumn = 38;
  for (int g = int(OptionGroup::Data); g <= int(OptionGroup::Machine); ++g) {
    out += QStringLiteral("\n%1:\n").arg(optionGroupName(OptionGroup(g)));
    for (const TrainOption& o : trainOptions()) {
      if (int(o.group) != g) continue;
      QString left = QStringLiteral("  --") + QLatin1String(o.name);
      const QString metavar = o.choices.isEmpty() ? QString::fromLatin1(o.metavar) : o.choices.join(QLatin1Char('|'));
      if (!metavar.isEmpty()) left += QLatin1Char(' ') + metavar;
      left = left.size() < kColumn ? left.leftJustified(kColumn) : left + QStringLiteral("\n") + QString(kColumn, ' ');
      QStringList extra;
      if (const QString d = optionDefaultText(o); !d.isEmpty()) extra << QStringLiteral("default ") + d;
      if (o.range && o.range->note) extra << QLatin1String(o.range->note);
      out += left + QLatin1String(o.help);
      if (!extra.isEmpty()) out += QStringLiteral(" [") + extra.join(QStringLiteral("; ")) + QLatin1Char(']');
      out += QLatin1Char('\n');
    }
  }
  return out;
}

}  // namespace assay
