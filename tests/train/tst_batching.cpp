// Bucketed batching and padding (the stratified split: tests/dataset/tst_stratified_split).
#include <torch/torch.h>

#include <QtTest>
#include <algorithm>
#include <set>

#include "TestRegistry.h"
#include "train/Batching.h"

using namespace assay;

class TestBatching : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void batchesCoverEveryRecordOnce() {
    std::vector<size_t> lengths;
    for (size_t i = 0; i < 1000; ++i) lengths.push_back((i * 37) % 200 + 1);
    const auto batches = bucketedBatches(lengths, 16, 42, 0);
    std::multiset<size_t> seen;
    for (const auto& b : batches) {
      QVERIFY(b.size() <= 16);
      seen.insert(b.begin(), b.end());
    }
    QCOMPARE(seen.size(), size_t(1000));
    QCOMPARE(std::set<size_t>(seen.begin(), seen.end()).size(), size_t(1000));
  }

  void bucketingCutsPadding() {
    std::vector<size_t> lengths;
    for (size_t i = 0; i < 2048; ++i) lengths.push_back((i * 7919) % 500 + 1);
    auto padded = [&](const std::vector<std::vector<size_t>>& batches) {
      size_t cells = 0;
      for (const auto& b : batches) {
        size_t longest = 0;
        for (size_t i : b) longest = std::max(longest, lengths[i]);
        cells += longest * b.size();
      }
      return cells;
    };
    std::vector<size_t> order(lengths.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    deterministicShuffle(order, 1);
    std::vector<std::vector<size_t>> random;
    for (size_t i = 0; i < order.size(); i += 16)
      random.emplace_back(order.begin() + long(i), order.begin() + long(i + 16));
    // Pools of 32 batches sorted by length: the padded area is far below random batching.
    QVERIFY(padded(bucketedBatches(lengths, 16, 1, 0)) * 10 < padded(random) * 6);
  }

  void orderDependsOnSeedAndEpochOnly() {
    const std::vector<size_t> lengths(100, 5);
    QCOMPARE(bucketedBatches(lengths, 8, 7, 3), bucketedBatches(lengths, 8, 7, 3));
    QVERIFY(bucketedBatches(lengths, 8, 7, 3) != bucketedBatches(lengths, 8, 7, 4));
    QVERIFY(bucketedBatches(lengths, 8, 7, 3) != bucketedBatches(lengths, 8, 8, 3));
  }

  void padsToLongestInBatch() {
    const std::vector<int32_t> a{5, 6, 7}, b{8};
    const auto batch = padSequences({&a, &b}, 0);
    QCOMPARE(batch.inputIds.sizes().vec(), (std::vector<int64_t>{2, 3}));
    QCOMPARE(batch.realTokens, int64_t(4));
    QCOMPARE(batch.inputIds[1][0].item<int64_t>(), int64_t(8));
    QCOMPARE(batch.inputIds[1][2].item<int64_t>(), int64_t(0));
    QCOMPARE(batch.attentionMask.sum().item<int64_t>(), int64_t(4));
    QCOMPARE(batch.attentionMask[1][1].item<int64_t>(), int64_t(0));
  }

  void sortedEvalBatches() {
    const auto batches = lengthSortedBatches({5, 1, 3, 2}, 2);
    QCOMPARE(batches, (std::vector<std::vector<size_t>>{{1, 3}, {2, 0}}));
  }
};

ASSAY_TEST_APPLESS_MAIN(TestBatching)
#include "tst_batching.moc"
