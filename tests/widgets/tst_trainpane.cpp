// The train pane drives a real tiny training: step losses reach the loss
// chart, evaluations reach the metric and confusion charts, pause holds the
// run, stop ends it within a step; its log follows the UI language.
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "common/Language.h"
#include "common/LatencyProbe.h"
#include "common/Plot.h"
#include "common/ProjectContext.h"
#include "TestRegistry.h"
#include "train/TrainForm.h"
#include "train/TrainingCharts.h"
#include "train/TrainPane.h"
#include "TrainTestData.h"

using namespace assay;

class TstTrainPane : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir dir_;

  TrainConfig quickConfig(const QString& out, double epochs) {
    TrainConfig c;
    c.numTrainEpochs = epochs;
    c.perDeviceTrainBatchSize = 4;
    c.perDeviceEvalBatchSize = 16;
    c.loggingSteps = 1;
    c.evalSteps = 4;
    c.maxLength = 64;
    c.outputDir = out;
    return c;
  }

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
  }

  void trainingFillsCharts() {
    ProjectContext context;
    QString error;
    QVERIFY(context.open(testing::trainableStyleProject(dir_, QStringLiteral("charts")), &error));
    TrainPane pane(&context);
    pane.form()->setConfig(quickConfig(dir_.filePath(QStringLiteral("run1")), 2));
    QSignalSpy steps(pane.session(), &TrainingSession::stepLogged);
    QSignalSpy evals(pane.session(), &TrainingSession::evaluated);
    QSignalSpy done(pane.session(), &TrainingSession::finished);
    QSignalSpy failed(pane.session(), &TrainingSession::failed);
    TrainingOutcome outcome;
    EvalMetrics last;
    connect(pane.session(), &TrainingSession::finished, this, [&outcome](const TrainingOutcome& o) { outcome = o; });
    connect(pane.session(), &TrainingSession::evaluated, this, [&last](const EvalMetrics& m) { last = m; });
    QVERIFY2(pane.start(), qPrintable(pane.statusText()));
    QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1 || failed.count() == 1, 300000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(!outcome.cancelled);
    // 32 training records / 4 per batch × 2 epochs = 16 steps, each logged and charted.
    QCOMPARE(steps.count(), 16);
    QCOMPARE(pane.lossChart()->trainPoints(), 16);
    QCOMPARE(pane.lossChart()->plot()->graph(0)->data()->at(0)->value, steps.at(0).at(1).toDouble());
    QVERIFY(evals.count() >= 2);
    QCOMPARE(pane.lossChart()->evalPoints(), evals.count());
    QCOMPARE(pane.metricChart()->points(QStringLiteral("macro F1")), evals.count());
    QCOMPARE(pane.metricChart()->points(QStringLiteral("售前")), evals.count());
    // The heat map holds the last evaluation's confusion matrix.
    QVERIFY(last.classification.has_value());
    QCOMPARE(pane.confusion()->cell(0, 0), static_cast<double>(last.classification->confusion[0][0]));
    QVERIFY(pane.latencyProbe()->samples() > 0);
    QVERIFY(QFile::exists(dir_.filePath(QStringLiteral("run1/config.json"))));
    QVERIFY(pane.rewardHistogram()->isHidden());  // classify has no rewards to show
  }

  void rewardTrainingDrawsHistograms() {
    // Correctness records train as TRL chosen/rejected pairs; each evaluation carries
    // the chosen and rejected reward counts, and the pane draws the latest.
    std::vector<data::Sample> samples;
    for (int i = 0; i < 12; ++i) {
      samples.push_back(testing::textSample(QStringLiteral("浙江省杭州市西湖区文三路%1号 邮编310012").arg(i + 1), 0));
      samples.push_back(testing::textSample(QStringLiteral("浙江省杭州市西湖区文三路%1号 邮编31001#").arg(i + 1), 1));
    }
    const QString path = testing::makeProject(dir_, QStringLiteral("reward"), data::SchemaKind::Correctness, samples);
    data::ProjectStore::open(path)->assignSplits(0.25, 42);
    ProjectContext context;
    QString error;
    QVERIFY(context.open(path, &error));
    TrainPane pane(&context);
    pane.show();
    TrainConfig config = quickConfig(dir_.filePath(QStringLiteral("run-reward")), 1);
    config.task = TrainTask::Reward;
    pane.form()->setConfig(config);
    QSignalSpy done(pane.session(), &TrainingSession::finished);
    QSignalSpy failed(pane.session(), &TrainingSession::failed);
    QSignalSpy evals(pane.session(), &TrainingSession::evaluated);
    EvalMetrics last;
    connect(pane.session(), &TrainingSession::evaluated, this, [&last](const EvalMetrics& m) { last = m; });
    QVERIFY2(pane.start(), qPrintable(pane.statusText()));
    QVERIFY(!pane.rewardHistogram()->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1 || failed.count() == 1, 300000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(evals.count() >= 1);
    QVERIFY(last.reward.has_value());
    const RewardBins& bins = last.reward->histogram;
    QCOMPARE(pane.rewardHistogram()->bins(), bins.bins());
    double chosen = 0, rejected = 0;
    for (int b = 0; b < bins.bins(); ++b) {
      QCOMPARE(pane.rewardHistogram()->chosenCount(b), double(bins.chosen[size_t(b)]));
      QCOMPARE(pane.rewardHistogram()->rejectedCount(b), double(bins.rejected[size_t(b)]));
      chosen += pane.rewardHistogram()->chosenCount(b);
      rejected += pane.rewardHistogram()->rejectedCount(b);
    }
    QCOMPARE(chosen, double(last.reward->pairs));  // every evaluated pair is in a bin
    QCOMPARE(rejected, double(last.reward->pairs));
    // The metrics line on disk carries the same counts.
    QFile lines(dir_.filePath(QStringLiteral("run-reward/metrics.jsonl")));
    QVERIFY(lines.open(QIODevice::ReadOnly));
    QVERIFY(lines.readAll().contains("\"eval_rewards_histogram\""));
  }

  void pauseAndStop() {
    ProjectContext context;
    QString error;
    QVERIFY(context.open(testing::trainableStyleProject(dir_, QStringLiteral("pause")), &error));
    TrainPane pane(&context);
    pane.form()->setConfig(quickConfig(dir_.filePath(QStringLiteral("run2")), 50));
    QSignalSpy steps(pane.session(), &TrainingSession::stepLogged);
    QSignalSpy done(pane.session(), &TrainingSession::finished);
    bool cancelled = false;
    connect(pane.session(), &TrainingSession::finished, this,
            [&cancelled](const TrainingOutcome& o) { cancelled = o.cancelled; });
    QVERIFY(pane.start());
    QTRY_VERIFY_WITH_TIMEOUT(steps.count() >= 2, 120000);
    pane.togglePause();
    QVERIFY(pane.session()->isPaused());
    // Steps the worker logged before the pause request may still sit in the
    // event queue (the session re-emits them queued); deliver them now so
    // they are not mistaken for steps taken while paused. After this, only
    // the step under way when the request came can still arrive: the worker
    // reads the flag before every optimizer step.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
    const int atRequest = steps.count();
    // However slow a step is on a loaded machine, the count never passes
    // atRequest + 1 while paused; an ignored pause would log step after step
    // in this window (a step takes tens of milliseconds here).
    QTest::qWait(3000);
    const int settled = steps.count();
    QVERIFY2(settled <= atRequest + 1,
             qPrintable(QStringLiteral("%1 steps at the request, %2 while paused").arg(atRequest).arg(settled)));
    QCOMPARE(steps.last().at(0).toLongLong(), qint64(settled));  // step numbers follow the count: nothing lost
    pane.togglePause();
    QTRY_VERIFY_WITH_TIMEOUT(steps.count() > settled, 60000);
    pane.stop();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
    QVERIFY(cancelled);
    QVERIFY(steps.count() < 400);  // 50 epochs × 8 steps never ran
    QVERIFY(pane.statusText().contains(QStringLiteral("Stopped")));
  }

  // Core's loading report reaches the pane's log in the UI language: English
  // source texts, or rm_train.py's Chinese lines after a switch to zh_CN.
  void logFollowsTheLanguage() {
    ProjectContext context;
    QString error;
    QVERIFY(context.open(testing::trainableStyleProject(dir_, QStringLiteral("language")), &error));
    const auto logOfRun = [&](const QString& language, const QString& out) {
      if (!switchLanguage(QCoreApplication::instance(), language)) return QStringLiteral("<no translations>");
      TrainPane pane(&context);
      TrainConfig config = quickConfig(dir_.filePath(out), 1);
      config.modelNameOrPath = QStringLiteral("ngram");  // the report without the wait for a model
      pane.form()->setConfig(config);
      QSignalSpy done(pane.session(), &TrainingSession::finished);
      QSignalSpy failed(pane.session(), &TrainingSession::failed);
      if (!pane.start()) return QStringLiteral("<not started: %1>").arg(pane.statusText());
      if (!QTest::qWaitFor([&] { return done.count() + failed.count() > 0; }, 120000))
        return QStringLiteral("<timeout>");
      return pane.findChild<QPlainTextEdit*>()->toPlainText();
    };
    const QString english = logOfRun(QStringLiteral("en"), QStringLiteral("run-en"));
    QVERIFY2(english.contains(QStringLiteral("📊 Label distribution of the training data:")), qPrintable(english));
    QVERIFY2(english.contains(QStringLiteral("📊 Data split:\n   Training set: ")), qPrintable(english));
    QVERIFY2(english.contains(QStringLiteral("📏 Baseline (character 1–3-gram TF-IDF")), qPrintable(english));
    const QString chinese = logOfRun(QStringLiteral("zh_CN"), QStringLiteral("run-zh"));
    switchLanguage(QCoreApplication::instance(), QStringLiteral("system"));
    QVERIFY2(chinese.contains(QStringLiteral("📊 训练数据标签分布:")), qPrintable(chinese));
    QVERIFY2(chinese.contains(QStringLiteral("📊 数据划分:\n   训练集: ")), qPrintable(chinese));
    QVERIFY2(chinese.contains(QStringLiteral("📏 基线 (字符 1–3 元 TF-IDF + 逻辑回归")), qPrintable(chinese));
    QVERIFY2(!chinese.contains(QStringLiteral("Label distribution")), qPrintable(chinese));
  }
};

ASSAY_TEST_MAIN(TstTrainPane)
#include "tst_trainpane.moc"
