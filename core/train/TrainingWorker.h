#pragma once
// Runs a training job on a QThread for the GUI. Move it to a thread, connect
// QThread::started to run(); everything is reported through signals, by
// value. pause()/resume()/cancel() may be called from any thread: they set
// atomics the loop reads before every optimizer step, so they take effect
// within one step. Exceptions never leave run(): they become failed().
#include <QMetaType>
#include <QObject>
#include <atomic>
#include <condition_variable>
#include <mutex>

#include "train/Metrics.h"
#include "train/TrainConfig.h"
#include "train/TrainResult.h"

namespace assay {

class TrainingWorker : public QObject {
  Q_OBJECT
 public:
  explicit TrainingWorker(TrainConfig config, QObject* parent = nullptr);

  void pause();
  void resume();
  void cancel();
  bool isPaused() const { return paused_.load(); }

 public Q_SLOTS:
  void run();

 Q_SIGNALS:
  void logLine(const QString& line);  // the rm_train.py-style loading report, line by line
  void stepLogged(qint64 step, double loss, double learningRate);
  void evaluated(const assay::EvalMetrics& metrics, qint64 step, double epoch);
  void progress(qint64 done, qint64 total, double etaSeconds);
  void checkpointSaved(const QString& path);
  void finished(const assay::TrainResult& result);  // also when cancelled (result.cancelled)
  void failed(const QString& message);

 private:
  void waitWhilePaused();

  TrainConfig config_;
  std::atomic_bool paused_{false};
  std::atomic_bool cancelled_{false};
  std::mutex mutex_;
  std::condition_variable wake_;
};

}  // namespace assay

Q_DECLARE_METATYPE(assay::EvalMetrics)
Q_DECLARE_METATYPE(assay::TrainResult)
