// Import without duplicating, and honest attribution: a record already in
// the project adds no sample (its label, when it differs, becomes the file
// annotator's label on the existing sample), --allow_duplicates keeps the
// old behaviour, imported labels belong to the file's annotator (never the
// person at the keyboard: not in their day's count, not "reviewed"), and a
// person changing their own label does not disagree with themselves.
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "TestRegistry.h"
#include "data/ProjectStore.h"
#include "data/SampleQuery.h"

using namespace assay::data;

class TestImportDedup : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { QVERIFY(dir_.isValid()); }
  void reimportAddsNoSamples();
  void allowDuplicatesAddsThem();
  void repeatsWithinAFileAreKeptOut();
  void differingLabelIsTheFileAnnotators();
  void fileNeverOverridesAPersonsLabel();
  void pairsAreComparedByPromptAndResponses();
  void importedLabelsAreNotTheUsers();
  void ownRelabelIsNoDisagreement();
  void textAfterARecordIsOneSkippedRecord();

 private:
  QString write(const QString& name, const QByteArray& bytes) {
    const QString path = dir_.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
  }
  QString newProject() { return dir_.filePath(QString("p%1.assay").arg(n_++)); }
  static QByteArray line(const char* text, const char* label) {
    return QByteArray("{\"text\": \"") + text + "\", \"label\": \"" + label + "\"}\n";
  }
  static std::vector<QString> annotatorsOf(const ProjectStore& store, qint64 id) {
    std::vector<QString> out;
    for (const Annotation& a : store.annotations(id)) out.push_back(a.annotator + ":" + QString::number(a.label));
    return out;
  }
  QTemporaryDir dir_;
  int n_ = 0;
};

void TestImportDedup::reimportAddsNoSamples() {
  const auto store = ProjectStore::create(newProject(), SchemaKind::Style);
  const QString file = write("addresses.jsonl", line("一", "售前") + line("二", "售后") + line("三", "诚实"));
  const ImportSummary first = store->importFile(file);
  QCOMPARE(first.imported, 3);
  QCOMPARE(first.duplicates, 0);
  QCOMPARE(first.annotator, QString("import:addresses.jsonl"));
  const qint64 annotations = store->annotations(1).size() + store->annotations(2).size() + store->annotations(3).size();
  const ImportSummary again = store->importFile(file);
  QCOMPARE(again.imported, 0);
  QCOMPARE(again.duplicates, 3);
  QCOMPARE(again.duplicatesInFile, 0);
  QCOMPARE(again.duplicateLabels, 0);  // the same labels by the same (file) annotator
  QVERIFY(!again.fileUnreadable);
  QCOMPARE(store->sampleCount(), 3);
  QCOMPARE(qint64(store->annotations(1).size() + store->annotations(2).size() + store->annotations(3).size()),
           annotations);
  QCOMPARE(store->stats().duplicateSamples, 0);
}

void TestImportDedup::allowDuplicatesAddsThem() {
  const auto store = ProjectStore::create(newProject(), SchemaKind::Style);
  const QString file = write("twice.jsonl", line("一", "售前") + line("二", "售后"));
  store->importFile(file);
  const ImportSummary again = store->importFile(file, ImportOptions{Format::Auto, {}, true});
  QCOMPARE(again.imported, 2);
  QCOMPARE(again.duplicates, 2);
  QVERIFY(again.duplicatesAllowed);
  QCOMPARE(store->sampleCount(), 4);
  QCOMPARE(store->stats().duplicateSamples, 2);
}

void TestImportDedup::repeatsWithinAFileAreKeptOut() {
  const auto store = ProjectStore::create(newProject(), SchemaKind::Style);
  const ImportSummary s =
      store->importFile(write("repeats.jsonl", line("一", "售前") + line("二", "售后") + line("一", "诚实")));
  QCOMPARE(s.imported, 2);
  QCOMPARE(s.duplicates, 1);
  QCOMPARE(s.duplicatesInFile, 1);
  QCOMPARE(store->sampleCount(), 2);
  QCOMPARE(store->sample(1).label, 0);  // the first record of the content speaks for the file
}

void TestImportDedup::differingLabelIsTheFileAnnotators() {
  const auto store = ProjectStore::create(newProject(), SchemaKind::Style);
  store->importFile(write("data.jsonl", line("一", "售前") + line("二", "售后")), Format::Auto, "vendor");
  // The vendor's corrected file: 一 is now 诚实.
  const ImportSummary v2 =
      store->importFile(write("data2.jsonl", line("一", "诚实") + line("二", "售后")), Format::Auto, "vendor");
  QCOMPARE(v2.imported, 0);
  QCOMPARE(v2.duplicates, 2);
  QCOMPARE(v2.duplicateLabels, 1);
  QCOMPARE(annotatorsOf(*store, 1), (std::vector<QString>{"vendor:0", "vendor:2"}));
  QCOMPARE(store->sample(1).label, 2);  // nobody else spoke: the vendor's latest word is the label
  const std::vector<LabelChange> history = store->labelHistory(1);
  QCOMPARE(history.back().annotator, QString("vendor"));
  QCOMPARE(history.back().oldLabel, 0);
  QCOMPARE(history.back().newLabel, 2);
  // The same file under another name is another annotator: both files' labels are kept.
  const ImportSummary other = store->importFile(write("second_opinion.jsonl", line("二", "有帮助")));
  QCOMPARE(other.duplicateLabels, 1);
  QCOMPARE(annotatorsOf(*store, 2), (std::vector<QString>{"vendor:1", "import:second_opinion.jsonl:3"}));
  QCOMPARE(store->sample(2).label, 1);  // the vendor's label stays: a file does not overrule another annotator
  QCOMPARE(store->stats().annotatorDisagreements, 1);
}

