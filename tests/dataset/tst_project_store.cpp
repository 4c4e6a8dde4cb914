// ProjectStore: creation, import, annotations and append-only history,
// duplicates and conflicts, stratified splits honoured by export, schema
// migration, and refusal (without change) of newer or damaged files.
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

#include "data/DataFormat.h"
#include "data/ProjectStore.h"
#include "FileHash.h"
#include "RawSql.h"
#include "TestRegistry.h"

using namespace assay::data;
using assay::testing::sql;

namespace {

QString fixture(const QString& name) { return QStringLiteral(ASSAY_TEST_DATA "/dataset/") + name; }

QByteArray styleDataset(int perLabel) {
  static const char* const labels[] = {"售前", "售后", "诚实", "有帮助", "无伤害"};
  QByteArray out = "[\n";
  for (int l = 0; l < 5; ++l)
    for (int i = 0; i < perLabel; ++i) {
      if (out.size() > 2) out += ",\n";
      out += QString("{\"input\": \"用户问题：第%1个问题（%2）\\n回答：第%1个回答。\", \"label\": \"%2\"}")
                 .arg(l * 1000 + i)
                 .arg(labels[l])
                 .toUtf8();
    }
  return out + "\n]\n";
}

}  // namespace

class TestProjectStore : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void init() { QVERIFY(dir_.isValid()); }
  void createAndReopen();
  void createRefusesExistingAndOpenRefusesMissing();
  void importReadsSamplesAnnotationsAndSources();
  void importKeepsGoodRecordsAndCountsReasons();
  void unreadableOrAllBadImportChangesNothing();
  void duplicatesAndConflicts();
  void annotationsAndHistory();
  void historyIsAppendOnly();
  void annotateRejectsUnknownSampleOrLabel();
  void userLabelsPersist();
  void renameKeepsSamplesAndHistory();
  void labelDetailsRoundTripAndValidate();
  void bulkModeSwitchesJournalAndBack();
  void splitsAreStratifiedStoredAndIncremental();
  void exportHonoursSplit();
  void migrationFromVersion1();
  void migrationFromVersion2KeepsData();
  void migrationFromVersion4KeepsEveryRow();
  void newerVersionIsRefusedUnchanged();
  void damagedFileIsRefusedUnchanged_data();
  void damagedFileIsRefusedUnchanged();

 private:
  QString newPath() { return dir_.filePath(QString("p%1.assay").arg(counter_++)); }
  QString writeFile(const QString& name, const QByteArray& bytes) {
    QFile f(dir_.filePath(name));
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write");
    f.write(bytes);
    return f.fileName();
  }
  QTemporaryDir dir_;
  int counter_ = 0;
};

void TestProjectStore::createAndReopen() {
  const QString path = newPath();
  ProjectStore::create(path, SchemaKind::Correctness);
  const auto store = ProjectStore::open(path);
  QCOMPARE(store->labelSchema().kind(), SchemaKind::Correctness);
  QCOMPARE(store->labelSchema().nameOf(0), QString("正确"));
  QCOMPARE(store->setting("schema"), QString("correctness"));
  QCOMPARE(store->integrityCheck(), QString("ok"));
  QCOMPARE(sql(path, {"PRAGMA journal_mode"}).toString(), QString("wal"));
  QCOMPARE(sql(path, {"PRAGMA user_version"}).toInt(), ProjectStore::kSchemaVersion);
  QCOMPARE(store->sampleCount(), 0);
}

void TestProjectStore::createRefusesExistingAndOpenRefusesMissing() {
  const QString path = newPath();
  ProjectStore::create(path, SchemaKind::Style);
  try {
    ProjectStore::create(path, SchemaKind::Style);
    QFAIL("creating over an existing project must fail");
  } catch (const StoreError& e) {
    QVERIFY2(QString::fromUtf8(e.what()).startsWith(path + ": already exists"), e.what());
  }
  try {
    ProjectStore::open(dir_.filePath("nope.assay"));
    QFAIL("opening a missing project must fail");
  } catch (const StoreError& e) {
    QVERIFY2(QString::fromUtf8(e.what()).contains("no such project"), e.what());
  }
  QVERIFY(!QFile::exists(dir_.filePath("nope.assay")));
}

