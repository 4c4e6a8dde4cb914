#include "review/ReviewPane.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontMetrics>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

#include "annotate/LabelKeymap.h"
#include "common/ProjectContext.h"
#include "data/ProjectStore.h"
#include "data/SampleQuery.h"
#include "dataset/ExportDialog.h"
#include "review/ConfidenceHistogram.h"
#include "review/PredictionRun.h"
#include "review/QualityQueueModel.h"
#include "review/ReviewDetailPane.h"
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
  connect(cancelButton_, &QPushButton::clicked, this, &ReviewPane::cancelRun);
  exportButton_ = new QPushButton(this);
  exportButton_->setObjectName(QStringLiteral("exportReviewed"));
  connect(exportButton_, &QPushButton::clicked, this, &ReviewPane::openExportReviewed);
  bar_ = new QProgressBar(this);
  bar_->setRange(0, 1000);
  bar_->setValue(0);
  bar_->setMaximumHeight(14);
  status_ = new QLabel(this);
  status_->setWordWrap(true);

  filter_ = new QComboBox(this);
  for (ReviewFilter f : {ReviewFilter::All, ReviewFilter::Disagreement, ReviewFilter::LowConfidence,
                         ReviewFilter::Flagged, ReviewFilter::Unreviewed})
    filter_->addItem(QString(), static_cast<int>(f));
  filter_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
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
  view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
  // The text column takes what the others leave; they are sized for their
  // content (label names, three probabilities, a verdict's name) so that at
  // 1024 px the text keeps about 300 px. The detail pane shows everything.
  QHeaderView* header = view_->horizontalHeader();
  header->setSectionResizeMode(ReviewTableModel::TextColumn, QHeaderView::Stretch);
  header->setSortIndicator(ReviewTableModel::PriorityColumn, Qt::AscendingOrder);
  header->setSortIndicatorShown(true);
  view_->setSortingEnabled(true);
  view_->installEventFilter(this);
  connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPane::showDetail);
  connect(table_, &QAbstractItemModel::modelReset, this, &ReviewPane::showDetail);
  connect(table_, &QAbstractItemModel::layoutChanged, this, [this]() {
    view_->scrollTo(view_->currentIndex());  // a sort keeps the selected record in sight
  });
  detail_ = new ReviewDetailPane(this);
  threshold_ = new ThresholdPanel(this);
  threshold_->hide();
  histogram_ = new ConfidenceHistogram(this);
  histogram_->hide();

  auto* undoAction = new QAction(this);
  undoAction->setShortcut(QKeySequence::Undo);
  undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  connect(undoAction, &QAction::triggered, this, &ReviewPane::undo);
  auto* redoAction = new QAction(this);
  redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
  redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  connect(redoAction, &QAction::triggered, this, &ReviewPane::redo);
  addAction(undoAction);
  addAction(redoAction);

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
  keysLabel_ = new QLabel(this);
  keysLabel_->setWordWrap(true);
  keysLabel_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
  filters->addWidget(keysLabel_, 1);
  // The list on top at full width (its text column is what a reviewer
  // reads); below it the selected record and the chart side by side.
  bottom_ = new QSplitter(Qt::Horizontal, this);
  bottom_->addWidget(detail_);
  bottom_->addWidget(threshold_);
  bottom_->addWidget(histogram_);
  bottom_->setStretchFactor(0, 1);
  bottom_->setStretchFactor(1, 1);
  bottom_->setStretchFactor(2, 1);
  QLayout* tabs = buildQueues();  // puts view_ into lists_
  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(lists_);
  splitter->addWidget(bottom_);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 2);
  splitter->setChildrenCollapsible(false);
  view_->setMinimumHeight(6 * view_->verticalHeader()->defaultSectionSize());
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(bar_);
  layout->addWidget(status_);
  layout->addLayout(tabs);
  layout->addLayout(filters);
  layout->addWidget(splitter, 1);

  connect(run_, &PredictionRun::progress, this, [this](qint64 done, qint64 total) {
    bar_->setValue(total > 0 ? static_cast<int>(1000 * done / total) : 0);
    status_->setText(tr("Predicting %1 / %2…").arg(done).arg(total));
  });
  connect(run_, &PredictionRun::finished, this, &ReviewPane::onFinished);
  connect(context_, &ProjectContext::projectClosed, this, [this]() {
    table_->setRows({}, {}, {});
    queueModel_->setConflicts({}, {});
    history_.clear();
  });
  connect(context_, &ProjectContext::projectOpened, this, [this]() { history_.clear(); });
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
      tr("List this model's predictions saved in the project by its last run, without running it; with no model "
         "chosen, those of the project's latest run"));
  exportButton_->setText(tr("Export reviewed…"));
  exportButton_->setToolTip(tr("Write the samples that have a verdict (skips excluded) in any format"));
  if (table_->rowCount() == 0 && !run_->isRunning()) status_->setText(tr("Choose a model and press Run model."));
  const QString filters[] = {tr("All records"), tr("Model disagrees with the human label"), tr("Low confidence"),
                             tr("Flagged"), tr("Not reviewed by me")};
  for (int i = 0; i < 5; ++i) filter_->setItemText(i, filters[i]);
  lowConfidence_->setPrefix(tr("confidence < "));
  showLabel_->setText(tr("Show:"));
  retranslateQueues();  // the keys line too: it depends on the queue
  Q_EMIT table_->headerDataChanged(Qt::Horizontal, 0, table_->columnCount() - 1);
  sizeColumns();
}

