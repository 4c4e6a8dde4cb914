#include "review/ReviewPane.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "annotate/LabelKeymap.h"
#include "common/ProjectContext.h"
#include "data/ProjectStore.h"
#include "data/SampleQuery.h"
#include "dataset/ExportDialog.h"
#include "review/PredictionRun.h"
#include "review/ReviewTableModel.h"
#include "review/ThresholdPanel.h"

namespace assay {

ReviewPane::ReviewPane(ProjectContext* context, QWidget* parent) : QWidget(parent), context_(context) {
  run_ = new PredictionRun(this);
  modelDir_ = new QLineEdit(this);
  auto* browse = browseButton_ = new QPushButton(this);
  connect(browse, &QPushButton::clicked, this, [this]() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Model directory"), modelDir_->text());
    if (!dir.isEmpty()) setModelDir(dir);
  });
  runButton_ = new QPushButton(this);
  cancelButton_ = new QPushButton(this);
  cancelButton_->setEnabled(false);
  storedButton_ = new QPushButton(this);
  storedButton_->setObjectName(QStringLiteral("showStored"));
  connect(storedButton_, &QPushButton::clicked, this, &ReviewPane::showStoredPredictions);
  connect(runButton_, &QPushButton::clicked, this, &ReviewPane::runModel);
  connect(cancelButton_, &QPushButton::clicked, run_, &PredictionRun::cancel);
  exportButton_ = new QPushButton(this);
  exportButton_->setObjectName(QStringLiteral("exportReviewed"));
  connect(exportButton_, &QPushButton::clicked, this, &ReviewPane::openExportReviewed);
  bar_ = new QProgressBar(this);
  bar_->setRange(0, 1000);
  bar_->setValue(0);
  status_ = new QLabel(this);

  filter_ = new QComboBox(this);
  for (ReviewFilter f : {ReviewFilter::All, ReviewFilter::Disagreement, ReviewFilter::LowConfidence,
                         ReviewFilter::Flagged, ReviewFilter::Unreviewed})
    filter_->addItem(QString(), static_cast<int>(f));
  lowConfidence_ = new QDoubleSpinBox(this);
  lowConfidence_->setRange(0, 1);
  lowConfidence_->setSingleStep(0.05);
  lowConfidence_->setValue(0.6);
  connect(filter_, qOverload<int>(&QComboBox::activated), this, &ReviewPane::applyFilter);
  connect(lowConfidence_, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &ReviewPane::applyFilter);

  table_ = new ReviewTableModel(this);
  view_ = new QTableView(this);
  view_->setModel(table_);
  view_->setSelectionBehavior(QAbstractItemView::SelectRows);
  view_->setSelectionMode(QAbstractItemView::SingleSelection);
  view_->setWordWrap(false);
  view_->verticalHeader()->hide();
  view_->horizontalHeader()->setSectionResizeMode(ReviewTableModel::TextColumn, QHeaderView::Stretch);
  view_->setColumnWidth(ReviewTableModel::IdColumn, 60);
  view_->setColumnWidth(ReviewTableModel::HumanColumn, 150);
  view_->setColumnWidth(ReviewTableModel::PredictedColumn, 150);
  view_->setColumnWidth(ReviewTableModel::ConfidenceColumn, 130);
  view_->setColumnWidth(ReviewTableModel::ProbabilitiesColumn, 400);
  view_->installEventFilter(this);
  threshold_ = new ThresholdPanel(this);
  threshold_->hide();

  auto* top = new QHBoxLayout;
  top->addWidget(modelDir_, 1);
  top->addWidget(browse);
  top->addWidget(runButton_);
  top->addWidget(cancelButton_);
  top->addWidget(storedButton_);
  top->addWidget(exportButton_);
  auto* filters = new QHBoxLayout;
  showLabel_ = new QLabel(this);
  filters->addWidget(showLabel_);
  filters->addWidget(filter_);
  filters->addWidget(lowConfidence_);
  filters->addStretch(1);
  keysLabel_ = new QLabel(this);
  filters->addWidget(keysLabel_);
  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(view_);
  splitter->addWidget(threshold_);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 2);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(bar_);
  layout->addWidget(status_);
  layout->addLayout(filters);
  layout->addWidget(splitter, 1);

  connect(run_, &PredictionRun::progress, this, [this](qint64 done, qint64 total) {
    bar_->setValue(total > 0 ? static_cast<int>(1000 * done / total) : 0);
    status_->setText(tr("Predicting %1 / %2…").arg(done).arg(total));
  });
  connect(run_, &PredictionRun::finished, this, &ReviewPane::onFinished);
  connect(context_, &ProjectContext::projectClosed, this, [this]() { table_->setRows({}, {}, {}); });
  retranslateUi();
}

