// `assay-cli flag`: on a file, one JSON line per planted flip (the record's
// line as sample_id, given and suggested label, score, most confident
// first); on a project, the same flags stored as the latest run; preference
// pairs with their sides swapped; usage errors.
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>
#include <random>
#include <set>

#include "CliRun.h"
#include "TestRegistry.h"
#include "data/LabelFlags.h"
#include "data/ProjectStore.h"

namespace {

// Three topics, 40 records each, as {"text","label"} lines; the records at
// `flipped` (0-based) carry the next topic's label.
QByteArray topicLines(const std::set<int>& flipped) {
  const QStringList words[] = {{"足球", "进球", "射门", "球队", "裁判", "联赛", "门将", "点球"},
                               {"股票", "利率", "基金", "债券", "银行", "汇率", "收益", "涨停"},
                               {"菜谱", "炒锅", "米饭", "面条", "调料", "蒸鱼", "火候", "酱油"}};
  const char* names[] = {"sport", "money", "food"};
  std::mt19937 rng(11);
  QByteArray out;
  for (int i = 0; i < 120; ++i) {
    const int topic = i % 3;
    QStringList w;
    for (int k = 0; k < 5; ++k) w << words[topic][int(rng() % 8)];
    const int label = flipped.count(i) ? (topic + 1) % 3 : topic;
    const nlohmann::json j = {
        {"text", QString(w.join(QStringLiteral("，")) + QString::number(rng() % 1000)).toStdString()},
        {"label", names[label]}};
    out += QByteArray::fromStdString(j.dump()) + '\n';
  }
  return out;
}

std::vector<nlohmann::json> jsonLines(const QString& out) {
  std::vector<nlohmann::json> lines;
  for (const QString& line : out.split('\n', Qt::SkipEmptyParts))
    lines.push_back(nlohmann::json::parse(line.toStdString()));
  return lines;
}

}  // namespace

