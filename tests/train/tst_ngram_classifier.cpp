// NgramClassifier and fitBaseline: learns separable texts in any script,
// saves and loads bit for bit, refuses what it cannot fit, and scores the
// three shapes of a run's data with the run's own metric.
#include <QTemporaryDir>
#include <QtTest>
#include <numeric>

#include "TestRegistry.h"
#include "train/Baseline.h"
#include "train/NgramClassifier.h"

using namespace assay;

namespace {

// Three authors, each with characters of their own.
void poems(QStringList& texts, std::vector<int>& labels, int perClass, int offset) {
  const QStringList themes[] = {{"明月", "酒", "剑", "云"}, {"国破", "泪", "兵", "秋"}, {"空山", "禅", "竹", "松"}};
  for (int i = 0; i < perClass; ++i)
    for (int c = 0; c < 3; ++c) {
      const QStringList& t = themes[c];
      texts << QStringLiteral("%1照%2，%3落%4第%5首")
                   .arg(t[(i + offset) % 4], t[(i + 1) % 4], t[(i + 2) % 4], t[(i + 3) % 4])
                   .arg(i + offset);
      labels.push_back(c);
    }
}

}  // namespace

class TestNgramClassifier : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void learnsSeparableTexts() {
    QStringList texts;
    std::vector<int> labels;
    poems(texts, labels, 20, 0);
    const NgramClassifier model = NgramClassifier::fit(texts, labels, 3);
    QCOMPARE(model.numClasses(), 3);
    QVERIFY(model.numFeatures() > 10);
    QStringList test;
    std::vector<int> truth;
    poems(test, truth, 5, 100);  // unseen numbers, same vocabularies
    for (int i = 0; i < test.size(); ++i) {
      const auto p = model.probabilities(test[i]);
      QCOMPARE(int(p.size()), 3);
      QVERIFY(std::abs(std::accumulate(p.begin(), p.end(), 0.0) - 1.0) < 1e-9);
      QCOMPARE(int(std::max_element(p.begin(), p.end()) - p.begin()), truth[size_t(i)]);
    }
  }

  void englishIsCaseAndSpaceInsensitive() {
    const QStringList texts{"win a free prize now", "cheap offer, claim prize", "lunch meeting at noon",
                            "notes from the team meeting"};
    const NgramClassifier model = NgramClassifier::fit(texts, {1, 1, 0, 0}, 2);
    QCOMPARE(model.logits("WIN  a FREE prize"), model.logits("win a free prize"));
    const auto p = model.probabilities("claim your free prize");
    QVERIFY2(p[1] > p[0], qPrintable(QString::number(p[1])));
  }

  void saveLoadRoundTrip() {
    QStringList texts;
    std::vector<int> labels;
    poems(texts, labels, 10, 0);
    const NgramClassifier model = NgramClassifier::fit(texts, labels, 3);
    QTemporaryDir dir;
    const QString path = dir.filePath(NgramClassifier::kFileName);
    model.save(path);
    const NgramClassifier back = NgramClassifier::load(path);
    QCOMPARE(back.numFeatures(), model.numFeatures());
    for (const QString& t : {texts[0], texts[7], QStringLiteral("全新的字")}) {
      const auto a = model.logits(t), b = back.logits(t);
      for (size_t c = 0; c < a.size(); ++c) QVERIFY(std::abs(a[c] - b[c]) < 1e-4);  // weights stored as float32
    }
    // A truncated file is refused with its name.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(f.size() - 3));
    f.close();
    try {
      NgramClassifier::load(path);
      QFAIL("a truncated model must be refused");
    } catch (const std::runtime_error& e) {
      QVERIFY2(QString::fromUtf8(e.what()).startsWith(path), e.what());
    }
  }

  void refusesWhatItCannotFit() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, NgramClassifier::fit({"a"}, {0}, 1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, NgramClassifier::fit({"a", "b"}, {0, 2}, 2));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, NgramClassifier::fit({"a", "b"}, {0}, 2));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, NgramClassifier::fit({}, {}, 2));
  }

  void blendMixesLogProbabilities() {
    const std::vector<double> t{0.8, 0.2}, n{0.2, 0.8};
    QCOMPARE(blendProbabilities(t, n, 0.0)[0], 0.8);
    QVERIFY(std::abs(blendProbabilities(t, n, 1.0)[0] - 0.2) < 1e-12);
    QVERIFY(std::abs(blendProbabilities(t, n, 0.5)[0] - 0.5) < 1e-12);  // log 0.8 + log 0.2 on both sides
    // w = 0.25: p0 ∝ 0.8^0.75·0.2^0.25, p1 ∝ 0.2^0.75·0.8^0.25 -> p0 = 4^0.5 / (4^0.5 + 1) = 2/3.
    QVERIFY(std::abs(blendProbabilities(t, n, 0.25)[0] - 2.0 / 3.0) < 1e-12);
    QVERIFY(std::isfinite(blendProbabilities({1.0, 0.0}, {0.5, 0.5}, 0.5)[1]));  // zero is floored
  }

  void chooseBlendPrefersTheTransformerOnTies() {
    const QStringList classes{"a", "b"};
    // Both right on everything: weight 0.
    std::vector<std::vector<double>> t{{0.9, 0.1}, {0.2, 0.8}}, n{{0.7, 0.3}, {0.4, 0.6}};
    auto c = chooseBlend(t, n, {0, 1}, classes, false);
    QCOMPARE(c.ngramWeight, 0.0);
    QCOMPARE(c.metric, 1.0);
    // The transformer is barely wrong on the second, the n-gram model sure and right.
    t = {{0.9, 0.1}, {0.55, 0.45}};
    n = {{0.6, 0.4}, {0.05, 0.95}};
    c = chooseBlend(t, n, {0, 1}, classes, true);
    QCOMPARE(c.transformerMetric, 0.5);
    QCOMPARE(c.ngramMetric, 1.0);
    QCOMPARE(c.metric, 1.0);
    QVERIFY(c.ngramWeight > 0 && c.ngramWeight <= 0.3);  // the smallest weight that fixes it
  }

  void baselineScoresEachShape() {
    BaselineData classify;
    classify.classes = {"李白", "杜甫", "王维"};
    poems(classify.train.texts, classify.train.labels, 20, 0);
    poems(classify.eval.texts, classify.eval.labels, 5, 100);
    const auto c = fitBaseline(classify);
    QVERIFY(c);
    QVERIFY(c->metrics.classification);
    QCOMPARE(c->metrics.classification->accuracy, 1.0);
    QCOMPARE(c->metrics.selectionMetric(), 1.0);  // macro F1, as the run selects by
    QCOMPARE(metricsSummary(c->metrics), QString("eval_f1_macro 1.0000, eval_accuracy 1.0000"));

    BaselineData pairs;
    pairs.kind = ModelKind::PairwiseReward;
    for (int i = 0; i < 30; ++i) {
      (i < 24 ? pairs.train : pairs.eval).chosen << QStringLiteral("thanks, here is the answer %1").arg(i);
      (i < 24 ? pairs.train : pairs.eval).rejected << QStringLiteral("go away %1").arg(i);
    }
    const auto p = fitBaseline(pairs);
    QVERIFY(p && p->metrics.reward);
    QCOMPARE(p->metrics.reward->pairs, int64_t(6));
    QCOMPARE(p->metrics.reward->pairwiseAccuracy, 1.0);
    QVERIFY(pairwiseReward(*p->model, "thanks, here is the answer") > pairwiseReward(*p->model, "go away"));

    BaselineData correctness = classify;
    correctness.kind = ModelKind::CorrectnessReward;
    correctness.classes = {"正确", "错误"};
    for (int& l : correctness.train.labels) l = l == 0 ? 0 : 1;
    for (int& l : correctness.eval.labels) l = l == 0 ? 0 : 1;
    const auto k = fitBaseline(correctness);
    QVERIFY(k && k->metrics.reward && k->metrics.classification);
    QCOMPARE(k->metrics.reward->pairwiseAccuracy, k->metrics.classification->accuracy);

    BaselineData oneClass;
    oneClass.classes = {"a", "b"};
    oneClass.train.texts = {"x", "y"};
    oneClass.train.labels = {0, 0};
    QVERIFY(!fitBaseline(oneClass));
  }
};

ASSAY_TEST_GUILESS_MAIN(TestNgramClassifier)
#include "tst_ngram_classifier.moc"
