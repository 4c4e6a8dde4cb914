// Checkpoint directories: Assay's own save/load, a causal-LM (*-Instruct)
// directory without a head, a TRL reward model, sharded weights, bf16 files,
// and loading errors that name the tensor.
#include <torch/torch.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "model/Checkpoint.h"
#include "model/SafetensorsReader.h"
#include "ModelTestUtil.h"
#include "TestRegistry.h"

using namespace assay;
using namespace assay::test;

namespace {

nlohmann::json readJson(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) throw std::runtime_error("cannot open " + path.toStdString());
  return nlohmann::json::parse(f.readAll().toStdString());
}

void writeJson(const QString& path, const nlohmann::json& j) {
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly)) throw std::runtime_error("cannot write " + path.toStdString());
  f.write(QByteArray::fromStdString(j.dump()));
}

torch::Tensor logitsOf(Qwen2ForSequenceClassification& model) {
  torch::NoGradGuard noGrad;
  model->eval();
  const auto [ids, mask] = paddedBatch({6, 2, 9}, model->config().vocabSize, false, 11);
  return model->forward(ids, mask);
}

QString errorOf(const std::function<void()>& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return QString::fromUtf8(e.what());
  }
  return {};
}

}  // namespace

class TestCheckpoint : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void saveLoadGivesBitIdenticalLogits();
  void instructCheckpointGetsFreshHead();
  void rewardCheckpointLoadsWhole();
  void missingTensorIsNamed();
  void shapeMismatchIsNamed();
  void shardedCheckpointLoads();
  void shardIndexErrorsNameTheTensor();
  void bf16WeightsAreStoredAsBf16();
};

void TestCheckpoint::saveLoadGivesBitIdenticalLogits() {
  torch::manual_seed(21);
  auto config = smallConfig(4, 2, false, 5);
  config.labels = QStringList{"sales_oriented", "after_sales", "honesty", "helpful", "harmless"};
  Qwen2ForSequenceClassification model(config);
  QTemporaryDir dir;
  saveCheckpoint(dir.path(), model, FixedTokenizer{});
  const QDir d(dir.path());
  for (const char* f :
       {"config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json", "label_mapping.json"})
    QVERIFY2(QFile::exists(d.filePath(f)), f);
  QVERIFY(QFileInfo(trainingStateDirectory(dir.path())).isDir());

  const auto mapping = readJson(d.filePath("label_mapping.json"));
  QCOMPARE(mapping["id_to_label"]["3"].get<std::string>(), std::string("helpful"));
  QCOMPARE(mapping["label_to_id"]["harmless"].get<int>(), 4);
  const auto cfg = readJson(d.filePath("config.json"));
  QCOMPARE(cfg["architectures"][0].get<std::string>(), std::string("Qwen2ForSequenceClassification"));
  QCOMPARE(cfg["pad_token_id"].get<int>(), 0);
  QCOMPARE(readJson(d.filePath("tokenizer_config.json"))["pad_token"].get<std::string>(), std::string("<pad>"));
  QCOMPARE(readJson(d.filePath("tokenizer.json"))["model"]["type"].get<std::string>(), std::string("WordLevel"));

  LoadReport report;
  auto loaded = loadCheckpoint(dir.path(), {}, &report);
  QVERIFY(!report.freshScoreHead);
  QVERIFY(report.ignoredTensors.isEmpty());

  // A base model's own tokenizer_config.json is carried over when given.
  QTemporaryDir copyDir;
  writeJson(QDir(copyDir.path()).filePath("source_tokenizer_config.json"),
            {{"tokenizer_class", "Qwen2Tokenizer"}, {"pad_token", "<|endoftext|>"}});
  CheckpointSaveOptions options;
  options.tokenizerConfigSource = QDir(copyDir.path()).filePath("source_tokenizer_config.json");
  saveCheckpoint(copyDir.filePath("out"), model, FixedTokenizer{}, options);
  QCOMPARE(
      readJson(QDir(copyDir.filePath("out")).filePath("tokenizer_config.json"))["tokenizer_class"].get<std::string>(),
      std::string("Qwen2Tokenizer"));
  QCOMPARE(loaded->config().labels, config.labels);
  QVERIFY(torch::equal(logitsOf(model), logitsOf(loaded)));
}