void ReviewPane::sizeColumns() {
  // Wide enough for the content (in em: label names, three probabilities, a
  // verdict's name) and for the header's text with its sort arrow in this
  // language; the text column takes the rest (about 300 px at 1024 px).
  const int em = view_->fontMetrics().horizontalAdvance(QLatin1Char('M'));
  const QFontMetrics header(view_->horizontalHeader()->font());
  const std::pair<int, int> widths[] = {
      {ReviewTableModel::PriorityColumn, 3 * em},   {ReviewTableModel::IdColumn, 4 * em},
      {ReviewTableModel::HumanColumn, 10 * em},     {ReviewTableModel::PredictedColumn, 10 * em},
      {ReviewTableModel::ConfidenceColumn, 5 * em}, {ReviewTableModel::ProbabilitiesColumn, 14 * em},
      {ReviewTableModel::ReviewedColumn, 12 * em}};
  for (const auto& [column, content] : widths) {
    const QString title = table_->headerData(column, Qt::Horizontal).toString();
    view_->setColumnWidth(column, std::max(content, header.horizontalAdvance(title) + 2 * em));
  }
}

std::vector<KeyHelp> ReviewPane::shortcuts() const {
  // The keys eventFilter() and the undo / redo actions handle.
  return {
      {QStringLiteral("A"), tr("Accept the model's prediction as the label")},
      {QStringLiteral("K"), tr("Keep the human label")},
      {tr("1–9, a label's own key (Y / N)"), tr("Pick that label (the Annotate pane's label keys)")},
      {QStringLiteral("S"), tr("Skip: record that you looked, change nothing")},
      {tr("↑ / ↓"), tr("Previous / next record; the detail pane follows")},
      {QStringLiteral("Ctrl+Z"),
       tr("Undo the last verdict, final label or flag decision (the label it replaced comes back)")},
      {QStringLiteral("Ctrl+Shift+Z / Ctrl+Y"), tr("Redo it")},
      {tr("Click a column header"), tr("Sort by it; Priority goes back to most likely wrong first")},
      {tr("Conflicts: 1–9, a label's own key"), tr("Make it the final label (stored apart from the annotators')")},
      {tr("Conflicts: A"), tr("Make the majority label the final label")},
      {tr("Conflicts: Delete"), tr("Withdraw the final label")},
      {tr("Likely wrong labels: A"), tr("Accept the suggestion: relabel the record under your name")},
      {tr("Likely wrong labels: K / D"), tr("Dismiss the flag: the label stays")},
  };
}

void ReviewPane::setModelDir(const QString& dir) { modelDir_->setText(dir); }
QString ReviewPane::modelDir() const { return modelDir_->text().trimmed(); }
bool ReviewPane::isRunning() const { return run_->isRunning(); }
QString ReviewPane::statusText() const { return status_->text(); }

void ReviewPane::cancelRun() {
  if (run_->isRunning()) run_->cancel();
  if (isFlagging()) cancelFlagging();
}

void ReviewPane::runModel() {
  if (!context_->isOpen() || run_->isRunning() || isFlagging()) return;
  const QString dir = modelDir_->text().trimmed();
  if (dir.isEmpty()) {
    status_->setText(tr("Choose a model directory first."));
    return;
  }
  showQueue(Queue::Predictions);
  runButton_->setEnabled(false);
  findButton_->setEnabled(false);
  cancelButton_->setEnabled(true);
  bar_->setValue(0);
  status_->setText(tr("Loading %1…").arg(dir));
  run_->start(context_->path(), dir);
}

