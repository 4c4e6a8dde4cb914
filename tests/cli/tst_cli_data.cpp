// assay-cli init | import | export | stats: exit codes (0 ok, 1 failure,
// 2 usage), summaries, located errors, round trips and stats --json.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "CliRun.h"
#include "data/ProjectStore.h"
#include "TestRegistry.h"

namespace {

QString fixture(const QString& name) { return QStringLiteral(ASSAY_TEST_DATA "/dataset/") + name; }

QByteArray readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

}  // namespace

class TestCliData : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { QVERIFY(dir_.isValid()); }
  void initCreatesProjectOnce();
  void usageErrorsExitTwo_data();
  void usageErrorsExitTwo();
  void importSummarisesAndLocatesBadRecords();
  void reimportAddsNoSamplesUnlessAllowed();
  void exportOfAFilterWritesExactlyThose();
  void importOfUnreadableFileFailsAndChangesNothing();
  void importSplitsAllFilesTogether();
  void exportImportExportIsByteIdentical_data();
  void exportImportExportIsByteIdentical();
  void exportHonoursSplitAndWritesLabelMapping();
  void statsJsonAndText();
  void damagedProjectIsReported();
  void exportReviewedWritesOnlyReviewedSamples();
  void initWithUserLabels();
  void importAddsLabelsOnlyWhenAsked();
  void importCreatesProjectWithTheFilesLabels();
  void userLabelsRoundTripThroughEveryFormat_data();
  void userLabelsRoundTripThroughEveryFormat();

 private:
  QString path(const QString& name) const { return dir_.filePath(name); }
  QTemporaryDir dir_;
};

void TestCliData::initCreatesProjectOnce() {
  const CliRun r = runCli({"init", path("a.assay"), "--schema", "correctness"});
  QCOMPARE(r.code, 0);
  QVERIFY2(r.out.contains("正确 correct 0"), qPrintable(r.out));
  QVERIFY(QFile::exists(path("a.assay")));
  const CliRun again = runCli({"init", path("a.assay")});
  QCOMPARE(again.code, 1);
  QVERIFY2(again.err.contains(path("a.assay") + ": already exists"), qPrintable(again.err));
}

void TestCliData::usageErrorsExitTwo_data() {
  QTest::addColumn<QStringList>("args");
  QTest::addColumn<QString>("messagePart");
  QTest::newRow("init without project") << QStringList{"init"} << "exactly one";
  QTest::newRow("init bad schema") << QStringList{"init", "x.assay", "--schema", "tone"} << "--schema";
  QTest::newRow("import without file") << QStringList{"import", "x.assay"} << "at least one FILE";
  QTest::newRow("import bad format") << QStringList{"import", "x.assay", "f.json", "--format", "csv"} << "--format";
  QTest::newRow("import unknown flag") << QStringList{"import", "x.assay", "f.json", "--fast"} << "unknown option";
  QTest::newRow("export bad split") << QStringList{"export", "x.assay", "o.json", "--split", "dev"} << "--split";
  QTest::newRow("stats extra argument") << QStringList{"stats", "x.assay", "y.assay"} << "exactly one";
}

void TestCliData::usageErrorsExitTwo() {
  QFETCH(QStringList, args);
  QFETCH(QString, messagePart);
  const CliRun r = runCli(args);
  QCOMPARE(r.code, 2);
  QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
  QVERIFY(r.err.contains("usage:"));
}

