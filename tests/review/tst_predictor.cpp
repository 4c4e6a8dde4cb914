// Predictor on models trained by the real pipeline: the output fields of
// the original rm_train.py's predict_style, P(正确) computed as the TRL
// correctness scoring script does, batching that never changes a result, and
// load errors that name the file.
#include <torch/torch.h>

#include <QDir>
#include <QtTest>
#include <cmath>
#include <nlohmann/json.hpp>

#include "data/DataFormat.h"
#include "review/ModelEvaluation.h"
#include "review/Predictor.h"
#include "SyntheticCorrectness.h"
#include "TestRegistry.h"
#include "train/TrainingRun.h"

using namespace assay;

class TestPredictor : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString data_;

  QString train(TrainTask task, const QString& name) {
    TrainConfig c;
    c.task = task;
    c.trainFile = data_;
    c.outputDir = dir_.filePath(name);
    c.numTrainEpochs = 3;
    c.perDeviceTrainBatchSize = 8;
    c.learningRate = 3e-3;
    c.maxLength = 64;
    c.numThreads = 1;
    auto prepared = prepareTraining(c);
    runTraining(prepared);
    return c.outputDir;
  }

  QStringList texts() const {
    std::mt19937 rng(77);
    QStringList t;
    for (int i = 0; i < 24; ++i) t << testdata::phoneRecord(rng, i % 3 != 0);
    t << QString() << QStringLiteral("完全没见过的字符串ⅩⅦ");  // empty and unseen characters still predict
    return t;
  }

 private Q_SLOTS:
  void initTestCase() {
    data_ = dir_.filePath(QStringLiteral("phones.jsonl"));
    QVERIFY(testdata::writeCorrectnessTrl(data_, 120, 3));
  }

  void correctnessRewardModel() {
    const auto predictor = Predictor::load(train(TrainTask::Reward, "reward"));
    QCOMPARE(predictor->card().kind, ModelKind::CorrectnessReward);
    const auto t = texts();
    const auto batched = predictor->predict(t, 7);
    QCOMPARE(batched.size(), size_t(t.size()));
    for (int i = 0; i < t.size(); ++i) {
      const auto& p = batched[size_t(i)];
      QVERIFY(p.pCorrect.has_value());
      // The TRL scoring recipe: softmax over (r(x 正确), r(x 错误)); recompute from the two rewards.
      const auto r = predictor->rewards(
          {correctnessPairText(t[i], QStringLiteral("正确")), correctnessPairText(t[i], QStringLiteral("错误"))});
      const double expected = std::exp(r[0]) / (std::exp(r[0]) + std::exp(r[1]));
      QVERIFY(std::abs(*p.pCorrect - expected) < 1e-5);
      QCOMPARE(p.predictedLabel, *p.pCorrect >= 0.5 ? QStringLiteral("正确") : QStringLiteral("错误"));
      QVERIFY(std::abs(p.confidence - std::max(*p.pCorrect, 1 - *p.pCorrect)) < 1e-12);
      // one record alone (no padding) gives the same answer as inside a padded batch
      const auto single = predictor->predict({t[i]}, 1).front();
      QVERIFY(std::abs(*single.pCorrect - *p.pCorrect) < 1e-5);
    }
    const auto j = predictor->toJson(batched.front());
    QCOMPARE(j.size(), size_t(4));
    QCOMPARE(j.begin().key(), std::string("predicted_label"));
    QVERIFY(j.contains("p_correct") && !j.contains("reward"));
  }

  void classifierModel() {
    const QString dir = train(TrainTask::Classify, "classify");
    const auto predictor = Predictor::load(dir);
    QCOMPARE(predictor->card().kind, ModelKind::Classifier);
    QCOMPARE(predictor->card().labels, (QStringList{"正确", "错误"}));
    const auto t = texts();
    const auto results = predictor->predict(t, 5);
    for (size_t i = 0; i < results.size(); ++i) {
      const auto& p = results[i];
      double sum = 0, best = 0;
      for (const auto& [label, prob] : p.probabilities) {
        sum += prob;
        if (prob > best) best = prob;
      }
      QVERIFY(std::abs(sum - 1) < 1e-5);
      QCOMPARE(p.confidence, best);
      QVERIFY(!p.pCorrect && !p.reward);
      QVERIFY(std::abs(predictor->predict({t[int(i)]}, 1).front().confidence - p.confidence) < 1e-5);
    }
    // evaluation on the training file: the same metrics the trainer reports
    const auto read = data::readSamplesFile(data_);
    const auto evaluation = evaluateModel(*predictor, read.samples, read.schema);
    QCOMPARE(evaluation.used, int64_t(120));
    QVERIFY(evaluation.metrics.classification->accuracy >= 0.9);
  }

  void evaluationAgreesWithTheTrainer_data() {
    QTest::addColumn<int>("task");
    QTest::newRow("classifier") << int(TrainTask::Classify);
    QTest::newRow("correctness reward") << int(TrainTask::Reward);
  }

  void evaluationAgreesWithTheTrainer() {
    // One scoring rule: the saved model scored by `assay-cli eval`'s path on
    // the eval file gives the numbers the Trainer reported for it (the n-gram
    // blend, the one intended difference, taken out of the saved card).
    QFETCH(int, task);
    const QString evalFile = dir_.filePath(QStringLiteral("phones_eval.jsonl"));
    QVERIFY(testdata::writeCorrectnessTrl(evalFile, 40, 11));
    TrainConfig c;
    c.task = TrainTask(task);
    c.trainFile = data_;
    c.evalFile = evalFile;
    c.outputDir = dir_.filePath(QStringLiteral("agree%1").arg(task));
    c.numTrainEpochs = 2;
    c.perDeviceTrainBatchSize = 8;
    c.learningRate = 3e-3;
    c.maxLength = 64;
    c.numThreads = 1;
    c.precision = QStringLiteral("fp32");
    c.labelSmoothing = TrainTask(task) == TrainTask::Classify ? 0.1 : 0.0;  // a regulariser, not scored
    auto prepared = prepareTraining(c);
    const TrainResult result = runTraining(prepared);
    QVERIFY(result.finalMetrics);

    QFile cardFile(QDir(c.outputDir).filePath(QStringLiteral("assay_model.json")));
    QVERIFY(cardFile.open(QIODevice::ReadOnly));
    auto card = nlohmann::json::parse(cardFile.readAll().toStdString());
    cardFile.close();
    card.erase("ngram_weight");
    QVERIFY(cardFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    cardFile.write(QByteArray::fromStdString(card.dump()));
    cardFile.close();

    const auto predictor = Predictor::load(c.outputDir);
    const auto read = data::readSamplesFile(evalFile);
    const ModelEvaluation evaluation = evaluateModel(*predictor, read.samples, read.schema);
    QCOMPARE(evaluation.used, int64_t(40));
    const EvalMetrics& trainer = *result.finalMetrics;
    QVERIFY2(std::abs(evaluation.metrics.loss - trainer.loss) < 1e-4,
             qPrintable(QStringLiteral("eval %1 vs trainer %2").arg(evaluation.metrics.loss).arg(trainer.loss)));
    QVERIFY(evaluation.metrics.classification && trainer.classification);
    QCOMPARE(evaluation.metrics.classification->confusion, trainer.classification->confusion);
    QCOMPARE(evaluation.metrics.classification->f1Macro, trainer.classification->f1Macro);
    if (TrainTask(task) == TrainTask::Reward) {
      QVERIFY(evaluation.metrics.reward && trainer.reward);
      QCOMPARE(evaluation.metrics.reward->pairwiseAccuracy, trainer.reward->pairwiseAccuracy);
    }
  }

  void loadErrorsNameTheFile() {
    try {
      Predictor::load(dir_.filePath("missing"));
      QFAIL("loading a missing directory must throw");
    } catch (const std::runtime_error& e) {
      QVERIFY2(QString::fromUtf8(e.what()).contains("missing"), e.what());
    }
  }
};

ASSAY_TEST_APPLESS_MAIN(TestPredictor)
#include "tst_predictor.moc"
