// PredictionService, the one path from a model directory to predictions over
// a project (annotate suggestions, review runs): which records it predicts,
// that its answers are the Predictor's, progress per batch, a cancel that
// unwinds, and the refusal of a model whose labels the project lacks.
#include <QtTest>
#include <random>

#include "data/ProjectStore.h"
#include "review/PredictionService.h"
#include "review/Predictor.h"
#include "SyntheticCorrectness.h"
#include "TestRegistry.h"
#include "train/TrainingRun.h"

using namespace assay;

class TestPredictionService : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString model_;
  QString project_;
  std::vector<qint64> unlabeled_, labeled_;

 private Q_SLOTS:
  void initTestCase() {
    const QString data = dir_.filePath(QStringLiteral("phones.jsonl"));
    QVERIFY(testdata::writeCorrectnessTrl(data, 120, 3));
    // The n-gram baseline as the model: a real model folder in a second.
    TrainConfig c;
    c.task = TrainTask::Classify;
    c.modelNameOrPath = QStringLiteral("ngram");
    c.trainFile = data;
    c.outputDir = model_ = dir_.filePath(QStringLiteral("ngram"));
    c.numThreads = 1;
    auto prepared = prepareTraining(c);
    runTraining(prepared);

    project_ = dir_.filePath(QStringLiteral("p.assay"));
    const auto store = data::ProjectStore::create(project_, data::SchemaKind::Correctness);
    std::mt19937 rng(5);
    std::vector<data::Sample> samples;
    for (int i = 0; i < 11; ++i) {
      data::Sample s;
      s.text = testdata::phoneRecord(rng, i % 2 == 0);
      s.label = i % 3 == 0 ? 0 : -1;
      samples.push_back(s);
    }
    data::Sample pair;  // pairs are never predicted
    pair.kind = data::SampleKind::Pair;
    pair.text = QStringLiteral("问");
    pair.chosen = QStringLiteral("好");
    pair.rejected = QStringLiteral("坏");
    samples.push_back(pair);
    const auto ids = store->addSamples(samples);
    for (size_t i = 0; i + 1 < ids.size(); ++i) (samples[i].label >= 0 ? labeled_ : unlabeled_).push_back(ids[i]);
  }

  void predictsTheScopeInIdOrderAsThePredictorDoes() {
    const auto service = PredictionService::load(model_);
    const auto store = data::ProjectStore::open(project_);
    service->requireLabelsFor(store->labelSchema());
    const auto unlabeled = service->predictProject(*store, PredictionScope::UnlabeledTexts, 4);
    QCOMPARE(unlabeled.size(), unlabeled_.size());
    for (size_t i = 0; i < unlabeled.size(); ++i) QCOMPARE(unlabeled[i].sampleId, unlabeled_[i]);
    const auto all = service->predictProject(*store, PredictionScope::AllTexts, 3);
    QCOMPARE(all.size(), unlabeled_.size() + labeled_.size());
    const auto predictor = Predictor::load(model_);
    for (const RecordPrediction& r : all) {
      const data::Sample s = store->sample(r.sampleId);
      QCOMPARE(r.text, s.text);
      QCOMPARE(r.humanLabel, s.label);
      const Prediction p = predictor->predict({s.text}, 1).front();
      QCOMPARE(r.labelName, p.predictedLabel);
      QCOMPARE(r.label, store->labelSchema().idOf(p.predictedLabel));
      QVERIFY(std::abs(r.confidence - p.confidence) < 1e-9);
      QCOMPARE(r.probabilities.size(), p.probabilities.size());
    }
    const auto stored = service->toStored(all);
    QCOMPARE(stored.size(), all.size());
    QCOMPARE(stored.front().model, model_);
    QCOMPARE(stored.front().label, all.front().label);
  }

  void reportsEachBatchAndStopsWhenProgressThrows() {
    const auto service = PredictionService::load(model_);
    const auto store = data::ProjectStore::open(project_);
    std::vector<std::pair<qint64, qint64>> seen;
    service->predictProject(*store, PredictionScope::AllTexts, 3,
                            [&](qint64 done, qint64 total) { seen.emplace_back(done, total); });
    const qint64 total = qint64(unlabeled_.size() + labeled_.size());
    QCOMPARE(seen.size(), size_t((total + 2) / 3 + 1));  // before each batch, then done
    QCOMPARE(seen.back(), std::make_pair(total, total));
    int calls = 0;
    bool stopped = false;
    try {
      service->predictProject(*store, PredictionScope::AllTexts, 3, [&](qint64, qint64) {
        if (++calls == 2) throw std::runtime_error("cancelled");
      });
    } catch (const std::runtime_error&) {
      stopped = true;
    }
    QVERIFY(stopped);
    QCOMPARE(calls, 2);
  }

  void refusesAModelOfOtherLabels() {
    const auto service = PredictionService::load(model_);
    const auto style =
        data::ProjectStore::create(dir_.filePath(QStringLiteral("style.assay")), data::SchemaKind::Style);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, service->requireLabelsFor(style->labelSchema()));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, PredictionService::load(dir_.filePath(QStringLiteral("missing"))));
  }
};

ASSAY_TEST_APPLESS_MAIN(TestPredictionService)
#include "tst_prediction_service.moc"
