// AnnotationSession, the annotate pane's state without a widget (and without
// an application object): queue order and movement, labels saved with their
// undo, the counts behind the progress line, and the labels-per-hour rate.
#include <QTemporaryDir>
#include <QtTest>

#include "annotate/AnnotationSession.h"
#include "data/ProjectStore.h"
#include "TestProject.h"
#include "TestRegistry.h"

using namespace assay;

class TstAnnotationSession : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  int counter_ = 0;

  std::unique_ptr<data::ProjectStore> project(int count) {
    std::vector<data::Sample> samples;
    for (int i = 0; i < count; ++i)
      samples.push_back(testing::textSample(QStringLiteral("用户问题：第%1个？\n回答：好。").arg(i), i == 1 ? 3 : -1));
    return data::ProjectStore::open(
        testing::makeProject(dir_, QStringLiteral("s%1").arg(counter_++), data::SchemaKind::Style, samples));
  }

 private Q_SLOTS:
  void queueOrderAndMoves() {
    AnnotationSession s;
    QCOMPARE(s.currentSampleId(), qint64(0));
    s.start({5, 3, 9}, QueueOrder::Sequential, 1);
    QCOMPARE(s.size(), 3);
    QCOMPARE(s.currentSampleId(), qint64(3));
    s.back();  // stays at the start
    QCOMPARE(s.position(), 0);
    s.forward();
    s.forward();
    s.forward();
    s.forward();  // stops one past the end
    QCOMPARE(s.position(), 3);
    QCOMPARE(s.currentSampleId(), qint64(0));
    s.start({5, 3, 9}, QueueOrder::MostUncertain, 1, {{9, 0.1}, {5, 0.4}});
    QCOMPARE(s.currentSampleId(), qint64(9));  // least sure first; unscored last
    s.forward();
    s.forward();
    QCOMPARE(s.currentSampleId(), qint64(3));
    AnnotationSession a, b;
    a.start({1, 2, 3, 4, 5, 6}, QueueOrder::Random, 7);
    b.start({6, 5, 4, 3, 2, 1}, QueueOrder::Random, 7);
    for (int i = 0; i < 6; ++i, a.forward(), b.forward()) QCOMPARE(a.currentSampleId(), b.currentSampleId());
    a.clear();
    QVERIFY(a.isEmpty());
    QCOMPARE(a.currentSampleId(), qint64(0));
  }

  void reannotationKeepsTheGivenOrder() {
    AnnotationSession s;
    s.startInOrder({9, 3, 5}, 3);  // a table sorted by another column
    QCOMPARE(s.queue(), (std::vector<qint64>{9, 3, 5}));
    QCOMPARE(s.position(), 1);
    QCOMPARE(s.currentSampleId(), qint64(3));
    s.startInOrder({9, 3, 5}, 42);  // not in the queue: from the first
    QCOMPARE(s.currentSampleId(), qint64(9));
    // A rate is shown only after a few minutes; before, the count.
    QVERIFY(s.elapsedMs() < AnnotationSession::kRateAfterMs);
  }

  void labelAndUndo() {
    const auto store = project(4);
    AnnotationSession s;
    s.start({1, 2, 3, 4}, QueueOrder::Sequential, 0);
    s.setTotals(1, 4);
    s.setToday(10);
    QVERIFY(!s.canUndo());
    QVERIFY(s.label(*store, QStringLiteral("ann"), 2, QStringLiteral("note")));  // sample 1 (unlabelled)
    QVERIFY(s.label(*store, QStringLiteral("ann"), 4, {}));                      // sample 2 (was 3)
    QCOMPARE(store->sample(1).label, 2);
    QCOMPARE(store->annotations(1).back().note, QStringLiteral("note"));
    QCOMPARE(store->sample(2).label, 4);
    QCOMPARE(s.position(), 2);
    QCOMPARE(s.labeled(), qint64(2));  // a relabel is not a new labelled sample
    QCOMPARE(s.today(), qint64(12));
    QCOMPARE(s.sessionLabels(), qint64(2));
    // A failed save changes nothing here.
    QVERIFY_THROWS_EXCEPTION(data::StoreError, s.label(*store, QStringLiteral("ann"), 99, {}));
    QCOMPARE(s.position(), 2);
    QCOMPARE(s.sessionLabels(), qint64(2));
    s.forward();
    QVERIFY(s.undo(*store, QStringLiteral("ann")));  // back to sample 2, its label restored
    QCOMPARE(s.position(), 1);
    QCOMPARE(store->sample(2).label, 3);
    QCOMPARE(s.labeled(), qint64(2));
    QVERIFY(s.undo(*store, QStringLiteral("ann")));
    QCOMPARE(s.position(), 0);
    QCOMPARE(store->sample(1).label, -1);
    QCOMPARE(s.labeled(), qint64(1));
    QCOMPARE(s.today(), qint64(10));
    QCOMPARE(s.sessionLabels(), qint64(0));
    QVERIFY(!s.undo(*store, QStringLiteral("ann")));
    // A new queue forgets the undo stack.
    QVERIFY(s.label(*store, QStringLiteral("ann"), 0, {}));
    s.start({2, 3}, QueueOrder::Sequential, 0);
    QVERIFY(!s.canUndo());
    s.forward();
    s.forward();
    QVERIFY(!s.label(*store, QStringLiteral("ann"), 0, {}));  // past the end: nothing to label
  }

  void ratePerHour() {
    QCOMPARE(AnnotationSession::perHour(0, 3600000), 0);
    QCOMPARE(AnnotationSession::perHour(30, 3600000), 30);
    QCOMPARE(AnnotationSession::perHour(30, 1800000), 60);
    QCOMPARE(AnnotationSession::perHour(1, 1000), 60);  // under a minute counts as one
    AnnotationSession s;
    QCOMPARE(s.perHour(), 0);
  }
};

ASSAY_TEST_APPLESS_MAIN(TstAnnotationSession)
#include "tst_annotationsession.moc"
