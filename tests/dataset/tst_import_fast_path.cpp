// The fast paths of ProjectStore::importFile: flat KTO records read without a
// JSON DOM must store exactly what the DOM path stores; anything unusual must
// still reach the DOM path and its located errors; duplicates are counted
// against the project and earlier records of the file; the per-split counts
// cached by assignSplits must follow later writes. An import that splits as
// it inserts (StreamingSplit) gives assignSplits' counts per label, spans
// files, and leaves nothing behind when a file fails.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "data/ProjectStore.h"
#include "data/StratifiedSplit.h"
#include "TestRegistry.h"

using namespace assay::data;

namespace {

struct Stored {
  QString text;
  int label;
  QByteArray extra;
  qint64 line;
  bool operator==(const Stored& o) const {
    return text == o.text && label == o.label && extra == o.extra && line == o.line;
  }
};

std::vector<Stored> stored(const ProjectStore& store) {
  std::vector<Stored> out;
  for (const Sample& s : store.samples()) out.push_back({s.text, s.label, s.extraJson, s.sourceLine});
  return out;
}

}  // namespace

class TestImportFastPath : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void sameRowsAsDomPath_data();
  void sameRowsAsDomPath();
  void unusualRecordsKeepTheirErrors_data();
  void unusualRecordsKeepTheirErrors();
  void duplicatesAgainstProjectAndFile();
  void annotationsForEveryLabelledRow();
  void cachedSplitCountsFollowWrites();
  void splitWhileImportingMatchesAssignSplits();
  void splitWhileImportingSpansFilesAndRollsBack();
  void foreignKeysHoldAndAreOnAfterImport();

 private:
  QString write(const QString& name, const QByteArray& content) {
    const QString path = dir_.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
  }
  QString newProject() { return dir_.filePath(QString("p%1.assay").arg(n_++)); }

  QTemporaryDir dir_;
  int n_ = 0;
};

// Each row: records the scanner takes, and the same records written so that
// only the DOM path can read them (\u escapes decode to the same text).
void TestImportFastPath::sameRowsAsDomPath_data() {
  QTest::addColumn<QByteArray>("fast");
  QTest::addColumn<QByteArray>("dom");
  QTest::newRow("correct true/false")
      << QByteArray(
             "{\"prompt\": \"北京市海淀区1号\", \"completion\": \"正确\", \"label\": true}\n"
             "{\"prompt\": \"上海市2号\", \"completion\": \"正确\", \"label\": false}\n")
      << QByteArray(
             "{\"prompt\": \"\\u5317京市海淀区1号\", \"completion\": \"正确\", \"label\": true}\n"
             "{\"prompt\": \"上海市2号\", \"completion\": \"\\u6b63确\", \"label\": false}\n");
  QTest::newRow("incorrect, keys reordered, compact")
      << QByteArray(
             "{\"label\":true,\"completion\":\"错误\",\"prompt\":\"a b\"}\n\n{ \"completion\" : \"错误\" "
             ",\"prompt\":\"c\", \"label\" : false }\n")
      << QByteArray(
             "{\"label\":true,\"completion\":\"\\u9519误\",\"prompt\":\"a b\"}\n\n{ \"completion\" : \"错误\" "
             ",\"prompt\":\"\\u0063\", \"label\" : false }\n");
}

void TestImportFastPath::sameRowsAsDomPath() {
  QFETCH(QByteArray, fast);
  QFETCH(QByteArray, dom);
  const auto a = ProjectStore::create(newProject(), SchemaKind::Correctness);
  const auto b = ProjectStore::create(newProject(), SchemaKind::Correctness);
  const ImportSummary sa = a->importFile(write("fast.jsonl", fast), Format::Kto);
  const ImportSummary sb = b->importFile(write("dom.jsonl", dom), Format::Kto);
  QCOMPARE(sa.imported, 2);
  QCOMPARE(sb.imported, 2);
  QVERIFY(sa.issues.empty());
  QVERIFY(stored(*a) == stored(*b));
  // 正确 with label true (or 错误 with false) is a correct record: label id 0.
  const std::vector<Stored> rows = stored(*a);
  QCOMPARE(rows[0].label, QTest::currentDataTag() == QByteArray("correct true/false") ? 0 : 1);
  QCOMPARE(rows[1].label, QTest::currentDataTag() == QByteArray("correct true/false") ? 1 : 0);
  QCOMPARE(rows[0].extra, QByteArray());
}