void TestCliData::importSummarisesAndLocatesBadRecords() {
  const QString project = path("style.assay");
  QCOMPARE(runCli({"init", project}).code, 0);
  QFile bad(path("bad.json"));
  QVERIFY(bad.open(QIODevice::WriteOnly));
  bad.write("[\n{\"input\": \"好\", \"label\": \"售前\"},\n{\"input\": \"坏\", \"label\": \"售中\"}\n]\n");
  bad.close();
  const CliRun r = runCli({"import", project, fixture("style_seed.json"), bad.fileName(), "--annotator", "alice"});
  QCOMPARE(r.code, 0);
  QVERIFY2(r.out.contains(fixture("style_seed.json") + ": imported 5, already present 0, skipped 0; labels by alice"),
           qPrintable(r.out));
  QVERIFY2(r.out.contains(bad.fileName() + ": imported 1, already present 0, skipped 1 (unknown label 1)"),
           qPrintable(r.out));
  QVERIFY2(r.err.contains(bad.fileName() + ":3: record 2: unknown label \"售中\""), qPrintable(r.err));
  // Six records, two of them 售前: ceil(0.2 * 6) = 2 places, but every other
  // label has a single record, which stays in train.
  QVERIFY2(r.out.contains("split: train 5, test 1"), qPrintable(r.out));
  // Importing the same file again adds nothing and says so; it is no failure.
  const CliRun again = runCli({"import", project, fixture("style_seed.json"), "--annotator", "alice"});
  QCOMPARE(again.code, 0);
  QVERIFY2(again.out.contains("imported 0, already present 5 (labels added or changed 0), skipped 0"),
           qPrintable(again.out));
  QCOMPARE(nlohmann::json::parse(runCli({"stats", project, "--json"}).out.toStdString())["samples"].get<int>(), 6);
}

void TestCliData::exportOfAFilterWritesExactlyThose() {
  const QString project = path("filter.assay");
  QCOMPARE(runCli({"import", project, fixture("style_seed.json")}).code, 0);
  const CliRun one = runCli({"export", project, path("after_sales.json"), "--label", "售后"});
  QCOMPARE(one.code, 0);
  QVERIFY2(one.out.contains("wrote 1 records"), qPrintable(one.out));
  const assay::data::ImportResult back = assay::data::readSamplesFile(path("after_sales.json"));
  QCOMPARE(back.samples.size(), size_t(1));
  QCOMPARE(back.samples[0].label, 1);
  QCOMPARE(runCli({"export", project, path("none.json"), "--label", "no such label"}).code, 2);
}

void TestCliData::reimportAddsNoSamplesUnlessAllowed() {
  const QString project = path("reimport.assay");
  QCOMPARE(runCli({"import", project, fixture("style_seed.json")}).code, 0);
  // Unnamed, the labels are the file's own annotator's, not "annotator" or the user's.
  const auto store = assay::data::ProjectStore::open(project);
  const auto firstAnnotations = store->annotations(store->samples().front().id);
  QCOMPARE(firstAnnotations.size(), size_t(1));
  QCOMPARE(firstAnnotations.front().annotator, QString("import:style_seed.json"));
  // The same file again, under the same (derived) annotator: no sample, no label.
  const CliRun again = runCli({"import", project, fixture("style_seed.json")});
  QCOMPARE(again.code, 0);
  QVERIFY2(again.out.contains("imported 0, already present 5 (labels added or changed 0)"), qPrintable(again.out));
  QCOMPARE(store->sampleCount(), qint64(5));
  // A file that repeats a record within itself keeps the first.
  QFile twice(path("twice.jsonl"));
  QVERIFY(twice.open(QIODevice::WriteOnly));
  twice.write("{\"text\": \"新的一条\", \"label\": \"售前\"}\n{\"text\": \"新的一条\", \"label\": \"售后\"}\n");
  twice.close();
  const CliRun inFile = runCli({"import", project, twice.fileName()});
  QVERIFY2(inFile.out.contains("imported 1, already present 1 (1 repeated within the file)"), qPrintable(inFile.out));
  QCOMPARE(store->sampleCount(), qint64(6));
  // --allow_duplicates: the old behaviour, every record a sample.
  const CliRun allowed = runCli({"import", project, fixture("style_seed.json"), "--allow_duplicates"});
  QCOMPARE(allowed.code, 0);
  QVERIFY2(allowed.out.contains("imported 5, duplicates 5 (imported anyway)"), qPrintable(allowed.out));
  QCOMPARE(store->sampleCount(), qint64(11));
}

