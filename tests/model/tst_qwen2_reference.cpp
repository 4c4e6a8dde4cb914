// The classifier against an independent forward (qwen2_reference.py on
// Debian's python3-torch): random checkpoints in several configurations are
// written by Assay, read back by both sides, and logits must agree to 1e-5.
#include <torch/torch.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "model/Checkpoint.h"
#include "ModelTestUtil.h"
#include "TestRegistry.h"

using namespace assay;
using namespace assay::test;

namespace {

struct ReferenceCase {
  QString name;
  Qwen2Config config;
  std::vector<int64_t> lengths;
  bool leftPadding = false;
  torch::ScalarType weightDtype = torch::kFloat;
  bool arangePositions = false;             // call forward with HF's default positions
  bool referenceGetsMaskPositions = false;  // pass cumsum(mask)-1 to the reference
  int64_t padToLength = 0;                  // extra trailing pad columns (tokenizer padding="max_length")
};

nlohmann::json toJson(const torch::Tensor& t) {
  nlohmann::json rows = nlohmann::json::array();
  for (int64_t r = 0; r < t.size(0); ++r) {
    nlohmann::json row = nlohmann::json::array();
    for (int64_t c = 0; c < t.size(1); ++c) row.push_back(t[r][c].item<int64_t>());
    rows.push_back(row);
  }
  return rows;
}

// Weights far from HF's tiny init, so every term of the forward matters.
void randomizeWeights(Qwen2ForSequenceClassification& model, uint64_t seed) {
  torch::manual_seed(seed);
  torch::NoGradGuard noGrad;
  for (auto& item : model->named_parameters()) {
    auto& p = item.value();
    if (item.key().find("norm") != std::string::npos) p.copy_(1.0 + 0.2 * torch::randn_like(p));
    else p.copy_(0.25 * torch::randn_like(p));
  }
}

}  // namespace

class TestQwen2Reference : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void matchesPythonReference();
};

void TestQwen2Reference::matchesPythonReference() {
  QProcess probe;
  probe.start("/usr/bin/python3", {"-c", "import torch"});
  if (!probe.waitForFinished(60000) || probe.exitCode() != 0) QSKIP("python3-torch is not installed");

  std::vector<ReferenceCase> cases;
  {
    ReferenceCase c{"gqa2_right_padding", smallConfig(4, 2), {7, 3, 10, 1}};
    cases.push_back(c);
  }
  {
    ReferenceCase c{"gqa4_left_padding", smallConfig(8, 2), {5, 10, 2}, true};
    c.config.hiddenSize = 64;
    c.referenceGetsMaskPositions = true;
    cases.push_back(c);
  }
  {
    ReferenceCase c{"left_padding_hf_arange_positions", smallConfig(4, 1), {4, 9}, true};
    c.arangePositions = true;
    cases.push_back(c);
  }
  {
    ReferenceCase c{"tied_embeddings_mha_theta1e6", smallConfig(2, 2, true, 5), {6, 6, 2}};
    c.config.ropeTheta = 1e6;
    c.config.rmsNormEps = 1e-5;
    cases.push_back(c);
  }
  {
    ReferenceCase c{"bf16_weights", smallConfig(4, 2), {8, 5}, false, torch::kBFloat16};
    cases.push_back(c);
  }
  {
    ReferenceCase c{"right_padding_to_max_length", smallConfig(4, 2), {7, 3}};
    c.padToLength = 24;
    cases.push_back(c);
  }
  {
    ReferenceCase c{"no_pad_token_single_row", smallConfig(4, 2, false, 1), {12}};
    c.config.padTokenId = -1;
    cases.push_back(c);
  }

  QTemporaryDir root;
  QStringList dirs;
  std::vector<torch::Tensor> ours;
  uint64_t seed = 100;
  for (const auto& rc : cases) {
    const QString dir = root.filePath(rc.name);
    Qwen2ForSequenceClassification written(rc.config);
    randomizeWeights(written, ++seed);
    saveModelWeights(dir, written, rc.weightDtype);

    auto [ids, mask] = paddedBatch(rc.lengths, rc.config.vocabSize, rc.leftPadding, seed);
    if (rc.config.padTokenId < 0) ids.clamp_min_(1);
    if (rc.padToLength > ids.size(1)) {
      ids = torch::constant_pad_nd(ids, {0, rc.padToLength - ids.size(1)}, 0);
      mask = torch::constant_pad_nd(mask, {0, rc.padToLength - mask.size(1)}, 0);
    }
    auto model = loadCheckpoint(dir);  // exercises the loader on every configuration
    model->eval();
    torch::NoGradGuard noGrad;
    const auto arange = torch::arange(ids.size(1)).unsqueeze(0).expand_as(ids).contiguous();
    ours.push_back(rc.arangePositions ? model->forward(ids, mask, arange) : model->forward(ids, mask));

    nlohmann::json inputs = {{"input_ids", toJson(ids)}, {"attention_mask", toJson(mask)}};
    if (rc.referenceGetsMaskPositions)
      inputs["position_ids"] = toJson(Qwen2ForSequenceClassificationImpl::positionIdsFromMask(mask));
    QFile f(QDir(dir).filePath("inputs.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromStdString(inputs.dump()));
    dirs << dir;
  }

  QProcess python;
  python.start("/usr/bin/python3",
               QStringList{QStringLiteral(ASSAY_SOURCE_DIR "/tests/model/qwen2_reference.py")} + dirs);
  QVERIFY(python.waitForFinished(300000));
  QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());

  for (size_t i = 0; i < cases.size(); ++i) {
    QFile f(QDir(dirs[int(i)]).filePath("expected.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto expected = nlohmann::json::parse(f.readAll().toStdString())["logits"];
    const auto& got = ours[i];
    QCOMPARE(got.size(0), int64_t(expected.size()));
    double worst = 0;
    for (int64_t r = 0; r < got.size(0); ++r)
      for (int64_t c = 0; c < got.size(1); ++c)
        worst = std::max(worst, std::abs(got[r][c].item<double>() - expected[r][c].get<double>()));
    qInfo("%s: max |ours - reference| = %.3g", qPrintable(cases[i].name), worst);
    QVERIFY2(worst <= 1e-5, qPrintable(cases[i].name));
    // Sensitivity guard: the logits are not trivially small.
    QVERIFY(got.abs().max().item<double>() > 1e-2);
  }
}

ASSAY_TEST_APPLESS_MAIN(TestQwen2Reference)
#include "tst_qwen2_reference.moc"
