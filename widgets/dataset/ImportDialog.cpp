#include "dataset/ImportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

#include "common/BackgroundTask.h"
#include "dataset/FormatNames.h"

namespace assay {

namespace {
// The report lists this many issues; the summary still counts them all.
constexpr size_t kIssuesShown = 2000;
// Records shown before importing: enough to recognise the file.
constexpr int kPreviewRecords = 8;

// One line of a record for the preview table.
QString previewText(const data::Sample& s) {
  QString text = s.kind == data::SampleKind::Pair         ? s.chosen + QStringLiteral("  ≻  ") + s.rejected
                 : s.kind == data::SampleKind::Completion ? s.text + QStringLiteral(" → ") + s.chosen
                                                          : s.text;
  text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
  return text.left(300);
}
}  // namespace

ImportDialog::ImportDialog(const QString& projectPath, const QString& currentUser, QWidget* parent)
    : QDialog(parent), projectPath_(projectPath), currentUser_(currentUser) {
  file_ = new QLineEdit(this);
  file_->setObjectName(QStringLiteral("file"));
  browse_ = new QPushButton(this);
  connect(browse_, &QPushButton::clicked, this, &ImportDialog::chooseFile);
  connect(file_, &QLineEdit::editingFinished, this, &ImportDialog::refreshPreview);
  auto* fileRow = new QHBoxLayout;
  fileRow->addWidget(file_, 1);
  fileRow->addWidget(browse_);

  // Texts in retranslateUi(); the item order there follows these data.
  format_ = new QComboBox(this);
  for (data::Format f :
       {data::Format::Auto, data::Format::StyleJson, data::Format::Trl, data::Format::Kto, data::Format::Text})
    format_->addItem(QString(), static_cast<int>(f));
  connect(format_, qOverload<int>(&QComboBox::activated), this, &ImportDialog::refreshPreview);

  annotator_ = new QLineEdit(this);
  annotator_->setObjectName(QStringLiteral("annotator"));
  allowDuplicates_ = new QCheckBox(this);
  allowDuplicates_->setObjectName(QStringLiteral("allowDuplicates"));

  fileLabel_ = new QLabel(this);
  formatLabel_ = new QLabel(this);
  annotatorLabel_ = new QLabel(this);
  auto* form = new QFormLayout;
  form->addRow(fileLabel_, fileRow);
  form->addRow(formatLabel_, format_);
  form->addRow(annotatorLabel_, annotator_);
  form->addRow(QString(), allowDuplicates_);

  previewTitle_ = new QLabel(this);
  previewTitle_->setObjectName(QStringLiteral("previewTitle"));
  previewTitle_->setWordWrap(true);
  previewTable_ = new QTableWidget(0, 3, this);
  previewTable_->setObjectName(QStringLiteral("preview"));
  previewTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  previewTable_->setSelectionMode(QAbstractItemView::NoSelection);
  previewTable_->setWordWrap(false);
  previewTable_->verticalHeader()->hide();
  previewTable_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  previewTable_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
  previewTable_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

  bar_ = new QProgressBar(this);
  bar_->setRange(0, 1000);
  bar_->setValue(0);
  state_ = new QLabel(this);
  state_->setWordWrap(true);
  stateText_ = [] { return tr("Choose a file to import."); };
  report_ = new QPlainTextEdit(this);
  report_->setReadOnly(true);

  importButton_ = new QPushButton(this);
  importButton_->setDefault(true);
  cancelButton_ = new QPushButton(this);
  cancelButton_->setEnabled(false);
  buttons_ = new QDialogButtonBox(this);
  buttons_->addButton(importButton_, QDialogButtonBox::ActionRole);
  buttons_->addButton(cancelButton_, QDialogButtonBox::ActionRole);
  buttons_->addButton(QDialogButtonBox::Close);
  connect(importButton_, &QPushButton::clicked, this, &ImportDialog::startImport);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

  task_ = new BackgroundTask(this);
  connect(cancelButton_, &QPushButton::clicked, task_, &BackgroundTask::cancel);
  connect(task_, &BackgroundTask::progress, this,
          [this](qint64 done, qint64 total) { bar_->setValue(total > 0 ? static_cast<int>(1000 * done / total) : 0); });
  connect(task_, &BackgroundTask::finished, this, &ImportDialog::onFinished);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(previewTitle_);
  layout->addWidget(previewTable_, 2);
  layout->addWidget(bar_);
  layout->addWidget(state_);
  layout->addWidget(report_, 1);
  layout->addWidget(buttons_);
  resize(820, 640);
  try {
    labels_ = data::ProjectStore::open(projectPath_, data::ProjectStore::Access::ReadOnly)->labelSchema();
  } catch (const std::exception&) {
    // The import itself reports a project it cannot open; the preview reads labels as a new file would.
  }
  retranslateUi();
}

// Joins a running job before summary_, which it writes, is destroyed: Qt
// would delete the child task only after the members.
ImportDialog::~ImportDialog() { delete task_; }

void ImportDialog::changeEvent(QEvent* event) {
  QDialog::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) retranslateUi();
}