void TestCliData::importOfUnreadableFileFailsAndChangesNothing() {
  const QString project = path("unchanged.assay");
  QCOMPARE(runCli({"init", project}).code, 0);
  QCOMPARE(runCli({"import", project, fixture("style_seed.json")}).code, 0);
  QFile empty(path("empty.jsonl"));
  QVERIFY(empty.open(QIODevice::WriteOnly));
  empty.close();
  for (const QString& file : {empty.fileName(), dir_.path(), path("missing.json")}) {
    const CliRun r = runCli({"import", project, file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(file + ": ") && r.err.contains("project is unchanged"), qPrintable(r.err));
  }
  const CliRun stats = runCli({"stats", project, "--json"});
  QCOMPARE(nlohmann::json::parse(stats.out.toStdString())["samples"].get<int>(), 5);
}

void TestCliData::exportImportExportIsByteIdentical_data() {
  QTest::addColumn<QString>("schema");
  QTest::addColumn<QString>("file");
  QTest::addColumn<QString>("format");
  QTest::newRow("style-json") << "style"
                              << "style_seed.json"
                              << "style-json";
  QTest::newRow("text") << "style"
                        << "style_seed.json"
                        << "text";
  QTest::newRow("trl") << "correctness"
                       << "trl_seed.json"
                       << "trl";
  QTest::newRow("trl pairs") << "style"
                             << "trl_pairs.jsonl"
                             << "trl";
  QTest::newRow("kto") << "correctness"
                       << "kto_general.jsonl"
                       << "kto";
}

void TestCliData::exportImportExportIsByteIdentical() {
  QFETCH(QString, schema);
  QFETCH(QString, file);
  QFETCH(QString, format);
  const QString tag = QString(QTest::currentDataTag()).replace(' ', '_');
  QString input = fixture(file);
  QByteArray out[2];
  for (int round = 0; round < 2; ++round) {
    const QString project = path(QString("rt_%1_%2.assay").arg(tag).arg(round));
    const QString exported = path(QString("rt_%1_%2.out").arg(tag).arg(round));
    QCOMPARE(runCli({"init", project, "--schema", schema}).code, 0);
    const CliRun imp = runCli({"import", project, input, "--format", round == 0 ? "auto" : format});
    QVERIFY2(imp.code == 0, qPrintable(imp.err));
    const CliRun exp = runCli({"export", project, exported, "--format", format});
    QVERIFY2(exp.code == 0, qPrintable(exp.err));
    out[round] = readAll(exported);
    input = exported;
  }
  QVERIFY(!out[0].isEmpty());
  QCOMPARE(out[1], out[0]);
}

void TestCliData::exportHonoursSplitAndWritesLabelMapping() {
  const QString project = path("split.assay");
  QCOMPARE(runCli({"init", project, "--schema", "correctness"}).code, 0);
  QCOMPARE(runCli({"import", project, fixture("kto_seed.jsonl"), "--test_size", "0.5"}).code, 0);
  const CliRun r =
      runCli({"export", project, path("test.jsonl"), "--split", "test", "--label_mapping", path("label_mapping.json")});
  QCOMPARE(r.code, 0);
  QVERIFY2(r.out.contains("wrote 2 records (trl, split test"), qPrintable(r.out));
  QCOMPARE(readAll(path("test.jsonl")).count('\n'), 2);
  QCOMPARE(readAll(path("label_mapping.json")),
           QByteArray("{\n  \"id_to_label\": {\n    \"0\": \"正确\",\n    \"1\": \"错误\"\n  },\n"
                      "  \"label_to_id\": {\n    \"正确\": 0,\n    \"错误\": 1\n  }\n}"));
  const CliRun style = runCli({"export", project, path("all.json"), "--format", "style-json"});
  QCOMPARE(style.code, 0);
  QVERIFY(style.out.contains("wrote 4 records"));
}

void TestCliData::statsJsonAndText() {
  const QString project = path("stats.assay");
  QCOMPARE(runCli({"init", project}).code, 0);
  QCOMPARE(
      runCli({"import", project, fixture("style_seed.json"), fixture("style_seed.json"), "--allow_duplicates"}).code,
      0);
  const CliRun j = runCli({"stats", project, "--json"});
  QCOMPARE(j.code, 0);
  const nlohmann::json s = nlohmann::json::parse(j.out.toStdString());
  QCOMPARE(s["samples"].get<int>(), 10);
  QCOMPARE(s["schema"].get<std::string>(), std::string("style"));
  QCOMPARE(s["splits"]["train"]["total"].get<int>() + s["splits"]["test"]["total"].get<int>(), 10);
  QCOMPARE(s["splits"]["all"]["labels"]["售前"].get<int>(), 2);
  QCOMPARE(s["duplicates"]["groups"].get<int>(), 5);
  QCOMPARE(s["duplicates"]["samples"].get<int>(), 5);
  QCOMPARE(s["labels"][4]["english"].get<std::string>(), std::string("harmless"));
  // The report in Chinese is rm_train.py's wording, unchanged.
  CliRun t;
  {
    const CliLanguage zh("zh_CN");
    t = runCli({"stats", project});
  }
  QCOMPARE(t.code, 0);
  QVERIFY2(t.out.contains("📂 项目: " + project + " (style)"), qPrintable(t.out));
  QVERIFY2(t.out.contains("✅ 共 10 条样本 (文本 10, 偏好对 0, KTO 0)"), qPrintable(t.out));
  QVERIFY(t.out.contains("📊 全部数据标签分布:\n   售前: 2 条"));
  QVERIFY(t.out.contains("📊 数据划分:\n   训练集: 8 条\n   测试集: 2 条\n"));
  QVERIFY(t.out.contains("📊 训练集标签分布:"));
  QVERIFY(t.out.contains("🔁 重复: 5 组 (5 条重复样本)"));
  QVERIFY(t.out.contains("⚠️  冲突标签: "));
  // The same report in English: no Chinese but the label names.
  CliRun en;
  {
    const CliLanguage english("en");
    en = runCli({"stats", project});
  }
  QCOMPARE(en.code, 0);
  QVERIFY2(en.out.contains("✅ 10 samples (texts 10, pairs 0, KTO 0)"), qPrintable(en.out));
  QVERIFY(en.out.contains("📊 Label distribution, all data:\n   售前: 2 records"));
  QVERIFY(en.out.contains("📊 Data split:\n   Training set: 8 records\n   Test set: 2 records\n"));
  QVERIFY(en.out.contains("🔁 Duplicates: 5 groups (5 duplicate samples)"));
  QString withoutLabels = en.out;
  for (const char* label : {"售前", "售后", "诚实", "有帮助", "无伤害"}) withoutLabels.remove(QString::fromUtf8(label));
  for (const QChar c : withoutLabels) QVERIFY2(c.unicode() < 0x4e00 || c.unicode() > 0x9fff, qPrintable(en.out));
}

void TestCliData::damagedProjectIsReported() {
  QFile f(path("junk.assay"));
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write("this is not a database at all, just some text that is long enough");
  f.close();
  for (const QStringList& args :
       {QStringList{"stats", f.fileName()}, QStringList{"import", f.fileName(), fixture("pool.txt")},
        QStringList{"export", f.fileName(), path("o.json")}}) {
    const CliRun r = runCli(args);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(f.fileName() + ": not an Assay project"), qPrintable(r.err));
  }
  const CliRun missing = runCli({"stats", path("nothing.assay")});
  QCOMPARE(missing.code, 1);
  QVERIFY(missing.err.contains("no such project"));
}

