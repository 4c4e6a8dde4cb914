// Dataset health (data/DatasetHealth.h): each warning on a small hand-built
// project with its exact count and examples, none on a clean diverse set,
// the seed's case (two records repeated 10,000 times: low diversity through
// the source copies import remembers), leakage between a training file and
// its eval file, and MinHash/LSH finding a planted pair at Jaccard ~0.85 but
// not one at ~0.5.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <random>

#include "TestRegistry.h"
#include "data/DatasetHealth.h"
#include "data/MinHash.h"
#include "data/ProjectDb.h"
#include "data/ProjectStore.h"
#include "data/SqliteStatement.h"

using namespace assay::data;

namespace {

Sample text(const QString& t, int label = -1, Split split = Split::Unassigned) {
  Sample s;
  s.text = t;
  s.label = label;
  s.split = split;
  return s;
}

// Letters drawn from a seeded generator: texts that share no 5-character
// piece by chance, so a set of them is as diverse as data gets.
QString randomLetters(std::mt19937& rng, int length) {
  QString out;
  std::uniform_int_distribution<int> letter(0, 25);
  for (int i = 0; i < length; ++i) out += QChar('a' + letter(rng));
  return out;
}

std::vector<Sample> diverseTexts(int count, uint32_t seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> length(20, 40);
  std::vector<Sample> out;
  for (int i = 0; i < count; ++i) out.push_back(text(randomLetters(rng, length(rng)), i % 2));
  return out;
}

qint64 sourceCopies(const ProjectStore& store, qint64 id) {
  detail::Statement st(ProjectStoreAccess::handle(store), ProjectStoreAccess::path(store),
                       "SELECT source_copies FROM samples WHERE id = ?");
  st.bind(1, id);
  return st.step() ? st.int64(0) : -1;
}

std::vector<int64_t> ids(std::initializer_list<qint64> list) { return std::vector<int64_t>(list.begin(), list.end()); }

}  // namespace

class TestDatasetHealth : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { QVERIFY(dir_.isValid()); }
  void normalisationFoldsWidthCasePunctuationAndSpaces();
  void cleanDiverseSetHasNoWarnings();
  void exactDuplicates();
  void nearDuplicateVariantOfWidthAndCase();
  void conflictingLabels();
  void trainTestOverlapInAProject();
  void trainTestOverlapBetweenFiles();
  void classImbalanceNamesTheLabels();
  void lengthOutlier();
  void truncatedAtMaxLength();
  void seedCaseTwoRecordsRepeated();
  void sourceCopiesCountedOnImport();
  void minHashFindsPlantedPairNotADistantOne();
  void cancelStopsTheCheck();

 private:
  QString newProject() { return dir_.filePath(QString("h%1.assay").arg(n_++)); }
  QString write(const QString& name, const QByteArray& bytes) {
    const QString path = dir_.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
  }
  QTemporaryDir dir_;
  int n_ = 0;
};

void TestDatasetHealth::normalisationFoldsWidthCasePunctuationAndSpaces() {
  std::string a, b, c;
  appendNormalizedText("Ｈｅｌｌｏ，　Ｗｏｒｌｄ！ 你好。", a);
  appendNormalizedText("hello world 你好", b);
  appendNormalizedText("  HELLO---world!!\t你 好 ", c);
  QCOMPARE(QString::fromStdString(a), QString("helloworld你好"));
  QCOMPARE(b, a);
  QCOMPARE(c, a);
}

void TestDatasetHealth::cleanDiverseSetHasNoWarnings() {
  const auto store = ProjectStore::create(newProject(), SchemaKind::Style);
  store->addSamples(diverseTexts(40, 7), "t");
  const HealthReport report = checkProjectHealth(*store);
  QCOMPARE(report.samples, 40);
  QCOMPARE(report.records, 40);
  QVERIFY2(report.warnings.empty(), qPrintable(report.codes().join(',')));
}

