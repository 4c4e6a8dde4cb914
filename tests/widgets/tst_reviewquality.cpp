// The review pane's data-quality queues (no model run): annotator conflicts
// adjudicated with the label keys, stored apart from the annotators' labels
// with who decided, Ctrl+Z withdrawing; the latest flagger run's flags most
// confident first, accepted (relabelled under the reviewer's name) or
// dismissed, both undoable; one undo stack across queues; and "Find likely
// wrong labels…" on a small project with planted flips, its cancel and its
// error.
#include <QPushButton>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <set>

#include "common/ProjectContext.h"
#include "data/Adjudication.h"
#include "data/LabelFlags.h"
#include "data/ProjectStore.h"
#include "review/QualityQueueModel.h"
#include "review/ReviewDetailPane.h"
#include "review/ReviewPane.h"
#include "TestProject.h"
#include "TestRegistry.h"

using namespace assay;
using namespace assay::data;

namespace {

const QString kReviewer = QStringLiteral("rita");

QString cell(const QualityQueueModel* model, int row, int column) {
  return model->data(model->index(row, column)).toString();
}

// Two classes with their own words (correct: shop answers; wrong: weather
// talk), 30 records each, seeded; the records at `flipped` (0-based) get the
// other class's label.
std::vector<Sample> plantedFlips(const std::set<int>& flipped) {
  const QStringList right = {QStringLiteral("退货"), QStringLiteral("地址"), QStringLiteral("订单"),
                             QStringLiteral("发货"), QStringLiteral("退款"), QStringLiteral("客服")};
  const QStringList wrong = {QStringLiteral("晴天"), QStringLiteral("下雨"), QStringLiteral("温度"),
                             QStringLiteral("刮风"), QStringLiteral("阴天"), QStringLiteral("雪花")};
  QRandomGenerator random(7);
  std::vector<Sample> samples;
  for (int i = 0; i < 60; ++i) {
    const int label = i % 2;
    const QStringList& words = label == 0 ? right : wrong;
    QString text;
    for (int w = 0; w < 5; ++w) text += words[int(random.bounded(words.size()))];
    text += QString::number(i);
    samples.push_back(testing::textSample(text, flipped.count(i) ? 1 - label : label));
  }
  return samples;
}

}  // namespace