// --test_size/--seed split the samples of all the files of one import
// together, stratified: five one-record files give one test sample (each
// file split alone would put all five in test), and the seed is remembered.
void TestCliData::importSplitsAllFilesTogether() {
  const QString project = path("five.assay");
  QCOMPARE(runCli({"init", project, "--schema", "correctness"}).code, 0);
  QStringList args{"import", project};
  for (int i = 0; i < 5; ++i) {
    QFile f(path(QString("one%1.jsonl").arg(i)));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QString("{\"prompt\": \"地址%1\", \"completion\": \"正确\", \"label\": true}\n").arg(i).toUtf8());
    args << f.fileName();
  }
  const CliRun r = runCli(args + QStringList{"--format", "kto", "--test_size", "0.2", "--seed", "7"});
  QCOMPARE(r.code, 0);
  QVERIFY2(r.out.contains("split: train 4, test 1 (test_size 0.2, seed 7"), qPrintable(r.out));
  const CliRun stats = runCli({"stats", project, "--json"});
  const auto s = nlohmann::json::parse(stats.out.toStdString());
  QCOMPARE(s["splits"]["test"]["total"].get<int>(), 1);
  QCOMPARE(s["splits"]["train"]["total"].get<int>(), 4);
}

// export --reviewed writes exactly the samples with a verdict other than
// skip (the review pane's verdicts, stored through ProjectStore::addReview);
// without the flag every sample is written.
void TestCliData::exportReviewedWritesOnlyReviewedSamples() {
  using assay::data::Verdict;
  const QString project = path("reviewed.assay");
  QCOMPARE(runCli({"init", project, "--schema", "correctness"}).code, 0);
  QCOMPARE(runCli({"import", project, fixture("kto_seed.jsonl")}).code, 0);  // samples 1-4 in file order
  const CliRun all = runCli({"export", project, path("reviewed-all.jsonl"), "--format", "kto"});
  QCOMPARE(all.code, 0);
  QVERIFY2(all.out.contains("wrote 4 records"), qPrintable(all.out));
  const QList<QByteArray> allLines = readAll(path("reviewed-all.jsonl")).trimmed().split('\n');
  QCOMPARE(allLines.size(), 4);
  {
    auto store = assay::data::ProjectStore::open(project);
    store->addReview(1, QStringLiteral("审核员"), Verdict::Accepted, 0);
    store->addReview(2, QStringLiteral("审核员"), Verdict::Skipped);  // looked at, left undecided
    store->addReview(4, QStringLiteral("审核员"), Verdict::Skipped);
    store->addReview(4, QStringLiteral("审核员"), Verdict::KeptHuman, 1);  // a later verdict counts
  }
  const CliRun reviewed = runCli({"export", project, path("reviewed-only.jsonl"), "--format", "kto", "--reviewed"});
  QCOMPARE(reviewed.code, 0);
  QVERIFY2(reviewed.out.contains("wrote 2 records"), qPrintable(reviewed.out));
  const QList<QByteArray> lines = readAll(path("reviewed-only.jsonl")).trimmed().split('\n');
  QCOMPARE(lines, (QList<QByteArray>{allLines[0], allLines[3]}));
  QVERIFY(lines[0].contains("北京市海淀区学院路29号"));
  QVERIFY(lines[1].contains("广州市天河区"));
  // Without the flag the reviews change nothing: all four again.
  const CliRun again = runCli({"export", project, path("reviewed-all-again.jsonl"), "--format", "kto"});
  QCOMPARE(again.code, 0);
  QCOMPARE(readAll(path("reviewed-all-again.jsonl")), readAll(path("reviewed-all.jsonl")));
}

