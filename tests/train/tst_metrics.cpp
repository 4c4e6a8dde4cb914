// Metrics on hand-made confusion matrices and reward lists (expected values by hand).
#include <QtTest>
#include <cmath>
#include <limits>

#include "TestRegistry.h"
#include "train/Metrics.h"

using namespace assay;

namespace {
bool near(double a, double b) { return std::abs(a - b) < 1e-12; }
}  // namespace

class TestMetrics : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void threeClassesOneAbsent() {
    // rows = truth. A: tp 5, predicted 7, support 6. B: tp 3, predicted 4, support 5. C never occurs.
    const ClassificationMetrics m =
        ClassificationMetrics::fromConfusion({"A", "B", "C"}, {{5, 1, 0}, {2, 3, 0}, {0, 0, 0}});
    QVERIFY(near(m.accuracy, 8.0 / 11));
    QVERIFY(near(m.precision[0], 5.0 / 7));
    QVERIFY(near(m.recall[0], 5.0 / 6));
    QVERIFY(near(m.f1[0], 10.0 / 13));
    QVERIFY(near(m.precision[1], 0.75));
    QVERIFY(near(m.recall[1], 0.6));
    QVERIFY(near(m.f1[1], 2.0 / 3));
    // sklearn drops C (neither true nor predicted) from the macro average.
    QVERIFY(near(m.f1Macro, (10.0 / 13 + 2.0 / 3) / 2));
    QVERIFY(near(m.f1Weighted, (10.0 / 13 * 6 + 2.0 / 3 * 5) / 11));
    QVERIFY(near(m.precisionMacro, (5.0 / 7 + 0.75) / 2));
    QVERIFY(near(m.recallMacro, (5.0 / 6 + 0.6) / 2));
    QCOMPARE(m.support, (std::vector<int64_t>{6, 5, 0}));
  }

  void predictedButNeverTrueCountsAsZero() {
    // Class B is predicted once but never true: its precision 0, recall 0/0 -> 0, F1 0, and it is in the macro.
    const auto m = ClassificationMetrics::fromPredictions({"A", "B"}, {0, 0, 0, 0}, {0, 0, 0, 1});
    QVERIFY(near(m.accuracy, 0.75));
    QVERIFY(near(m.f1[0], 6.0 / 7));
    QVERIFY(near(m.f1[1], 0));
    QVERIFY(near(m.f1Macro, 3.0 / 7));
    QVERIFY(near(m.f1Weighted, 6.0 / 7));
    QCOMPARE(m.confusion, (std::vector<std::vector<int64_t>>{{3, 1}, {0, 0}}));
  }

  void badInputs() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ClassificationMetrics::fromPredictions({"A", "B"}, {0, 2}, {0, 1}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ClassificationMetrics::fromConfusion({"A", "B"}, {{1, 0}}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, RewardMetrics::fromRewards({1.0}, {}));
  }

  void rewardTiesCountAsWrong() {
    const auto r = RewardMetrics::fromRewards({1, 2, 3}, {0, 2, 4});
    QCOMPARE(r.pairs, int64_t(3));
    QVERIFY(near(r.pairwiseAccuracy, 1.0 / 3));  // 1>0 right, 2=2 tie (wrong), 3<4 wrong
    QVERIFY(near(r.meanMargin, 0.0));
    QVERIFY(near(r.chosenMean, 2));
    QVERIFY(near(r.chosenStd, 1));  // unbiased, as torch.std
    QVERIFY(near(r.rejectedMean, 2));
    QVERIFY(near(r.rejectedStd, 2));  // sqrt((4 + 0 + 4) / 2)
  }

  void rewardHistogramByHand() {
    // Rewards span -1..2 over 3 bins of width 1: [-1,0) [0,1) [1,2]; 2.0, the
    // top edge, counts in the last bin; NaN and inf are left out.
    const std::vector<double> chosen{0.5, 1.0, 1.5, 2.0, std::nan("")};
    const std::vector<double> rejected{-1.0, -0.5, 0.0, 0.99, std::numeric_limits<double>::infinity()};
    const RewardBins h = RewardBins::count(chosen, rejected, 3);
    QCOMPARE(h.bins(), 3);
    QVERIFY(near(h.lower, -1));
    QVERIFY(near(h.upper, 2));
    QVERIFY(near(h.width(), 1));
    QCOMPARE(h.chosen, (std::vector<int64_t>{0, 1, 3}));
    QCOMPARE(h.rejected, (std::vector<int64_t>{2, 2, 0}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, RewardBins::count(chosen, rejected, 0));

    // Every reward equal: one bar of width 1 around it, not a zero-width range.
    const RewardBins flat = RewardBins::count({3, 3}, {3}, 2);
    QVERIFY(near(flat.lower, 2.5));
    QVERIFY(near(flat.upper, 3.5));
    QCOMPARE(flat.chosen, (std::vector<int64_t>{0, 2}));  // 3.0 starts the second bin
    QCOMPARE(flat.rejected, (std::vector<int64_t>{0, 1}));
  }

  void rewardMetricsCarryTheHistogram() {
    const auto r = RewardMetrics::fromRewards({1, 2, 3}, {0, 2, 4});
    QCOMPARE(r.histogram.bins(), RewardBins::kDefaultBins);
    QVERIFY(near(r.histogram.lower, 0));
    QVERIFY(near(r.histogram.upper, 4));
    int64_t chosen = 0, rejected = 0;
    for (int b = 0; b < r.histogram.bins(); ++b) {
      chosen += r.histogram.chosen[size_t(b)];
      rejected += r.histogram.rejected[size_t(b)];
    }
    QCOMPARE(chosen, int64_t(3));
    QCOMPARE(rejected, int64_t(3));
    QCOMPARE(r.histogram.rejected.front(), int64_t(1));  // 0.0 is the lower edge
    QCOMPARE(r.histogram.rejected.back(), int64_t(1));   // 4.0 the upper one

    EvalMetrics e;
    e.reward = RewardMetrics::fromRewards({1, 3}, {0, 2});
    const auto j = e.toJson().at("eval_rewards_histogram");
    QVERIFY(near(j.at("lower").get<double>(), 0));
    QVERIFY(near(j.at("upper").get<double>(), 3));
    QCOMPARE(j.at("chosen").size(), size_t(RewardBins::kDefaultBins));
    QCOMPARE(j.at("chosen").at(10).get<int64_t>(), int64_t(1));    // 1.0 → bin 10 of 30 over 0..3
    QCOMPARE(j.at("rejected").at(20).get<int64_t>(), int64_t(1));  // 2.0 → bin 20
    QVERIFY(j.dump().size() < 300);                                // compact enough for one line per evaluation
  }

  void jsonUsesLabelNames() {
    EvalMetrics e;
    e.loss = 0.5;
    e.classification = ClassificationMetrics::fromPredictions({"售前", "售后"}, {0, 1, 1}, {0, 1, 0});
    const auto j = e.toJson();
    QVERIFY(near(j.at("eval_loss").get<double>(), 0.5));
    QVERIFY(near(j.at("eval_accuracy").get<double>(), 2.0 / 3));
    QVERIFY(near(j.at("eval_per_class_f1").at("售前").get<double>(), 2.0 / 3));
    QVERIFY(near(j.at("eval_per_class_f1").at("售后").get<double>(), 2.0 / 3));
    QCOMPARE(j.at("eval_confusion_matrix").dump(), std::string("[[1,0],[1,1]]"));
    QCOMPARE(e.selectionMetricName(), QStringLiteral("eval_f1_macro"));
    e.reward = RewardMetrics::fromRewards({1}, {0});
    QCOMPARE(e.selectionMetric(), 1.0);
    QVERIFY(j.find("eval_pairwise_accuracy") == j.end());
    QVERIFY(e.toJson().contains("eval_pairwise_accuracy"));
  }
};

ASSAY_TEST_APPLESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