// Records that look flat but are not for the scanner: each must still be
// skipped (or imported) with the DOM path's kind and line.
void TestImportFastPath::unusualRecordsKeepTheirErrors_data() {
  QTest::addColumn<QByteArray>("record");
  QTest::addColumn<QString>("expectedReason");  // empty: imported
  QTest::addColumn<QString>("messagePart");
  QTest::newRow("invalid UTF-8") << QByteArray("{\"prompt\": \"\xff\xfe\", \"completion\": \"正确\", \"label\": true}")
                                 << "invalid UTF-8"
                                 << "UTF-8";
  QTest::newRow("blank prompt") << QByteArray("{\"prompt\": \"  \", \"completion\": \"正确\", \"label\": true}")
                                << "empty text"
                                << "\"prompt\" is empty";
  QTest::newRow("label not bool") << QByteArray("{\"prompt\": \"x\", \"completion\": \"正确\", \"label\": 1}")
                                  << "wrong type"
                                  << "\"label\" must be true or false";
  QTest::newRow("missing label") << QByteArray("{\"prompt\": \"x\", \"completion\": \"正确\"}") << "missing field"
                                 << "missing field \"label\"";
  QTest::newRow("repeated key")
      << QByteArray("{\"prompt\": \"x\", \"prompt\": \"y\", \"completion\": \"正确\", \"label\": true}") << QString()
      << QString();
  QTest::newRow("garbage inside") << QByteArray("{\"prompt\": \"x\", \"completion\": \"正确\", \"label\": true x}")
                                  << "invalid JSON"
                                  << "invalid JSON";
  QTest::newRow("extra key kept") << QByteArray(
                                         "{\"prompt\": \"x\", \"completion\": \"正确\", \"label\": true, \"id\": 7}")
                                  << QString() << QString();
}

void TestImportFastPath::unusualRecordsKeepTheirErrors() {
  QFETCH(QByteArray, record);
  QFETCH(QString, expectedReason);
  QFETCH(QString, messagePart);
  const QByteArray good = "{\"prompt\": \"good\", \"completion\": \"正确\", \"label\": true}\n";
  const QByteArray alsoGood = "{\"prompt\": \"also good\", \"completion\": \"正确\", \"label\": true}\n";
  const auto store = ProjectStore::create(newProject(), SchemaKind::Correctness);
  const ImportSummary s = store->importFile(write("mixed.jsonl", good + record + "\n" + alsoGood), Format::Kto);
  if (expectedReason.isEmpty()) {
    QCOMPARE(s.imported, 3);
    QVERIFY(s.issues.empty());
    if (QTest::currentDataTag() == QByteArray("extra key kept"))
      QCOMPARE(store->samples()[1].extraJson, QByteArray("{\"id\":7}"));
    return;
  }
  QCOMPARE(s.imported, 2);
  QCOMPARE(s.issues.size(), size_t(1));
  QCOMPARE(issueKindName(s.issues[0].kind), expectedReason);
  QCOMPARE(s.issues[0].line, 2);
  QVERIFY2(s.issues[0].message.contains(messagePart), qPrintable(s.issues[0].message));
}

void TestImportFastPath::duplicatesAgainstProjectAndFile() {
  auto line = [](const char* text) -> QByteArray {
    return QByteArray("{\"prompt\": \"") + text + "\", \"completion\": \"正确\", \"label\": true}\n";
  };
  const auto store = ProjectStore::create(newProject(), SchemaKind::Correctness);
  QCOMPARE(store->importFile(write("first.jsonl", line("B")), Format::Kto).duplicates, 0);
  // A, B (in the project), A, C, A, B: the second and third A and both B.
  const QByteArray records = line("A") + line("B") + line("A") + line("C") + line("A") + line("B");
  const ImportSummary kept = store->importFile(write("second.jsonl", records), ImportOptions{Format::Kto, {}, true});
  QCOMPARE(kept.imported, 6);
  QCOMPARE(kept.duplicates, 4);
  QCOMPARE(store->stats().duplicateSamples, 4);
  // By default none of them is added again: B and C are in the project now, A three times.
  const auto fresh = ProjectStore::create(newProject(), SchemaKind::Correctness);
  fresh->importFile(write("first2.jsonl", line("B")), Format::Kto);
  const ImportSummary s = fresh->importFile(write("third.jsonl", records), Format::Kto);
  QCOMPARE(s.imported, 2);  // A and C
  QCOMPARE(s.duplicates, 4);
  QCOMPARE(s.duplicatesInFile, 3);  // the second and third A, the second B
  QCOMPARE(fresh->stats().duplicateSamples, 0);
}