void ReviewPane::onFinished() {
  runButton_->setEnabled(true);
  findButton_->setEnabled(true);
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
  QString dir = modelDir_->text().trimmed();
  std::vector<data::PredictedSample> stored;
  try {
    // No model chosen: the latest run's, said in the status line below.
    if (dir.isEmpty()) dir = context_->store()->latestPredictionModel();
    if (dir.isEmpty()) {
      status_->setText(tr("No predictions are stored in this project yet: choose a model and press Run model."));
      return false;
    }
    stored = context_->store()->predictedSamples(dir);
  } catch (const std::exception& e) {
    status_->setText(QString::fromUtf8(e.what()));
    return false;
  }
  if (stored.empty()) {
    status_->setText(tr("No stored predictions of %1 in this project: run the model first.").arg(dir));
    return false;
  }
  modelDir_->setText(dir);
  showQueue(Queue::Predictions);
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
  status_->setText(tr("Stored predictions of %1 · %2").arg(dir, status_->text()));
  return true;
}

void ReviewPane::showRows(const std::vector<ReviewRow>& rows, const QStringList& modelLabels, bool correctness) {
  const data::LabelSchema& schema = context_->store()->labelSchema();
  table_->setRows(rows, modelLabels, schema);
  try {
    // Reviewed = a verdict of this reviewer other than a skip is stored (a
    // label alone, e.g. an imported one, is not a review).
    const std::vector<data::Review> reviews = context_->store()->reviews();
    std::unordered_set<qint64> mine;
    for (const data::Review& r : reviews)
      if (r.reviewer == context_->annotator() && r.verdict != data::Verdict::Skipped) mine.insert(r.sampleId);
    table_->setReviewed(std::move(mine));
    table_->setVerdicts(reviews);
    data::SampleQuery query(context_->path());
    data::SampleFilter flagged;  // flagged as in the dataset pane
    flagged.flaggedOnly = true;
    const auto flaggedIds = query.matchingIds(flagged, 0, std::numeric_limits<int>::max());
    table_->setFlagged({flaggedIds.begin(), flaggedIds.end()});
  } catch (const std::exception& e) {
    status_->setText(QString::fromUtf8(e.what()));
  }
  qint64 disagree = 0;
  for (const ReviewRow& r : table_->allRows())
    if (r.humanLabel >= 0 && r.predictedLabel >= 0 && r.humanLabel != r.predictedLabel) ++disagree;
  showCharts(modelLabels, correctness);
  status_->setText(tr("%1 records predicted · the model disagrees with the human label on %2")
                       .arg(table_->allRows().size())
                       .arg(disagree));
  applyFilter();
  view_->setFocus();
  moveToRow(0);
}

void ReviewPane::showCharts(const QStringList& modelLabels, bool correctness) {
  const data::LabelSchema& schema = context_->store()->labelSchema();
  const bool binary = correctness || modelLabels.size() == 2;
  threshold_->setVisible(binary);
  histogram_->setVisible(!binary && modelLabels.size() > 2);
  if (binary) {
    // The score is P(correct) (label 0, 正确) of a correctness reward model,
    // else the probability of the model's first label; only records whose
    // human label the model knows enter the curve.
    std::vector<double> score;
    std::vector<bool> positive;
    const QString first = correctness ? QString() : modelLabels.value(0);
    for (const ReviewRow& r : table_->allRows()) {
      if (r.humanLabel < 0) continue;
      if (correctness && r.pCorrect) {
        score.push_back(*r.pCorrect);
        positive.push_back(r.humanLabel == 0);
      } else if (!correctness && !r.probabilities.empty() && modelLabels.contains(schema.nameOf(r.humanLabel))) {
        score.push_back(r.probabilities[0]);
        positive.push_back(schema.nameOf(r.humanLabel) == first);
      }
    }
    threshold_->setPositiveLabel(first);
    threshold_->setData(score, positive);
  } else if (modelLabels.size() > 2) {
    std::vector<double> confidence;
    std::vector<ConfidenceHistogram::Outcome> outcome;
    for (const ReviewRow& r : table_->allRows()) {
      confidence.push_back(r.confidence);
      outcome.push_back(r.humanLabel < 0                   ? ConfidenceHistogram::Outcome::Unlabeled
                        : r.humanLabel == r.predictedLabel ? ConfidenceHistogram::Outcome::Agrees
                                                           : ConfidenceHistogram::Outcome::Disagrees);
    }
    histogram_->setConfidences(confidence, outcome);
  }
}