ReviewPane::~ReviewPane() = default;

void ReviewPane::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) retranslateUi();
}

// The status line follows the language from its next update.
void ReviewPane::retranslateUi() {
  modelDir_->setPlaceholderText(tr("Trained model directory (from the train pane's run history, or any checkpoint)"));
  browseButton_->setText(tr("Browse…"));
  runButton_->setText(tr("Run model"));
  cancelButton_->setText(tr("Cancel"));
  storedButton_->setText(tr("Show stored"));
  storedButton_->setToolTip(
      tr("List this model's predictions saved in the project by its last run, without running it"));
  exportButton_->setText(tr("Export reviewed…"));
  exportButton_->setToolTip(tr("Write the samples that have a verdict (skips excluded) in any format"));
  if (table_->rowCount() == 0 && !run_->isRunning()) status_->setText(tr("Choose a model and press Run model."));
  const QString filters[] = {tr("All records"), tr("Model disagrees with the human label"), tr("Low confidence"),
                             tr("Flagged"), tr("Not reviewed by me")};
  for (int i = 0; i < 5; ++i) filter_->setItemText(i, filters[i]);
  lowConfidence_->setPrefix(tr("confidence < "));
  showLabel_->setText(tr("Show:"));
  keysLabel_->setText(tr("Keys: A accept prediction · K keep human label · 1–9 / Y / N pick a label · S skip"));
  Q_EMIT table_->headerDataChanged(Qt::Horizontal, 0, table_->columnCount() - 1);
}

void ReviewPane::setModelDir(const QString& dir) { modelDir_->setText(dir); }
bool ReviewPane::isRunning() const { return run_->isRunning(); }
QString ReviewPane::statusText() const { return status_->text(); }

void ReviewPane::runModel() {
  if (!context_->isOpen() || run_->isRunning()) return;
  const QString dir = modelDir_->text().trimmed();
  if (dir.isEmpty()) {
    status_->setText(tr("Choose a model directory first."));
    return;
  }
  runButton_->setEnabled(false);
  cancelButton_->setEnabled(true);
  bar_->setValue(0);
  status_->setText(tr("Loading %1…").arg(dir));
  run_->start(context_->path(), dir);
}

void ReviewPane::onFinished() {
  runButton_->setEnabled(true);
  cancelButton_->setEnabled(false);
  if (run_->wasCancelled()) {
    status_->setText(tr("Prediction cancelled."));
    return;
  }
  if (!run_->error().isEmpty()) {
    status_->setText(tr("Cannot run the model: %1").arg(run_->error()));
    return;
  }
  bar_->setValue(bar_->maximum());
  showRows(run_->rows(), run_->modelLabels(), run_->isCorrectnessModel());
}

bool ReviewPane::showStoredPredictions() {
  if (!context_->isOpen() || run_->isRunning()) return false;
  const QString dir = modelDir_->text().trimmed();
  std::vector<data::PredictedSample> stored;
  try {
    stored = context_->store()->predictedSamples(dir);
  } catch (const std::exception& e) {
    status_->setText(QString::fromUtf8(e.what()));
    return false;
  }
  if (dir.isEmpty() || stored.empty()) {
    status_->setText(tr("No stored predictions of %1 in this project: run the model first.").arg(dir));
    return false;
  }
  std::vector<ReviewRow> rows;
  rows.reserve(stored.size());
  bool correctness = false;
  for (const data::PredictedSample& s : stored) {
    const data::StoredPrediction& p = s.prediction;
    ReviewRow r;
    r.sampleId = p.sampleId;
    r.text = s.text;
    r.humanLabel = s.humanLabel;
    r.predictedLabel = p.label;
    r.confidence = p.confidence;
    for (const auto& [name, probability] : p.probabilities) r.probabilities.push_back(probability);
    r.pCorrect = p.pCorrect;
    correctness = correctness || p.pCorrect.has_value();
    rows.push_back(std::move(r));
  }
  QStringList labels;
  for (const auto& [name, probability] : stored.front().prediction.probabilities) labels << name;
  bar_->setValue(bar_->maximum());
  showRows(rows, labels, correctness);
  return true;
}

