#include "dataset/ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
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
#include <algorithm>
#include <limits>

#include "common/BackgroundTask.h"
#include "data/ProjectStore.h"
#include "dataset/FormatNames.h"

namespace assay {

ExportDialog::ExportDialog(const QString& projectPath, QWidget* parent) : QDialog(parent), projectPath_(projectPath) {
  output_ = new QLineEdit(this);
  browse_ = new QPushButton(this);
  connect(browse_, &QPushButton::clicked, this, &ExportDialog::chooseOutput);
  auto* outRow = new QHBoxLayout;
  outRow->addWidget(output_, 1);
  outRow->addWidget(browse_);
  // Texts in retranslateUi(); the item order there follows these data.
  format_ = new QComboBox(this);
  for (data::Format f : {data::Format::StyleJson, data::Format::Trl, data::Format::Kto, data::Format::Text})
    format_->addItem(QString(), static_cast<int>(f));
  split_ = new QComboBox(this);
  for (data::Split sp : {data::Split::All, data::Split::Train, data::Split::Test})
    split_->addItem(QString(), static_cast<int>(sp));
  reviewedOnly_ = new QCheckBox(this);
  reviewedOnly_->setObjectName(QStringLiteral("reviewedOnly"));
  filteredOnly_ = new QCheckBox(this);
  filteredOnly_->setObjectName(QStringLiteral("filteredOnly"));
  filteredOnly_->hide();  // until setFilter() offers a filter
  connect(reviewedOnly_, &QCheckBox::toggled, this, &ExportDialog::updateChoices);
  connect(filteredOnly_, &QCheckBox::toggled, this, &ExportDialog::updateChoices);
  outputLabel_ = new QLabel(this);
  formatLabel_ = new QLabel(this);
  splitLabel_ = new QLabel(this);
  auto* form = new QFormLayout;
  form->addRow(outputLabel_, outRow);
  form->addRow(formatLabel_, format_);
  form->addRow(splitLabel_, split_);
  form->addRow(QString(), reviewedOnly_);
  form->addRow(QString(), filteredOnly_);

  bar_ = new QProgressBar(this);
  bar_->setRange(0, 1000);
  bar_->setValue(0);
  state_ = new QLabel(this);
  state_->setWordWrap(true);
  stateText_ = [] { return tr("Choose where to write."); };
  exportButton_ = new QPushButton(this);
  exportButton_->setObjectName(QStringLiteral("export"));
  exportButton_->setDefault(true);
  cancelButton_ = new QPushButton(this);
  cancelButton_->setEnabled(false);
  auto* buttons = buttons_ = new QDialogButtonBox(this);
  buttons->addButton(exportButton_, QDialogButtonBox::ActionRole);
  buttons->addButton(cancelButton_, QDialogButtonBox::ActionRole);
  buttons->addButton(QDialogButtonBox::Close);
  connect(exportButton_, &QPushButton::clicked, this, &ExportDialog::startExport);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  try {
    const auto store = data::ProjectStore::open(projectPath_, data::ProjectStore::Access::ReadOnly);
    format_->setCurrentIndex(format_->findData(static_cast<int>(store->defaultExportFormat())));
  } catch (const std::exception&) {
    // The export itself reports a project it cannot open.
  }

  task_ = new BackgroundTask(this);
  connect(cancelButton_, &QPushButton::clicked, task_, &BackgroundTask::cancel);
  connect(task_, &BackgroundTask::progress, this,
          [this](qint64 done, qint64 total) { bar_->setValue(total > 0 ? static_cast<int>(1000 * done / total) : 0); });
  connect(task_, &BackgroundTask::finished, this, &ExportDialog::onFinished);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(bar_);
  layout->addWidget(state_);
  layout->addStretch(1);
  layout->addWidget(buttons);
  resize(680, 290);
  retranslateUi();
}

// Joins a running job before result_, which it writes, is destroyed: Qt
// would delete the child task only after the members.
ExportDialog::~ExportDialog() { delete task_; }

void ExportDialog::changeEvent(QEvent* event) {
  QDialog::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) retranslateUi();
}

void ExportDialog::retranslateUi() {
  setWindowTitle(tr("Export data"));
  browse_->setText(tr("Browse…"));
  for (int i = 0; i < format_->count(); ++i)
    format_->setItemText(i, FormatNames::forExport(static_cast<data::Format>(format_->itemData(i).toInt())));
  const QString splits[] = {tr("All samples"), tr("Train split"), tr("Test split")};
  for (int i = 0; i < split_->count(); ++i) split_->setItemText(i, splits[i]);
  reviewedOnly_->setText(tr("Only reviewed samples (a verdict other than skip; every split)"));
  if (filteredCount_ >= 0)
    filteredOnly_->setText(tr("Only the %n record(s) the dataset pane's filter shows", nullptr,
                              static_cast<int>(std::min<qint64>(filteredCount_, std::numeric_limits<int>::max()))));
  outputLabel_->setText(tr("Output file:"));
  formatLabel_->setText(tr("Format:"));
  splitLabel_->setText(tr("Split:"));
  exportButton_->setText(tr("Export"));
  cancelButton_->setText(tr("Cancel"));
  // Set here rather than left to Qt's own catalogue, which may not be installed.
  buttons_->button(QDialogButtonBox::Close)->setText(tr("Close"));
  state_->setText(stateText_());
}