ASSAY_TEST_APPLESS_MAIN(TestCliData)
#include "tst_cli_data.moc"

void TestCliData::initWithUserLabels() {
  const CliRun r = runCli({"init", path("mail.assay"), "--labels", "ham, spam"});
  QCOMPARE(r.code, 0);
  QVERIFY2(r.out.contains("schema custom; labels: ham 0, spam 1"), qPrintable(r.out));
  const auto store = assay::data::ProjectStore::open(path("mail.assay"));
  QCOMPARE(store->labelSchema().kind(), assay::data::SchemaKind::Custom);
  QCOMPARE(store->labelSchema().nameOf(1), QString("spam"));
  store->labelSchema().writeLabelMapping(path("mail_mapping.json"));
  const CliRun fromFile = runCli({"init", path("mail2.assay"), "--labels_file", path("mail_mapping.json")});
  QCOMPARE(fromFile.code, 0);
  QVERIFY2(fromFile.out.contains("labels: ham 0, spam 1"), qPrintable(fromFile.out));
  QCOMPARE(runCli({"init", path("dup.assay"), "--labels", "a,b,a"}).code, 2);
  QCOMPARE(runCli({"init", path("both.assay"), "--labels", "a", "--schema", "style"}).code, 2);
  QVERIFY(!QFile::exists(path("dup.assay")));
  const CliRun missing = runCli({"init", path("m.assay"), "--labels_file", path("none.json")});
  QCOMPARE(missing.code, 1);
  QVERIFY2(missing.err.contains(path("none.json")), qPrintable(missing.err));
}

