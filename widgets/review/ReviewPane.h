#pragma once
// The review pane: runs a trained model over the project in the background,
// lists human label vs prediction with confidence and probabilities, most
// likely wrong first (data::ReviewOrder; any header sorts), filters
// (disagreement, low confidence, flagged, unreviewed), the selected record in
// full (ReviewDetailPane), a threshold panel with the PR curve for binary
// models (correctness reward models and two-label classifiers) and a
// confidence histogram for multi-class ones, and verdict keys on the list:
//   A accept the prediction · K keep the human label · 1–9 (Y/N) another label · S skip
//   Ctrl+Z takes the last verdict back (the label it overwrote returns) · Ctrl+Shift+Z / Ctrl+Y redo.
// A verdict is stored as an annotation by the reviewer (name and time), so
// reviewed records feed the next training run like any label, and as a row
// of the project's reviews table (accepted / kept-human / relabelled /
// skipped), in one transaction (data::VerdictHistory). Skip records a review
// and writes no label. The model's predictions are stored in the project
// when a run completes.
//
// Two more queues need no model (tabs above the list; ReviewPaneQueues.cpp):
//   Conflicts: samples whose annotators disagree; a label key (or A: the
//     majority) stores the reviewer's final label (data::setAdjudication),
//     apart from the annotators' labels; Delete withdraws it.
//   Likely wrong labels: the latest flagger run's flags, most confident
//     first; A accepts (relabels to the suggestion as the reviewer), K / D
//     dismisses. "Find likely wrong labels…" runs the flagger (LabelFlagRun).
// Every verdict, adjudication and flag decision is one step of one undo
// stack (data::ReviewHistory): Ctrl+Z takes back the latest, whichever queue.
#include <QStringList>
#include <QWidget>
#include <vector>

#include "common/PaneShortcuts.h"
#include "data/ReviewRecords.h"
#include "data/ReviewHistory.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLayout;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabBar;
class QTableView;

namespace assay {

class ConfidenceHistogram;
class LabelFlagRun;
class QualityQueueModel;
class PredictionRun;
class ProjectContext;
class ReviewDetailPane;
struct ReviewRow;
class ReviewTableModel;
class ThresholdPanel;

class ReviewPane : public QWidget, public HasShortcuts {
  Q_OBJECT
 public:
  explicit ReviewPane(ProjectContext* context, QWidget* parent = nullptr);
  ~ReviewPane() override;

  void setModelDir(const QString& dir);
  QString modelDir() const;
  // Starts predicting the project with the chosen model.
  void runModel();
  // Lists the predictions the chosen model's last completed run stored in
  // the project (no model run); with no model chosen, those of the project's
  // latest run. False when there are none.
  bool showStoredPredictions();
  bool isRunning() const;
  ReviewTableModel* model() const { return table_; }
  QTableView* view() const { return view_; }
  ThresholdPanel* thresholdPanel() const { return threshold_; }
  ConfidenceHistogram* confidenceHistogram() const { return histogram_; }
  ReviewDetailPane* detailPane() const { return detail_; }
  // The one verdict path (keys, clicks, the functions below): `action` on
  // list row `row` becomes a verdict and label by data::reviewChoice, both
  // saved in one transaction (ProjectStore::recordVerdict); then the next row.
  // `label` is the picked label of ReviewAction::PickLabel.
  bool review(int row, data::ReviewAction action, int label = -1);
  // Picks `label` for list row `row` (ReviewAction::PickLabel): the human
  // label → kept-human, any other → relabelled, as the number keys.
  bool applyVerdict(int row, int label);
  // A verdict given outright (Skipped: as skip()).
  bool applyVerdict(int row, int label, data::Verdict verdict);
  // Records a skipped review for list row `row` (no label) and moves on.
  bool skip(int row);
  // Ctrl+Z: takes the latest verdict of this session back (its label change
  // too) and selects its row; Ctrl+Shift+Z / Ctrl+Y gives it again.
  bool undo();
  bool redo();
  // Opens the export dialog set to the reviewed samples.
  void openExportReviewed();
  QString statusText() const;
  std::vector<KeyHelp> shortcuts() const override;

