// The review pane's triage on hand-made stored predictions (no model run):
// "most likely wrong first" order, header sort, verdicts shown by name,
// Ctrl+Z / Ctrl+Shift+Z of verdicts back to the store, the detail pane, the
// threshold panel for a binary classifier and the confidence histogram for a
// multi-class one, and "Show stored" with no model chosen.
#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "common/ProjectContext.h"
#include "data/ProjectStore.h"
#include "review/ConfidenceHistogram.h"
#include "review/ReviewDetailPane.h"
#include "review/ReviewPane.h"
#include "review/ReviewTableModel.h"
#include "review/ThresholdPanel.h"
#include "TestProject.h"
#include "TestRegistry.h"

using namespace assay;
using namespace assay::data;

namespace {

struct Made {
  int human;
  int predicted;
  double confidence;
  double pHuman;  // ignored when unlabeled or when human == predicted
};

// Probabilities over the schema's labels in schema order: the prediction
// gets `confidence`, the human label `pHuman`, the rest share what is left.
std::vector<std::pair<QString, double>> probabilities(const LabelSchema& schema, const Made& m) {
  std::vector<double> p(size_t(schema.size()), 0.0);
  p[size_t(m.predicted)] = m.confidence;
  const bool other = m.human >= 0 && m.human != m.predicted;
  if (other) p[size_t(m.human)] = m.pHuman;
  const int rest = schema.size() - 1 - (other ? 1 : 0);
  const double left = 1.0 - m.confidence - (other ? m.pHuman : 0.0);
  for (int i = 0; i < schema.size(); ++i)
    if (i != m.predicted && !(other && i == m.human)) p[size_t(i)] = left / rest;
  std::vector<std::pair<QString, double>> out;
  for (int i = 0; i < schema.size(); ++i) out.emplace_back(schema.nameOf(i), p[size_t(i)]);
  return out;
}

void storePredictions(ProjectStore& store, const QString& model, const std::vector<Made>& made, bool pCorrect = false) {
  std::vector<StoredPrediction> out;
  for (size_t i = 0; i < made.size(); ++i) {
    StoredPrediction p;
    p.sampleId = qint64(i + 1);
    p.model = model;
    p.label = made[i].predicted;
    p.labelName = store.labelSchema().nameOf(made[i].predicted);
    p.confidence = made[i].confidence;
    p.probabilities = probabilities(store.labelSchema(), made[i]);
    if (pCorrect) p.pCorrect = p.probabilities[0].second;
    out.push_back(p);
  }
  store.savePredictions(out);
}

std::vector<qint64> shownIds(const ReviewTableModel* model) {
  std::vector<qint64> ids;
  for (int r = 0; r < model->rowCount(); ++r) ids.push_back(model->rowAt(r)->sampleId);
  return ids;
}

void clickHeader(QTableView* view, int column) {
  QHeaderView* header = view->horizontalHeader();
  const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
  QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, at);
}

const QString kLongText = QStringLiteral("用户问题：这件外套有没有别的颜色？\n回答：") + QString(400, QChar(0x597D)) +
                          QStringLiteral("——结尾在这里");

}  // namespace

