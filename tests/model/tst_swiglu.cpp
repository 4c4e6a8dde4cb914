// The fused SwiGLU (model/SwiGlu.h) against silu(gate) * up written with
// LibTorch's operations: values and gradients in float32, every float32 /
// bfloat16 combination of input and output, extreme and NaN inputs, and the
// MLP's fused path against its unfused one.
#include <torch/torch.h>

#include <QtTest>
#include <cmath>
#include <limits>

#include "model/Qwen2Mlp.h"
#include "model/SwiGlu.h"
#include "TestRegistry.h"

using namespace assay;

namespace {

torch::Tensor reference(const torch::Tensor& gateUp) {
  const auto halves = gateUp.to(torch::kFloat).chunk(2, -1);
  return torch::silu(halves[0]) * halves[1];
}

double relativeError(const torch::Tensor& a, const torch::Tensor& b) {
  return ((a.to(torch::kFloat) - b.to(torch::kFloat)).abs().max() / b.to(torch::kFloat).abs().max().clamp_min(1e-30))
      .item<double>();
}

}  // namespace

class TestSwiGlu : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() {
    torch::set_num_threads(1);
    torch::manual_seed(3);
  }

  void float32ValuesAndGradientsMatchTheTensorForm() {
    // 37 columns: not a multiple of any vector width.
    const auto data = torch::randn({2, 5, 74}) * 3;
    auto fusedIn = data.clone().requires_grad_(true), refIn = data.clone().requires_grad_(true);
    const auto fused = swiGlu(fusedIn, torch::kFloat), expected = reference(refIn);
    QCOMPARE(fused.sizes().vec(), (std::vector<int64_t>{2, 5, 37}));
    QCOMPARE(fused.scalar_type(), torch::kFloat);
    QVERIFY2(relativeError(fused, expected) < 1e-6, qPrintable(QString::number(relativeError(fused, expected))));
    const auto upstream = torch::randn({2, 5, 37});
    (fused * upstream).sum().backward();
    (expected * upstream).sum().backward();
    QVERIFY2(relativeError(fusedIn.grad(), refIn.grad()) < 2e-6,
             qPrintable(QString::number(relativeError(fusedIn.grad(), refIn.grad()))));
  }

  void bfloat16CombinationsRoundOnlyAtTheEdges_data() {
    QTest::addColumn<bool>("inBf16");
    QTest::addColumn<bool>("outBf16");
    QTest::newRow("bf16 -> bf16") << true << true;
    QTest::newRow("bf16 -> fp32") << true << false;
    QTest::newRow("fp32 -> bf16") << false << true;
  }
  void bfloat16CombinationsRoundOnlyAtTheEdges() {
    QFETCH(bool, inBf16);
    QFETCH(bool, outBf16);
    const auto data = (torch::randn({64, 96}) * 2).to(inBf16 ? torch::kBFloat16 : torch::kFloat);
    auto in = data.clone().requires_grad_(true);
    const auto out = swiGlu(in, outBf16 ? torch::kBFloat16 : torch::kFloat);
    QCOMPARE(out.scalar_type(), outBf16 ? torch::kBFloat16 : torch::kFloat);
    // Computed in float32 from the (exact) inputs, rounded once at the output.
    const auto expected = reference(data);
    const auto rounded = outBf16 ? expected.to(torch::kBFloat16).to(torch::kFloat) : expected;
    QVERIFY2(relativeError(out, rounded) < (outBf16 ? 8e-3 : 1e-6),
             qPrintable(QString::number(relativeError(out, rounded))));
    // The gradient comes back in the input's dtype.
    const auto upstream = torch::randn({64, 48}).to(out.scalar_type());
    out.backward(upstream);
    QCOMPARE(in.grad().scalar_type(), data.scalar_type());
    auto refIn = data.to(torch::kFloat).requires_grad_(true);
    reference(refIn).backward(upstream.to(torch::kFloat));
    QVERIFY2(relativeError(in.grad(), refIn.grad()) < (inBf16 ? 8e-3 : 1e-6),
             qPrintable(QString::number(relativeError(in.grad(), refIn.grad()))));
  }

  void extremeInputsStayFiniteAndNaNPropagates() {
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const auto gateUp = torch::tensor({{-200.0f, -30.0f, 0.0f, 30.0f, 200.0f, nan,  //
                                        1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 1.0f}});
    auto in = gateUp.clone().requires_grad_(true);
    const auto out = swiGlu(in, torch::kFloat);
    const auto expected = torch::silu(gateUp.slice(1, 0, 6));
    for (int j = 0; j < 5; ++j)
      QVERIFY2(
          std::abs(out[0][j].item<float>() - expected[0][j].item<float>()) <=
              1e-6f * (1 + std::abs(expected[0][j].item<float>())),
          qPrintable(
              QString("column %1: %2 vs %3").arg(j).arg(out[0][j].item<float>()).arg(expected[0][j].item<float>())));
    QVERIFY(std::isnan(out[0][5].item<float>()));
    out.sum().backward();
    const auto g = in.grad();
    QVERIFY(torch::isfinite(g.slice(1, 0, 5)).all().item<bool>());
    QCOMPARE(g[0][4].item<float>(), 1.0f);  // d silu(x)/dx -> 1 for large x
    QVERIFY(std::abs(g[0][0].item<float>()) < 1e-30f);
    // bfloat16 output keeps NaN as NaN.
    QVERIFY(std::isnan(swiGlu(gateUp, torch::kBFloat16)[0][5].to(torch::kFloat).item<float>()));
  }

  void mlpFusedPathMatchesTheUnfusedOne() {
    Qwen2Config c;
    c.hiddenSize = 16;
    c.intermediateSize = 24;
    Qwen2Mlp mlp(c);
    const auto x = torch::randn({3, 7, 16});
    const auto fused = mlp->forward(x);  // no adapters: the fused path
    const auto unfused = mlp->down_proj(torch::silu(mlp->gate_proj(x)) * mlp->up_proj(x));
    QVERIFY2(relativeError(fused, unfused) < 1e-5, qPrintable(QString::number(relativeError(fused, unfused))));
  }
};

ASSAY_TEST_GUILESS_MAIN(TestSwiGlu)
#include "tst_swiglu.moc"
