// AnnotatePane: a trained model's suggestions (load, progress, cancel, the
// most-uncertain-first order). Kept apart from the labelling in AnnotatePane.cpp.
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>

#include "annotate/AnnotatePane.h"
#include "annotate/ModelSuggestions.h"
#include "common/ProjectContext.h"

namespace assay {

void AnnotatePane::setUncertainOrderAvailable(bool available) {
  auto* model = qobject_cast<QStandardItemModel*>(order_->model());
  if (QStandardItem* item = model ? model->item(2) : nullptr) item->setEnabled(available);
  if (!available && queueOrder() == QueueOrder::MostUncertain) order_->setCurrentIndex(0);
}

void AnnotatePane::chooseModel() {
  QSettings settings;
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Trained model directory"),
                                                        settings.value(QStringLiteral("dirs/models")).toString());
  if (dir.isEmpty()) return;
  settings.setValue(QStringLiteral("dirs/models"), QFileInfo(dir).absolutePath());
  loadModel(dir);
}

void AnnotatePane::loadModel(const QString& modelDir) {
  if (!context_->isOpen() || suggestions_->isRunning()) return;
  modelProgress_->setRange(0, 0);  // busy until the first count arrives
  modelProgress_->show();
  cancelModelButton_->show();
  modelButton_->setEnabled(false);
  modelStatus_->setText(tr("Loading %1…").arg(QFileInfo(modelDir).fileName()));
  suggestions_->start(context_->path(), modelDir);
}

void AnnotatePane::cancelModel() { suggestions_->cancel(); }

void AnnotatePane::suggestionsProgress(qint64 done, qint64 total) {
  modelProgress_->setRange(0, 1000);
  modelProgress_->setValue(total > 0 ? int(1000 * done / total) : 0);
  modelStatus_->setText(tr("Predicting the unlabeled samples: %1 / %2").arg(done).arg(total));
}

void AnnotatePane::suggestionsFinished() {
  modelProgress_->hide();
  cancelModelButton_->hide();
  modelButton_->setEnabled(true);
  if (suggestions_->wasCancelled()) {
    modelStatus_->setText(tr("Model run cancelled."));
  } else if (!suggestions_->error().isEmpty()) {
    modelStatus_->setText(tr("Cannot use this model: %1").arg(suggestions_->error()));
  }
  if (!suggestions_->error().isEmpty() || suggestions_->wasCancelled()) {
    if (!suggestions_->isEmpty()) showCurrent();  // an earlier model's suggestions still hold
    return;
  }
  modelStatus_->setText(tr("Model: %1 — most uncertain first").arg(QFileInfo(suggestions_->modelDir()).fileName()));
  setUncertainOrderAvailable(true);
  order_->setCurrentIndex(order_->findData(static_cast<int>(QueueOrder::MostUncertain)));
  reloadFromControls();
}

}  // namespace assay
