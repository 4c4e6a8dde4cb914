// stratifiedTestMask: sizes as scikit-learn's train_test_split, per-label
// proportions, determinism for a seed.
#include <QtTest>
#include <map>

#include "data/StratifiedSplit.h"

using namespace assay::data;

class TestStratifiedSplit : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void seedLogSizes();
  void proportionsPerLabel_data();
  void proportionsPerLabel();
  void sameSeedSameSplit();
  void edgeFractions();
};

static std::vector<int> seedDistribution() {
  // Seed 000's log: 售前 7, 售后 4, 有帮助 6, 无伤害 4, 诚实 5 → 26 samples.
  std::vector<int> strata;
  const std::map<int, int> counts{{0, 7}, {1, 4}, {2, 5}, {3, 6}, {4, 4}};
  for (const auto& [label, n] : counts) strata.insert(strata.end(), static_cast<size_t>(n), label);
  return strata;
}

void TestStratifiedSplit::seedLogSizes() {
  const auto mask = stratifiedTestMask(seedDistribution(), 0.2, 42);
  // The seed prints 训练集: 20 条, 验证集: 6 条.
  QCOMPARE(std::count(mask.begin(), mask.end(), true), 6);
  QCOMPARE(std::count(mask.begin(), mask.end(), false), 20);
}

void TestStratifiedSplit::proportionsPerLabel_data() {
  QTest::addColumn<int>("perLabel");
  QTest::addColumn<double>("fraction");
  QTest::addColumn<int>("expectedTestPerLabel");
  QTest::newRow("100 each, 20%") << 100 << 0.2 << 20;
  QTest::newRow("50 each, 10%") << 50 << 0.1 << 5;
  QTest::newRow("10 each, 30%") << 10 << 0.3 << 3;
}

void TestStratifiedSplit::proportionsPerLabel() {
  QFETCH(int, perLabel);
  QFETCH(double, fraction);
  QFETCH(int, expectedTestPerLabel);
  std::vector<int> strata;
  for (int label = 0; label < 5; ++label)
    for (int i = 0; i < perLabel; ++i) strata.push_back(label);
  const auto mask = stratifiedTestMask(strata, fraction, 7);
  std::map<int, int> test;
  for (size_t i = 0; i < strata.size(); ++i)
    if (mask[i]) ++test[strata[i]];
  for (int label = 0; label < 5; ++label) QCOMPARE(test[label], expectedTestPerLabel);
}

void TestStratifiedSplit::sameSeedSameSplit() {
  std::vector<int> strata;
  for (int i = 0; i < 300; ++i) strata.push_back(i % 3 == 0 ? -1 : i % 5);
  QCOMPARE(stratifiedTestMask(strata, 0.25, 42), stratifiedTestMask(strata, 0.25, 42));
  QVERIFY(stratifiedTestMask(strata, 0.25, 42) != stratifiedTestMask(strata, 0.25, 43));
}

void TestStratifiedSplit::edgeFractions() {
  const std::vector<int> strata{0, 0, 1, 1, 1};
  const auto none = stratifiedTestMask(strata, 0.0, 1);
  QCOMPARE(std::count(none.begin(), none.end(), true), 0);
  const auto all = stratifiedTestMask(strata, 1.0, 1);
  QCOMPARE(std::count(all.begin(), all.end(), true), 5);
  QVERIFY(stratifiedTestMask({}, 0.2, 1).empty());
  const auto one = stratifiedTestMask({3}, 0.2, 1);  // ceil(0.2) = 1, as scikit-learn
  QCOMPARE(one, std::vector<bool>{true});
}

QTEST_APPLESS_MAIN(TestStratifiedSplit)
#include "tst_stratified_split.moc"