void TestDatasetHealth::exactDuplicates() {
  const auto store = ProjectStore::create(newProject(), SchemaKind::Style);
  const auto added = store->addSamples(
      {text("the same words", 0), text("other words here", 1), text("the same words", 0), text("the same words", 0)},
      "t");
  const HealthReport report = checkProjectHealth(*store);
  QCOMPARE(report.codes(), QStringList{"duplicates"});
  const HealthWarning& w = report.warnings.front();
  QCOMPARE(w.count, 2);  // two records beyond the first
  QCOMPARE(w.examples, ids({added[0], added[2], added[3]}));
  QVERIFY(!w.message.isEmpty());
}

void TestDatasetHealth::nearDuplicateVariantOfWidthAndCase() {
  const auto store = ProjectStore::create(newProject(), SchemaKind::Style);
  const auto added = store->addSamples({text("Ｐｌｅａｓｅ ｃａｌｌ ｍｅ ｔｏｍｏｒｒｏｗ！"),
                                        text("please call me tomorrow"), text("a different question")},
                                       "t");
  const HealthReport report = checkProjectHealth(*store);
  QCOMPARE(report.codes(), QStringList{"near_duplicates"});
  QCOMPARE(report.warnings.front().count, 2);
  QCOMPARE(report.warnings.front().examples, ids({added[0], added[1]}));
}

void TestDatasetHealth::conflictingLabels() {
  const auto store = ProjectStore::create(newProject(), SchemaKind::Style);
  const auto added = store->addSamples(
      {text("Is this covered by warranty?", 0), text("is this covered by warranty", 1), text("Where is my parcel", 1)},
      "t");
  const HealthReport report = checkProjectHealth(*store);
  // The two are near duplicates (case, punctuation) and disagree.
  QCOMPARE(report.codes(), (QStringList{"near_duplicates", "conflicting_labels"}));
  const HealthWarning* w = report.find("conflicting_labels");
  QCOMPARE(w->count, 2);
  QCOMPARE(w->examples, ids({added[0], added[1]}));
}

void TestDatasetHealth::trainTestOverlapInAProject() {
  const auto store = ProjectStore::create(newProject(), SchemaKind::Style);
  const auto added = store->addSamples(
      {text("how do I return this", 0, Split::Train), text("Where is my parcel", 1, Split::Train),
       text("How do I return this?", 0, Split::Test), text("something else entirely", 1, Split::Test)},
      "t");
  const HealthReport report = checkProjectHealth(*store);
  const HealthWarning* w = report.find("train_test_overlap");
  QVERIFY(w);
  QCOMPARE(w->count, 1);
  QCOMPARE(w->examples, ids({added[2], added[0]}));  // the test sample, then its training twin
}

void TestDatasetHealth::trainTestOverlapBetweenFiles() {
  LabelSchema schema = LabelSchema::forKind(SchemaKind::Style);
  std::vector<Sample> train = diverseTexts(12, 3), test = diverseTexts(3, 4);
  test.push_back(text(train[5].text.toUpper(), 0));
  const HealthReport report = checkSamplesHealth(train, test, schema);
  // The upper-case twin is also a near duplicate with the other label.
  QCOMPARE(report.codes(), (QStringList{"near_duplicates", "conflicting_labels", "train_test_overlap"}));
  QCOMPARE(report.find("train_test_overlap")->count, 1);
  QCOMPARE(report.find("train_test_overlap")->examples,
           ids({16, 6}));  // record 4 of the test file (12 + 4), record 6 of train
}

void TestDatasetHealth::classImbalanceNamesTheLabels() {
  const auto store = ProjectStore::create(newProject(), SchemaKind::Style);
  std::vector<Sample> samples = diverseTexts(24, 11);
  for (size_t i = 0; i < samples.size(); ++i) samples[i].label = i < 22 ? 0 : 1;  // 22 : 2, a ratio of 11
  const auto added = store->addSamples(samples, "t");
  const HealthReport report = checkProjectHealth(*store);
  QCOMPARE(report.codes(), QStringList{"class_imbalance"});
  const HealthWarning& w = report.warnings.front();
  QCOMPARE(w.count, 2);
  QCOMPARE(w.examples, ids({added[22], added[23]}));
  const LabelSchema& schema = store->labelSchema();
  QVERIFY2(w.message.contains(schema.nameOf(0)) && w.message.contains(schema.nameOf(1)) && w.message.contains("11.0"),
           qPrintable(w.message));
  // At a ratio of exactly 10 nothing is said.
  const auto balanced = ProjectStore::create(newProject(), SchemaKind::Style);
  std::vector<Sample> ten = diverseTexts(22, 12);
  for (size_t i = 0; i < ten.size(); ++i) ten[i].label = i < 20 ? 0 : 1;
  balanced->addSamples(ten, "t");
  QVERIFY(!checkProjectHealth(*balanced).find("class_imbalance"));
}