void ImportDialog::retranslateUi() {
  setWindowTitle(tr("Import data"));
  browse_->setText(tr("Browse…"));
  for (int i = 0; i < format_->count(); ++i)
    format_->setItemText(i, FormatNames::forImport(static_cast<data::Format>(format_->itemData(i).toInt())));
  fileLabel_->setText(tr("File:"));
  formatLabel_->setText(tr("Format:"));
  annotatorLabel_->setText(tr("Labels by:"));
  annotator_->setToolTip(
      tr("The annotator the file's labels are credited to. Empty: import:<file name>. They count as your own "
         "labelling (%1) only if you type your name here.")
          .arg(currentUser_));
  allowDuplicates_->setText(tr("Import records already in the project again (duplicates)"));
  allowDuplicates_->setToolTip(
      tr("Off: a record whose text (for pairs: prompt and responses) is already in the project adds no sample; "
         "a different label in the file is stored as the file annotator's label."));
  previewTable_->setHorizontalHeaderLabels({tr("Line"), tr("Text"), tr("Label")});
  report_->setPlaceholderText(tr("The import report appears here: counts, and every skipped record with its line."));
  importButton_->setText(tr("Import"));
  cancelButton_->setText(tr("Cancel"));
  // Set here rather than left to Qt's own catalogue, which may not be installed.
  buttons_->button(QDialogButtonBox::Close)->setText(tr("Close"));
  state_->setText(stateText_());
  showPreview();
  if (reportShown_) showReport();  // its counts lines are translated; the issues come from core as they are
}

void ImportDialog::setStateRecipe(std::function<QString()> text) {
  stateText_ = std::move(text);
  state_->setText(stateText_());
}

void ImportDialog::setFile(const QString& file) {
  file_->setText(file);
  refreshPreview();
}

void ImportDialog::setAnnotator(const QString& name) { annotator_->setText(name); }

void ImportDialog::setAllowDuplicates(bool on) { allowDuplicates_->setChecked(on); }

bool ImportDialog::isRunning() const { return task_->isRunning(); }

QString ImportDialog::reportText() const { return report_->toPlainText(); }

QString ImportDialog::annotatorForImport() const {
  const QString typed = annotator_->text().trimmed();
  return typed.isEmpty() ? data::importAnnotatorFor(file_->text().trimmed()) : typed;
}

void ImportDialog::chooseFile() {
  QSettings settings;
  const QString file =
      QFileDialog::getOpenFileName(this, tr("Import data"), settings.value(QStringLiteral("dirs/import")).toString(),
                                   tr("Data files (*.json *.jsonl *.txt);;All files (*)"));
  if (file.isEmpty()) return;
  settings.setValue(QStringLiteral("dirs/import"), QFileInfo(file).absolutePath());
  setFile(file);
}

void ImportDialog::refreshPreview() {
  const QString file = file_->text().trimmed();
  // editingFinished also fires when the field merely loses focus.
  const QString previewFor = file + QLatin1Char('\n') + format_->currentData().toString();
  if (previewFor == previewedFor_) return;
  previewedFor_ = previewFor;
  preview_ = {};
  if (!file.isEmpty())
    preview_ = data::previewImportFile(file, static_cast<data::Format>(format_->currentData().toInt()), labels_,
                                       kPreviewRecords);
  annotator_->setPlaceholderText(file.isEmpty() ? QString() : data::importAnnotatorFor(file));
  if (!task_->isRunning()) {
    reportShown_ = false;
    if (file.isEmpty()) setState([] { return tr("Choose a file to import."); });
    else
      setState([] { return tr("Press Import to add the file; records already in the project are not added again."); });
  }
  showPreview();
}

QString ImportDialog::detectedFormatText() const {
  if (preview_.records.empty()) return {};
  const data::Format detected = preview_.detectedFormat();
  return detected == data::Format::Auto ? tr("several formats (decided record by record)")
                                        : FormatNames::forImport(detected);
}