void TestCheckpoint::instructCheckpointGetsFreshHead() {
  torch::manual_seed(22);
  auto config = smallConfig(4, 2, false, 2);
  Qwen2ForSequenceClassification source(config);
  QTemporaryDir dir;
  // A causal LM directory: body + lm_head, no score, no id2label.
  NamedTensors tensors;
  for (auto& [name, t] : exportStateDict(source))
    if (name != "score.weight") tensors.emplace_back(name, t);
  tensors.emplace_back("lm_head.weight", torch::randn({config.vocabSize, config.hiddenSize}));
  writeSafetensors(QDir(dir.path()).filePath("model.safetensors"), tensors);
  auto cfg = config.toJson();
  cfg["architectures"] = {"Qwen2ForCausalLM"};
  cfg.erase("id2label");
  cfg.erase("label2id");
  cfg.erase("num_labels");
  writeJson(QDir(dir.path()).filePath("config.json"), cfg);

  LoadOptions options;
  options.labels = QStringList{"a", "b", "c", "d", "e"};
  LoadReport report;
  auto model = loadCheckpoint(dir.path(), options, &report);
  QVERIFY(report.freshScoreHead);
  QCOMPARE(report.ignoredTensors, QStringList{"lm_head.weight"});
  QCOMPARE(model->score->weight.sizes().vec(), (std::vector<int64_t>{5, config.hiddenSize}));
  const double std = model->score->weight.std().item<double>();
  QVERIFY2(std > 0.01 && std < 0.04, qPrintable(QString::number(std)));  // N(0, 0.02)
  QVERIFY(torch::equal(model->model->norm->weight, source->model->norm->weight));
  QVERIFY(torch::equal(model->model->embed_tokens->weight, source->model->embed_tokens->weight));
}

void TestCheckpoint::rewardCheckpointLoadsWhole() {
  torch::manual_seed(23);
  Qwen2ForSequenceClassification reward(smallConfig(4, 2, false, 1));
  QTemporaryDir dir;
  saveModelWeights(dir.path(), reward);
  LoadReport report;
  auto loaded = loadCheckpoint(dir.path(), {}, &report);
  QVERIFY(!report.freshScoreHead);
  QCOMPARE(loaded->config().numLabels(), int64_t(1));
  QVERIFY(torch::equal(logitsOf(reward), logitsOf(loaded)));
}

void TestCheckpoint::missingTensorIsNamed() {
  Qwen2ForSequenceClassification model(smallConfig());
  QTemporaryDir dir;
  NamedTensors tensors;
  for (auto& [name, t] : exportStateDict(model))
    if (name != "model.layers.1.mlp.up_proj.weight" && name != "model.norm.weight") tensors.emplace_back(name, t);
  saveModelWeights(dir.path(), model);
  writeSafetensors(QDir(dir.path()).filePath("model.safetensors"), tensors);
  const QString error = errorOf([&] { loadCheckpoint(dir.path()); });
  QVERIFY2(error.contains("missing tensors") && error.contains("model.layers.1.mlp.up_proj.weight") &&
               error.contains("model.norm.weight") && error.startsWith(dir.path()),
           qPrintable(error));
}

void TestCheckpoint::shapeMismatchIsNamed() {
  Qwen2ForSequenceClassification reward(smallConfig(4, 2, false, 1));
  QTemporaryDir dir;
  saveModelWeights(dir.path(), reward);
  LoadOptions options;
  options.labels = QStringList{"正确", "错误"};
  const QString error = errorOf([&] { loadCheckpoint(dir.path(), options); });
  QVERIFY2(error.contains("score.weight (stored [1, 32], model needs [2, 32])"), qPrintable(error));
}

