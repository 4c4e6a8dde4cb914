#pragma once
// The two pieces every n-gram model here is built from: character n-gram
// TF-IDF rows (NgramVectorizer) and the L-BFGS minimiser that fits their
// weights (minimizeLbfgs). NgramClassifier fits a multinomial logistic
// regression with them; the label flagger's pair model (LabelFlagger.h) a
// Bradley–Terry model on the difference of two texts' rows. Plain C++.
#include <QString>
#include <QStringList>
#include <cstdint>
#include <functional>
#include <unordered_map>
#include <vector>

namespace assay {

struct SparseRow {
  std::vector<int32_t> index;
  std::vector<float> value;
};

// scikit-learn's TfidfVectorizer(analyzer="char", ngram_range=(minN, maxN),
// sublinear_tf=True): lower-cased, whitespace runs folded, smoothed idf,
// L2-normalised rows.
class NgramVectorizer {
 public:
  int minN = 1, maxN = 3;
  int maxChars = 4000;  // characters of a text that give features

  // Builds the vocabulary from `texts`: the n-grams of two texts or more (all
  // of them for under 50 texts), the most frequent first, at most
  // `maxFeatures`.
  void fit(const QStringList& texts, int maxFeatures);
  SparseRow transform(const QString& text) const;
  int size() const { return int(idf_.size()); }

  // The vocabulary in feature order, for NgramClassifier's file.
  std::vector<uint64_t> hashes() const;
  const std::vector<float>& idf() const { return idf_; }
  void restore(const std::vector<uint64_t>& hashes, std::vector<float> idf);

 private:
  std::unordered_map<uint64_t, int> countNgrams(const QString& text) const;

  std::unordered_map<uint64_t, int32_t> vocab_;  // n-gram hash -> feature
  std::vector<float> idf_;
};

// f(x) and its gradient (written into `grad`, which has x's size).
using LbfgsObjective = std::function<double(const std::vector<double>& x, std::vector<double>& grad)>;

// Minimises `objective` from `x` in place: L-BFGS (history 10) with a
// backtracking Armijo line search; stops after `maxIterations`, when the
// largest gradient entry is below 1e-6, when an iteration improves f by less
// than 1e-10 relative, or when `shouldStop` (polled once per iteration)
// returns true.
void minimizeLbfgs(const LbfgsObjective& objective, std::vector<double>& x, int maxIterations,
                   const std::function<bool()>& shouldStop = {});

// Multinomial logistic regression on rows of `features` columns: minimises
// mean cross-entropy + ||W||² / (2·c·N) (scikit-learn's objective divided by
// c·N; biases unpenalised). Returns classes x features weights, then the
// classes biases.
std::vector<double> fitSoftmaxRegression(const std::vector<SparseRow>& rows, const std::vector<int>& labels,
                                         int classes, int features, double c, int maxIterations,
                                         const std::function<bool()>& shouldStop = {});
// The logits of one row under fitSoftmaxRegression's weights.
std::vector<double> softmaxRegressionLogits(const std::vector<double>& weights, const SparseRow& row, int classes,
                                            int features);

}  // namespace assay