void ReviewPane::showRows(const std::vector<ReviewRow>& rows, const QStringList& modelLabels, bool correctness) {
  const data::LabelSchema& schema = context_->store()->labelSchema();
  table_->setRows(rows, modelLabels, schema);
  // Reviewed = already labelled by this reviewer; flagged as in the dataset pane.
  try {
    data::SampleQuery query(context_->path());
    data::SampleFilter mine;
    mine.annotator = context_->annotator();
    const auto reviewed = query.matchingIds(mine, 0, std::numeric_limits<int>::max());
    table_->setReviewed({reviewed.begin(), reviewed.end()});
    data::SampleFilter flagged;
    flagged.flaggedOnly = true;
    const auto flaggedIds = query.matchingIds(flagged, 0, std::numeric_limits<int>::max());
    table_->setFlagged({flaggedIds.begin(), flaggedIds.end()});
  } catch (const std::exception& e) {
    status_->setText(QString::fromUtf8(e.what()));
  }
  qint64 disagree = 0;
  std::vector<double> pCorrect;
  std::vector<bool> isCorrect;
  for (const ReviewRow& r : table_->allRows()) {
    if (r.humanLabel >= 0 && r.predictedLabel >= 0 && r.humanLabel != r.predictedLabel) ++disagree;
    // Correctness projects: label 0 is 正确; only labelled rows enter the curve.
    if (r.pCorrect && r.humanLabel >= 0) {
      pCorrect.push_back(*r.pCorrect);
      isCorrect.push_back(r.humanLabel == 0);
    }
  }
  threshold_->setVisible(correctness);
  if (correctness) threshold_->setData(pCorrect, isCorrect);
  status_->setText(tr("%1 records predicted · the model disagrees with the human label on %2")
                       .arg(table_->allRows().size())
                       .arg(disagree));
  applyFilter();
  view_->setFocus();
  moveToRow(0);
}

void ReviewPane::applyFilter() {
  table_->setFilter(static_cast<ReviewFilter>(filter_->currentData().toInt()), lowConfidence_->value());
}

void ReviewPane::moveToRow(int row) {
  if (row < 0 || row >= table_->rowCount()) return;
  view_->selectRow(row);
  view_->scrollTo(table_->index(row, 0));
}

bool ReviewPane::applyVerdict(int row, int label) { return review(row, data::ReviewAction::PickLabel, label); }

bool ReviewPane::applyVerdict(int row, int label, data::Verdict verdict) {
  if (verdict == data::Verdict::Skipped) return skip(row);
  return storeVerdict(row, {verdict, label});
}

bool ReviewPane::skip(int row) { return review(row, data::ReviewAction::Skip); }

bool ReviewPane::review(int row, data::ReviewAction action, int label) {
  const ReviewRow* r = table_->rowAt(row);
  if (!r) return false;
  return storeVerdict(row, data::reviewChoice(action, label, r->predictedLabel, r->humanLabel));
}

bool ReviewPane::storeVerdict(int row, const data::ReviewChoice& choice) {
  const ReviewRow* r = table_->rowAt(row);
  const bool skipped = choice.verdict == data::Verdict::Skipped;
  // -1: nothing to accept or keep on this row; refused without a message.
  if (!r || (!skipped && choice.label < 0) || !context_->isOpen()) return false;
  try {
    // The label (what training reads) and the verdict in one transaction.
    context_->store()->recordVerdict(r->sampleId, context_->annotator(), choice.verdict, choice.label);
  } catch (const std::exception& e) {
    status_->setText(QString::fromUtf8(e.what()));
    return false;
  }
  if (!skipped) {
    table_->markReviewed(row, choice.label);
    context_->notifyLabelsChanged();
  }
  moveToRow(row + 1);
  return true;
}

bool ReviewPane::eventFilter(QObject* watched, QEvent* event) {
  if (watched != view_ || event->type() != QEvent::KeyPress || !context_->isOpen())
    return QWidget::eventFilter(watched, event);
  auto* key = static_cast<QKeyEvent*>(event);
  if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) return false;
  const int row = view_->currentIndex().row();
  if (!table_->rowAt(row)) return false;
  const int k = key->key();
  // Keys only choose the action; review() decides the verdict, as for any other caller.
  if (k == Qt::Key_A) {
    review(row, data::ReviewAction::Accept);
  } else if (k == Qt::Key_K) {
    review(row, data::ReviewAction::KeepHuman);
  } else if (k == Qt::Key_S) {
    review(row, data::ReviewAction::Skip);
  } else {
    // A label's key is the Annotate pane's: 1-9 in the project's display
    // order, a label's own key, Y / N for correctness verdicts.
    const data::ProjectStore* store = context_->store();
    const int label = LabelKeymap(store->labelSchema(), store->labelDetails(), store->labelOrder()).labelForKey(k);
    if (label < 0) return false;
    review(row, data::ReviewAction::PickLabel, label);
  }
  return true;
}

void ReviewPane::openExportReviewed() {
  if (!context_->isOpen()) return;
  auto* dialog = new ExportDialog(context_->path(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setWindowTitle(tr("Export reviewed records"));
  dialog->setReviewedOnly(true);
  dialog->show();
}

}  // namespace assay
