#include "train/LabelFlagger.h"

#include <QThread>
#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <numeric>
#include <random>
#include <thread>

#include "train/NgramFeatures.h"

namespace assay {

namespace {

bool mostConfidentFirst(const LabelFlag& a, const LabelFlag& b) {
  return a.score != b.score ? a.score > b.score : a.index < b.index;
}

// Runs fit(fold) for every fold on `threads` helper threads while the calling
// thread reports progress; rethrows the first failure after all have stopped.
// `stop` is set on a failure, a throwing progress callback or a cancel, and
// fits poll it (through shouldStop) every L-BFGS iteration.
void runFolds(int folds, int threads, const FlaggerControl& control, std::atomic<bool>& stop,
              const std::function<void(int fold)>& fit) {
  std::mutex mutex;
  std::condition_variable changed;
  int next = 0, done = 0;
  std::exception_ptr failure;
  const auto worker = [&] {
    for (;;) {
      int fold;
      {
        std::lock_guard<std::mutex> lock(mutex);
        if (next >= folds || failure || stop) return;
        fold = next++;
      }
      try {
        fit(fold);
      } catch (...) {
        std::lock_guard<std::mutex> lock(mutex);
        if (!failure) failure = std::current_exception();
        stop = true;
      }
      {
        std::lock_guard<std::mutex> lock(mutex);
        ++done;
      }
      changed.notify_all();
    }
  };
  const int width = std::max(1, std::min(folds, threads > 0 ? threads : QThread::idealThreadCount()));
  std::vector<std::thread> pool;
  for (int t = 0; t < width; ++t) pool.emplace_back(worker);
  int reported = -1;
  {
    std::unique_lock<std::mutex> lock(mutex);
    while (done < folds && !(failure || stop)) {
      if (control.cancel && control.cancel->load()) {
        stop = true;
        break;
      }
      if (done != reported && control.progress) {
        reported = done;
        lock.unlock();
        try {
          control.progress(1 + done, 1 + folds);
        } catch (...) {
          lock.lock();
          if (!failure) failure = std::current_exception();
          stop = true;
          break;
        }
        lock.lock();
      }
      changed.wait_for(lock, std::chrono::milliseconds(100));
    }
  }
  stop = true;  // a fold still running after a failure stops at its next iteration
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  if (done < folds) throw FlaggingCancelled();
  if (control.progress) control.progress(1 + folds, 1 + folds);
}

void checkCancel(const FlaggerControl& control) {
  if (control.cancel && control.cancel->load()) throw FlaggingCancelled();
}

void softmaxInPlace(std::vector<double>& z) {
  const double top = *std::max_element(z.begin(), z.end());
  double sum = 0;
  for (double& v : z) sum += (v = std::exp(v - top));
  for (double& v : z) v /= sum;
}

double sigmoid(double x) { return x >= 0 ? 1.0 / (1.0 + std::exp(-x)) : std::exp(x) / (1.0 + std::exp(x)); }

// a - b of two rows of the same vectorizer (indices in any order).
SparseRow difference(const SparseRow& a, const SparseRow& b) {
  std::vector<std::pair<int32_t, float>> entries;
  entries.reserve(a.index.size() + b.index.size());
  for (size_t j = 0; j < a.index.size(); ++j) entries.emplace_back(a.index[j], a.value[j]);
  for (size_t j = 0; j < b.index.size(); ++j) entries.emplace_back(b.index[j], -b.value[j]);
  std::sort(entries.begin(), entries.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  SparseRow out;
  for (const auto& [index, value] : entries) {
    if (!out.index.empty() && out.index.back() == index) {
      out.value.back() += value;
    } else {
      out.index.push_back(index);
      out.value.push_back(value);
    }
  }
  return out;
}

// Bradley–Terry weights: minimises mean -log σ(w·d_i) + ||w||² / (2·c·N).
// No bias: it would only say "the first side wins", which is how the pairs
// are written, not what they say.
std::vector<double> fitBradleyTerry(const std::vector<const SparseRow*>& rows, int features, double c,
                                    int maxIterations, const std::function<bool()>& shouldStop) {
  const size_t d = size_t(features), n = rows.size();
  const double lambda = 1.0 / (c * double(n));
  std::vector<double> w(d, 0.0);
  const auto objective = [&](const std::vector<double>& x, std::vector<double>& grad) {
    std::fill(grad.begin(), grad.end(), 0.0);
    double loss = 0;
    for (const SparseRow* r : rows) {
      double m = 0;
      for (size_t j = 0; j < r->index.size(); ++j) m += x[size_t(r->index[j])] * double(r->value[j]);
      loss += m >= 0 ? std::log1p(std::exp(-m)) : -m + std::log1p(std::exp(m));
      const double g = -(1.0 - sigmoid(m)) / double(n);
      for (size_t j = 0; j < r->index.size(); ++j) grad[size_t(r->index[j])] += g * double(r->value[j]);
    }
    double penalty = 0;
    for (size_t j = 0; j < d; ++j) {
      penalty += x[j] * x[j];
      grad[j] += lambda * x[j];
    }
    return loss / double(n) + 0.5 * lambda * penalty;
  };
  minimizeLbfgs(objective, w, maxIterations, shouldStop);
  return w;
}

}  // namespace

std::vector<int> stratifiedFolds(const std::vector<int>& labels, int folds, uint64_t seed) {
  if (folds < 2) throw std::invalid_argument("label flagger: needs at least two folds");
  if (labels.size() < size_t(folds)) throw std::invalid_argument("label flagger: fewer records than folds");
  std::vector<size_t> order(labels.size());
  std::iota(order.begin(), order.end(), size_t(0));
  std::mt19937_64 rng(seed);
  std::shuffle(order.begin(), order.end(), rng);
  // Stable by label keeps the shuffle within each label; dealing the whole
  // sequence round-robin then spreads every label evenly, and a label with
  // fewer records than folds still lands in different folds.
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return labels[a] < labels[b]; });
  std::vector<int> fold(labels.size());
  for (size_t i = 0; i < order.size(); ++i) fold[order[i]] = int(i % size_t(folds));
  return fold;
}

