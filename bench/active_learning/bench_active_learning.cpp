// Simulated labeling (issue 20, "uncertainty-first labeling, measured"): how
// much accuracy does a labeling budget buy when the annotate pane offers the
// most uncertain samples first, against a shuffled queue?
//
// The pool is a data set's training split with its labels hidden; an
// "annotator" reveals the true label of whatever the queue offers next. Both
// strategies start from the same random seed set (a real annotator cannot
// stratify: the labels are what is missing). Uncertainty-first then refits
// the character n-gram model (NgramClassifier) after every batch, scores the
// unlabeled pool and takes the next batch in the pane's own order
// (data::orderByUncertainty over data::labelingCertainty); random takes the
// next records of the seeded shuffle (data::orderQueue, QueueOrder::Random).
// At each checkpoint the model fitted on exactly that many labels is scored
// on the held-out split. One JSON line per (strategy, seed, checkpoint).
#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "data/DataFormat.h"
#include "data/LabelingQueue.h"
#include "data/StratifiedSplit.h"
#include "train/Metrics.h"
#include "train/NgramClassifier.h"

using namespace assay;

namespace {

struct LabelledTexts {
  QStringList texts;
  std::vector<int> labels;
};

struct BenchData {
  QStringList classes;
  LabelledTexts pool, test;
};

struct Options {
  QString trainFile, testFile, name;
  double testFraction = 0.2;  // without --test: a stratified split of the train file, seeded by the run's seed
  std::vector<int> checkpoints{100, 200, 400, 800};
  std::vector<uint32_t> seeds{1, 2, 3};
  int seedLabels = 20;
  int batch = 20;
};

[[noreturn]] void usage(const char* why) {
  std::fprintf(stderr,
               "%s\nusage: bench_active_learning --train FILE [--test FILE | --test_fraction 0.2] [--name NAME]\n"
               "       [--checkpoints 100,200,400,800] [--seeds 1,2,3] [--seed_labels 20] [--batch 20]\n",
               why);
  std::exit(2);
}

template <typename T>
std::vector<T> parseList(const QString& text) {
  std::vector<T> out;
  for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) out.push_back(T(part.toLongLong()));
  return out;
}

Options parseOptions(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const QString key = QString::fromLocal8Bit(argv[i]);
    if (i + 1 >= argc) usage("missing value");
    const QString value = QString::fromLocal8Bit(argv[++i]);
    if (key == QLatin1String("--train")) o.trainFile = value;
    else if (key == QLatin1String("--test")) o.testFile = value;
    else if (key == QLatin1String("--name")) o.name = value;
    else if (key == QLatin1String("--test_fraction")) o.testFraction = value.toDouble();
    else if (key == QLatin1String("--checkpoints")) o.checkpoints = parseList<int>(value);
    else if (key == QLatin1String("--seeds")) o.seeds = parseList<uint32_t>(value);
    else if (key == QLatin1String("--seed_labels")) o.seedLabels = value.toInt();
    else if (key == QLatin1String("--batch")) o.batch = value.toInt();
    else usage("unknown option");
  }
  if (o.trainFile.isEmpty()) usage("--train is required");
  if (o.name.isEmpty()) o.name = o.trainFile.section(QLatin1Char('/'), -1);
  std::sort(o.checkpoints.begin(), o.checkpoints.end());
  if (o.checkpoints.empty() || o.seedLabels < 2 || o.batch < 1 || o.seedLabels > o.checkpoints.front())
    usage("need checkpoints, --seed_labels >= 2 and <= the first checkpoint, --batch >= 1");
  return o;
}

// Labelled texts of a file, by the reader every import uses. A correctness
// file (正确 / 错误 pairs) reads as texts with their verdict.
std::vector<data::Sample> readLabelled(const QString& path, const data::LabelSchema* schema,
                                       data::LabelSchema* schemaOut) {
  auto read = data::readSamplesFile(path, data::Format::Auto, schema,
                                    schema ? data::LabelPolicy::Known : data::LabelPolicy::Grow);
  if (read.fileUnreadable) throw std::runtime_error(path.toStdString() + ": cannot read");
  if (schemaOut) *schemaOut = read.schema;
  std::vector<data::Sample> out;
  for (auto& s : read.samples)
    if (s.kind == data::SampleKind::Text && s.label >= 0 && !s.text.isEmpty()) out.push_back(std::move(s));
  return out;
}

BenchData load(const Options& o, uint32_t splitSeed) {
  BenchData d;
  data::LabelSchema schema;
  const auto train = readLabelled(o.trainFile, nullptr, &schema);
  for (int i = 0; i < schema.size(); ++i) d.classes << schema.nameOf(i);
  const auto add = [](LabelledTexts& to, const data::Sample& s) {
    to.texts << s.text;
    to.labels.push_back(s.label);
  };
  if (!o.testFile.isEmpty()) {
    for (const auto& s : train) add(d.pool, s);
    for (const auto& s : readLabelled(o.testFile, &schema, nullptr)) add(d.test, s);
  } else {
    std::vector<int> strata;
    for (const auto& s : train) strata.push_back(s.label);
    const auto testMask = data::stratifiedTestMask(strata, o.testFraction, splitSeed);
    for (size_t i = 0; i < train.size(); ++i) add(testMask[i] ? d.test : d.pool, train[i]);
  }
  if (d.classes.size() < 2 || d.test.texts.isEmpty()) throw std::runtime_error("need two labels and a test split");
  return d;
}

