// Agreement between annotators (data/AgreementStats.h) on hand-built rating
// tables with textbook answers: Cohen's kappa equal to scikit-learn's
// cohen_kappa_score (values computed with scikit-learn 1.2.1, Debian's
// python3-sklearn, as noted at each literal), Fleiss' kappa on Wikipedia's
// worked example, Krippendorff's alpha on Krippendorff's own example
// ("Computing Krippendorff's alpha-reliability", 2011: nominal alpha 0.743),
// specific agreement per label, the confusion matrix, and a project's
// ratings read by each annotator's latest label.
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "TestRegistry.h"
#include "data/AgreementStats.h"
#include "data/ProjectStore.h"

using namespace assay::data;

namespace {

constexpr double kTolerance = 1e-9;

// Two annotators' parallel labels as a table (sample i rated by both).
RatingTable twoAnnotators(const std::vector<int>& a, const std::vector<int>& b) {
  RatingTable t;
  for (size_t i = 0; i < a.size(); ++i) {
    t.set(qint64(i + 1), QStringLiteral("a"), a[i]);
    t.set(qint64(i + 1), QStringLiteral("b"), b[i]);
  }
  return t;
}

bool near(const std::optional<double>& v, double expected) { return v && std::abs(*v - expected) < kTolerance; }

// Krippendorff (2011), section C: 4 observers, 12 units, values 1..5, '.' missing.
RatingTable krippendorffExample() {
  const int x = -1;
  const std::map<QString, std::vector<int>> data{
      {"A", {1, 2, 3, 3, 2, 1, 4, 1, 2, x, x, x}},
      {"B", {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, x, 3}},
      {"C", {x, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, x}},
      {"D", {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, x}},
  };
  RatingTable t;
  for (const auto& [observer, values] : data)
    for (size_t u = 0; u < values.size(); ++u)
      if (values[u] >= 0) t.set(qint64(u + 1), observer, values[u]);
  return t;
}

}  // namespace