void ReviewPane::applyFilter() {
  table_->setFilter(static_cast<ReviewFilter>(filter_->currentData().toInt()), lowConfidence_->value());
}

void ReviewPane::moveToRow(int row) {
  if (row < 0 || row >= table_->rowCount()) return;
  view_->setCurrentIndex(table_->index(row, 0));
  view_->selectRow(row);
  view_->scrollTo(table_->index(row, 0));
}

void ReviewPane::showDetail() {
  const ReviewRow* r = table_->rowAt(view_->currentIndex().row());
  if (!r || !context_->isOpen()) {
    detail_->clear();
    return;
  }
  detail_->showRecord(*context_->store(), *r, *table_);
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
  const qint64 sampleId = r->sampleId;
  try {
    // The label (what training reads) and the verdict in one transaction, undoable.
    history_.recordVerdict(*context_->store(), sampleId, context_->annotator(), choice.verdict, choice.label);
  } catch (const std::exception& e) {
    status_->setText(QString::fromUtf8(e.what()));
    return false;
  }
  refreshRecord(sampleId);
  if (!skipped) context_->notifyLabelsChanged();
  moveToRow(row + 1);
  return true;
}

bool ReviewPane::undo() { return stepHistory(HistoryStep::Undo); }

bool ReviewPane::redo() { return stepHistory(HistoryStep::Redo); }

bool ReviewPane::stepHistory(HistoryStep direction) {
  const bool back = direction == HistoryStep::Undo;
  if (!context_->isOpen() || !(back ? history_.canUndo() : history_.canRedo())) return false;
  std::optional<data::ReviewStep> step;
  try {
    step = back ? history_.undo(*context_->store(), context_->annotator())
                : history_.redo(*context_->store(), context_->annotator());
  } catch (const std::exception& e) {
    status_->setText(QString::fromUtf8(e.what()));
    return false;
  }
  if (!step) return false;
  showStep(*step, back);
  return true;
}

void ReviewPane::showStep(const data::ReviewStep& step, bool back) {
  refreshRecord(step.sampleId);  // a flag's accept changed the label the predictions list shows
  if (step.trainingDataChanged) context_->notifyLabelsChanged();
  if (step.kind != data::ReviewStep::Kind::Verdict) {
    refreshQueueSample(step.sampleId, step.flagId);
    const int row = queueModel_->rowOfSample(step.sampleId);
    if (queue() != Queue::Predictions && row >= 0)
      moveToQueueRow(!back && row + 1 < queueModel_->rowCount() ? row + 1 : row);
    const bool adjudication = step.kind == data::ReviewStep::Kind::Adjudication;
    status_->setText(adjudication ? (back ? tr("Final label of record %1 undone.").arg(step.sampleId)
                                          : tr("Final label of record %1 given again.").arg(step.sampleId))
                                  : (back ? tr("Decision on the flag of record %1 undone.").arg(step.sampleId)
                                          : tr("Decision on the flag of record %1 made again.").arg(step.sampleId)));
    return;
  }
  // Undo returns to the record; redo moves on past it, as giving it did.
  const int row = table_->rowOfSample(step.sampleId);
  if (queue() == Queue::Predictions) moveToRow(!back && row + 1 < table_->rowCount() ? row + 1 : row);
  status_->setText(back ? tr("Verdict on record %1 undone.").arg(step.sampleId)
                        : tr("Verdict on record %1 given again.").arg(step.sampleId));
}

void ReviewPane::refreshRecord(qint64 sampleId) {
  const data::ProjectStore* store = context_->store();
  try {
    const std::vector<data::Review> reviews = store->reviews(sampleId);
    bool mine = false;
    for (const data::Review& r : reviews)
      mine = mine || (r.reviewer == context_->annotator() && r.verdict != data::Verdict::Skipped);
    table_->setRecordState(sampleId, store->sample(sampleId).label,
                           reviews.empty() ? std::nullopt : std::optional<data::Review>(reviews.back()), mine);
  } catch (const std::exception& e) {
    status_->setText(QString::fromUtf8(e.what()));
  }
  if (detail_->sampleId() == sampleId) showDetail();
}

bool ReviewPane::eventFilter(QObject* watched, QEvent* event) {
  if ((watched != view_ && watched != queueView_) || event->type() != QEvent::KeyPress || !context_->isOpen())
    return QWidget::eventFilter(watched, event);
  auto* key = static_cast<QKeyEvent*>(event);
  if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) return false;
  if (watched == queueView_) return queueKeyPress(key->key());
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