void TestProjectStore::importReadsSamplesAnnotationsAndSources() {
  const auto store = ProjectStore::create(newPath(), SchemaKind::Style);
  const ImportSummary s = store->importFile(fixture("style_seed.json"), Format::Auto, "alice");
  QCOMPARE(s.imported, 5);
  QCOMPARE(s.duplicates, 0);
  QCOMPARE(s.skipped(), 0);
  const std::vector<Sample> all = store->samples();
  QCOMPARE(all.size(), size_t(5));
  QCOMPARE(all[0].label, 0);
  QCOMPARE(all[4].label, 4);
  QCOMPARE(all[0].sourceFile, QFileInfo(fixture("style_seed.json")).absoluteFilePath());
  QCOMPARE(all[1].sourceLine, 11);
  QCOMPARE(all[0].extraJson, QByteArray("{\"metadata\":{\"source\":\"business\",\"scene\":\"商品咨询\"}}"));
  QCOMPARE(all[0].split, Split::Unassigned);
  const std::vector<Annotation> a = store->annotations(all[2].id);
  QCOMPARE(a.size(), size_t(1));
  QCOMPARE(a[0].annotator, QString("alice"));
  QCOMPARE(a[0].label, 2);
  QVERIFY(a[0].time.isValid());
  QCOMPARE(store->sample(all[3].id).text, all[3].text);
}

void TestProjectStore::importKeepsGoodRecordsAndCountsReasons() {
  const auto store = ProjectStore::create(newPath(), SchemaKind::Style);
  const QString file =
      writeFile("mixed.json",
                "[\n{\"input\": \"好\", \"label\": \"售前\"},\n{\"input\": \"坏\", \"label\": \"售中\"},\n"
                "{\"input\": 5},\n{\"input\": \"也好\", \"label\": \"honesty\"}\n]\n");
  const ImportSummary s = store->importFile(file);
  QCOMPARE(s.imported, 2);
  QCOMPARE(s.skipped(), 2);
  QCOMPARE(s.skippedByReason.at("unknown label"), 1);
  QCOMPARE(s.skippedByReason.at("wrong type"), 1);
  QCOMPARE(s.issues[0].line, 3);
  QCOMPARE(s.issues[0].record, 2);
  QCOMPARE(s.issues[1].line, 4);
  QCOMPARE(store->sampleCount(), 2);
}

void TestProjectStore::unreadableOrAllBadImportChangesNothing() {
  const QString path = newPath();
  auto store = ProjectStore::create(path, SchemaKind::Style);
  store->importFile(fixture("style_seed.json"));
  const QString empty = writeFile("zero.json", QByteArray());
  const QString allBad = writeFile("allbad.json", "[{\"input\": 1}, {\"label\": \"售前\"}]");
  for (const QString& file : {empty, dir_.path(), allBad}) {
    const ImportSummary s = store->importFile(file);
    QCOMPARE(s.imported, 0);
    QCOMPARE(store->sampleCount(), 5);
  }
  QVERIFY(store->importFile(empty).fileUnreadable);
  QVERIFY(store->importFile(dir_.path()).fileUnreadable);
  store.reset();
  QCOMPARE(sql(path, {"SELECT count(*) FROM sources"}).toInt(), 1);  // only the good import
  QCOMPARE(sql(path, {"SELECT count(*) FROM annotations"}).toInt(), 5);
}

void TestProjectStore::duplicatesAndConflicts() {
  const auto store = ProjectStore::create(newPath(), SchemaKind::Style);
  store->importFile(fixture("style_seed.json"));
  // Duplicates in a project come from imports that keep them (re-import test: tst_import_dedup).
  const ImportSummary again = store->importFile(fixture("style_seed.json"), ImportOptions{Format::Auto, {}, true});
  QCOMPARE(again.imported, 5);
  QCOMPARE(again.duplicates, 5);
  ProjectStats st = store->stats();
  QCOMPARE(st.samples, 10);
  QCOMPARE(st.duplicateGroups, 5);
  QCOMPARE(st.duplicateSamples, 5);
  QCOMPARE(st.conflictGroups, 0);
  const std::vector<Sample> all = store->samples();
  store->annotate(all[7].id, "bob", 0);  // the copy of sample 3 (诚实) now says 售前
  st = store->stats();
  QCOMPARE(st.conflictGroups, 1);
  QCOMPARE(st.annotatorDisagreements, 1);
  QCOMPARE(st.all.perLabel, (std::vector<qint64>{3, 2, 1, 2, 2}));
}

