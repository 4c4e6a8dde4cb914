// Measures the wrong-label flagger (train/LabelFlagger.h) on a labelled file:
// holds out a stratified 20 % as a test set (or takes --test FILE), flips
// --flip of the remaining labels to another label at random (seeded), runs
// the flagger, and prints one JSON line per seed: precision and recall of the
// top k flags (k = number of flips) against the flipped set, those of the
// whole flag list, the seconds it took, and the held-out accuracy of the
// n-gram model trained on the clean labels, on the noisy ones, and after
// accepting the top k flags (relabel to the suggestion) or all of them.
//   bench_flagger FILE [--test FILE] [--seeds 1,2,3] [--flip 0.1] [--folds 5] [--threads 0] [--max_records N]
//                 [--model ngram|tiny] [--cli build/app/assay-cli] [--minutes M]
// --model tiny: the out-of-fold probabilities come from the tiny transformer
// instead, each fold trained by `assay-cli train --model_name_or_path tiny
// --max_train_minutes M` and predicted by `assay-cli predict` (the saved
// model, i.e. blended with the n-gram baseline as its run chose), then the
// same confident-learning rule.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <random>
#include <set>

#include "data/DataFormat.h"
#include "train/LabelFlagger.h"
#include "train/NgramClassifier.h"

using namespace assay;

