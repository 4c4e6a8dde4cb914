#include "train/NgramClassifier.h"

#include <QFile>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace assay {

namespace {

void softmaxInPlace(std::vector<double>& z) {
  const double top = *std::max_element(z.begin(), z.end());
  double sum = 0;
  for (double& v : z) sum += (v = std::exp(v - top));
  for (double& v : z) v /= sum;
}

[[noreturn]] void fileError(const QString& path, const QString& problem) {
  throw std::runtime_error(QString(path + QStringLiteral(": ") + problem).toStdString());
}

constexpr char kMagic[8] = {'A', 'S', 'Y', 'N', 'G', 'R', 'M', '1'};

}  // namespace

NgramClassifier NgramClassifier::fit(const QStringList& texts, const std::vector<int>& labels, int numClasses,
                                     const Options& options) {
  if (texts.isEmpty() || size_t(texts.size()) != labels.size())
    throw std::invalid_argument("n-gram baseline: needs as many labels as texts, at least one");
  if (numClasses < 2) throw std::invalid_argument("n-gram baseline: needs at least two classes");
  for (int l : labels)
    if (l < 0 || l >= numClasses) throw std::invalid_argument("n-gram baseline: a label id is out of range");
  NgramClassifier model;
  model.options_ = options;
  model.classes_ = numClasses;

  model.vectorizer_.minN = options.minN;
  model.vectorizer_.maxN = options.maxN;
  model.vectorizer_.maxChars = options.maxChars;
  model.vectorizer_.fit(texts, options.maxFeatures);
  std::vector<SparseRow> rows;
  rows.reserve(size_t(texts.size()));
  for (const QString& t : texts) rows.push_back(model.vectorizer_.transform(t));
  model.weights_ =
      fitSoftmaxRegression(rows, labels, numClasses, model.vectorizer_.size(), options.c, options.maxIterations);
  return model;
}

std::vector<double> NgramClassifier::logits(const QString& text) const {
  return softmaxRegressionLogits(weights_, vectorizer_.transform(text), classes_, vectorizer_.size());
}

std::vector<double> NgramClassifier::probabilities(const QString& text) const {
  std::vector<double> z = logits(text);
  softmaxInPlace(z);
  return z;
}

void NgramClassifier::save(const QString& path) const {
  QSaveFile f(path);
  if (!f.open(QIODevice::WriteOnly)) fileError(path, QStringLiteral("cannot write: ") + f.errorString());
  const auto put = [&f](const void* data, size_t bytes) { f.write(static_cast<const char*>(data), qint64(bytes)); };
  put(kMagic, sizeof kMagic);
  const int32_t header[] = {options_.minN, options_.maxN, options_.maxChars, classes_, int32_t(vectorizer_.size())};
  put(header, sizeof header);
  const std::vector<uint64_t> hashes = vectorizer_.hashes();
  put(hashes.data(), hashes.size() * sizeof(uint64_t));
  put(vectorizer_.idf().data(), vectorizer_.idf().size() * sizeof(float));
  std::vector<float> w(weights_.begin(), weights_.end());
  put(w.data(), w.size() * sizeof(float));
  if (!f.commit()) fileError(path, QStringLiteral("cannot write: ") + f.errorString());
}

NgramClassifier NgramClassifier::load(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) fileError(path, QStringLiteral("cannot read: ") + f.errorString());
  const QByteArray bytes = f.readAll();
  const char* p = bytes.constData();
  const char* end = p + bytes.size();
  const auto take = [&](void* out, size_t n) {
    if (size_t(end - p) < n) fileError(path, QStringLiteral("truncated n-gram model"));
    std::copy(p, p + n, static_cast<char*>(out));
    p += n;
  };
  char magic[sizeof kMagic];
  take(magic, sizeof magic);
  if (!std::equal(magic, magic + sizeof magic, kMagic)) fileError(path, QStringLiteral("not an Assay n-gram model"));
  int32_t header[5];
  take(header, sizeof header);
  NgramClassifier model;
  model.options_.minN = header[0];
  model.options_.maxN = header[1];
  model.options_.maxChars = header[2];
  model.classes_ = header[3];
  const int32_t features = header[4];
  if (model.options_.minN < 1 || model.options_.maxN < model.options_.minN || model.options_.maxN > 16 ||
      model.classes_ < 2 || features < 0 || model.options_.maxChars < 1)
    fileError(path, QStringLiteral("damaged n-gram model header"));
  const size_t expected = size_t(features) * (sizeof(uint64_t) + sizeof(float)) +
                          (size_t(model.classes_) * size_t(features) + size_t(model.classes_)) * sizeof(float);
  if (size_t(end - p) != expected) fileError(path, QStringLiteral("n-gram model has the wrong size for its header"));
  std::vector<uint64_t> hashes(static_cast<size_t>(features));
  take(hashes.data(), hashes.size() * sizeof(uint64_t));
  std::vector<float> idf(static_cast<size_t>(features));
  take(idf.data(), idf.size() * sizeof(float));
  std::vector<float> w(size_t(model.classes_) * size_t(features) + size_t(model.classes_));
  take(w.data(), w.size() * sizeof(float));
  model.weights_.assign(w.begin(), w.end());
  model.vectorizer_.minN = model.options_.minN;
  model.vectorizer_.maxN = model.options_.maxN;
  model.vectorizer_.maxChars = model.options_.maxChars;
  model.vectorizer_.restore(hashes, std::move(idf));
  return model;
}

}  // namespace assay
