// Losses against values computed by hand (python3 `math`, formulas in the comments).
#include <torch/torch.h>

#include <QtTest>

#include "TestRegistry.h"
#include "train/Losses.h"
#include "train/LrSchedule.h"

using namespace assay;

class TestLosses : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void crossEntropy_data() {
    QTest::addColumn<bool>("weighted");
    QTest::addColumn<double>("smoothing");
    QTest::addColumn<double>("expected");
    // logits [[1,2,3],[1,0,-1]], labels [2,1]: -log p(target) = 0.40760596 and 1.40760596.
    QTest::newRow("plain") << false << 0.0 << 0.90760596444;
    // weights [1,2,3]: (3*0.40760596 + 2*1.40760596) / (3+2)
    QTest::newRow("weighted") << true << 0.0 << 0.80760596444;
    // smoothing 0.1: 0.9*0.90760596 + 0.1/3 * mean_rows(sum_c -log p_c) = 0.9*0.90760596 + 0.1/3*4.22281788
    QTest::newRow("smoothed") << false << 0.1 << 0.95760596444;
    // weights and smoothing (PyTorch divides the smooth term by the summed target weights):
    // 0.9*0.80760596 + 0.1/3 * (6.44563576 + 10.44563576) / 5
    QTest::newRow("weighted+smoothed") << true << 0.1 << 0.83945384516;
  }
  void crossEntropy() {
    QFETCH(bool, weighted);
    QFETCH(double, smoothing);
    QFETCH(double, expected);
    const auto logits = torch::tensor({1.0, 2.0, 3.0, 1.0, 0.0, -1.0}, torch::kDouble).reshape({2, 3});
    const auto labels = torch::tensor({2, 1}, torch::kInt64);
    const auto weights = weighted ? torch::tensor({1.0, 2.0, 3.0}, torch::kDouble) : torch::Tensor();
    QCOMPARE_LE(std::abs(classificationLoss(logits, labels, weights, smoothing).item<double>() - expected), 1e-9);
  }

  void crossEntropyWeightsChangeTheMean() {
    // Row losses differ: [[0,0]] label 0 -> log 2; [[3,0]] label 1 -> 3 + log(1+e^-3).
    // Weights [1,3]: (1*0.69314718 + 3*3.04858735) / 4 = 2.45972731 (unweighted mean: 1.87086727).
    const auto logits = torch::tensor({0.0, 0.0, 3.0, 0.0}, torch::kDouble).reshape({2, 2});
    const auto labels = torch::tensor({0, 1}, torch::kInt64);
    const auto w = torch::tensor({1.0, 3.0}, torch::kDouble);
    QCOMPARE_LE(std::abs(classificationLoss(logits, labels, w, 0).item<double>() - 2.45972731), 1e-7);
    QCOMPARE_LE(std::abs(classificationLoss(logits, labels, {}, 0).item<double>() - 1.87086727), 1e-7);
  }

  void inverseFrequency() {
    // sklearn "balanced": n / (C * count) = 26 / (5 * [7,4,6,4,5])
    const auto w = inverseFrequencyWeights({7, 4, 6, 4, 5});
    const std::vector<double> expected{26.0 / 35, 26.0 / 20, 26.0 / 30, 26.0 / 20, 26.0 / 25};
    for (size_t i = 0; i < w.size(); ++i) QCOMPARE_LE(std::abs(w[i] - expected[i]), 1e-12);
    QCOMPARE(inverseFrequencyWeights({3, 0})[1], 1.0);
  }

  void bradleyTerry_data() {
    QTest::addColumn<bool>("withMargin");
    QTest::addColumn<double>("center");
    QTest::addColumn<double>("expected");
    // r_c [2, 0.5], r_r [1, 1]
    // no margin: (log(1+e^-1) + log(1+e^0.5)) / 2 = (0.31326169 + 0.97407698) / 2
    QTest::newRow("plain") << false << -1.0 << 0.64366933;
    // margin [0.5, 0]: (log(1+e^-0.5) + log(1+e^0.5)) / 2 = (0.47407698 + 0.97407698) / 2
    QTest::newRow("margin") << true << -1.0 << 0.72407698;
    // + 0.01 * mean((r_c + r_r)^2) = 0.01 * (9 + 2.25) / 2 = 0.05625
    QTest::newRow("margin+center") << true << 0.01 << 0.78032698;
    QTest::newRow("center") << false << 0.01 << 0.69991933;
  }
  void bradleyTerry() {
    QFETCH(bool, withMargin);
    QFETCH(double, center);
    QFETCH(double, expected);
    const auto rc = torch::tensor({2.0, 0.5}, torch::kDouble).reshape({2, 1});
    const auto rr = torch::tensor({1.0, 1.0}, torch::kDouble);
    const auto margin = withMargin ? torch::tensor({0.5, 0.0}, torch::kDouble) : torch::Tensor();
    const std::optional<double> coef = center >= 0 ? std::optional<double>(center) : std::nullopt;
    QCOMPARE_LE(std::abs(bradleyTerryLoss(rc, rr, margin, coef).item<double>() - expected), 1e-7);
  }

  void bradleyTerryGradientPushesRewardsApart() {
    auto rc = torch::zeros({3}, torch::requires_grad());
    auto rr = torch::zeros({3}, torch::requires_grad());
    bradleyTerryLoss(rc, rr, {}, std::nullopt).backward();
    // d/dr_c of -logsigmoid(r_c - r_r) / 3 at 0 = -0.5 / 3
    QCOMPARE_LE(std::abs(rc.grad()[0].item<double>() + 0.5 / 3), 1e-7);
    QCOMPARE_LE(std::abs(rr.grad()[0].item<double>() - 0.5 / 3), 1e-7);
  }

  void linearSchedule() {
    // transformers' get_linear_schedule_with_warmup(warmup 2, total 10), base 1.0
    const double expected[] = {0.0, 0.5, 1.0, 0.875, 0.75, 0.625, 0.5, 0.375, 0.25, 0.125, 0.0};
    for (int s = 0; s <= 10; ++s) QCOMPARE(linearWarmupDecay(1.0, s, 2, 10), expected[s]);
  }
};

ASSAY_TEST_APPLESS_MAIN(TestLosses)
#include "tst_losses.moc"
