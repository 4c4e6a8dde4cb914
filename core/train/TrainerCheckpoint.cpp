// Checkpoint writing, reading and rotation for Trainer.
#include <QDir>
#include <QFile>
#include <fstream>
#include <stdexcept>

#include "train/CheckpointFiles.h"
#include "train/Trainer.h"

namespace assay {

namespace {
// Trainer files live in <checkpoint>/training_state/, beside the model files.
std::string filePath(const QString& dir, const char* file) {
  const QString state = QDir(dir).filePath(QStringLiteral("training_state"));
  QDir().mkpath(state);
  return QDir(state).filePath(QString::fromUtf8(file)).toStdString();
}
QString stateFile(const QString& dir, const char* file) { return QString::fromStdString(filePath(dir, file)); }
}  // namespace

// Resume state keeps the exact in-memory parameters (LoRA adapters
// unmerged) as a LibTorch archive; model files are written separately.
void Trainer::saveWeights(const QString& dir) {
  torch::serialize::OutputArchive archive;
  model_.module->save(archive);
  writeCheckedArchive(stateFile(dir, "weights.pt"), [&](const ArchiveSink& sink) { archive.save_to(sink); });
}

void Trainer::loadWeights(const QString& dir) {
  torch::serialize::InputArchive archive;
  archive.load_from(filePath(dir, "weights.pt"));
  model_.module->load(archive);
}

std::string Trainer::averageFile(const QString& checkpointDir) { return filePath(checkpointDir, "average.pt"); }

// Written as <dir>.partial and renamed when complete (CheckpointFiles.h): a
// kill or a full disk never leaves a checkpoint-N that resume would trust.
void Trainer::saveCheckpoint(const QString& dir, int64_t step, int64_t epoch, int64_t stepInEpoch) {
  writeDirectoryAtomically(dir, [&](const QString& partial) {
    saveWeights(partial);
    if (average_)
      writeCheckedArchive(QString::fromStdString(averageFile(partial)),
                          [&](const ArchiveSink& s) { average_->save(s); });
    if (cb_.writeModelFiles) {
      WeightAverage::SwappedIn averaged(average_.get());  // the model files are what was evaluated
      cb_.writeModelFiles(partial);
    }
    writeCheckedArchive(stateFile(partial, "optimizer.pt"), [&](const ArchiveSink& s) { torch::save(*optimizer_, s); });
    const torch::Tensor rng = torch::globalContext().defaultGenerator(torch::kCPU).get_state();
    writeCheckedArchive(stateFile(partial, "rng_state.pt"), [&](const ArchiveSink& s) { torch::save(rng, s); });
    nlohmann::json state = {
        {"global_step", step},
        {"epoch", epoch},
        {"step_in_epoch", stepInEpoch},
        {"best_metric", bestMetric_},
        {"best_model_checkpoint", bestCheckpoint_.toStdString()},
        {"planned_total_steps", plannedTotal_},
        {"config", config_.toJson()},
    };
    writeCheckedFile(stateFile(partial, kStateFile), state.dump(2) + "\n");
  });
  stepCheckpoints_.push_back(dir);
  rotateCheckpoints();
  if (cb_.checkpointSaved) cb_.checkpointSaved(dir);
}

void Trainer::loadCheckpoint(const QString& dir) {
  if (isPartialDirectory(dir))
    throw std::runtime_error(dir.toStdString() +
                             ": an unfinished checkpoint (the run writing it was stopped); resume from a "
                             "checkpoint-N directory instead");
  std::ifstream in(filePath(dir, kStateFile));
  if (!in) throw std::runtime_error(dir.toStdString() + ": not a checkpoint (no " + kStateFile + ")");
  nlohmann::json state;
  try {
    in >> state;
    globalStep_ = state.at("global_step").get<int64_t>();
    startEpoch_ = state.at("epoch").get<int64_t>();
    startStepInEpoch_ = state.at("step_in_epoch").get<int64_t>();
    bestMetric_ = state.at("best_metric").get<double>();
    bestCheckpoint_ = QString::fromStdString(state.at("best_model_checkpoint").get<std::string>());
    plannedTotal_ = state.value("planned_total_steps", int64_t(0));
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(filePath(dir, kStateFile) + ": " + e.what());
  }
  loadWeights(dir);
  if (average_) {
    if (!QFile::exists(QString::fromStdString(averageFile(dir))))
      throw std::runtime_error(
          dir.toStdString() +
          ": the checkpoint has no weight average; resume with the --ema_decay it was trained with");
    average_->load(averageFile(dir));
  }
  torch::load(*optimizer_, filePath(dir, "optimizer.pt"));
  torch::Tensor rng;
  torch::load(rng, filePath(dir, "rng_state.pt"));
  auto generator = torch::globalContext().defaultGenerator(torch::kCPU);  // a handle: copying shares state
  generator.set_state(rng);
}

void Trainer::rotateCheckpoints() {
  // Keep the newest saveTotalLimit step checkpoints; the best one is never removed.
  if (config_.saveTotalLimit <= 0) return;
  std::vector<QString> kept;
  const size_t limit = size_t(config_.saveTotalLimit);
  for (size_t i = 0; i < stepCheckpoints_.size(); ++i) {
    const QString& dir = stepCheckpoints_[i];
    const bool old = stepCheckpoints_.size() - i > limit;
    if (old && dir != bestCheckpoint_) removeDirectoryAtomically(dir);
    else kept.push_back(dir);
  }
  stepCheckpoints_ = kept;
}

}  // namespace assay
