#include "dataset/ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include "common/BackgroundTask.h"
#include "data/ProjectStore.h"

namespace assay {

ExportDialog::ExportDialog(const QString& projectPath, QWidget* parent) : QDialog(parent), projectPath_(projectPath) {
  setWindowTitle(tr("Export data"));
  output_ = new QLineEdit(this);
  auto* browse = new QPushButton(tr("Browse…"), this);
  connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseOutput);
  auto* outRow = new QHBoxLayout;
  outRow->addWidget(output_, 1);
  outRow->addWidget(browse);
  format_ = new QComboBox(this);
  format_->addItem(tr("Style JSON (seed 000)"), static_cast<int>(data::Format::StyleJson));
  format_->addItem(tr("TRL chosen/rejected JSONL"), static_cast<int>(data::Format::Trl));
  format_->addItem(tr("KTO JSONL"), static_cast<int>(data::Format::Kto));
  format_->addItem(tr("Text JSONL"), static_cast<int>(data::Format::Text));
  split_ = new QComboBox(this);
  split_->addItem(tr("All samples"), static_cast<int>(data::Split::All));
  split_->addItem(tr("Train split"), static_cast<int>(data::Split::Train));
  split_->addItem(tr("Test split"), static_cast<int>(data::Split::Test));
  reviewedOnly_ = new QCheckBox(tr("Only reviewed samples (a verdict other than skip; every split)"), this);
  reviewedOnly_->setObjectName(QStringLiteral("reviewedOnly"));
  connect(reviewedOnly_, &QCheckBox::toggled, split_, &QWidget::setDisabled);
  auto* form = new QFormLayout;
  form->addRow(tr("Output file:"), outRow);
  form->addRow(tr("Format:"), format_);
  form->addRow(tr("Split:"), split_);
  form->addRow(QString(), reviewedOnly_);

  bar_ = new QProgressBar(this);
  bar_->setRange(0, 1000);
  bar_->setValue(0);
  state_ = new QLabel(tr("Choose where to write."), this);
  state_->setWordWrap(true);
  exportButton_ = new QPushButton(tr("Export"), this);
  exportButton_->setDefault(true);
  cancelButton_ = new QPushButton(tr("Cancel"), this);
  cancelButton_->setEnabled(false);
  auto* buttons = new QDialogButtonBox(this);
  buttons->addButton(exportButton_, QDialogButtonBox::ActionRole);
  buttons->addButton(cancelButton_, QDialogButtonBox::ActionRole);
  buttons->addButton(QDialogButtonBox::Close);
  connect(exportButton_, &QPushButton::clicked, this, &ExportDialog::startExport);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  task_ = new BackgroundTask(this);
  connect(cancelButton_, &QPushButton::clicked, task_, &BackgroundTask::cancel);
  connect(task_, &BackgroundTask::progress, this, [this](qint64 done, qint64 total) {
    bar_->setValue(total > 0 ? static_cast<int>(1000 * done / total) : 0);
  });
  connect(task_, &BackgroundTask::finished, this, &ExportDialog::onFinished);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(bar_);
  layout->addWidget(state_);
  layout->addStretch(1);
  layout->addWidget(buttons);
  resize(640, 260);
}

void ExportDialog::setOutput(const QString& path, data::Format format, data::Split split) {
  output_->setText(path);
  format_->setCurrentIndex(format_->findData(static_cast<int>(format)));
  split_->setCurrentIndex(split_->findData(static_cast<int>(split)));
}

void ExportDialog::setReviewedOnly(bool on) { reviewedOnly_->setChecked(on); }

bool ExportDialog::isRunning() const { return task_->isRunning(); }
QString ExportDialog::stateText() const { return state_->text(); }

void ExportDialog::chooseOutput() {
  QSettings settings;
  const QString file = QFileDialog::getSaveFileName(this, tr("Export data"),
                                                    settings.value(QStringLiteral("dirs/export")).toString(),
                                                    tr("Data files (*.json *.jsonl);;All files (*)"));
  if (file.isEmpty()) return;
  settings.setValue(QStringLiteral("dirs/export"), QFileInfo(file).absolutePath());
  output_->setText(file);
}

void ExportDialog::startExport() {
  if (task_->isRunning()) return;
  runningOutput_ = output_->text().trimmed();
  if (runningOutput_.isEmpty()) {
    state_->setText(tr("Choose where to write."));
    return;
  }
  const auto format = static_cast<data::Format>(format_->currentData().toInt());
  const auto split = static_cast<data::Split>(split_->currentData().toInt());
  const bool reviewedOnly = reviewedOnly_->isChecked();
  result_ = {};
  bar_->setValue(0);
  state_->setText(tr("Exporting…"));
  exportButton_->setEnabled(false);
  cancelButton_->setEnabled(true);
  const QString project = projectPath_, out = runningOutput_;
  task_->start([this, project, out, format, split, reviewedOnly](BackgroundTask& task) {
    auto store = data::ProjectStore::open(project);
    const auto report = [&task](qint64 done, qint64 total) { task.report(done, total); };
    result_ = reviewedOnly ? store->exportReviewed(out, format, report) : store->exportTo(out, format, split, report);
  });
}

void ExportDialog::onFinished() {
  exportButton_->setEnabled(true);
  cancelButton_->setEnabled(false);
  if (task_->wasCancelled()) {
    QFile::remove(runningOutput_);  // a half-written export is worse than none
    bar_->setValue(0);
    state_->setText(tr("Export cancelled; no file written."));
    return;
  }
  if (!task_->error().isEmpty()) {
    state_->setText(tr("Export failed: %1").arg(task_->error()));
    return;
  }
  bar_->setValue(bar_->maximum());
  QStringList skipped;
  for (const auto& [reason, count] : result_.skippedByReason) skipped << QStringLiteral("%1: %2").arg(reason).arg(count);
  state_->setText(tr("Wrote %1 records (%2 bytes) to %3.").arg(result_.written).arg(result_.bytes).arg(runningOutput_) +
                  (skipped.isEmpty() ? QString() : QLatin1Char('\n') + tr("Not written — %1").arg(skipped.join(QStringLiteral("; ")))));
}

}  // namespace assay
