// The fused optimizer step (train/FusedAdamW.h) against what it replaces:
// clip_grad_norm_, torch::optim::AdamW::step and WeightAverage::update, over
// several steps, two parameter groups, with and without clipping; the same
// result on one thread or two; gradients released; a non-finite norm
// changing nothing; and its state saved by torch::save continuing under
// LibTorch's own AdamW (checkpoints keep their format).
#include <torch/torch.h>

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <limits>

#include "TestRegistry.h"
#include "train/FusedAdamW.h"
#include "train/WeightAverage.h"

using namespace assay;

namespace {

using torch::optim::AdamW;
using torch::optim::AdamWOptions;

// Parameters of a few shapes (sizes that are not multiples of 16 exercise
// the loops' remainders), in two groups as Trainer builds them.
struct Setup {
  std::vector<torch::Tensor> decay, noDecay, all;
  std::unique_ptr<AdamW> optimizer;
  std::unique_ptr<WeightAverage> average;

  explicit Setup(bool withAverage) {
    torch::manual_seed(7);
    decay = {torch::randn({37, 19}), torch::randn({64, 32})};
    noDecay = {torch::randn({19}), torch::randn({5})};
    for (auto* group : {&decay, &noDecay})
      for (auto& p : *group) {
        p.set_requires_grad(true);
        all.push_back(p);
      }
    const auto options = [](double wd) {
      return std::make_unique<AdamWOptions>(AdamWOptions(3e-2).betas({0.9, 0.98}).eps(1e-6).weight_decay(wd));
    };
    std::vector<torch::optim::OptimizerParamGroup> groups;
    groups.emplace_back(decay, options(0.1));
    groups.emplace_back(noDecay, options(0.0));
    optimizer = std::make_unique<AdamW>(groups, AdamWOptions(3e-2));
    if (withAverage) average = std::make_unique<WeightAverage>(all, 0.99);
  }

  // Gradients for step k, the same in every Setup.
  void setGradients(int k, double scale) {
    torch::NoGradGuard noGrad;
    for (size_t i = 0; i < all.size(); ++i) {
      auto g = torch::sin(torch::arange(all[i].numel(), torch::kFloat) * (0.37 + 0.1 * double(i)) + double(k))
                   .view(all[i].sizes()) *
               scale;
      if (all[i].grad().defined()) all[i].mutable_grad().copy_(g);
      else all[i].mutable_grad() = g;
    }
  }

  double referenceStep(double maxNorm) {
    const double norm = torch::nn::utils::clip_grad_norm_(all, maxNorm);
    optimizer->step();
    if (average) average->update();
    return norm;
  }
};

double maxDifference(const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b) {
  double worst = 0;
  for (size_t i = 0; i < a.size(); ++i) worst = std::max(worst, (a[i] - b[i]).abs().max().item<double>());
  return worst;
}

}  // namespace

