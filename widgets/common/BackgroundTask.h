#pragma once
// Runs one long job (import, export, split) on its own thread. The job
// reports progress into atomics that a GUI-thread timer reads ten times a
// second, so a fast loop never floods the event queue; cancel() sets a flag
// the job checks through isCancelled() (or throws Cancelled from its progress
// callback). The GUI thread never waits on it, except in the destructor.
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <stdexcept>

class QThread;
class QTimer;

namespace assay {

class BackgroundTask : public QObject {
  Q_OBJECT
 public:
  // Thrown by a job to stop early; finished() then reports cancelled().
  struct Cancelled : std::runtime_error {
    Cancelled() : std::runtime_error("cancelled") {}
  };
  using Job = std::function<void(BackgroundTask& task)>;

  explicit BackgroundTask(QObject* parent = nullptr);
  ~BackgroundTask() override;  // cancels and joins a running job

  void start(Job job);
  bool isRunning() const;
  void cancel() { cancel_ = true; }
  bool isCancelled() const { return cancel_; }
  // From the job's thread: how far it is. Throws Cancelled once cancel() was called.
  void report(qint64 done, qint64 total);

  // After finished(): the job's exception message (empty on success / cancel).
  QString error() const { return error_; }
  bool wasCancelled() const { return cancelledOnExit_; }

 Q_SIGNALS:
  void progress(qint64 done, qint64 total);
  void finished();

 private:
  void publishProgress();

  QThread* thread_ = nullptr;
  QTimer* poll_ = nullptr;
  std::atomic_bool cancel_{false};
  std::atomic<qint64> done_{0}, total_{0};
  qint64 shownDone_ = -1;
  quint64 generation_ = 0;  // of the latest start(); finished() is announced for it only
  QString error_;
  bool cancelledOnExit_ = false;
};

}  // namespace assay
