// assay-cli agreement | merge, and import's new / equal / conflicting line,
// driven through the executable: the --json object's shape and values, the
// confusion matrix of --pair, the error for a project with one annotator,
// and a colleague's labels merged from a second project or file.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "CliRun.h"
#include "TestRegistry.h"
#include "data/ProjectStore.h"

using Json = nlohmann::json;
using namespace assay::data;

namespace {

Sample text(const QString& t, int label = -1) {
  Sample s;
  s.text = t;
  s.label = label;
  return s;
}

}  // namespace

class TestCliAgreement : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  void jsonShapeAndValues() {
    // alice and bob share 4 samples (2 agree: [0,0,1,1] vs [0,1,0,1], kappa
    // 0 as scikit-learn's cohen_kappa_score gives); carol shares none.
    const QString project = path("agree");
    {
      auto store = ProjectStore::create(project, SchemaKind::Correctness);
      const auto ids = store->addSamples({text("a", 0), text("b", 0), text("c", 1), text("d", 1), text("e")}, "alice");
      const int bob[] = {0, 1, 0, 1};
      for (int i = 0; i < 4; ++i) store->annotate(ids[size_t(i)], "bob", bob[i]);
      store->annotate(ids[4], "carol", 1);
    }
    const CliRun r = runCli({"agreement", project, "--json"});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);  // exactly one object
    const Json j = Json::parse(lines.first().toStdString());
    QVERIFY(j.is_object());
    for (const char* key : {"annotators", "pairs", "fleiss_kappa", "krippendorff_alpha", "per_label"})
      QVERIFY2(j.contains(key), key);
    QVERIFY(!j.contains("confusion"));
    QCOMPARE(j["annotators"], Json({"alice", "bob", "carol"}));
    QCOMPARE(j["pairs"].size(), size_t(3));
    const Json& ab = j["pairs"][0];
    QCOMPARE(ab["a"], Json("alice"));
    QCOMPARE(ab["b"], Json("bob"));
    QCOMPARE(ab["n"].get<int>(), 4);
    QCOMPARE(ab["percent_agreement"].get<double>(), 0.5);
    QVERIFY(std::abs(ab["cohen_kappa"].get<double>()) < 1e-9);
    const Json& ac = j["pairs"][1];
    QCOMPARE(ac["b"], Json("carol"));
    QCOMPARE(ac["n"].get<int>(), 0);
    QVERIFY(ac["cohen_kappa"].is_null());
    QVERIFY(ac["percent_agreement"].is_null());
    QVERIFY(j["fleiss_kappa"].is_number());  // 4 samples with 2 ratings
    QCOMPARE(j["fleiss_subset"]["ratings_per_sample"].get<int>(), 2);
    QVERIFY(j["krippendorff_alpha"].is_number());
    QVERIFY(j["per_label"].contains("正确"));
    QVERIFY(j["per_label"]["错误"].contains("specific_agreement"));

    const CliRun pair = runCli({"agreement", project, "--pair", "alice", "bob", "--json"});
    QCOMPARE(pair.code, 0);
    const Json c = Json::parse(pair.out.toStdString())["confusion"];
    QCOMPARE(c["a"], Json("alice"));
    QCOMPARE(c["labels"], Json({"正确", "错误"}));
    QCOMPARE(c["matrix"], Json({{1, 1}, {1, 1}}));

    const CliRun human = runCli({"agreement", project, "--pair", "alice", "bob"});
    QCOMPARE(human.code, 0);
    QVERIFY2(human.out.contains("alice · bob") && human.out.contains("50.0 %"), qPrintable(human.out));
    QVERIFY2(human.out.contains("Krippendorff"), qPrintable(human.out));

    const CliRun unknown = runCli({"agreement", project, "--pair", "alice", "dave"});
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.contains("dave"), qPrintable(unknown.err));
    QCOMPARE(runCli({"agreement", project, "--pair", "alice"}).code, 2);
  }

  void fewerThanTwoAnnotatorsIsAnError() {
    const QString project = path("alone");
    {
      auto store = ProjectStore::create(project, SchemaKind::Correctness);
      store->addSamples({text("a", 0), text("b", 1)}, "alice");
    }
    const CliRun r = runCli({"agreement", project, "--json"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("at least two annotators") && r.err.contains("alice"), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
  }

  void mergeAndImportReportNewEqualConflicting() {
    const QString project = path("team"), other = path("bobs");
    {
      auto store = ProjectStore::create(project, SchemaKind::Correctness);
      store->addSamples({text("t1", 0), text("t2", 0), text("t3", 1)}, "alice");
      auto o = ProjectStore::create(other, SchemaKind::Correctness);
      o->addSamples({text("t1", 0), text("t2", 1), text("t4", 1)}, "bob");
    }
    const CliRun merged = runCli({"merge", project, other});
    QCOMPARE(merged.code, 0);
    QVERIFY2(merged.out.contains("matched 2 by id, 0 by content, added 1"), qPrintable(merged.out));
    QVERIFY2(merged.out.contains("labels new 1, equal 1, conflicting 1"), qPrintable(merged.out));
    const CliRun again = runCli({"merge", project, other});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains("annotations copied 0, already present 3"), qPrintable(again.out));
    QVERIFY2(again.out.contains("labels new 0, equal 0, conflicting 0"), qPrintable(again.out));

    const QString file = dir_.filePath("carol.jsonl");
    {
      QFile f(file);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write(
          "{\"text\": \"t1\", \"label\": \"正确\"}\n"    // equal to alice and bob
          "{\"text\": \"t2\", \"label\": \"错误\"}\n"    // alice 0, bob 1: conflicting
          "{\"text\": \"t9\", \"label\": \"错误\"}\n");  // new sample
    }
    const CliRun imported = runCli({"import", project, file, "--annotator", "carol"});
    QCOMPARE(imported.code, 0);
    QVERIFY2(imported.out.contains("labels new 1, equal 1, conflicting 1"), qPrintable(imported.out));

    const CliRun a = runCli({"agreement", project, "--json"});
    QCOMPARE(a.code, 0);
    QCOMPARE(Json::parse(a.out.toStdString())["annotators"], Json({"alice", "bob", "carol"}));

    const CliRun self = runCli({"merge", project, project});
    QCOMPARE(self.code, 1);
    QCOMPARE(runCli({"merge", project}).code, 2);
  }

 private:
  QString path(const QString& name) const { return dir_.filePath(name + ".assay"); }
  QTemporaryDir dir_;
};

ASSAY_TEST_APPLESS_MAIN(TestCliAgreement)
#include "tst_cli_agreement.moc"
