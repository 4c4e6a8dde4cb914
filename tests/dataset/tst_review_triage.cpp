// The review queue's core: the "most likely wrong first" order on a hand-made
// set (exact expected orders), and the undo / redo of a verdict that
// overwrote a human label (label, verdict and history in the store).
#include <QTemporaryDir>
#include <QtTest>

#include "data/LabelSchema.h"
#include "data/ProjectStore.h"
#include "data/ReviewOrder.h"
#include "data/VerdictHistory.h"
#include "TestRegistry.h"

using namespace assay::data;

class TstReviewTriage : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void disagreementsFirstThenLowConfidence() {
    // index: human, predicted, confidence, p(human)
    const std::vector<ReviewCandidate> c = {
        {1, 1, 0.95, 0.95},           // 0 agreement, sure                      -> last
        {1, 2, 0.70, 0.25},           // 1 disagreement, margin 0.45
        {-1, 2, 0.40, std::nullopt},  // 2 unlabeled, unsure                    -> low confidence
        {0, 3, 0.90, 0.05},           // 3 disagreement, margin 0.85            -> first
        {2, 2, 0.55, 0.55},           // 4 agreement, unsure                    -> low confidence
        {1, 0, 0.50, 0.45},           // 5 disagreement though unsure, margin 0.05
        {-1, 1, 0.80, std::nullopt},  // 6 unlabeled, sure
        {3, 4, 0.65, std::nullopt},   // 7 disagreement, p(human) unknown: margin = confidence 0.65
        {0, 0, 0.61, 0.61},           // 8 agreement just above the line
    };
    QCOMPARE(reviewTier(c[1], 0.6), ReviewTier::Disagreement);
    QCOMPARE(reviewTier(c[5], 0.6), ReviewTier::Disagreement);
    QCOMPARE(reviewTier(c[4], 0.6), ReviewTier::LowConfidence);
    QCOMPARE(reviewTier(c[6], 0.6), ReviewTier::Rest);
    QCOMPARE(reviewTier(c[8], 0.6), ReviewTier::Rest);
    QCOMPARE(disagreementMargin(c[3]), 0.90 - 0.05);
    QCOMPARE(disagreementMargin(c[7]), 0.65);
    // Disagreements by margin (3: .85, 7: .65, 1: .45, 5: .05), then the
    // others least confident first: low confidence (2: .40, 4: .55) before
    // the sure ones (8: .61, 6: .80, 0: .95).
    QCOMPARE(mostLikelyWrongFirst(c), (std::vector<int>{3, 7, 1, 5, 2, 4, 8, 6, 0}));
  }

  void equalConfidenceKeepsDisagreementFirstAndInputOrder() {
    const std::vector<ReviewCandidate> c = {
        {1, 1, 0.5, 0.5}, {1, 2, 0.5, 0.3}, {-1, 1, 0.5, std::nullopt}, {2, 1, 0.5, 0.4}};
    QCOMPARE(mostLikelyWrongFirst(c), (std::vector<int>{1, 3, 0, 2}));
    QCOMPARE(mostLikelyWrongFirst({}), std::vector<int>{});
  }

  void candidateMatchesTheHumanLabelByName() {
    const LabelSchema schema = LabelSchema::style();  // 售前 售后 诚实 有帮助 无伤害
    // A model whose labels come in another order than the project's.
    const QStringList modelLabels = {schema.nameOf(2), schema.nameOf(0), schema.nameOf(1)};
    const ReviewCandidate c = reviewCandidate(0, 2, 0.7, {0.7, 0.1, 0.2}, modelLabels, schema);
    QVERIFY(c.pHuman.has_value());
    QCOMPARE(*c.pHuman, 0.1);
    QVERIFY(!reviewCandidate(4, 2, 0.7, {0.7, 0.1, 0.2}, modelLabels, schema).pHuman);  // label the model lacks
    QVERIFY(!reviewCandidate(-1, 2, 0.7, {0.7, 0.1, 0.2}, modelLabels, schema).pHuman);
  }

  void undoOfAVerdictRestoresTheHumanLabel() {
    QTemporaryDir dir;
    const auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.assay")), SchemaKind::Style);
    Sample s;
    s.text = QStringLiteral("用户问题：能退吗？\n回答：七天无理由退货。");
    s.label = 1;
    const qint64 id = store->addSamples({s}, QStringLiteral("import:demo.json")).at(0);
    const size_t historyBefore = store->labelHistory(id).size();
    VerdictHistory history;
    // Accept a prediction that overwrites the human label 1 with 3.
    const VerdictUndo& step = history.record(*store, id, QStringLiteral("rita"), Verdict::Accepted, 3);
    QCOMPARE(step.previousLabel, 1);
    QCOMPARE(store->sample(id).label, 3);
    QCOMPARE(store->reviews(id).size(), size_t(1));
    QVERIFY(history.canUndo());

    QVERIFY(history.undo(*store, QStringLiteral("rita")));
    QCOMPARE(store->sample(id).label, 1);
    QVERIFY(store->reviews(id).empty());  // unreviewed again
    QCOMPARE(store->annotations(id).back().annotator, QStringLiteral("import:demo.json"));
    // The history keeps both changes: 1 → 3 and back 3 → 1.
    const std::vector<LabelChange> changes = store->labelHistory(id);
    QCOMPARE(changes.size(), historyBefore + 2);
    QCOMPARE(changes.back().oldLabel, 3);
    QCOMPARE(changes.back().newLabel, 1);
    QVERIFY(!history.canUndo());
    QVERIFY(history.canRedo());

    QVERIFY(history.redo(*store, QStringLiteral("rita")));
    QCOMPARE(store->sample(id).label, 3);
    QCOMPARE(store->reviews(id).size(), size_t(1));
    QCOMPARE(store->reviews(id).back().verdict, Verdict::Accepted);
    // Undo after redo takes back the rows the redo wrote.
    QVERIFY(history.undo(*store, QStringLiteral("rita")));
    QCOMPARE(store->sample(id).label, 1);
    QVERIFY(store->reviews(id).empty());
  }

  void undoOfASkipRemovesOnlyTheReview() {
    QTemporaryDir dir;
    const auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.assay")), SchemaKind::Style);
    Sample s;
    s.text = QStringLiteral("text");
    const qint64 id = store->addSamples({s}).at(0);
    VerdictHistory history;
    history.record(*store, id, QStringLiteral("rita"), Verdict::Relabelled, 2);
    history.record(*store, id, QStringLiteral("rita"), Verdict::Skipped, -1);
    QCOMPARE(store->reviews(id).size(), size_t(2));
    QVERIFY(history.undo(*store, QStringLiteral("rita")));  // the skip
    QCOMPARE(store->reviews(id).size(), size_t(1));
    QCOMPARE(store->sample(id).label, 2);
    QVERIFY(history.undo(*store, QStringLiteral("rita")));  // the relabel of an unlabeled record
    QCOMPARE(store->sample(id).label, -1);
    QVERIFY(store->annotations(id).empty());
    QVERIFY(!history.undo(*store, QStringLiteral("rita")));
    // A verdict already gone cannot be taken back twice: StoreError, nothing changes.
    const VerdictUndo gone{id, 9999, 0, -1, Verdict::Skipped, -1};
    QVERIFY_THROWS_EXCEPTION(StoreError, store->retractVerdict(gone, QStringLiteral("rita")));
  }
};

ASSAY_TEST_GUILESS_MAIN(TstReviewTriage)
#include "tst_review_triage.moc"