void ImportDialog::showPreview() {
  previewTable_->setRowCount(0);
  if (file_->text().trimmed().isEmpty()) {
    previewTitle_->setText(tr("Preview: choose a file to see its first records."));
    return;
  }
  if (preview_.records.empty()) {
    const QString why = preview_.issues.empty() ? tr("no records found") : preview_.issues.front().toString();
    previewTitle_->setText(tr("Preview: nothing readable — %1").arg(why));
    return;
  }
  QString title =
      tr("Preview of the first %n record(s), read as %1:", nullptr, static_cast<int>(preview_.records.size()))
          .arg(detectedFormatText());
  if (!preview_.issues.empty())
    title += QLatin1Char(' ') + tr("(%n bad record(s) among them)", nullptr, static_cast<int>(preview_.issues.size()));
  previewTitle_->setText(title);
  previewTable_->setRowCount(static_cast<int>(preview_.records.size()));
  for (int row = 0; row < previewTable_->rowCount(); ++row) {
    const data::Sample& s = preview_.records[static_cast<size_t>(row)];
    QString label;
    if (s.kind == data::SampleKind::Pair) label = tr("pair (chosen ≻ rejected)");
    else if (s.kind == data::SampleKind::Completion) label = s.desirable ? tr("desirable") : tr("undesirable");
    else if (s.label >= 0 && s.label < labels_.size()) label = labels_.nameOf(s.label);
    else if (s.label >= 0) label = QString::number(s.label);
    else label = tr("(unlabeled)");
    previewTable_->setItem(row, 0, new QTableWidgetItem(QString::number(s.sourceLine)));
    previewTable_->setItem(row, 1, new QTableWidgetItem(previewText(s)));
    previewTable_->setItem(row, 2, new QTableWidgetItem(label));
  }
}

void ImportDialog::startImport() {
  if (task_->isRunning()) return;
  const QString file = file_->text().trimmed();
  if (file.isEmpty()) {
    setState([] { return tr("Choose a file to import."); });
    return;
  }
  data::ImportOptions options;
  options.format = static_cast<data::Format>(format_->currentData().toInt());
  options.annotator = annotatorForImport();
  options.allowDuplicates = allowDuplicates_->isChecked();
  summary_ = {};
  reportShown_ = false;
  report_->clear();
  bar_->setValue(0);
  const QString name = QFileInfo(file).fileName();
  setState([name] { return tr("Importing %1…").arg(name); });
  importButton_->setEnabled(false);
  cancelButton_->setEnabled(true);
  const QString project = projectPath_;
  task_->start([this, project, file, options](BackgroundTask& task) {
    // A store of its own: a ProjectStore belongs to the thread that opened it.
    auto store = data::ProjectStore::open(project);
    summary_ = store->importFile(file, options, [&task](qint64 done, qint64 total) { task.report(done, total); });
  });
}

void ImportDialog::onFinished() {
  importButton_->setEnabled(true);
  cancelButton_->setEnabled(false);
  if (task_->wasCancelled()) {
    bar_->setValue(0);
    setState([] { return tr("Import cancelled: the project is unchanged."); });
    return;
  }
  if (!task_->error().isEmpty()) {
    const QString error = task_->error();
    setState([error] { return tr("Import failed: %1").arg(error); });
    report_->setPlainText(task_->error());
    return;
  }
  bar_->setValue(bar_->maximum());
  reportShown_ = true;
  showReport();
  if (summary_.imported > 0 || summary_.duplicateLabels > 0) Q_EMIT imported(summary_.imported);
}

void ImportDialog::showReport() {
  const data::ImportSummary& s = summary_;
  QStringList lines;
  if (s.fileUnreadable) {
    setState([] { return tr("Nothing imported: the file could not be read. The project is unchanged."); });
  } else {
    const qint64 imported = s.imported, skipped = s.skipped(), duplicates = s.duplicates, inFile = s.duplicatesInFile,
                 labels = s.duplicateLabels;
    const bool allowed = s.duplicatesAllowed;
    setState([imported, skipped, duplicates, inFile, labels, allowed] {
      if (allowed)
        return tr("Imported %1 records, skipped %2; %3 of them were duplicates, imported again as asked.")
            .arg(imported)
            .arg(skipped)
            .arg(duplicates);
      QString text =
          tr("Imported %1 records, skipped %2, already present %3.").arg(imported).arg(skipped).arg(duplicates);
      if (duplicates > inFile)
        text += QLatin1Char(' ') +
                tr("%n of the records already present added or changed a label.", nullptr, static_cast<int>(labels));
      if (inFile > 0)
        text += QLatin1Char(' ') + tr("%n repeated a record earlier in the file.", nullptr, static_cast<int>(inFile));
      return text;
    });
    const QString annotator = s.annotator;
    lines << tr("Labels by: %1").arg(annotator);
  }
  for (const auto& [reason, count] : s.skippedByReason) lines << tr("skipped (%1): %2").arg(reason).arg(count);
  if (!s.issues.empty()) lines << QString();
  for (size_t i = 0; i < s.issues.size() && i < kIssuesShown; ++i) lines << s.issues[i].toString();
  if (s.issues.size() > kIssuesShown) lines << tr("… and %1 more").arg(s.issues.size() - kIssuesShown);
  report_->setPlainText(lines.join(QLatin1Char('\n')));
}

}  // namespace assay