void TestCheckpoint::shardedCheckpointLoads() {
  torch::manual_seed(24);
  Qwen2ForSequenceClassification model(smallConfig());
  QTemporaryDir dir;
  saveModelWeights(dir.path(), model);
  QFile::remove(QDir(dir.path()).filePath("model.safetensors"));
  NamedTensors first, second;
  nlohmann::json weightMap = nlohmann::json::object();
  for (auto& [name, t] : exportStateDict(model)) {
    const bool inFirst = name.find("layers.1.") == std::string::npos;
    (inFirst ? first : second).emplace_back(name, t);
    weightMap[name] = inFirst ? "model-00001-of-00002.safetensors" : "model-00002-of-00002.safetensors";
  }
  writeSafetensors(QDir(dir.path()).filePath("model-00001-of-00002.safetensors"), first);
  writeSafetensors(QDir(dir.path()).filePath("model-00002-of-00002.safetensors"), second);
  writeJson(QDir(dir.path()).filePath("model.safetensors.index.json"),
            {{"metadata", {{"total_size", 0}}}, {"weight_map", weightMap}});
  auto loaded = loadCheckpoint(dir.path());
  QVERIFY(torch::equal(logitsOf(model), logitsOf(loaded)));
  QCOMPARE(readCheckpointTensors(dir.path()).size(), first.size() + second.size());
}

void TestCheckpoint::shardIndexErrorsNameTheTensor() {
  Qwen2ForSequenceClassification model(smallConfig());
  QTemporaryDir dir;
  saveModelWeights(dir.path(), model);
  const QString file = QDir(dir.path()).filePath("model.safetensors");
  QFile::rename(file, QDir(dir.path()).filePath("shard.safetensors"));
  writeJson(
      QDir(dir.path()).filePath("model.safetensors.index.json"),
      {{"weight_map", {{"model.norm.weight", "shard.safetensors"}, {"model.ghost.weight", "shard.safetensors"}}}});
  const QString error = errorOf([&] { loadCheckpoint(dir.path()); });
  QVERIFY2(error.contains("model.ghost.weight") && error.contains("shard.safetensors"), qPrintable(error));

  // A shard outside the model directory is refused before any file is opened.
  writeJson(QDir(dir.path()).filePath("model.safetensors.index.json"),
            {{"weight_map", {{"model.norm.weight", "../elsewhere/shard.safetensors"}}}});
  const QString outside = errorOf([&] { loadCheckpoint(dir.path()); });
  QVERIFY2(
      outside.contains("model.safetensors.index.json") && outside.contains("not a file name in the model directory"),
      qPrintable(outside));

  QFile::remove(QDir(dir.path()).filePath("model.safetensors.index.json"));
  const QString none = errorOf([&] { loadCheckpoint(dir.path()); });
  QVERIFY2(none.contains("no model.safetensors"), qPrintable(none));
}

void TestCheckpoint::bf16WeightsAreStoredAsBf16() {
  Qwen2ForSequenceClassification model(smallConfig());
  QTemporaryDir dir;
  saveModelWeights(dir.path(), model, torch::kBFloat16);
  SafetensorsReader reader(QDir(dir.path()).filePath("model.safetensors"));
  QCOMPARE(QString::fromStdString(reader.entry("score.weight").dtype), QStringLiteral("BF16"));
  QCOMPARE(readJson(QDir(dir.path()).filePath("config.json"))["torch_dtype"].get<std::string>(),
           std::string("bfloat16"));
  auto loaded = loadCheckpoint(dir.path());
  QCOMPARE(loaded->score->weight.scalar_type(), torch::kFloat);
  QVERIFY(torch::equal(loaded->score->weight, model->score->weight.to(torch::kBFloat16).to(torch::kFloat)));
}

ASSAY_TEST_APPLESS_MAIN(TestCheckpoint)
#include "tst_checkpoint.moc"