class TestAgreementStats : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void perfectAgreement() {
    const AgreementReport r = computeAgreement(twoAnnotators({0, 1, 2, 0, 1}, {0, 1, 2, 0, 1}));
    QCOMPARE(r.pairs.size(), size_t(1));
    QCOMPARE(r.pairs[0].n, qint64(5));
    QVERIFY(near(r.pairs[0].percentAgreement, 1.0));
    QVERIFY(near(r.pairs[0].cohenKappa, 1.0));  // sklearn: 1.0
    QVERIFY(near(r.fleissKappa, 1.0));
    QVERIFY(near(r.krippendorffAlpha, 1.0));
    for (const LabelAgreement& l : r.perLabel) QVERIFY(near(l.specificAgreement, 1.0));
  }

  void agreementAtChanceIsKappaZero() {
    // po = 0.5, pe = 0.5. sklearn: cohen_kappa_score([0,0,1,1], [0,1,0,1]) = 0.0
    const AgreementReport r = computeAgreement(twoAnnotators({0, 0, 1, 1}, {0, 1, 0, 1}));
    QVERIFY(near(r.pairs[0].percentAgreement, 0.5));
    QVERIFY(near(r.pairs[0].cohenKappa, 0.0));
    QVERIFY(near(cohenKappa({0, 0, 1, 1}, {0, 1, 0, 1}), 0.0));
  }

  void labelUsedByOneAnnotatorOnly() {
    // Label 2 only by a. sklearn: cohen_kappa_score([0,0,1,1,2,0,1,0],
    // [0,1,1,1,0,0,1,1]) = 0.3513513513513513 (13/37)
    const std::vector<int> a{0, 0, 1, 1, 2, 0, 1, 0}, b{0, 1, 1, 1, 0, 0, 1, 1};
    QVERIFY(near(cohenKappa(a, b), 0.3513513513513513));
    const AgreementReport r = computeAgreement(twoAnnotators(a, b));
    QVERIFY(near(r.pairs[0].cohenKappa, 13.0 / 37.0));
    QVERIFY(near(r.pairs[0].percentAgreement, 5.0 / 8.0));
    const LabelAgreement& two = r.perLabel[2];
    QCOMPARE(two.label, 2);
    QCOMPARE(two.assignments, qint64(1));
    QCOMPARE(two.agreeingPairs, qint64(0));
    QVERIFY(near(two.specificAgreement, 0.0));
  }

  void textbookTwoByTwo() {
    // Wikipedia's Cohen's kappa example: 20 yes/yes, 5 yes/no, 10 no/yes,
    // 15 no/no: po 0.7, pe 0.5, kappa 0.4. sklearn: 0.4
    std::vector<int> a, b;
    const auto add = [&](int n, int x, int y) {
      for (int i = 0; i < n; ++i) {
        a.push_back(x);
        b.push_back(y);
      }
    };
    add(20, 0, 0);
    add(5, 0, 1);
    add(10, 1, 0);
    add(15, 1, 1);
    QVERIFY(near(cohenKappa(a, b), 0.4));
    const AgreementReport r = computeAgreement(twoAnnotators(a, b));
    QVERIFY(near(r.pairs[0].cohenKappa, 0.4));
    QVERIFY(near(r.pairs[0].percentAgreement, 0.7));
    // Specific agreement of "yes": 2*20 / (2*20 + 5 + 10) = 40/55.
    QVERIFY(near(r.perLabel[0].specificAgreement, 40.0 / 55.0));
    QCOMPARE(r.perLabel[0].agreeingPairs, qint64(20));
    QCOMPARE(r.perLabel[0].pairable, qint64(55));
    // With two raters on every sample Fleiss' kappa is Scott's pi: p(yes) =
    // 55/100, pe = 0.505, pi = (0.7 - 0.505) / 0.495 = 13/33.
    QCOMPARE(r.fleissRatings, 2);
    QCOMPARE(r.fleissSamples, qint64(50));
    QVERIFY(near(r.fleissKappa, 13.0 / 33.0));
    // Krippendorff: 1 - (n - 1) sum_{c!=k} o_ck / sum_{c!=k} n_c n_k with n =
    // 100, o_yes,no = o_no,yes = 15, n_yes 55, n_no 45: 1 - 99 * 30 / 4950 =
    // 0.4 (the same by the pairwise definition, exact fractions in Python).
    QVERIFY(near(r.krippendorffAlpha, 0.4));
    const ConfusionMatrix m = confusionMatrix(twoAnnotators(a, b), "a", "b");
    QCOMPARE(m.n, qint64(50));
    QCOMPARE(m.counts, (std::vector<std::vector<qint64>>{{20, 5}, {10, 15}}));
  }

  void pairWithoutSharedSamples() {
    RatingTable t = twoAnnotators({0, 1}, {0, 1});
    t.set(10, "c", 1);  // c shares nothing with a or b
    const AgreementReport r = computeAgreement(t);
    QCOMPARE(r.annotators, (QStringList{"a", "b", "c"}));
    const PairAgreement* ac = r.pair("c", "a");
    QVERIFY(ac);
    QCOMPARE(ac->n, qint64(0));
    QVERIFY(!ac->percentAgreement);
    QVERIFY(!ac->cohenKappa);
    QVERIFY(near(r.pair("a", "b")->cohenKappa, 1.0));
    QVERIFY(!cohenKappa({}, {}));
  }

  void kappaUndefinedWhereSklearnGivesNaN() {
    // Both always gave the same single label: expected disagreement 0.
    // sklearn: cohen_kappa_score([1,1,1], [1,1,1]) = nan
    QVERIFY(!cohenKappa({1, 1, 1}, {1, 1, 1}));
    const AgreementReport r = computeAgreement(twoAnnotators({1, 1, 1}, {1, 1, 1}));
    QVERIFY(near(r.pairs[0].percentAgreement, 1.0));
    QVERIFY(!r.pairs[0].cohenKappa);
    QVERIFY(!r.fleissKappa);
    QVERIFY(!r.krippendorffAlpha);
  }

  void fleissOnWikipediasExample() {
    // 10 subjects, 14 raters, 5 categories: kappa 0.20993070442195524
    // (Wikipedia "Fleiss' kappa"; the exact fraction computed in Python).
    const std::vector<std::vector<int>> counts{{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0},
                                               {2, 2, 8, 1, 1},  {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2},
                                               {6, 5, 2, 1, 0},  {0, 2, 2, 3, 7}};
    RatingTable t;
    for (size_t i = 0; i < counts.size(); ++i) {
      int rater = 0;
      for (int c = 0; c < 5; ++c)
        for (int k = 0; k < counts[i][size_t(c)]; ++k) t.set(qint64(i), QString("r%1").arg(rater++), c);
    }
    const AgreementReport r = computeAgreement(t);
    QCOMPARE(r.fleissRatings, 14);
    QCOMPARE(r.fleissSamples, qint64(10));
    QVERIFY2(near(r.fleissKappa, 0.20993070442195524), qPrintable(QString::number(*r.fleissKappa, 'g', 17)));
  }

  void krippendorffsOwnExample() {
    const AgreementReport r = computeAgreement(krippendorffExample());
    // 113/152 = 0.743421052631579 (Krippendorff 2011: 0.743), also by the
    // pairwise definition in Python with exact fractions.
    QVERIFY2(near(r.krippendorffAlpha, 113.0 / 152.0), qPrintable(QString::number(*r.krippendorffAlpha, 'g', 17)));
    QCOMPARE(r.samples, qint64(12));
    QCOMPARE(r.multiplyRated, qint64(11));  // unit 12 has one value: not pairable
    // Fleiss over the 8 units with 4 ratings (the most common count): 229/357.
    QCOMPARE(r.fleissRatings, 4);
    QCOMPARE(r.fleissSamples, qint64(8));
    QVERIFY(near(r.fleissKappa, 229.0 / 357.0));
    // Specific agreement per value (exact fractions computed in Python).
    const std::map<int, double> specific{{1, 7.0 / 10}, {2, 10.0 / 13}, {3, 4.0 / 5}, {4, 4.0 / 5}, {5, 1.0}};
    QCOMPARE(r.perLabel.size(), size_t(5));
    for (const LabelAgreement& l : r.perLabel)
      QVERIFY2(near(l.specificAgreement, specific.at(l.label)), qPrintable(QString::number(l.label)));
    QCOMPARE(r.perLabel[1].pairable, qint64(13));
    QCOMPARE(r.perLabel[1].agreeingPairs, qint64(15));
    // Pairwise kappas on the shared units. sklearn on each pair's shared
    // units: A-B 0.8448275862068966, A-C 0.4782608695652174, A-D 0.85,
    // B-C 0.5423728813559321, B-D 0.8701298701298701, C-D 0.6153846153846154.
    const std::vector<std::tuple<const char*, const char*, qint64, double>> pairs{
        {"A", "B", 9, 0.8448275862068966}, {"A", "C", 8, 0.4782608695652174},  {"A", "D", 9, 0.85},
        {"B", "C", 9, 0.5423728813559321}, {"B", "D", 10, 0.8701298701298701}, {"C", "D", 10, 0.6153846153846154}};
    QCOMPARE(r.pairs.size(), pairs.size());
    for (const auto& [a, b, n, kappa] : pairs) {
      const PairAgreement* p = r.pair(a, b);
      QVERIFY(p);
      QCOMPARE(p->n, n);
      QVERIFY2(near(p->cohenKappa, kappa), a);
    }
  }

  void fleissSubsetTieTakesTheLargerCount() {
    RatingTable t;
    t.set(1, "a", 0);
    t.set(1, "b", 0);  // two ratings
    t.set(2, "a", 1);
    t.set(2, "b", 1);
    t.set(2, "c", 0);  // three ratings
    const AgreementReport r = computeAgreement(t);
    QCOMPARE(r.fleissRatings, 3);
    QCOMPARE(r.fleissSamples, qint64(1));
  }

  void noPairableSampleLeavesEverythingUndefined() {
    RatingTable t;
    t.set(1, "a", 0);
    t.set(2, "b", 1);
    const AgreementReport r = computeAgreement(t, {0, 1, 2});
    QCOMPARE(r.fleissRatings, 0);
    QVERIFY(!r.fleissKappa);
    QVERIFY(!r.krippendorffAlpha);
    QCOMPARE(r.perLabel.size(), size_t(3));  // the asked labels, used or not
    QVERIFY(!r.perLabel[2].specificAgreement);
  }

  void projectRatingsUseEachAnnotatorsLatestLabel() {
    QTemporaryDir dir;
    auto store = ProjectStore::create(dir.filePath("p.assay"), SchemaKind::Correctness);
    std::vector<Sample> samples(4);
    for (size_t i = 0; i < samples.size(); ++i) samples[i].text = QString("t%1").arg(i);
    Sample pair;
    pair.kind = SampleKind::Pair;
    pair.text = "prompt";
    pair.chosen = "x";
    pair.rejected = "y";
    samples.push_back(pair);
    const std::vector<qint64> ids = store->addSamples(samples);
    store->annotate(ids[0], "alice", 1);
    store->annotate(ids[0], "alice", 0);  // changed her mind: 0 counts
    store->annotate(ids[0], "bob", 0);
    store->annotate(ids[1], "alice", 1);
    store->annotate(ids[1], "bob", 0);
    store->annotate(ids[2], "alice", 1);
    store->annotate(ids[2], "bob", 1);
    store->annotate(ids[3], "alice", 0);
    store->annotate(ids[3], "bob", 1);
    store->setDeleted({ids[3]}, true, "alice");  // left out
    const RatingTable t = loadRatings(*store);
    QCOMPARE(t.ratings.size(), size_t(3));
    QCOMPARE(t.ratings.at(ids[0]).at("alice"), 0);
    const AgreementReport r = computeAgreement(t);
    QCOMPARE(r.pairs[0].n, qint64(3));
    QCOMPARE(r.pairs[0].agreed, qint64(2));
    const AgreementReport byPath = computeAgreement(store->path());
    QCOMPARE(byPath.pairs[0].agreed, qint64(2));
    QCOMPARE(byPath.perLabel.size(), size_t(2));
  }
};

ASSAY_TEST_APPLESS_MAIN(TestAgreementStats)
#include "tst_agreement_stats.moc"
