#include "train/TrainingWorker.h"

#include "train/TrainingRun.h"

namespace assay {

TrainingWorker::TrainingWorker(TrainConfig config, QObject* parent) : QObject(parent), config_(std::move(config)) {
  qRegisterMetaType<assay::EvalMetrics>();
  qRegisterMetaType<assay::TrainResult>();
}

void TrainingWorker::pause() { paused_ = true; }

void TrainingWorker::resume() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    paused_ = false;
  }
  wake_.notify_all();
}

void TrainingWorker::cancel() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    cancelled_ = true;
  }
  wake_.notify_all();
}

void TrainingWorker::waitWhilePaused() {
  std::unique_lock<std::mutex> lock(mutex_);
  wake_.wait(lock, [this] { return !paused_.load() || cancelled_.load(); });
}

void TrainingWorker::run() {
  try {
    auto prepared = prepareTraining(config_, [this](const QString& line) { Q_EMIT logLine(line); });
    TrainCallbacks cb;
    cb.stepLogged = [this](int64_t step, double loss, double lr) { Q_EMIT stepLogged(step, loss, lr); };
    cb.evaluated = [this](const EvalMetrics& m, int64_t step, double epoch) { Q_EMIT evaluated(m, step, epoch); };
    cb.progress = [this](int64_t done, int64_t total, double eta) { Q_EMIT progress(done, total, eta); };
    cb.checkpointSaved = [this](const QString& path) { Q_EMIT checkpointSaved(path); };
    cb.note = [this](const QString& line) { Q_EMIT logLine(line); };
    cb.shouldStop = [this] { return cancelled_.load(); };
    cb.waitWhilePaused = [this] { waitWhilePaused(); };
    const TrainResult result = runTraining(prepared, std::move(cb));
    Q_EMIT finished(result);
  } catch (const std::exception& e) {
    Q_EMIT failed(QString::fromUtf8(e.what()));
  } catch (...) {
    Q_EMIT failed(QStringLiteral("training failed with an unknown error"));
  }
}

}  // namespace assay
