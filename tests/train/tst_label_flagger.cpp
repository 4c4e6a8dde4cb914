// The wrong-label flagger (train/LabelFlagger.h): the confident-learning rule
// on a hand-computed probability table, the planted flips of a small seeded
// synthetic set found exactly, the pair rule and its planted swapped pairs,
// stratified folds, cancellation.
#include <QtTest>
#include <atomic>
#include <random>
#include <set>

#include "TestRegistry.h"
#include "train/LabelFlagger.h"

using namespace assay;

namespace {

// Three topics with vocabularies of their own; each record is five words of
// its topic and a number, drawn by a seeded mt19937 (fully specified, so the
// set is the same everywhere).
void topics(int perClass, uint32_t seed, QStringList& texts, std::vector<int>& labels) {
  const QStringList words[] = {{"足球", "进球", "射门", "球队", "裁判", "联赛", "门将", "点球"},
                               {"股票", "利率", "基金", "债券", "银行", "汇率", "收益", "涨停"},
                               {"菜谱", "炒锅", "米饭", "面条", "调料", "蒸鱼", "火候", "酱油"}};
  std::mt19937 rng(seed);
  for (int i = 0; i < perClass; ++i)
    for (int c = 0; c < 3; ++c) {
      QStringList w;
      for (int k = 0; k < 5; ++k) w << words[c][int(rng() % 8)];
      texts << w.join(QStringLiteral("，")) + QString::number(rng() % 1000);
      labels.push_back(c);
    }
}

std::set<int> indexes(const std::vector<LabelFlag>& flags) {
  std::set<int> out;
  for (const LabelFlag& f : flags) out.insert(f.index);
  return out;
}

}  // namespace