void TestDatasetHealth::lengthOutlier() {
  const auto store = ProjectStore::create(newProject(), SchemaKind::Style);
  std::mt19937 rng(5);
  std::vector<Sample> samples = diverseTexts(20, 13);
  samples.push_back(text(randomLetters(rng, 400), 0));  // 400 characters among 20 to 40: 13 times the median
  const auto added = store->addSamples(samples, "t");
  const HealthReport report = checkProjectHealth(*store);
  QCOMPARE(report.codes(), QStringList{"length_outliers"});
  QCOMPARE(report.warnings.front().count, 1);
  QCOMPARE(report.warnings.front().examples, ids({added[20]}));
}

void TestDatasetHealth::truncatedAtMaxLength() {
  const auto store = ProjectStore::create(newProject(), SchemaKind::Style);
  std::mt19937 rng(9);
  // 511 characters + the end token fit 512; 512 do not.
  const auto added = store->addSamples(
      {text(randomLetters(rng, 511), 0), text(randomLetters(rng, 512), 1), text(QString(600, QChar(0x4E00 + 7)), 1)},
      "t");
  HealthReport report = checkProjectHealth(*store);
  QCOMPARE(report.codes(), QStringList{"truncated"});
  QCOMPARE(report.warnings.front().count, 2);
  QCOMPARE(report.warnings.front().examples, ids({added[1], added[2]}));
  HealthOptions longer;
  longer.maxLength = 601;
  QVERIFY(checkProjectHealth(*store, longer).warnings.empty());
}

void TestDatasetHealth::seedCaseTwoRecordsRepeated() {
  QByteArray bytes;
  for (int i = 0; i < 10000; ++i) {
    bytes += "{\"text\": \"这个产品怎么样\", \"label\": \"售前\"}\n";
    bytes += "{\"text\": \"我的订单什么时候到\", \"label\": \"售后\"}\n";
  }
  const auto store = ProjectStore::create(newProject(), SchemaKind::Style);
  const ImportSummary summary = store->importFile(write("repeated.jsonl", bytes));
  QCOMPARE(summary.imported, 2);
  QCOMPARE(sourceCopies(*store, 1), 10000);
  QCOMPARE(sourceCopies(*store, 2), 10000);
  const HealthReport report = checkProjectHealth(*store);
  QCOMPARE(report.samples, 2);
  QCOMPARE(report.records, 20000);
  QCOMPARE(report.codes(), (QStringList{"duplicates", "low_diversity"}));
  QCOMPARE(report.find("duplicates")->count, 19998);
  QCOMPARE(report.find("duplicates")->examples, ids({1, 2}));
  const HealthWarning* low = report.find("low_diversity");
  QCOMPARE(low->count, 20000);
  QCOMPARE(low->examples, ids({1, 2}));
  QVERIFY2(low->message.contains("100.0%"), qPrintable(low->message));
}

