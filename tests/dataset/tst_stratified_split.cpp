// stratifiedTestMask: sizes as scikit-learn's train_test_split, per-label
// proportions, determinism for a seed. StreamingSplit: the same counts per
// stratum when items arrive one at a time (settled once or after every
// batch), determinism, rollback, and test sets that are not a fixed pattern.
#include <QtTest>
#include <map>

#include "data/StratifiedSplit.h"
#include "TestRegistry.h"

using namespace assay::data;

class TestStratifiedSplit : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void seedLogSizes();
  void proportionsPerLabel_data();
  void proportionsPerLabel();
  void sameSeedSameSplit();
  void edgeFractions();
  void everyClassInValidationLargestTakesTheExtra();
  void singletonStratumStaysInTrain();
  void streamingCountsMatchMask_data();
  void streamingCountsMatchMask();
  void streamingIsDeterministicPerSeed();
  void streamingRollbackRestoresState();
  void streamingTestSetsSpreadOverItems();
};

namespace {

// Per stratum: how many items the mask puts into the test set.
std::map<int, int> testPerStratum(const std::vector<int>& strata, const std::vector<bool>& test) {
  std::map<int, int> n;
  for (size_t i = 0; i < strata.size(); ++i) n[strata[i]] += test[i] ? 1 : 0;
  return n;
}

}  // namespace

static std::vector<int> seedDistribution() {
  // The original rm_train.py's example log: 售前 7, 售后 4, 有帮助 6, 无伤害 4, 诚实 5 → 26 samples.
  std::vector<int> strata;
  const std::map<int, int> counts{{0, 7}, {1, 4}, {2, 5}, {3, 6}, {4, 4}};
  for (const auto& [label, n] : counts) strata.insert(strata.end(), static_cast<size_t>(n), label);
  return strata;
}

void TestStratifiedSplit::seedLogSizes() {
  const auto mask = stratifiedTestMask(seedDistribution(), 0.2, 42);
  // That log reports 训练集: 20 条, 验证集: 6 条 (20 train, 6 validation).
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
  // ceil(0.2) = 1 place, but a stratum keeps one item to train on.
  const auto one = stratifiedTestMask({3}, 0.2, 1);
  QCOMPARE(one, std::vector<bool>{false});
}

void TestStratifiedSplit::everyClassInValidationLargestTakesTheExtra() {
  // The 26 samples of seedDistribution(): every class gives at least one
  // record; the places left by rounding go to the largest remainders
  // (6 * 4 / 26 = 0.92 for the two classes of 4, 6 * 7 / 26 = 1.62 for 7).
  const std::vector<int> strata = seedDistribution();
  const auto mask = stratifiedTestMask(strata, 0.2, 42);
  const std::map<int, int> perClass = testPerStratum(strata, mask);
  QCOMPARE(perClass, (std::map<int, int>{{0, 2}, {1, 1}, {2, 1}, {3, 1}, {4, 1}}));
}

void TestStratifiedSplit::singletonStratumStaysInTrain() {
  const std::vector<int> strata{0, 0, 0, 0, 1};
  const auto mask = stratifiedTestMask(strata, 0.4, 1);
  QCOMPARE(std::count(mask.begin(), mask.end(), true), 2);  // ceil(0.4 * 5), both from label 0
  QCOMPARE(mask[4], false);
}

namespace {

// Streams `strata` through a StreamingSplit, settling every `settleEvery`
// items and at the end; returns each item's final side.
std::vector<bool> streamed(const std::vector<int>& strata, double fraction, uint32_t seed, size_t settleEvery) {
  StreamingSplit split(fraction, seed);
  std::vector<bool> test(strata.size());
  auto settle = [&] {
    for (const StreamingSplit::Move& m : split.settle()) test[static_cast<size_t>(m.id)] = m.test;
  };
  for (size_t i = 0; i < strata.size(); ++i) {
    test[i] = split.toss();
    split.add(strata[i], static_cast<int64_t>(i), test[i]);
    if ((i + 1) % settleEvery == 0) settle();
  }
  settle();
  return test;
}

}  // namespace

