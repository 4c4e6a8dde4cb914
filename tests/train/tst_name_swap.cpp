// --name_swap: which tokens swapTokens replaces (only the marked ones, every
// occurrence of a token by the same pool token, in about `rate` of the
// records, the same on every call for the same coordinates); that the
// Trainer swaps only rare ideographs, only while training, reproducibly and
// resumably, and the same way in both texts of a reward pair; and which
// tokens CharTokenizer reports as ideographs.
#include <torch/torch.h>

#include <QtTest>
#include <set>

#include "TestRegistry.h"
#include "text/CharTokenizer.h"
#include "train/Batching.h"
#include "train/Trainer.h"
#include "TrainerFixture.h"

using namespace assay;
using namespace assay::testing;

namespace {
using Row = std::vector<int32_t>;

// The real tokens of every row the model was given, split by mode.
struct RowLog {
  std::vector<Row> training, evaluation;
};

std::vector<Row> rowsOf(const torch::Tensor& ids, const torch::Tensor& mask) {
  std::vector<Row> rows;
  for (int64_t b = 0; b < ids.size(0); ++b) {
    Row r;
    for (int64_t t = 0; t < ids.size(1); ++t)
      if (mask[b][t].item<int64_t>()) r.push_back(int32_t(ids[b][t].item<int64_t>()));
    rows.push_back(r);
  }
  return rows;
}

ModelHandle loggingHandle(BagModel model, RowLog& log) {
  auto h = handleFor(model);
  auto inner = h.forward;
  h.forward = [inner, model, &log](const ModelInput& in, const ForwardRequest& request) {
    auto& into = model->is_training() ? log.training : log.evaluation;
    for (auto& r : rowsOf(in.inputIds, in.attentionMask)) into.push_back(r);
    return inner(in, request);
  };
  return h;
}

// classifyData with token 11 at the front of every record (so it occurs in
// all of them, and nowhere else), and ids 1..9 and 11 marked as ideographs
// (10 is not one).
TrainingData swapData() {
  auto data = classifyData();
  for (auto* part : {&data.train, &data.eval})
    for (auto& e : *part) e.ids.insert(e.ids.begin(), 11);
  data.ideographTokens.assign(12, false);
  for (int id = 1; id <= 9; ++id) data.ideographTokens[size_t(id)] = true;
  data.ideographTokens[11] = true;
  return data;
}

TrainConfig swapConfig(const QString& dir) {
  auto config = baseConfig(dir);
  config.nameSwap = 0.5;
  config.lmFrequentTokenShare = 0.9;  // token 11 (every record) is frequent, 1..9 are rare
  // One shard: the logging handles below append from the forward pass,
  // which data-parallel shards would call from several threads at once.
  config.numThreads = 1;
  return config;
}
}  // namespace

