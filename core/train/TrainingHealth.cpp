#include "train/TrainingHealth.h"

#include <QCoreApplication>
#include <stdexcept>

#include "data/ProjectStore.h"

namespace assay {

namespace {

struct Msg {
  Q_DECLARE_TR_FUNCTIONS(assay::TrainingRun)
};

QString exampleList(const std::vector<int64_t>& ids, bool projectIds) {
  QStringList shown;
  for (size_t i = 0; i < ids.size() && i < 5; ++i) shown << QString::number(ids[i]);
  if (ids.size() > 5) shown << QStringLiteral("…");
  return projectIds ? Msg::tr("sample ids %1").arg(shown.join(QStringLiteral(", ")))
                    : Msg::tr("records %1").arg(shown.join(QStringLiteral(", ")));
}

}  // namespace

data::HealthReport checkHealthBeforeTraining(const TrainConfig& config, const std::vector<data::Sample>& train,
                                             const std::vector<data::Sample>& eval, const data::LabelSchema& schema,
                                             const std::function<void(const QString&)>& log) {
  data::HealthOptions options;
  options.maxLength = config.maxLength;
  const bool project = !config.project.isEmpty();
  // A project is read again for what its samples do not carry: the copies
  // its source files held (import keeps them out of the samples).
  const data::HealthReport report = project
                                        ? data::checkProjectHealth(*data::ProjectStore::open(config.project), options)
                                        : data::checkSamplesHealth(train, eval, schema, options);
  if (log) {
    if (report.warnings.empty()) {
      log(Msg::tr("🩺 Dataset health: no warnings (%1 records)").arg(report.records));
    } else {
      log(Msg::tr("🩺 Dataset health: %n warning(s)", nullptr, int(report.warnings.size())));
      for (const data::HealthWarning& w : report.warnings)
        log(QStringLiteral("   ⚠️ %1: %2 (%3)").arg(w.code, w.message, exampleList(w.examples, project)));
    }
  }
  if (config.failOnHealthWarning && !report.warnings.empty()) {
    const QString source = project ? config.project : config.trainFile;
    throw std::runtime_error(source.toStdString() +
                             ": dataset health warnings: " + report.codes().join(QStringLiteral(", ")).toStdString() +
                             " (--fail_on_health_warning; the training did not start)");
  }
  return report;
}

}  // namespace assay
