// The seed's case through the executable: a file with two records repeated
// 10,000 times each, imported into a new project. `stats` reports
// low_diversity and duplicates (the copies import kept out), in text and in
// --json; `train` prints the warning before training starts, and with
// --fail_on_health_warning exits non-zero before the first step, naming the
// codes. A clean project's --json has an empty warning list.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "CliRun.h"
#include "TestRegistry.h"

using Json = nlohmann::json;

class TestCliHealth : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    QByteArray bytes;
    for (int i = 0; i < 10000; ++i) {
      bytes += "{\"text\": \"这个产品怎么样\", \"label\": \"售前\"}\n";
      bytes += "{\"text\": \"我的订单什么时候到\", \"label\": \"售后\"}\n";
    }
    records_ = write("repeated.jsonl", bytes);
    project_ = dir_.filePath("seed.assay");
    const CliRun init = runCli({"init", project_});
    QCOMPARE(init.code, 0);
    const CliRun import = runCli({"import", project_, records_});
    QVERIFY2(import.code == 0, qPrintable(import.err));
  }

  void statsReportsLowDiversity() {
    const CliLanguage english("en");
    const CliRun r = runCli({"stats", project_});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("low_diversity: The 2 most frequent texts make up 100.0% of the 20000 records"),
             qPrintable(r.out));
    QVERIFY2(r.out.contains("duplicates: 19998 records repeat another record exactly"), qPrintable(r.out));
  }

  void statsJsonHasTheWarnings() {
    const CliRun r = runCli({"stats", project_, "--json"});
    QCOMPARE(r.code, 0);
    const Json health = Json::parse(r.out.toStdString())["health"];
    const Json& warnings = health["warnings"];
    QCOMPARE(warnings.size(), size_t(2));
    QCOMPARE(warnings[0]["code"], Json("duplicates"));
    QCOMPARE(warnings[0]["count"].get<int>(), 19998);
    QCOMPARE(warnings[0]["examples"], Json({1, 2}));
    QCOMPARE(warnings[1]["code"], Json("low_diversity"));
    QCOMPARE(warnings[1]["count"].get<int>(), 20000);
    QCOMPARE(warnings[1]["examples"], Json({1, 2}));
    QVERIFY(warnings[1]["message"].get<std::string>().find("100.0%") != std::string::npos);
  }

  // The sanitizer build's assay-cli leaves the LibTorch commands out.
  static bool hasTrainCommand() {
    const CliRun r = runCli({"train", "--help"});
    return !r.out.contains(QStringLiteral("unknown command")) && !r.err.contains(QStringLiteral("unknown command"));
  }

  void trainPrintsTheWarningFirst() {
    if (!hasTrainCommand()) QSKIP("this assay-cli has no train command (the sanitizer build)");
    const CliLanguage english("en");
    const CliRun r = runCli(
        {"train", "--project", project_, "--model_name_or_path", "ngram", "--output_dir", dir_.filePath("out_warn")});
    const int warning = r.out.indexOf("low_diversity");
    QVERIFY2(warning >= 0, qPrintable(r.out + r.err));
    // Before anything of the run itself: the split and the training.
    const int split = r.out.indexOf("Data split");
    QVERIFY2(split < 0 || warning < split, qPrintable(r.out));
  }

  void failOnHealthWarningStopsBeforeTraining() {
    if (!hasTrainCommand()) QSKIP("this assay-cli has no train command (the sanitizer build)");
    const QString out = dir_.filePath("out_fail");
    const CliRun r = runCli({"train", "--project", project_, "--model_name_or_path", "ngram", "--output_dir", out,
                             "--fail_on_health_warning"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("dataset health warnings: duplicates, low_diversity"), qPrintable(r.err));
    QVERIFY2(r.err.contains(project_), qPrintable(r.err));
    QVERIFY(!r.out.contains("Data split"));
    QVERIFY(!QFile::exists(out + "/model.safetensors"));
  }

  void trainFileIsCheckedToo() {
    if (!hasTrainCommand()) QSKIP("this assay-cli has no train command (the sanitizer build)");
    const CliRun r = runCli({"train", "--train_file", records_, "--model_name_or_path", "ngram", "--output_dir",
                             dir_.filePath("out_file"), "--fail_on_health_warning"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(records_ + ": dataset health warnings: duplicates, low_diversity"), qPrintable(r.err));
  }

  void cleanProjectHasNoWarnings() {
    QByteArray bytes;
    const char* texts[] = {"这个产品有优惠吗", "收到的杯子有裂缝怎么办", "发票可以开公司抬头吗", "快递一般几天能到"};
    for (int i = 0; i < 4; ++i) bytes += QByteArray("{\"text\": \"") + texts[i] + "\", \"label\": \"售前\"}\n";
    const QString project = dir_.filePath("clean.assay");
    QCOMPARE(runCli({"init", project}).code, 0);
    QCOMPARE(runCli({"import", project, write("clean.jsonl", bytes)}).code, 0);
    const CliRun r = runCli({"stats", project, "--json"});
    QCOMPARE(r.code, 0);
    QCOMPARE(Json::parse(r.out.toStdString())["health"]["warnings"], Json::array());
  }

 private:
  QString write(const QString& name, const QByteArray& bytes) {
    const QString path = dir_.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
  }
  QTemporaryDir dir_;
  QString records_, project_;
};

ASSAY_TEST_APPLESS_MAIN(TestCliHealth)
#include "tst_cli_health.moc"
