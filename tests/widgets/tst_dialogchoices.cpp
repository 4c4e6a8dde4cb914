// What the Import and Export dialogs offer (issue 19): a preview of the
// first records and their format before importing; re-import adds nothing
// unless duplicates are asked for, and says so; the file's labels are
// credited to the "Labels by" name or import:<file>; formats named by what
// they are, the default one holding the project; "only the N records the
// filter shows" exports exactly those; Close in Chinese.
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "TestProject.h"
#include "TestRegistry.h"
#include "data/SampleQuery.h"
#include "dataset/ExportDialog.h"
#include "dataset/ImportDialog.h"
#include "i18n/Translations.h"

using namespace assay;
using namespace assay::data;

class TstDialogChoices : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

  QString writeFile(const QString& name, const QByteArray& bytes) {
    const QString path = dir_.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(bytes);
    return path;
  }
  static QByteArray ktoLines(int n) {
    QByteArray out;
    for (int i = 0; i < n; ++i)
      out += QStringLiteral("{\"prompt\": \"北京市海淀区学院路%1号\", \"completion\": \"正确\", \"label\": %2}\n")
                 .arg(i)
                 .arg(i % 2 ? "true" : "false")
                 .toUtf8();
    return out;
  }
  static void runImport(ImportDialog& dialog) {
    dialog.startImport();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 10000);
    QTest::qWait(20);  // onFinished() runs on the queued finished()
  }

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
  }

  void previewShowsFirstRecordsAndFormat() {
    const QString project = testing::makeProject(dir_, QStringLiteral("preview"), SchemaKind::Correctness, {});
    ImportDialog dialog(project, QStringLiteral("alice"));
    dialog.setFile(writeFile(QStringLiteral("addresses.jsonl"), ktoLines(30)));
    QCOMPARE(dialog.preview().records.size(), size_t(8));
    QCOMPARE(dialog.detectedFormatText(), QStringLiteral("KTO JSONL"));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("preview"));
    QCOMPARE(table->rowCount(), 8);
    QVERIFY(table->item(0, 1)->text().contains(QStringLiteral("学院路0号")));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("错误"));  // 正确 with label false
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("previewTitle"))->text().contains(QStringLiteral("KTO JSONL")));
    // Nothing was imported by looking.
    QCOMPARE(ProjectStore::open(project)->sampleCount(), qint64(0));
  }

  void reimportAddsNothingUnlessAsked() {
    const QString project = testing::makeProject(dir_, QStringLiteral("reimport"), SchemaKind::Correctness, {});
    const QString file = writeFile(QStringLiteral("addresses.jsonl"), ktoLines(12));
    {
      ImportDialog dialog(project, QStringLiteral("alice"));
      dialog.setFile(file);
      runImport(dialog);
      QCOMPARE(dialog.summary().imported, qint64(12));
    }
    {
      ImportDialog dialog(project, QStringLiteral("alice"));
      QSignalSpy imported(&dialog, &ImportDialog::imported);
      dialog.setFile(file);
      runImport(dialog);
      QCOMPARE(dialog.summary().imported, qint64(0));
      QCOMPARE(dialog.summary().duplicates, qint64(12));
      QCOMPARE(imported.count(), 0);  // nothing changed: the panes need not refresh
      const QStringList labels = [&] {
        QStringList out;
        for (QLabel* l : dialog.findChildren<QLabel*>()) out << l->text();
        return out;
      }();
      QVERIFY2(labels.join('\n').contains(QStringLiteral("Imported 0 records, skipped 0, already present 12.")),
               qPrintable(labels.join('\n')));
    }
    QCOMPARE(ProjectStore::open(project)->sampleCount(), qint64(12));
    {
      ImportDialog dialog(project, QStringLiteral("alice"));
      dialog.setFile(file);
      dialog.setAllowDuplicates(true);
      runImport(dialog);
      QCOMPARE(dialog.summary().imported, qint64(12));
    }
    QCOMPARE(ProjectStore::open(project)->sampleCount(), qint64(24));
  }

  void labelsBelongToTheFilesAnnotator() {
    const QString project = testing::makeProject(dir_, QStringLiteral("attribution"), SchemaKind::Correctness, {});
    {
      ImportDialog dialog(project, QStringLiteral("alice"));
      dialog.setFile(writeFile(QStringLiteral("addresses.jsonl"), ktoLines(3)));
      runImport(dialog);
    }
    {
      ImportDialog dialog(project, QStringLiteral("alice"));
      dialog.setFile(writeFile(QStringLiteral("vendor.jsonl"), ktoLines(5)));  // 3 known (same labels), 2 new
      dialog.setAnnotator(QStringLiteral("vendor"));
      runImport(dialog);
      QCOMPARE(dialog.summary().imported, qint64(2));
      QCOMPARE(dialog.summary().duplicateLabels, qint64(3));  // vendor had no label on them yet
    }
    const auto store = ProjectStore::open(project);
    QCOMPARE(store->annotations(1).at(0).annotator, QStringLiteral("import:addresses.jsonl"));
    QCOMPARE(store->annotations(1).at(1).annotator, QStringLiteral("vendor"));
    QCOMPARE(store->annotations(5).at(0).annotator, QStringLiteral("vendor"));
    const SampleQuery query(project);
    QVERIFY(!query.annotators().contains(QStringLiteral("alice")));
  }

  void exportFormatsAreNamedAndDefaultHoldsTheProject() {
    const QString style = testing::makeProject(dir_, QStringLiteral("names_style"), SchemaKind::Style,
                                               {testing::textSample(QStringLiteral("你好"), 1)});
    const QString correctness = testing::makeProject(dir_, QStringLiteral("names_correctness"), SchemaKind::Correctness,
                                                     {testing::textSample(QStringLiteral("北京"), 0)});
    ExportDialog styleDialog(style);
    QCOMPARE(styleDialog.format(), Format::StyleJson);
    ExportDialog correctnessDialog(correctness);
    QCOMPARE(correctnessDialog.format(), Format::Trl);
    auto* formats = correctnessDialog.findChild<QComboBox*>();
    QStringList names;
    for (int i = 0; i < formats->count(); ++i) names << formats->itemText(i);
    QCOMPARE(names,
             (QStringList{QStringLiteral("Style JSON (rm_train.py)"), QStringLiteral("TRL chosen/rejected JSONL"),
                          QStringLiteral("KTO JSONL"), QStringLiteral("Text JSONL")}));
    for (const QString& name : names) QVERIFY(!name.contains(QStringLiteral("seed")));
  }

  void exportsExactlyTheFilteredRecords() {
    std::vector<Sample> samples;
    for (int i = 0; i < 40; ++i)
      samples.push_back(testing::textSample(QStringLiteral("用户问题：第%1个？\n回答：好。").arg(i), i % 5));
    const QString project = testing::makeProject(dir_, QStringLiteral("subset"), SchemaKind::Style, samples);
    SampleFilter filter;
    filter.label = 3;
    filter.search = QStringLiteral("第1");  // 第13, 第18 of label 3
    const QString out = dir_.filePath(QStringLiteral("subset.json"));
    ExportDialog dialog(project);
    dialog.setFilter(filter);
    QCOMPARE(dialog.filteredCount(), qint64(2));
    auto* only = dialog.findChild<QCheckBox*>(QStringLiteral("filteredOnly"));
    QVERIFY(only && !only->isHidden());
    QVERIFY2(only->text().contains(QStringLiteral("Only the 2 record")), qPrintable(only->text()));
    dialog.setOutput(out, Format::StyleJson, Split::All);
    dialog.setFilteredOnly(true);
    dialog.startExport();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 10000);
    QTRY_VERIFY(dialog.stateText().contains(QStringLiteral("Wrote 2 records")));
    const ImportResult back = readSamplesFile(out);
    QCOMPARE(back.samples.size(), size_t(2));
    QVERIFY(back.samples[0].text.contains(QStringLiteral("第13个")));
    QVERIFY(back.samples[1].text.contains(QStringLiteral("第18个")));
    // No filter: nothing offered.
    ExportDialog plain(project);
    plain.setFilter({});
    QVERIFY(plain.findChild<QCheckBox*>(QStringLiteral("filteredOnly"))->isHidden());
  }

  // Not a check: with ASSAY_DIALOG_SHOTS=DIR set, saves the two dialogs as a
  // user sees them (English and Chinese) for a person to look at.
  void grabForReview() {
    const QString shots = qEnvironmentVariable("ASSAY_DIALOG_SHOTS");
    if (shots.isEmpty()) QSKIP("set ASSAY_DIALOG_SHOTS=DIR to save the dialogs as PNG files");
    const QString project = testing::makeProject(dir_, QStringLiteral("shots"), SchemaKind::Correctness,
                                                 {testing::textSample(QStringLiteral("北京市海淀区学院路0号"), 0)});
    const QString file = writeFile(QStringLiteral("addresses.jsonl"), ktoLines(12));
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
      i18n::installTranslations(QCoreApplication::instance(), language);
      ImportDialog importDialog(project, QStringLiteral("alice"));
      importDialog.setFile(file);
      importDialog.show();
      QVERIFY(QTest::qWaitForWindowExposed(&importDialog));
      importDialog.grab().save(QStringLiteral("%1/import-%2.png").arg(shots, language));
      runImport(importDialog);
      importDialog.grab().save(QStringLiteral("%1/import-report-%2.png").arg(shots, language));
      ExportDialog exportDialog(project);
      SampleFilter filter;
      filter.label = 0;
      exportDialog.setFilter(filter);
      exportDialog.show();
      QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
      exportDialog.grab().save(QStringLiteral("%1/export-%2.png").arg(shots, language));
    }
    i18n::installTranslations(QCoreApplication::instance(), QStringLiteral("en"));
  }

  void closeIsTranslated() {
    const QString project = testing::makeProject(dir_, QStringLiteral("zh"), SchemaKind::Style, {});
    QVERIFY(i18n::installTranslations(QCoreApplication::instance(), QStringLiteral("zh_CN")));
    ImportDialog importDialog(project, QStringLiteral("alice"));
    ExportDialog exportDialog(project);
    const QString importClose = importDialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->text();
    const QString exportClose = exportDialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->text();
    i18n::installTranslations(QCoreApplication::instance(), QStringLiteral("en"));
    QCOMPARE(importClose, QStringLiteral("关闭"));
    QCOMPARE(exportClose, QStringLiteral("关闭"));
  }
};

ASSAY_TEST_MAIN(TstDialogChoices)
#include "tst_dialogchoices.moc"
