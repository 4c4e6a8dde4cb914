// LoRA: a training step changes only adapters and the score head, the
// merged export reproduces the adapter forward, and PEFT's adapter layout
// round-trips.
#include <torch/torch.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "model/Checkpoint.h"
#include "model/Lora.h"
#include "model/SafetensorsReader.h"
#include "ModelTestUtil.h"
#include "TestRegistry.h"

using namespace assay;
using namespace assay::test;

namespace {

std::map<std::string, torch::Tensor> snapshot(Qwen2ForSequenceClassification& model) {
  std::map<std::string, torch::Tensor> out;
  for (const auto& item : model->named_parameters()) out[item.key()] = item.value().detach().clone();
  return out;
}

void trainSteps(Qwen2ForSequenceClassification& model, int steps) {
  std::vector<torch::Tensor> trainable;
  for (const auto& p : model->parameters())
    if (p.requires_grad()) trainable.push_back(p);
  torch::optim::Adam optimizer(trainable, torch::optim::AdamOptions(1e-2));
  model->train();
  const auto [ids, mask] = paddedBatch({5, 8, 3}, 50, false, 31);
  const auto labels = torch::tensor({0, 2, 1}, torch::kLong);
  for (int i = 0; i < steps; ++i) {
    optimizer.zero_grad();
    torch::nn::functional::cross_entropy(model->forward(ids, mask), labels).backward();
    optimizer.step();
  }
}

torch::Tensor evalLogits(Qwen2ForSequenceClassification& model) {
  torch::NoGradGuard noGrad;
  model->eval();
  const auto [ids, mask] = paddedBatch({7, 4}, 50, true, 32);
  return model->forward(ids, mask);
}

LoraSettings settings() {
  LoraSettings s;
  s.r = 4;
  s.alpha = 8;
  s.dropout = 0.1;
  return s;
}

}  // namespace

class TestLora : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void freshAdaptersLeaveOutputUnchanged();
  void trainingChangesOnlyAdaptersAndHead();
  void mergedExportEqualsAdapterForward();
  void peftAdapterRoundTrips();
  void configurableTargetsAndErrors();
};

void TestLora::freshAdaptersLeaveOutputUnchanged() {
  torch::manual_seed(40);
  Qwen2ForSequenceClassification model(smallConfig());
  const auto before = evalLogits(model);
  applyLora(model, settings());
  QVERIFY(hasLora(model));
  // B starts at zero. Equal up to float rounding only: without adapters the
  // attention and MLP take their fused paths (FusedAttention.h, SwiGlu.h),
  // with them the tensor forms.
  const auto after = evalLogits(model);
  QVERIFY2(torch::allclose(before, after, 1e-5, 1e-6),
           qPrintable(QString::number((before - after).abs().max().item<double>())));
}

void TestLora::trainingChangesOnlyAdaptersAndHead() {
  torch::manual_seed(41);
  Qwen2ForSequenceClassification model(smallConfig());
  applyLora(model, settings());
  const auto before = snapshot(model);
  trainSteps(model, 3);
  int adapters = 0;
  for (const auto& item : model->named_parameters()) {
    const std::string& name = item.key();
    const bool changed = !torch::equal(before.at(name), item.value());
    const bool trainable = name.find(".lora_") != std::string::npos || name == "score.weight";
    QVERIFY2(changed == trainable, name.c_str());
    QCOMPARE(item.value().requires_grad(), trainable);
    adapters += name.find(".lora_A.") != std::string::npos;
  }
  QCOMPARE(adapters, 2 * 4);  // 2 layers x q/k/v/o
}

void TestLora::mergedExportEqualsAdapterForward() {
  torch::manual_seed(42);
  Qwen2ForSequenceClassification model(smallConfig());
  applyLora(model, settings());
  trainSteps(model, 3);
  const auto adapterLogits = evalLogits(model);

  // Export path: merged weights, no lora_* names, loadable by a plain model.
  QTemporaryDir dir;
  saveModelWeights(dir.path(), model);
  SafetensorsReader reader(QDir(dir.path()).filePath("model.safetensors"));
  for (const auto& name : reader.names()) QVERIFY2(name.find("lora") == std::string::npos, name.c_str());
  auto exported = loadCheckpoint(dir.path());
  QVERIFY(!hasLora(exported));
  QVERIFY(torch::allclose(adapterLogits, evalLogits(exported), 0, 1e-5));
  QVERIFY(hasLora(model));  // saving left the live model's adapters alone

  // In-place merge gives the same function.
  mergeLora(model);
  QVERIFY(!hasLora(model));
  QVERIFY(torch::allclose(adapterLogits, evalLogits(model), 0, 1e-5));
}

void TestLora::peftAdapterRoundTrips() {
  torch::manual_seed(43);
  Qwen2ForSequenceClassification base(smallConfig());
  QTemporaryDir baseDir, adapterDir;
  saveModelWeights(baseDir.path(), base);
  applyLora(base, settings());
  trainSteps(base, 2);
  const auto adapterLogits = evalLogits(base);
  saveLoraAdapter(adapterDir.path(), base, settings(), "Qwen/Qwen2.5-0.5B-Instruct");

  QFile f(QDir(adapterDir.path()).filePath("adapter_config.json"));
  QVERIFY(f.open(QIODevice::ReadOnly));
  const auto cfg = nlohmann::json::parse(f.readAll().toStdString());
  QCOMPARE(cfg["peft_type"].get<std::string>(), std::string("LORA"));
  QCOMPARE(cfg["task_type"].get<std::string>(), std::string("SEQ_CLS"));
  QCOMPARE(cfg["r"].get<int>(), 4);
  QCOMPARE(cfg["lora_alpha"].get<double>(), 8.0);
  QCOMPARE(cfg["target_modules"].size(), size_t(4));

  SafetensorsReader reader(QDir(adapterDir.path()).filePath("adapter_model.safetensors"));
  QCOMPARE(reader.names().size(), size_t(2 * 4 * 2 + 1));
  QCOMPARE(reader.entry("base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight").shape,
           (std::vector<int64_t>{4, 32}));
  QCOMPARE(reader.entry("base_model.model.model.layers.1.self_attn.k_proj.lora_B.weight").shape,
           (std::vector<int64_t>{16, 4}));
  QVERIFY(reader.contains("base_model.model.score.weight"));

  auto reloaded = loadCheckpoint(baseDir.path());
  const auto loaded = loadLoraAdapter(adapterDir.path(), reloaded);
  QCOMPARE(loaded.r, int64_t(4));
  QVERIFY(torch::equal(adapterLogits, evalLogits(reloaded)));
}

void TestLora::configurableTargetsAndErrors() {
  Qwen2ForSequenceClassification model(smallConfig());
  LoraSettings mlpOnly = settings();
  mlpOnly.targetModules = {"gate_proj", "down_proj"};
  applyLora(model, mlpOnly);
  auto params = model->named_parameters();
  QVERIFY(params.contains("model.layers.0.mlp.gate_proj.lora_A.weight"));
  QVERIFY(!params.contains("model.layers.0.self_attn.q_proj.lora_A.weight"));

  Qwen2ForSequenceClassification other(smallConfig());
  LoraSettings wrong = settings();
  wrong.targetModules = {"q_proj", "query_key_value"};
  QVERIFY_THROWS_EXCEPTION(std::invalid_argument, applyLora(other, wrong));
  QTemporaryDir dir;
  QVERIFY_THROWS_EXCEPTION(std::runtime_error, saveLoraAdapter(dir.path(), other, settings(), "base"));
}

ASSAY_TEST_APPLESS_MAIN(TestLora)
#include "tst_lora.moc"