void TestProjectStore::annotationsAndHistory() {
  const auto store = ProjectStore::create(newPath(), SchemaKind::Style);
  const std::vector<qint64> ids = store->addSamples({Sample{}, Sample{}});
  QCOMPARE(ids.size(), size_t(2));
  store->annotate(ids[0], "alice", 3);
  store->annotate(ids[0], "bob", 2);
  store->annotate(ids[0], "carol", 2);  // agrees: no label change
  QCOMPARE(store->sample(ids[0]).label, 2);
  const std::vector<Annotation> a = store->annotations(ids[0]);
  QCOMPARE(a.size(), size_t(3));
  QCOMPARE(a[1].annotator, QString("bob"));
  const std::vector<LabelChange> h = store->labelHistory(ids[0]);
  QCOMPARE(h.size(), size_t(2));
  QCOMPARE(h[0].annotator, QString("alice"));
  QCOMPARE(h[0].oldLabel, -1);
  QCOMPARE(h[0].newLabel, 3);
  QCOMPARE(h[1].oldLabel, 3);
  QCOMPARE(h[1].newLabel, 2);
  QVERIFY(h[1].time >= h[0].time);
  QCOMPARE(store->labelHistory().size(), size_t(2));
  QCOMPARE(store->labelHistory(ids[1]).size(), size_t(0));
  QCOMPARE(store->stats().annotatorDisagreements, 1);
}

void TestProjectStore::historyIsAppendOnly() {
  const QString path = newPath();
  {
    const auto store = ProjectStore::create(path, SchemaKind::Style);
    const auto ids = store->addSamples({Sample{}});
    store->annotate(ids[0], "alice", 1);
  }
  QString error;
  sql(path, {"UPDATE label_history SET new_label = 4"}, &error);
  QVERIFY2(error.contains("append-only"), qPrintable(error));
  error.clear();
  sql(path, {"DELETE FROM label_history"}, &error);
  QVERIFY2(error.contains("append-only"), qPrintable(error));
  QCOMPARE(ProjectStore::open(path)->labelHistory().at(0).newLabel, 1);
}

void TestProjectStore::annotateRejectsUnknownSampleOrLabel() {
  const auto store = ProjectStore::create(newPath(), SchemaKind::Correctness);
  const auto ids = store->addSamples({Sample{}});
  QVERIFY_THROWS_EXCEPTION(StoreError, store->annotate(ids[0] + 100, "alice", 0));
  QVERIFY_THROWS_EXCEPTION(StoreError, store->annotate(ids[0], "alice", 2));
  QVERIFY_THROWS_EXCEPTION(StoreError, store->annotate(ids[0], " ", 0));
  QCOMPARE(store->annotations(ids[0]).size(), size_t(0));
  QCOMPARE(store->labelHistory().size(), size_t(0));
}

void TestProjectStore::userLabelsPersist() {
  const QString path = newPath();
  ProjectStore::create(path, SchemaKind::Style)->addLabel("幽默", "humorous");
  const auto store = ProjectStore::open(path);
  QCOMPARE(store->labelSchema().size(), 6);
  QCOMPARE(store->labelSchema().idOf("humorous"), 5);
  QVERIFY_THROWS_EXCEPTION(StoreError, store->addLabel("幽默", "funny"));
  const QString file = writeFile("funny.jsonl", "{\"text\": \"讲个笑话\", \"label\": \"幽默\"}\n");
  QCOMPARE(store->importFile(file).imported, 1);
  QCOMPARE(store->samples().at(0).label, 5);
}

