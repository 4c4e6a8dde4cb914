// Data-parallel training (ShardRunner + Trainer::backwardSharded): a batch
// split over two threads must train the same model as one thread — the same
// losses up to float rounding, class weights and gradient accumulation
// included — and really run on two threads; evaluation must not depend on
// the width; errors in a helper shard must surface like the main one's.
#include <torch/torch.h>

#include <dlfcn.h>

#include <QtTest>
#include <atomic>
#include <mutex>
#include <set>
#include <thread>

#include "TestRegistry.h"
#include "train/ShardRunner.h"
#include "train/Trainer.h"
#include "train/TrainThreads.h"
#include "TrainerFixture.h"

using namespace assay;
using namespace assay::testing;

namespace {

// Records the threads the model's forward ran on.
struct ThreadLog {
  std::mutex mutex;
  std::set<std::thread::id> ids;
};

ModelHandle loggingHandle(BagModel model, ThreadLog& log) {
  auto h = handleFor(model);
  auto inner = h.forward;
  h.forward = [inner, &log](const ModelInput& in, const ForwardRequest& request) {
    {
      std::lock_guard<std::mutex> lock(log.mutex);
      log.ids.insert(std::this_thread::get_id());
    }
    return inner(in, request);
  };
  return h;
}

// Class 1 is rare (1 in 3), so inverse-frequency weights differ from 1, and
// lengths are spread so that length-sorted batches mix the classes: a
// shard's share of the batch's weight is then not its share of the records.
TrainingData imbalancedData() {
  auto d = classifyData();
  std::vector<TrainExample> kept;
  for (size_t i = 0; i < d.train.size(); ++i) {
    if (d.train[i].label == 1 && i % 4 == 3) continue;
    auto e = d.train[i];
    const auto first = e.ids.front();
    for (size_t k = 0; k < (i * 5) % 7; ++k) e.ids.push_back(first);
    kept.push_back(e);
  }
  d.train = kept;
  return d;
}

void compareRuns(const TrainResult& one, const TrainResult& two, BagModel a, BagModel b) {
  QCOMPARE(two.stepLosses.size(), one.stepLosses.size());
  for (size_t i = 0; i < one.stepLosses.size(); ++i)
    QVERIFY2(std::abs(one.stepLosses[i] - two.stepLosses[i]) <= 1e-5 * std::max(1.0, std::abs(one.stepLosses[i])),
             qPrintable(QStringLiteral("step %1: %2 vs %3").arg(i + 1).arg(one.stepLosses[i]).arg(two.stepLosses[i])));
  const auto pa = a->parameters(), pb = b->parameters();
  for (size_t i = 0; i < pa.size(); ++i) QVERIFY(torch::allclose(pa[i], pb[i], 1e-4, 1e-5));
}

}  // namespace

class TestDataParallel : public QObject {
  Q_OBJECT
  const std::thread::id mainThread = std::this_thread::get_id();  // the test slots run here

 private Q_SLOTS:
  void initTestCase() { torch::set_num_threads(1); }

  void evenPartsCoverEveryItemOnce() {
    using Parts = std::vector<std::pair<size_t, size_t>>;
    QCOMPARE(evenParts(16, 2), (Parts{{0, 8}, {8, 16}}));
    QCOMPARE(evenParts(7, 3), (Parts{{0, 3}, {3, 5}, {5, 7}}));
    QCOMPARE(evenParts(1, 4), (Parts{{0, 1}}));  // never an empty shard
    QCOMPARE(evenParts(5, 0), (Parts{{0, 5}}));
  }

  void widthFollowsRequestAndBatch() {
    QCOMPARE(dataParallelWidth(2, 16), 2);
    QCOMPARE(dataParallelWidth(1, 16), 1);
    QCOMPARE(dataParallelWidth(8, 16), 4);  // at least kMinShardRecords per shard
    QCOMPARE(dataParallelWidth(2, 3), 1);
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    QCOMPARE(dataParallelWidth(0, 1024), cores);  // the default: one per core
  }

  // Without the larger cache, dynamic padding's many product shapes make
  // oneDNN recompile kernels (TrainThreads.h); the setting must take.
  void configureThreadsEnlargesTheMatmulKernelCache() {
    using Getter = int (*)(int*);
    auto* get = reinterpret_cast<Getter>(dlsym(RTLD_DEFAULT, "dnnl_get_primitive_cache_capacity"));
    if (!get) QSKIP("this LibTorch does not use oneDNN");
    qunsetenv("ONEDNN_PRIMITIVE_CACHE_CAPACITY");
    qunsetenv("DNNL_PRIMITIVE_CACHE_CAPACITY");
    QCOMPARE(configureThreads(1), 1);
    int capacity = 0;
    QCOMPARE(get(&capacity), 0);
    QCOMPARE(capacity, kMatmulKernelCacheCapacity);
  }

  void shardsRethrowAfterAllFinish() {
    std::atomic<int> finished{0};
    try {
      runShards(3, [&](int shard) {
        if (shard == 2) throw std::runtime_error("shard two failed");
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        ++finished;
      });
      QFAIL("the helper's exception must reach the caller");
    } catch (const std::runtime_error& e) {
      QCOMPARE(QString::fromUtf8(e.what()), QStringLiteral("shard two failed"));
    }
    QCOMPARE(finished.load(), 2);
  }