class TestNameSwap : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { torch::set_num_threads(1); }

  void swapsMarkedTokensConsistentlyInAboutTheRateOfRecords() {
    const std::vector<bool> swappable = {false, true, true, false, true};
    const std::vector<int32_t> pool = {20, 21, 22, 23, 24, 25, 26, 27};
    const Row ids = {1, 2, 3, 1, 4, 2, 0, 3};
    int swapped = 0;
    for (size_t record = 0; record < 4000; ++record) {
      const auto out = swapTokens(ids, 0.3, swappable, pool, 42, 0, record);
      QCOMPARE(out.size(), ids.size());
      if (out == ids) continue;
      ++swapped;
      QCOMPARE(out[2], 3);  // unmarked tokens stay
      QCOMPARE(out[6], 0);
      QCOMPARE(out[7], 3);
      for (size_t k : {0u, 1u, 3u, 4u, 5u}) QVERIFY(std::count(pool.begin(), pool.end(), out[k]) == 1);
      QCOMPARE(out[3], out[0]);  // every 1 becomes the same token, every 2 too
      QCOMPARE(out[5], out[1]);
    }
    const double share = swapped / 4000.0;
    QVERIFY2(share > 0.27 && share < 0.33, qPrintable(QString::number(share)));
    QCOMPARE(swapTokens(ids, 0.0, swappable, pool, 42, 0, 1), ids);
    QCOMPARE(swapTokens(ids, 1.0, swappable, {}, 42, 0, 1), ids);  // nothing to swap to
    // Ids beyond the mask (a vocabulary larger than the mask) are left alone.
    QCOMPARE(swapTokens({7, 9}, 1.0, swappable, pool, 42, 0, 1), (Row{7, 9}));
  }

  void replacementsVaryAcrossTokensAndDependOnCoordinatesOnly() {
    std::vector<bool> swappable(300, true);
    std::vector<int32_t> pool;
    for (int32_t id = 0; id < 300; ++id) pool.push_back(id);
    Row ids;
    for (int32_t id = 0; id < 300; ++id) ids.push_back(id);
    const auto a = swapTokens(ids, 1.0, swappable, pool, 42, 2, 17);
    QVERIFY(std::set<int32_t>(a.begin(), a.end()).size() > 150);  // not all onto a few tokens
    QCOMPARE(swapTokens(ids, 1.0, swappable, pool, 42, 2, 17), a);
    QVERIFY(swapTokens(ids, 1.0, swappable, pool, 42, 3, 17) != a);  // another epoch
    QVERIFY(swapTokens(ids, 1.0, swappable, pool, 42, 2, 18) != a);  // another record
    QVERIFY(swapTokens(ids, 1.0, swappable, pool, 43, 2, 17) != a);  // another seed
    // A pair's other text (same record, another ending) gets the same replacements.
    Row longer = {5, 6, 7};
    const auto b = swapTokens(longer, 1.0, swappable, pool, 42, 2, 17);
    QCOMPARE(b[0], a[5]);
    QCOMPARE(b[2], a[7]);
  }

  void charTokenizerMarksSingleIdeographs() {
    const auto tok = CharTokenizer::build({"张三，abc 1号㐀", "<|endoftext|>"});
    const auto marks = tok->ideographTokens();
    QCOMPARE(int32_t(marks.size()), tok->vocabSize());
    const auto is = [&](const char* token) { return bool(marks[size_t(*tok->tokenToId(token))]); };
    QVERIFY(is("张"));
    QVERIFY(is("三"));
    QVERIFY(is("号"));
    QVERIFY(is("㐀"));  // extension A
    QVERIFY(!is("，"));
    QVERIFY(!is("a"));
    QVERIFY(!is("1"));
    QVERIFY(!is(" "));
    QVERIFY(!is("<|endoftext|>"));
    QVERIFY(!marks[size_t(tok->padTokenId())]);
    QVERIFY(!marks[size_t(tok->unkTokenId())]);
  }

  void trainerSwapsRareIdeographsInTrainingOnly() {
    const auto data = swapData();
    std::set<Row> originals;
    for (const auto* part : {&data.train, &data.eval})
      for (const auto& e : *part) originals.insert(e.ids);
    QTemporaryDir dir;
    RowLog log;
    Trainer(swapConfig(dir.path()), loggingHandle(freshModel(2), log), data).run();
    int changed = 0;
    for (const auto& row : log.training) {
      QCOMPARE(row.front(), 11);  // the frequent token is never swapped nor swapped in
      QVERIFY(std::count(row.begin() + 1, row.end(), 11) == 0);
      changed += !originals.count(row);
    }
    QVERIFY(!log.evaluation.empty());
    for (const auto& row : log.evaluation) QVERIFY(originals.count(row));
    const double share = double(changed) / double(log.training.size());
    QVERIFY2(share > 0.3 && share < 0.7, qPrintable(QString::number(share)));

    // Token 10 is no ideograph: it occurs exactly as often as in the data.
    int64_t tensIn = 0, tensSeen = 0;
    for (const auto& e : data.train) tensIn += std::count(e.ids.begin(), e.ids.end(), 10);
    for (const auto& row : log.training) tensSeen += std::count(row.begin(), row.end(), 10);
    QCOMPARE(tensSeen, tensIn * 3);  // three epochs

    // Without ideographs (a pretrained tokenizer) nothing is swapped.
    auto plain = data;
    plain.ideographTokens.clear();
    QTemporaryDir dir2;
    RowLog none;
    Trainer(swapConfig(dir2.path()), loggingHandle(freshModel(2), none), plain).run();
    for (const auto& row : none.training) QVERIFY(originals.count(row));
  }

  void trainerRunsAreReproducibleAndResumable() {
    QTemporaryDir dir;
    verifyReproducibleAndResumable(swapConfig(dir.path()), swapData(), [](TrainConfig& c) { c.nameSwap = 0; });
  }

  void pairsAreSwappedAlike() {
    auto data = swapData();
    data.pairwise = true;
    data.labels = {};
    for (auto* part : {&data.train, &data.eval})
      for (auto& e : *part) {  // pairs that share all but a verdict token (10, and the frequent 11)
        e.rejectedIds = e.ids;
        e.ids.push_back(10);
        e.rejectedIds.push_back(11);
      }
    std::set<Row> originals;
    for (const auto& e : data.train) originals.insert(e.ids);
    QTemporaryDir dir;
    auto model = freshModel(1);
    auto h = handleFor(model);
    int64_t unsharedTails = 0, swappedRows = 0;
    h.packsPairs = true;
    h.forward = [model, &unsharedTails, &swappedRows, &originals](const ModelInput& p, const ForwardRequest&) mutable {
      const auto tailA = p.pooled.select(1, 1) - p.pooled.select(1, 0);
      unsharedTails += tailA.ne(1).sum().item<int64_t>();
      if (model->is_training())
        for (int64_t b = 0; b < p.inputIds.size(0); ++b) {
          Row chosen;  // the prefix and the first tail
          for (int64_t t = 0; t <= p.pooled[b][0].item<int64_t>(); ++t)
            chosen.push_back(int32_t(p.inputIds[b][t].item<int64_t>()));
          swappedRows += !originals.count(chosen);
        }
      return sameRewardForBoth(model, p);
    };
    Trainer(swapConfig(dir.path()), h, data).run();
    QVERIFY(swappedRows > 0);
    QCOMPARE(unsharedTails, int64_t(0));  // both texts got the same replacements
  }
};

ASSAY_TEST_APPLESS_MAIN(TestNameSwap)
#include "tst_name_swap.moc"
