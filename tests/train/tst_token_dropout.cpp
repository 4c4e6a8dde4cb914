// --token_dropout: which tokens dropTokens replaces (never the last, never
// reserved ids, about `rate` of the rest, the same on every call for the same
// coordinates), and that the Trainer applies it to training batches only,
// reproducibly, keeping a reward pair's shared prefix.
#include <torch/torch.h>

#include <QtTest>

#include "TestRegistry.h"
#include "train/Batching.h"
#include "train/Trainer.h"
#include "TrainerFixture.h"

using namespace assay;
using namespace assay::testing;

namespace {
constexpr int32_t kUnk = 11;

// Counts unknown tokens among the real tokens the model was given, split by
// training and evaluation mode.
struct UnkCounter {
  int64_t training = 0, evaluation = 0;
};

ModelHandle countingHandle(BagModel model, UnkCounter& counter) {
  auto h = handleFor(model);
  auto inner = h.forward;
  h.forward = [inner, model, &counter](const ModelInput& in, const ForwardRequest& request) {
    const int64_t unk = (in.inputIds.eq(kUnk) & in.attentionMask.to(torch::kBool)).sum().item<int64_t>();
    (model->is_training() ? counter.training : counter.evaluation) += unk;
    return inner(in, request);
  };
  return h;
}
}  // namespace

class TestTokenDropout : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { torch::set_num_threads(1); }

  void dropsAboutTheRateButNeverTheLastOrReservedTokens() {
    std::vector<int32_t> ids;
    for (int i = 0; i < 20000; ++i) ids.push_back(i % 3 == 0 ? 2 : 7);  // id 2 is reserved below
    const auto out = dropTokens(ids, 0.1, 1, 5, 42, 0, 3);
    int64_t dropped = 0, droppable = 0;
    for (size_t k = 0; k < ids.size(); ++k) {
      if (ids[k] == 2) QCOMPARE(out[k], 2);
      else {
        ++droppable;
        dropped += out[k] == 1;
        QVERIFY(out[k] == 1 || out[k] == 7);
      }
    }
    const double share = double(dropped) / double(droppable);
    QVERIFY2(share > 0.09 && share < 0.11, qPrintable(QString::number(share)));
    const auto all = dropTokens({7, 7, 7, 7}, 0.999999, 1, 5, 42, 0, 3);
    QCOMPARE(all, (std::vector<int32_t>{1, 1, 1, 7}));  // the last token always stays
    QCOMPARE(dropTokens(ids, 0.0, 1, 5, 42, 0, 3), ids);
  }

  void drawsDependOnSeedEpochAndRecordOnly() {
    const std::vector<int32_t> ids(200, 9);
    const auto a = dropTokens(ids, 0.3, 1, 5, 42, 2, 17);
    QCOMPARE(dropTokens(ids, 0.3, 1, 5, 42, 2, 17), a);
    QVERIFY(dropTokens(ids, 0.3, 1, 5, 42, 3, 17) != a);  // another epoch
    QVERIFY(dropTokens(ids, 0.3, 1, 5, 42, 2, 18) != a);  // another record
    QVERIFY(dropTokens(ids, 0.3, 1, 5, 43, 2, 17) != a);  // another seed
    // A longer text from the same record (a pair's other side) loses the same positions.
    std::vector<int32_t> longer = ids;
    longer.insert(longer.end(), {8, 8});
    const auto b = dropTokens(longer, 0.3, 1, 5, 42, 2, 17);
    QVERIFY(std::equal(a.begin(), a.end() - 1, b.begin()));
  }

  void trainerDropsInTrainingOnly() {
    auto data = classifyData();
    data.unkTokenId = kUnk;
    data.firstDroppableTokenId = 1;
    QTemporaryDir dir;
    auto config = baseConfig(dir.path());
    config.tokenDropout = 0.3;
    UnkCounter counter;
    Trainer(config, countingHandle(freshModel(2), counter), data).run();
    QVERIFY(counter.training > 0);
    QCOMPARE(counter.evaluation, int64_t(0));

    UnkCounter off;  // a tokenizer without an unknown token: nothing is dropped
    data.unkTokenId = -1;
    QTemporaryDir dir2;
    config.outputDir = dir2.path();
    Trainer(config, countingHandle(freshModel(2), off), data).run();
    QCOMPARE(off.training, int64_t(0));
  }

  void trainerRunsAreReproducibleAndResumable() {
    auto data = classifyData();
    data.unkTokenId = kUnk;
    data.firstDroppableTokenId = 1;
    QTemporaryDir dir;
    auto config = baseConfig(dir.path());
    config.tokenDropout = 0.3;
    verifyReproducibleAndResumable(config, data, [](TrainConfig& c) { c.tokenDropout = 0; });
  }

  void pairsKeepTheirSharedPrefix() {
    auto data = pairData();
    for (auto* part : {&data.train, &data.eval})
      for (auto& e : *part) {  // make the pairs share all but a verdict token
        e.rejectedIds = e.ids;
        e.ids.push_back(9);
        e.rejectedIds.push_back(10);
      }
    data.unkTokenId = kUnk;
    data.firstDroppableTokenId = 1;
    QTemporaryDir dir;
    auto config = baseConfig(dir.path());
    config.tokenDropout = 0.3;
    auto model = freshModel(1);
    auto h = handleFor(model);
    int64_t packedCalls = 0, unsharedTails = 0, unks = 0;
    h.packsPairs = true;
    h.forward = [model, &packedCalls, &unsharedTails, &unks](const ModelInput& p, const ForwardRequest&) mutable {
      ++packedCalls;
      // Every row's tails are one token each: the prefix was shared in full.
      const auto tailA = p.pooled.select(1, 1) - p.pooled.select(1, 0);
      unsharedTails += tailA.ne(1).sum().item<int64_t>();
      unks += p.inputIds.eq(kUnk).sum().item<int64_t>();
      return sameRewardForBoth(model, p);
    };
    Trainer(config, h, data).run();
    QVERIFY(packedCalls > 0);
    QVERIFY(unks > 0);
    QCOMPARE(unsharedTails, int64_t(0));
  }
};

ASSAY_TEST_APPLESS_MAIN(TestTokenDropout)
#include "tst_token_dropout.moc"