void TestStratifiedSplit::streamingCountsMatchMask_data() {
  QTest::addColumn<std::vector<int>>("strata");
  QTest::addColumn<double>("fraction");
  QTest::addColumn<int>("settleEvery");
  std::vector<int> mixed;
  for (int i = 0; i < 5000; ++i) mixed.push_back(i % 7 == 0 ? -1 : i % 11 == 0 ? -4 : (i * 31) % 5);
  std::vector<int> tiny{0, 1, 1, 2, 2, 2, -1};
  QTest::newRow("seed log, 20%, once") << seedDistribution() << 0.2 << 1000000;
  QTest::newRow("seed log, 20%, every item") << seedDistribution() << 0.2 << 1;
  QTest::newRow("5000 mixed, 20%, once") << mixed << 0.2 << 1000000;
  QTest::newRow("5000 mixed, 33%, every 777") << mixed << 0.33 << 777;
  QTest::newRow("5000 mixed, 99%, every 1000") << mixed << 0.99 << 1000;
  QTest::newRow("5000 mixed, 1%, once") << mixed << 0.01 << 1000000;
  QTest::newRow("tiny strata, 50%, every 2") << tiny << 0.5 << 2;
  QTest::newRow("tiny strata, 0%") << tiny << 0.0 << 3;
}

void TestStratifiedSplit::streamingCountsMatchMask() {
  QFETCH(std::vector<int>, strata);
  QFETCH(double, fraction);
  QFETCH(int, settleEvery);
  const auto expected = testPerStratum(strata, stratifiedTestMask(strata, fraction, 42));
  for (const uint32_t seed : {1u, 42u, 2026u})
    QCOMPARE(testPerStratum(strata, streamed(strata, fraction, seed, static_cast<size_t>(settleEvery))), expected);
}

void TestStratifiedSplit::streamingIsDeterministicPerSeed() {
  std::vector<int> strata;
  for (int i = 0; i < 3000; ++i) strata.push_back(i % 3 == 0 ? -1 : i % 5);
  QCOMPARE(streamed(strata, 0.25, 42, 500), streamed(strata, 0.25, 42, 500));
  QVERIFY(streamed(strata, 0.25, 42, 500) != streamed(strata, 0.25, 43, 500));
}

void TestStratifiedSplit::streamingRollbackRestoresState() {
  // Two "files"; the second is rolled back and imported again: the result
  // must be what importing the first and then the second once gives.
  auto run = [](bool withFailedAttempt) {
    StreamingSplit split(0.3, 9);
    std::map<int64_t, bool> side;
    auto feed = [&](int64_t from, int64_t to) {
      split.checkpoint();
      for (int64_t id = from; id < to; ++id) {
        side[id] = split.toss();
        split.add(static_cast<int>(id % 4), id, side[id]);
      }
      for (const StreamingSplit::Move& m : split.settle()) side[m.id] = m.test;
    };
    feed(0, 400);
    if (withFailedAttempt) {
      const std::map<int64_t, bool> before = side;
      feed(400, 700);
      split.rollback();
      side = before;
    }
    feed(400, 700);
    return std::make_pair(side, split.size());
  };
  const auto [clean, size] = run(false);
  QCOMPARE(size, 700);
  QCOMPARE(run(true).first, clean);
  int64_t tests = 0;
  for (const auto& [id, test] : clean) tests += test ? 1 : 0;
  QCOMPARE(tests, 210);  // 30% of 700, exact per stratum of 175
}

void TestStratifiedSplit::streamingTestSetsSpreadOverItems() {
  // Over many seeds every item should land in the test set about
  // `fraction` of the time: not always the first or last items of a stratum.
  const std::vector<int> strata(40, 0);
  std::vector<int> hits(strata.size(), 0);
  constexpr int kSeeds = 2000;
  for (uint32_t seed = 0; seed < kSeeds; ++seed) {
    const auto test = streamed(strata, 0.25, seed, 1000000);
    QCOMPARE(std::count(test.begin(), test.end(), true), 10);
    for (size_t i = 0; i < test.size(); ++i) hits[i] += test[i] ? 1 : 0;
  }
  for (size_t i = 0; i < hits.size(); ++i)
    QVERIFY2(hits[i] > 400 && hits[i] < 600, qPrintable(QString("item %1: %2 of %3").arg(i).arg(hits[i]).arg(kSeeds)));
}

ASSAY_TEST_APPLESS_MAIN(TestStratifiedSplit)
#include "tst_stratified_split.moc"