void TestDatasetHealth::sourceCopiesCountedOnImport() {
  const auto store = ProjectStore::create(newProject(), SchemaKind::Style);
  const QByteArray a = "{\"text\": \"一\", \"label\": \"售前\"}\n", b = "{\"text\": \"二\", \"label\": \"售后\"}\n";
  store->importFile(write("first.jsonl", a + b + a + a));
  QCOMPARE(sourceCopies(*store, 1), 3);  // in the file
  QCOMPARE(sourceCopies(*store, 2), 1);
  const ImportSummary again = store->importFile(write("second.jsonl", b + a));
  QCOMPARE(again.imported, 0);
  QCOMPARE(sourceCopies(*store, 1), 4);  // across imports
  QCOMPARE(sourceCopies(*store, 2), 2);
  // A file whose first copy is new and repeats later: the new sample holds them.
  store->importFile(write("third.jsonl", QByteArray("{\"text\": \"三\", \"label\": \"售前\"}\n").repeated(3) + a));
  QCOMPARE(sourceCopies(*store, 3), 3);
  QCOMPARE(sourceCopies(*store, 1), 5);
  // With --allow_duplicates each copy is its own sample.
  const ImportSummary allowed = store->importFile(write("fourth.jsonl", b + b), ImportOptions{Format::Auto, {}, true});
  QCOMPARE(allowed.imported, 2);
  QCOMPARE(sourceCopies(*store, 4), 1);
  QCOMPARE(sourceCopies(*store, 5), 1);
  QCOMPARE(sourceCopies(*store, 2), 2);
  QCOMPARE(checkProjectHealth(*store).records, 5 + 2 + 3 + 1 + 1);
  // The same records again (the first file re-imported, or reordered) are one
  // source version: its copies are counted once, its labels still apply.
  store->importFile(write("first-again.jsonl", a + b + a + a));
  store->importFile(write("first-reordered.jsonl", a + a + b + a));
  QCOMPARE(sourceCopies(*store, 1), 5);
  QCOMPARE(sourceCopies(*store, 2), 2);
  // One more copy makes it another version.
  store->importFile(write("first-longer.jsonl", a + b + a + a + a));
  QCOMPARE(sourceCopies(*store, 1), 9);
  QCOMPARE(sourceCopies(*store, 2), 3);
}

void TestDatasetHealth::minHashFindsPlantedPairNotADistantOne() {
  std::mt19937 rng(21);
  const QString base = randomLetters(rng, 300);
  // Every 60th letter changed (5 changes): each alters the 5 shingles over it, 271 of 321 kept; every 14th (22), 186 of
  // 406.
  QString close = base, distant = base;
  for (int i = 20; i < close.size(); i += 60)
    close[i] = QChar(close[i].unicode() == 'z' ? 'a' : close[i].unicode() + 1);
  for (int i = 3; i < distant.size(); i += 14)
    distant[i] = QChar(distant[i].unicode() == 'z' ? 'a' : distant[i].unicode() + 1);
  std::vector<uint64_t> sb, sc, sd;
  shingleHashes(base.toStdString(), sb);
  shingleHashes(close.toStdString(), sc);
  shingleHashes(distant.toStdString(), sd);
  const double jClose = jaccard(sb, sc), jDistant = jaccard(sb, sd);
  QVERIFY2(jClose > 0.8 && jClose < 0.9, qPrintable(QString::number(jClose)));
  QVERIFY2(jDistant > 0.4 && jDistant < 0.6, qPrintable(QString::number(jDistant)));

  // Among 500 unrelated texts: the close pair is one group, the distant text is in none.
  std::vector<Sample> train = diverseTexts(500, 22);
  train.push_back(text(base));
  train.push_back(text(distant));
  train.push_back(text(close));
  const HealthReport report = checkSamplesHealth(train, {}, LabelSchema::forKind(SchemaKind::Style));
  const HealthWarning* near = report.find("near_duplicates");
  QVERIFY(near);
  QCOMPARE(near->count, 2);
  QCOMPARE(near->examples, ids({501, 503}));
}

void TestDatasetHealth::cancelStopsTheCheck() {
  const auto store = ProjectStore::create(newProject(), SchemaKind::Style);
  store->addSamples(diverseTexts(30, 1), "t");
  std::atomic<bool> cancel{true};
  QVERIFY(checkProjectHealth(*store, {}, {}, &cancel).cancelled);
  cancel = false;
  int64_t last = -1, total = 0;
  const HealthReport done = checkProjectHealth(
      *store, {}, [&](int64_t d, int64_t t) { last = d, total = t; }, &cancel);
  QVERIFY(!done.cancelled);
  QCOMPARE(last, total);
}

ASSAY_TEST_APPLESS_MAIN(TestDatasetHealth)
#include "tst_dataset_health.moc"
