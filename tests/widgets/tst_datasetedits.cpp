// Correcting records from the dataset table: label keys and the context
// menu relabel the selection (one undo step), Delete soft-deletes and
// restores, undo/redo; the note column and "has note" filter; sorting by a
// header; re-annotation of a filter in the annotate pane; and the small
// things around them (filter boxes sized to their texts, the chart legend
// beside the bars, the same label count in the status bar and the annotate
// header, skipped records marked, the current label's button filled).
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "annotate/AnnotatePane.h"
#include "annotate/LabelButtonRow.h"
#include "common/Plot.h"
#include "common/ProjectContext.h"
#include "data/SampleQuery.h"
#include "dataset/DatasetPane.h"
#include "dataset/LabelDistributionChart.h"
#include "dataset/RecordActions.h"
#include "dataset/SampleTableModel.h"
#include "TestProject.h"
#include "TestRegistry.h"

using namespace assay;
using namespace assay::data;
using assay::testing::makeProject;
using assay::testing::textSample;

namespace {

void selectRows(QTableView* table, std::initializer_list<int> rows) {
  table->clearSelection();
  for (int row : rows)
    table->selectionModel()->select(table->model()->index(row, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

std::vector<int> labelsOf(const ProjectStore& store, qint64 first, qint64 last) {
  std::vector<int> out;
  for (qint64 id = first; id <= last; ++id) out.push_back(store.sample(id).label);
  return out;
}

QAction* findAction(QMenu* menu, const QString& name) {
  for (QAction* a : menu->findChildren<QAction*>())
    if (a->objectName() == name) return a;
  for (QAction* a : menu->actions())
    if (a->objectName() == name) return a;
  return nullptr;
}

}  // namespace

class TstDatasetEdits : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  int projects_ = 0;

  // Six texts: ids 1..6, labels 0, 1, -, 3, -, 4 ("text 0" .. "text 5").
  QString project() {
    return makeProject(dir_, QStringLiteral("p%1").arg(++projects_), SchemaKind::Style,
                       {textSample(QStringLiteral("text 0"), 0), textSample(QStringLiteral("text 1"), 1),
                        textSample(QStringLiteral("text 2")), textSample(QStringLiteral("text 3"), 3),
                        textSample(QStringLiteral("text 4")), textSample(QStringLiteral("text 5"), 4)});
  }

  void open(ProjectContext& context, const QString& path, ProjectStore::Access access = ProjectStore::Access::Auto) {
    context.setAnnotator(QStringLiteral("alice"));
    QString error;
    QVERIFY2(context.open(path, &error, access), qPrintable(error));
  }

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
  }

  void labelKeysRelabelTheSelectionAsOneUndoStep() {
    ProjectContext context;
    open(context, project());
    DatasetPane pane(&context);
    pane.show();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    QTableView* table = pane.table();
    table->setFocus();
    QCOMPARE(pane.model()->rowCount(), 6);
    selectRows(table, {0, 1, 2});
    const int third = context.store()->labelOrder().at(2);  // key 3: the third label in display order
    QTest::keyClick(table, Qt::Key_3);
    QCOMPARE(labelsOf(*context.store(), 1, 6), (std::vector<int>{third, third, third, 3, -1, 4}));
    QCOMPARE(context.store()->labelHistory(3).back().annotator, QStringLiteral("alice"));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 3);  // the rows stay where they were
    QVERIFY(pane.model()
                ->data(pane.model()->index(0, SampleTableModel::LabelColumn))
                .toString()
                .contains(context.store()->labelSchema().nameOf(third)));

    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);  // one step for the three rows
    QCOMPARE(labelsOf(*context.store(), 1, 6), (std::vector<int>{0, 1, -1, 3, -1, 4}));
    QVERIFY(!pane.recordActions()->canUndo());
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(labelsOf(*context.store(), 1, 6), (std::vector<int>{third, third, third, 3, -1, 4}));
    QVERIFY(pane.recordActions()->undo());
    QCOMPARE(labelsOf(*context.store(), 1, 6), (std::vector<int>{0, 1, -1, 3, -1, 4}));
  }

  void contextMenuRelabelsDeletesAndRestores() {
    ProjectContext context;
    open(context, project());
    DatasetPane pane(&context);
    pane.show();
    QTableView* table = pane.table();
    selectRows(table, {3, 4});
    std::unique_ptr<QMenu> menu(pane.recordActions()->contextMenu(&pane));
    auto* relabel = menu->findChild<QMenu*>(QStringLiteral("relabelMenu"));
    QVERIFY(relabel);
    QCOMPARE(relabel->actions().size(), context.store()->labelSchema().size());
    for (QAction* a : relabel->actions())
      if (a->data().toInt() == 2) a->trigger();
    QCOMPARE(labelsOf(*context.store(), 1, 6), (std::vector<int>{0, 1, -1, 2, 2, 4}));

    QAction* remove = findAction(menu.get(), QStringLiteral("deleteRecords"));
    QVERIFY(remove && remove->isEnabled());
    QVERIFY(!findAction(menu.get(), QStringLiteral("restoreRecords"))->isEnabled());
    remove->trigger();
    QVERIFY(context.store()->isDeleted(4) && context.store()->isDeleted(5));
    QCOMPARE(context.store()->sampleCount(), 4);
    // Still in the table, struck through, until the filter is read again.
    QVERIFY(pane.model()->data(pane.model()->index(3, 0), SampleTableModel::kDeletedRole).toBool());
    pane.applyFilter();
    QCOMPARE(pane.model()->rowCount(), 4);

    // The "Deleted" filter shows them; Delete there restores.
    pane.findChild<QCheckBox*>(QStringLiteral("deletedFilter"))->setChecked(true);
    QCOMPARE(pane.model()->rowCount(), 2);
    selectRows(table, {0, 1});
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(!context.store()->isDeleted(4) && !context.store()->isDeleted(5));
    QCOMPARE(context.store()->sampleCount(), 6);
    // Undo: deleted again; undo: back; undo: the relabel taken back.
    QVERIFY(pane.recordActions()->undo());
    QCOMPARE(context.store()->sampleCount(), 4);
    QVERIFY(pane.recordActions()->undo());
    QCOMPARE(context.store()->sampleCount(), 6);
    QVERIFY(pane.recordActions()->undo());
    QCOMPARE(labelsOf(*context.store(), 1, 6), (std::vector<int>{0, 1, -1, 3, -1, 4}));
    QCOMPARE(context.store()->deletionHistory().size(), size_t(2 + 2 + 2 + 2));
  }

  void readOnlyProjectRefusesEdits() {
    const QString path = project();
    ProjectContext context;
    open(context, path, ProjectStore::Access::ReadOnly);
    DatasetPane pane(&context);
    pane.show();
    selectRows(pane.table(), {0});
    QTest::keyClick(pane.table(), Qt::Key_2);
    QTest::keyClick(pane.table(), Qt::Key_Delete);
    QCOMPARE(context.store()->sample(1).label, 0);
    QVERIFY(!context.store()->isDeleted(1));
    QVERIFY2(pane.recordActions()->lastMessage().contains(QStringLiteral("read-only")),
             qPrintable(pane.recordActions()->lastMessage()));
  }

  void noteColumnAndHasNoteFilter() {
    const QString path = project();
    ProjectStore::open(path)->annotate(3, QStringLiteral("bob"), 1, QStringLiteral("ambiguous wording"));
    ProjectContext context;
    open(context, path);
    DatasetPane pane(&context);
    const SampleTableModel* model = pane.model();
    QCOMPARE(model->headerData(SampleTableModel::NoteColumn, Qt::Horizontal).toString(), QStringLiteral("Note"));
    QCOMPARE(model->data(model->index(2, SampleTableModel::NoteColumn)).toString(),
             QStringLiteral("ambiguous wording"));
    QCOMPARE(model->data(model->index(0, SampleTableModel::NoteColumn)).toString(), QString());
    pane.findChild<QCheckBox*>(QStringLiteral("hasNoteFilter"))->setChecked(true);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->sampleId(0), qint64(3));
  }

  void headerClickSortsBySql() {
    ProjectContext context;
    open(context, project());
    DatasetPane pane(&context);
    pane.show();
    pane.table()->sortByColumn(SampleTableModel::TextColumn, Qt::DescendingOrder);
    QCOMPARE(pane.model()->sampleId(0), qint64(6));  // "text 5"
    QCOMPARE(pane.model()->sampleId(5), qint64(1));
    pane.table()->sortByColumn(SampleTableModel::LabelColumn, Qt::AscendingOrder);
    std::vector<qint64> order;
    for (int row = 0; row < pane.model()->rowCount(); ++row) order.push_back(pane.model()->sampleId(row));
    QCOMPARE(order, (std::vector<qint64>{3, 5, 1, 2, 4, 6}));  // unlabeled first, then by label id
  }

  void reannotateQueueIsTheFilter() {
    ProjectContext context;
    open(context, project());
    DatasetPane dataset(&context);
    AnnotatePane annotate(&context);
    annotate.show();
    QCOMPARE(annotate.queueSize(), 2);  // the unlabeled ones
    // The filter: label 3 (one record, labelled).
    auto* labelBox = dataset.findChild<QComboBox*>(QStringLiteral("labelFilter"));
    labelBox->setCurrentIndex(labelBox->findData(3));
    dataset.applyFilter();
    dataset.reannotateFiltered();
    QVERIFY(annotate.isReannotating());
    SampleQuery query(context.path());
    QCOMPARE(annotate.queueIds(), query.matchingIds(dataset.currentFilter(), 0, 100));
    QCOMPARE(annotate.queueIds(), (std::vector<qint64>{4}));
    // A labelled record shows its label, and its button is filled.
    QVERIFY2(annotate.currentLabelText().contains(context.store()->labelSchema().nameOf(3)),
             qPrintable(annotate.currentLabelText()));
    QVERIFY(annotate.labelButtons()->button(3)->property("current").toBool());
    QVERIFY(!annotate.labelButtons()->button(0)->property("current").toBool());
    annotate.labelCurrent(0);
    QCOMPARE(context.store()->sample(4).label, 0);
    QVERIFY(annotate.isReannotating());  // stays until left
    annotate.leaveReannotation();
    QVERIFY(!annotate.isReannotating());
    QCOMPARE(annotate.queueSize(), 2);

    // The whole filter, sorted as the table is, from a double-clicked record.
    labelBox->setCurrentIndex(0);
    dataset.applyFilter();
    dataset.table()->sortByColumn(SampleTableModel::TextColumn, Qt::DescendingOrder);
    dataset.reannotateFiltered(4);
    QCOMPARE(annotate.queueIds(), (std::vector<qint64>{6, 5, 4, 3, 2, 1}));
    QCOMPARE(annotate.currentSampleId(), qint64(4));
    // The selection's context menu does the same for the selected rows.
    selectRows(dataset.table(), {0, 2});
    std::unique_ptr<QMenu> menu(dataset.recordActions()->contextMenu(&dataset));
    findAction(menu.get(), QStringLiteral("reannotateSelection"))->trigger();
    QCOMPARE(annotate.queueIds(), (std::vector<qint64>{6, 4}));
  }

  void fullyLabelledProjectOffersReannotation() {
    const QString path = makeProject(dir_, QStringLiteral("full"), SchemaKind::Style,
                                     {textSample(QStringLiteral("a"), 0), textSample(QStringLiteral("b"), 1)});
    ProjectContext context;
    open(context, path);
    AnnotatePane annotate(&context);
    annotate.show();
    QCOMPARE(annotate.queueSize(), 0);
    QVERIFY2(annotate.questionText().contains(QStringLiteral("All labelled")), qPrintable(annotate.questionText()));
    auto* all = annotate.findChild<QPushButton*>(QStringLiteral("reannotateAll"));
    QVERIFY(all && all->isVisible());
    QVERIFY(annotate.findChild<QPushButton*>(QStringLiteral("reannotateDisagreements"))->isVisible());
    // No stored predictions: nothing disagrees, and the pane says what to do.
    QVERIFY(!annotate.reannotateModelDisagreements());
    QVERIFY(annotate.messageText().contains(QStringLiteral("review pane")));
    all->click();
    QVERIFY(annotate.isReannotating());
    QCOMPARE(annotate.queueIds(), (std::vector<qint64>{1, 2}));
    QVERIFY(!all->isVisible());
  }

  void pairsInAReannotationTakeNoLabel() {
    Sample pair;
    pair.kind = SampleKind::Pair;
    pair.text = QStringLiteral("prompt");
    pair.chosen = QStringLiteral("good");
    pair.rejected = QStringLiteral("bad");
    const QString path =
        makeProject(dir_, QStringLiteral("pairs"), SchemaKind::Style, {pair, textSample(QStringLiteral("a"), 0)});
    ProjectContext context;
    open(context, path);
    AnnotatePane annotate(&context);
    annotate.show();
    annotate.startReannotation({1, 2}, QStringLiteral("both"));
    QVERIFY(!annotate.labelCurrent(1));
    QVERIFY(context.store()->annotations(1).empty());
    QCOMPARE(annotate.currentSampleId(), qint64(1));
    annotate.forward();
    QVERIFY(annotate.labelCurrent(1));
    QCOMPARE(context.store()->sample(2).label, 1);
  }

  void statusCountFollowsEachLabelAtOnce() {
    ProjectContext context;
    open(context, project());
    AnnotatePane annotate(&context);
    annotate.show();
    QTRY_VERIFY(context.stats());
    const auto labeled = [&context]() { return context.stats()->texts - context.stats()->all.unlabeled; };
    QCOMPARE(labeled(), qint64(4));
    QTest::keyClick(&annotate, Qt::Key_1);
    // No wait for the recount: the statistics every pane reads already say 5.
    QCOMPARE(labeled(), qint64(5));
    QVERIFY2(annotate.progressText().contains(QStringLiteral("Labeled 5 / 6")), qPrintable(annotate.progressText()));
    // Early in a session the pace is a count, not an extrapolated rate.
    QVERIFY2(annotate.progressText().contains(QStringLiteral("1 in the last 1 min")),
             qPrintable(annotate.progressText()));
    QVERIFY(!annotate.progressText().contains(QStringLiteral("per hour")));
    QVERIFY(annotate.undo());
    QCOMPARE(labeled(), qint64(4));
  }

  void skippedRecordsAreMarked() {
    ProjectContext context;
    open(context, project());
    DatasetPane dataset(&context);
    AnnotatePane annotate(&context);
    annotate.show();
    const qint64 skipped = annotate.currentSampleId();
    QTest::keyClick(&annotate, Qt::Key_S);
    QVERIFY(context.isSkipped(skipped));
    annotate.back();
    QVERIFY2(annotate.currentLabelText().contains(QStringLiteral("skipped")), qPrintable(annotate.currentLabelText()));
    dataset.applyFilter();
    const SampleTableModel* model = dataset.model();
    for (int row = 0; row < model->rowCount(); ++row)
      QCOMPARE(
          model->data(model->index(row, SampleTableModel::FlagColumn)).toString().contains(QStringLiteral("skipped")),
          model->sampleId(row) == skipped);
    QTest::keyClick(&annotate, Qt::Key_1);  // labelled now: no longer skipped
    QVERIFY(!context.isSkipped(skipped));
  }

  void filterBoxesFitTheirTexts() {
    ProjectContext context;
    open(context, project());
    DatasetPane pane(&context);
    pane.show();
    for (const char* name : {"labelFilter", "splitFilter", "annotatorFilter", "reviewFilter"}) {
      auto* box = pane.findChild<QComboBox*>(QLatin1String(name));
      QVERIFY(box);
      // A longer text, as a language switch brings: the box grows to hold it.
      const QString longer = QStringLiteral("A much longer choice than any English one");
      box->setItemText(box->currentIndex(), longer);
      QTRY_VERIFY2(box->sizeHint().width() > box->fontMetrics().horizontalAdvance(longer), name);
    }
  }

  void chartLegendLeavesTheBarsFree() {
    ProjectContext context;
    open(context, project());
    LabelDistributionChart chart;
    chart.resize(500, 260);
    chart.show();
    QTRY_VERIFY(context.stats());
    chart.setStats(context.store()->labelSchema(), *context.stats());
    chart.plot()->replot();
    const QRect legend = chart.plot()->legend->outerRect();
    const QRect bars = chart.plot()->axisRect()->rect();
    QVERIFY(legend.isValid());
    QVERIFY2(!legend.intersects(bars), "the legend covers the bars");
  }
};

ASSAY_TEST_MAIN(TstDatasetEdits)
#include "tst_datasetedits.moc"