class TstReviewTriage : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir dir_;

  // Five style records: 1 agreement (sure), 2 disagreement margin .45,
  // 3 unlabeled unsure, 4 disagreement margin .85, 5 agreement unsure.
  QString styleProject(const QString& name) {
    std::vector<Sample> samples = {testing::textSample(QStringLiteral("一：退货地址在哪里"), 0),
                                   testing::textSample(QStringLiteral("二：物流几天到"), 1),
                                   testing::textSample(QStringLiteral("三：没有标签的一条")),
                                   testing::textSample(kLongText, 0),
                                   testing::textSample(QStringLiteral("五：诚实的回答"), 2)};
    samples[3].extraJson = R"({"metadata":{"source":"客服日志","shift":"night"}})";
    const QString path = testing::makeProject(dir_, name, SchemaKind::Style, samples);
    auto store = ProjectStore::open(path);
    store->annotate(4, QStringLiteral("lily"), 0, QStringLiteral("颜色问题算售前"));
    const std::vector<Made> made = {
        {0, 0, 0.95, 0}, {1, 2, 0.70, 0.25}, {-1, 2, 0.40, 0}, {0, 3, 0.90, 0.05}, {2, 2, 0.55, 0}};
    storePredictions(*store, QStringLiteral("/models/older"), made);
    storePredictions(*store, QStringLiteral("/models/latest"), made);
    return path;
  }

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
  }

  void showStoredWithoutAModelListsTheLatestRun() {
    ProjectContext context;
    QString error;
    QVERIFY(context.open(testing::makeProject(dir_, QStringLiteral("none"), SchemaKind::Style,
                                              {testing::textSample(QStringLiteral("x"))}),
                         &error));
    ReviewPane empty(&context);
    QVERIFY(!empty.showStoredPredictions());
    QVERIFY2(empty.statusText().contains(QStringLiteral("No predictions are stored")), qPrintable(empty.statusText()));

    QVERIFY(context.open(styleProject(QStringLiteral("stored")), &error));
    ReviewPane pane(&context);
    QVERIFY(pane.modelDir().isEmpty());
    pane.findChild<QPushButton*>(QStringLiteral("showStored"))->click();
    QCOMPARE(pane.model()->rowCount(), 5);
    QCOMPARE(pane.modelDir(), QStringLiteral("/models/latest"));
    QVERIFY2(pane.statusText().contains(QStringLiteral("/models/latest")), qPrintable(pane.statusText()));
  }

  void mostLikelyWrongFirstAndHeaderSort() {
    ProjectContext context;
    QString error;
    QVERIFY(context.open(styleProject(QStringLiteral("order")), &error));
    ReviewPane pane(&context);
    pane.resize(1024, 700);
    pane.show();
    QVERIFY(pane.showStoredPredictions());
    // Disagreements 4 (margin .85), 2 (.45); then the least sure first: 3 (.40), 5 (.55), 1 (.95).
    QCOMPARE(shownIds(pane.model()), (std::vector<qint64>{4, 2, 3, 5, 1}));
    QCOMPARE(pane.model()->data(pane.model()->index(0, ReviewTableModel::PriorityColumn)).toInt(), 1);
    QCOMPARE(pane.view()->currentIndex().row(), 0);
    QCOMPARE(pane.detailPane()->sampleId(), qint64(4));

    clickHeader(pane.view(), ReviewTableModel::IdColumn);
    QCOMPARE(shownIds(pane.model()), (std::vector<qint64>{1, 2, 3, 4, 5}));
    clickHeader(pane.view(), ReviewTableModel::IdColumn);
    QCOMPARE(shownIds(pane.model()), (std::vector<qint64>{5, 4, 3, 2, 1}));
    clickHeader(pane.view(), ReviewTableModel::ConfidenceColumn);
    QCOMPARE(shownIds(pane.model()), (std::vector<qint64>{3, 5, 2, 4, 1}));
    // The selected record stays selected across a sort.
    QCOMPARE(pane.model()->rowAt(pane.view()->currentIndex().row())->sampleId, qint64(4));
    clickHeader(pane.view(), ReviewTableModel::PriorityColumn);
    QCOMPARE(shownIds(pane.model()), (std::vector<qint64>{4, 2, 3, 5, 1}));
    // The low-confidence filter keeps the order: 3 (0.40) before 5 (0.55).
    pane.findChild<QComboBox*>()->setCurrentIndex(2);
    Q_EMIT pane.findChild<QComboBox*>()->activated(2);
    QCOMPARE(shownIds(pane.model()), (std::vector<qint64>{3, 5}));
    // At 1024×700 the text column stays readable.
    QVERIFY2(pane.view()->columnWidth(ReviewTableModel::TextColumn) >= 250,
             qPrintable(QString::number(pane.view()->columnWidth(ReviewTableModel::TextColumn))));
  }

  void verdictsByNameWithUndoAndRedo() {
    ProjectContext context;
    context.setAnnotator(QStringLiteral("rita"));
    QString error;
    QVERIFY(context.open(styleProject(QStringLiteral("verdicts")), &error));
    ReviewPane pane(&context);
    pane.resize(1024, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    QVERIFY(pane.showStoredPredictions());
    ReviewTableModel* model = pane.model();
    const auto verdictShown = [model](qint64 id) {
      return model->data(model->index(model->rowOfSample(id), ReviewTableModel::ReviewedColumn)).toString();
    };
    auto* store = context.store();
    pane.view()->setFocus();
    QTest::keyClick(pane.view(), Qt::Key_A);  // 4: the model's 有帮助 over the human 售前
    QTest::keyClick(pane.view(), Qt::Key_K);  // 2: keep 售后
    QTest::keyClick(pane.view(), Qt::Key_3);  // 3: 诚实 for the unlabeled record
    QTest::keyClick(pane.view(), Qt::Key_S);  // 5: skip
    QCOMPARE(store->sample(4).label, 3);
    QCOMPARE(verdictShown(4), QStringLiteral("accepted model"));
    QCOMPARE(verdictShown(2), QStringLiteral("kept human label"));
    QCOMPARE(verdictShown(3), QStringLiteral("relabelled as %1").arg(model->labelName(2)));
    QCOMPARE(verdictShown(5), QStringLiteral("skipped"));
    QCOMPARE(verdictShown(1), QString());
    QCOMPARE(store->reviews().size(), size_t(4));

    // Ctrl+Z four times: each verdict is taken back, newest first, and the
    // label the accept overwrote comes back.
    QTest::keyClick(pane.view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store->reviews(5).size(), size_t(0));
    QCOMPARE(verdictShown(5), QString());
    QTest::keyClick(pane.view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store->sample(3).label, -1);
    QCOMPARE(verdictShown(3), QString());
    QTest::keyClick(pane.view(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(pane.view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store->sample(4).label, 0);
    QCOMPARE(store->annotations(4).back().annotator, QStringLiteral("lily"));
    QVERIFY(store->reviews().empty());
    QCOMPARE(model->rowAt(model->rowOfSample(4))->humanLabel, 0);
    QCOMPARE(pane.model()->rowAt(pane.view()->currentIndex().row())->sampleId, qint64(4));  // undo shows its record
    QVERIFY(!pane.undo());

    // Redo gives the accept again.
    QTest::keyClick(pane.view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(store->sample(4).label, 3);
    QCOMPARE(verdictShown(4), QStringLiteral("accepted model"));
    QTest::keyClick(pane.view(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(verdictShown(2), QStringLiteral("kept human label"));
    QCOMPARE(store->reviews().size(), size_t(2));
  }

  void detailPaneShowsTheWholeRecord() {
    ProjectContext context;
    context.setAnnotator(QStringLiteral("rita"));
    QString error;
    QVERIFY(context.open(styleProject(QStringLiteral("detail")), &error));
    ReviewPane pane(&context);
    QVERIFY(pane.showStoredPredictions());
    QVERIFY(pane.review(0, ReviewAction::Accept));  // record 4
    pane.view()->setCurrentIndex(pane.model()->index(pane.model()->rowOfSample(4), 0));
    const QString shown = pane.detailPane()->plainText();
    QVERIFY2(shown.contains(QStringLiteral("——结尾在这里")), qPrintable(shown));  // the whole text
    QVERIFY(shown.contains(QStringLiteral("客服日志")));                          // metadata
    QVERIFY(shown.contains(QStringLiteral("颜色问题算售前")));                    // the note
    QVERIFY(shown.contains(QStringLiteral("lily")));                              // history: who
    QVERIFY(shown.contains(QStringLiteral("rita")));
    QVERIFY(shown.contains(QStringLiteral("accepted model")));
    // Every probability, highest first: 有帮助 0.90, then the three at 0.0167, 售前 0.05 before them.
    const LabelSchema& schema = context.store()->labelSchema();
    const int top = shown.indexOf(schema.nameOf(3) + QStringLiteral("  0.9000"));
    const int human = shown.indexOf(schema.nameOf(0) + QStringLiteral("  0.0500"));
    QVERIFY2(top >= 0 && human > top, qPrintable(shown));
    for (int id : {1, 2, 4}) QVERIFY(shown.indexOf(schema.nameOf(id) + QStringLiteral("  0.0167")) > human);
  }

  void chartsFollowTheModelKind() {
    ProjectContext context;
    QString error;
    QVERIFY(context.open(styleProject(QStringLiteral("multi")), &error));
    ReviewPane multi(&context);
    QVERIFY(multi.showStoredPredictions());
    QVERIFY(!multi.confidenceHistogram()->isHidden());
    QVERIFY(multi.thresholdPanel()->isHidden());
    QCOMPARE(multi.confidenceHistogram()->total(), 5.0);
    // 0.95 agrees (bin 19), 0.70 disagrees (bin 14), 0.40 unlabeled (bin 8).
    QCOMPARE(multi.confidenceHistogram()->count(ConfidenceHistogram::Outcome::Agrees, 19), 1.0);
    QCOMPARE(multi.confidenceHistogram()->count(ConfidenceHistogram::Outcome::Disagrees, 14), 1.0);
    QCOMPARE(multi.confidenceHistogram()->count(ConfidenceHistogram::Outcome::Unlabeled, 8), 1.0);

    // A two-label classifier (a correctness project, no P(correct)): the PR
    // curve on P(正确) against the human labels.
    const QString binary = testing::makeProject(
        dir_, QStringLiteral("binary"), SchemaKind::Correctness,
        {testing::textSample(QStringLiteral("杭州市西湖区文三路90号"), 0),
         testing::textSample(QStringLiteral("北京市"), 1), testing::textSample(QStringLiteral("上海市浦东新区"), 0),
         testing::textSample(QStringLiteral("未标注"))});
    {
      auto store = ProjectStore::open(binary);
      storePredictions(*store, QStringLiteral("/models/binary"),
                       {{0, 0, 0.9, 0}, {1, 0, 0.8, 0.2}, {0, 1, 0.7, 0.3}, {-1, 0, 0.6, 0}});
    }
    QVERIFY(context.open(binary, &error));
    ReviewPane pane(&context);
    QVERIFY(pane.showStoredPredictions());
    QVERIFY(!pane.thresholdPanel()->isHidden());
    QVERIFY(pane.confidenceHistogram()->isHidden());
    QCOMPARE(pane.thresholdPanel()->positiveLabel(), context.store()->labelSchema().nameOf(0));
    // P(正确) of the labelled three: 0.9 (正确), 0.8 (错误), 0.3 (正确).
    pane.thresholdPanel()->setThreshold(0.5);
    const ThresholdPoint at = pane.thresholdPanel()->current();
    QCOMPARE(at.above, qint64(2));
    QCOMPARE(at.below, qint64(1));
    QCOMPARE(at.precision, 0.5);
    QCOMPARE(at.recall, 0.5);
  }
};

ASSAY_TEST_MAIN(TstReviewTriage)
#include "tst_reviewtriage.moc"
