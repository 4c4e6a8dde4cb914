// The label editor: renames keep their history and the samples' labels, new
// labels get the next id, the order and keys it saves drive the annotate
// pane's keys and buttons, and a wrong row saves nothing.
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "annotate/AnnotatePane.h"
#include "common/ProjectContext.h"
#include "data/ProjectStore.h"
#include "dataset/LabelEditorDialog.h"
#include "TestProject.h"
#include "TestRegistry.h"

using namespace assay;
using namespace assay::data;
using assay::testing::textSample;

class TstLabelEditor : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir dir_;
  int projects_ = 0;

  QString mailProject() {
    const QString path = dir_.filePath(QStringLiteral("mail%1.assay").arg(projects_++));
    auto store = ProjectStore::create(path, LabelSchema::fromNames({"ham", "spam"}));
    store->addSamples({textSample("win a prize", 1), textSample("lunch?"), textSample("invoice attached")});
    return path;
  }
  static void setCell(QTableWidget* t, int row, int column, const QString& text) {
    QTableWidgetItem* item = t->item(row, column);
    QVERIFY(item);
    item->setText(text);
  }

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
  }

  void renameAddReorderAndKeys() {
    ProjectContext context;
    context.setAnnotator(QStringLiteral("alice"));
    QString error;
    QVERIFY2(context.open(mailProject(), &error), qPrintable(error));
    AnnotatePane pane(&context);
    pane.show();
    LabelEditorDialog dialog(&context);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("labelTable"));
    QVERIFY(table);
    QCOMPARE(dialog.rowCount(), 2);
    setCell(table, 1, 0, QStringLiteral("垃圾邮件"));  // spam, renamed
    setCell(table, 1, 1, QStringLiteral("junk"));
    dialog.addRow();
    setCell(table, 2, 0, QStringLiteral("phishing"));
    setCell(table, 2, 2, QStringLiteral("p"));
    setCell(table, 2, 3, QStringLiteral("#c0392b"));
    setCell(table, 2, 4, QStringLiteral("asks for a password"));
    dialog.moveRow(2, -1);
    dialog.moveRow(1, -1);  // phishing first
    QSignalSpy applied(&dialog, &LabelEditorDialog::applied);
    QSignalSpy rebuilt(&context, &ProjectContext::labelSetChanged);
    QVERIFY2(dialog.apply(), qPrintable(dialog.problemText()));
    QCOMPARE(applied.count(), 1);
    QCOMPARE(rebuilt.count(), 1);

    const ProjectStore* store = context.store();
    QCOMPARE(store->labelSchema().size(), 3);
    QCOMPARE(store->labelSchema().nameOf(1), QString("垃圾邮件"));
    QCOMPARE(store->labelSchema().nameOf(2), QString("phishing"));
    QCOMPARE(store->labelOrder(), (std::vector<int>{2, 0, 1}));
    QCOMPARE(store->labelDetails()[2].key, QString("P"));
    QCOMPARE(store->labelRenames().size(), size_t(1));
    QCOMPARE(store->labelRenames()[0].renamedBy, QString("alice"));
    QCOMPARE(store->samples()[0].label, 1);  // "win a prize" keeps its label under the new name

    // The annotate pane follows: key 1 is now phishing, P too, 3 is the renamed spam.
    auto* descriptions = pane.findChild<QLabel*>(QStringLiteral("labelDescriptions"));
    QVERIFY(descriptions && descriptions->isVisibleTo(&pane));
    QVERIFY2(descriptions->text().contains("phishing — asks for a password"), qPrintable(descriptions->text()));
    const qint64 first = pane.currentSampleId();
    QTest::keyClick(&pane, Qt::Key_1);
    QCOMPARE(store->sample(first).label, 2);
    const qint64 second = pane.currentSampleId();
    QTest::keyClick(&pane, Qt::Key_3);
    QCOMPARE(store->sample(second).label, 1);
    pane.back();
    QCOMPARE(pane.currentSampleId(), second);
    QTest::keyClick(&pane, Qt::Key_P);
    QCOMPARE(store->sample(second).label, 2);
  }

  void aWrongRowSavesNothing() {
    ProjectContext context;
    context.setAnnotator(QStringLiteral("alice"));
    QString error;
    QVERIFY2(context.open(mailProject(), &error), qPrintable(error));
    LabelEditorDialog dialog(&context);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("labelTable"));
    setCell(table, 0, 0, QStringLiteral("mail"));
    dialog.addRow();
    setCell(table, 2, 0, QStringLiteral("spam"));  // already label 1's
    QVERIFY(!dialog.apply());
    QVERIFY2(dialog.problemText().contains("\"spam\""), qPrintable(dialog.problemText()));
    setCell(table, 2, 0, QStringLiteral("phishing"));
    setCell(table, 2, 2, QStringLiteral("s"));  // the pane's skip key
    QVERIFY(!dialog.apply());
    QVERIFY2(dialog.problemText().contains("S skip"), qPrintable(dialog.problemText()));
    setCell(table, 1, 1, QStringLiteral("ham"));  // spam's English: label 0's name
    setCell(table, 2, 2, QString());
    QVERIFY(!dialog.apply());
    QCOMPARE(context.store()->labelSchema().nameOf(0), QString("ham"));  // nothing saved
    QCOMPARE(context.store()->labelSchema().size(), 2);
    QCOMPARE(context.store()->labelRenames().size(), size_t(0));
  }
};

ASSAY_TEST_MAIN(TstLabelEditor)
#include "tst_labeleditor.moc"