void TestImportDedup::fileNeverOverridesAPersonsLabel() {
  const auto store = ProjectStore::create(newProject(), SchemaKind::Style);
  const QString file = write("p.jsonl", line("一", "售前"));
  store->importFile(file);
  store->annotate(1, "alice", 4);                                                       // alice corrects the import
  const ImportSummary again = store->importFile(write("p.jsonl", line("一", "售后")));  // the file changed too
  QCOMPARE(again.duplicateLabels, 1);
  QCOMPARE(store->sample(1).label, 4);  // alice's label stays the sample's label
  QCOMPARE(annotatorsOf(*store, 1), (std::vector<QString>{"import:p.jsonl:0", "alice:4", "import:p.jsonl:1"}));
  // The file's annotator and alice disagree, and that is real.
  QCOMPARE(store->stats().annotatorDisagreements, 1);
}

void TestImportDedup::pairsAreComparedByPromptAndResponses() {
  const auto store = ProjectStore::create(newProject(), SchemaKind::Style);
  const QByteArray pairs =
      "{\"prompt\": \"问\", \"chosen\": \"好的回答\", \"rejected\": \"差的回答\"}\n"
      "{\"prompt\": \"问\", \"chosen\": \"好的回答\", \"rejected\": \"另一个差的回答\"}\n";
  QCOMPARE(store->importFile(write("pairs.jsonl", pairs)).imported, 2);  // same prompt, other response: new
  const ImportSummary again = store->importFile(write("pairs_again.jsonl", pairs));
  QCOMPARE(again.imported, 0);
  QCOMPARE(again.duplicates, 2);
  QCOMPARE(again.duplicateLabels, 0);  // pairs carry no label
}

void TestImportDedup::importedLabelsAreNotTheUsers() {
  const QString path = newProject();
  const auto store = ProjectStore::create(path, SchemaKind::Style);
  store->importFile(write("three.jsonl", line("一", "售前") + line("二", "售后") + line("三", "诚实")));
  SampleQuery query(path);
  for (qint64 id = 1; id <= 3; ++id) QCOMPARE(store->annotations(id).front().annotator, QString("import:three.jsonl"));
  const QDateTime midnight(QDate::currentDate(), QTime(0, 0));
  QCOMPARE(query.annotationsSince("alice", midnight), 0);  // the day's count: key presses only
  SampleFilter reviewed;
  reviewed.review = SampleFilter::Review::Reviewed;
  QCOMPARE(query.count(reviewed), 0);  // labelled is not reviewed
  store->annotate(2, "alice", 3);
  QCOMPARE(query.annotationsSince("alice", midnight), 1);
  QCOMPARE(query.count(reviewed), 0);
  store->recordVerdict(3, "alice", Verdict::KeptHuman, 2);
  QCOMPARE(query.count(reviewed), 1);  // only a stored verdict makes a record reviewed
  reviewed.reviewer = "bob";
  QCOMPARE(query.count(reviewed), 0);
}

void TestImportDedup::ownRelabelIsNoDisagreement() {
  const QString path = newProject();
  const auto store = ProjectStore::create(path, SchemaKind::Style);
  const std::vector<qint64> ids = store->addSamples({Sample{}, Sample{}}, "alice");
  store->annotate(ids[0], "alice", 1);
  store->annotate(ids[0], "alice", 2);  // alice changes her mind
  QCOMPARE(store->stats().annotatorDisagreements, 0);
  SampleQuery query(path);
  SampleFilter disagreeing;
  disagreeing.disagreementOnly = true;
  QCOMPARE(query.count(disagreeing), 0);
  QVERIFY(!query.rows({ids[0]}).front().disagreement);
  store->annotate(ids[0], "bob", 1);  // bob sees it otherwise: a disagreement
  QCOMPARE(store->stats().annotatorDisagreements, 1);
  QCOMPARE(query.count(disagreeing), 1);
  QVERIFY(query.rows({ids[0]}).front().disagreement);
  store->annotate(ids[0], "bob", 2);  // and comes round
  QCOMPARE(store->stats().annotatorDisagreements, 0);
  QVERIFY(!query.rows({ids[0]}).front().disagreement);
}

void TestImportDedup::textAfterARecordIsOneSkippedRecord() {
  const auto store = ProjectStore::create(newProject(), SchemaKind::Style);
  const ImportSummary s = store->importFile(
      write("junk.jsonl",
            line("一", "售前") + "{\"text\": \"二\", \"label\": \"售后\"} 多出来的文字\n" + line("三", "诚实")));
  QCOMPARE(s.imported, 2);
  QCOMPARE(s.skipped(), 1);
  QCOMPARE(s.imported + s.skipped(), 3);  // each line counted once
  QCOMPARE(s.issues.front().line, 2);
  QCOMPARE(store->sampleCount(), 2);
}

ASSAY_TEST_APPLESS_MAIN(TestImportDedup)
#include "tst_import_dedup.moc"