void TestProjectStore::renameKeepsSamplesAndHistory() {
  const QString path = newPath();
  auto store = ProjectStore::create(path, LabelSchema::fromNames({"ham", "spam"}));
  const auto ids = store->addSamples({[] {
    Sample s;
    s.text = "win a prize";
    s.label = 1;
    return s;
  }()});
  store->renameLabel(1, "垃圾邮件", "junk", "alice");
  QCOMPARE(store->labelSchema().nameOf(1), QString("垃圾邮件"));
  QCOMPARE(store->labelSchema().idOf("junk"), 1);
  QCOMPARE(store->labelSchema().idOf("spam"), -1);
  QCOMPARE(store->sample(ids[0]).label, 1);                                          // ids never change
  QVERIFY_THROWS_EXCEPTION(StoreError, store->renameLabel(0, "junk", "", "alice"));  // label 1's spelling
  QVERIFY_THROWS_EXCEPTION(StoreError, store->renameLabel(5, "x", "", "alice"));
  QVERIFY_THROWS_EXCEPTION(StoreError, store->renameLabel(0, " ", "", "alice"));
  store->renameLabel(0, "正常", "", "bob");  // English falls back to the name
  const auto renames = ProjectStore::open(path)->labelRenames();
  QCOMPARE(renames.size(), size_t(2));
  QCOMPARE(renames[0].labelId, 1);
  QCOMPARE(renames[0].oldName, QString("spam"));
  QCOMPARE(renames[0].newEnglish, QString("junk"));
  QCOMPARE(renames[0].renamedBy, QString("alice"));
  QVERIFY(renames[0].time.isValid());
  QCOMPARE(renames[1].newEnglish, QString("正常"));
  QCOMPARE(ProjectStore::open(path)->labelSchema().nameOf(0), QString("正常"));
  QString error;
  sql(path, {"DELETE FROM label_renames"}, &error);
  QVERIFY2(error.contains("append-only"), qPrintable(error));
  // Renaming a preset's label makes the project's labels its own.
  auto verdicts = ProjectStore::create(newPath(), SchemaKind::Correctness);
  verdicts->renameLabel(0, "对", "right", "alice");
  QCOMPARE(verdicts->labelSchema().kind(), SchemaKind::Custom);
}

void TestProjectStore::labelDetailsRoundTripAndValidate() {
  const QString path = newPath();
  auto store = ProjectStore::create(path, LabelSchema::fromNames({"ham", "spam", "phishing"}));
  auto details = store->labelDetails();
  QCOMPARE(details.size(), size_t(3));
  QCOMPARE(details[2].position, 2);  // by id until reordered
  QCOMPARE(store->labelOrder(), (std::vector<int>{0, 1, 2}));
  details[2].description = "asks for a password or bank details";
  details[2].color = "#c0392b";
  details[2].key = "p";
  details[0].position = 2;
  details[2].position = 0;
  store->setLabelDetails(details);
  const auto back = ProjectStore::open(path);
  QCOMPARE(back->labelDetails()[2].description, QString("asks for a password or bank details"));
  QCOMPARE(back->labelDetails()[2].key, QString("P"));
  QCOMPARE(back->labelDetails()[2].color, QString("#c0392b"));
  QCOMPARE(back->labelOrder(), (std::vector<int>{2, 1, 0}));
  const auto refused = [&](std::function<void(std::vector<LabelDetails>&)> edit, const char* part) {
    auto d = back->labelDetails();
    edit(d);
    try {
      back->setLabelDetails(d);
      QFAIL(part);
    } catch (const StoreError& e) {
      QVERIFY2(QString::fromUtf8(e.what()).contains(part), e.what());
    }
  };
  refused([](auto& d) { d[0].key = "P"; }, "already another label's");
  refused([](auto& d) { d[0].key = "s"; }, "annotate pane's own");
  refused([](auto& d) { d[0].key = "ab"; }, "one letter or digit");
  refused([](auto& d) { d[1].color = "red"; }, "not #rrggbb");
  refused([](auto& d) { d[1].position = 2; }, "positions must be");
  refused([](auto& d) { d.pop_back(); }, "label details for 2 labels");
  QCOMPARE(back->labelOrder(), (std::vector<int>{2, 1, 0}));  // nothing half-saved
}

