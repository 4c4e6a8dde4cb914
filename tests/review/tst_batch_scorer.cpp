// BatchScorer, the dynamic batching of `assay-cli serve`, on an n-gram
// model: requests from many threads get the predictions each text gets
// alone, and batches close at --max_batch records or after --max_wait_ms.
#include <torch/torch.h>

#include <QtTest>
#include <atomic>
#include <future>
#include <thread>

#include "review/BatchScorer.h"
#include "review/Predictor.h"
#include "SyntheticCorrectness.h"
#include "TestRegistry.h"
#include "train/TrainingRun.h"

using namespace assay;
using namespace std::chrono_literals;

class TestBatchScorer : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  std::unique_ptr<Predictor> predictor_;
  QStringList texts_;

  static std::vector<Prediction> score(BatchScorer& scorer, const QStringList& texts) {
    std::promise<std::vector<Prediction>> result;
    auto future = result.get_future();
    scorer.submit(texts, [&result](std::vector<Prediction> p, QString) { result.set_value(std::move(p)); });
    return future.get();
  }

  static void compare(const Prediction& a, const Prediction& b) {
    QCOMPARE(a.predictedLabel, b.predictedLabel);
    QCOMPARE(a.logits, b.logits);
  }

 private Q_SLOTS:
  void initTestCase() {
    const QString data = dir_.filePath(QStringLiteral("phones.jsonl"));
    QVERIFY(testdata::writeCorrectnessTrl(data, 120, 3));
    TrainConfig c;
    c.task = TrainTask::Classify;
    c.modelNameOrPath = QStringLiteral("ngram");
    c.trainFile = data;
    c.outputDir = dir_.filePath(QStringLiteral("ngram"));
    c.numThreads = 1;
    auto prepared = prepareTraining(c);
    runTraining(prepared);
    predictor_ = Predictor::load(c.outputDir);
    std::mt19937 rng(11);
    for (int i = 0; i < 48; ++i) texts_ << testdata::phoneRecord(rng, i % 2 == 0);
  }

  void concurrentRequestsGiveTheOneByOneValues() {
    std::vector<Prediction> alone;
    for (const QString& t : texts_) alone.push_back(predictor_->predict({t}, 1).at(0));
    BatchScorer scorer(*predictor_, 16, 5ms);
    std::vector<std::vector<Prediction>> got(texts_.size());
    std::vector<std::thread> clients;
    for (int c = 0; c < 8; ++c)
      clients.emplace_back([&, c] {
        for (int i = c; i < texts_.size(); i += 8) got[size_t(i)] = score(scorer, {texts_[i]});
      });
    for (auto& t : clients) t.join();
    for (size_t i = 0; i < alone.size(); ++i) {
      QCOMPARE(got[i].size(), size_t(1));
      compare(got[i][0], alone[i]);
    }
    const auto counters = scorer.counters();
    QCOMPARE(counters.requests, qint64(texts_.size()));
    QCOMPARE(counters.records, qint64(texts_.size()));
    QVERIFY(counters.largestBatch <= 16);
  }

  void batchClosesAtMaxBatch() {
    // A wait far longer than the test: only the 12th record closes the batch.
    BatchScorer scorer(*predictor_, 12, 600s);
    std::vector<std::promise<std::vector<Prediction>>> results(12);
    for (int i = 0; i < 12; ++i)
      scorer.submit({texts_[i]},
                    [&results, i](std::vector<Prediction> p, QString) { results[size_t(i)].set_value(p); });
    for (int i = 0; i < 12; ++i)
      compare(results[size_t(i)].get_future().get().at(0), predictor_->predict({texts_[i]}).at(0));
    const auto counters = scorer.counters();
    QCOMPARE(counters.batches, qint64(1));
    QCOMPARE(counters.largestBatch, 12);
  }

  void batchRequestsKeepTheirOrder() {
    BatchScorer scorer(*predictor_, 64, 0ms);
    const auto got = score(scorer, texts_.mid(0, 10));
    const auto want = predictor_->predict(texts_.mid(0, 10));
    QCOMPARE(got.size(), want.size());
    for (size_t i = 0; i < got.size(); ++i) compare(got[i], want[i]);
  }

  void unbatchedRunsOneRecordABatch() {
    BatchScorer scorer(*predictor_, 1, 0ms);
    for (int i = 0; i < 5; ++i) score(scorer, {texts_[i]});
    QCOMPARE(scorer.counters().batches, qint64(5));
    QCOMPARE(scorer.counters().largestBatch, 1);
  }

  void destructionAnswersEveryQueuedRequest() {
    std::atomic<int> answered{0};
    {
      BatchScorer scorer(*predictor_, 4, 600s);
      for (int i = 0; i < 7; ++i)
        scorer.submit({texts_[i]}, [&answered](std::vector<Prediction> p, QString) { answered += int(p.size()); });
    }
    QCOMPARE(answered.load(), 7);
  }
};

ASSAY_TEST_APPLESS_MAIN(TestBatchScorer)
#include "tst_batch_scorer.moc"
