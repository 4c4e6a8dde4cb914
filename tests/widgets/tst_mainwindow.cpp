// The main window: opening projects, recent list, status bar, drop to import.
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "annotate/AnnotatePane.h"
#include "common/Language.h"
#include "common/Plot.h"
#include "common/ProjectContext.h"
#include "dataset/DatasetPane.h"
#include "dataset/ExportDialog.h"
#include "dataset/ImportDialog.h"
#include "dataset/LabelDistributionChart.h"
#include "dataset/SampleTableModel.h"
#include "mainwindow/MainWindow.h"
#include "review/ReviewPane.h"
#include "review/ThresholdPanel.h"
#include "TestProject.h"
#include "TestRegistry.h"
#include "train/TrainingCharts.h"
#include "train/TrainPane.h"

using namespace assay;
using namespace assay::data;

class TstMainWindow : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir dir_;

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AssayTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    QVERIFY(dir_.isValid());
  }

  void opensProjectAndRemembersIt() {
    const QString path =
        testing::makeProject(dir_, QStringLiteral("one"), SchemaKind::Style,
                             {testing::textSample(QStringLiteral("a"), 0), testing::textSample(QStringLiteral("b"))});
    MainWindow window;
    QVERIFY(window.openProject(path));
    QVERIFY(window.context()->isOpen());
    QCOMPARE(window.recentProjects().value(0), QFileInfo(path).absoluteFilePath());
    QVERIFY(window.windowTitle().contains(QStringLiteral("one.assay")));
    QCOMPARE(window.datasetPane()->model()->rowCount(), 2);
    window.show();
    QCOMPARE(window.annotatePane()->queueSize(), 0);  // built when first shown
    window.panes()->setCurrentWidget(window.annotatePane());
    QCOMPARE(window.annotatePane()->queueSize(), 1);
    auto sawCounts = [&window] {
      for (QLabel* label : window.statusBar()->findChildren<QLabel*>())
        if (label->text().startsWith(QStringLiteral("2 samples · 1 labeled"))) return true;
      return false;
    };
    QTRY_VERIFY(sawCounts());  // counted in the background
    QCOMPARE(window.panes()->count(), 4);
  }

  void badProjectIsRefused() {
    MainWindow window;
    QTimer::singleShot(0, [] {  // dismiss the warning box
      for (QWidget* w : QApplication::topLevelWidgets())
        if (w->inherits("QMessageBox")) w->close();
    });
    QVERIFY(!window.openProject(dir_.filePath(QStringLiteral("missing.assay"))));
    QVERIFY(!window.context()->isOpen());
  }

  // A project without write permission opens read-only: the title and the
  // status bar say so before any label is tried, a label key shows the
  // store's read-only message, and the file is not touched.
  void readOnlyProjectOpensAndSaysSo() {
    const QString path =
        testing::makeProject(dir_, QStringLiteral("locked"), SchemaKind::Style,
                             {testing::textSample(QStringLiteral("a")), testing::textSample(QStringLiteral("b"))});
    // No write bit for anyone: read-only for root too (its owner's choice).
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const auto contents = [&path] {
      QFile f(path);
      return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray before = contents();
    {
      MainWindow window;
      window.context()->setAnnotator(QStringLiteral("alice"));
      QVERIFY(window.openProject(path));
      QVERIFY(window.context()->store()->readOnly());
      QVERIFY2(window.windowTitle().contains(QStringLiteral("locked.assay (read-only)")),
               qPrintable(window.windowTitle()));
      bool statusSaysReadOnly = false;
      for (QLabel* label : window.statusBar()->findChildren<QLabel*>())
        statusSaysReadOnly |= label->text().contains(QStringLiteral("read-only (no write permission)"));
      QVERIFY(statusSaysReadOnly);
      window.show();
      window.panes()->setCurrentWidget(window.annotatePane());
      QCOMPARE(window.annotatePane()->queueSize(), 2);  // reading works
      const qint64 id = window.annotatePane()->currentSampleId();
      QVERIFY(!window.annotatePane()->labelCurrent(1));
      QVERIFY2(window.annotatePane()->messageText().contains(QStringLiteral(": opened read-only (no write permission); "
                                                                            "changes cannot be saved")),
               qPrintable(window.annotatePane()->messageText()));
      QCOMPARE(window.context()->store()->sample(id).label, -1);
      QTRY_VERIFY(window.context()->stats());  // statistics are read on their own connection
    }
    QCOMPARE(contents(), before);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
  }

  void dropDataFileImports() {
    const QString path = testing::makeProject(dir_, QStringLiteral("drop"), SchemaKind::Style, {});
    const QString data = dir_.filePath(QStringLiteral("pool.txt"));
    {
      QFile f(data);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write("第一行\n第二行\n第三行\n");
    }
    MainWindow window;
    QVERIFY(window.openProject(path));
    window.show();
    window.panes()->setCurrentWidget(window.annotatePane());
    QCOMPARE(window.annotatePane()->queueSize(), 0);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(data)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());  // the window takes file drops
    // QApplication only delivers a Drop inside a real drag; call what it does.
    window.openDroppedFiles(mime.urls());
    // The import runs in the dialog's worker; the table refreshes when it ends.
    auto* dialog = window.datasetPane()->findChild<ImportDialog*>();
    QVERIFY2(dialog, "dropping a data file opens the import dialog");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
    QVERIFY2(dialog->summary().imported == 3, qPrintable(dialog->reportText()));
    QTRY_COMPARE(window.datasetPane()->model()->rowCount(), 3);
    // The annotate queue was finished (empty), so it picks the new samples up.
    QCOMPARE(window.panes()->currentWidget(), static_cast<QWidget*>(window.datasetPane()));
    window.panes()->setCurrentWidget(window.annotatePane());
    QCOMPARE(window.annotatePane()->queueSize(), 3);
  }

  void languageSwitchesAtOnce() {
    const QString path = testing::makeProject(dir_, QStringLiteral("lang"), SchemaKind::Style,
                                              {testing::textSample(QStringLiteral("一条文本"))});
    MainWindow window;
    QVERIFY(window.openProject(path));
    window.show();
    // Qt announces a new translator (QEvent::LanguageChange to the
    // application, which posts it on to every window) only once exec() has
    // run; a test never calls exec(), so it makes that announcement itself.
    auto switchTo = [](const QString& language) {
      const bool loaded = switchLanguage(QCoreApplication::instance(), language);
      QEvent change(QEvent::LanguageChange);
      QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
      QCoreApplication::processEvents();
      return loaded;
    };
    auto buttonTexts = [](QWidget* pane) {
      QStringList texts;
      for (QPushButton* b : pane->findChildren<QPushButton*>()) texts << b->text();
      return texts;
    };
    auto labelTexts = [](QWidget* w) {
      QStringList texts;
      for (QLabel* l : w->findChildren<QLabel*>()) texts << l->text();
      return texts;
    };
    // The review pane's threshold panel and the dataset pane's distribution
    // chart: texts drawn by QCustomPlot, which Qt does not retranslate itself.
    ThresholdPanel* threshold = window.reviewPane()->thresholdPanel();
    QCustomPlot* prPlot = threshold->chart()->plot();
    auto* distribution = window.datasetPane()->findChild<LabelDistributionChart*>();
    QVERIFY(distribution);
    QTRY_VERIFY(distribution->plot()->plottableCount() > 0);  // stats counted in the background
    // Import and export dialogs left open across the switch: one has
    // finished an import (its state line says so), the other waits.
    const QString oneLine = dir_.filePath(QStringLiteral("lang-one.txt"));
    {
      QFile f(oneLine);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write("语言切换时导入的一行\n");
    }
    window.datasetPane()->openImportDialog(oneLine);
    window.datasetPane()->openExportDialog();
    auto* importDialog = window.datasetPane()->findChild<ImportDialog*>();
    auto* exportDialog = window.datasetPane()->findChild<ExportDialog*>();
    QVERIFY(importDialog && exportDialog);
    QTRY_VERIFY_WITH_TIMEOUT(!importDialog->isRunning(), 30000);
    QVERIFY(switchTo(QStringLiteral("en")));
    QTRY_COMPARE(window.panes()->tabText(1), QStringLiteral("Annotate"));
    QCOMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
    QTRY_VERIFY(window.menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly).size() > 0);
    const qsizetype menusBefore = window.menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly).size();
    QVERIFY(buttonTexts(window.trainPane()).contains(QStringLiteral("Start")));
    QVERIFY(buttonTexts(window.annotatePane()).contains(QStringLiteral("Skip (S)")));
    QVERIFY(buttonTexts(window.datasetPane()).contains(QStringLiteral("Import…")));
    QVERIFY(buttonTexts(window.reviewPane()).contains(QStringLiteral("Run model")));
    QCOMPARE(prPlot->xAxis->label(), QStringLiteral("Recall"));
    QCOMPARE(prPlot->yAxis->label(), QStringLiteral("Precision"));
    QVERIFY(labelTexts(threshold).contains(QStringLiteral("Threshold on P(correct):")));
    QVERIFY(threshold->summaryText().contains(QStringLiteral("precision")));
    QCOMPARE(distribution->plot()->yAxis->label(), QStringLiteral("Samples"));
    QCOMPARE(distribution->plot()->xAxis->label(), QStringLiteral("Label"));
    QCOMPARE(distribution->plot()->plottable(0)->name(), QStringLiteral("train"));
    QCOMPARE(importDialog->windowTitle(), QStringLiteral("Import data"));
    QVERIFY(labelTexts(importDialog).contains(QStringLiteral("Imported 1 records, skipped 0, already present 0.")));
    QVERIFY(buttonTexts(importDialog).contains(QStringLiteral("Import")));
    QCOMPARE(exportDialog->windowTitle(), QStringLiteral("Export data"));
    QCOMPARE(exportDialog->stateText(), QStringLiteral("Choose where to write."));

    // No restart: the same window's texts change as soon as the language does.
    QVERIFY(switchTo(QStringLiteral("zh_CN")));
    QCOMPARE(preferredLanguage(), QStringLiteral("zh_CN"));
    QTRY_COMPARE(window.panes()->tabText(1), QStringLiteral("标注"));
    QCOMPARE(window.panes()->tabText(2), QStringLiteral("训练"));
    QCOMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("文件(&F)"));
    QVERIFY(buttonTexts(window.trainPane()).contains(QStringLiteral("开始")));
    QVERIFY(buttonTexts(window.datasetPane()).contains(QStringLiteral("导入…")));
    QVERIFY(buttonTexts(window.reviewPane()).contains(QStringLiteral("运行模型")));
    QVERIFY(!buttonTexts(window.annotatePane()).contains(QStringLiteral("Skip (S)")));
    QVERIFY(window.trainPane()->lossChart()->plot()->xAxis->label() != QStringLiteral("Step"));
    QCOMPARE(prPlot->xAxis->label(), QStringLiteral("召回率"));
    QCOMPARE(prPlot->yAxis->label(), QStringLiteral("精确率"));
    QVERIFY(labelTexts(threshold).contains(QStringLiteral("P(正确) 阈值：")));
    QVERIFY(!threshold->summaryText().contains(QStringLiteral("precision")));
    QCOMPARE(distribution->plot()->yAxis->label(), QStringLiteral("样本数"));
    QVERIFY(distribution->plot()->xAxis->label() != QStringLiteral("Label"));
    QVERIFY(distribution->plot()->plottable(0)->name() != QStringLiteral("train"));
    QVERIFY(distribution->plot()->plottableCount() == 3);  // redrawn, not piled up
    QCOMPARE(importDialog->windowTitle(), QStringLiteral("导入数据"));
    QVERIFY(labelTexts(importDialog).contains(QStringLiteral("已导入 1 条，跳过 0 条，已存在 0 条。")));
    QVERIFY(!buttonTexts(importDialog).contains(QStringLiteral("Import")));
    QCOMPARE(exportDialog->windowTitle(), QStringLiteral("导出数据"));
    QCOMPARE(exportDialog->stateText(), QStringLiteral("请选择输出位置。"));
    // Menus are rebuilt, not piled up: the old ones are deleted.
    QTRY_COMPARE(window.menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly).size(), menusBefore);

    QVERIFY(switchTo(QStringLiteral("en")));
    QTRY_COMPARE(window.panes()->tabText(1), QStringLiteral("Annotate"));
    QVERIFY(buttonTexts(window.trainPane()).contains(QStringLiteral("Start")));
    QCOMPARE(window.trainPane()->lossChart()->plot()->xAxis->label(), QStringLiteral("Step"));
    QCOMPARE(prPlot->xAxis->label(), QStringLiteral("Recall"));
    QVERIFY(labelTexts(threshold).contains(QStringLiteral("Threshold on P(correct):")));
    QCOMPARE(distribution->plot()->yAxis->label(), QStringLiteral("Samples"));
    QCOMPARE(distribution->plot()->plottable(0)->name(), QStringLiteral("train"));
    QVERIFY(labelTexts(importDialog).contains(QStringLiteral("Imported 1 records, skipped 0, already present 0.")));
    QCOMPARE(exportDialog->stateText(), QStringLiteral("Choose where to write."));
    QCOMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
  }

  void languageFollowsSettings() {
    setPreferredLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(effectiveLanguage(), QStringLiteral("zh_CN"));
    QTranslator probe;
    QVERIFY2(probe.load(QStringLiteral(":/i18n/assay_zh_CN.qm")), "the compiled zh_CN translation is embedded");
    QCOMPARE(probe.translate("assay::MainWindow", "&File"), QStringLiteral("文件(&F)"));
    setPreferredLanguage(QStringLiteral("en"));
    QCOMPARE(effectiveLanguage(), QStringLiteral("en"));
  }
};

ASSAY_TEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
