// The classifier learns: a small model trained from scratch must solve a
// task that needs attention across the row (does token 7 occur anywhere
// before the pooled last token?). Broken masking, pooling or gradients make
// this fail.
#include <torch/torch.h>

#include <QtTest>

#include "model/Qwen2ForSequenceClassification.h"
#include "ModelTestUtil.h"
#include "TestRegistry.h"

using namespace assay;
using namespace assay::test;

namespace {

struct Batch {
  torch::Tensor ids, mask, labels;
};

// Rows of 4..10 ids in [8, 50), half of them with a 7 at a random position
// (never the last), right- or left-padded with 0.
Batch makeBatch(int64_t rows, bool leftPadding, torch::Generator& gen) {
  auto ids = torch::zeros({rows, 10}, torch::kLong);
  auto mask = torch::zeros_like(ids);
  auto labels = torch::zeros({rows}, torch::kLong);
  for (int64_t r = 0; r < rows; ++r) {
    const int64_t len = torch::randint(4, 11, {1}, gen).item<int64_t>();
    const int64_t start = leftPadding ? 10 - len : 0;
    auto row = torch::randint(8, 50, {len}, gen, torch::kLong);
    if (r % 2 == 0) {
      row[torch::randint(0, len - 1, {1}, gen).item<int64_t>()] = 7;
      labels[r] = 1;
    }
    ids[r].narrow(0, start, len).copy_(row);
    mask[r].narrow(0, start, len).fill_(1);
  }
  return {ids, mask, labels};
}

}  // namespace

class TestQwen2Training : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void learnsATaskThatNeedsAttention_data();
  void learnsATaskThatNeedsAttention();
};

void TestQwen2Training::learnsATaskThatNeedsAttention_data() {
  QTest::addColumn<bool>("leftPadding");
  QTest::addColumn<bool>("bf16Products");
  QTest::newRow("right padding") << false << false;
  QTest::newRow("left padding") << true << false;
  // Mixed precision (MatmulPrecision.h) must train as well: the gradients
  // reach the float32 weights through the bfloat16 casts.
  QTest::newRow("right padding, bf16 products") << false << true;
}

void TestQwen2Training::learnsATaskThatNeedsAttention() {
  QFETCH(bool, leftPadding);
  QFETCH(bool, bf16Products);
  torch::manual_seed(1);
  auto gen = at::detail::createCPUGenerator(99);
  Qwen2ForSequenceClassification model(smallConfig(4, 2, false, 2));
  if (bf16Products) model->setComputePolicy({MatmulPrecision::BFloat16});
  torch::optim::Adam optimizer(model->parameters(), torch::optim::AdamOptions(3e-3));
  model->train();
  float firstLoss = 0, loss = 0;
  for (int step = 0; step < 200; ++step) {
    const auto b = makeBatch(32, leftPadding, gen);
    optimizer.zero_grad();
    auto l = torch::nn::functional::cross_entropy(model->forward(b.ids, b.mask), b.labels);
    QVERIFY(!std::isnan(l.item<float>()));
    l.backward();
    optimizer.step();
    loss = l.item<float>();
    if (step == 0) firstLoss = loss;
  }
  model->eval();
  torch::NoGradGuard noGrad;
  const auto held = makeBatch(256, leftPadding, gen);
  const double accuracy =
      model->forward(held.ids, held.mask).argmax(-1).eq(held.labels).to(torch::kDouble).mean().item<double>();
  qInfo("loss %.3f -> %.3f, held-out accuracy %.3f", firstLoss, loss, accuracy);
  QVERIFY2(accuracy >= 0.9, qPrintable(QString::number(accuracy)));
  // The pad row of the embedding never trains (HF's padding_idx).
  QCOMPARE(model->model->embed_tokens->weight[0].abs().sum().item<float>(), 0.f);
}

ASSAY_TEST_APPLESS_MAIN(TestQwen2Training)
#include "tst_qwen2_training.moc"
