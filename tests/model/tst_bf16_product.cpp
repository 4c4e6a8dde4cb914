// The bfloat16 product of stacked weights (model/Bf16Product.h) against the
// tensor operations it replaces: cat, round both operands to bfloat16,
// matmul, with autograd through the conversions. Values must be equal (the
// same rounded operands, the same oneDNN product); gradients equal up to the
// order oneDNN sums in; weight gradients float32 and contiguous.
#include <torch/torch.h>

#include <QtTest>

#include "model/Bf16Product.h"
#include "TestRegistry.h"

using namespace assay;

namespace {

double maxRelative(const torch::Tensor& a, const torch::Tensor& b) {
  const auto fa = a.to(torch::kFloat), fb = b.to(torch::kFloat);
  return ((fa - fb).abs().max() / fb.abs().max().clamp_min(1e-30)).item<double>();
}

}  // namespace

class TestBf16Product : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() {
    torch::set_num_threads(1);
    torch::manual_seed(5);
  }

  void matchesTheTensorForm_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("inputBf16");
    for (const int count : {1, 2, 3, 4}) {  // 4: more than the function's slots, stacked by cat first
      QTest::addRow("%d weight(s), float32 input", count) << count << false;
      QTest::addRow("%d weight(s), bfloat16 input", count) << count << true;
    }
  }
  void matchesTheTensorForm() {
    QFETCH(int, count);
    QFETCH(bool, inputBf16);
    const int64_t in = 24;
    std::vector<torch::Tensor> weights, refWeights;
    for (int i = 0; i < count; ++i) {
      const auto w = torch::randn({8 + 4 * i, in});
      weights.push_back(w.clone().requires_grad_(true));
      refWeights.push_back(w.clone().requires_grad_(true));
    }
    const auto data = (torch::randn({3, 7, in}) * 2).to(inputBf16 ? torch::kBFloat16 : torch::kFloat);
    auto x = data.clone().requires_grad_(true), refX = data.clone().requires_grad_(true);
    const auto y = bf16Product(x, weights);
    const auto ref = torch::matmul(refX.to(torch::kBFloat16), torch::cat(refWeights, 0).to(torch::kBFloat16).t());
    QCOMPARE(y.scalar_type(), torch::kBFloat16);
    QCOMPARE(y.sizes().vec(), ref.sizes().vec());
    QVERIFY(torch::equal(y, ref));

    const auto upstream = torch::randn(y.sizes()).to(torch::kBFloat16);
    y.backward(upstream);
    ref.backward(upstream);
    QCOMPARE(x.grad().scalar_type(), data.scalar_type());
    QVERIFY2(maxRelative(x.grad(), refX.grad()) < 8e-3,
             qPrintable(QString::number(maxRelative(x.grad(), refX.grad()))));
    for (int i = 0; i < count; ++i) {
      const auto& g = weights[size_t(i)].grad();
      QCOMPARE(g.scalar_type(), torch::kFloat);
      QVERIFY(g.is_contiguous());  // the fused optimizer step reads it as one array
      QVERIFY2(maxRelative(g, refWeights[size_t(i)].grad()) < 8e-3,
               qPrintable(QString::number(maxRelative(g, refWeights[size_t(i)].grad()))));
    }
  }

  void frozenInputOrWeightsGetNoGradient() {
    const auto w = torch::randn({6, 10}).requires_grad_(true);
    const auto frozen = torch::randn({5, 10});
    const auto x = torch::randn({4, 10});  // no gradient wanted
    bf16Product(x, {w, frozen}).to(torch::kFloat).sum().backward();
    QVERIFY(w.grad().defined());
    QCOMPARE(w.grad().sizes().vec(), (std::vector<int64_t>{6, 10}));
    QVERIFY(!frozen.grad().defined());
  }

  void rejectsAWeightOfTheWrongWidth() {
    bool threw = false;
    try {
      bf16Product(torch::randn({2, 10}), {torch::randn({3, 10}), torch::randn({3, 9})});
    } catch (const c10::Error&) {
      threw = true;
    }
    QVERIFY(threw);
  }
};

ASSAY_TEST_GUILESS_MAIN(TestBf16Product)
#include "tst_bf16_product.moc"