void ExportDialog::setStateRecipe(std::function<QString()> text) {
  stateText_ = std::move(text);
  state_->setText(stateText_());
}

void ExportDialog::setOutput(const QString& path, data::Format format, data::Split split) {
  output_->setText(path);
  format_->setCurrentIndex(format_->findData(static_cast<int>(format)));
  split_->setCurrentIndex(split_->findData(static_cast<int>(split)));
}

void ExportDialog::setReviewedOnly(bool on) { reviewedOnly_->setChecked(on); }

void ExportDialog::setFilter(const data::SampleFilter& filter) {
  filter_ = filter;
  filteredCount_ = -1;
  if (!filter.isEmpty()) {
    try {
      filteredCount_ = data::SampleQuery(projectPath_).count(filter);
    } catch (const std::exception& e) {
      const QString error = QString::fromUtf8(e.what());
      setState([error] { return tr("Export failed: %1").arg(error); });
    }
  }
  filteredOnly_->setVisible(filteredCount_ >= 0);
  if (filteredCount_ < 0) filteredOnly_->setChecked(false);
  retranslateUi();
}

void ExportDialog::setFilteredOnly(bool on) { filteredOnly_->setChecked(on && filteredCount_ >= 0); }

data::Format ExportDialog::format() const { return static_cast<data::Format>(format_->currentData().toInt()); }

void ExportDialog::updateChoices() {
  // Checking one "only" unchecks the other; either makes the split moot.
  if (sender() == reviewedOnly_ && reviewedOnly_->isChecked()) filteredOnly_->setChecked(false);
  if (sender() == filteredOnly_ && filteredOnly_->isChecked()) reviewedOnly_->setChecked(false);
  split_->setDisabled(reviewedOnly_->isChecked() || filteredOnly_->isChecked());
}

bool ExportDialog::isRunning() const { return task_->isRunning(); }
QString ExportDialog::stateText() const { return state_->text(); }

void ExportDialog::chooseOutput() {
  QSettings settings;
  const QString file =
      QFileDialog::getSaveFileName(this, tr("Export data"), settings.value(QStringLiteral("dirs/export")).toString(),
                                   tr("Data files (*.json *.jsonl);;All files (*)"));
  if (file.isEmpty()) return;
  settings.setValue(QStringLiteral("dirs/export"), QFileInfo(file).absolutePath());
  output_->setText(file);
}

void ExportDialog::startExport() {
  if (task_->isRunning()) return;
  runningOutput_ = output_->text().trimmed();
  if (runningOutput_.isEmpty()) {
    setState([] { return tr("Choose where to write."); });
    return;
  }
  const auto format = static_cast<data::Format>(format_->currentData().toInt());
  const auto split = static_cast<data::Split>(split_->currentData().toInt());
  const bool reviewedOnly = reviewedOnly_->isChecked();
  const bool filteredOnly = filteredOnly_->isChecked();
  const data::SampleFilter filter = filter_;
  result_ = {};
  bar_->setValue(0);
  setState([] { return tr("Exporting…"); });
  exportButton_->setEnabled(false);
  cancelButton_->setEnabled(true);
  const QString project = projectPath_, out = runningOutput_;
  task_->start([this, project, out, format, split, reviewedOnly, filteredOnly, filter](BackgroundTask& task) {
    auto store = data::ProjectStore::open(project);
    const auto report = [&task](qint64 done, qint64 total) { task.report(done, total); };
    if (filteredOnly) {
      // The filter is asked again here: the records it shows at the moment of export.
      const data::SampleQuery query(project);
      result_ =
          store->exportSamples(out, format, query.matchingIds(filter, 0, std::numeric_limits<int>::max()), report);
    } else {
      result_ = reviewedOnly ? store->exportReviewed(out, format, report) : store->exportTo(out, format, split, report);
    }
  });
}

void ExportDialog::onFinished() {
  exportButton_->setEnabled(true);
  cancelButton_->setEnabled(false);
  if (task_->wasCancelled()) {
    QFile::remove(runningOutput_);  // a half-written export is worse than none
    bar_->setValue(0);
    setState([] { return tr("Export cancelled; no file written."); });
    return;
  }
  if (!task_->error().isEmpty()) {
    const QString error = task_->error();
    setState([error] { return tr("Export failed: %1").arg(error); });
    return;
  }
  bar_->setValue(bar_->maximum());
  QStringList skipped;
  for (const auto& [reason, count] : result_.skippedByReason)
    skipped << QStringLiteral("%1: %2").arg(reason).arg(count);
  const qint64 written = result_.written, bytes = result_.bytes;
  const QString out = runningOutput_, notWritten = skipped.join(QStringLiteral("; "));
  setState([written, bytes, out, notWritten]() -> QString {
    QString text = tr("Wrote %1 records (%2 bytes) to %3.").arg(written).arg(bytes).arg(out);
    if (!notWritten.isEmpty()) text += QLatin1Char('\n') + tr("Not written — %1").arg(notWritten);
    return text;
  });
}

}  // namespace assay
