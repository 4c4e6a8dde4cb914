// The review pane's data-quality queues (ReviewPane.h, "Two more queues"):
// annotator conflicts to adjudicate and the flagger's likely wrong labels,
// their keys, and "Find likely wrong labels…". Kept apart from
// ReviewPane.cpp, which holds the prediction review.
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>

#include "annotate/LabelKeymap.h"
#include "common/ProjectContext.h"
#include "review/LabelFlagRun.h"
#include "review/QualityQueueModel.h"
#include "review/ReviewDetailPane.h"
#include "review/ReviewPane.h"
#include "review/ReviewTableModel.h"
#include "review/ThresholdPanel.h"
#include "review/ConfidenceHistogram.h"

namespace assay {

QLayout* ReviewPane::buildQueues() {
  queueTabs_ = new QTabBar(this);
  queueTabs_->setObjectName(QStringLiteral("reviewQueues"));
  queueTabs_->setDrawBase(false);
  queueTabs_->setExpanding(false);
  for (int i = 0; i < 3; ++i) queueTabs_->addTab(QString());
  findButton_ = new QPushButton(this);
  findButton_->setObjectName(QStringLiteral("findLikelyWrong"));
  connect(findButton_, &QPushButton::clicked, this, &ReviewPane::findLikelyWrongLabels);

  queueModel_ = new QualityQueueModel(this);
  queueView_ = new QTableView(this);
  queueView_->setObjectName(QStringLiteral("qualityQueue"));
  queueView_->setModel(queueModel_);
  queueView_->setSelectionBehavior(QAbstractItemView::SelectRows);
  queueView_->setSelectionMode(QAbstractItemView::SingleSelection);
  queueView_->setWordWrap(false);
  queueView_->verticalHeader()->hide();
  queueView_->verticalHeader()->setDefaultSectionSize(view_->verticalHeader()->defaultSectionSize());
  queueView_->installEventFilter(this);
  connect(queueView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPane::showQueueDetail);
  connect(queueModel_, &QAbstractItemModel::modelReset, this, [this]() {
    // Each queue has its own columns: the text takes what the others leave.
    QHeaderView* header = queueView_->horizontalHeader();
    const int text = queueModel_->queue() == QualityQueue::Conflicts ? int(QualityQueueModel::ConflictTextColumn)
                                                                     : int(QualityQueueModel::FlagTextColumn);
    for (int c = 0; c < queueModel_->columnCount(); ++c)
      header->setSectionResizeMode(c, c == text ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
  });

  lists_ = new QStackedWidget(this);
  lists_->addWidget(view_);
  lists_->addWidget(queueView_);
  connect(queueTabs_, &QTabBar::currentChanged, this, [this](int index) { showQueue(Queue(index)); });

  flagRun_ = new LabelFlagRun(this);
  connect(flagRun_, &LabelFlagRun::progress, this, [this](qint64 done, qint64 total) {
    bar_->setValue(total > 0 ? static_cast<int>(1000 * done / total) : 0);
    status_->setText(tr("Looking for likely wrong labels: %1 %…").arg(total > 0 ? 100 * done / total : 0));
  });
  connect(flagRun_, &LabelFlagRun::finished, this, &ReviewPane::onFlaggingFinished);

  auto* row = new QHBoxLayout;
  row->addWidget(queueTabs_);
  row->addStretch(1);
  row->addWidget(findButton_);
  return row;
}

void ReviewPane::retranslateQueues() {
  queueTabs_->setTabText(int(Queue::Predictions), tr("Model predictions"));
  queueTabs_->setTabText(int(Queue::Conflicts), tr("Annotator conflicts"));
  queueTabs_->setTabText(int(Queue::Flags), tr("Likely wrong labels"));
  queueTabs_->setTabToolTip(int(Queue::Conflicts),
                            tr("Samples whose annotators gave different labels: pick the final label"));
  queueTabs_->setTabToolTip(int(Queue::Flags),
                            tr("The latest flagger run: labels a model trained without them disagrees with"));
  findButton_->setText(tr("Find likely wrong labels…"));
  findButton_->setToolTip(
      tr("Train a fast n-gram model in 5 folds, predict each labelled record out of fold and flag the labels it "
         "confidently disagrees with (confident learning); preference pairs whose chosen side it rejects"));
  switch (queue()) {
    case Queue::Predictions:
      keysLabel_->setText(tr("A accept · K keep · 1–9 / Y / N label · S skip · Ctrl+Z undo · F1 all keys"));
      break;
    case Queue::Conflicts:
      keysLabel_->setText(tr("1–9 / Y / N final label · A majority · Delete withdraw · Ctrl+Z undo · F1 all keys"));
      break;
    case Queue::Flags:
      keysLabel_->setText(tr("A accept the suggestion · K / D dismiss · Ctrl+Z undo · F1 all keys"));
      break;
  }
  Q_EMIT queueModel_->headerDataChanged(Qt::Horizontal, 0, queueModel_->columnCount() - 1);
}

ReviewPane::Queue ReviewPane::queue() const { return Queue(queueTabs_->currentIndex()); }

void ReviewPane::showQueue(Queue queue) {
  if (queueTabs_->currentIndex() != int(queue)) {
    queueTabs_->setCurrentIndex(int(queue));  // comes back here through currentChanged
    return;
  }
  const bool predictions = queue == Queue::Predictions;
  if (!predictions && lists_->currentWidget() == view_) {
    thresholdShown_ = !threshold_->isHidden();
    histogramShown_ = !histogram_->isHidden();
  }
  lists_->setCurrentWidget(predictions ? static_cast<QWidget*>(view_) : queueView_);
  // The filters and charts belong to the predictions.
  for (QWidget* w :
       {static_cast<QWidget*>(showLabel_), static_cast<QWidget*>(filter_), static_cast<QWidget*>(lowConfidence_)})
    w->setVisible(predictions);
  threshold_->setVisible(predictions && thresholdShown_);
  histogram_->setVisible(predictions && histogramShown_);
  retranslateQueues();
  if (predictions) {
    showDetail();
    view_->setFocus();
    return;
  }
  loadQueue();
  queueView_->setFocus();
}

void ReviewPane::loadQueue() {
  if (!context_->isOpen()) return;
  const data::ProjectStore& store = *context_->store();
  try {
    if (queue() == Queue::Conflicts) {
      queueModel_->setConflicts(data::conflictingSamples(store), store.labelSchema());
      status_->setText(queueModel_->rowCount() == 0
                           ? tr("No conflicts: no two annotators gave one sample different labels.")
                           : tr("%1 samples with conflicting labels · %2 adjudicated · training uses the final "
                                "label, else the majority")
                                 .arg(queueModel_->rowCount())
                                 .arg(queueModel_->adjudicatedCount()));
    } else {
      std::vector<FlaggedRecord> flags;
      for (data::StoredLabelFlag& f : data::latestRunFlags(store)) {
        const data::Sample s = store.sample(f.sampleId);
        flags.push_back({std::move(f), s.kind == data::SampleKind::Pair ? s.chosen : s.text});
      }
      queueModel_->setFlags(std::move(flags), store.labelSchema());
      const auto run = data::latestFlagRun(store);
      status_->setText(!run ? tr("No flags yet: press Find likely wrong labels….")
                            : tr("%1 likely wrong labels, %2 open · run of %3 by %4 over %5 records")
                                  .arg(queueModel_->rowCount())
                                  .arg(queueModel_->openFlagCount())
                                  .arg(run->createdAt, run->createdBy)
                                  .arg(run->records));
    }
  } catch (const std::exception& e) {
    status_->setText(QString::fromUtf8(e.what()));
  }
  moveToQueueRow(0);
  if (queueModel_->rowCount() == 0) detail_->clear();
}

void ReviewPane::moveToQueueRow(int row) {
  if (row < 0 || row >= queueModel_->rowCount()) return;
  queueView_->setCurrentIndex(queueModel_->index(row, 0));
  queueView_->selectRow(row);
  queueView_->scrollTo(queueModel_->index(row, 0));
}

void ReviewPane::showQueueDetail() {
  const int row = queueView_->currentIndex().row();
  if (!context_->isOpen() || queue() == Queue::Predictions) return;
  if (const data::ConflictingSample* c = queueModel_->conflictAt(row))
    detail_->showConflict(*context_->store(), *c, *queueModel_);
  else if (const FlaggedRecord* f = queueModel_->flagAt(row)) detail_->showFlag(*context_->store(), *f, *queueModel_);
  else detail_->clear();
}

bool ReviewPane::adjudicate(int row, int label) {
  const data::ConflictingSample* c = queueModel_->conflictAt(row);
  if (!c || !context_->isOpen()) return false;
  const qint64 sampleId = c->sampleId;
  try {
    history_.recordAdjudication(*context_->store(), sampleId, label, context_->annotator());
  } catch (const std::exception& e) {
    status_->setText(QString::fromUtf8(e.what()));
    return false;
  }
  refreshQueueSample(sampleId, 0);
  context_->notifyLabelsChanged();  // training reads the final label
  status_->setText(label < 0 ? tr("Final label of record %1 withdrawn: training uses the majority.").arg(sampleId)
                             : tr("Record %1: final label %2.").arg(sampleId).arg(queueModel_->labelName(label)));
  moveToQueueRow(row + 1);
  return true;
}

bool ReviewPane::resolveFlag(int row, data::FlagResolution resolution) {
  const FlaggedRecord* f = queueModel_->flagAt(row);
  if (!f || !context_->isOpen() || resolution == data::FlagResolution::Open) return false;
  const qint64 sampleId = f->flag.sampleId, flagId = f->flag.id;
  if (f->flag.resolution != data::FlagResolution::Open) {
    status_->setText(
        tr("The flag of record %1 is already %2.").arg(sampleId).arg(queueModel_->resolutionText(f->flag)));
    moveToQueueRow(row + 1);
    return false;
  }
  try {
    history_.recordFlagResolution(*context_->store(), flagId, resolution, context_->annotator());
  } catch (const std::exception& e) {
    status_->setText(QString::fromUtf8(e.what()));
    return false;
  }
  refreshQueueSample(sampleId, flagId);
  refreshRecord(sampleId);  // the predictions list shows the new label
  if (resolution == data::FlagResolution::Accepted) context_->notifyLabelsChanged();
  moveToQueueRow(row + 1);
  return true;
}

void ReviewPane::refreshQueueSample(qint64 sampleId, qint64 flagId) {
  try {
    if (queueModel_->queue() == QualityQueue::Conflicts)
      queueModel_->updateConflict(sampleId, data::currentAdjudication(*context_->store(), sampleId));
    else if (flagId > 0) queueModel_->updateFlag(data::labelFlag(*context_->store(), flagId));
  } catch (const std::exception& e) {
    status_->setText(QString::fromUtf8(e.what()));
  }
  if (detail_->sampleId() == sampleId) showQueueDetail();
}

bool ReviewPane::queueKeyPress(int key) {
  const int row = queueView_->currentIndex().row();
  if (const data::ConflictingSample* c = queueModel_->conflictAt(row)) {
    if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
      if (c->adjudication) adjudicate(row, -1);
      return true;
    }
    if (key == Qt::Key_A) {
      if (c->majorityLabel < 0) status_->setText(tr("A tie has no majority: pick the final label with a label key."));
      else adjudicate(row, c->majorityLabel);
      return true;
    }
    // A label's key is the Annotate pane's: 1-9 in the project's display
    // order, a label's own key, Y / N for correctness verdicts.
    const data::ProjectStore* store = context_->store();
    const int label = LabelKeymap(store->labelSchema(), store->labelDetails(), store->labelOrder()).labelForKey(key);
    if (label < 0) return false;
    adjudicate(row, label);
    return true;
  }
  if (queueModel_->flagAt(row)) {
    if (key == Qt::Key_A || key == Qt::Key_K || key == Qt::Key_D) {
      resolveFlag(row, key == Qt::Key_A ? data::FlagResolution::Accepted : data::FlagResolution::Dismissed);
      return true;
    }
  }
  return false;
}

bool ReviewPane::isFlagging() const { return flagRun_->isRunning(); }

void ReviewPane::cancelFlagging() { flagRun_->cancel(); }

void ReviewPane::findLikelyWrongLabels() {
  if (!context_->isOpen() || flagRun_->isRunning() || run_->isRunning()) return;
  if (context_->store()->readOnly()) {
    status_->setText(tr("A flag run cannot be stored: %1").arg(context_->store()->readOnlyReason()));
    return;
  }
  findButton_->setEnabled(false);
  runButton_->setEnabled(false);
  cancelButton_->setEnabled(true);
  bar_->setValue(0);
  status_->setText(tr("Looking for likely wrong labels…"));
  flagRun_->start(context_->path(), context_->annotator());
}

void ReviewPane::onFlaggingFinished() {
  findButton_->setEnabled(true);
  runButton_->setEnabled(true);
  cancelButton_->setEnabled(false);
  if (flagRun_->wasCancelled()) {
    bar_->setValue(0);
    status_->setText(tr("Finding likely wrong labels cancelled; nothing was stored."));
    return;
  }
  if (!flagRun_->error().isEmpty()) {
    bar_->setValue(0);
    status_->setText(tr("Cannot look for likely wrong labels: %1").arg(flagRun_->error()));
    return;
  }
  bar_->setValue(bar_->maximum());
  showQueue(Queue::Flags);  // reads the new run, also when the queue was already shown
}

}  // namespace assay
