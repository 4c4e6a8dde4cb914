// The review pane: predictions of a freshly trained tiny model (stored in the
// project), filters, verdict keys stored as the reviewer's annotations and
// as reviews, and the export of reviewed records.
#include <QCheckBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "common/ProjectContext.h"
#include "data/ProjectStore.h"
#include "dataset/ExportDialog.h"
#include "review/ReviewPane.h"
#include "review/ReviewTableModel.h"
#include "TestRegistry.h"
#include "train/TrainingSession.h"
#include "TrainTestData.h"

using namespace assay;

class TstReviewPane : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir dir_;
  QString project_, modelDir_;

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    project_ = testing::trainableStyleProject(dir_, QStringLiteral("review"));
    modelDir_ = dir_.filePath(QStringLiteral("model"));
    TrainConfig c;
    c.project = project_;
    c.outputDir = modelDir_;
    c.numTrainEpochs = 2;
    c.perDeviceTrainBatchSize = 4;
    c.maxLength = 64;
    TrainingSession session;
    QSignalSpy done(&session, &TrainingSession::finished);
    QSignalSpy failed(&session, &TrainingSession::failed);
    QString error;
    QVERIFY2(session.start(c, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(done.count() + failed.count() == 1, 300000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
  }

  void predictsEveryRecord() {
    ProjectContext context;
    context.setAnnotator(QStringLiteral("rita"));
    QString error;
    QVERIFY(context.open(project_, &error));
    ReviewPane pane(&context);
    pane.setModelDir(modelDir_);
    pane.runModel();
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isRunning(), 120000);
    QTRY_COMPARE(pane.model()->rowCount(), 40);
    const ReviewRow* first = pane.model()->rowAt(0);
    QVERIFY(first);
    QCOMPARE(first->probabilities.size(), size_t(5));
    double sum = 0;
    for (double p : first->probabilities) sum += p;
    QVERIFY(qAbs(sum - 1.0) < 1e-4);
    QVERIFY(first->predictedLabel >= 0 && first->predictedLabel < 5);
    QCOMPARE(first->confidence, *std::max_element(first->probabilities.begin(), first->probabilities.end()));
    // The run's answers are in the project: they survive closing the app.
    const auto store = data::ProjectStore::open(project_);
    const std::vector<data::StoredPrediction> stored = store->predictions(modelDir_);
    QCOMPARE(stored.size(), size_t(40));
    for (int i = 0; i < pane.model()->rowCount(); ++i) {
      const ReviewRow* r = pane.model()->rowAt(i);
      const auto it = std::find_if(stored.begin(), stored.end(),
                                   [r](const data::StoredPrediction& p) { return p.sampleId == r->sampleId; });
      QVERIFY(it != stored.end());
      QCOMPARE(it->label, r->predictedLabel);
      QVERIFY(qAbs(it->confidence - r->confidence) < 1e-12);
      QCOMPARE(it->probabilities.size(), size_t(5));
    }
    // Reopened later: the stored answers are listed without running the model.
    ProjectContext later;
    QVERIFY(later.open(project_, &error));
    ReviewPane again(&later);
    again.setModelDir(modelDir_);
    auto* showStored = again.findChild<QPushButton*>(QStringLiteral("showStored"));
    QVERIFY(showStored);
    showStored->click();
    QVERIFY(!again.isRunning());
    QCOMPARE(again.model()->rowCount(), 40);
    for (int i = 0; i < 40; ++i) {
      const ReviewRow* a = again.model()->rowAt(i);
      const ReviewRow* b = pane.model()->rowAt(i);
      QCOMPARE(a->sampleId, b->sampleId);
      QCOMPARE(a->predictedLabel, b->predictedLabel);
      QCOMPARE(a->humanLabel, b->humanLabel);
      QCOMPARE(a->probabilities.size(), size_t(5));
    }
    again.setModelDir(dir_.filePath(QStringLiteral("never-run")));
    QVERIFY(!again.showStoredPredictions());
  }

  void verdictKeysAreStored() {
    ProjectContext context;
    context.setAnnotator(QStringLiteral("rita"));
    QString error;
    QVERIFY(context.open(project_, &error));
    ReviewPane pane(&context);
    pane.setModelDir(modelDir_);
    pane.runModel();
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isRunning(), 120000);
    QTRY_VERIFY(pane.model()->rowCount() > 3);
    pane.view()->setFocus();
    pane.view()->selectRow(0);
    pane.view()->setCurrentIndex(pane.model()->index(0, 0));
    const ReviewRow r0 = *pane.model()->rowAt(0);
    const ReviewRow r1 = *pane.model()->rowAt(1);
    const ReviewRow r2 = *pane.model()->rowAt(2);
    QTest::keyClick(pane.view(), Qt::Key_A);  // accept the prediction
    QCOMPARE(pane.view()->currentIndex().row(), 1);
    QTest::keyClick(pane.view(), Qt::Key_K);  // keep the human label
    QTest::keyClick(pane.view(), Qt::Key_S);  // skip: no label, a skipped review
    QCOMPARE(pane.view()->currentIndex().row(), 3);
    const ReviewRow r3 = *pane.model()->rowAt(3);
    QTest::keyClick(pane.view(), Qt::Key_5);  // pick 无伤害
    auto* store = context.store();
    QCOMPARE(store->annotations(r0.sampleId).back().annotator, QStringLiteral("rita"));
    QCOMPARE(store->annotations(r0.sampleId).back().label, r0.predictedLabel);
    QCOMPARE(store->sample(r0.sampleId).label, r0.predictedLabel);
    QCOMPARE(store->annotations(r1.sampleId).back().label, r1.humanLabel);
    QCOMPARE(store->annotations(r1.sampleId).back().annotator, QStringLiteral("rita"));
    QCOMPARE(store->annotations(r2.sampleId).back().annotator, QStringLiteral("import"));
    QCOMPARE(store->sample(r3.sampleId).label, 4);
    QVERIFY(pane.model()->isReviewed(r0.sampleId));
    QVERIFY(!pane.model()->isReviewed(r2.sampleId));
    // Each verdict is a row of the reviews table, by the reviewer.
    const auto verdictOf = [store](qint64 id) {
      const std::vector<data::Review> v = store->reviews(id);
      return v.empty() ? data::Review{} : v.back();
    };
    QCOMPARE(verdictOf(r0.sampleId).verdict, data::Verdict::Accepted);
    QCOMPARE(verdictOf(r0.sampleId).label, r0.predictedLabel);
    QCOMPARE(verdictOf(r0.sampleId).reviewer, QStringLiteral("rita"));
    QCOMPARE(verdictOf(r1.sampleId).verdict, data::Verdict::KeptHuman);
    QCOMPARE(verdictOf(r1.sampleId).label, r1.humanLabel);
    QCOMPARE(store->reviews(r2.sampleId).size(), size_t(1));
    QCOMPARE(verdictOf(r2.sampleId).verdict, data::Verdict::Skipped);
    QCOMPARE(verdictOf(r2.sampleId).label, -1);
    QCOMPARE(verdictOf(r3.sampleId).verdict, r3.humanLabel == 4 ? data::Verdict::KeptHuman : data::Verdict::Relabelled);
    QCOMPARE(verdictOf(r3.sampleId).label, 4);
    QCOMPARE(store->reviews().size(), size_t(4));

    // Export reviewed: exactly r0, r1 and r3 (the skip is not a review), from the pane's button.
    auto* button = pane.findChild<QPushButton*>(QStringLiteral("exportReviewed"));
    QVERIFY(button);
    button->click();
    auto* dialog = pane.findChild<ExportDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("reviewedOnly"))->isChecked());
    const QString out = dir_.filePath(QStringLiteral("reviewed.json"));
    dialog->setOutput(out, data::Format::StyleJson, data::Split::All);
    dialog->startExport();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
    QTRY_COMPARE(dialog->stateText(),
                 QStringLiteral("Wrote 3 records (%1 bytes) to %2.").arg(QFileInfo(out).size()).arg(out));
    QFile f(out);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(dialog->stateText()));
    const QJsonArray records = QJsonDocument::fromJson(f.readAll()).array();
    QStringList written;
    for (const QJsonValue& v : records) written << v.toObject().value(QStringLiteral("input")).toString();
    QStringList expected;
    for (const ReviewRow* r : {&r0, &r1, &r3}) expected << store->sample(r->sampleId).text;
    written.sort();
    expected.sort();
    QCOMPARE(written, expected);
    QCOMPARE(records.at(0).toObject().contains(QStringLiteral("label")), true);
  }

  // The keys and the pane's functions (what a click calls) go through one
  // verdict path: the same actions on two identical projects store the same
  // labels and verdicts.
  void numberKeysFollowTheDisplayOrder() {
    // The labels shown in reverse order: key 1 picks the label shown first
    // (the last id), as it does in the Annotate pane.
    const QString path = testing::trainableStyleProject(dir_, QStringLiteral("reordered"));
    ProjectContext context;
    context.setAnnotator(QStringLiteral("rita"));
    QString error;
    QVERIFY(context.open(path, &error));
    std::vector<data::LabelDetails> details = context.store()->labelDetails();
    const int last = int(details.size()) - 1;
    for (auto& d : details) d.position = last - d.id;
    context.store()->setLabelDetails(details);
    ReviewPane pane(&context);
    pane.setModelDir(modelDir_);
    pane.runModel();
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isRunning(), 120000);
    QTRY_VERIFY(pane.model()->rowCount() > 1);
    pane.view()->setFocus();
    pane.view()->setCurrentIndex(pane.model()->index(0, 0));
    const qint64 first = pane.model()->rowAt(0)->sampleId;
    QTest::keyClick(pane.view(), Qt::Key_1);
    QCOMPARE(context.store()->sample(first).label, last);
    const qint64 second = pane.model()->rowAt(1)->sampleId;
    QCOMPARE(pane.view()->currentIndex().row(), 1);
    QTest::keyClick(pane.view(), Qt::Key_2);
    QCOMPARE(context.store()->sample(second).label, last - 1);
  }

  void keysAndCallsStoreTheSame() {
    const QString keyed = testing::trainableStyleProject(dir_, QStringLiteral("keyed"));
    const QString called = testing::trainableStyleProject(dir_, QStringLiteral("called"));
    std::vector<std::pair<int, data::Review>> results[2];
    for (int path = 0; path < 2; ++path) {
      ProjectContext context;
      context.setAnnotator(QStringLiteral("rita"));
      QString error;
      QVERIFY(context.open(path == 0 ? keyed : called, &error));
      ReviewPane pane(&context);
      pane.setModelDir(modelDir_);
      pane.runModel();
      QTRY_VERIFY_WITH_TIMEOUT(!pane.isRunning(), 120000);
      QTRY_VERIFY(pane.model()->rowCount() > 8);
      pane.view()->setFocus();
      pane.view()->setCurrentIndex(pane.model()->index(0, 0));
      // accept, keep, skip, then each label picked once (its own, the prediction's, others)
      const Qt::Key keys[] = {Qt::Key_A, Qt::Key_K, Qt::Key_S, Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5};
      for (int row = 0; row < 8; ++row) {
        QCOMPARE(pane.view()->currentIndex().row(), row);
        if (path == 0) {
          QTest::keyClick(pane.view(), keys[row]);
        } else if (row == 0) {
          QVERIFY(pane.review(row, data::ReviewAction::Accept));
        } else if (row == 1) {
          QVERIFY(pane.review(row, data::ReviewAction::KeepHuman));
        } else if (row == 2) {
          QVERIFY(pane.skip(row));
        } else {
          QVERIFY(pane.applyVerdict(row, row - 3));
        }
      }
      auto* store = context.store();
      for (int row = 0; row < 8; ++row) {
        const qint64 id = pane.model()->rowAt(row)->sampleId;
        const std::vector<data::Review> v = store->reviews(id);
        QCOMPARE(v.size(), size_t(1));
        results[path].emplace_back(store->sample(id).label, v.back());
      }
    }
    for (size_t i = 0; i < results[0].size(); ++i) {
      QCOMPARE(results[0][i].first, results[1][i].first);
      QCOMPARE(results[0][i].second.sampleId, results[1][i].second.sampleId);
      QCOMPARE(results[0][i].second.verdict, results[1][i].second.verdict);
      QCOMPARE(results[0][i].second.label, results[1][i].second.label);
    }
  }

  void filters() {
    ReviewTableModel model;
    std::vector<ReviewRow> rows(4);
    for (int i = 0; i < 4; ++i) rows[static_cast<size_t>(i)].sampleId = i + 1;
    rows[0].humanLabel = 1, rows[0].predictedLabel = 1, rows[0].confidence = 0.9;
    rows[1].humanLabel = 1, rows[1].predictedLabel = 2, rows[1].confidence = 0.8;
    rows[2].humanLabel = -1, rows[2].predictedLabel = 2, rows[2].confidence = 0.4;
    rows[3].humanLabel = 0, rows[3].predictedLabel = 3, rows[3].confidence = 0.5;
    model.setRows(rows, {}, data::LabelSchema::style());
    QCOMPARE(model.rowCount(), 4);
    model.setFilter(ReviewFilter::Disagreement, 0.6);
    QCOMPARE(model.rowCount(), 2);  // rows 2 and 4; an unlabeled row never disagrees
    QCOMPARE(model.rowAt(1)->sampleId, qint64(4));
    model.setFilter(ReviewFilter::LowConfidence, 0.6);
    QCOMPARE(model.rowCount(), 2);
    // Most likely wrong first: the disagreement (4) before the unlabeled record (3).
    QCOMPARE(model.rowAt(0)->sampleId, qint64(4));
    QCOMPARE(model.rowAt(1)->sampleId, qint64(3));
    model.setReviewed({1, 3});
    model.setFilter(ReviewFilter::Unreviewed, 0.6);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowAt(0)->sampleId, qint64(2));
    model.setFlagged({4});
    model.setFilter(ReviewFilter::Flagged, 0.6);
    QCOMPARE(model.rowCount(), 1);
  }
};

ASSAY_TEST_MAIN(TstReviewPane)
#include "tst_reviewpane.moc"
