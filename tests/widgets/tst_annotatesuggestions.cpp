// The annotate pane with a model loaded: a worker predicts the unlabeled
// samples, the queue puts the least certain first (max probability for a
// classifier, |P(correct) − 0.5| for a correctness reward model), and the
// pane shows the suggestion and outlines its button without saving it.
// The model directories are written from untrained tiny models: their
// probabilities are arbitrary but real, which is all the ordering needs.
#include "review/Predictor.h"
#include "TestRegistry.h"
#include "train/TrainingRun.h"
// Qt after LibTorch.
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>

#include "TrainTestData.h"
#include "annotate/AnnotatePane.h"
#include "annotate/ModelSuggestions.h"
#include "common/ProjectContext.h"

using namespace assay;
using namespace assay::data;

class TstAnnotateSuggestions : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir dir_;

  // A model directory for `project`'s labels, from an untrained tiny model.
  QString untrainedModel(const QString& project, TrainTask task, const QString& name) {
    TrainConfig config;
    config.project = project;
    config.task = task;
    config.maxLength = 64;
    config.outputDir = dir_.filePath(name);
    PreparedTraining prepared = prepareTraining(config);
    writeModelDirectory(prepared, config.outputDir);
    return config.outputDir;
  }

  // The unlabeled samples' ids and texts, in id order.
  static void unlabeled(const QString& project, std::vector<qint64>* ids, QStringList* texts) {
    auto store = ProjectStore::open(project);
    store->forEachSample(Split::All, [&](const Sample& s) {
      if (s.label >= 0) return;
      ids->push_back(s.id);
      *texts << s.text;
    });
  }

  // Expected queue: ascending certainty, ties by id.
  static std::vector<qint64> expectedOrder(const std::vector<qint64>& ids, const std::vector<double>& certainty) {
    std::vector<size_t> index(ids.size());
    for (size_t i = 0; i < index.size(); ++i) index[i] = i;
    std::sort(index.begin(), index.end(), [&](size_t a, size_t b) {
      return certainty[a] != certainty[b] ? certainty[a] < certainty[b] : ids[a] < ids[b];
    });
    std::vector<qint64> out;
    for (size_t i : index) out.push_back(ids[i]);
    return out;
  }

  static std::vector<qint64> queueOf(AnnotatePane& pane) {
    std::vector<qint64> out;
    for (int i = 0; i < pane.queueSize(); ++i) {
      out.push_back(pane.currentSampleId());
      pane.skip();
    }
    for (int i = 0; i < pane.queueSize(); ++i) pane.back();
    return out;
  }

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
  }

  void classifierSuggestsMostUncertainFirst() {
    const QString project = testing::trainableStyleProject(dir_, QStringLiteral("style"));
    {
      auto store = ProjectStore::open(project);
      std::vector<Sample> pool;
      for (int i = 0; i < 9; ++i)
        pool.push_back(testing::textSample(
            QStringLiteral("用户问题：第%1个新问题？\n回答：%2")
                .arg(i)
                .arg(QString(i + 1, QChar(0x597D)))));  // 好, 好好, …: different lengths, different answers
      store->addSamples(pool, QStringLiteral("import"));
    }
    const QString model = untrainedModel(project, TrainTask::Classify, QStringLiteral("style-model"));
    std::vector<qint64> ids;
    QStringList texts;
    unlabeled(project, &ids, &texts);
    QCOMPARE(ids.size(), size_t(9));
    const auto predictor = Predictor::load(model);
    const std::vector<Prediction> predictions = predictor->predict(texts);
    std::vector<double> certainty;
    for (const Prediction& p : predictions) certainty.push_back(p.confidence);
    // The order under test differs from the id order (else a queue that
    // ignored the model would pass).
    QVERIFY(expectedOrder(ids, certainty) != ids);

    ProjectContext context;
    context.setAnnotator(QStringLiteral("alice"));
    QString error;
    QVERIFY(context.open(project, &error));
    AnnotatePane pane(&context);
    pane.show();
    QCOMPARE(pane.queueOrder(), QueueOrder::Sequential);
    QCOMPARE(pane.suggestedLabel(), -1);
    QSignalSpy finished(pane.suggestions(), &ModelSuggestions::finished);
    pane.loadModel(model);
    QVERIFY(pane.suggestions()->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY2(pane.suggestions()->error().isEmpty(), qPrintable(pane.suggestions()->error()));
    QCOMPARE(pane.queueOrder(), QueueOrder::MostUncertain);
    QCOMPARE(queueOf(pane), expectedOrder(ids, certainty));

    // The current sample's suggestion: shown, its button outlined, not saved.
    const qint64 current = pane.currentSampleId();
    const size_t at = size_t(std::find(ids.begin(), ids.end(), current) - ids.begin());
    const LabelSchema& schema = context.store()->labelSchema();
    const int suggested = schema.idOf(predictions[at].predictedLabel);
    QVERIFY(suggested >= 0);
    QCOMPARE(pane.suggestedLabel(), suggested);
    QVERIFY2(pane.suggestionText().contains(schema.nameOf(suggested)), qPrintable(pane.suggestionText()));
    QVERIFY2(pane.suggestionText().contains(QString::number(predictions[at].confidence * 100, 'f', 1)),
             qPrintable(pane.suggestionText()));
    int outlined = 0;
    for (QPushButton* b : pane.findChildren<QPushButton*>())
      if (b->property("suggested").toBool()) {
        ++outlined;
        QVERIFY(b->text().contains(schema.nameOf(suggested)));
      }
    QCOMPARE(outlined, 1);
    QCOMPARE(context.store()->sample(current).label, -1);  // never applied by itself
    QVERIFY(context.store()->annotations(current).empty());

    // The annotator's key decides, whatever the model said.
    const int other = (suggested + 1) % 5;
    QTest::keyClick(&pane, Qt::Key(Qt::Key_1 + other));
    QCOMPARE(context.store()->sample(current).label, other);
    QVERIFY(pane.currentSampleId() != current);

    // The other orders stay available: sequential is every still-unlabeled id, ascending.
    pane.loadQueue(QueueOrder::Sequential, 42);
    std::vector<qint64> rest;
    for (qint64 id : ids)
      if (id != current) rest.push_back(id);
    QCOMPARE(queueOf(pane), rest);
  }

  void correctnessModelOrdersByDistanceFromOneHalf() {
    std::vector<Sample> samples;
    for (int i = 0; i < 6; ++i) {
      samples.push_back(testing::textSample(QStringLiteral("浙江省杭州市西湖区文三路%1号 邮编310012").arg(i + 1), 0));
      samples.push_back(testing::textSample(QStringLiteral("浙江省杭州市西湖区文三路%1号 邮编31001#").arg(i + 1), 1));
    }
    for (int i = 0; i < 7; ++i)
      samples.push_back(
          testing::textSample(QStringLiteral("江苏省南京市鼓楼区中山路%1号 电话1380000%2").arg(i * 7).arg(i)));
    const QString project = testing::makeProject(dir_, QStringLiteral("correct"), SchemaKind::Correctness, samples);
    ProjectStore::open(project)->assignSplits(0.25, 42);
    const QString model = untrainedModel(project, TrainTask::Reward, QStringLiteral("correct-model"));
    std::vector<qint64> ids;
    QStringList texts;
    unlabeled(project, &ids, &texts);
    const auto predictor = Predictor::load(model);
    QCOMPARE(predictor->card().kind, ModelKind::CorrectnessReward);
    std::vector<double> certainty;
    for (const Prediction& p : predictor->predict(texts)) {
      QVERIFY(p.pCorrect.has_value());
      certainty.push_back(std::abs(*p.pCorrect - 0.5));
    }
    QVERIFY(expectedOrder(ids, certainty) != ids);

    ProjectContext context;
    context.setAnnotator(QStringLiteral("bob"));
    QString error;
    QVERIFY(context.open(project, &error));
    AnnotatePane pane(&context);
    pane.show();
    QSignalSpy finished(pane.suggestions(), &ModelSuggestions::finished);
    pane.loadModel(model);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY2(pane.suggestions()->error().isEmpty(), qPrintable(pane.suggestions()->error()));
    QCOMPARE(queueOf(pane), expectedOrder(ids, certainty));
    QVERIFY(pane.suggestedLabel() == 0 || pane.suggestedLabel() == 1);
  }

  void cancelKeepsTheQueue() {
    const QString project = testing::trainableStyleProject(dir_, QStringLiteral("cancel"));
    ProjectStore::open(project)->addSamples({testing::textSample(QStringLiteral("一条没有标签的文本"))},
                                            QStringLiteral("import"));
    const QString model = untrainedModel(project, TrainTask::Classify, QStringLiteral("cancel-model"));
    ProjectContext context;
    QString error;
    QVERIFY(context.open(project, &error));
    AnnotatePane pane(&context);
    pane.show();
    QSignalSpy finished(pane.suggestions(), &ModelSuggestions::finished);
    pane.loadModel(model);
    pane.cancelModel();  // before the worker's first progress report, which then stops it
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY(pane.suggestions()->wasCancelled());
    QVERIFY(pane.suggestions()->isEmpty());
    QCOMPARE(pane.queueOrder(), QueueOrder::Sequential);
    QCOMPARE(pane.suggestedLabel(), -1);
  }

  void unreadableModelIsReported() {
    // Not a model directory: the worker's error reaches the pane, the order stays.
    const QString project = testing::trainableStyleProject(dir_, QStringLiteral("refuse"));
    ProjectContext context;
    QString error;
    QVERIFY(context.open(project, &error));
    AnnotatePane pane(&context);
    pane.show();
    QSignalSpy finished(pane.suggestions(), &ModelSuggestions::finished);
    pane.loadModel(dir_.filePath(QStringLiteral("no-such-model")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(!pane.suggestions()->error().isEmpty());
    QVERIFY(pane.suggestions()->isEmpty());
    QCOMPARE(pane.queueOrder(), QueueOrder::Sequential);
  }
};

ASSAY_TEST_MAIN(TstAnnotateSuggestions)
#include "tst_annotatesuggestions.moc"
