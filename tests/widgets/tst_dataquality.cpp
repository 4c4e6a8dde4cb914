// The dataset pane's data-quality views and the train pane's check before
// training (issue 20): the health tab lists the seed's low-diversity warning
// (two records repeated 10,000 times) and a click shows exactly those records;
// the agreement tab's kappa matrix on a hand-computed three-annotator
// project; the "likely wrong label" filter shows the latest flagger run's
// open flags; the pre-training dialog appears with warnings (and its "Show
// duplicates" opens them in the dataset pane) and not without.
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include "common/ProjectContext.h"
#include "data/LabelFlags.h"
#include "dataset/AgreementHeatMap.h"
#include "dataset/AgreementPanel.h"
#include "dataset/DatasetPane.h"
#include "dataset/HealthPanel.h"
#include "dataset/SampleTableModel.h"
#include "mainwindow/MainWindow.h"
#include "TestProject.h"
#include "TestRegistry.h"
#include "train/HealthWarningDialog.h"
#include "train/TrainPane.h"
#include "train/TrainForm.h"

using namespace assay;
using namespace assay::data;
using assay::testing::makeProject;
using assay::testing::textSample;

namespace {

std::vector<qint64> shownIds(const DatasetPane& pane) {
  std::vector<qint64> ids;
  for (int row = 0; row < pane.model()->rowCount(); ++row) ids.push_back(pane.model()->sampleId(row));
  return ids;
}

int rowTitled(const QTreeWidget* list, const QString& title) {
  for (int row = 0; row < list->topLevelItemCount(); ++row)
    if (list->topLevelItem(row)->text(0) == title) return row;
  return -1;
}

}  // namespace