void TestProjectStore::bulkModeSwitchesJournalAndBack() {
  const QString path = newPath();
  auto store = ProjectStore::create(path, SchemaKind::Style);
  QVERIFY(store->setBulkMode(true));
  QVERIFY(!QFile::exists(path + "-wal"));  // rollback journal: pages written once, into the file
  QCOMPARE(store->importFile(fixture("style_seed.json")).imported, 5);
  store->assignSplits(0.2, 42);
  QVERIFY(store->setBulkMode(false));
  QCOMPARE(sql(path, {"PRAGMA journal_mode"}).toString(), QString("wal"));
  // Five records with five different labels: each label keeps its one
  // record to train on, so the split has no test record.
  QCOMPARE(store->sampleCount(Split::Test), 0);
  QCOMPARE(store->sampleCount(Split::Train), 5);
  // While another connection reads the project, the journal cannot change.
  const QString name = "tst-holder";
  {
    QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", name);
    other.setDatabaseName(path);
    QVERIFY(other.open());
    QSqlQuery q(other);
    QVERIFY(q.exec("BEGIN"));
    QVERIFY(q.exec("SELECT count(*) FROM samples") && q.next());
    QVERIFY(!store->setBulkMode(true));
    QVERIFY(q.exec("COMMIT"));
    other.close();
  }
  QSqlDatabase::removeDatabase(name);
  // Still works in WAL (the same records again, kept as duplicates).
  QCOMPARE(store->importFile(fixture("style_seed.json"), ImportOptions{Format::Auto, {}, true}).imported, 5);
  store.reset();
  QCOMPARE(sql(path, {"PRAGMA journal_mode"}).toString(), QString("wal"));
}

void TestProjectStore::splitsAreStratifiedStoredAndIncremental() {
  const QString path = newPath();
  auto store = ProjectStore::create(path, SchemaKind::Style);
  store->importFile(writeFile("fifty.json", styleDataset(10)));
  store->assignSplits(0.2, 42);
  ProjectStats st = store->stats();
  QCOMPARE(st.test.total, 10);
  QCOMPARE(st.train.total, 40);
  QCOMPARE(st.test.perLabel, (std::vector<qint64>{2, 2, 2, 2, 2}));
  QCOMPARE(store->setting("split_seed"), QString("42"));
  std::vector<qint64> testIds;
  for (const Sample& s : store->samples(Split::Test)) testIds.push_back(s.id);

  store->importFile(writeFile("more.json", styleDataset(20)),
                    ImportOptions{Format::Auto, {}, true});  // 100 more (50 duplicates, kept)
  QCOMPARE(store->sampleCount(Split::Unassigned), 100);
  store->assignSplits(0.2, 42);
  QCOMPARE(store->sampleCount(Split::Unassigned), 0);
  QCOMPARE(store->sampleCount(Split::Test), 30);
  std::vector<qint64> stillTest;
  for (const Sample& s : store->samples(Split::Test))
    if (s.id <= 50) stillTest.push_back(s.id);
  QCOMPARE(stillTest, testIds);  // earlier assignments are kept

  store->assignSplits(0.2, 7, true);
  std::vector<qint64> a;
  for (const Sample& s : store->samples(Split::Test)) a.push_back(s.id);
  store->assignSplits(0.2, 7, true);
  std::vector<qint64> b;
  for (const Sample& s : store->samples(Split::Test)) b.push_back(s.id);
  QCOMPARE(a, b);  // same seed, same split
  store.reset();
  QCOMPARE(ProjectStore::open(path)->sampleCount(Split::Test), 30);
}

void TestProjectStore::exportHonoursSplit() {
  const auto store = ProjectStore::create(newPath(), SchemaKind::Style);
  store->importFile(writeFile("fifty2.json", styleDataset(10)));
  store->assignSplits(0.2, 42);
  const QString out = dir_.filePath("test.json");
  const ExportResult r = store->exportTo(out, Format::StyleJson, Split::Test);
  QCOMPARE(r.written, 10);
  const ImportResult back = readSamplesFile(out);
  const std::vector<Sample> test = store->samples(Split::Test);
  QCOMPARE(back.samples.size(), test.size());
  for (size_t i = 0; i < test.size(); ++i) {
    QCOMPARE(back.samples[i].text, test[i].text);
    QCOMPARE(back.samples[i].label, test[i].label);
  }
  QCOMPARE(store->exportTo(dir_.filePath("train.json"), Format::StyleJson, Split::Train).written, 40);
  QCOMPARE(store->exportTo(dir_.filePath("all.json"), Format::StyleJson, Split::All).written, 50);
}