  void helperThreadsAreKeptAndNestedCallsWork() {
    // Every shard runs once per call, on the same helper threads call after
    // call; a narrower call leaves the spare helpers idle; a call from inside
    // a shard (the pool is busy) still runs all of its shards.
    std::set<std::thread::id> helpers;
    std::mutex m;
    for (int call = 0; call < 20; ++call) {
      const int width = call % 2 ? 3 : 2;
      std::vector<int> ran(size_t(width), 0);
      runShards(width, [&](int shard) {
        ++ran[size_t(shard)];
        std::lock_guard<std::mutex> lock(m);
        if (shard > 0) helpers.insert(std::this_thread::get_id());
        else QCOMPARE(std::this_thread::get_id(), mainThread);
      });
      QCOMPARE(ran, std::vector<int>(size_t(width), 1));
    }
    QCOMPARE(int(helpers.size()), 2);
    std::atomic<int> inner{0};
    runShards(2, [&](int) { runShards(2, [&](int) { ++inner; }); });
    QCOMPARE(inner.load(), 4);
  }

  void twoShardsTrainLikeOneThread_data() {
    QTest::addColumn<bool>("classWeights");
    QTest::addColumn<int>("accumulation");
    QTest::newRow("plain") << false << 1;
    QTest::newRow("class weights") << true << 1;
    QTest::newRow("class weights, accumulation 2") << true << 2;
  }
  void twoShardsTrainLikeOneThread() {
    QFETCH(bool, classWeights);
    QFETCH(int, accumulation);
    const auto data = imbalancedData();
    QTemporaryDir d1, d2;
    auto run = [&](const QString& out, int threads, BagModel model, ThreadLog& log) {
      auto config = baseConfig(out);
      config.classWeights = classWeights;
      config.gradientAccumulationSteps = accumulation;
      config.numThreads = threads;
      Trainer trainer(config, loggingHandle(model, log), data);
      if (trainer.dataParallelWidth() != threads) throw std::logic_error("width not applied");
      return trainer.run();
    };
    ThreadLog log1, log2;
    auto a = freshModel(2), b = freshModel(2);
    const auto one = run(d1.path(), 1, a, log1);
    const auto two = run(d2.path(), 2, b, log2);
    QCOMPARE(log1.ids.size(), size_t(1));
    QCOMPARE(log2.ids.size(), size_t(2));  // the batch really was split over two threads
    compareRuns(one, two, a, b);
    QCOMPARE(two.finalMetrics->classification->accuracy, one.finalMetrics->classification->accuracy);
  }

  void rewardPairsShardLikeOneThread() {
    const auto data = pairData();
    QTemporaryDir d1, d2;
    auto run = [&](const QString& out, int threads, BagModel model) {
      auto config = baseConfig(out);
      config.centerRewardsCoefficient = 0.01;
      config.numThreads = threads;
      return Trainer(config, handleFor(model), data).run();
    };
    auto a = freshModel(1), b = freshModel(1);
    const auto one = run(d1.path(), 1, a);
    const auto two = run(d2.path(), 2, b);
    compareRuns(one, two, a, b);
    const double m1 = one.finalMetrics->reward->meanMargin, m2 = two.finalMetrics->reward->meanMargin;
    QVERIFY2(std::abs(m1 - m2) <= 1e-4 * std::max(1.0, std::abs(m1)),
             qPrintable(QStringLiteral("%1 vs %2").arg(m1).arg(m2)));
    QCOMPARE(two.finalMetrics->reward->pairwiseAccuracy, one.finalMetrics->reward->pairwiseAccuracy);
  }

  void twoShardsAreReproducible() {
    const auto data = classifyData();
    QTemporaryDir a, b;
    auto run = [&](const QString& out) {
      auto config = baseConfig(out);
      config.numThreads = 2;
      return Trainer(config, handleFor(freshModel(2)), data).run().stepLosses;
    };
    QCOMPARE(run(b.path()), run(a.path()));  // bit-for-bit: shard gradients are summed in order
  }

  void evaluationIgnoresWidth() {
    auto data = classifyData();
    data.eval = makeRecords(300, 5);  // several eval batches of 64
    QTemporaryDir dir;
    auto model = freshModel(2);
    auto config = baseConfig(dir.path());
    config.numThreads = 1;
    const auto one = Trainer(config, handleFor(model), data).evaluate(data.eval);
    config.numThreads = 2;
    const auto two = Trainer(config, handleFor(model), data).evaluate(data.eval);
    QCOMPARE(two.loss, one.loss);  // summed in batch order: bit-for-bit
    QCOMPARE(two.classification->confusion, one.classification->confusion);
  }

  void nanInHelperShardStopsTheRun() {
    const auto data = classifyData();
    QTemporaryDir dir;
    auto handle = handleFor(freshModel(2));
    const auto main = std::this_thread::get_id();
    auto inner = handle.forward;
    handle.forward = [inner, main](const ModelInput& in, const ForwardRequest& request) {
      auto out = inner(in, request);
      if (std::this_thread::get_id() != main) out.logits = out.logits * std::numeric_limits<float>::quiet_NaN();
      return out;
    };
    auto config = baseConfig(dir.path());
    config.numThreads = 2;
    try {
      Trainer(config, handle, data).run();
      QFAIL("a NaN loss in the helper shard must stop training");
    } catch (const std::runtime_error& e) {
      const QString message = QString::fromUtf8(e.what());
      QVERIFY2(message.contains("NaN") && message.contains("step 1"), e.what());
    }
  }

  void dropoutKeepsOneThread() {
    const auto data = classifyData();
    QTemporaryDir dir;
    auto handle = handleFor(freshModel(2));
    handle.usesDropout = true;
    auto config = baseConfig(dir.path());
    config.numThreads = 2;
    QCOMPARE(Trainer(config, handle, data).dataParallelWidth(), 1);
  }
};

ASSAY_TEST_APPLESS_MAIN(TestDataParallel)
#include "tst_data_parallel.moc"
