#pragma once
// The classic baseline every training run is measured against, and a model
// of its own (--model_name_or_path ngram): character n-gram TF-IDF
// (lower-cased, whitespace runs folded; sublinear tf, smoothed idf,
// L2-normalised rows, as scikit-learn's TfidfVectorizer(analyzer="char",
// ngram_range=(1, 3), sublinear_tf=True)) and multinomial logistic
// regression with an L2 penalty, fitted by L-BFGS. It trains in seconds on
// thousands of records, so a user sees at once whether the transformer
// earned its minutes. Plain C++: no LibTorch.
#include <QString>
#include <QStringList>
#include <vector>

#include "train/NgramFeatures.h"

namespace assay {

class NgramClassifier {
 public:
  struct Options {
    int minN = 1, maxN = 3;
    int maxFeatures = 300000;  // the n-grams in most training texts
    double c = 10;             // inverse L2 strength, scikit-learn's C
    int maxIterations = 200;   // L-BFGS iterations
    int maxChars = 4000;       // characters of a text that give features
  };
  // Fits on texts with class ids 0..numClasses-1 (numClasses >= 2). Throws
  // std::invalid_argument for empty input, a label out of range or sizes
  // that differ.
  static NgramClassifier fit(const QStringList& texts, const std::vector<int>& labels, int numClasses,
                             const Options& options);
  static NgramClassifier fit(const QStringList& texts, const std::vector<int>& labels, int numClasses) {
    return fit(texts, labels, numClasses, Options());
  }

  int numClasses() const { return classes_; }
  int numFeatures() const { return vectorizer_.size(); }
  std::vector<double> logits(const QString& text) const;
  std::vector<double> probabilities(const QString& text) const;  // softmax of logits

  // A small binary file (magic, options, n-gram hashes, idf, weights).
  // Throws std::runtime_error naming the file on failure.
  void save(const QString& path) const;
  static NgramClassifier load(const QString& path);
  static constexpr const char* kFileName = "ngram_model.bin";

 private:
  Options options_;
  NgramVectorizer vectorizer_;
  int classes_ = 0;
  std::vector<double> weights_;  // classes_ x features, then classes_ biases
};

}  // namespace assay
