#pragma once
// Keyboard-first labelling. Number keys 1–9 pick a label (style: the five
// styles; correctness: also Y = 正确, N = 错误), S skips, ←/→ move back and
// forward, Ctrl+Z undoes the last label — including in the project, where it
// was saved the moment the key was pressed (ProjectStore::annotate).
#include <QElapsedTimer>
#include <QWidget>
#include <memory>
#include <vector>

#include "annotate/AnnotationQueue.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QGroupBox;

namespace assay {

namespace data {
class SampleQuery;
}
class ProjectContext;

// Splits a seed-000 input "用户问题：…\n回答：…" into its two parts; false
// (and nothing written) when the text is not laid out that way.
bool splitQuestionAnswer(const QString& text, QString* question, QString* answer);

class AnnotatePane : public QWidget {
  Q_OBJECT
 public:
  explicit AnnotatePane(ProjectContext* context, QWidget* parent = nullptr);
  ~AnnotatePane() override;

  // Queue of the samples that are unlabeled now, in the given order.
  void loadQueue(QueueOrder order, uint32_t seed);
  qint64 currentSampleId() const;
  int position() const { return position_; }
  int queueSize() const { return static_cast<int>(queue_.size()); }

  // Saves `label` for the current sample under the annotator's name, then
  // moves on. Returns false (and says why in the pane) when it could not.
  bool labelCurrent(int label);
  void skip();
  void back();
  void forward();
  // Takes back the most recent label of this session, in the project too.
  bool undo();
  bool canUndo() const { return !undo_.empty(); }

  QString progressText() const;
  QString questionText() const;
  QString answerText() const;

 protected:
  void keyPressEvent(QKeyEvent* event) override;
  void showEvent(QShowEvent* event) override;

 private:
  struct UndoEntry {
    qint64 sampleId;
    qint64 annotationId;
    int previousLabel;
    int position;
  };
  void reload();
  void buildLabelButtons();
  void showCurrent();
  void updateProgress();
  void recountToday();
  void takeStats();
  void reloadFromControls();

  ProjectContext* context_;
  std::unique_ptr<data::SampleQuery> query_;
  std::vector<qint64> queue_;
  int position_ = 0;
  bool queueStale_ = true;
  std::vector<UndoEntry> undo_;
  qint64 labeled_ = 0, total_ = 0, today_ = 0, session_ = 0;
  QElapsedTimer sessionClock_;

  QComboBox* order_ = nullptr;
  QSpinBox* seed_ = nullptr;
  QLabel* progress_ = nullptr;
  QGroupBox* questionBox_ = nullptr;
  QGroupBox* answerBox_ = nullptr;
  QLabel* question_ = nullptr;
  QLabel* answer_ = nullptr;
  QLabel* metadata_ = nullptr;
  QLabel* current_ = nullptr;
  QLabel* message_ = nullptr;
  QWidget* labelButtons_ = nullptr;
};

}  // namespace assay