class TstDataQuality : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

  void open(ProjectContext& context, const QString& path) {
    context.setAnnotator(QStringLiteral("lead"));
    QString error;
    QVERIFY2(context.open(path, &error), qPrintable(error));
  }

  // The seed's case: a file of two records repeated 10,000 times, imported
  // (import keeps one sample each and remembers 10,000 source copies).
  QString repeatedProject(const QString& name) {
    QByteArray bytes;
    for (int i = 0; i < 10000; ++i) {
      bytes += "{\"text\": \"这个产品怎么样\", \"label\": \"售前\"}\n";
      bytes += "{\"text\": \"我的订单什么时候到\", \"label\": \"售后\"}\n";
    }
    const QString file = dir_.filePath(name + QStringLiteral(".jsonl"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) return {};
    f.close();
    const QString path = dir_.filePath(name + QStringLiteral(".assay"));
    auto store = ProjectStore::create(path, SchemaKind::Style);
    store->importFile(file);
    return path;
  }

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
  }

  void healthPanelShowsLowDiversityAndItsRecords() {
    const QString path = repeatedProject(QStringLiteral("repeated"));
    QVERIFY(!path.isEmpty());
    ProjectContext context;
    open(context, path);
    DatasetPane pane(&context);
    pane.resize(1024, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    HealthPanel* health = pane.healthPanel();
    QTRY_VERIFY_WITH_TIMEOUT(health->report().find(QStringLiteral("low_diversity")) != nullptr, 30000);
    QVERIFY(!health->isComputing());
    QCOMPARE(health->report().records, 20000);
    QCOMPARE(health->report().find(QStringLiteral("low_diversity"))->count, 20000);
    // The tab says there is something to look at.
    QCOMPARE(pane.lowerTabs()->tabText(pane.lowerTabs()->indexOf(health)),
             QStringLiteral("Health (%1)").arg(health->report().warnings.size()));

    pane.lowerTabs()->setCurrentWidget(health);
    QTreeWidget* list = health->list();
    const int row = rowTitled(list, QStringLiteral("Low diversity"));
    QVERIFY(row >= 0);
    QCOMPARE(list->topLevelItem(row)->text(1), QStringLiteral("20000"));
    QVERIFY(list->topLevelItem(row)->text(2).contains(QStringLiteral("100.0%")));
    QCOMPARE(shownIds(pane), (std::vector<qint64>{1, 2}));  // the project holds the two distinct records
    // Another filter on first: the click clears it so every record of the warning shows.
    pane.findChild<QComboBox*>(QStringLiteral("labelFilter"))->setCurrentIndex(1);  // "Unlabeled"
    pane.applyFilter();
    QCOMPARE(pane.model()->rowCount(), 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->topLevelItem(row)).center());
    QCOMPARE(shownIds(pane), (std::vector<qint64>{1, 2}));
    auto* only = pane.findChild<QCheckBox*>(QStringLiteral("shownRecordsFilter"));
    QVERIFY(only->isVisible() && only->isChecked());
    QCOMPARE(only->text(), QStringLiteral("Only: Low diversity (2)"));
    QCOMPARE(pane.currentFilter().ids, std::optional<std::vector<qint64>>(std::vector<qint64>{1, 2}));
    QCOMPARE(pane.table()->selectionModel()->selectedRows().size(), 1);  // the first one, ready to read

    // Unticking shows everything again.
    only->setChecked(false);
    QVERIFY(!only->isVisible());
    QVERIFY(!pane.currentFilter().ids);
    QCOMPARE(pane.model()->rowCount(), 2);
  }

  // alice, bob and carol on six texts (carol on the first four):
  //   alice 0 0 1 1 2 2, bob 0 1 1 1 2 2, carol 0 1 0 1.
  // alice–bob: p_o = 5/6, p_e = (2·1 + 2·3 + 2·2)/36 = 1/3, kappa = 0.75 (n 6);
  // alice–carol: p_o = 1/2, p_e = 1/2, kappa = 0 (n 4);
  // bob–carol: p_o = 3/4, p_e = 1/4·1/2 + 3/4·1/2 = 1/2, kappa = 0.5 (n 4).
  // Fleiss over the four samples with three labels: P̄ = 2/3, P_e = (5/12)² + (7/12)² = 37/72,
  // kappa = (2/3 − 37/72) / (1 − 37/72) = 11/35.
  void agreementPanelShowsTheKappaMatrix() {
    const QString path = makeProject(
        dir_, QStringLiteral("agreement"), SchemaKind::Style,
        {textSample(QStringLiteral("t1")), textSample(QStringLiteral("t2")), textSample(QStringLiteral("t3")),
         textSample(QStringLiteral("t4")), textSample(QStringLiteral("t5")), textSample(QStringLiteral("t6"))});
    {
      auto store = ProjectStore::open(path);
      const int alice[] = {0, 0, 1, 1, 2, 2}, bob[] = {0, 1, 1, 1, 2, 2}, carol[] = {0, 1, 0, 1};
      for (int i = 0; i < 6; ++i) {
        store->annotate(i + 1, QStringLiteral("alice"), alice[i]);
        store->annotate(i + 1, QStringLiteral("bob"), bob[i]);
        if (i < 4) store->annotate(i + 1, QStringLiteral("carol"), carol[i]);
      }
    }
    ProjectContext context;
    open(context, path);
    DatasetPane pane(&context);
    pane.resize(1024, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    AgreementPanel* panel = pane.agreementPanel();
    QSignalSpy updated(panel, &AgreementPanel::updated);
    pane.views()->setCurrentWidget(panel);  // computed when shown
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1 && !panel->isComputing(), 20000);
    QVERIFY(!panel->showsMessage());
    AgreementHeatMap* map = panel->heatMap();
    QCOMPARE(map->size(), 3);  // alice, bob, carol
    const double kappa[3][3] = {{1, 0.75, 0}, {0.75, 1, 0.5}, {0, 0.5, 1}};
    const qint64 shared[3][3] = {{6, 6, 4}, {6, 6, 4}, {4, 4, 4}};
    for (int r = 0; r < 3; ++r)
      for (int c = 0; c < 3; ++c) {
        QVERIFY(map->kappa(r, c).has_value());
        QVERIFY2(std::abs(*map->kappa(r, c) - kappa[r][c]) < 1e-12, qPrintable(QStringLiteral("%1,%2").arg(r).arg(c)));
        QCOMPARE(map->shared(r, c), shared[r][c]);
      }
    QCOMPARE(map->cellText(0, 1), QStringLiteral("0.75\nn 6"));
    QCOMPARE(map->cellText(2, 1), QStringLiteral("0.50\nn 4"));
    QVERIFY(std::abs(*panel->report().fleissKappa - 11.0 / 35.0) < 1e-12);
    QVERIFY2(panel->summaryText().contains(QStringLiteral("Fleiss' kappa: 0.314 (4 samples with 3 labels each)")),
             qPrintable(panel->summaryText()));
    // Label 0: given five times (alice t1 t2, bob t1, carol t1 t3) on three samples; the
    // three pairs of t1 agree. Specific agreement: t1 6/6, t2 0/2, t3 0/2 -> 6/10.
    QTableWidget* perLabel = panel->perLabelTable();
    QCOMPARE(perLabel->rowCount(), context.store()->labelSchema().size());
    QCOMPARE(perLabel->item(0, 1)->text(), QStringLiteral("5"));
    QCOMPARE(perLabel->item(0, 2)->text(), QStringLiteral("3"));
    QCOMPARE(perLabel->item(0, 3)->text(), QStringLiteral("3"));
    QCOMPARE(perLabel->item(0, 4)->text(), QStringLiteral("0.600"));

    // A relabel is reflected once labelling pauses.
    context.store()->annotate(2, QStringLiteral("alice"), 1);  // alice–bob now agree everywhere
    context.notifyLabelsChanged();
    QTRY_VERIFY_WITH_TIMEOUT(map->kappa(0, 1) && std::abs(*map->kappa(0, 1) - 1.0) < 1e-12, 20000);
  }

  void agreementPanelNeedsTwoAnnotators() {
    const QString path = makeProject(dir_, QStringLiteral("one"), SchemaKind::Style,
                                     {textSample(QStringLiteral("a"), 0), textSample(QStringLiteral("b"), 1)});
    ProjectContext context;
    open(context, path);
    DatasetPane pane(&context);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    AgreementPanel* panel = pane.agreementPanel();
    QSignalSpy updated(panel, &AgreementPanel::updated);
    pane.views()->setCurrentWidget(panel);
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1 && !panel->isComputing(), 20000);
    QVERIFY(panel->showsMessage());
    QVERIFY2(panel->summaryText().startsWith(QStringLiteral("Only one annotator (import)")),
             qPrintable(panel->summaryText()));
    QCOMPARE(panel->heatMap()->size(), 0);
  }

  void likelyWrongFilterShowsTheOpenFlags() {
    const QString path = makeProject(
        dir_, QStringLiteral("flags"), SchemaKind::Style,
        {textSample(QStringLiteral("a"), 0), textSample(QStringLiteral("b"), 1), textSample(QStringLiteral("c"), 2),
         textSample(QStringLiteral("d"), 3), textSample(QStringLiteral("e"), 4)});
    {
      auto store = ProjectStore::open(path);
      saveFlagRun(*store, QStringLiteral("lead"), QStringLiteral("ngram, 5 folds"), 5, {{1, 0, 1, 0.9, 0.9}});
      saveFlagRun(*store, QStringLiteral("lead"), QStringLiteral("ngram, 5 folds"), 5,
                  {{2, 1, 0, 0.9, 0.8}, {4, 3, 0, 0.8, 0.6}, {5, 4, 0, 0.7, 0.2}});
      dismissLabelFlag(*store, latestRunFlags(*store).back().id, QStringLiteral("lead"));  // sample 5's
    }
    ProjectContext context;
    open(context, path);
    DatasetPane pane(&context);
    pane.show();
    QCOMPARE(pane.model()->rowCount(), 5);
    auto* wrong = pane.findChild<QCheckBox*>(QStringLiteral("likelyWrongFilter"));
    QCOMPARE(wrong->text(), QStringLiteral("Likely wrong label"));
    wrong->setChecked(true);
    QCOMPARE(shownIds(pane), (std::vector<qint64>{2, 4}));  // the latest run's open flags only
    // The conflicts filter keeps its meaning under its new name.
    auto* conflicts = pane.findChild<QCheckBox*>(QStringLiteral("disagreementFilter"));
    QCOMPARE(conflicts->text(), QStringLiteral("Conflicts"));
    wrong->setChecked(false);
    context.store()->annotate(3, QStringLiteral("bob"), 0);  // bob disagrees with the import on c
    conflicts->setChecked(true);
    QCOMPARE(shownIds(pane), (std::vector<qint64>{3}));
  }

  void preTrainingDialogWithWarnings() {
    MainWindow window;
    QVERIFY(window.openProject(repeatedProject(QStringLiteral("train-repeated"))));
    TrainPane* train = window.trainPane();
    window.panes()->setCurrentWidget(train);
    QSignalSpy shown(train, &TrainPane::showRecordsRequested);
    train->requestStart();
    QVERIFY(train->isCheckingHealth() || train->healthDialog());
    QTRY_VERIFY_WITH_TIMEOUT(train->healthDialog() != nullptr, 30000);
    HealthWarningDialog* dialog = train->healthDialog();
    QVERIFY(dialog->isVisible());
    QVERIFY(!train->session()->isRunning());  // nothing starts while the user decides
    QVERIFY(rowTitled(dialog->list(), QStringLiteral("Low diversity")) >= 0);
    QVERIFY(rowTitled(dialog->list(), QStringLiteral("Duplicates")) >= 0);
    QCOMPARE(dialog->duplicateIds(), (std::vector<qint64>{1, 2}));
    train->requestStart();  // a second press while the dialog is open does nothing
    QCOMPARE(train->healthDialog(), dialog);

    QTest::mouseClick(dialog->showDuplicatesButton(), Qt::LeftButton);
    QTRY_VERIFY(train->healthDialog() == nullptr);  // closed (and deleted)
    QVERIFY(!train->session()->isRunning());
    QCOMPARE(shown.count(), 1);
    QCOMPARE(window.panes()->currentWidget(), window.datasetPane());
    QCOMPARE(shownIds(*window.datasetPane()), (std::vector<qint64>{1, 2}));
    QVERIFY(window.datasetPane()->currentFilter().ids.has_value());

    // Cancel: not started, the status says why.
    window.panes()->setCurrentWidget(train);
    train->requestStart();
    QTRY_VERIFY_WITH_TIMEOUT(train->healthDialog() != nullptr, 30000);
    QTest::mouseClick(train->healthDialog()->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(train->healthDialog() == nullptr);
    QVERIFY(!train->session()->isRunning());
    QVERIFY2(train->statusText().startsWith(QStringLiteral("Not started")), qPrintable(train->statusText()));
  }

  void noDialogWithoutWarnings() {
    // Twelve distinct, balanced texts: nothing to warn about, so Start trains at once.
    std::vector<Sample> samples;
    const char* const kTexts[] = {"苹果很甜",   "火车晚点了", "明天会下雨吗", "请把门关上", "这本书很好看", "猫在睡觉",
                                  "咖啡太烫了", "他跑得很快", "电脑坏了",     "海边风很大", "周末去爬山",   "灯泡亮了"};
    for (int i = 0; i < 12; ++i)
      samples.push_back(textSample(QString::fromUtf8(kTexts[i]), i % 3, i % 4 == 0 ? Split::Test : Split::Train));
    const QString path = makeProject(dir_, QStringLiteral("healthy"), SchemaKind::Style, samples);
    {
      auto store = ProjectStore::open(path);
      QVERIFY(checkProjectHealth(*store).warnings.empty());
    }
    ProjectContext context;
    open(context, path);
    TrainPane pane(&context);
    TrainConfig config = pane.form()->config();
    config.numTrainEpochs = 1;
    config.maxLength = 32;
    config.outputDir = dir_.filePath(QStringLiteral("healthy-run"));
    pane.form()->setConfig(config);
    QSignalSpy done(pane.session(), &TrainingSession::finished);
    QSignalSpy failed(pane.session(), &TrainingSession::failed);
    pane.requestStart();
    QTRY_VERIFY_WITH_TIMEOUT(pane.session()->isRunning() || done.count() + failed.count() > 0, 30000);
    QVERIFY(pane.healthDialog() == nullptr);
    pane.stop();
    QTRY_VERIFY_WITH_TIMEOUT(done.count() + failed.count() > 0, 120000);
    QVERIFY(pane.healthDialog() == nullptr);
  }
};

ASSAY_TEST_MAIN(TstDataQuality)
#include "tst_dataquality.moc"
