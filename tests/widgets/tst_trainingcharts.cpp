// The live training charts: data lands in the graphs, replots are batched,
// the confusion matrix and reward histograms hold what they were given, and
// the latency probe measures a blocked event loop.
#include <QThread>
#include <QtTest>

#include "common/LatencyProbe.h"
#include "common/Plot.h"
#include "TestRegistry.h"
#include "train/TrainingCharts.h"

using namespace assay;

class TstTrainingCharts : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void lossPointsArriveAndReplotsAreBatched() {
    LossChart chart;
    chart.show();
    for (int step = 1; step <= 500; ++step) chart.addTrainLoss(step, 2.0 / step);
    chart.addEvalLoss(250, 0.5);
    QCOMPARE(chart.trainPoints(), 500);
    QCOMPARE(chart.evalPoints(), 1);
    QCOMPARE(chart.replotCount(), 0);      // 501 updates, nothing drawn yet
    QTRY_COMPARE(chart.replotCount(), 1);  // then exactly one replot
    QCOMPARE(chart.plot()->graph(0)->data()->at(9)->value, 0.2);
    QVERIFY(chart.plot()->yAxis->range().contains(2.0));
    chart.clear();
    QCOMPARE(chart.trainPoints(), 0);
  }

  void replotRateIsCapped() {
    LossChart chart;
    chart.show();
    QElapsedTimer t;
    t.start();
    int step = 0;
    while (t.elapsed() < 400) {  // a worker emitting a loss every millisecond
      chart.addTrainLoss(++step, 1.0);
      QTest::qWait(1);
    }
    const double seconds = t.elapsed() / 1000.0;
    QVERIFY2(chart.replotCount() <= 25 * seconds + 2,
             qPrintable(QStringLiteral("%1 replots in %2 s").arg(chart.replotCount()).arg(seconds)));
    QVERIFY(chart.replotCount() >= 1);
  }

  void metricLinesNamedPerLabel() {
    MetricChart chart;
    chart.addEvaluation(10, 0.5, 0.4, {{QStringLiteral("售前"), 0.3}, {QStringLiteral("售后"), 0.6}});
    chart.addEvaluation(20, 0.7, 0.65, {{QStringLiteral("售前"), 0.6}, {QStringLiteral("售后"), 0.7}});
    QCOMPARE(chart.points(QStringLiteral("accuracy")), 2);
    QCOMPARE(chart.points(QStringLiteral("macro F1")), 2);
    QCOMPARE(chart.points(QStringLiteral("售前")), 2);
    QCOMPARE(chart.points(QStringLiteral("无伤害")), 0);
    QCOMPARE(chart.plot()->graphCount(), 4);
    bool named = false;
    for (int i = 0; i < chart.plot()->graphCount(); ++i)
      named = named || chart.plot()->graph(i)->name() == QStringLiteral("售后");
    QVERIFY(named);
  }

  void confusionMatrixCells() {
    ConfusionHeatMap map;
    map.setMatrix({{5, 1}, {2, 7}}, {QStringLiteral("正确"), QStringLiteral("错误")});
    QCOMPARE(map.cell(0, 0), 5.0);
    QCOMPARE(map.cell(0, 1), 1.0);
    QCOMPARE(map.cell(1, 0), 2.0);
    QCOMPARE(map.cell(1, 1), 7.0);
    QCOMPARE(map.plot()->itemCount(), 4);  // one number per cell
  }

  void rewardHistograms() {
    RewardHistogram h;
    h.setRewards({1.0, 1.1, 2.9, 3.0}, {-1.0, -0.9, -0.95}, 4);  // range -1..3, bins of width 1
    QCOMPARE(h.rejectedCount(0), 3.0);
    QCOMPARE(h.chosenCount(0), 0.0);
    QCOMPARE(h.chosenCount(2), 2.0);
    QCOMPARE(h.chosenCount(3), 2.0);  // 3.0, the top edge, falls in the last bin
  }

  void rewardHistogramDrawsAnEvaluationsBins() {
    RewardHistogram h;
    h.resize(480, 320);
    h.show();
    QSignalSpy replots(h.plot(), &QCustomPlot::afterReplot);
    // What the worker's evaluated() carries for a reward run.
    const RewardMetrics m = RewardMetrics::fromRewards({2.0, 2.5, 3.0, 0.5}, {-1.0, 0.0, 0.5, 1.0});
    h.setHistogram(m.histogram);
    QCOMPARE(h.bins(), RewardBins::kDefaultBins);
    double chosen = 0, rejected = 0;
    for (int b = 0; b < h.bins(); ++b) {
      QCOMPARE(h.chosenCount(b), double(m.histogram.chosen[size_t(b)]));
      QCOMPARE(h.rejectedCount(b), double(m.histogram.rejected[size_t(b)]));
      chosen += h.chosenCount(b);
      rejected += h.rejectedCount(b);
    }
    QCOMPARE(chosen, 4.0);
    QCOMPARE(rejected, 4.0);
    QCOMPARE(h.rejectedCount(0), 1.0);                         // -1.0, the lowest reward
    QCOMPARE(h.chosenCount(29), 1.0);                          // 3.0, the highest
    QVERIFY(qAbs(h.binCentre(0) - (-1.0 + 4.0 / 60)) < 1e-9);  // 30 bins over -1..3
    // Both series on one axis, the reward axis covering every bin.
    auto* chosenBars = qobject_cast<QCPBars*>(h.plot()->plottable(0));
    auto* rejectedBars = qobject_cast<QCPBars*>(h.plot()->plottable(1));
    QVERIFY(chosenBars && rejectedBars);
    QCOMPARE(chosenBars->dataCount(), 30);
    QVERIFY(h.plot()->xAxis->range().contains(-1.0) && h.plot()->xAxis->range().contains(3.0));
    QVERIFY(h.plot()->yAxis->range().upper > 1);
    // Labelled axes and a legend naming both.
    QVERIFY(!h.plot()->xAxis->label().isEmpty());
    QVERIFY(!h.plot()->yAxis->label().isEmpty());
    QVERIFY(h.plot()->legend->visible());
    QCOMPARE(h.plot()->legend->itemCount(), 2);
    QCOMPARE(chosenBars->name(), QStringLiteral("chosen"));
    QCOMPARE(rejectedBars->name(), QStringLiteral("rejected"));
    // One batched replot draws it.
    QTRY_COMPARE(replots.count(), 1);
    h.clear();
    QCOMPARE(h.bins(), 0);
  }

  void latencyProbeSeesABlockedLoop() {
    LatencyProbe probe(5);
    probe.start();
    QTest::qWait(100);
    QThread::msleep(120);  // the GUI thread busy for 120 ms
    QTest::qWait(60);
    probe.stop();
    QVERIFY(probe.samples() > 5);
    QVERIFY2(probe.maxMs() >= 100, qPrintable(QString::number(probe.maxMs())));
    QVERIFY(probe.percentileMs(50) < 100);
    QCOMPARE(probe.percentileMs(100), probe.maxMs());
  }
};

ASSAY_TEST_MAIN(TstTrainingCharts)
#include "tst_trainingcharts.moc"