class TestFusedAdamW : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { torch::set_num_threads(1); }

  void matchesLibTorchsClipAdamWAndAverage_data() {
    QTest::addColumn<double>("gradientScale");
    QTest::addColumn<bool>("withAverage");
    QTest::newRow("clipped, averaged") << 1.0 << true;  // norm ~35 > 1
    QTest::newRow("not clipped") << 0.001 << false;     // norm ~0.035 < 1
  }
  void matchesLibTorchsClipAdamWAndAverage() {
    QFETCH(double, gradientScale);
    QFETCH(bool, withAverage);
    Setup reference(withAverage), fused(withAverage);
    for (int k = 0; k < 4; ++k) {
      reference.setGradients(k, gradientScale);
      fused.setGradients(k, gradientScale);
      const double expectedNorm = reference.referenceStep(1.0);
      const double norm = fusedClipAdamWStep(*fused.optimizer, 1.0, fused.average.get(), 1);
      QVERIFY2(std::abs(norm - expectedNorm) <= 1e-5 * expectedNorm,
               qPrintable(QString("%1 vs %2").arg(norm).arg(expectedNorm)));
      QVERIFY2(maxDifference(fused.all, reference.all) < 2e-6,
               qPrintable(QString::number(maxDifference(fused.all, reference.all))));
      for (const auto& p : fused.all) QVERIFY(!p.grad().defined());  // released for the next backward
    }
    // The moments live in AdamW's own state, under its keys.
    for (const auto& p : fused.all) {
      const auto key = c10::guts::to_string(p.unsafeGetTensorImpl());
      const auto refKey = c10::guts::to_string(reference.all[size_t(&p - &fused.all[0])].unsafeGetTensorImpl());
      auto& s = static_cast<torch::optim::AdamWParamState&>(*fused.optimizer->state().at(key));
      auto& r = static_cast<torch::optim::AdamWParamState&>(*reference.optimizer->state().at(refKey));
      QCOMPARE(s.step(), int64_t(4));
      QVERIFY((s.exp_avg() - r.exp_avg()).abs().max().item<double>() < 1e-6);
      QVERIFY((s.exp_avg_sq() - r.exp_avg_sq()).abs().max().item<double>() < 1e-7);
    }
    if (withAverage) {
      QCOMPARE(fused.average->updates(), int64_t(4));
      for (size_t i = 0; i < fused.all.size(); ++i)
        QVERIFY((fused.average->averageOf(fused.all[i]) - reference.average->averageOf(reference.all[i]))
                    .abs()
                    .max()
                    .item<double>() < 2e-6);
    }
  }

  void threadCountDoesNotChangeTheResult() {
    Setup one(true), two(true);
    for (int k = 0; k < 3; ++k) {
      one.setGradients(k, 1.0);
      two.setGradients(k, 1.0);
      const double n1 = fusedClipAdamWStep(*one.optimizer, 1.0, one.average.get(), 1);
      const double n2 = fusedClipAdamWStep(*two.optimizer, 1.0, two.average.get(), 2);
      QCOMPARE(n1, n2);
      QCOMPARE(maxDifference(one.all, two.all), 0.0);
    }
  }

  void nonFiniteNormChangesNothing() {
    Setup s(true);
    s.setGradients(0, 1.0);
    fusedClipAdamWStep(*s.optimizer, 1.0, s.average.get(), 1);
    std::vector<torch::Tensor> before;
    for (const auto& p : s.all) before.push_back(p.detach().clone());
    s.setGradients(1, 1.0);
    s.all[2].mutable_grad()[3] = std::numeric_limits<float>::quiet_NaN();
    QVERIFY(std::isnan(fusedClipAdamWStep(*s.optimizer, 1.0, s.average.get(), 2)));
    QCOMPARE(maxDifference(s.all, before), 0.0);
    QCOMPARE(s.average->updates(), int64_t(1));
    s.all[2].mutable_grad()[3] = std::numeric_limits<float>::infinity();
    QVERIFY(std::isinf(fusedClipAdamWStep(*s.optimizer, 1.0, s.average.get(), 1)));
  }

  void savedStateContinuesUnderLibTorchsAdamW() {
    // Two fused steps, save, load into a fresh optimizer, one LibTorch step:
    // the same as three LibTorch steps.
    QTemporaryDir dir;
    Setup fused(false), reference(false);
    for (int k = 0; k < 2; ++k) {
      fused.setGradients(k, 1.0);
      fusedClipAdamWStep(*fused.optimizer, 1.0, nullptr, 1);
      reference.setGradients(k, 1.0);
      reference.referenceStep(1.0);
    }
    const QString file = dir.filePath("optimizer.pt");
    torch::save(*fused.optimizer, file.toStdString());
    Setup resumed(false);
    {
      torch::NoGradGuard noGrad;
      for (size_t i = 0; i < resumed.all.size(); ++i) resumed.all[i].copy_(fused.all[i]);
    }
    torch::load(*resumed.optimizer, file.toStdString());
    resumed.setGradients(2, 1.0);
    resumed.referenceStep(1.0);
    reference.setGradients(2, 1.0);
    reference.referenceStep(1.0);
    QVERIFY2(maxDifference(resumed.all, reference.all) < 3e-6,
             qPrintable(QString::number(maxDifference(resumed.all, reference.all))));
  }
};

ASSAY_TEST_GUILESS_MAIN(TestFusedAdamW)
#include "tst_fused_adamw.moc"
