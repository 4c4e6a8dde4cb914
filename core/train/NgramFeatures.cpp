#include "train/NgramFeatures.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <numeric>

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

}  // namespace

std::unordered_map<uint64_t, int> NgramVectorizer::countNgrams(const QString& text) const {
  std::u32string cps;
  for (const uint c : text.simplified().toLower().left(maxChars).toUcs4()) cps.push_back(char32_t(c));
  std::unordered_map<uint64_t, int> counts;
  const int len = int(cps.size());
  for (int n = minN; n <= maxN; ++n)
    for (int i = 0; i + n <= len; ++i) ++counts[hashNgram(cps.data() + i, n)];
  return counts;
}

void NgramVectorizer::fit(const QStringList& texts, int maxFeatures) {
  std::unordered_map<uint64_t, int> df;
  for (const QString& t : texts)
    for (const auto& kv : countNgrams(t)) ++df[kv.first];
  std::vector<std::pair<int, uint64_t>> ranked;
  const int minDf = texts.size() >= 50 ? 2 : 1;
  for (const auto& [hash, n] : df)
    if (n >= minDf) ranked.emplace_back(n, hash);
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  if (ranked.size() > size_t(maxFeatures)) ranked.resize(size_t(maxFeatures));
  const double docs = double(texts.size());
  vocab_.clear();
  idf_.clear();
  for (size_t f = 0; f < ranked.size(); ++f) {
    vocab_.emplace(ranked[f].second, int32_t(f));
    idf_.push_back(float(std::log((1.0 + docs) / (1.0 + ranked[f].first)) + 1.0));
  }
}

SparseRow NgramVectorizer::transform(const QString& text) const {
  SparseRow row;
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

std::vector<uint64_t> NgramVectorizer::hashes() const {
  std::vector<uint64_t> out(idf_.size());
  for (const auto& [hash, index] : vocab_) out[size_t(index)] = hash;
  return out;
}

void NgramVectorizer::restore(const std::vector<uint64_t>& hashes, std::vector<float> idf) {
  vocab_.clear();
  for (size_t i = 0; i < hashes.size(); ++i) vocab_.emplace(hashes[i], int32_t(i));
  idf_ = std::move(idf);
}

void minimizeLbfgs(const LbfgsObjective& objective, std::vector<double>& w, int maxIterations,
                   const std::function<bool()>& shouldStop) {
  constexpr size_t kHistory = 10;
  std::deque<std::pair<std::vector<double>, std::vector<double>>> history;  // (s, y)
  std::vector<double> grad(w.size()), nextGrad(w.size()), next(w.size()), dir(w.size());
  double f = objective(w, grad);
  for (int it = 0; it < maxIterations; ++it) {
    if (shouldStop && shouldStop()) break;
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
}

std::vector<double> fitSoftmaxRegression(const std::vector<SparseRow>& rows, const std::vector<int>& labels,
                                         int classes, int features, double c, int maxIterations,
                                         const std::function<bool()>& shouldStop) {
  const size_t k = size_t(classes), d = size_t(features), n = rows.size();
  const double lambda = 1.0 / (c * double(n));
  std::vector<double> w((k * d) + k, 0.0);
  const auto objective = [&](const std::vector<double>& x, std::vector<double>& grad) {
    std::fill(grad.begin(), grad.end(), 0.0);
    double loss = 0;
    std::vector<double> z(k);
    for (size_t i = 0; i < n; ++i) {
      const SparseRow& r = rows[i];
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
  minimizeLbfgs(objective, w, maxIterations, shouldStop);
  return w;
}

std::vector<double> softmaxRegressionLogits(const std::vector<double>& weights, const SparseRow& row, int classes,
                                            int features) {
  const size_t k = size_t(classes), d = size_t(features);
  std::vector<double> z(k);
  for (size_t c = 0; c < k; ++c) {
    double s = weights[k * d + c];
    for (size_t j = 0; j < row.index.size(); ++j) s += weights[c * d + size_t(row.index[j])] * double(row.value[j]);
    z[c] = s;
  }
  return z;
}

}  // namespace assay
