#pragma once
// The GUI's handle on one training run: owns the QThread and the core
// TrainingWorker on it and re-emits the worker's signals on the GUI thread.
// This header is LibTorch-free on purpose (widgets never include LibTorch);
// only TrainingSession.cpp includes the worker.
#include <QObject>
#include <optional>
#include <QString>

#include "train/Metrics.h"
#include "train/TrainConfig.h"

class QThread;

namespace assay {

class TrainingWorker;

// What the pane needs of core's TrainResult.
struct TrainingOutcome {
  bool cancelled = false;
  qint64 globalStep = 0;
  double epoch = 0;
  double bestMetric = 0;
  QString bestMetricName;
  std::optional<double> baselineMetric;  // the n-gram baseline's value of bestMetricName
  std::optional<double> blendedMetric;   // the saved blend's, when it mixes the baseline in
  QString bestCheckpoint;
  double tokensPerSecond = 0;
  double seconds = 0;
};

class TrainingSession : public QObject {
  Q_OBJECT
 public:
  explicit TrainingSession(QObject* parent = nullptr);
  ~TrainingSession() override;  // cancels a running job and waits for it (at most one step)

  // Validates and starts; false with the reason in `error` when it cannot.
  bool start(const TrainConfig& config, QString* error);
  void pause();
  void resume();
  void stop();
  bool isRunning() const;
  bool isPaused() const;

 Q_SIGNALS:
  void logLine(const QString& line);
  void stepLogged(qint64 step, double loss, double learningRate);
  void evaluated(const assay::EvalMetrics& metrics, qint64 step, double epoch);
  void progress(qint64 done, qint64 total, double etaSeconds);
  void checkpointSaved(const QString& path);
  void finished(const assay::TrainingOutcome& outcome);
  void failed(const QString& message);

 private:
  void cleanUp();
  QThread* thread_ = nullptr;
  TrainingWorker* worker_ = nullptr;
};

}  // namespace assay
