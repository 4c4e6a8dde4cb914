#include "train/TrainingRun.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <fstream>
#include <map>
#include <stdexcept>

#include "data/Adjudication.h"
#include "data/DataFormat.h"
#include "data/ProjectStore.h"
#include "data/StratifiedSplit.h"
#include "model/Checkpoint.h"
#include "model/Lora.h"
#include "text/CharTokenizer.h"
#include "train/Baseline.h"
#include "train/CheckpointFiles.h"
#include "train/DistributedContext.h"
#include "train/TrainThreads.h"
#include "train/TrainingHealth.h"

namespace assay {

namespace {

// The log's user-facing lines: English source texts, translated into the
// language installed through i18n/Translations.h (Chinese: rm_train.py's
// wording), under the context lupdate files them in.
struct Msg {
  Q_DECLARE_TR_FUNCTIONS(assay::TrainingRun)
};

struct RawRecord {
  QString chosen, rejected;  // classify: chosen holds the text
  QString text;              // classify and correctness: the record's own text (the baseline reads it)
  int64_t label = -1;
  std::optional<double> margin;
  QString origin;  // "file:line" for messages
};

struct LoadedSamples {
  std::vector<data::Sample> train, eval;
  data::LabelSchema schema;
};

std::vector<data::Sample> readFile(const QString& path, const data::LabelSchema* schema, data::LabelPolicy policy,
                                   data::LabelSchema* schemaOut, const LogFn& log) {
  auto result = data::readSamplesFile(path, data::Format::Auto, schema, policy);
  if (result.fileUnreadable)
    throw std::runtime_error(result.issues.empty() ? (path.toStdString() + ": cannot read")
                                                   : result.issues.front().toString().toStdString());
  if (!result.issues.empty() && log) {
    log(Msg::tr("⚠️ %1: %2 records skipped").arg(path).arg(result.issues.size()));
    for (size_t i = 0; i < std::min<size_t>(5, result.issues.size()); ++i)
      log(QStringLiteral("   ") + result.issues[i].toString());
  }
  if (result.samples.empty())
    throw std::runtime_error(
        path.toStdString() + ": no usable records" +
        (result.issues.empty() ? "" : " (first problem: " + result.issues.front().toString().toStdString() + ")"));
  if (schemaOut) *schemaOut = result.schema;
  return std::move(result.samples);
}

// The label mapping that fixes a train file's ids: --label_mapping, else a
// label_mapping.json beside the file; empty when neither exists.
QString labelMappingFor(const TrainConfig& config) {
  if (!config.labelMapping.isEmpty()) return config.labelMapping;
  const QString beside = QFileInfo(config.trainFile).dir().filePath(QStringLiteral("label_mapping.json"));
  return QFileInfo::exists(beside) ? beside : QString();
}

LoadedSamples loadSamples(const TrainConfig& config, const LogFn& log) {
  LoadedSamples loaded;
  if (!config.project.isEmpty()) {
    auto store = data::ProjectStore::open(config.project);
    loaded.schema = store->labelSchema();
    // Where annotators disagree (each by their latest label), training takes
    // the adjudicated label, else the majority, and leaves a tie out
    // (data/Adjudication.h); every other sample keeps its label.
    const data::ConflictResolution conflicts = data::resolveConflicts(*store);
    for (auto& s : store->samples(data::Split::All)) {
      if (const auto it = conflicts.labels.find(s.id); it != conflicts.labels.end()) {
        if (it->second < 0) continue;
        s.label = it->second;
      }
      (s.split == data::Split::Test ? loaded.eval : loaded.train).push_back(std::move(s));
    }
    if (log && conflicts.conflicts() > 0)
      log(Msg::tr("⚖️ Annotator conflicts: %1 resolved by adjudication, %2 by majority, %3 skipped (tie)")
              .arg(conflicts.byAdjudication)
              .arg(conflicts.byMajority)
              .arg(conflicts.skippedTies));
    if (log && conflicts.byPersonOverFile > 0)
      log(Msg::tr("✏️ %1 imported labels corrected by a person: the person's label is used")
              .arg(conflicts.byPersonOverFile));
    if (loaded.train.empty()) throw std::runtime_error(config.project.toStdString() + ": no training samples");
  } else {
    if (log) log(Msg::tr("📂 Loading training data: %1").arg(config.trainFile));
    const QString mapping = labelMappingFor(config);
    if (!mapping.isEmpty()) {
      const data::LabelSchema fixed = data::LabelSchema::readLabelMapping(mapping);
      if (log) log(Msg::tr("🏷️ Label mapping: %1").arg(mapping));
      loaded.train = readFile(config.trainFile, &fixed, data::LabelPolicy::Known, &loaded.schema, log);
    } else {
      // As in the original rm_train.py: the label set is the data's own.
      loaded.train = readFile(config.trainFile, nullptr, data::LabelPolicy::Grow, &loaded.schema, log);
    }
    QStringList names;
    for (const auto& l : loaded.schema.labels()) names << QStringLiteral("%1=%2").arg(l.id).arg(l.name);
    if (log && !names.isEmpty()) log(Msg::tr("🏷️ Labels: %1").arg(names.join(QStringLiteral(", "))));
  }
  if (!config.evalFile.isEmpty())
    loaded.eval = readFile(config.evalFile, &loaded.schema, data::LabelPolicy::Known, nullptr, log);
  return loaded;
}

QString origin(const data::Sample& s) { return QStringLiteral("%1:%2").arg(s.sourceFile).arg(s.sourceLine); }

// Samples -> records for the task. Correctness labels become TRL chosen/rejected
// pairs (content + 正确 vs content + 错误) for `reward`; style labels cannot
// train a reward model without pairs.
// Texts are cut to what encodeForModel reads (boundedForEncoding): a 10 MB
// text is held, scanned for the character vocabulary and hashed once at its
// bounded length, never whole; `cut` counts the records that lost text.
std::vector<RawRecord> toRecords(const std::vector<data::Sample>& samples, const TrainConfig& config,
                                 const data::LabelSchema& schema, bool& anyCorrectness, int64_t& cut) {
  std::vector<RawRecord> records;
  const auto bound = [&config](const QString& text, bool& any) {
    bool longer = false;
    QString kept = boundedForEncoding(text, config.maxLength, &longer);
    any |= longer;
    return kept;
  };
  const bool correctnessSchema = schema.kind() == data::SchemaKind::Correctness && schema.size() >= 2;
  for (const auto& s : samples) {
    RawRecord r;
    r.origin = origin(s);
    if (config.task == TrainTask::Classify) {
      if (s.kind != data::SampleKind::Text || s.label < 0) continue;  // pairs and unlabeled texts: nothing to learn
      r.chosen = s.text;
      r.text = s.text;
      r.label = s.label;
    } else if (s.kind == data::SampleKind::Pair) {
      r.chosen = s.chosen;
      r.rejected = s.rejected;
      r.margin = s.margin;
    } else if (s.kind == data::SampleKind::Text && s.label >= 0 && correctnessSchema) {
      // 0 正确 / 1 错误: the record's own verdict is chosen, the other rejected.
      const int other = s.label == 0 ? 1 : 0;
      r.chosen = correctnessPairText(s.text, schema.nameOf(s.label));
      r.text = s.text;
      r.rejected = correctnessPairText(s.text, schema.nameOf(other));
      r.label = s.label;
      if (config.marginFromScores) r.margin = 1.0;  // score_chosen 1 - score_rejected 0
      anyCorrectness = true;
    } else {
      continue;
    }
    bool longer = false;
    r.chosen = bound(r.chosen, longer);
    r.rejected = bound(r.rejected, longer);
    r.text = bound(r.text, longer);
    cut += longer ? 1 : 0;
    records.push_back(std::move(r));
  }
  return records;
}

nlohmann::json datasetRecord(const std::vector<RawRecord>& train, const std::vector<RawRecord>& eval,
                             const QStringList& labels, const TrainConfig& config) {
  QCryptographicHash all(QCryptographicHash::Sha256), split(QCryptographicHash::Sha256);
  std::map<std::string, int64_t> counts;
  auto add = [&](const RawRecord& r, char part) {
    const QByteArray line = (r.chosen + QChar(0x1f) + r.rejected + QChar(0x1f) + QString::number(r.label)).toUtf8();
    all.addData(QByteArray(line + '\n'));
    split.addData(QByteArray(QByteArray(1, part) + line + '\n'));
  };
  for (const auto& r : train) add(r, 'T');
  for (const auto& r : eval) add(r, 'E');
  for (const auto& r : train)
    ++counts[r.label >= 0 && r.label < labels.size() ? labels[int(r.label)].toStdString() : std::string("pair")];
  return {{"train_file", config.trainFile.toStdString()},
          {"eval_file", config.evalFile.toStdString()},
          {"project", config.project.toStdString()},
          {"records_sha256", all.result().toHex().toStdString()},
          {"split_sha256", split.result().toHex().toStdString()},
          {"train_records", train.size()},
          {"eval_records", eval.size()},
          {"train_count_per_label", counts}};
}

void logDistribution(const std::vector<RawRecord>& records, const QStringList& labels, const LogFn& log) {
  if (!log || labels.isEmpty()) return;
  std::vector<int64_t> counts(size_t(labels.size()), 0);
  for (const auto& r : records)
    if (r.label >= 0 && r.label < labels.size()) ++counts[size_t(r.label)];
  log(Msg::tr("📊 Label distribution of the training data:"));
  for (int i = 0; i < labels.size(); ++i) log(Msg::tr("   %1: %2 records").arg(labels[i]).arg(counts[size_t(i)]));
}

TrainExample toExample(const RawRecord& r, const Tokenizer& tokenizer, int maxLength, int32_t endId, bool pairwise) {
  TrainExample e;
  e.ids = encodeForModel(tokenizer, r.chosen, maxLength, endId);
  if (pairwise) e.rejectedIds = encodeForModel(tokenizer, r.rejected, maxLength, endId);
  e.label = r.label;
  e.hasMargin = r.margin.has_value();
  e.margin = r.margin.value_or(0.0);
  return e;
}

BaselineData baselineData(const std::vector<RawRecord>& train, const std::vector<RawRecord>& eval,
                          const ModelCard& card) {
  BaselineData d;
  d.kind = card.kind;
  d.classes = card.labels;
  const auto fill = [&card](const std::vector<RawRecord>& records, BaselineSplit& out) {
    for (const auto& r : records) {
      if (card.kind == ModelKind::PairwiseReward) {
        out.chosen << r.chosen;
        out.rejected << r.rejected;
      } else if (r.label >= 0 && !r.text.isEmpty()) {  // a correctness run's pairs have no verdict to learn
        out.texts << r.text;
        out.labels.push_back(int(r.label));
      }
    }
  };
  fill(train, d.train);
  fill(eval, d.eval);
  return d;
}

// Dropout draws from one global generator, so such a model trains on one
// thread to stay reproducible (ModelHandle::usesDropout).
bool usesDropout(const Qwen2ForSequenceClassification& model, const TrainConfig& config) {
  const auto& c = model->config();
  return c.attentionDropout > 0 || c.hiddenDropout > 0 || (config.usePeft && config.loraDropout > 0);
}

// The resolved precision a checkpoint's run trained with; empty when there
// is no checkpoint or it does not say.
QString checkpointPrecision(const QString& checkpoint) {
  if (checkpoint.isEmpty()) return {};
  std::ifstream in(QDir(checkpoint).filePath(QStringLiteral("training_state/trainer_state.json")).toStdString());
  const auto state = nlohmann::json::parse(in, nullptr, false);
  if (state.is_discarded() || !state.contains("config") || !state["config"].is_object()) return {};
  const QString precision = QString::fromStdString(state["config"].value("precision", std::string()));
  return precision == QLatin1String("fp32") || precision == QLatin1String("bf16") ? precision : QString();
}

}  // namespace

PreparedTraining prepareTraining(const TrainConfig& config, const LogFn& log) {
  if (const QString problem = config.validate(); !problem.isEmpty()) throw std::invalid_argument(problem.toStdString());
  // One thread per operation; --num_threads sets the data-parallel width
  // (the Trainer's shards, TrainThreads.h).
  configureThreads(1);
  PreparedTraining p;
  p.config = config;
  // Automatic choices are resolved here so that training_config.json records what ran.
  if (p.config.precision == QLatin1String("auto")) {
    // A resumed run multiplies as the checkpoint's run did: a new measurement
    // could pick the other precision, and the losses would no longer be the
    // uninterrupted run's.
    const QString resumed = checkpointPrecision(config.resumeFromCheckpoint);
    p.config.precision = resumed.isEmpty() ? precisionName(fastestMatmulPrecision()) : resumed;
  }
  if (!p.config.emaDecay)
    p.config.emaDecay = config.modelNameOrPath == QLatin1String("tiny") ? TrainConfig::kTinyEmaDecay : 0.0;
  if (!p.config.lmLossCoefficient)
    p.config.lmLossCoefficient = config.modelNameOrPath == QLatin1String("tiny") ? TrainConfig::kTinyLmLoss : 0.0;
  if (!p.config.nameSwap) p.config.nameSwap = 0.0;
  if (!p.config.maxTrainMinutes)
    p.config.maxTrainMinutes = config.modelNameOrPath == QLatin1String("tiny") ? TrainConfig::kTinyTrainMinutes : 0.0;
  auto loaded = loadSamples(config, log);
  checkHealthBeforeTraining(config, loaded.train, loaded.eval, loaded.schema, log);  // throws with --fail_on_health_warning
  p.schema = loaded.schema;
  const QString source = config.project.isEmpty() ? config.trainFile : config.project;
  const bool pairwise = config.task == TrainTask::Reward;

  bool anyCorrectness = false;
  int64_t cut = 0;
  auto train = toRecords(loaded.train, config, p.schema, anyCorrectness, cut);
  auto eval = toRecords(loaded.eval, config, p.schema, anyCorrectness, cut);
  loaded = LoadedSamples();  // the full texts are not needed any more
  if (log && cut > 0)
    log(Msg::tr("⚠️ %1 records have texts longer than %2 characters; only the first %2 are "
                "tokenized (max_length %3 tokens cannot use more)")
            .arg(cut)
            .arg(encodeCharBound(config.maxLength))
            .arg(config.maxLength));
  if (train.empty())
    throw std::runtime_error(source.toStdString() + ": no record can train the '" +
                             taskName(config.task).toStdString() + "' task (" +
                             (pairwise ? "reward needs chosen/rejected pairs or correctness labels 正确/错误"
                                       : "classify needs labeled texts") +
                             ")");
  QStringList labels;
  for (const auto& l : p.schema.labels()) labels << l.name;
  if (pairwise) {
    p.card.kind = anyCorrectness ? ModelKind::CorrectnessReward : ModelKind::PairwiseReward;
    if (anyCorrectness) p.card.labels = QStringList{labels.value(0), labels.value(1)};
  } else {
    p.card.kind = ModelKind::Classifier;
    p.card.labels = labels;
  }
  p.card.maxLength = config.maxLength;
  if (log) log(Msg::tr("✅ Loaded %1 training samples").arg(train.size() + (loaded.eval.empty() ? 0 : 0)));
  logDistribution(train, p.card.labels, log);

  if (eval.empty()) {
    // Stratified hold-out (80/20 in the original rm_train.py), by the one
    // rule an import uses: a file of labelled texts trained with seed S gets
    // the validation set an import of it with seed S marks as test.
    std::vector<int> strata;
    for (const auto& r : train) strata.push_back(data::splitStratum(0, int(r.label)));
    const std::vector<bool> validation =
        data::stratifiedTestMask(strata, config.validationFraction, uint32_t(config.seed));
    std::vector<RawRecord> kept;
    for (size_t i = 0; i < train.size(); ++i) (validation[i] ? eval : kept).push_back(std::move(train[i]));
    train = std::move(kept);
  }
  if (log) {
    log(Msg::tr("📊 Data split:"));
    log(Msg::tr("   Training set: %1 records").arg(train.size()));
    log(Msg::tr("   Validation set: %1 records").arg(eval.size()));
    const int64_t spe = p.config.stepsPerEpoch(train.size());
    const double epochs = p.config.resolvedEpochs(spe);
    log(Msg::tr("   Epochs: %1 (%2 steps/epoch)%3")
            .arg(epochs)
            .arg(spe)
            .arg(config.numTrainEpochs > 0 ? QString()
                                           : Msg::tr(" — auto: %2–%3 epochs within %1 records, "
                                                     "at least %4 records, at most %5 epochs")
                                                 .arg(TrainConfig::kAutoRecordBudget)
                                                 .arg(TrainConfig::kAutoEpochs)
                                                 .arg(TrainConfig::kAutoBudgetEpochs)
                                                 .arg(TrainConfig::kAutoMinRecords)
                                                 .arg(TrainConfig::kAutoMaxEpochs)));
    if (config.numTrainEpochs <= 0 && p.config.maxTrainMinutes.value_or(0) > 0)
      log(Msg::tr("   Time budget: %1 minutes (--max_train_minutes; steps planned from the "
                  "speed of the first few)")
              .arg(*p.config.maxTrainMinutes));
  }

  const bool ngram = config.modelNameOrPath == QLatin1String(kNgramModel);
  p.baseline = fitBaseline(baselineData(train, eval, p.card));
  if (log && p.baseline)
    log(Msg::tr("📏 Baseline (character 1–3-gram TF-IDF + logistic regression, %1 features, %2 s): %3")
            .arg(p.baseline->model->numFeatures())
            .arg(p.baseline->seconds, 0, 'f', 1)
            .arg(p.baseline->metrics.classification || p.baseline->metrics.reward ? metricsSummary(p.baseline->metrics)
                                                                                  : Msg::tr("no validation set")));
  if (ngram) {
    if (!p.baseline)
      throw std::runtime_error(source.toStdString() +
                               ": the n-gram model needs at least two labels (or pairs) to learn");
    p.data.pairwise = pairwise;
    p.data.labels = p.card.labels;
    p.data.datasetRecord = datasetRecord(train, eval, p.card.labels, config);
    return p;
  }

  // Tokenizer: the tiny preset's characters come from the training texts only.
  const bool tiny = config.modelNameOrPath == QLatin1String("tiny");
  if (tiny) {
    std::vector<std::string> texts;
    for (const auto& r : train) {
      texts.push_back(r.chosen.toStdString());
      if (pairwise) texts.push_back(r.rejected.toStdString());
    }
    auto chars = CharTokenizer::build(texts);
    p.data.unkTokenId = chars->unkTokenId();
    p.data.firstDroppableTokenId = int32_t(CharVocabOptions().specialTokens.size()) + 2;  // after pad, unk
    p.data.ideographTokens = chars->ideographTokens();
    p.tokenizer = std::move(chars);
    // Measured on the address data (bench/train/README.md): pooling a fixed
    // end token instead of the record's last character. Correctness reward
    // pairs already end in a fixed token, the verdict (正确/错误) the reward
    // must read; behind an end token the model first has to learn to look
    // one position back (a 48-step run stayed at chance, tst_traincli).
    if (!(pairwise && p.card.kind == ModelKind::CorrectnessReward)) p.card.endToken = QStringLiteral("<|endoftext|>");
  } else {
    p.tokenizer = loadTokenizer(config.modelNameOrPath);
  }

  const QStringList headLabels = pairwise ? defaultLabels(1) : p.card.labels;
  torch::manual_seed(uint64_t(config.seed));
  if (log) log(Msg::tr("🤖 Initializing model: %1").arg(config.modelNameOrPath));
  if (tiny) {
    p.model = Qwen2ForSequenceClassification(
        tinyPresetConfig(p.tokenizer->vocabSize(), headLabels, p.tokenizer->padTokenId()));
  } else {
    LoadOptions options;
    options.labels = headLabels;
    options.padTokenId = p.tokenizer->padTokenId();
    options.seed = uint64_t(config.seed);
    p.model = loadCheckpoint(config.modelNameOrPath, options);
  }
  if (config.usePeft) {
    LoraSettings lora;
    lora.r = config.loraR;
    lora.alpha = config.loraAlpha;
    lora.dropout = config.loraDropout;
    applyLora(p.model, lora);
  }
  // Checkpoints load into float32 parameters (Checkpoint.cpp), the master
  // copy that mixed precision needs.
  ComputePolicy policy;
  policy.precision = p.config.precision == QLatin1String("bf16") ? MatmulPrecision::BFloat16 : MatmulPrecision::Float32;
  policy.kernels = parseKernelPath(p.config.kernels);
  p.model->setComputePolicy(policy);
  int64_t parameters = 0;
  for (const auto& t : p.model->parameters()) parameters += t.numel();
  if (log) {
    log(Msg::tr("✅ Model loaded"));
    log(Msg::tr("   Model classes: %1").arg(headLabels.size()));
    log(Msg::tr("   Vocabulary size: %1").arg(p.tokenizer->vocabSize()));
    log(Msg::tr("   Parameters: %1").arg(parameters));
    const int threads =
        usesDropout(p.model, config) ? 1 : dataParallelWidth(config.numThreads, config.perDeviceTrainBatchSize);
    log(Msg::tr("   Training threads: %1 (data parallel, each batch split into %1 parts)").arg(threads));
    const auto& speeds = measuredMatmulSpeeds();
    log(Msg::tr("   Matmul precision: %1 (this machine, one core: fp32 %2 / bf16 %3 GFLOP/s)")
            .arg(p.config.precision)
            .arg(speeds.float32GflopS, 0, 'f', 0)
            .arg(speeds.bfloat16GflopS, 0, 'f', 0));
    if (!policy.fused()) log(Msg::tr("   Kernels: the reference path (plain LibTorch, slower)"));
    if (p.config.lmLossCoefficient.value_or(0) > 0)
      log(Msg::tr("   Auxiliary loss: next-character prediction × %1 (characters in ≥ %2% of "
                  "the records predicted one by one, the others as one class)")
              .arg(*p.config.lmLossCoefficient)
              .arg(p.config.lmFrequentTokenShare * 100));
    if (p.config.nameSwap.value_or(0) > 0)
      log(Msg::tr("   Name swap: in %1% of the records each epoch, Chinese characters found in "
                  "< %2% of the records become other rare ones")
              .arg(*p.config.nameSwap * 100)
              .arg(p.config.lmFrequentTokenShare * 100));
  }

  p.data.pairwise = pairwise;
  p.data.labels = p.card.labels;
  p.data.padTokenId = p.tokenizer->padTokenId();
  const int32_t endId = endTokenId(p.card, *p.tokenizer);
  for (const auto& r : train) p.data.train.push_back(toExample(r, *p.tokenizer, config.maxLength, endId, pairwise));
  for (const auto& r : eval) p.data.eval.push_back(toExample(r, *p.tokenizer, config.maxLength, endId, pairwise));
  // With name swapping the user has said that names must not decide a label;
  // the n-gram model reads exactly the names, so it is reported but not blended
  // in (on the address demo it cost 0.977 -> 0.932 on unseen place names).
  const bool namesMatter = p.config.nameSwap.value_or(0) <= 0;
  if (log && p.baseline && !namesMatter)
    log(Msg::tr("   Name swap on: the n-gram baseline is reported, not blended into the model (it reads the names)"));
  if (p.baseline && namesMatter && p.card.kind != ModelKind::PairwiseReward) {
    for (const auto& r : eval)
      p.data.baselineEvalProbabilities.push_back(
          r.label >= 0 && !r.text.isEmpty() ? p.baseline->model->probabilities(r.text) : std::vector<double>());
  }
  p.data.datasetRecord = datasetRecord(train, eval, p.card.labels, config);
  return p;
}

void writeModelDirectory(PreparedTraining& p, const QString& dir) {
  if (!QDir().mkpath(dir)) throw std::runtime_error(dir.toStdString() + ": cannot create the model directory");
  if (p.model) {
    CheckpointSaveOptions options;
    options.modelMaxLength = p.config.maxLength;
    saveCheckpoint(dir, p.model, *p.tokenizer, options);
  } else {
    p.baseline->model->save(QDir(dir).filePath(QString::fromLatin1(NgramClassifier::kFileName)));
  }
  if (p.card.kind != ModelKind::PairwiseReward) {
    std::vector<data::Label> labels;
    for (int i = 0; i < p.card.labels.size(); ++i) {
      const int id = p.schema.idOf(p.card.labels[i]);
      labels.push_back({i, p.card.labels[i], id >= 0 ? p.schema.englishOf(id) : p.card.labels[i]});
    }
    data::LabelSchema(p.schema.kind(), labels)
        .writeLabelMapping(QDir(dir).filePath(QStringLiteral("label_mapping.json")));
  }
  p.card.write(dir);
  writeCheckedFile(QDir(dir).filePath(QStringLiteral("training_config.json")), p.config.toJson().dump(2) + "\n");
  writeCheckedFile(QDir(dir).filePath(QStringLiteral("dataset.json")), p.data.datasetRecord.dump(2) + "\n");
}

namespace {

// --model_name_or_path ngram: the baseline is the model.
TrainResult saveNgramModel(PreparedTraining& p, const TrainCallbacks& callbacks) {
  QElapsedTimer clock;
  clock.start();
  TrainResult result;
  result.finalMetrics = p.baseline->metrics;
  result.bestMetric = p.baseline->metrics.selectionMetric();
  result.baselineMetrics = p.baseline->metrics;
  if (callbacks.evaluated) callbacks.evaluated(p.baseline->metrics, 0, 1.0);
  writeModelDirectory(p, p.config.outputDir);
  nlohmann::json line = p.baseline->metrics.toJson();
  line["model"] = kNgramModel;
  const QString metrics = QDir(p.config.outputDir).filePath(QStringLiteral("metrics.jsonl"));
  QFile::remove(metrics);  // an ngram model's log holds this run alone
  appendJsonLine(metrics, line);
  result.seconds = p.baseline->seconds + double(clock.elapsed()) / 1000.0;
  return result;
}

}  // namespace

TrainResult runTraining(PreparedTraining& p, TrainCallbacks callbacks) {
  // Ranks other than 0 of a process group write nothing (DistributedContext.h).
  const DistributedContext* distributed = DistributedContext::current();
  const bool writes = !distributed || distributed->writesOutput();
  if (!p.model) return writes ? saveNgramModel(p, callbacks) : TrainResult{};
  ModelHandle handle;
  handle.module = p.model.ptr();
  auto model = p.model;
  handle.forward = [model](const ModelInput& input, const ForwardRequest& request) mutable {
    return model->forward(input, request);
  };
  handle.packsPairs = true;
  handle.nextTokenLoss = true;
  handle.usesDropout = usesDropout(p.model, p.config);
  callbacks.writeModelFiles = [&p](const QString& dir) { writeModelDirectory(p, dir); };
  const auto note = callbacks.note;
  Trainer trainer(p.config, handle, p.data, std::move(callbacks));
  TrainResult result = trainer.run();
  if (result.blend) {
    const BlendChoice& b = *result.blend;
    if (note)
      note(Msg::tr("🔀 Weight of the n-gram baseline on the validation set: %1 (%2: model %3, baseline %4, blend %5)")
               .arg(b.ngramWeight, 0, 'f', 1)
               .arg(p.card.kind == ModelKind::CorrectnessReward ? QStringLiteral("accuracy")
                                                                : QStringLiteral("f1_macro"))
               .arg(b.transformerMetric, 0, 'f', 4)
               .arg(b.ngramMetric, 0, 'f', 4)
               .arg(b.metric, 0, 'f', 4));
    if (b.ngramWeight > 0) {
      p.card.ngramWeight = b.ngramWeight;
      p.card.write(p.config.outputDir);
      p.baseline->model->save(QDir(p.config.outputDir).filePath(QString::fromLatin1(NgramClassifier::kFileName)));
    }
  }
  if (writes && p.baseline && (p.baseline->metrics.classification || p.baseline->metrics.reward)) {
    result.baselineMetrics = p.baseline->metrics;
    nlohmann::json line = p.baseline->metrics.toJson();
    line["baseline"] = "ngram_tfidf_logistic_regression";
    line["seconds"] = p.baseline->seconds;
    line["world_size"] = distributed ? distributed->worldSize() : 1;
    appendJsonLine(QDir(p.config.outputDir).filePath(QStringLiteral("metrics.jsonl")), line);
  }
  return result;
}

}  // namespace assay
