#pragma once
// Runs a trained model over the open project's text samples on a worker
// thread (BackgroundTask), with progress and cancel. The prediction itself is
// core's PredictionService (shared with the annotate pane's suggestions);
// this class only moves it off the GUI thread and keeps the rows for the pane.
#include <QObject>
#include <QString>
#include <optional>
#include <vector>

namespace assay {

class BackgroundTask;
struct RecordPrediction;

// One reviewed record: the human label beside the model's answer.
struct ReviewRow {
  qint64 sampleId = 0;
  QString text;
  int humanLabel = -1;      // project label id, -1 unlabeled
  int predictedLabel = -1;  // project label id of the prediction (-1: none / unknown name)
  double confidence = 0;
  std::vector<double> probabilities;  // in the model's label order
  std::optional<double> pCorrect;     // correctness reward models
};

// The pane's row for a prediction the service made.
ReviewRow reviewRowOf(const RecordPrediction& prediction);

class PredictionRun : public QObject {
  Q_OBJECT
 public:
  explicit PredictionRun(QObject* parent = nullptr);
  ~PredictionRun() override;

  // Predicts every text sample of `projectPath` with the model in `modelDir`,
  // and stores the predictions in the project when the run completes.
  void start(const QString& projectPath, const QString& modelDir);
  void cancel();
  bool isRunning() const;

  // After finished(): the rows (in sample id order), the model's label
  // names, and the error (empty on success).
  const std::vector<ReviewRow>& rows() const { return rows_; }
  const QStringList& modelLabels() const { return labels_; }
  bool isCorrectnessModel() const { return correctness_; }
  QString error() const;
  bool wasCancelled() const;

 Q_SIGNALS:
  void progress(qint64 done, qint64 total);
  void finished();

 private:
  BackgroundTask* task_ = nullptr;
  std::vector<ReviewRow> rows_;
  QStringList labels_;
  bool correctness_ = false;
};

}  // namespace assay
