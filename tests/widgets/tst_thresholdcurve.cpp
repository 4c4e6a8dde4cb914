// Precision / recall against the P(correct) threshold, checked by hand.
#include <QtTest>

#include "review/ThresholdCurve.h"
#include "TestRegistry.h"

using namespace assay;

class TstThresholdCurve : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void atThreshold_data() {
    QTest::addColumn<double>("threshold");
    QTest::addColumn<qlonglong>("above");
    QTest::addColumn<qlonglong>("tp");
    QTest::addColumn<double>("precision");
    QTest::addColumn<double>("recall");
    // scores 0.9 C, 0.8 I, 0.7 C, 0.4 C, 0.2 I  (C = human says correct); 3 positives.
    QTest::newRow("0.95: nothing above") << 0.95 << 0LL << 0LL << 1.0 << 0.0;
    QTest::newRow("0.9 inclusive") << 0.9 << 1LL << 1LL << 1.0 << 1.0 / 3;
    QTest::newRow("0.5") << 0.5 << 3LL << 2LL << 2.0 / 3 << 2.0 / 3;
    QTest::newRow("0.3") << 0.3 << 4LL << 3LL << 0.75 << 1.0;
    QTest::newRow("0: everything") << 0.0 << 5LL << 3LL << 0.6 << 1.0;
  }
  void atThreshold() {
    QFETCH(double, threshold);
    QFETCH(qlonglong, above);
    QFETCH(qlonglong, tp);
    QFETCH(double, precision);
    QFETCH(double, recall);
    const ThresholdCurve curve({0.4, 0.9, 0.2, 0.8, 0.7}, {true, true, false, false, true});
    const ThresholdPoint p = curve.at(threshold);
    QCOMPARE(p.above, above);
    QCOMPARE(p.below, 5 - above);
    QCOMPARE(p.truePositives, tp);
    QCOMPARE(p.precision, precision);
    QCOMPARE(p.recall, recall);
  }

  void curveHasOnePointPerDistinctScore() {
    const ThresholdCurve curve({0.5, 0.5, 0.9, 0.1}, {true, false, true, false});
    const auto points = curve.curve();
    QCOMPARE(points.size(), size_t(3));
    QCOMPARE(points[0].threshold, 0.9);
    QCOMPARE(points[1].threshold, 0.5);
    QCOMPARE(points[1].above, qint64(3));  // both 0.5 records counted together
    QCOMPARE(points[1].precision, 2.0 / 3);
    QCOMPARE(points[2].recall, 1.0);
    QCOMPARE(points[2].above, qint64(4));
  }

  void emptyInput() {
    const ThresholdCurve curve({}, {});
    QCOMPARE(curve.size(), qint64(0));
    QCOMPARE(curve.curve().size(), size_t(0));
    QCOMPARE(curve.at(0.5).above, qint64(0));
  }
};

ASSAY_TEST_APPLESS_MAIN(TstThresholdCurve)
#include "tst_thresholdcurve.moc"