void TestProjectStore::migrationFromVersion1() {
  const QString path = newPath();
  QFile f(fixture("project_v1.sql"));
  QVERIFY(f.open(QIODevice::ReadOnly));
  QStringList statements;
  for (const QString& s : QString::fromUtf8(f.readAll()).split(";\n"))
    if (!s.trimmed().isEmpty()) statements << s;
  QString error;
  sql(path, statements, &error);
  QVERIFY2(error.isEmpty(), qPrintable(error));
  QCOMPARE(sql(path, {"PRAGMA user_version"}).toInt(), 1);

  const auto store = ProjectStore::open(path);
  QCOMPARE(sql(path, {"PRAGMA user_version"}).toInt(), ProjectStore::kSchemaVersion);
  QCOMPARE(store->sampleCount(), 4);
  const ProjectStats st = store->stats();
  QCOMPARE(st.duplicateGroups, 1);  // samples 1 and 3 share their text: hashes were back-filled
  QCOMPARE(st.conflictGroups, 1);   // ... with labels 售前 and 有帮助
  const std::vector<LabelChange> h = store->labelHistory();
  QCOMPARE(h.size(), size_t(3));
  QCOMPARE(h[0].annotator, QString("migration"));
  QCOMPARE(h[2].newLabel, 3);
  store->annotate(4, "alice", 2);
  QCOMPARE(store->labelHistory(4).size(), size_t(1));
  QCOMPARE(store->annotations(1).at(0).annotator, QString("alice"));
  QCOMPARE(store->integrityCheck(), QString("ok"));
}

void TestProjectStore::migrationFromVersion2KeepsData() {
  const QString path = newPath();
  QFile f(fixture("project_v2.sql"));
  QVERIFY(f.open(QIODevice::ReadOnly));
  QStringList statements;
  for (const QString& s : QString::fromUtf8(f.readAll()).split(";\n"))
    if (!s.trimmed().isEmpty()) statements << s;
  QString error;
  sql(path, statements, &error);
  QVERIFY2(error.isEmpty(), qPrintable(error));
  QCOMPARE(sql(path, {"PRAGMA user_version"}).toInt(), 2);

  const auto store = ProjectStore::open(path);
  QCOMPARE(sql(path, {"PRAGMA user_version"}).toInt(), ProjectStore::kSchemaVersion);
  QCOMPARE(store->labelSchema().kind(), SchemaKind::Correctness);
  QCOMPARE(store->setting("split_seed"), QString("7"));
  QCOMPARE(store->sampleCount(), 3);
  QCOMPARE(store->sampleCount(Split::Train), 2);
  QCOMPARE(store->sampleCount(Split::Test), 1);
  QCOMPARE(store->sample(2).text, QString("浙江省杭州市西湖区文三路9o号"));
  QCOMPARE(store->sample(2).label, 1);
  QCOMPARE(store->sample(3).label, -1);
  const std::vector<Annotation> a = store->annotations(2);
  QCOMPARE(a.size(), size_t(2));
  QCOMPARE(a[1].annotator, QString("bob"));
  QCOMPARE(a[1].time, QDateTime(QDate(2025, 3, 1), QTime(8, 0, 2), Qt::UTC));
  QVERIFY(a[1].note.isEmpty());                       // version 2 had no notes
  QCOMPARE(store->labelHistory().size(), size_t(2));  // history untouched: no migration rows added
  QCOMPARE(store->labelHistory()[1].annotator, QString("alice"));
  // The new tables exist and work.
  store->annotate(3, "carol", 0, "postcode checked");
  QCOMPARE(store->annotations(3).at(0).note, QString("postcode checked"));
  QCOMPARE(sql(path, {"SELECT count(*) FROM predictions"}).toInt(), 0);
  QCOMPARE(sql(path, {"SELECT count(*) FROM reviews"}).toInt(), 0);
  QCOMPARE(store->integrityCheck(), QString("ok"));
}

