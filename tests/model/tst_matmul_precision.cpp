// Mixed precision (model/MatmulPrecision.h): with bfloat16 products the
// decoder's projections really multiply in bfloat16 (the logits move, a
// little), weights and gradients stay float32 and close to the float32 run,
// and switching back restores the exact float32 numbers.
#include <torch/torch.h>

#include <QtTest>

#include "model/Lora.h"
#include "model/Qwen2ForSequenceClassification.h"
#include "ModelTestUtil.h"
#include "TestRegistry.h"

using namespace assay;
using namespace assay::test;

namespace {

// Gradients of every trainable parameter for one loss on a fixed batch.
std::vector<torch::Tensor> gradients(Qwen2ForSequenceClassification& model, const torch::Tensor& ids,
                                     const torch::Tensor& mask) {
  model->zero_grad();
  const auto labels = torch::tensor({0, 1, 2, 1}, torch::kLong);
  torch::nn::functional::cross_entropy(model->forward(ids, mask), labels).backward();
  std::vector<torch::Tensor> grads;
  for (const auto& p : model->parameters())
    if (p.requires_grad()) grads.push_back(p.grad().defined() ? p.grad().clone() : torch::Tensor());
  return grads;
}

double cosine(const torch::Tensor& a, const torch::Tensor& b) {
  return (a * b).sum().item<double>() / (a.norm().item<double>() * b.norm().item<double>() + 1e-30);
}

}  // namespace

class TestMatmulPrecision : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void names();
  void logitsCloseButNotEqual();
  void switchingBackIsExact();
  void gradientsStayFloat32AndAgree();
  void loraAdapterTrainsUnderBf16();
  void speedsAreMeasured();
};

void TestMatmulPrecision::names() {
  QCOMPARE(precisionName(MatmulPrecision::Float32), QStringLiteral("fp32"));
  QCOMPARE(precisionName(MatmulPrecision::BFloat16), QStringLiteral("bf16"));
}

void TestMatmulPrecision::logitsCloseButNotEqual() {
  torch::manual_seed(3);
  Qwen2ForSequenceClassification model(smallConfig());
  model->eval();
  torch::NoGradGuard noGrad;
  const auto [ids, mask] = paddedBatch({9, 5, 12, 7}, 50, false);
  const auto exact = model->forward(ids, mask);
  model->setComputePolicy({MatmulPrecision::BFloat16});
  QCOMPARE(model->computePolicy().precision, MatmulPrecision::BFloat16);
  const auto mixed = model->forward(ids, mask);
  QCOMPARE(mixed.scalar_type(), torch::kFloat);
  const double scale = exact.abs().max().item<double>();
  const double diff = (mixed - exact).abs().max().item<double>();
  qInfo("max |logit| %.4g, max bf16 deviation %.4g", scale, diff);
  // bfloat16 keeps 8 significant bits: the products differ, but only at that precision.
  QVERIFY2(diff > 0, "bf16 products left the logits bit-identical: the setting did nothing");
  QVERIFY2(diff < 0.05 * scale, qPrintable(QString::number(diff)));
  for (const auto& p : model->parameters()) QCOMPARE(p.scalar_type(), torch::kFloat);
}

void TestMatmulPrecision::switchingBackIsExact() {
  torch::manual_seed(4);
  Qwen2ForSequenceClassification model(smallConfig());
  model->eval();
  torch::NoGradGuard noGrad;
  const auto [ids, mask] = paddedBatch({6, 11, 3}, 50, true);
  const auto before = model->forward(ids, mask);
  model->setComputePolicy({MatmulPrecision::BFloat16});
  (void)model->forward(ids, mask);
  model->setComputePolicy({MatmulPrecision::Float32});
  QVERIFY(torch::equal(model->forward(ids, mask), before));
}

void TestMatmulPrecision::gradientsStayFloat32AndAgree() {
  torch::manual_seed(5);
  Qwen2ForSequenceClassification model(smallConfig());
  model->train();
  const auto [ids, mask] = paddedBatch({9, 5, 12, 7}, 50, false);
  const auto exact = gradients(model, ids, mask);
  model->setComputePolicy({MatmulPrecision::BFloat16});
  const auto mixed = gradients(model, ids, mask);
  QCOMPARE(mixed.size(), exact.size());
  for (size_t i = 0; i < exact.size(); ++i) {
    if (!exact[i].defined()) continue;  // e.g. embedding rows no id used
    QVERIFY(mixed[i].defined());
    QCOMPARE(mixed[i].scalar_type(), torch::kFloat);
    if (exact[i].norm().item<double>() < 1e-8) continue;
    const double c = cosine(mixed[i], exact[i]);
    QVERIFY2(c > 0.99, qPrintable(QStringLiteral("parameter %1: cosine %2").arg(i).arg(c)));
  }
}

void TestMatmulPrecision::loraAdapterTrainsUnderBf16() {
  torch::manual_seed(6);
  Qwen2ForSequenceClassification model(smallConfig());
  applyLora(model, LoraSettings{});
  model->setComputePolicy({MatmulPrecision::BFloat16});
  model->train();
  const auto [ids, mask] = paddedBatch({8, 4, 10, 6}, 50, false);
  model->zero_grad();
  torch::nn::functional::cross_entropy(model->forward(ids, mask), torch::tensor({0, 1, 2, 1}, torch::kLong)).backward();
  int adapters = 0;
  for (const auto& item : model->named_parameters()) {
    if (item.key().find("lora_") == std::string::npos) continue;
    ++adapters;
    QVERIFY2(item.value().grad().defined(), item.key().c_str());
    QCOMPARE(item.value().grad().scalar_type(), torch::kFloat);
  }
  QVERIFY(adapters > 0);
}

void TestMatmulPrecision::speedsAreMeasured() {
  const auto& s = measuredMatmulSpeeds();
  qInfo("one core: fp32 %.0f GFLOP/s, bf16 %.0f GFLOP/s -> %s", s.float32GflopS, s.bfloat16GflopS,
        qPrintable(precisionName(fastestMatmulPrecision())));
  QVERIFY(s.float32GflopS > 0);
  QVERIFY(s.bfloat16GflopS >= 0);
  // The choice follows the measurement and its margin.
  QCOMPARE(fastestMatmulPrecision() == MatmulPrecision::BFloat16,
           s.bfloat16GflopS >= kBf16MinSpeedup * s.float32GflopS);
  QCOMPARE(&measuredMatmulSpeeds(), &s);  // measured once per process
}

ASSAY_TEST_APPLESS_MAIN(TestMatmulPrecision)
#include "tst_matmul_precision.moc"
