// assay-cli predict MODEL_DIR FILE|-: one JSON line per record, the result
// object of the original rm_train.py's predict_style
// {"predicted_label","confidence","probabilities"} (+ p_correct / reward).
// FILE is any supported dataset file; `-` reads one text per stdin line.
#include <torch/torch.h>

#include <QFileInfo>
#include <QTextStream>
#include <cstdio>

#include "CliArgs.h"
#include "CliCommand.h"
#include "data/DataFormat.h"
#include "train/TrainThreads.h"
#include "review/Predictor.h"

namespace assay::cli {
namespace {

int runPredict(const QStringList& args) {
  const CliArgs a(args, {"batch_size", "num_threads", "base_model"}, {});
  if (a.positional().size() != 2) throw UsageError("expected MODEL_DIR and FILE (or - for stdin)");
  const QString modelDir = a.positional()[0], file = a.positional()[1];
  const int batch = a.intValue("batch_size", 32);
  if (batch < 1) throw UsageError("--batch_size must be at least 1");
  if (!QFileInfo(modelDir).isDir()) return reportFailure(modelDir + ": not a model directory");
  configureThreads(a.intValue("num_threads", 0));
  auto predictor = Predictor::load(modelDir, a.value("base_model"));

  QStringList texts;
  if (file == QLatin1String("-")) {
    QTextStream in(stdin);
    in.setEncoding(QStringConverter::Utf8);
    for (QString line; in.readLineInto(&line);) texts << line;
  } else {
    // Only the texts matter here: a label no schema knows must not drop its record.
    const auto read = data::readSamplesFile(file, data::Format::Auto, nullptr, data::LabelPolicy::Grow);
    if (read.fileUnreadable)
      return reportFailure(read.issues.empty() ? file + ": cannot read" : read.issues.front().toString());
    for (const auto& issue : read.issues)
      std::fprintf(stderr, "assay-cli: skipped %s\n", issue.toString().toUtf8().constData());
    for (const auto& s : read.samples) texts << (s.kind == data::SampleKind::Text ? s.text : s.chosen);
  }
  const auto results = predictor->predict(texts, batch);
  for (const auto& r : results) std::printf("%s\n", predictor->toJson(r).dump(-1, ' ', false).c_str());
  return kOk;
}

}  // namespace

ASSAY_CLI_COMMAND("predict", "assay-cli predict MODEL_DIR FILE|- [--batch_size N] [--base_model DIR]   one JSON line per record\n"
                  "                  (--base_model: the base a PEFT adapter MODEL_DIR is merged into)",
                  runPredict);

}  // namespace assay::cli