class TstReviewQuality : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir dir_;

  // 1: amy 正确 vs bob 错误 (a tie: the import's credit has no vote
  // beside people); 2: import and bob 正确 (no conflict);
  // 3: import 正确, bob and carol 错误 (majority 错误); 4: unlabeled.
  QString conflictProject(const QString& name) {
    const QString path = testing::makeProject(dir_, name, SchemaKind::Correctness,
                                              {testing::textSample(QStringLiteral("一：退货地址在哪里"), 0),
                                               testing::textSample(QStringLiteral("二：物流几天到"), 0),
                                               testing::textSample(QStringLiteral("三：诚实的回答"), 0),
                                               testing::textSample(QStringLiteral("四：没有标签"))});
    auto store = ProjectStore::open(path);
    store->annotate(1, QStringLiteral("amy"), 0);
    store->annotate(1, QStringLiteral("bob"), 1);
    store->annotate(2, QStringLiteral("bob"), 0);
    store->annotate(3, QStringLiteral("bob"), 1);
    store->annotate(3, QStringLiteral("carol"), 1);
    return path;
  }

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
  }

  void adjudicationKeyIsStoredAndUndone() {
    ProjectContext context;
    QString error;
    QVERIFY(context.open(conflictProject(QStringLiteral("conflicts")), &error));
    context.setAnnotator(kReviewer);
    ReviewPane pane(&context);
    pane.resize(1024, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    pane.showQueue(ReviewPane::Queue::Conflicts);
    QualityQueueModel* queue = pane.queueModel();
    QCOMPARE(queue->rowCount(), 2);
    QCOMPARE(queue->conflictAt(0)->sampleId, qint64(1));
    QCOMPARE(queue->conflictAt(1)->sampleId, qint64(3));
    QCOMPARE(cell(queue, 0, QualityQueueModel::MajorityColumn), QStringLiteral("tie"));
    QCOMPARE(cell(queue, 1, QualityQueueModel::MajorityColumn), queue->labelName(1));
    QCOMPARE(cell(queue, 0, QualityQueueModel::AnnotatorsColumn),
             QStringLiteral("amy %1 · bob %2 · import %1").arg(queue->labelName(0), queue->labelName(1)));
    QVERIFY2(pane.detailPane()->plainText().contains(QStringLiteral("bob: ") + queue->labelName(1)),
             qPrintable(pane.detailPane()->plainText()));

    // N on the tie: 错误 is the final label, by the reviewer; the
    // annotators' labels and samples.label stay as they were.
    auto* store = context.store();
    QTest::keyClick(pane.queueView(), Qt::Key_N);
    const std::vector<Adjudication> rows = adjudicationHistory(*store, 1);
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows[0].label, 1);
    QCOMPARE(rows[0].decidedBy, kReviewer);
    QCOMPARE(store->sample(1).label, 1);  // bob's was the latest annotation
    QCOMPARE(cell(queue, 0, QualityQueueModel::FinalColumn), QStringLiteral("%1 · rita").arg(queue->labelName(1)));
    QCOMPARE(pane.queueView()->currentIndex().row(), 1);  // on to the next conflict
    QCOMPARE(resolveConflicts(*store).byAdjudication, qint64(1));

    // A on record 3 takes its majority.
    QTest::keyClick(pane.queueView(), Qt::Key_A);
    QCOMPARE(currentAdjudication(*store, 3)->label, 1);

    // Ctrl+Z twice: newest first; each writes a withdrawal by the reviewer.
    QTest::keyClick(pane.queueView(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!currentAdjudication(*store, 3));
    QVERIFY(currentAdjudication(*store, 1));
    QTest::keyClick(pane.queueView(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!currentAdjudication(*store, 1));
    const std::vector<Adjudication> after = adjudicationHistory(*store, 1);
    QCOMPARE(after.size(), size_t(2));
    QCOMPARE(after[1].label, -1);
    QCOMPARE(after[1].decidedBy, kReviewer);
    QCOMPARE(cell(queue, 0, QualityQueueModel::FinalColumn), QString());
    QCOMPARE(pane.queueView()->currentIndex().row(), 0);  // undo shows its record
    QVERIFY(!pane.undo());

    // Ctrl+Shift+Z gives it again.
    QTest::keyClick(pane.queueView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(currentAdjudication(*store, 1)->label, 1);
    // Delete withdraws it.
    pane.queueView()->setCurrentIndex(queue->index(0, 0));
    QTest::keyClick(pane.queueView(), Qt::Key_Delete);
    QVERIFY(!currentAdjudication(*store, 1));
  }

  void flagsInOrderAcceptDismissAndUndo() {
    const QString path = testing::makeProject(
        dir_, QStringLiteral("flags"), SchemaKind::Correctness,
        {testing::textSample(QStringLiteral("甲"), 0), testing::textSample(QStringLiteral("乙"), 1),
         testing::textSample(QStringLiteral("丙"), 0), testing::textSample(QStringLiteral("丁"), 1)});
    {
      auto store = ProjectStore::open(path);
      saveFlagRun(*store, QStringLiteral("flagger"), QStringLiteral("test"), 4,
                  {{1, 0, 1, 0.71, 0.42}, {2, 1, 0, 0.93, 0.86}, {3, 0, 1, 0.58, 0.16}});
    }
    ProjectContext context;
    QString error;
    QVERIFY(context.open(path, &error));
    context.setAnnotator(kReviewer);
    ReviewPane pane(&context);
    pane.resize(1024, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    pane.showQueue(ReviewPane::Queue::Flags);
    QualityQueueModel* queue = pane.queueModel();
    QCOMPARE(queue->rowCount(), 3);
    QCOMPARE(queue->flagAt(0)->flag.sampleId, qint64(2));  // most confident first
    QCOMPARE(queue->flagAt(1)->flag.sampleId, qint64(1));
    QCOMPARE(queue->flagAt(2)->flag.sampleId, qint64(3));
    QCOMPARE(cell(queue, 0, QualityQueueModel::GivenColumn), queue->labelName(1));
    QCOMPARE(cell(queue, 0, QualityQueueModel::SuggestedColumn), queue->labelName(0));
    QCOMPARE(cell(queue, 0, QualityQueueModel::ProbabilityColumn), QStringLiteral("0.930"));
    QCOMPARE(cell(queue, 0, QualityQueueModel::FlagTextColumn), QStringLiteral("乙"));
    QVERIFY2(pane.detailPane()->plainText().contains(QStringLiteral("0.930")),
             qPrintable(pane.detailPane()->plainText()));

    // A accepts: record 2 is relabelled 正确 under the reviewer's name.
    auto* store = context.store();
    QTest::keyClick(pane.queueView(), Qt::Key_A);
    QCOMPARE(store->sample(2).label, 0);
    QCOMPARE(store->labelHistory(2).back().annotator, kReviewer);
    QCOMPARE(store->labelHistory(2).back().newLabel, 0);
    QCOMPARE(cell(queue, 0, QualityQueueModel::ResolutionColumn), QStringLiteral("accepted by rita"));
    // D dismisses record 1's flag: its label stays.
    QTest::keyClick(pane.queueView(), Qt::Key_D);
    QCOMPARE(store->sample(1).label, 0);
    QCOMPARE(labelFlag(*store, queue->flagAt(1)->flag.id).resolution, FlagResolution::Dismissed);
    QCOMPARE(cell(queue, 1, QualityQueueModel::ResolutionColumn), QStringLiteral("dismissed by rita"));
    QCOMPARE(flaggedSampleIds(*store), std::vector<qint64>{3});

    // Ctrl+Z: the dismissal, then the accept (label 错误 back).
    QTest::keyClick(pane.queueView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(labelFlag(*store, queue->flagAt(1)->flag.id).resolution, FlagResolution::Open);
    QTest::keyClick(pane.queueView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store->sample(2).label, 1);
    QCOMPARE(labelFlag(*store, queue->flagAt(0)->flag.id).resolution, FlagResolution::Open);
    QCOMPARE(cell(queue, 0, QualityQueueModel::ResolutionColumn), QStringLiteral("open"));
    QCOMPARE(flaggedSampleIds(*store), (std::vector<qint64>{1, 2, 3}));
    // Redo accepts again.
    QVERIFY(pane.redo());
    QCOMPARE(store->sample(2).label, 0);
  }

  void oneUndoStackAcrossQueues() {
    const QString path = conflictProject(QStringLiteral("mixed"));
    {
      auto store = ProjectStore::open(path);
      saveFlagRun(*store, QStringLiteral("flagger"), QStringLiteral("test"), 3, {{2, 0, 1, 0.8, 0.6}});
    }
    ProjectContext context;
    QString error;
    QVERIFY(context.open(path, &error));
    context.setAnnotator(kReviewer);
    ReviewPane pane(&context);
    pane.showQueue(ReviewPane::Queue::Conflicts);
    QVERIFY(pane.adjudicate(0, 0));
    pane.showQueue(ReviewPane::Queue::Flags);
    QVERIFY(pane.resolveFlag(0, FlagResolution::Accepted));
    auto* store = context.store();
    QCOMPARE(store->sample(2).label, 1);
    // The flag's accept first, then the adjudication given in the other queue.
    QVERIFY(pane.undo());
    QCOMPARE(store->sample(2).label, 0);
    QVERIFY(currentAdjudication(*store, 1));
    QVERIFY(pane.undo());
    QVERIFY(!currentAdjudication(*store, 1));
    QVERIFY(!pane.undo());
  }

  void findLikelyWrongLabelsListsThePlantedFlips() {
    const std::set<int> flipped = {4, 17, 38};  // 0-based: sample ids 5, 18, 39
    const QString path =
        testing::makeProject(dir_, QStringLiteral("planted"), SchemaKind::Correctness, plantedFlips(flipped));
    ProjectContext context;
    QString error;
    QVERIFY(context.open(path, &error));
    context.setAnnotator(kReviewer);
    ReviewPane pane(&context);
    pane.findChild<QPushButton*>(QStringLiteral("findLikelyWrong"))->click();
    QVERIFY(pane.isFlagging());
    // finished() is queued after the thread ends: wait for what it shows.
    QTRY_VERIFY_WITH_TIMEOUT(pane.queue() == ReviewPane::Queue::Flags, 120000);
    QualityQueueModel* queue = pane.queueModel();
    QVERIFY2(queue->rowCount() >= 3, qPrintable(pane.statusText()));
    std::set<qint64> top;
    for (int row = 0; row < 3; ++row) top.insert(queue->flagAt(row)->flag.sampleId);
    QCOMPARE(top, (std::set<qint64>{5, 18, 39}));
    const auto run = latestFlagRun(*context.store());
    QVERIFY(run);
    QCOMPARE(run->createdBy, kReviewer);
    QCOMPARE(run->records, qint64(60));
  }

  void cancelLeavesNoRunAndTooFewLabelsSaySo() {
    const QString path =
        testing::makeProject(dir_, QStringLiteral("cancelled"), SchemaKind::Correctness, plantedFlips({3}));
    ProjectContext context;
    QString error;
    QVERIFY(context.open(path, &error));
    ReviewPane pane(&context);
    pane.findLikelyWrongLabels();
    pane.cancelFlagging();
    QTRY_VERIFY_WITH_TIMEOUT(pane.statusText().contains(QStringLiteral("cancelled")), 120000);
    QVERIFY(!latestFlagRun(*context.store()));

    QVERIFY(context.open(testing::makeProject(dir_, QStringLiteral("few"), SchemaKind::Correctness,
                                              {testing::textSample(QStringLiteral("a"), 0),
                                               testing::textSample(QStringLiteral("b"), 1)}),
                         &error));
    pane.findLikelyWrongLabels();
    QTRY_VERIFY_WITH_TIMEOUT(pane.statusText().startsWith(QStringLiteral("Cannot")), 30000);
    QVERIFY2(pane.statusText().startsWith(QStringLiteral("Cannot look for likely wrong labels: ")) &&
                 pane.statusText().contains(QStringLiteral("at least 5 labelled texts")),
             qPrintable(pane.statusText()));
    QVERIFY(!latestFlagRun(*context.store()));
  }
};

ASSAY_TEST_MAIN(TstReviewQuality)
#include "tst_reviewquality.moc"
