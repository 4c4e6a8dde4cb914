// The import dialog: runs on a worker thread, shows the bad-input report,
// and leaves the project unchanged for an unreadable file.
#include <QFile>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "dataset/ExportDialog.h"
#include "dataset/ImportDialog.h"
#include "TestProject.h"
#include "TestRegistry.h"

using namespace assay;
using namespace assay::data;

class TstImportDialog : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir dir_;

  QString writeFile(const QString& name, const QByteArray& bytes) {
    const QString path = dir_.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(bytes);
    return path;
  }

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
  }

  void badRecordsAreReported() {
    const QString project = testing::makeProject(dir_, QStringLiteral("bad"), SchemaKind::Style, {});
    // Line 2 is broken JSON, line 3 has an unknown label; lines 1 and 4 are good.
    const QString file = writeFile(QStringLiteral("mixed.jsonl"),
                                   "{\"text\":\"第一条\",\"label\":\"售前\"}\n"
                                   "{\"text\":\"坏的\n"
                                   "{\"text\":\"第三条\",\"label\":\"不存在的标签\"}\n"
                                   "{\"text\":\"第四条\"}\n");
    ImportDialog dialog(project, QStringLiteral("alice"));
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.setFile(file);
    dialog.startImport();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 10000);
    QTRY_COMPARE(imported.count(), 1);
    QCOMPARE(imported.at(0).at(0).toLongLong(), qint64(2));
    const QString report = dialog.reportText();
    QVERIFY2(report.contains(QStringLiteral("mixed.jsonl:2")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("mixed.jsonl:3")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("unknown label")), qPrintable(report));
    QCOMPARE(dialog.summary().imported, qint64(2));
    QCOMPARE(dialog.summary().skipped(), qint64(2));
    auto store = ProjectStore::open(project);
    QCOMPARE(store->sampleCount(), qint64(2));
    // The file's labels are the file's, not the user's (alice) at the keyboard.
    QCOMPARE(store->annotations(store->samples()[0].id).at(0).annotator, QStringLiteral("import:mixed.jsonl"));
  }

  void unreadableFileChangesNothing() {
    const QString project = testing::makeProject(dir_, QStringLiteral("empty"), SchemaKind::Style,
                                                 {testing::textSample(QStringLiteral("keep me"), 1)});
    ImportDialog dialog(project, QStringLiteral("alice"));
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.setFile(dir_.filePath(QStringLiteral("does-not-exist.json")));
    dialog.startImport();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 10000);
    QTest::qWait(50);
    QCOMPARE(imported.count(), 0);
    QVERIFY(dialog.summary().fileUnreadable);
    QVERIFY2(dialog.reportText().contains(QStringLiteral("does-not-exist.json")), qPrintable(dialog.reportText()));
    auto store = ProjectStore::open(project);
    QCOMPARE(store->sampleCount(), qint64(1));
  }

  void exportWritesFile() {
    const QString project = testing::makeProject(dir_, QStringLiteral("export"), SchemaKind::Style,
                                                 {testing::textSample(QStringLiteral("用户问题：你好\n回答：您好"), 3),
                                                  testing::textSample(QStringLiteral("无标签"))});
    const QString out = dir_.filePath(QStringLiteral("out.json"));
    ExportDialog dialog(project);
    dialog.setOutput(out, Format::StyleJson, Split::All);
    dialog.startExport();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 10000);
    QVERIFY2(dialog.stateText().contains(QStringLiteral("Wrote 2 records")), qPrintable(dialog.stateText()));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString json = QString::fromUtf8(f.readAll());
    QVERIFY2(json.contains(QStringLiteral("\"label\": \"有帮助\"")), qPrintable(json));
  }
};

ASSAY_TEST_MAIN(TstImportDialog)
#include "tst_importdialog.moc"