class TestLabelFlagger : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void thresholdRuleOnAHandTable() {
    // t = (0.5333, 0.5375, 0.475): the mean probability of each class over
    // the records given it.
    const std::vector<std::vector<double>> p = {{0.8, 0.1, 0.1},   {0.7, 0.2, 0.1},   {0.1, 0.7, 0.2},  {0.2, 0.7, 0.1},
                                                {0.1, 0.8, 0.1},   {0.5, 0.4, 0.1},   {0.1, 0.1, 0.8},  {0.3, 0.1, 0.6},
                                                {0.45, 0.45, 0.1}, {0.55, 0.05, 0.4}, {0.05, 0.25, 0.7}};
    const std::vector<int> given = {0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 1};
    const auto flags = confidentLearningFlags(p, given, 3);
    // Row 5 (given 1, argmax 0 at 0.5) clears no threshold and row 8 none
    // either, so neither is flagged; the three flags rank by p_suggested -
    // p_given.
    QCOMPARE(int(flags.size()), 3);
    QCOMPARE(flags[0].index, 2);
    QCOMPARE(flags[0].givenLabel, 0);
    QCOMPARE(flags[0].suggestedLabel, 1);
    QCOMPARE(flags[0].suggestedProbability, 0.7);
    QCOMPARE(flags[0].givenProbability, 0.1);
    QVERIFY(std::abs(flags[0].score - 0.6) < 1e-12);
    QCOMPARE(flags[1].index, 10);
    QCOMPARE(flags[1].suggestedLabel, 2);
    QVERIFY(std::abs(flags[1].score - 0.45) < 1e-12);
    QCOMPARE(flags[2].index, 9);
    QCOMPARE(flags[2].givenLabel, 2);
    QCOMPARE(flags[2].suggestedLabel, 0);
    QVERIFY(std::abs(flags[2].score - 0.15) < 1e-12);
    // A class nobody was given is never suggested.
    QVERIFY(confidentLearningFlags({{0.1, 0.9}, {0.2, 0.8}}, {0, 0}, 2).empty());
  }

  void pairRuleOnAHandTable() {
    // Mean P(chosen ≻ rejected) = 0.53: flagged below 0.47.
    const auto flags = pairFlagsFromProbabilities({0.9, 0.8, 0.3, 0.05, 0.6});
    QCOMPARE(int(flags.size()), 2);
    QCOMPARE(flags[0].index, 3);
    QVERIFY(std::abs(flags[0].score - 0.9) < 1e-12);
    QCOMPARE(flags[0].suggestedProbability, 0.95);
    QCOMPARE(flags[1].index, 2);
    QVERIFY(std::abs(flags[1].score - 0.4) < 1e-12);
    QCOMPARE(flags[0].givenLabel, -1);
    // t = 0.35 < 0.5: 0.55 is under 1 - t but the model still prefers the
    // chosen side, so it is not flagged (the rule's argmax).
    const auto lowT = pairFlagsFromProbabilities({0.55, 0.2, 0.3, 0.35});
    QCOMPARE(int(lowT.size()), 3);
    QCOMPARE(lowT[0].index, 1);
    QCOMPARE(lowT[2].index, 3);
  }

  void foldsAreStratifiedAndSeeded() {
    std::vector<int> labels;
    for (int i = 0; i < 23; ++i) labels.push_back(i < 15 ? 0 : 1);
    const auto folds = stratifiedFolds(labels, 5, 7);
    QCOMPARE(folds, stratifiedFolds(labels, 5, 7));
    QVERIFY(folds != stratifiedFolds(labels, 5, 8));
    int perFold[5][2] = {};
    for (size_t i = 0; i < labels.size(); ++i) ++perFold[folds[i]][labels[i]];
    for (auto& f : perFold) {
      QCOMPARE(f[0], 3);                // 15 records of label 0 over 5 folds
      QVERIFY(f[1] == 1 || f[1] == 2);  // 8 of label 1
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, stratifiedFolds(labels, 1, 7));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, stratifiedFolds({0, 1}, 5, 7));
  }

  void findsPlantedFlips() {
    QStringList texts;
    std::vector<int> labels;
    topics(40, 11, texts, labels);
    const std::set<int> flipped = {3, 17, 40, 58, 77, 101};
    for (int i : flipped) labels[size_t(i)] = (labels[size_t(i)] + 1 + i % 2) % 3;
    FlaggerOptions options;
    options.seed = 3;
    options.threads = 2;
    const auto flags = flagLabels(texts, labels, 3, options);
    QCOMPARE(indexes(flags), flipped);
    for (const LabelFlag& f : flags) QCOMPARE(f.suggestedLabel, int(f.index % 3));  // the topic it was written for
    // The same with one thread: the folds do not depend on the threads.
    options.threads = 1;
    const auto again = flagLabels(texts, labels, 3, options);
    QCOMPARE(int(again.size()), int(flags.size()));
    for (size_t i = 0; i < flags.size(); ++i) {
      QCOMPARE(again[i].index, flags[i].index);
      QCOMPARE(again[i].score, flags[i].score);
    }
    options.maxFlags = 2;
    QCOMPARE(int(flagLabels(texts, labels, 3, options).size()), 2);
  }

  void findsPlantedSwappedPairs() {
    // A polite, helpful answer against a curt refusal, on varied questions;
    // five pairs have their sides the wrong way round.
    const QStringList good = {"您好，已为您查询到订单，预计明天送达，请留意短信通知。",
                              "感谢来电，退款已经提交，三个工作日内原路退回您的账户。",
                              "没问题，我帮您把地址改好了，稍后会发确认短信给您。"};
    const QStringList bad = {"不知道，自己去查。", "别问我，烦死了。", "这事不归我管，挂了。"};
    std::mt19937 rng(5);
    QStringList chosen, rejected;
    const std::set<int> swapped = {4, 19, 33, 50, 71};
    for (int i = 0; i < 90; ++i) {
      const QString prompt = QStringLiteral("用户问题%1：我的订单怎么样了？").arg(rng() % 500);
      QString c = prompt + good[int(rng() % 3)], r = prompt + bad[int(rng() % 3)];
      if (swapped.count(i)) std::swap(c, r);
      chosen << c;
      rejected << r;
    }
    FlaggerOptions options;
    const auto flags = flagPairs(chosen, rejected, options);
    QCOMPARE(indexes(flags), swapped);
    for (const LabelFlag& f : flags) {
      QVERIFY(f.givenProbability < 0.5);
      QCOMPARE(f.suggestedProbability, 1.0 - f.givenProbability);
    }
  }

  void cancelsWithinTheRun() {
    QStringList texts;
    std::vector<int> labels;
    topics(20, 2, texts, labels);
    std::atomic<bool> cancel{true};
    FlaggerControl control;
    control.cancel = &cancel;
    QVERIFY_THROWS_EXCEPTION(FlaggingCancelled, flagLabels(texts, labels, 3, FlaggerOptions(), control));
    // A progress callback that throws (BackgroundTask::report) cancels too,
    // and its exception is the one that comes out.
    FlaggerControl throwing;
    int calls = 0;
    throwing.progress = [&](int done, int total) {
      QCOMPARE(total, 6);
      if (++calls == 2) throw std::runtime_error("stop");
      (void)done;
    };
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, flagLabels(texts, labels, 3, FlaggerOptions(), throwing));
    // Progress runs from 0 to the folds plus the features.
    std::vector<int> seen;
    FlaggerControl counting;
    counting.progress = [&](int done, int) { seen.push_back(done); };
    flagLabels(texts, labels, 3, FlaggerOptions(), counting);
    QCOMPARE(seen.front(), 0);
    QCOMPARE(seen.back(), 6);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
  }
};

ASSAY_TEST_APPLESS_MAIN(TestLabelFlagger)
#include "tst_label_flagger.moc"
