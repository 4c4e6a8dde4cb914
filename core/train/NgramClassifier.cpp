#include "train/NgramClassifier.h"

#include <QFile>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <deque>
#include <numeric>
#include <stdexcept>

namespace assay {

namespace {

// FNV-1a over the code points and the n-gram's length: 64 bits make a
// collision between two of a few hundred thousand n-grams negligible.
uint64_t hashNgram(const char32_t* begin, int n) {
  uint64_t h = 1469598103934665603ull ^ uint64_t(n);
  for (int i = 0; i < n; ++i) {
    h ^= uint64_t(begin[i]);
    h *= 1099511628211ull;
  }
  return h;
}

double dot(const std::vector<double>& a, const std::vector<double>& b) {
  return std::inner_product(a.begin(), a.end(), b.begin(), 0.0);
}

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

std::unordered_map<uint64_t, int> NgramClassifier::countNgrams(const QString& text) const {
  std::u32string cps;
  for (const uint c : text.simplified().toLower().left(options_.maxChars).toUcs4()) cps.push_back(char32_t(c));
  std::unordered_map<uint64_t, int> counts;
  const int len = int(cps.size());
  for (int n = options_.minN; n <= options_.maxN; ++n)
    for (int i = 0; i + n <= len; ++i) ++counts[hashNgram(cps.data() + i, n)];
  return counts;
}

NgramClassifier::Row NgramClassifier::features(const QString& text) const {
  Row row;
  for (const auto& [hash, count] : countNgrams(text)) {
    const auto it = vocab_.find(hash);
    if (it == vocab_.end()) continue;
    row.index.push_back(it->second);
    row.value.push_back(float((1.0 + std::log(double(count))) * idf_[size_t(it->second)]));
  }
  double norm = 0;
  for (float v : row.value) norm += double(v) * v;
  norm = std::sqrt(norm);
  if (norm > 0)
    for (float& v : row.value) v = float(v / norm);
  return row;
}

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

