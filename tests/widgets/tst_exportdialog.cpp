// The export dialog end to end, as a user drives it: opened from the dataset
// pane and from the review pane, Export pressed, the dialog closed (it deletes
// itself) and the pane repainted, several times over on one project. A heap
// error here shows as a wrong state line, a crash, or an abort at exit.
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "common/ProjectContext.h"
#include "dataset/DatasetPane.h"
#include "dataset/ExportDialog.h"
#include "review/ReviewPane.h"
#include "TestProject.h"
#include "TestRegistry.h"

using namespace assay;
using namespace assay::data;

namespace {

constexpr int kRecords = 300;
constexpr int kReviewed = kRecords / 3;  // every third record has a verdict

// The dialog `pane` just opened.
ExportDialog* openedDialog(QWidget* pane) {
  ExportDialog* dialog = pane->findChild<ExportDialog*>();
  if (dialog && !QTest::qWaitForWindowExposed(dialog)) return nullptr;
  return dialog;
}

// The state line of an export that wrote `records` records to `out`.
QString wrote(int records, const QString& out) {
  return QStringLiteral("Wrote %1 records (%2 bytes) to %3.").arg(records).arg(QFileInfo(out).size()).arg(out);
}

// Presses Close and waits until the dialog has deleted itself.
bool closeAndWait(QPointer<ExportDialog> dialog) {
  dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->click();
  return QTest::qWaitFor([&] { return dialog.isNull(); }, 10000);
}

}  // namespace

class TstExportDialog : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir dir_;
  QString project_;

  // Exports with the dialog `open` shows on `pane`, closes the dialog,
  // repaints the pane and returns the state line the export ended with.
  template <typename Open>
  QString exportOnce(QWidget* pane, Open open, const QString& out, Format format) {
    open();
    QPointer<ExportDialog> dialog = openedDialog(pane);
    if (!dialog) return QStringLiteral("no dialog shown");
    dialog->setOutput(out, format, Split::All);
    auto* exportButton = dialog->findChild<QPushButton*>(QStringLiteral("export"));
    if (!exportButton) return QStringLiteral("no Export button");
    QTest::mouseClick(exportButton, Qt::LeftButton);
    // Ended = onFinished() ran (the button is back), not merely the thread stopped.
    if (!QTest::qWaitFor([&] { return !dialog->isRunning() && exportButton->isEnabled(); }, 30000))
      return QStringLiteral("the export did not end");
    dialog->repaint();
    const QString state = dialog->stateText();
    if (!closeAndWait(dialog)) return QStringLiteral("the dialog was not deleted");
    pane->repaint();
    QTest::qWait(20);
    return state;
  }

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    std::vector<Sample> samples;
    for (int i = 0; i < kRecords; ++i) {
      const QString text = QStringLiteral("张三%1，北京市朝阳区望京街道%1号院5号楼，邮编：100102，联系电话：%2")
                               .arg(i)
                               .arg(13812340000LL + i);
      samples.push_back(testing::textSample(text, i % 2));  // 0 正确, 1 错误
    }
    project_ = testing::makeProject(dir_, QStringLiteral("addresses"), SchemaKind::Correctness, samples);
    auto store = ProjectStore::open(project_);
    const std::vector<Sample> stored = store->samples();
    QCOMPARE(int(stored.size()), kRecords);
    for (size_t i = 0; i < stored.size(); i += 3)
      store->addReview(stored[i].id, QStringLiteral("rita"), Verdict::KeptHuman, stored[i].label);
  }

  void repeatedExportsFromThePanes() {
    ProjectContext context;
    context.setAnnotator(QStringLiteral("rita"));
    QString error;
    QVERIFY2(context.open(project_, &error), qPrintable(error));
    DatasetPane dataset(&context);
    dataset.resize(900, 600);
    dataset.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dataset));
    for (int round = 0; round < 6; ++round) {
      const bool trl = round % 2 == 0;
      const QString out =
          dir_.filePath(trl ? QStringLiteral("all-%1.jsonl").arg(round) : QStringLiteral("all-%1.json").arg(round));
      const Format format = trl ? Format::Trl : Format::StyleJson;
      const QString state = exportOnce(
          &dataset, [&] { dataset.openExportDialog(); }, out, format);
      QCOMPARE(state, wrote(kRecords, out));
    }

    ReviewPane review(&context);
    review.resize(900, 600);
    review.show();
    QVERIFY(QTest::qWaitForWindowExposed(&review));
    for (int round = 0; round < 3; ++round) {
      const QString out = dir_.filePath(QStringLiteral("reviewed-%1.jsonl").arg(round));
      const QString state = exportOnce(
          &review, [&] { review.openExportReviewed(); }, out, Format::Trl);
      QCOMPARE(state, wrote(kReviewed, out));
      QFile f(out);
      QVERIFY(f.open(QIODevice::ReadOnly));
      QCOMPARE(int(f.readAll().count('\n')), kReviewed);
    }
  }

  // Closed while its job may still run: the dialog goes at once, the job
  // stops or ends without writing into the freed dialog.
  void closedWhileExporting() {
    ProjectContext context;
    QString error;
    QVERIFY2(context.open(project_, &error), qPrintable(error));
    DatasetPane dataset(&context);
    dataset.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dataset));
    for (int round = 0; round < 5; ++round) {
      dataset.openExportDialog();
      QPointer<ExportDialog> dialog = openedDialog(&dataset);
      QVERIFY(dialog);
      dialog->setOutput(dir_.filePath(QStringLiteral("closed-%1.json").arg(round)), Format::StyleJson, Split::All);
      dialog->startExport();
      QVERIFY(closeAndWait(dialog));
      dataset.repaint();
    }
  }
};

ASSAY_TEST_MAIN(TstExportDialog)
#include "tst_exportdialog.moc"
