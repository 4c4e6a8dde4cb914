// "Splits once shown but not saved" (issue 19): in one run of the app — a
// new project, imports, another project opened, an import, Split — the
// split the table shows must be the one stored in the file, in the
// statistics (chart and status bar) and still there after the project is
// closed and opened again.
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "TestProject.h"
#include "TestRegistry.h"
#include "common/ProjectContext.h"
#include "data/ProjectStore.h"
#include "dataset/DatasetPane.h"
#include "dataset/ImportDialog.h"
#include "dataset/SampleTableModel.h"
#include "mainwindow/MainWindow.h"

using namespace assay;

class TstSplitPersistence : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

  QString writeRecords(const QString& name, int from, int to) {
    static const char* const labels[] = {"售前", "售后", "诚实", "有帮助", "无伤害"};
    QByteArray bytes;
    for (int i = from; i < to; ++i)
      bytes += QStringLiteral("{\"text\": \"用户问题：第%1个问题？\\n回答：好的。\", \"label\": \"%2\"}\n")
                   .arg(i)
                   .arg(QString::fromUtf8(labels[i % 5]))
                   .toUtf8();
    const QString path = dir_.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
  }

  // Imports through the pane's Import dialog, as the Import… button does.
  static void importThroughPane(DatasetPane& pane, const QString& file) {
    const int before = pane.findChildren<ImportDialog*>().size();
    pane.openImportDialog(file);
    const QList<ImportDialog*> dialogs = pane.findChildren<ImportDialog*>();
    QVERIFY(dialogs.size() == before + 1);
    ImportDialog* dialog = dialogs.last();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
    QVERIFY2(dialog->summary().imported > 0, qPrintable(dialog->reportText()));
  }

  // The split column of every row the pane's table shows.
  static std::map<QString, int> tableSplits(DatasetPane& pane) {
    auto* view = pane.findChild<QTableView*>();
    auto* model = view->model();
    while (model->canFetchMore({})) model->fetchMore({});
    std::map<QString, int> n;
    for (int row = 0; row < model->rowCount(); ++row)
      ++n[model->index(row, SampleTableModel::SplitColumn).data().toString()];
    return n;
  }

 private Q_SLOTS:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  void splitShownIsSplitStored() {
    ProjectContext context;
    context.setAnnotator(QStringLiteral("alice"));
    DatasetPane pane(&context);
    pane.show();
    QString error;
    const QString first = dir_.filePath(QStringLiteral("first.assay"));
    QVERIFY2(context.create(first, data::SchemaKind::Style, &error), qPrintable(error));
    importThroughPane(pane, writeRecords(QStringLiteral("a.jsonl"), 0, 200));
    importThroughPane(pane, writeRecords(QStringLiteral("b.jsonl"), 200, 300));

    const QString second = dir_.filePath(QStringLiteral("second.assay"));
    data::ProjectStore::create(second, data::SchemaKind::Style);
    QVERIFY2(context.open(second, &error), qPrintable(error));
    importThroughPane(pane, writeRecords(QStringLiteral("c.jsonl"), 1000, 1250));

    QSignalSpy statsReady(&context, &ProjectContext::statsReady);
    pane.applySplit();
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isSplitting(), 30000);
    // The statistics that follow the split (the chart, the status bar) count it.
    QTRY_VERIFY_WITH_TIMEOUT(context.stats() && context.stats()->test.total > 0, 30000);
    QCOMPARE(context.stats()->train.total + context.stats()->test.total, qint64(250));
    QCOMPARE(context.stats()->unassigned.total, qint64(0));

    // The file says the same as the table, from another connection.
    const data::ProjectStats onDisk = data::ProjectStore::open(second)->stats();
    QCOMPARE(onDisk.test.total, context.stats()->test.total);
    QCOMPARE(onDisk.train.total, context.stats()->train.total);
    const std::map<QString, int> shown = tableSplits(pane);
    QCOMPARE(shown.size(), size_t(2));  // train and test, nothing unassigned
    int shownTotal = 0;
    for (const auto& [split, n] : shown) shownTotal += n;
    QCOMPARE(shownTotal, 250);

    // Closed and opened again (the app quit and started): the split is still there.
    context.close();
    QVERIFY2(context.open(second, &error), qPrintable(error));
    QCOMPARE(context.store()->sampleCount(data::Split::Test), onDisk.test.total);
    QCOMPARE(context.store()->sampleCount(data::Split::Unassigned), qint64(0));
    // The first project was left as it was: its 300 samples, unsplit.
    QCOMPARE(data::ProjectStore::open(first)->sampleCount(data::Split::Unassigned), qint64(300));
  }

  // The same day in the whole window: every pane holds the project open
  // (annotate queue, review, train form, status bar) while it is imported
  // into and split.
  void splitShownIsSplitStoredInTheWindow() {
    MainWindow window;
    window.show();
    ProjectContext* context = window.context();
    context->setAnnotator(QStringLiteral("alice"));
    QString error;
    const QString first = dir_.filePath(QStringLiteral("window-first.assay"));
    QVERIFY2(context->create(first, data::SchemaKind::Style, &error), qPrintable(error));
    importThroughPane(*window.datasetPane(), writeRecords(QStringLiteral("wa.jsonl"), 0, 200));
    importThroughPane(*window.datasetPane(), writeRecords(QStringLiteral("wb.jsonl"), 200, 300));
    const QString second = dir_.filePath(QStringLiteral("window-second.assay"));
    data::ProjectStore::create(second, data::SchemaKind::Style);
    QVERIFY(window.openProject(second));
    importThroughPane(*window.datasetPane(), writeRecords(QStringLiteral("wc.jsonl"), 1000, 1250));
    QTest::qWait(200);  // the panes refresh (queued) before the user presses Split
    window.datasetPane()->applySplit();
    QTRY_VERIFY_WITH_TIMEOUT(!window.datasetPane()->isSplitting(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(context->stats() && context->stats()->test.total > 0, 30000);
    const data::ProjectStats onDisk = data::ProjectStore::open(second)->stats();
    QCOMPARE(onDisk.test.total, context->stats()->test.total);
    QCOMPARE(onDisk.train.total + onDisk.test.total, qint64(250));
    QCOMPARE(tableSplits(*window.datasetPane()).size(), size_t(2));
    window.close();
    context->close();
    QCOMPARE(data::ProjectStore::open(second)->sampleCount(data::Split::Test), onDisk.test.total);
  }
};

ASSAY_TEST_MAIN(TstSplitPersistence)
#include "tst_splitpersistence.moc"
