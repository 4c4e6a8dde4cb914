// The review pane's one undo stack (data::ReviewHistory): verdicts,
// adjudications and flag decisions interleaved are taken back newest first,
// each with its own store effect, and given again by redo; a new step drops
// the redo steps.
#include <QTemporaryDir>
#include <QtTest>

#include "data/Adjudication.h"
#include "data/LabelFlags.h"
#include "data/ProjectStore.h"
#include "data/ReviewHistory.h"
#include "TestRegistry.h"

using namespace assay::data;

namespace {

Sample text(const QString& t, int label) {
  Sample s;
  s.text = t;
  s.label = label;
  return s;
}

}  // namespace

class TstReviewHistory : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void interleavedStepsUndoNewestFirstAndRedo() {
    QTemporaryDir dir;
    const auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.assay")), SchemaKind::Correctness);
    // 1: a conflict (import 正确, bob 错误); 2: flagged 错误 → 正确; 3: for a verdict.
    store->addSamples({text(QStringLiteral("一"), 0), text(QStringLiteral("二"), 1), text(QStringLiteral("三"), 0)});
    store->annotate(1, QStringLiteral("bob"), 1);
    const qint64 run = saveFlagRun(*store, QStringLiteral("flagger"), QStringLiteral("test"), 3, {{2, 1, 0, 0.9, 0.8}});
    const qint64 flag = latestRunFlags(*store).at(0).id;
    QVERIFY(run > 0);

    const QString rita = QStringLiteral("rita");
    ReviewHistory history;
    QVERIFY(!history.canUndo());
    history.recordAdjudication(*store, 1, 0, rita);
    history.recordFlagResolution(*store, flag, FlagResolution::Accepted, rita);
    history.recordVerdict(*store, 3, rita, Verdict::Relabelled, 1);
    QCOMPARE(currentAdjudication(*store, 1)->label, 0);
    QCOMPARE(store->sample(2).label, 0);
    QCOMPARE(store->sample(3).label, 1);

    std::optional<ReviewStep> step = history.undo(*store, rita);
    QVERIFY(step);
    QCOMPARE(step->kind, ReviewStep::Kind::Verdict);
    QCOMPARE(step->sampleId, qint64(3));
    QCOMPARE(store->sample(3).label, 0);
    QCOMPARE(store->sample(2).label, 0);  // the flag's accept still stands

    step = history.undo(*store, rita);
    QCOMPARE(step->kind, ReviewStep::Kind::FlagAccepted);
    QCOMPARE(step->flagId, flag);
    QCOMPARE(step->sampleId, qint64(2));
    QVERIFY(step->trainingDataChanged);
    QCOMPARE(store->sample(2).label, 1);
    QCOMPARE(labelFlag(*store, flag).resolution, FlagResolution::Open);

    step = history.undo(*store, rita);
    QCOMPARE(step->kind, ReviewStep::Kind::Adjudication);
    QVERIFY(!currentAdjudication(*store, 1));
    QCOMPARE(adjudicationHistory(*store, 1).back().decidedBy, rita);
    QVERIFY(!history.undo(*store, rita));

    // Redo in the order given.
    QCOMPARE(history.redo(*store, rita)->kind, ReviewStep::Kind::Adjudication);
    QCOMPARE(currentAdjudication(*store, 1)->label, 0);
    QCOMPARE(history.redo(*store, rita)->kind, ReviewStep::Kind::FlagAccepted);
    QCOMPARE(store->sample(2).label, 0);
    QCOMPARE(store->labelHistory(2).back().annotator, rita);
    // A new step drops the verdict's redo: Ctrl+Shift+Z has nothing left.
    QVERIFY(history.canRedo());
    history.recordVerdict(*store, 3, rita, Verdict::KeptHuman, 0);
    QVERIFY(!history.canRedo());
    QCOMPARE(history.undo(*store, rita)->kind, ReviewStep::Kind::Verdict);
    QCOMPARE(history.undo(*store, rita)->kind, ReviewStep::Kind::FlagAccepted);
  }

  void anAdjudicationUndoRestoresTheOneBefore() {
    QTemporaryDir dir;
    const auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.assay")), SchemaKind::Correctness);
    store->addSamples({text(QStringLiteral("一"), 0)});
    store->annotate(1, QStringLiteral("bob"), 1);
    setAdjudication(*store, 1, 1, QStringLiteral("carol"));
    ReviewHistory history;
    history.recordAdjudication(*store, 1, 0, QStringLiteral("rita"));
    QCOMPARE(currentAdjudication(*store, 1)->decidedBy, QStringLiteral("rita"));
    history.undo(*store, QStringLiteral("rita"));
    QCOMPARE(currentAdjudication(*store, 1)->label, 1);  // carol's decision is current again
    history.clear();
    QVERIFY(!history.canRedo());
  }
};

ASSAY_TEST_GUILESS_MAIN(TstReviewHistory)
#include "tst_review_history.moc"