namespace {

struct Labelled {
  QStringList texts;
  std::vector<int> labels;
};

Labelled read(const QString& path, const data::LabelSchema* schema, data::LabelSchema* schemaOut) {
  const auto r = data::readSamplesFile(path, data::Format::Auto, schema, data::LabelPolicy::Grow);
  if (r.fileUnreadable) {
    std::fprintf(stderr, "%s: cannot read\n", path.toUtf8().constData());
    std::exit(1);
  }
  Labelled out;
  for (const auto& s : r.samples)
    if (s.kind == data::SampleKind::Text && s.label >= 0) {
      out.texts << s.text;
      out.labels.push_back(s.label);
    }
  if (schemaOut) *schemaOut = r.schema;
  return out;
}

double accuracy(const NgramClassifier& model, const Labelled& test) {
  int right = 0;
  for (int i = 0; i < test.texts.size(); ++i) {
    const auto p = model.probabilities(test.texts[i]);
    right += int(std::max_element(p.begin(), p.end()) - p.begin()) == test.labels[size_t(i)];
  }
  return double(right) / std::max(1, int(test.texts.size()));
}

double trainAndScore(const Labelled& train, int classes, const Labelled& test) {
  return accuracy(NgramClassifier::fit(train.texts, train.labels, classes), test);
}

void run(const QString& program, const QStringList& args, QByteArray* out) {
  QProcess p;
  p.setProcessChannelMode(out ? QProcess::SeparateChannels : QProcess::ForwardedErrorChannel);
  p.start(program, args);
  if (!p.waitForFinished(-1) || p.exitCode() != 0) {
    std::fprintf(stderr, "%s %s failed: %s\n", program.toUtf8().constData(), args.join(' ').toUtf8().constData(),
                 p.readAllStandardError().constData());
    std::exit(1);
  }
  if (out) *out = p.readAllStandardOutput();
}

std::vector<std::vector<double>> tinyOutOfFold(const Labelled& data, const data::LabelSchema& schema,
                                               const FlaggerOptions& options, const QString& cli, double minutes) {
  const auto fold = stratifiedFolds(data.labels, options.folds, options.seed);
  std::vector<std::vector<double>> out(size_t(data.texts.size()));
  QTemporaryDir dir;
  for (int f = 0; f < options.folds; ++f) {
    QFile train(dir.filePath(QStringLiteral("train%1.jsonl").arg(f)));
    QFile held(dir.filePath(QStringLiteral("held%1.jsonl").arg(f)));
    if (!train.open(QIODevice::WriteOnly) || !held.open(QIODevice::WriteOnly)) std::exit(1);
    std::vector<int> heldIndex;
    for (int i = 0; i < data.texts.size(); ++i) {
      const nlohmann::json j = {{"text", data.texts[i].toStdString()},
                                {"label", schema.nameOf(data.labels[size_t(i)]).toStdString()}};
      (fold[size_t(i)] == f ? held : train).write((j.dump() + "\n").c_str());
      if (fold[size_t(i)] == f) heldIndex.push_back(i);
    }
    train.close();
    held.close();
    const QString model = dir.filePath(QStringLiteral("model%1").arg(f));
    run(cli,
        {"train", "--train_file", train.fileName(), "--output_dir", model, "--model_name_or_path", "tiny",
         "--max_train_minutes", QString::number(minutes), "--seed", QString::number(options.seed)},
        nullptr);
    QByteArray predictions;
    run(cli, {"predict", model, held.fileName()}, &predictions);
    const QList<QByteArray> lines = predictions.trimmed().split('\n');
    if (size_t(lines.size()) != heldIndex.size()) {
      std::fprintf(stderr, "fold %d: %lld predictions for %zu records\n", f, qint64(lines.size()), heldIndex.size());
      std::exit(1);
    }
    for (size_t r = 0; r < heldIndex.size(); ++r) {
      const auto j = nlohmann::json::parse(lines[int(r)].toStdString());
      std::vector<double> p(size_t(schema.size()), 0.0);
      for (const auto& [name, value] : j["probabilities"].items())
        p[size_t(schema.idOf(QString::fromStdString(name)))] = value.get<double>();
      out[size_t(heldIndex[r])] = p;
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QStringList args = app.arguments().mid(1);
  if (args.isEmpty()) {
    std::fprintf(stderr,
                 "usage: bench_flagger FILE [--test FILE] [--seeds 1,2,3] [--flip 0.1] [--folds 5] "
                 "[--threads 0] [--max_records N]\n");
    return 2;
  }
  const QString file = args.takeFirst();
  QString testFile;
  QStringList seeds = {"1", "2", "3"};
  double flipRate = 0.1;
  int folds = 5, threads = 0, maxRecords = 0;
  QString model = QStringLiteral("ngram"), cli = QStringLiteral("build/app/assay-cli");
  double minutes = 1;
  for (int i = 0; i + 1 < args.size(); i += 2) {
    const QString& k = args[i];
    const QString& v = args[i + 1];
    if (k == "--test") testFile = v;
    else if (k == "--seeds") seeds = v.split(',');
    else if (k == "--flip") flipRate = v.toDouble();
    else if (k == "--folds") folds = v.toInt();
    else if (k == "--threads") threads = v.toInt();
    else if (k == "--max_records") maxRecords = v.toInt();
    else if (k == "--model") model = v;
    else if (k == "--cli") cli = v;
    else if (k == "--minutes") minutes = v.toDouble();
  }
  data::LabelSchema schema;
  Labelled all = read(file, nullptr, &schema);
  if (maxRecords > 0 && all.texts.size() > maxRecords) {
    all.texts = all.texts.mid(0, maxRecords);
    all.labels.resize(size_t(maxRecords));
  }
  const int classes = schema.size();

  for (const QString& seedText : seeds) {
    const uint64_t seed = seedText.toULongLong();
    Labelled train, test;
    if (!testFile.isEmpty()) {
      train = all;
      test = read(testFile, &schema, nullptr);
    } else {
      // Fold 0 of five stratified folds is the test set.
      const auto fold = stratifiedFolds(all.labels, 5, seed + 1000);
      for (int i = 0; i < all.texts.size(); ++i) {
        Labelled& to = fold[size_t(i)] == 0 ? test : train;
        to.texts << all.texts[i];
        to.labels.push_back(all.labels[size_t(i)]);
      }
    }
    // Flip: a seeded sample of flipRate of the training records, each to a
    // uniformly drawn other label.
    std::mt19937_64 rng(seed);
    std::vector<int> order(size_t(train.texts.size()));
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    const int flips = int(std::lround(flipRate * double(order.size())));
    Labelled noisy = train;
    std::set<int> flipped;
    for (int f = 0; f < flips; ++f) {
      const int i = order[size_t(f)];
      noisy.labels[size_t(i)] = (train.labels[size_t(i)] + 1 + int(rng() % uint64_t(classes - 1))) % classes;
      flipped.insert(i);
    }
    FlaggerOptions options;
    options.folds = folds;
    options.seed = seed;
    options.threads = threads;
    QElapsedTimer clock;
    clock.start();
    const auto probabilities = model == QLatin1String("tiny")
                                   ? tinyOutOfFold(noisy, schema, options, cli, minutes)
                                   : outOfFoldProbabilities(noisy.texts, noisy.labels, classes, options);
    const auto flags = confidentLearningFlags(probabilities, noisy.labels, classes);
    const double seconds = clock.elapsed() / 1000.0;
    int oofRight = 0;  // out-of-fold argmax against the clean labels
    for (size_t i = 0; i < probabilities.size(); ++i)
      oofRight += int(std::max_element(probabilities[i].begin(), probabilities[i].end()) - probabilities[i].begin()) ==
                  train.labels[i];
    int hitsTopK = 0, hitsAll = 0, correctSuggestionsTopK = 0;
    for (size_t r = 0; r < flags.size(); ++r) {
      const bool hit = flipped.count(flags[r].index) > 0;
      hitsAll += hit;
      if (int(r) < flips) {
        hitsTopK += hit;
        correctSuggestionsTopK += hit && flags[r].suggestedLabel == train.labels[size_t(flags[r].index)];
      }
    }
    const int topK = std::min(flips, int(flags.size()));
    Labelled fixedTopK = noisy, fixedAll = noisy;
    for (size_t r = 0; r < flags.size(); ++r) {
      fixedAll.labels[size_t(flags[r].index)] = flags[r].suggestedLabel;
      if (int(r) < flips) fixedTopK.labels[size_t(flags[r].index)] = flags[r].suggestedLabel;
    }
    const double clean = trainAndScore(train, classes, test), before = trainAndScore(noisy, classes, test);
    const double afterTopK = trainAndScore(fixedTopK, classes, test), afterAll = trainAndScore(fixedAll, classes, test);
    const nlohmann::ordered_json j = {
        {"file", file.toStdString()},
        {"model", model.toStdString()},
        {"seed", seed},
        {"train", train.texts.size()},
        {"test", test.texts.size()},
        {"classes", classes},
        {"flips", flips},
        {"flags", flags.size()},
        {"seconds", seconds},
        {"oof_accuracy", double(oofRight) / std::max<size_t>(1, probabilities.size())},
        {"precision_at_k", topK ? double(hitsTopK) / topK : 0.0},
        {"recall_at_k", flips ? double(hitsTopK) / flips : 0.0},
        {"suggestion_right_at_k", hitsTopK ? double(correctSuggestionsTopK) / hitsTopK : 0.0},
        {"precision_all", flags.empty() ? 0.0 : double(hitsAll) / double(flags.size())},
        {"recall_all", flips ? double(hitsAll) / flips : 0.0},
        {"accuracy_clean", clean},
        {"accuracy_noisy", before},
        {"accuracy_after_top_k", afterTopK},
        {"accuracy_after_all", afterAll},
        {"recovered_top_k", clean > before ? (afterTopK - before) / (clean - before) : 0.0}};
    std::printf("%s\n", j.dump().c_str());
    std::fflush(stdout);
  }
  return 0;
}