void TestImportFastPath::annotationsForEveryLabelledRow() {
  const auto store = ProjectStore::create(newProject(), SchemaKind::Correctness);
  store->importFile(write("one.jsonl", "{\"prompt\": \"p1\", \"completion\": \"正确\", \"label\": true}\n"),
                    Format::Kto);
  // Unlabelled lines (no annotation) between labelled ones, in a second import.
  const ImportSummary s =
      store->importFile(write("two.txt", "plain one\nplain two\n"), Format::Text, QStringLiteral("carol"));
  QCOMPARE(s.imported, 2);
  store->importFile(write("three.jsonl",
                          "{\"prompt\": \"p2\", \"completion\": \"错误\", \"label\": true}\n"
                          "{\"prompt\": \"p3\", \"completion\": \"错误\", \"label\": false}\n"),
                    Format::Kto, QStringLiteral("dave"));
  const std::vector<Sample> all = store->samples();
  QCOMPARE(all.size(), size_t(5));
  const int expectedCount[] = {1, 0, 0, 1, 1};
  // Unnamed, the first file's labels are its own annotator's, import:<file name>.
  const char* expectedAnnotator[] = {"import:one.jsonl", "", "", "dave", "dave"};
  const int expectedLabel[] = {0, -1, -1, 1, 0};
  for (size_t i = 0; i < all.size(); ++i) {
    const std::vector<Annotation> a = store->annotations(all[i].id);
    QCOMPARE(int(a.size()), expectedCount[i]);
    if (a.empty()) continue;
    QCOMPARE(a[0].annotator, QString(expectedAnnotator[i]));
    QCOMPARE(a[0].label, expectedLabel[i]);
    QCOMPARE(a[0].sampleId, all[i].id);
  }
}

void TestImportFastPath::cachedSplitCountsFollowWrites() {
  const QString path = newProject();
  auto store = ProjectStore::create(path, SchemaKind::Correctness);
  QByteArray lines;
  for (int i = 0; i < 50; ++i)
    lines += QString("{\"prompt\": \"r%1\", \"completion\": \"正确\", \"label\": %2}\n")
                 .arg(i)
                 .arg(i % 3 ? "true" : "false")
                 .toUtf8();
  store->importFile(write("fifty.jsonl", lines), Format::Kto);
  store->assignSplits(0.2, 42);
  QCOMPARE(store->sampleCount(Split::Train), 40);
  QCOMPARE(store->sampleCount(Split::Test), 10);
  QCOMPARE(store->sampleCount(Split::All), 50);
  // A write through this connection after the split: the cached counts go.
  Sample extra;
  extra.text = QStringLiteral("added later");
  store->addSamples({extra});
  QCOMPARE(store->sampleCount(Split::Unassigned), 1);
  QCOMPARE(store->sampleCount(Split::All), 51);
  // A write by another connection (another program) after a new split.
  store->assignSplits(0.2, 42);
  QCOMPARE(store->sampleCount(Split::Unassigned), 0);
  {
    const auto other = ProjectStore::open(path);
    other->addSamples({extra, extra});
  }
  QCOMPARE(store->sampleCount(Split::Unassigned), 2);
  QCOMPARE(store->sampleCount(Split::All), 53);
  // The counts agree with a fresh scan after reopening.
  store->assignSplits(0.5, 7, true);
  const qint64 train = store->sampleCount(Split::Train), test = store->sampleCount(Split::Test);
  store.reset();
  store = ProjectStore::open(path);
  QCOMPARE(store->sampleCount(Split::Train), train);
  QCOMPARE(store->sampleCount(Split::Test), test);
  QCOMPARE(train + test, 53);
}

namespace {

QByteArray ktoLines(int from, int to) {
  QByteArray lines;
  for (int i = from; i < to; ++i)
    lines += QString("{\"prompt\": \"地址%1\", \"completion\": \"正确\", \"label\": %2}\n")
                 .arg(i)
                 .arg(i % 3 ? "true" : "false")
                 .toUtf8();
  return lines;
}

// Test samples per label, counted by reading the rows back.
std::map<int, int> testPerLabel(const ProjectStore& store) {
  std::map<int, int> n;
  for (const Sample& s : store.samples(Split::Test)) ++n[s.label];
  return n;
}

}  // namespace

