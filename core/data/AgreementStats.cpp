#include "data/AgreementStats.h"

#include <algorithm>
#include <set>

#include "data/ProjectDb.h"

namespace assay::data {

namespace {

// The labels to report: those asked for and those the table uses, sorted.
std::vector<int> labelSet(const RatingTable& table, const std::vector<int>& asked) {
  std::set<int> labels(asked.begin(), asked.end());
  for (const auto& [sample, byAnnotator] : table.ratings)
    for (const auto& [annotator, label] : byAnnotator) labels.insert(label);
  return {labels.begin(), labels.end()};
}

size_t indexOf(const std::vector<int>& labels, int label) {
  return static_cast<size_t>(std::lower_bound(labels.begin(), labels.end(), label) - labels.begin());
}

// Unweighted Cohen's kappa from a confusion matrix, as scikit-learn computes
// it (1 - sum(w * confusion) / sum(w * expected), w = 1 off the diagonal),
// in integers until the one division: expected disagreement * n =
// n^2 - sum_k row_k col_k.
std::optional<double> kappaOf(const std::vector<std::vector<qint64>>& counts) {
  const size_t k = counts.size();
  std::vector<qint64> row(k, 0), col(k, 0);
  qint64 n = 0, agreed = 0;
  for (size_t i = 0; i < k; ++i)
    for (size_t j = 0; j < k; ++j) {
      row[i] += counts[i][j];
      col[j] += counts[i][j];
      n += counts[i][j];
      if (i == j) agreed += counts[i][j];
    }
  if (n == 0) return std::nullopt;
  long double chance = 0;  // sum_k row_k col_k, exact in 64 bits for any real project
  for (size_t i = 0; i < k; ++i) chance += static_cast<long double>(row[i]) * static_cast<long double>(col[i]);
  const long double expectedTimesN = static_cast<long double>(n) * static_cast<long double>(n) - chance;
  if (expectedTimesN <= 0) return std::nullopt;  // sklearn: 0 / 0 = NaN
  const long double observedTimesN = static_cast<long double>(n - agreed) * static_cast<long double>(n);
  return static_cast<double>(1.0L - observedTimesN / expectedTimesN);
}

}  // namespace

QStringList RatingTable::annotators() const {
  std::set<QString> names;
  for (const auto& [sample, byAnnotator] : ratings)
    for (const auto& [annotator, label] : byAnnotator) names.insert(annotator);
  QStringList out;
  for (const QString& n : names) out << n;
  return out;
}

const PairAgreement* AgreementReport::pair(const QString& a, const QString& b) const {
  for (const PairAgreement& p : pairs)
    if ((p.a == a && p.b == b) || (p.a == b && p.b == a)) return &p;
  return nullptr;
}

std::optional<double> cohenKappa(const std::vector<int>& a, const std::vector<int>& b) {
  if (a.size() != b.size() || a.empty()) return std::nullopt;
  std::set<int> seen(a.begin(), a.end());
  seen.insert(b.begin(), b.end());
  const std::vector<int> labels(seen.begin(), seen.end());
  std::vector<std::vector<qint64>> counts(labels.size(), std::vector<qint64>(labels.size(), 0));
  for (size_t i = 0; i < a.size(); ++i) ++counts[indexOf(labels, a[i])][indexOf(labels, b[i])];
  return kappaOf(counts);
}

ConfusionMatrix confusionMatrix(const RatingTable& table, const QString& a, const QString& b,
                                const std::vector<int>& labels) {
  ConfusionMatrix m;
  m.a = a;
  m.b = b;
  m.labels = labelSet(table, labels);
  m.counts.assign(m.labels.size(), std::vector<qint64>(m.labels.size(), 0));
  for (const auto& [sample, byAnnotator] : table.ratings) {
    const auto ia = byAnnotator.find(a), ib = byAnnotator.find(b);
    if (ia == byAnnotator.end() || ib == byAnnotator.end()) continue;
    ++m.counts[indexOf(m.labels, ia->second)][indexOf(m.labels, ib->second)];
    ++m.n;
  }
  return m;
}

AgreementReport computeAgreement(const RatingTable& table, const std::vector<int>& askedLabels) {
  AgreementReport r;
  r.annotators = table.annotators();
  const std::vector<int> labels = labelSet(table, askedLabels);
  const size_t k = labels.size();

  // Pairs: one confusion matrix each.
  for (int i = 0; i < r.annotators.size(); ++i)
    for (int j = i + 1; j < r.annotators.size(); ++j) {
      const ConfusionMatrix m = confusionMatrix(table, r.annotators[i], r.annotators[j], labels);
      PairAgreement p;
      p.a = m.a;
      p.b = m.b;
      p.n = m.n;
      for (size_t c = 0; c < k; ++c) p.agreed += m.counts[c][c];
      if (p.n > 0) p.percentAgreement = static_cast<double>(p.agreed) / static_cast<double>(p.n);
      p.cohenKappa = kappaOf(m.counts);
      r.pairs.push_back(std::move(p));
    }

  // Per sample: how many ratings of each label (n_uc) and in all (m_u).
  std::map<int, qint64> samplesPerCount;  // m_u -> samples
  std::vector<LabelAgreement> perLabel(k);
  for (size_t c = 0; c < k; ++c) perLabel[c].label = labels[c];
  std::vector<qint64> pairableValues(k, 0);  // n_c of Krippendorff's coincidence matrix
  long double disagreeingCoincidences = 0;   // sum_{c != k} o_ck
  std::vector<qint64> nuc(k);
  std::vector<long double> specificNum(k, 0), specificDen(k, 0);
  for (const auto& [sample, byAnnotator] : table.ratings) {
    const auto m = static_cast<qint64>(byAnnotator.size());
    if (m == 0) continue;
    ++r.samples;
    std::fill(nuc.begin(), nuc.end(), 0);
    for (const auto& [annotator, label] : byAnnotator) ++nuc[indexOf(labels, label)];
    for (size_t c = 0; c < k; ++c) {
      if (nuc[c] == 0) continue;
      perLabel[c].assignments += nuc[c];
      ++perLabel[c].samples;
    }
    if (m < 2) continue;
    ++r.multiplyRated;
    ++samplesPerCount[m];
    qint64 sumSquares = 0;
    for (size_t c = 0; c < k; ++c) {
      if (nuc[c] == 0) continue;
      sumSquares += nuc[c] * nuc[c];
      pairableValues[c] += nuc[c];
      perLabel[c].pairable += nuc[c];
      perLabel[c].agreeingPairs += nuc[c] * (nuc[c] - 1) / 2;
      specificNum[c] += static_cast<long double>(nuc[c] * (nuc[c] - 1));
      specificDen[c] += static_cast<long double>(nuc[c] * (m - 1));
    }
    disagreeingCoincidences += static_cast<long double>(m * m - sumSquares) / static_cast<long double>(m - 1);
  }
  for (size_t c = 0; c < k; ++c)
    if (specificDen[c] > 0) perLabel[c].specificAgreement = static_cast<double>(specificNum[c] / specificDen[c]);
  r.perLabel = std::move(perLabel);

  // Krippendorff's alpha (nominal).
  qint64 n = 0;
  long double sumSquares = 0;
  for (qint64 v : pairableValues) {
    n += v;
    sumSquares += static_cast<long double>(v) * static_cast<long double>(v);
  }
  const long double expected = static_cast<long double>(n) * static_cast<long double>(n) - sumSquares;
  if (n >= 2 && expected > 0)
    r.krippendorffAlpha =
        static_cast<double>(1.0L - static_cast<long double>(n - 1) * disagreeingCoincidences / expected);

  // Fleiss' kappa over the samples with the most common rating count.
  qint64 most = 0;
  for (const auto& [count, samples] : samplesPerCount)
    if (samples >= most) {  // ascending counts: a tie goes to the larger count
      most = samples;
      r.fleissRatings = static_cast<int>(count);
    }
  if (r.fleissRatings >= 2) {
    const qint64 m = r.fleissRatings;
    std::vector<qint64> perCategory(k, 0);
    long double sumP = 0;
    for (const auto& [sample, byAnnotator] : table.ratings) {
      if (static_cast<qint64>(byAnnotator.size()) != m) continue;
      ++r.fleissSamples;
      std::fill(nuc.begin(), nuc.end(), 0);
      for (const auto& [annotator, label] : byAnnotator) ++nuc[indexOf(labels, label)];
      qint64 squares = 0;
      for (size_t c = 0; c < k; ++c) {
        squares += nuc[c] * nuc[c];
        perCategory[c] += nuc[c];
      }
      sumP += static_cast<long double>(squares - m) / static_cast<long double>(m * (m - 1));
    }
    const long double total = static_cast<long double>(r.fleissSamples * m);
    long double pe = 0;
    int used = 0;
    for (qint64 v : perCategory) {
      if (v > 0) ++used;
      const long double p = static_cast<long double>(v) / total;
      pe += p * p;
    }
    const long double pBar = sumP / static_cast<long double>(r.fleissSamples);
    if (used > 1) r.fleissKappa = static_cast<double>((pBar - pe) / (1.0L - pe));
  }
  return r;
}

RatingTable loadRatings(const ProjectStore& store) {
  RatingTable table;
  // The latest label of each annotator on each sample: SQLite takes `label`
  // from the row with max(id) in each group (Agreement.h).
  detail::Statement st(ProjectStoreAccess::handle(store), ProjectStoreAccess::path(store),
                       "SELECT a.sample_id, a.annotator, a.label, max(a.id) FROM annotations a "
                       "JOIN samples s ON s.id = a.sample_id WHERE s.kind = 0 AND s.deleted_at IS NULL "
                       "GROUP BY a.sample_id, a.annotator");
  while (st.step()) table.set(st.int64(0), st.qtext(1), static_cast<int>(st.int64(2)));
  return table;
}

AgreementReport computeAgreement(const QString& projectPath) {
  const auto store = ProjectStore::open(projectPath, ProjectStore::Access::ReadOnly);
  std::vector<int> labels;
  for (const Label& l : store->labelSchema().labels()) labels.push_back(l.id);
  return computeAgreement(loadRatings(*store), labels);
}

}  // namespace assay::data