std::vector<LabelFlag> confidentLearningFlags(const std::vector<std::vector<double>>& probabilities,
                                              const std::vector<int>& givenLabels, int numClasses) {
  if (probabilities.size() != givenLabels.size())
    throw std::invalid_argument("label flagger: needs one label per probability row");
  const size_t k = size_t(numClasses);
  std::vector<double> sum(k, 0.0);
  std::vector<int> count(k, 0);
  for (size_t i = 0; i < givenLabels.size(); ++i) {
    const int given = givenLabels[i];
    if (given < 0 || given >= numClasses || probabilities[i].size() != k)
      throw std::invalid_argument("label flagger: a label or a probability row is out of range");
    sum[size_t(given)] += probabilities[i][size_t(given)];
    ++count[size_t(given)];
  }
  // A class nobody was given has no threshold, so nothing is moved into it.
  std::vector<double> threshold(k);
  for (size_t j = 0; j < k; ++j) threshold[j] = count[j] ? sum[j] / count[j] : 2.0;
  std::vector<LabelFlag> flags;
  for (size_t i = 0; i < givenLabels.size(); ++i) {
    const std::vector<double>& p = probabilities[i];
    int best = -1;
    for (size_t j = 0; j < k; ++j)
      if (p[j] >= threshold[j] && (best < 0 || p[j] > p[size_t(best)])) best = int(j);
    if (best < 0 || best == givenLabels[i]) continue;
    LabelFlag f;
    f.index = int(i);
    f.givenLabel = givenLabels[i];
    f.suggestedLabel = best;
    f.givenProbability = p[size_t(f.givenLabel)];
    f.suggestedProbability = p[size_t(best)];
    f.score = f.suggestedProbability - f.givenProbability;
    flags.push_back(f);
  }
  std::sort(flags.begin(), flags.end(), mostConfidentFirst);
  return flags;
}

std::vector<std::vector<double>> outOfFoldProbabilities(const QStringList& texts, const std::vector<int>& labels,
                                                        int numClasses, const FlaggerOptions& options,
                                                        const FlaggerControl& control) {
  if (texts.isEmpty() || size_t(texts.size()) != labels.size())
    throw std::invalid_argument("label flagger: needs as many labels as texts, at least one");
  if (numClasses < 2) throw std::invalid_argument("label flagger: needs at least two classes");
  for (int l : labels)
    if (l < 0 || l >= numClasses) throw std::invalid_argument("label flagger: a label id is out of range");
  const std::vector<int> fold = stratifiedFolds(labels, options.folds, options.seed);
  if (control.progress) control.progress(0, 1 + options.folds);
  NgramVectorizer vectorizer;
  vectorizer.fit(texts, options.maxFeatures);
  checkCancel(control);
  std::vector<SparseRow> rows;
  rows.reserve(size_t(texts.size()));
  for (const QString& t : texts) rows.push_back(vectorizer.transform(t));
  checkCancel(control);

  std::vector<std::vector<double>> out(rows.size());
  std::atomic<bool> stop{false};
  const auto shouldStop = [&] { return stop.load() || (control.cancel && control.cancel->load()); };
  runFolds(options.folds, options.threads, control, stop, [&](int f) {
    std::vector<SparseRow> train;
    std::vector<int> trainLabels;
    for (size_t i = 0; i < rows.size(); ++i)
      if (fold[i] != f) {
        train.push_back(rows[i]);
        trainLabels.push_back(labels[i]);
      }
    const std::vector<double> w = fitSoftmaxRegression(train, trainLabels, numClasses, vectorizer.size(), options.c,
                                                       options.maxIterations, shouldStop);
    if (shouldStop()) return;
    for (size_t i = 0; i < rows.size(); ++i)
      if (fold[i] == f) {
        out[i] = softmaxRegressionLogits(w, rows[i], numClasses, vectorizer.size());
        softmaxInPlace(out[i]);
      }
  });
  return out;
}