void TestImportFastPath::splitWhileImportingMatchesAssignSplits() {
  const QString file = write("split.jsonl", ktoLines(0, 997));
  const auto before = ProjectStore::create(newProject(), SchemaKind::Correctness);
  before->importFile(file, Format::Kto);
  before->assignSplits(0.2, 42);

  const QString path = newProject();
  auto store = ProjectStore::create(path, SchemaKind::Correctness);
  StreamingSplit split(0.2, 42);
  QCOMPARE(store->importFile(file, Format::Kto, "import", {}, &split).imported, 997);
  QCOMPARE(store->sampleCount(Split::Unassigned), 0);
  QCOMPARE(store->sampleCount(Split::Test), before->sampleCount(Split::Test));
  QCOMPARE(store->sampleCount(Split::Train), before->sampleCount(Split::Train));
  QCOMPARE(testPerLabel(*store), testPerLabel(*before));
  // One rule (data/StratifiedSplit.h): not only the counts, the very rows an
  // import puts in test are the rows assignSplits picks with that seed.
  std::vector<QString> imported, reassigned;
  for (const Sample& s : store->samples(Split::Test)) imported.push_back(s.text);
  for (const Sample& s : before->samples(Split::Test)) reassigned.push_back(s.text);
  QCOMPARE(imported, reassigned);
  QCOMPARE(store->setting("split_seed"), QString("42"));
  QCOMPARE(store->setting("split_test_fraction"), QString("0.2"));
  // The cached counts the import left are what a scan of the file finds.
  const qint64 test = store->sampleCount(Split::Test);
  store.reset();
  QCOMPARE(ProjectStore::open(path)->sampleCount(Split::Test), test);
  // Same file, same seed: the same rows in test.
  const auto again = ProjectStore::create(newProject(), SchemaKind::Correctness);
  StreamingSplit split2(0.2, 42);
  again->importFile(file, Format::Kto, "import", {}, &split2);
  std::vector<QString> a, b;
  for (const Sample& s : ProjectStore::open(path)->samples(Split::Test)) a.push_back(s.text);
  for (const Sample& s : again->samples(Split::Test)) b.push_back(s.text);
  QCOMPARE(a, b);
}

void TestImportFastPath::splitWhileImportingSpansFilesAndRollsBack() {
  // Five one-record files through one split: 1 test sample, as for the five
  // together (each file split alone would put every one of them in test).
  const auto store = ProjectStore::create(newProject(), SchemaKind::Correctness);
  StreamingSplit split(0.2, 42);
  for (int i = 0; i < 5; ++i)
    store->importFile(write(QString("one%1.jsonl").arg(i), ktoLines(i, i + 1)), Format::Kto, "import", {}, &split);
  QCOMPARE(store->sampleCount(Split::Test), 1);
  QCOMPARE(store->sampleCount(Split::Train), 4);
  // A file that cannot be read changes neither the project nor the split.
  const ImportSummary bad = store->importFile(dir_.path(), Format::Kto, "import", {}, &split);  // a directory
  QVERIFY(bad.fileUnreadable);
  QCOMPARE(split.size(), 5);
  QCOMPARE(store->importFile(write("more.jsonl", ktoLines(5, 15)), Format::Kto, "import", {}, &split).imported, 10);
  QCOMPARE(store->sampleCount(Split::Test), 3);  // ceil(15 · 0.2), exact per label
  QCOMPARE(store->sampleCount(Split::Unassigned), 0);
  QCOMPARE(split.testCount(), 3);
}

// The import skips foreign-key checks for the rows it writes (valid by
// construction): the rows must pass PRAGMA foreign_key_check, and the checks
// must be on again afterwards, also after an import that failed.
void TestImportFastPath::foreignKeysHoldAndAreOnAfterImport() {
  const QString path = newProject();
  const auto store = ProjectStore::create(path, SchemaKind::Correctness);
  StreamingSplit split(0.2, 42);
  QCOMPARE(store->importFile(write("fk.jsonl", ktoLines(0, 300)), Format::Kto, "import", {}, &split).imported, 300);
  QVERIFY(store->importFile(dir_.path(), Format::Kto).fileUnreadable);
  {
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "fk-check");
    db.setDatabaseName(path);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec("PRAGMA foreign_key_check"));
    QVERIFY2(!q.next(), "a row of the import breaks a foreign key");
    QVERIFY(q.exec("SELECT count(*) FROM annotations a JOIN samples s ON s.id = a.sample_id") && q.next());
    QCOMPARE(q.value(0).toInt(), 300);
  }
  QSqlDatabase::removeDatabase("fk-check");
  // This connection enforces them again: a prediction for a sample that does
  // not exist is refused by the predictions table's foreign key.
  StoredPrediction p;
  p.sampleId = 123456;
  p.model = "m";
  p.label = 0;
  QVERIFY_THROWS_EXCEPTION(StoreError, store->savePredictions({p}));
}

ASSAY_TEST_APPLESS_MAIN(TestImportFastPath)
#include "tst_import_fast_path.moc"