void TestCliData::importAddsLabelsOnlyWhenAsked() {
  const QString project = path("addlabels.assay");
  QCOMPARE(runCli({"init", project, "--labels", "ham"}).code, 0);
  const CliRun refused = runCli({"import", project, fixture("mail_ham_spam.jsonl")});
  QVERIFY2(refused.out.contains("imported 2, already present 0, skipped 2 (unknown label 2)"), qPrintable(refused.out));
  QVERIFY2(refused.err.contains("unknown label \"spam\"") && refused.err.contains("--add_labels"),
           qPrintable(refused.err));
  const CliRun added = runCli({"import", project, fixture("mail_ham_spam.jsonl"), "--add_labels"});
  QCOMPARE(added.code, 0);
  QVERIFY2(added.out.contains("labels added: spam"), qPrintable(added.out));
  // The two ham records are in already: only the spam ones are new.
  QVERIFY2(added.out.contains("imported 2, already present 2"), qPrintable(added.out));
  const auto store = assay::data::ProjectStore::open(project);
  QCOMPARE(store->labelSchema().size(), 2);
  QCOMPARE(store->labelSchema().nameOf(1), QString("spam"));
  const CliRun again = runCli({"import", project, fixture("mail_ham_spam.jsonl"), "--add_labels"});
  QVERIFY2(again.out.contains("labels added: none"), qPrintable(again.out));
  // A correctness project that gains a third label is a custom one from then on.
  const QString verdicts = path("verdicts.assay");
  QCOMPARE(runCli({"init", verdicts, "--schema", "correctness"}).code, 0);
  QCOMPARE(runCli({"import", verdicts, fixture("mail_ham_spam.jsonl"), "--add_labels"}).code, 0);
  const CliRun stats = runCli({"stats", verdicts, "--json"});
  const nlohmann::json j = nlohmann::json::parse(stats.out.toStdString());
  QCOMPARE(j["schema"].get<std::string>(), std::string("custom"));
  QCOMPARE(j["labels"].size(), size_t(4));
}

void TestCliData::importCreatesProjectWithTheFilesLabels() {
  const QString project = path("poets.assay");
  const CliRun r = runCli({"import", project, fixture("authors_style.json")});
  QCOMPARE(r.code, 0);
  QVERIFY2(r.out.contains("created " + project + " (schema custom; labels: 李白, 杜甫, 王维)"), qPrintable(r.out));
  QVERIFY2(r.out.contains("imported 6, already present 0, skipped 0"), qPrintable(r.out));
  // Style names only: the style preset with rm_train.py's ids (售前 0 … 无伤害 4).
  const CliRun style = runCli({"import", path("styles.assay"), fixture("style_seed.json")});
  QVERIFY2(style.out.contains("(schema style; labels: 售前, 售后, 诚实, 有帮助, 无伤害)"), qPrintable(style.out));
  // Nothing readable: no project is created.
  const CliRun none = runCli({"import", path("ghost.assay"), path("missing.json")});
  QCOMPARE(none.code, 1);
  QVERIFY2(none.err.contains("no such project"), qPrintable(none.err));
  QVERIFY(!QFile::exists(path("ghost.assay")));
}

void TestCliData::userLabelsRoundTripThroughEveryFormat_data() {
  QTest::addColumn<QString>("file");
  QTest::addColumn<QString>("format");
  QTest::newRow("style json") << "authors_style.json"
                              << "style-json";
  QTest::newRow("text jsonl") << "mail_ham_spam.jsonl"
                              << "text";
}

// Export, import into a project the import creates, export again: the same
// bytes, and the label mapping written beside equals the project's.
void TestCliData::userLabelsRoundTripThroughEveryFormat() {
  QFETCH(QString, file);
  QFETCH(QString, format);
  const QString tag = QString(QTest::currentDataTag()).replace(' ', '_');
  QString input = fixture(file);
  QByteArray out[2], mapping[2];
  for (int round = 0; round < 2; ++round) {
    const QString project = path(QString("user_%1_%2.assay").arg(tag).arg(round));
    const QString exported = path(QString("user_%1_%2.out").arg(tag).arg(round));
    const QString map = path(QString("user_%1_%2.mapping.json").arg(tag).arg(round));
    const CliRun imp = runCli({"import", project, input});
    QVERIFY2(imp.code == 0, qPrintable(imp.err));
    const CliRun exp = runCli({"export", project, exported, "--format", format, "--label_mapping", map});
    QVERIFY2(exp.code == 0, qPrintable(exp.err));
    out[round] = readAll(exported);
    mapping[round] = readAll(map);
    input = exported;
  }
  QVERIFY(!out[0].isEmpty());
  QCOMPARE(out[1], out[0]);
  QCOMPARE(mapping[1], mapping[0]);
  QVERIFY2(!mapping[0].contains("售前"), mapping[0].constData());
}
