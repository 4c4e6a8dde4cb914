#include "train/TrainingSession.h"

#include <QThread>

#include "train/TrainingWorker.h"

namespace assay {

TrainingSession::TrainingSession(QObject* parent) : QObject(parent) {
  qRegisterMetaType<assay::EvalMetrics>();
  qRegisterMetaType<assay::TrainResult>();
  qRegisterMetaType<assay::TrainingOutcome>();
}

TrainingSession::~TrainingSession() {
  if (worker_) worker_->cancel();
  if (thread_) {
    thread_->quit();
    thread_->wait();
  }
  cleanUp();
}

bool TrainingSession::isRunning() const { return thread_ && thread_->isRunning(); }
bool TrainingSession::isPaused() const { return worker_ && worker_->isPaused(); }

bool TrainingSession::start(const TrainConfig& config, QString* error) {
  if (isRunning()) {
    if (error) *error = tr("A training run is already in progress.");
    return false;
  }
  const QString problem = config.validate();
  if (!problem.isEmpty()) {
    if (error) *error = problem;
    return false;
  }
  cleanUp();
  thread_ = new QThread;
  worker_ = new TrainingWorker(config);
  worker_->moveToThread(thread_);
  connect(thread_, &QThread::started, worker_, &TrainingWorker::run);
  // Worker → session: queued across the thread boundary, re-emitted here.
  connect(worker_, &TrainingWorker::logLine, this, &TrainingSession::logLine);
  connect(worker_, &TrainingWorker::stepLogged, this, &TrainingSession::stepLogged);
  connect(worker_, &TrainingWorker::evaluated, this, &TrainingSession::evaluated);
  connect(worker_, &TrainingWorker::progress, this, &TrainingSession::progress);
  connect(worker_, &TrainingWorker::checkpointSaved, this, &TrainingSession::checkpointSaved);
  connect(worker_, &TrainingWorker::finished, this, [this](const TrainResult& r) {
    TrainingOutcome o;
    o.cancelled = r.cancelled;
    o.globalStep = r.globalStep;
    o.epoch = r.epoch;
    o.bestMetric = r.bestMetric;
    if (r.finalMetrics) o.bestMetricName = r.finalMetrics->selectionMetricName();
    if (r.baselineMetrics) o.baselineMetric = r.baselineMetrics->selectionMetric();
    if (r.blend && r.blend->ngramWeight > 0) o.blendedMetric = r.blend->metric;
    o.bestCheckpoint = r.bestCheckpoint;
    o.tokensPerSecond = r.trainTokensPerSecond;
    o.seconds = r.seconds;
    thread_->quit();
    Q_EMIT finished(o);
  });
  connect(worker_, &TrainingWorker::failed, this, [this](const QString& message) {
    thread_->quit();
    Q_EMIT failed(message);
  });
  thread_->start();
  return true;
}

void TrainingSession::pause() {
  if (worker_) worker_->pause();
}

void TrainingSession::resume() {
  if (worker_) worker_->resume();
}

void TrainingSession::stop() {
  if (!worker_) return;
  worker_->resume();  // a paused worker must wake up to see the cancel
  worker_->cancel();
}

void TrainingSession::cleanUp() {
  if (thread_ && thread_->isRunning()) return;
  delete worker_;
  worker_ = nullptr;
  delete thread_;
  thread_ = nullptr;
}

}  // namespace assay
