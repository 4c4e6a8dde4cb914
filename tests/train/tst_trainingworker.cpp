// TrainingWorker end to end on the real pipeline (file -> tiny Qwen2 ->
// model dir), on a QThread: signals, cancel/pause within one step, failures.
#include <torch/torch.h>

#include <QtTest>
#include <QThread>

#include "SyntheticCorrectness.h"
#include "TestRegistry.h"
#include "train/TrainingWorker.h"

using namespace assay;

class TestTrainingWorker : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  QString trainFile_;

  TrainConfig config(TrainTask task, const QString& out) const {
    TrainConfig c;
    c.task = task;
    c.trainFile = trainFile_;
    c.outputDir = dir_.filePath(out);
    c.numTrainEpochs = 4;
    c.perDeviceTrainBatchSize = 8;
    c.learningRate = 3e-3;
    c.maxLength = 64;
    c.loggingSteps = 1;
    c.numThreads = 1;
    return c;
  }

 private Q_SLOTS:
  void initTestCase() {
    trainFile_ = dir_.filePath(QStringLiteral("phones.trl.jsonl"));
    QVERIFY(testdata::writeCorrectnessTrl(trainFile_, 160, 5));
  }

  void classifyEndToEnd() {
    TrainingWorker worker(config(TrainTask::Classify, "classify"));
    QSignalSpy finished(&worker, &TrainingWorker::finished);
    QSignalSpy failed(&worker, &TrainingWorker::failed);
    QSignalSpy evaluated(&worker, &TrainingWorker::evaluated);
    QSignalSpy progress(&worker, &TrainingWorker::progress);
    QSignalSpy steps(&worker, &TrainingWorker::stepLogged);
    QSignalSpy checkpoints(&worker, &TrainingWorker::checkpointSaved);
    worker.run();  // same thread: signals are direct
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(finished.size(), 1);
    const auto result = finished.first().first().value<TrainResult>();
    // 160 records -> 128 train / 32 validation; 16 steps per epoch, 4 epochs.
    QCOMPARE(result.globalStep, int64_t(64));
    QCOMPARE(steps.size(), 64);
    QCOMPARE(progress.size(), 64);
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(64));
    QCOMPARE(evaluated.size(), 4);
    QVERIFY(!checkpoints.isEmpty());
    QVERIFY(result.finalMetrics && result.finalMetrics->classification);
    // Stated target for this separable set: at least 90% on the held-out 32.
    QVERIFY2(result.finalMetrics->classification->accuracy >= 0.9,
             qPrintable(QString::number(result.finalMetrics->classification->accuracy)));
    const QDir out(dir_.filePath("classify"));
    for (const char* f : {"config.json", "model.safetensors", "tokenizer.json", "label_mapping.json",
                          "assay_model.json", "dataset.json", "training_config.json", "metrics.jsonl"})
      QVERIFY2(out.exists(QString::fromUtf8(f)), f);
  }

  void rewardEndToEnd() {
    TrainingWorker worker(config(TrainTask::Reward, "reward"));
    QSignalSpy finished(&worker, &TrainingWorker::finished);
    QSignalSpy failed(&worker, &TrainingWorker::failed);
    worker.run();
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    const auto result = finished.first().first().value<TrainResult>();
    QVERIFY(result.finalMetrics && result.finalMetrics->reward && result.finalMetrics->classification);
    QVERIFY2(result.finalMetrics->reward->pairwiseAccuracy >= 0.9,
             qPrintable(QString::number(result.finalMetrics->reward->pairwiseAccuracy)));
    // For correctness pairs, pairwise accuracy and 2-way accuracy are the same judgement.
    QCOMPARE(result.finalMetrics->classification->accuracy, result.finalMetrics->reward->pairwiseAccuracy);
  }

  void cancelOnAThreadStopsWithinOneStep() {
    QThread thread;
    auto* worker = new TrainingWorker(config(TrainTask::Classify, "cancelled"));
    worker->moveToThread(&thread);
    connect(&thread, &QThread::started, worker, &TrainingWorker::run);
    // Direct connection: runs in the worker thread right after step 2.
    connect(
        worker, &TrainingWorker::stepLogged, worker,
        [worker](qint64 step, double, double) {
          if (step == 2) worker->cancel();
        },
        Qt::DirectConnection);
    QSignalSpy finished(worker, &TrainingWorker::finished);
    QSignalSpy steps(worker, &TrainingWorker::stepLogged);
    thread.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    thread.quit();
    thread.wait();
    const auto result = finished.first().first().value<TrainResult>();
    QVERIFY(result.cancelled);
    QCOMPARE(result.globalStep, int64_t(2));
    QCOMPARE(steps.size(), 2);
    delete worker;
  }

  void pauseHoldsTheLoopUntilResume() {
    QThread thread;
    auto* worker = new TrainingWorker(config(TrainTask::Classify, "paused"));
    worker->moveToThread(&thread);
    connect(&thread, &QThread::started, worker, &TrainingWorker::run);
    connect(
        worker, &TrainingWorker::stepLogged, worker,
        [worker](qint64 step, double, double) {
          if (step == 1) worker->pause();
        },
        Qt::DirectConnection);
    QSignalSpy steps(worker, &TrainingWorker::stepLogged);
    QSignalSpy finished(worker, &TrainingWorker::finished);
    thread.start();
    QTRY_COMPARE_WITH_TIMEOUT(steps.size(), 1, 60000);
    QTest::qWait(500);
    QCOMPARE(steps.size(), 1);  // held at the step boundary
    QVERIFY(worker->isPaused());
    worker->cancel();  // cancel also releases a paused loop
    // Counted, not waited for: the worker may finish before this thread
    // reaches a wait (it did on a loaded machine), and wait() only sees
    // signals that arrive while it waits.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    thread.quit();
    thread.wait();
    QVERIFY(finished.first().first().value<TrainResult>().cancelled);
    delete worker;
  }

  void failuresBecomeSignals_data() {
    QTest::addColumn<QString>("trainFile");
    QTest::addColumn<int>("task");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing file") << dir_.filePath("nope.json") << int(TrainTask::Classify) << "nope.json";
    QTest::newRow("style data cannot train reward")
        << QStringLiteral(ASSAY_SOURCE_DIR "/resources/demo/style_demo.json") << int(TrainTask::Reward)
        << "reward needs chosen/rejected pairs";
  }
  void failuresBecomeSignals() {
    QFETCH(QString, trainFile);
    QFETCH(int, task);
    QFETCH(QString, expected);
    auto c = config(TrainTask(task), "failed");
    c.trainFile = trainFile;
    TrainingWorker worker(c);
    QSignalSpy failed(&worker, &TrainingWorker::failed);
    QSignalSpy finished(&worker, &TrainingWorker::finished);
    worker.run();
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(expected), qPrintable(failed.first().first().toString()));
  }
};

ASSAY_TEST_GUILESS_MAIN(TestTrainingWorker)
#include "tst_trainingworker.moc"