  // The list shown: the model's predictions, the conflicting samples or the
  // likely wrong labels (the tabs above the list).
  enum class Queue { Predictions, Conflicts, Flags };
  // Shows `queue`; Conflicts and Flags are read from the project again.
  void showQueue(Queue queue);
  Queue queue() const;
  QualityQueueModel* queueModel() const { return queueModel_; }
  QTableView* queueView() const { return queueView_; }
  // Conflicts: `label` becomes the final label of list row `row`, decided by
  // the annotator (-1 withdraws the decision); then the next row.
  bool adjudicate(int row, int label);
  // Likely wrong labels: accepts (relabels to the suggestion) or dismisses
  // the flag of list row `row`; then the next row.
  bool resolveFlag(int row, data::FlagResolution resolution);
  // "Find likely wrong labels…": flags the project in the background, then
  // shows the flags. The status line says why when it cannot run.
  void findLikelyWrongLabels();
  bool isFlagging() const;
  // Stops the flagger; the project keeps no part of the run.
  void cancelFlagging();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  // Texts in the current language (QEvent::LanguageChange: a live switch).
  void retranslateUi();
  void sizeColumns();
  void onFinished();
  void showRows(const std::vector<ReviewRow>& rows, const QStringList& modelLabels, bool correctness);
  // The threshold panel for a binary model, the histogram for a multi-class one.
  void showCharts(const QStringList& modelLabels, bool correctness);
  void applyFilter();
  void moveToRow(int row);
  void showDetail();
  bool storeVerdict(int row, const data::ReviewChoice& choice);
  // Reads a record's label and verdicts back from the store into the list.
  void refreshRecord(qint64 sampleId);
  enum class HistoryStep { Undo, Redo };
  bool stepHistory(HistoryStep direction);
  // Shows what an undo or redo changed and selects its row.
  void showStep(const data::ReviewStep& step, bool back);
  void cancelRun();
  // ReviewPaneQueues.cpp
  QLayout* buildQueues();  // the tabs row
  void retranslateQueues();
  void loadQueue();
  void showQueueDetail();
  bool queueKeyPress(int key);
  void onFlaggingFinished();
  // Reads a sample's adjudication or flag back from the store into the queue.
  void refreshQueueSample(qint64 sampleId, qint64 flagId);
  void moveToQueueRow(int row);

  ProjectContext* context_;
  PredictionRun* run_ = nullptr;
  ReviewTableModel* table_ = nullptr;
  QTableView* view_ = nullptr;
  ReviewDetailPane* detail_ = nullptr;
  QSplitter* bottom_ = nullptr;
  QLineEdit* modelDir_ = nullptr;
  QPushButton* runButton_ = nullptr;
  QPushButton* cancelButton_ = nullptr;
  QPushButton* exportButton_ = nullptr;
  QPushButton* storedButton_ = nullptr;
  QPushButton* browseButton_ = nullptr;
  QLabel* showLabel_ = nullptr;
  QLabel* keysLabel_ = nullptr;
  QProgressBar* bar_ = nullptr;
  QLabel* status_ = nullptr;
  QComboBox* filter_ = nullptr;
  QDoubleSpinBox* lowConfidence_ = nullptr;
  ThresholdPanel* threshold_ = nullptr;
  ConfidenceHistogram* histogram_ = nullptr;
  QTabBar* queueTabs_ = nullptr;
  QStackedWidget* lists_ = nullptr;
  QTableView* queueView_ = nullptr;
  QualityQueueModel* queueModel_ = nullptr;
  QPushButton* findButton_ = nullptr;
  LabelFlagRun* flagRun_ = nullptr;
  bool thresholdShown_ = false, histogramShown_ = false;  // the predictions' charts, while a queue hides them
  data::ReviewHistory history_;
};

}  // namespace assay
