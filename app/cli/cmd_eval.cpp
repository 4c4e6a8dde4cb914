// assay-cli eval MODEL_DIR FILE [--json]: the Trainer's metrics for a saved
// model on a labeled file in any supported format.
#include <torch/torch.h>

#include <QFileInfo>
#include <cstdio>
#include <optional>
#include <stdexcept>

#include "CliArgs.h"
#include "CliCommand.h"
#include "data/DataFormat.h"
#include "train/TrainThreads.h"
#include "review/ModelEvaluation.h"

namespace assay::cli {
namespace {

int runEval(const QStringList& args) {
  const CliArgs a(args, {"per_device_eval_batch_size", "num_threads", "base_model"}, {"json"});
  if (a.positional().size() != 2) throw UsageError("expected MODEL_DIR and FILE");
  const QString modelDir = a.positional()[0], file = a.positional()[1];
  if (!QFileInfo(modelDir).isDir()) return reportFailure(modelDir + ": not a model directory");
  const int batch = a.intValue("per_device_eval_batch_size", 64);
  if (batch < 1) throw UsageError("--per_device_eval_batch_size must be at least 1");
  configureThreads(a.intValue("num_threads", 0));
  auto predictor = Predictor::load(modelDir, a.value("base_model"));
  // The file's labels are read as the model's (a classifier's own label set);
  // records with a label the model never learnt are skipped and reported.
  std::optional<data::LabelSchema> modelLabels;
  if (!predictor->card().labels.isEmpty()) {
    try {
      modelLabels = data::LabelSchema::fromNames(predictor->card().labels);
    } catch (const std::invalid_argument&) {
      // duplicate names in a hand-edited model: fall back to the file's own labels
    }
  }
  const auto read = data::readSamplesFile(file, data::Format::Auto, modelLabels ? &*modelLabels : nullptr);
  if (read.fileUnreadable)
    return reportFailure(read.issues.empty() ? file + ": cannot read" : read.issues.front().toString());
  for (const auto& issue : read.issues)
    std::fprintf(stderr, "assay-cli: skipped %s\n", issue.toString().toUtf8().constData());
  const auto result = evaluateModel(*predictor, read.samples, read.schema, batch);
  if (result.used == 0)
    return reportFailure(file + ": no record this model can be scored on (model kind " +
                         modelKindName(predictor->card().kind) + ")");
  auto j = result.metrics.toJson();
  j["eval_records"] = result.used;
  j["eval_skipped"] = result.skipped;
  if (a.has("json")) {
    std::printf("%s\n", j.dump().c_str());
    return kOk;
  }
  std::printf("📊 %s on %s (%lld records, %lld skipped)\n", modelDir.toUtf8().constData(), file.toUtf8().constData(),
              (long long)result.used, (long long)result.skipped);
  for (const auto& [key, value] : j.items()) {
    if (value.is_number_float()) std::printf("   %s: %.4f\n", key.c_str(), value.get<double>());
    else std::printf("   %s: %s\n", key.c_str(), value.dump().c_str());
  }
  return kOk;
}

}  // namespace

ASSAY_CLI_COMMAND("eval", "assay-cli eval MODEL_DIR FILE [--json] [--base_model DIR (the base of a PEFT adapter MODEL_DIR)]", runEval);

}  // namespace assay::cli