  // Document frequencies; the vocabulary keeps n-grams of two texts or more
  // (all of them for a tiny set), the most frequent first.
  std::vector<std::unordered_map<uint64_t, int>> counts;
  counts.reserve(size_t(texts.size()));
  std::unordered_map<uint64_t, int> df;
  for (const QString& t : texts) {
    counts.push_back(model.countNgrams(t));
    for (const auto& kv : counts.back()) ++df[kv.first];
  }
  std::vector<std::pair<int, uint64_t>> ranked;
  const int minDf = texts.size() >= 50 ? 2 : 1;
  for (const auto& [hash, n] : df)
    if (n >= minDf) ranked.emplace_back(n, hash);
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  if (ranked.size() > size_t(options.maxFeatures)) ranked.resize(size_t(options.maxFeatures));
  const double docs = double(texts.size());
  for (size_t f = 0; f < ranked.size(); ++f) {
    model.vocab_.emplace(ranked[f].second, int32_t(f));
    model.idf_.push_back(float(std::log((1.0 + docs) / (1.0 + ranked[f].first)) + 1.0));
  }
  std::vector<Row> rows;
  rows.reserve(counts.size());
  for (int i = 0; i < texts.size(); ++i) rows.push_back(model.features(texts[i]));
  model.fitWeights(rows, labels);
  return model;
}

// Minimises mean cross-entropy + ||W||² / (2·C·N) (scikit-learn's objective
// divided by C·N; biases unpenalised) with L-BFGS and a backtracking line
// search.
void NgramClassifier::fitWeights(const std::vector<Row>& rows, const std::vector<int>& labels) {
  const size_t k = size_t(classes_), d = idf_.size(), n = rows.size();
  const double lambda = 1.0 / (options_.c * double(n));
  std::vector<double> w((k * d) + k, 0.0);
  const auto objective = [&](const std::vector<double>& x, std::vector<double>& grad) {
    std::fill(grad.begin(), grad.end(), 0.0);
    double loss = 0;
    std::vector<double> z(k);
    for (size_t i = 0; i < n; ++i) {
      const Row& r = rows[i];
      for (size_t c = 0; c < k; ++c) {
        double s = x[k * d + c];
        const double* wc = x.data() + c * d;
        for (size_t j = 0; j < r.index.size(); ++j) s += wc[r.index[j]] * double(r.value[j]);
        z[c] = s;
      }
      const double top = *std::max_element(z.begin(), z.end());
      double sum = 0;
      for (double v : z) sum += std::exp(v - top);
      loss += top + std::log(sum) - z[size_t(labels[i])];
      for (size_t c = 0; c < k; ++c) {
        const double g = (std::exp(z[c] - top) / sum - (int(c) == labels[i] ? 1.0 : 0.0)) / double(n);
        double* gc = grad.data() + c * d;
        for (size_t j = 0; j < r.index.size(); ++j) gc[r.index[j]] += g * double(r.value[j]);
        grad[k * d + c] += g;
      }
    }
    loss /= double(n);
    double penalty = 0;
    for (size_t j = 0; j < k * d; ++j) {
      penalty += x[j] * x[j];
      grad[j] += lambda * x[j];
    }
    return loss + 0.5 * lambda * penalty;
  };

  constexpr size_t kHistory = 10;
  std::deque<std::pair<std::vector<double>, std::vector<double>>> history;  // (s, y)
  std::vector<double> grad(w.size()), nextGrad(w.size()), next(w.size()), dir(w.size());
  double f = objective(w, grad);
  for (int it = 0; it < options_.maxIterations; ++it) {
    // Two-loop recursion: dir = -H·grad.
    dir = grad;
    std::vector<double> alpha(history.size());
    for (size_t h = history.size(); h-- > 0;) {
      const auto& [s, y] = history[h];
      alpha[h] = dot(s, dir) / dot(y, s);
      for (size_t j = 0; j < dir.size(); ++j) dir[j] -= alpha[h] * y[j];
    }
    double gamma = 1.0;
    if (!history.empty())
      gamma = dot(history.back().first, history.back().second) / dot(history.back().second, history.back().second);
    else gamma = 1.0 / std::max(1e-12, std::sqrt(dot(grad, grad)));
    for (double& v : dir) v *= gamma;
    for (size_t h = 0; h < history.size(); ++h) {
      const auto& [s, y] = history[h];
      const double beta = dot(y, dir) / dot(y, s);
      for (size_t j = 0; j < dir.size(); ++j) dir[j] += s[j] * (alpha[h] - beta);
    }
    for (double& v : dir) v = -v;
    double slope = dot(grad, dir);
    if (slope >= 0) {  // not a descent direction: restart from the gradient
      history.clear();
      for (size_t j = 0; j < dir.size(); ++j) dir[j] = -grad[j];
      slope = -dot(grad, grad);
    }
    double step = 1.0, fNext = 0;
    bool accepted = false;
    for (int tries = 0; tries < 40; ++tries, step *= 0.5) {
      for (size_t j = 0; j < w.size(); ++j) next[j] = w[j] + step * dir[j];
      fNext = objective(next, nextGrad);
      if (fNext <= f + 1e-4 * step * slope) {
        accepted = true;
        break;
      }
    }
    if (!accepted) break;
    std::vector<double> s(w.size()), y(w.size());
    for (size_t j = 0; j < w.size(); ++j) {
      s[j] = next[j] - w[j];
      y[j] = nextGrad[j] - grad[j];
    }
    const double improvement = f - fNext;
    w.swap(next);
    grad.swap(nextGrad);
    f = fNext;
    if (dot(s, y) > 1e-12) {
      history.emplace_back(std::move(s), std::move(y));
      if (history.size() > kHistory) history.pop_front();
    }
    double gradMax = 0;
    for (double g : grad) gradMax = std::max(gradMax, std::abs(g));
    if (gradMax < 1e-6 || improvement < 1e-10 * std::max(1.0, std::abs(f))) break;
  }
  weights_ = std::move(w);
}

std::vector<double> NgramClassifier::logits(const QString& text) const {
  const size_t k = size_t(classes_), d = idf_.size();
  const Row r = features(text);
  std::vector<double> z(k);
  for (size_t c = 0; c < k; ++c) {
    double s = weights_[k * d + c];
    for (size_t j = 0; j < r.index.size(); ++j) s += weights_[c * d + size_t(r.index[j])] * double(r.value[j]);
    z[c] = s;
  }
  return z;
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
  const int32_t header[] = {options_.minN, options_.maxN, options_.maxChars, classes_, int32_t(idf_.size())};
  put(header, sizeof header);
  std::vector<uint64_t> hashes(idf_.size());
  for (const auto& [hash, index] : vocab_) hashes[size_t(index)] = hash;
  put(hashes.data(), hashes.size() * sizeof(uint64_t));
  put(idf_.data(), idf_.size() * sizeof(float));
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
  model.idf_.resize(size_t(features));
  take(model.idf_.data(), model.idf_.size() * sizeof(float));
  std::vector<float> w(size_t(model.classes_) * size_t(features) + size_t(model.classes_));
  take(w.data(), w.size() * sizeof(float));
  model.weights_.assign(w.begin(), w.end());
  for (size_t i = 0; i < hashes.size(); ++i) model.vocab_.emplace(hashes[i], int32_t(i));
  return model;
}

}  // namespace assay
