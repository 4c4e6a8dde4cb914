#pragma once
// The train pane: the form, Start / Pause / Stop, live charts fed by the
// worker's signals, progress with ETA, the GUI-latency probe and the run
// history (each run's config, data and best metric), from which a model is
// opened in the review pane.
#include <QPointer>
#include <QWidget>
#include <vector>

#include "data/DatasetHealth.h"
#include "train/TrainingSession.h"
#include "common/PaneShortcuts.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace assay {

class BackgroundTask;
class ConfusionHeatMap;
class HealthWarningDialog;
class LatencyProbe;
class LossChart;
class MetricChart;
class ProjectContext;
class RewardHistogram;
class TrainForm;

class TrainPane : public QWidget, public HasShortcuts {
  Q_OBJECT
 public:
  // Its keys for Help ▸ Keyboard Shortcuts (TrainPaneShortcuts.cpp).
  std::vector<KeyHelp> shortcuts() const override;
  explicit TrainPane(ProjectContext* context, QWidget* parent = nullptr);
  ~TrainPane() override;

  TrainForm* form() const { return form_; }
  TrainingSession* session() const { return session_; }
  LossChart* lossChart() const { return loss_; }
  MetricChart* metricChart() const { return metrics_; }
  ConfusionHeatMap* confusion() const { return confusion_; }
  RewardHistogram* rewardHistogram() const { return rewards_; }
  LatencyProbe* latencyProbe() const { return probe_; }

  // Starts a run with the form's settings now.
  bool start();
  // The Start button: checks the project's health on a worker first; with
  // warnings a HealthWarningDialog (non-blocking) asks whether to continue,
  // show the duplicates (showRecordsRequested) or cancel; without, start().
  void requestStart();
  bool isCheckingHealth() const;
  // The open pre-training dialog, or nullptr.
  HealthWarningDialog* healthDialog() const;
  void togglePause();
  void stop();
  QString statusText() const;

 Q_SIGNALS:
  // The user asked to review with a trained model directory.
  void openModelRequested(const QString& modelDir);
  // The user asked to see these records (the duplicates the health check found) in the dataset pane.
  void showRecordsRequested(const std::vector<qint64>& ids, const QString& title);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslateUi();
  // The status line before a run: what to do next, for the open project or none.
  void showIdleStatus();
  void onStep(qint64 step, double loss, double lr);
  void onEvaluated(const EvalMetrics& metrics, qint64 step, double epoch);
  void onProgress(qint64 done, qint64 total, double eta);
  void onFinished(const TrainingOutcome& outcome);
  void onFailed(const QString& message);
  void healthChecked();
  void setRunning(bool running);
  void addHistoryRow(const QString& status, const QString& best);
  void loadHistory();
  void saveHistory();

  ProjectContext* context_;
  TrainingSession* session_ = nullptr;
  TrainForm* form_ = nullptr;
  QPushButton* startButton_ = nullptr;
  QPushButton* pauseButton_ = nullptr;
  QPushButton* stopButton_ = nullptr;
  QProgressBar* bar_ = nullptr;
  QLabel* status_ = nullptr;
  QLabel* latency_ = nullptr;
  LossChart* loss_ = nullptr;
  MetricChart* metrics_ = nullptr;
  ConfusionHeatMap* confusion_ = nullptr;
  RewardHistogram* rewards_ = nullptr;
  QPlainTextEdit* log_ = nullptr;
  QTableWidget* history_ = nullptr;
  QPushButton* reviewButton_ = nullptr;
  QLabel* historyTitle_ = nullptr;
  LatencyProbe* probe_ = nullptr;
  BackgroundTask* healthTask_ = nullptr;
  QString healthPath_;                // the project the running check reads
  data::HealthReport checkedHealth_;  // written by the check, read on its finished() signal
  QPointer<HealthWarningDialog> healthDialog_;
  TrainConfig running_;
  QString started_;
};

}  // namespace assay
