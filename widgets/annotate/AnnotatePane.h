#pragma once
// Keyboard-first labelling. Number keys 1–9 pick a label (style: the five
// styles; correctness: also Y = 正确, N = 错误), S skips, ←/→ move back and
// forward, Ctrl+Z undoes the last label — including in the project, where it
// was saved the moment the key was pressed (ProjectStore::annotate). E moves
// into the note field (saved with the next label); there keys type text, and
// Esc or Enter returns to labelling.
//
// With a model loaded (a trained model directory), the queue can put the
// samples the model is least sure of first, and the pane shows the model's
// suggestion and confidence for the current sample and outlines its button.
// The suggestion is never applied: only a key press or click saves a label.
//
// Re-annotation: the dataset pane (a filter, a selection, a double click)
// can make the queue exactly a list of records, labelled ones included; each
// shows its current label (its button filled) until the user leaves the mode.
// With nothing left to label the pane offers to re-annotate instead.
//
// The queue, undo stack and counts live in AnnotationSession; this pane
// turns keys and clicks into its calls and shows its state.
#include <QWidget>
#include <memory>
#include <vector>

#include "annotate/AnnotationQueue.h"
#include "annotate/AnnotationSession.h"
#include "annotate/LabelKeymap.h"
#include "common/PaneShortcuts.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QGroupBox;

namespace assay {

namespace data {
class SampleQuery;
}
class ModelSuggestions;
class ProjectContext;

class LabelButtonRow;
class LabelPicker;
class ReannotationControls;

class AnnotatePane : public QWidget, public HasShortcuts {
  Q_OBJECT
 public:
  // Its keys for Help ▸ Keyboard Shortcuts (AnnotatePaneShortcuts.cpp).
  std::vector<KeyHelp> shortcuts() const override;
  explicit AnnotatePane(ProjectContext* context, QWidget* parent = nullptr);
  ~AnnotatePane() override;

  // Queue of the samples that are unlabeled now, in the given order
  // (MostUncertain needs a model's suggestions: see loadModel).
  void loadQueue(QueueOrder order, uint32_t seed);
  // The queue becomes `ids` in this order (labelled records included), at
  // `startId`, until leaveReannotation() or a new queue; `what` names them.
  void startReannotation(const std::vector<qint64>& ids, const QString& what, qint64 startId = 0);
  void leaveReannotation();
  bool isReannotating() const { return reannotating_; }
  const std::vector<qint64>& queueIds() const { return session_.queue(); }
  // Re-annotates the records whose stored prediction disagrees with their
  // label (the dataset pane's "Model disagrees" filter); false when there are none.
  bool reannotateModelDisagreements();
  LabelButtonRow* labelButtons() const { return labelButtons_; }
  QueueOrder queueOrder() const;
  qint64 currentSampleId() const;
  int position() const { return session_.position(); }
  int queueSize() const { return session_.size(); }

  // Saves `label` (and the note field's text) for the current sample under
  // the annotator's name, then moves on. Returns false (and says why in the
  // pane) when it could not.
  bool labelCurrent(int label);
  // Opens the quick picker over every label (key L; the only way to reach
  // labels beyond the ninth by keyboard).
  void openLabelPicker();
  LabelPicker* labelPicker() const { return picker_; }
  void skip();
  void back();
  void forward();
  // Takes back the most recent label of this session, in the project too.
  bool undo();
  bool canUndo() const { return session_.canUndo(); }

  // Predicts the unlabeled samples with the model in `modelDir` on a worker
  // thread; when done, the queue is rebuilt most-uncertain-first.
  void loadModel(const QString& modelDir);
  void cancelModel();
  ModelSuggestions* suggestions() const { return suggestions_; }
  // The model's suggested label id for the current sample (-1: none).
  int suggestedLabel() const;
  QString suggestionText() const;

  QLineEdit* noteEdit() const { return note_; }
  QString progressText() const;
  QString questionText() const;
  QString answerText() const;
  QString messageText() const;
  QString currentLabelText() const;

 protected:
  void keyPressEvent(QKeyEvent* event) override;
  void showEvent(QShowEvent* event) override;
  void changeEvent(QEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void retranslateUi();
  void reload();
  void buildLabelButtons();
  void showCurrent();
  void showSuggestion(qint64 sampleId);
  void updateProgress();
  void recountToday();
  void takeStats();
  void reloadFromControls();
  void chooseModel();
  void suggestionsProgress(qint64 done, qint64 total);
  void suggestionsFinished();
  void setUncertainOrderAvailable(bool available);

  ProjectContext* context_;
  std::unique_ptr<data::SampleQuery> query_;
  AnnotationSession session_;
  bool queueStale_ = true;
  ModelSuggestions* suggestions_ = nullptr;
  int suggested_ = -1;

  QComboBox* order_ = nullptr;
  QLabel* orderLabel_ = nullptr;
  QLabel* seedLabel_ = nullptr;
  QSpinBox* seed_ = nullptr;
  QPushButton* reloadButton_ = nullptr;
  QLabel* progress_ = nullptr;
  QPushButton* modelButton_ = nullptr;
  QPushButton* cancelModelButton_ = nullptr;
  QProgressBar* modelProgress_ = nullptr;
  QLabel* modelStatus_ = nullptr;
  QGroupBox* questionBox_ = nullptr;
  QGroupBox* answerBox_ = nullptr;
  QLabel* question_ = nullptr;
  QLabel* answer_ = nullptr;
  QLabel* metadata_ = nullptr;
  QLabel* current_ = nullptr;
  QLabel* suggestion_ = nullptr;
  QLabel* noteLabel_ = nullptr;
  QLineEdit* note_ = nullptr;
  QLabel* message_ = nullptr;
  LabelButtonRow* labelButtons_ = nullptr;
  int currentLabel_ = -1;      // the shown record's label
  bool currentIsText_ = true;  // pairs and completions take no class label
  bool reannotating_ = false;
  ReannotationControls* reannotation_ = nullptr;
  QLabel* descriptions_ = nullptr;  // the labels' descriptions, for annotators
  LabelKeymap keymap_;
  LabelPicker* picker_ = nullptr;
  QPushButton* backButton_ = nullptr;
  QPushButton* skipButton_ = nullptr;
  QPushButton* forwardButton_ = nullptr;
  QPushButton* undoButton_ = nullptr;
};

}  // namespace assay