std::vector<LabelFlag> flagLabels(const QStringList& texts, const std::vector<int>& labels, int numClasses,
                                  const FlaggerOptions& options, const FlaggerControl& control) {
  std::vector<LabelFlag> flags =
      confidentLearningFlags(outOfFoldProbabilities(texts, labels, numClasses, options, control), labels, numClasses);
  if (options.maxFlags > 0 && flags.size() > size_t(options.maxFlags)) flags.resize(size_t(options.maxFlags));
  return flags;
}

std::vector<double> outOfFoldPairProbabilities(const QStringList& chosen, const QStringList& rejected,
                                               const FlaggerOptions& options, const FlaggerControl& control) {
  if (chosen.isEmpty() || chosen.size() != rejected.size())
    throw std::invalid_argument("label flagger: needs as many rejected texts as chosen ones, at least one");
  const size_t n = size_t(chosen.size());
  const std::vector<int> fold = stratifiedFolds(std::vector<int>(n, 0), options.folds, options.seed);
  if (control.progress) control.progress(0, 1 + options.folds);
  NgramVectorizer vectorizer;
  vectorizer.fit(chosen + rejected, options.maxFeatures);
  checkCancel(control);
  std::vector<SparseRow> diffs;
  diffs.reserve(n);
  for (size_t i = 0; i < n; ++i)
    diffs.push_back(difference(vectorizer.transform(chosen[int(i)]), vectorizer.transform(rejected[int(i)])));
  checkCancel(control);

  std::vector<double> out(n, 0.5);
  std::atomic<bool> stop{false};
  const auto shouldStop = [&] { return stop.load() || (control.cancel && control.cancel->load()); };
  runFolds(options.folds, options.threads, control, stop, [&](int f) {
    std::vector<const SparseRow*> train;
    for (size_t i = 0; i < n; ++i)
      if (fold[i] != f) train.push_back(&diffs[i]);
    const std::vector<double> w =
        fitBradleyTerry(train, vectorizer.size(), options.c, options.maxIterations, shouldStop);
    if (shouldStop()) return;
    for (size_t i = 0; i < n; ++i)
      if (fold[i] == f) {
        double m = 0;
        for (size_t j = 0; j < diffs[i].index.size(); ++j)
          m += w[size_t(diffs[i].index[j])] * double(diffs[i].value[j]);
        out[i] = sigmoid(m);
      }
  });
  return out;
}

std::vector<LabelFlag> pairFlagsFromProbabilities(const std::vector<double>& chosenWins) {
  if (chosenWins.empty()) return {};
  const double t = std::accumulate(chosenWins.begin(), chosenWins.end(), 0.0) / double(chosenWins.size());
  std::vector<LabelFlag> flags;
  for (size_t i = 0; i < chosenWins.size(); ++i) {
    const double p = chosenWins[i];
    if (!(p <= 1.0 - t && p < 0.5)) continue;
    LabelFlag f;
    f.index = int(i);
    f.givenProbability = p;
    f.suggestedProbability = 1.0 - p;
    f.score = f.suggestedProbability - f.givenProbability;
    flags.push_back(f);
  }
  std::sort(flags.begin(), flags.end(), mostConfidentFirst);
  return flags;
}

std::vector<LabelFlag> flagPairs(const QStringList& chosen, const QStringList& rejected, const FlaggerOptions& options,
                                 const FlaggerControl& control) {
  std::vector<LabelFlag> flags =
      pairFlagsFromProbabilities(outOfFoldPairProbabilities(chosen, rejected, options, control));
  if (options.maxFlags > 0 && flags.size() > size_t(options.maxFlags)) flags.resize(size_t(options.maxFlags));
  return flags;
}

QString flaggerMethodName(const FlaggerOptions& options) {
  return QStringLiteral("ngram, %1 folds, seed %2").arg(options.folds).arg(options.seed);
}

}  // namespace assay
