#pragma once
// Agreement between annotators (assay-cli agreement, the GUI's agreement
// panel): computed from each annotator's LATEST label per sample
// (Agreement.h's rule), over text samples with class labels; soft-deleted
// samples are left out. Plain C++ over an in-memory rating table, so tests
// feed hand-built tables and a worker thread can compute from a table it
// loaded itself (loadRatings opens nothing: pass it a store the thread opened).
//
// Definitions (every value is a double; std::nullopt where undefined):
// - Cohen's kappa of a pair, over the samples both rated: 1 - observed
//   disagreement / expected disagreement, exactly scikit-learn's
//   cohen_kappa_score (unweighted). Undefined (sklearn: NaN) when the pair
//   shares no sample or the expected disagreement is 0 (both always gave the
//   same single label).
// - Percent agreement: the share (0..1) of shared samples with equal labels.
// - Fleiss' kappa needs the same number of ratings per sample: it is computed
//   over the samples with the most common rating count m >= 2 (ties: the
//   larger m), and the report says which m and how many samples. Undefined
//   when no sample has two ratings or the chance agreement P_e is 1.
// - Krippendorff's alpha, nominal: the textbook coincidence-matrix form over
//   every sample with at least two ratings (pairable values), any number of
//   ratings per sample: alpha = 1 - (n - 1) * sum_{c!=k} o_ck /
//   sum_{c!=k} n_c n_k. Undefined when fewer than two pairable values or
//   every pairable value is the same label.
// - Per label c: specific agreement = sum_u n_uc (n_uc - 1) /
//   sum_u n_uc (m_u - 1) over samples u with m_u >= 2 ratings (for two
//   annotators: 2a / (2a + b + c), "positive specific agreement"), i.e.
//   twice the agreeing pairs on c over the pairable assignments to c, each
//   weighted by the other ratings it can pair with.
#include <QString>
#include <QStringList>
#include <map>
#include <optional>
#include <vector>

namespace assay::data {

class ProjectStore;

// sample id -> annotator -> label id (the annotator's latest label).
struct RatingTable {
  std::map<qint64, std::map<QString, int>> ratings;
  // Sets (replaces) one annotator's label on one sample.
  void set(qint64 sampleId, const QString& annotator, int label) { ratings[sampleId][annotator] = label; }
  // Annotators with at least one rating, sorted.
  QStringList annotators() const;
};

struct PairAgreement {
  QString a, b;  // a < b in the report's annotator order
  qint64 n = 0;  // samples both rated
  qint64 agreed = 0;
  std::optional<double> percentAgreement;  // agreed / n (0..1); nullopt when n = 0
  std::optional<double> cohenKappa;
};

struct LabelAgreement {
  int label = -1;
  qint64 assignments = 0;    // latest labels equal to this label, on any sample
  qint64 samples = 0;        // samples on which at least one annotator gave it
  qint64 pairable = 0;       // of `assignments`, those on samples with >= 2 ratings
  qint64 agreeingPairs = 0;  // unordered pairs of annotators who both gave it on one sample
  std::optional<double> specificAgreement;
};

struct AgreementReport {
  QStringList annotators;            // sorted
  qint64 samples = 0;                // samples with at least one rating
  qint64 multiplyRated = 0;          // samples with at least two ratings
  std::vector<PairAgreement> pairs;  // every pair (i < j) of `annotators`, in that order
  std::optional<double> fleissKappa;
  int fleissRatings = 0;     // m: the ratings per sample of Fleiss' subset (0: none)
  qint64 fleissSamples = 0;  // samples in Fleiss' subset
  std::optional<double> krippendorffAlpha;
  std::vector<LabelAgreement> perLabel;  // by label id
  // The pair (a, b) in either order; nullptr when either is unknown.
  const PairAgreement* pair(const QString& a, const QString& b) const;
};

// `labels`: the label ids to report per label (e.g. every label of the
// project); empty: the labels that occur in the table. Labels in the table
// are always reported.
AgreementReport computeAgreement(const RatingTable& table, const std::vector<int>& labels = {});

// Cohen's kappa of two parallel label sequences (scikit-learn's
// cohen_kappa_score); nullopt when empty or undefined (see above).
std::optional<double> cohenKappa(const std::vector<int>& a, const std::vector<int>& b);

struct ConfusionMatrix {
  QString a, b;
  std::vector<int> labels;                  // row and column order
  std::vector<std::vector<qint64>> counts;  // counts[i][j]: a gave labels[i], b gave labels[j]
  qint64 n = 0;                             // samples both rated
};

// Rows: a's labels, columns: b's, over the samples both rated. `labels` as
// computeAgreement's (labels in the table are always included).
ConfusionMatrix confusionMatrix(const RatingTable& table, const QString& a, const QString& b,
                                const std::vector<int>& labels = {});

// Every annotator's latest label on every non-deleted text sample of the
// project (one query). Call it on the thread that opened `store`.
RatingTable loadRatings(const ProjectStore& store);

// Convenience for a worker thread: opens `projectPath` read-only, loads the
// ratings and computes the report with every label of the project.
AgreementReport computeAgreement(const QString& projectPath);

}  // namespace assay::data