int argmax(const std::vector<double>& p) { return int(std::max_element(p.begin(), p.end()) - p.begin()); }

NgramClassifier fitOn(const BenchData& d, const std::vector<qint64>& labelled) {
  LabelledTexts chosen;
  for (qint64 i : labelled) {
    chosen.texts << d.pool.texts[int(i)];
    chosen.labels.push_back(d.pool.labels[size_t(i)]);
  }
  return NgramClassifier::fit(chosen.texts, chosen.labels, int(d.classes.size()));
}

void report(const Options& o, const BenchData& d, const char* strategy, uint32_t seed, size_t labels,
            const NgramClassifier& model, double seconds) {
  std::vector<int64_t> truth, predicted;
  for (int i = 0; i < d.test.texts.size(); ++i) {
    truth.push_back(d.test.labels[size_t(i)]);
    predicted.push_back(argmax(model.probabilities(d.test.texts[i])));
  }
  const auto m = ClassificationMetrics::fromPredictions(d.classes, truth, predicted);
  std::printf(
      "{\"set\": \"%s\", \"strategy\": \"%s\", \"seed\": %u, \"labels\": %zu, \"accuracy\": %.4f, \"f1_macro\": %.4f, "
      "\"pool\": %d, \"test\": %d, \"seconds\": %.2f}\n",
      o.name.toUtf8().constData(), strategy, seed, labels, m.accuracy, m.f1Macro, int(d.pool.texts.size()),
      int(d.test.texts.size()), seconds);
  std::fflush(stdout);
}

// Random: the labelled set at each checkpoint is a prefix of one seeded shuffle.
void simulateRandom(const Options& o, const BenchData& d, uint32_t seed, const std::vector<qint64>& shuffled) {
  QElapsedTimer clock;
  clock.start();
  for (int checkpoint : o.checkpoints) {
    if (size_t(checkpoint) > shuffled.size()) break;
    const std::vector<qint64> labelled(shuffled.begin(), shuffled.begin() + checkpoint);
    report(o, d, "random", seed, labelled.size(), fitOn(d, labelled), clock.elapsed() / 1000.0);
  }
}

// Uncertainty-first: refit after every batch, then label the batch the pane
// would offer first. Batches shrink to land exactly on each checkpoint.
void simulateUncertainty(const Options& o, const BenchData& d, uint32_t seed, const std::vector<qint64>& shuffled) {
  QElapsedTimer clock;
  clock.start();
  std::vector<qint64> labelled(shuffled.begin(), shuffled.begin() + o.seedLabels);
  std::vector<bool> isLabelled(shuffled.size(), false);
  for (qint64 i : labelled) isLabelled[size_t(i)] = true;
  for (int checkpoint : o.checkpoints) {
    if (size_t(checkpoint) > shuffled.size()) break;
    while (true) {
      const NgramClassifier model = fitOn(d, labelled);
      if (labelled.size() == size_t(checkpoint)) {
        report(o, d, "uncertainty", seed, labelled.size(), model, clock.elapsed() / 1000.0);
        break;
      }
      std::vector<qint64> unlabelled;
      std::unordered_map<qint64, double> certainty;
      for (size_t i = 0; i < shuffled.size(); ++i) {
        if (isLabelled[i]) continue;
        const auto p = model.probabilities(d.pool.texts[int(i)]);
        unlabelled.push_back(qint64(i));
        certainty.emplace(qint64(i), data::labelingCertainty(*std::max_element(p.begin(), p.end()), std::nullopt));
      }
      const auto queue = data::orderByUncertainty(std::move(unlabelled), certainty);
      const size_t take = std::min({size_t(o.batch), size_t(checkpoint) - labelled.size(), queue.size()});
      for (size_t k = 0; k < take; ++k) {
        labelled.push_back(queue[k]);
        isLabelled[size_t(queue[k])] = true;
      }
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = parseOptions(argc, argv);
  try {
    for (uint32_t seed : o.seeds) {
      const BenchData d = load(o, seed);
      std::vector<qint64> ids(size_t(d.pool.texts.size()));
      for (size_t i = 0; i < ids.size(); ++i) ids[i] = qint64(i);
      const auto shuffled = data::orderQueue(std::move(ids), data::QueueOrder::Random, seed);
      if (shuffled.size() < size_t(o.seedLabels)) throw std::runtime_error("the pool is smaller than the seed set");
      simulateRandom(o, d, seed, shuffled);
      simulateUncertainty(o, d, seed, shuffled);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_active_learning: %s\n", e.what());
    return 1;
  }
  return 0;
}
