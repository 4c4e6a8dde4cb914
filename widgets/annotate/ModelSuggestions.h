#pragma once
// Runs a trained model over the project's unlabeled text samples on a worker
// thread (BackgroundTask: progress, cancel), so the annotate pane can put the
// most uncertain samples first and show the model's guess beside each. The
// guess is only shown, never saved: the annotator decides. The prediction
// itself is core's PredictionService, shared with the review pane.
#include <QObject>
#include <QString>
#include <unordered_map>

namespace assay {

class BackgroundTask;

struct Suggestion {
  int label = -1;         // project label id the model picks; -1 when the project has no such label
  double confidence = 0;  // the model's probability for that label
  // Sort key, lower = less sure: the max class probability, or |P(correct) − 0.5|
  // for a correctness reward model (whose max probability is 0.5 + that).
  double certainty = 0;
};

class ModelSuggestions : public QObject {
  Q_OBJECT
 public:
  explicit ModelSuggestions(QObject* parent = nullptr);
  ~ModelSuggestions() override;

  // Predicts every unlabeled text sample of `projectPath` with `modelDir`.
  // The suggestions of an earlier run stay in place until this one succeeds.
  void start(const QString& projectPath, const QString& modelDir);
  void cancel();
  bool isRunning() const;
  // Forgets the suggestions (another project was opened).
  void clear();

  bool isEmpty() const { return suggestions_.empty(); }
  const Suggestion* find(qint64 sampleId) const;
  std::unordered_map<qint64, double> certainties() const;
  QString modelDir() const { return modelDir_; }  // of the suggestions held

  // After finished(): the error (empty on success or cancel).
  QString error() const;
  bool wasCancelled() const;

 Q_SIGNALS:
  void progress(qint64 done, qint64 total);
  void finished();

 private:
  void taskFinished();

  BackgroundTask* task_ = nullptr;
  std::unordered_map<qint64, Suggestion> suggestions_;
  QString modelDir_;
  // Written by the job, taken over on the GUI thread when it finished.
  std::unordered_map<qint64, Suggestion> computed_;
  QString runningDir_;
};

}  // namespace assay
