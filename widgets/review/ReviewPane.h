#pragma once
// The review pane: runs a trained model over the project in the background,
// lists human label vs prediction with confidence and probabilities, filters
// (disagreement, low confidence, flagged, unreviewed), a P(correct)
// threshold panel for correctness models, and verdict keys on the list:
//   A accept the prediction · K keep the human label · 1–9 (Y/N) another label · S skip.
// A verdict is stored as an annotation by the reviewer (name and time), so
// reviewed records feed the next training run like any label, and as a row
// of the project's reviews table (accepted / kept-human / relabelled /
// skipped). Skip records a review and writes no label. The model's
// predictions are stored in the project when a run completes.
#include <QStringList>
#include <QWidget>
#include <vector>

#include "data/ReviewRecords.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace assay {

class PredictionRun;
class ProjectContext;
struct ReviewRow;
class ReviewTableModel;
class ThresholdPanel;

class ReviewPane : public QWidget {
  Q_OBJECT
 public:
  explicit ReviewPane(ProjectContext* context, QWidget* parent = nullptr);
  ~ReviewPane() override;

  void setModelDir(const QString& dir);
  // Starts predicting the project with the chosen model.
  void runModel();
  // Lists the predictions the chosen model's last completed run stored in
  // the project (no model run); false when there are none.
  bool showStoredPredictions();
  bool isRunning() const;
  ReviewTableModel* model() const { return table_; }
  QTableView* view() const { return view_; }
  ThresholdPanel* thresholdPanel() const { return threshold_; }
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
  // Opens the export dialog set to the reviewed samples.
  void openExportReviewed();
  QString statusText() const;

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  // Texts in the current language (QEvent::LanguageChange: a live switch).
  void retranslateUi();
  void onFinished();
  void showRows(const std::vector<ReviewRow>& rows, const QStringList& modelLabels, bool correctness);
  void applyFilter();
  void moveToRow(int row);
  bool storeVerdict(int row, const data::ReviewChoice& choice);

  ProjectContext* context_;
  PredictionRun* run_ = nullptr;
  ReviewTableModel* table_ = nullptr;
  QTableView* view_ = nullptr;
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
};

}  // namespace assay
