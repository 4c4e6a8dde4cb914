// Reward pairs packed with a shared prefix (packSharedPrefixPairs +
// ModelInput::sharedPrefixPairs): the exact row layout,
// rewards and gradients equal to running the two sequences separately, and a
// Trainer run that uses the packing trains like one that does not.
#include <torch/torch.h>

#include <QtTest>

#include "../model/ModelTestUtil.h"
#include "model/Qwen2ForSequenceClassification.h"
#include "TestRegistry.h"
#include "train/Batching.h"
#include "train/Trainer.h"

using namespace assay;
using Seq = std::vector<int32_t>;

namespace {

std::vector<int64_t> row(const torch::Tensor& t, int64_t r) {
  const auto x = t[r].contiguous();
  return std::vector<int64_t>(x.data_ptr<int64_t>(), x.data_ptr<int64_t>() + x.numel());
}

// Reference: the reward of each sequence run alone.
torch::Tensor separateRewards(Qwen2ForSequenceClassification& model, const Seq& s) {
  std::vector<int64_t> ids(s.begin(), s.end());
  const auto t = torch::tensor(ids).unsqueeze(0);
  return model->forward(t, torch::ones_like(t)).select(1, 0);
}

std::vector<std::pair<Seq, Seq>> samplePairs() {
  return {
      {{5, 6, 7, 8, 9, 2}, {5, 6, 7, 8, 9, 3}},  // a correctness record and its two verdicts
      {{4, 4, 11, 12}, {4, 4, 13, 14, 15, 16}},  // a shared prompt, answers of different length
      {{20, 21}, {30, 31, 32}},                  // nothing shared
      {{7, 8, 9}, {7, 8, 9}},                    // identical
      {{40}, {40, 41, 42, 43}},                  // one is a prefix of the other
  };
}

}  // namespace