void TestProjectStore::migrationFromVersion4KeepsEveryRow() {
  const QString path = newPath();
  QFile f(fixture("project_v4.sql"));
  QVERIFY(f.open(QIODevice::ReadOnly));
  QStringList statements;
  for (const QString& s : QString::fromUtf8(f.readAll()).split(";\n"))
    if (!s.trimmed().isEmpty()) statements << s;
  QString error;
  sql(path, statements, &error);
  QVERIFY2(error.isEmpty(), qPrintable(error));
  QCOMPARE(sql(path, {"PRAGMA user_version"}).toInt(), 4);
  const char* const tables[] = {"settings",      "labels",      "sources", "samples",      "annotations",
                                "label_history", "predictions", "reviews", "label_renames"};
  QMap<QString, int> before;
  for (const char* table : tables) before[table] = sql(path, {QString("SELECT count(*) FROM %1").arg(table)}).toInt();

  auto store = ProjectStore::open(path);
  QCOMPARE(sql(path, {"PRAGMA user_version"}).toInt(), ProjectStore::kSchemaVersion);
  for (const char* table : tables)
    QCOMPARE(sql(path, {QString("SELECT count(*) FROM %1").arg(table)}).toInt(), before[table]);
  QCOMPARE(store->sampleCount(), 3);  // nothing is deleted after the migration
  QCOMPARE(store->deletedCount(), 0);
  QCOMPARE(store->sampleCount(Split::Test), 1);
  QCOMPARE(store->sample(2).label, 1);
  QCOMPARE(store->annotations(2).at(0).note, QString("o instead of 0"));
  QCOMPARE(store->labelDetails().at(0).color, QString("#2ca02c"));
  QCOMPARE(store->labelOrder(), (std::vector<int>{1, 0}));
  QCOMPARE(store->reviews().size(), size_t(1));
  QCOMPARE(store->predictions().size(), size_t(1));
  QCOMPARE(store->labelRenames().size(), size_t(1));
  // The new columns and table work.
  QCOMPARE(store->setDeleted({3}, true, "alice"), (std::vector<qint64>{3}));
  QCOMPARE(store->sampleCount(), 2);
  QCOMPARE(store->deletionHistory().size(), size_t(1));
  QCOMPARE(store->integrityCheck(), QString("ok"));
}

void TestProjectStore::newerVersionIsRefusedUnchanged() {
  const QString path = newPath();
  ProjectStore::create(path, SchemaKind::Style);
  const int newer = ProjectStore::kSchemaVersion + 1;
  sql(path, {QString("PRAGMA user_version = %1").arg(newer), "PRAGMA wal_checkpoint(TRUNCATE)"});
  const QByteArray before = fileHash(path);
  try {
    ProjectStore::open(path);
    QFAIL("a newer schema must be refused");
  } catch (const StoreError& e) {
    const QString m = QString::fromUtf8(e.what());
    QVERIFY2(m.startsWith(path) && m.contains("newer") && m.contains(QString("schema version %1").arg(newer)),
             e.what());
  }
  QCOMPARE(fileHash(path), before);
}

void TestProjectStore::damagedFileIsRefusedUnchanged_data() {
  QTest::addColumn<QString>("damage");
  QTest::addColumn<QString>("messagePart");
  QTest::newRow("random bytes") << "garbage"
                                << "not a SQLite database";
  QTest::newRow("zero bytes") << "empty"
                              << "empty file";
  QTest::newRow("other program's database") << "foreign"
                                            << "another program";
  QTest::newRow("truncated project") << "truncated"
                                     << "damaged";
  QTest::newRow("overwritten pages") << "overwritten"
                                     << "damaged";
}

void TestProjectStore::damagedFileIsRefusedUnchanged() {
  QFETCH(QString, damage);
  QFETCH(QString, messagePart);
  const QString path = newPath();
  if (damage == "garbage") {
    QByteArray junk(8192, '\0');
    for (int i = 0; i < junk.size(); ++i) junk[i] = static_cast<char>((i * 7919) % 251);
    writeFile(QFileInfo(path).fileName(), junk);
  } else if (damage == "empty") {
    writeFile(QFileInfo(path).fileName(), QByteArray());
  } else if (damage == "foreign") {
    sql(path, {"CREATE TABLE t(x)", "INSERT INTO t VALUES(1)"});
  } else {
    {
      const auto store = ProjectStore::create(path, SchemaKind::Style);
      store->importFile(writeFile("big.json", styleDataset(100)));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 3 * 4096);
    if (damage == "truncated") {
      QVERIFY(f.resize(4096));
    } else {
      f.seek(4096);
      f.write(QByteArray(f.size() - 4096, '\x5a'));
    }
  }
  const QByteArray before = fileHash(path);
  try {
    const auto store = ProjectStore::open(path);
    store->stats();  // damage deep in the file may only show when read
    QFAIL("a damaged project must be reported");
  } catch (const StoreError& e) {
    const QString m = QString::fromUtf8(e.what());
    QVERIFY2(m.startsWith(path) && m.contains(messagePart), e.what());
  }
  QCOMPARE(fileHash(path), before);
}

ASSAY_TEST_APPLESS_MAIN(TestProjectStore)
#include "tst_project_store.moc"
