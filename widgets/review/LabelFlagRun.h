#pragma once
// "Find likely wrong labels…": the flagger over the open project
// (train/ProjectFlagging.h) on a worker thread (BackgroundTask), with
// progress and cancel. The worker opens its own store; the run is stored
// only when it completes, so a cancelled or failed run leaves the project as
// it was.
#include <QObject>
#include <QString>
#include <atomic>

#include "train/ProjectFlagging.h"

namespace assay {

class BackgroundTask;

class LabelFlagRun : public QObject {
  Q_OBJECT
 public:
  explicit LabelFlagRun(QObject* parent = nullptr);
  ~LabelFlagRun() override;

  // Flags `projectPath`'s labelled texts and pairs as `reviewer`.
  void start(const QString& projectPath, const QString& reviewer, const FlaggerOptions& options = {});
  void cancel();
  bool isRunning() const;

  // After finished(): the stored run, or the error (empty on success) or a cancel.
  const ProjectFlagRun& result() const { return result_; }
  QString error() const;
  bool wasCancelled() const;

 Q_SIGNALS:
  void progress(qint64 done, qint64 total);
  void finished();

 private:
  BackgroundTask* task_ = nullptr;
  // The flagger polls this between L-BFGS iterations; BackgroundTask's own
  // flag is seen only at the next progress report (a whole fold's fit).
  std::atomic<bool> cancel_{false};
  ProjectFlagRun result_;
};

}  // namespace assay