class TestCliFlag : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  const std::set<int> flipped_ = {4, 31, 62, 95};

  QString write(const QString& name, const QByteArray& bytes) {
    QFile f(dir_.filePath(name));
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(bytes);
    return f.fileName();
  }

 private Q_SLOTS:
  void fileFlagsAsJsonLines() {
    const QString file = write(QStringLiteral("topics.jsonl"), topicLines(flipped_));
    const CliRun r = runCli({QStringLiteral("flag"), file, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const auto lines = jsonLines(r.out);
    QCOMPARE(int(lines.size()), int(flipped_.size()));
    std::set<int> lineNumbers;
    double previous = 2;
    for (const auto& j : lines) {
      std::vector<std::string> keys;
      for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
      QCOMPARE(keys, (std::vector<std::string>{"given_label", "given_probability", "sample_id", "score",
                                               "suggested_label", "suggested_probability", "text"}));
      const int line = j["sample_id"].get<int>();
      lineNumbers.insert(line - 1);
      const char* names[] = {"sport", "money", "food"};
      QCOMPARE(j["given_label"].get<std::string>(), std::string(names[((line - 1) % 3 + 1) % 3]));
      QCOMPARE(j["suggested_label"].get<std::string>(), std::string(names[(line - 1) % 3]));
      QVERIFY(!j["text"].get<std::string>().empty());
      QVERIFY(j["score"].get<double>() <= previous);
      previous = j["score"].get<double>();
      QVERIFY(j["suggested_probability"].get<double>() > j["given_probability"].get<double>());
    }
    QCOMPARE(lineNumbers, flipped_);
    QVERIFY2(
        r.out.startsWith(QStringLiteral("{\"sample_id\": ")) || r.out.startsWith(QStringLiteral("{\"sample_id\":")),
        qPrintable(r.out));
    // The plain report: a count line, then one line per flag.
    const CliRun plain = runCli({QStringLiteral("flag"), file});
    QCOMPARE(plain.code, 0);
    QVERIFY2(plain.out.startsWith(QStringLiteral("4 likely wrong labels among 120 records")), qPrintable(plain.out));
  }

  void projectRunIsStored() {
    const QString file = write(QStringLiteral("topics2.jsonl"), topicLines(flipped_));
    const QString project = dir_.filePath(QStringLiteral("topics.assay"));
    QCOMPARE(
        runCli({QStringLiteral("init"), project, QStringLiteral("--labels"), QStringLiteral("sport,money,food")}).code,
        0);
    QCOMPARE(runCli({QStringLiteral("import"), project, file}).code, 0);
    const CliRun r = runCli(
        {QStringLiteral("flag"), project, QStringLiteral("--json"), QStringLiteral("--by"), QStringLiteral("lead")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const auto lines = jsonLines(r.out);
    QCOMPARE(int(lines.size()), int(flipped_.size()));
    auto store = assay::data::ProjectStore::open(project);
    const auto run = assay::data::latestFlagRun(*store);
    QVERIFY(run);
    QCOMPARE(run->createdBy, QStringLiteral("lead"));
    QCOMPARE(run->records, qint64(120));
    const auto flags = assay::data::latestRunFlags(*store);
    QCOMPARE(int(flags.size()), int(lines.size()));
    for (size_t i = 0; i < flags.size(); ++i) {
      QCOMPARE(flags[i].sampleId, qint64(lines[i]["sample_id"].get<qint64>()));
      QCOMPARE(store->labelSchema().nameOf(flags[i].suggestedLabel),
               QString::fromStdString(lines[i]["suggested_label"].get<std::string>()));
      QCOMPARE(store->sample(flags[i].sampleId).text, QString::fromStdString(lines[i]["text"].get<std::string>()));
    }
    // --max_flags cuts the list (and the stored run).
    const CliRun two = runCli({QStringLiteral("flag"), project, QStringLiteral("--json"), QStringLiteral("--max_flags"),
                               QStringLiteral("2")});
    QCOMPARE(int(jsonLines(two.out).size()), 2);
    QCOMPARE(int(assay::data::latestRunFlags(*store).size()), 2);
  }

  void swappedPairsAreFlagged() {
    // The data of tst_label_flagger's findsPlantedSwappedPairs, as TRL lines.
    const QStringList good = {"您好，已为您查询到订单，预计明天送达，请留意短信通知。",
                              "感谢来电，退款已经提交，三个工作日内原路退回您的账户。",
                              "没问题，我帮您把地址改好了，稍后会发确认短信给您。"};
    const QStringList bad = {"不知道，自己去查。", "别问我，烦死了。", "这事不归我管，挂了。"};
    const std::set<int> swapped = {4, 19, 33, 50, 71};
    std::mt19937 rng(5);
    QByteArray lines;
    for (int i = 0; i < 90; ++i) {
      const std::string prompt = QStringLiteral("用户问题%1：我的订单怎么样了？").arg(rng() % 500).toStdString();
      std::string c = good[int(rng() % 3)].toStdString(), r = bad[int(rng() % 3)].toStdString();
      if (swapped.count(i)) std::swap(c, r);
      lines +=
          QByteArray::fromStdString(nlohmann::json{{"prompt", prompt}, {"chosen", c}, {"rejected", r}}.dump()) + '\n';
    }
    const CliRun r =
        runCli({QStringLiteral("flag"), write(QStringLiteral("pairs.jsonl"), lines), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    std::set<int> found;
    for (const auto& j : jsonLines(r.out)) {
      found.insert(j["sample_id"].get<int>() - 1);
      QCOMPARE(j["given_label"].get<std::string>(), std::string("chosen"));
      QCOMPARE(j["suggested_label"].get<std::string>(), std::string("rejected"));
    }
    QVERIFY2(found == swapped, qPrintable(r.out));
  }

  void usageErrors() {
    const QString file = write(QStringLiteral("few.jsonl"), "{\"text\": \"a\", \"label\": \"x\"}\n");
    QCOMPARE(runCli({QStringLiteral("flag"), file, QStringLiteral("--folds"), QStringLiteral("1")}).code, 2);
    QCOMPARE(runCli({QStringLiteral("flag")}).code, 2);
    const CliRun tooFew = runCli({QStringLiteral("flag"), file});
    QCOMPARE(tooFew.code, 1);
    QVERIFY2(tooFew.err.contains(file), qPrintable(tooFew.err));
    const CliRun help = runCli({QStringLiteral("flag"), QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QStringLiteral("1-based line")));
  }
};

ASSAY_TEST_GUILESS_MAIN(TestCliFlag)
#include "tst_cli_flag.moc"