class TestSharedPrefix : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { torch::set_num_threads(1); }

  void packsPrefixOnceAndHidesTheFirstTail() {
    const Seq a{1, 2, 3, 7}, b{1, 2, 3, 8, 9}, c{5, 6}, d{5, 6};
    const auto p = packSharedPrefixPairs({&a, &c}, {&b, &d}, 0);
    QCOMPARE(row(p.inputIds, 0), (std::vector<int64_t>{1, 2, 3, 7, 8, 9}));
    QCOMPARE(row(p.positionIds, 0), (std::vector<int64_t>{0, 1, 2, 3, 3, 4}));
    QCOMPARE(row(p.pooled, 0), (std::vector<int64_t>{3, 5}));
    // Identical sequences: each keeps its last token as its own tail.
    QCOMPARE(row(p.inputIds, 1), (std::vector<int64_t>{5, 6, 6, 0, 0, 0}));
    QCOMPARE(row(p.positionIds, 1), (std::vector<int64_t>{0, 1, 1, 0, 0, 0}));
    QCOMPARE(row(p.pooled, 1), (std::vector<int64_t>{1, 2}));
    const auto v = p.visibility[0].to(torch::kLong);
    QCOMPARE(row(v, 3), (std::vector<int64_t>{1, 1, 1, 1, 0, 0}));  // tail A: causal
    QCOMPARE(row(v, 4), (std::vector<int64_t>{1, 1, 1, 0, 1, 0}));  // tail B skips tail A
    QCOMPARE(row(v, 5), (std::vector<int64_t>{1, 1, 1, 0, 1, 1}));
    const auto padRows = p.visibility[1].to(torch::kLong);
    QCOMPARE(row(padRows, 2), (std::vector<int64_t>{1, 0, 1, 0, 0, 0}));                  // its tail B skips tail A too
    QCOMPARE(padRows.narrow(0, 0, 3).narrow(1, 3, 3).sum().item<int64_t>(), int64_t(0));  // no padding key is seen
    QCOMPARE(p.realTokens, int64_t(4 + 5 + 2 + 2));
    QCOMPARE(p.packedTokens, int64_t(6 + 3));
  }

  void rejectsEmptyAndUnequalInput() {
    const Seq a{1, 2}, empty;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, packSharedPrefixPairs({&a}, {&empty}, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, packSharedPrefixPairs({&a, &a}, {&a}, 0));
  }

  void rewardsAndGradientsEqualSeparateRuns() {
    torch::manual_seed(5);
    Qwen2ForSequenceClassification model(test::smallConfig(4, 2, false, 1));
    std::vector<const Seq*> first, second;
    const auto pairs = samplePairs();
    for (const auto& [x, y] : pairs) {
      first.push_back(&x);
      second.push_back(&y);
    }
    const auto packed = packSharedPrefixPairs(first, second, 0);
    const auto rewards = model->forward(packed.modelInput()).rewards();
    QCOMPARE(rewards.sizes().vec(), (std::vector<int64_t>{int64_t(pairs.size()), 2}));
    std::vector<torch::Tensor> expected;
    for (size_t r = 0; r < pairs.size(); ++r) {
      const auto a = separateRewards(model, pairs[r].first), b = separateRewards(model, pairs[r].second);
      expected.push_back(torch::cat({a, b}));
      QVERIFY2(torch::allclose(rewards[int64_t(r)], expected.back(), 1e-5, 1e-5),
               qPrintable(QStringLiteral("pair %1: %2 %3 vs %4 %5")
                              .arg(r)
                              .arg(rewards[int64_t(r)][0].item<double>())
                              .arg(rewards[int64_t(r)][1].item<double>())
                              .arg(a.item<double>())
                              .arg(b.item<double>())));
    }
    // The same loss through both routes gives the same gradient.
    const auto weights = torch::arange(1, 2 * int64_t(pairs.size()) + 1, torch::kFloat).view({-1, 2});
    model->zero_grad();
    (rewards * weights).sum().backward();
    std::vector<torch::Tensor> packedGrads;
    for (const auto& p : model->parameters()) packedGrads.push_back(p.grad().clone());
    model->zero_grad();
    (torch::stack(expected) * weights).sum().backward();
    const auto params = model->parameters();
    for (size_t i = 0; i < params.size(); ++i)
      QVERIFY2(torch::allclose(packedGrads[i], params[i].grad(), 1e-4, 1e-5), qPrintable(QString::number(i)));
  }

  void trainerUsesPackingToTheSameEffect() {
    TrainingData data;
    data.pairwise = true;
    for (int i = 0; i < 48; ++i) {
      TrainExample e;
      for (int k = 0; k < 3 + i % 5; ++k) e.ids.push_back(int32_t(1 + (i * 7 + k * 3) % 40));
      e.rejectedIds = e.ids;
      e.ids.push_back(45);          // "正确" is preferred for even i,
      e.rejectedIds.push_back(46);  // "错误" for odd i
      if (i % 2) std::swap(e.ids.back(), e.rejectedIds.back());
      (i < 40 ? data.train : data.eval).push_back(e);
    }
    auto run = [&](bool packed) {
      torch::manual_seed(9);
      Qwen2ForSequenceClassification model(test::smallConfig(4, 2, false, 1));
      ModelHandle h;
      h.module = model.ptr();
      int calls = 0;
      h.forward = [model, &calls](const ModelInput& in, const ForwardRequest& request) mutable {
        calls += in.packsPairs();
        return model->forward(in, request);
      };
      h.packsPairs = packed;
      QTemporaryDir dir;
      TrainConfig config;
      config.outputDir = dir.path();
      config.numTrainEpochs = 2;
      config.learningRate = 1e-3;
      config.perDeviceTrainBatchSize = 8;
      config.numThreads = 1;
      auto result = Trainer(config, h, data).run();
      if (packed && calls == 0) throw std::logic_error("no packed pair reached the model");
      return result;
    };
    const auto plain = run(false), packed = run(true);
    QCOMPARE(packed.stepLosses.size(), plain.stepLosses.size());
    for (size_t i = 0; i < plain.stepLosses.size(); ++i)
      QVERIFY2(std::abs(packed.stepLosses[i] - plain.stepLosses[i]) < 1e-4,
               qPrintable(
                   QStringLiteral("step %1: %2 vs %3").arg(i + 1).arg(packed.stepLosses[i]).arg(plain.stepLosses[i])));
    QCOMPARE(packed.finalMetrics->reward->pairwiseAccuracy, plain.finalMetrics->reward->pairwiseAccuracy);
  }
};

ASSAY_TEST_APPLESS_MAIN(TestSharedPrefix)
#include "tst_shared_prefix.moc"
