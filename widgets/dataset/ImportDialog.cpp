#include "dataset/ImportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include "common/BackgroundTask.h"

namespace assay {

namespace {
// The report lists this many issues; the summary still counts them all.
constexpr size_t kIssuesShown = 2000;
}  // namespace

ImportDialog::ImportDialog(const QString& projectPath, const QString& annotator, QWidget* parent)
    : QDialog(parent), projectPath_(projectPath), annotator_(annotator) {
  file_ = new QLineEdit(this);
  browse_ = new QPushButton(this);
  connect(browse_, &QPushButton::clicked, this, &ImportDialog::chooseFile);
  auto* fileRow = new QHBoxLayout;
  fileRow->addWidget(file_, 1);
  fileRow->addWidget(browse_);

  // Texts in retranslateUi(); the item order there follows these data.
  format_ = new QComboBox(this);
  for (data::Format f :
       {data::Format::Auto, data::Format::StyleJson, data::Format::Trl, data::Format::Kto, data::Format::Text})
    format_->addItem(QString(), static_cast<int>(f));

  fileLabel_ = new QLabel(this);
  formatLabel_ = new QLabel(this);
  annotatorLabel_ = new QLabel(this);
  auto* form = new QFormLayout;
  form->addRow(fileLabel_, fileRow);
  form->addRow(formatLabel_, format_);
  form->addRow(annotatorLabel_, new QLabel(annotator_, this));

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
  auto* buttons = new QDialogButtonBox(this);
  buttons->addButton(importButton_, QDialogButtonBox::ActionRole);
  buttons->addButton(cancelButton_, QDialogButtonBox::ActionRole);
  buttons->addButton(QDialogButtonBox::Close);
  connect(importButton_, &QPushButton::clicked, this, &ImportDialog::startImport);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  task_ = new BackgroundTask(this);
  connect(cancelButton_, &QPushButton::clicked, task_, &BackgroundTask::cancel);
  connect(task_, &BackgroundTask::progress, this,
          [this](qint64 done, qint64 total) { bar_->setValue(total > 0 ? static_cast<int>(1000 * done / total) : 0); });
  connect(task_, &BackgroundTask::finished, this, &ImportDialog::onFinished);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(bar_);
  layout->addWidget(state_);
  layout->addWidget(report_, 1);
  layout->addWidget(buttons);
  resize(720, 480);
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
  const QString formats[] = {tr("Detect automatically"), tr("Style JSON (seed 000)"), tr("TRL chosen/rejected JSONL"),
                             tr("KTO JSONL"), tr("Unlabeled text / JSONL")};
  for (int i = 0; i < format_->count(); ++i) format_->setItemText(i, formats[i]);
  fileLabel_->setText(tr("File:"));
  formatLabel_->setText(tr("Format:"));
  annotatorLabel_->setText(tr("Labels by:"));
  report_->setPlaceholderText(tr("The import report appears here: counts, and every skipped record with its line."));
  importButton_->setText(tr("Import"));
  cancelButton_->setText(tr("Cancel"));
  state_->setText(stateText_());
  if (reportShown_) showReport();  // its counts lines are translated; the issues come from core as they are
}

void ImportDialog::setStateRecipe(std::function<QString()> text) {
  stateText_ = std::move(text);
  state_->setText(stateText_());
}

void ImportDialog::setFile(const QString& file) { file_->setText(file); }

bool ImportDialog::isRunning() const { return task_->isRunning(); }

QString ImportDialog::reportText() const { return report_->toPlainText(); }

void ImportDialog::chooseFile() {
  QSettings settings;
  const QString file =
      QFileDialog::getOpenFileName(this, tr("Import data"), settings.value(QStringLiteral("dirs/import")).toString(),
                                   tr("Data files (*.json *.jsonl *.txt);;All files (*)"));
  if (file.isEmpty()) return;
  settings.setValue(QStringLiteral("dirs/import"), QFileInfo(file).absolutePath());
  setFile(file);
}

void ImportDialog::startImport() {
  if (task_->isRunning()) return;
  const QString file = file_->text().trimmed();
  if (file.isEmpty()) {
    setState([] { return tr("Choose a file to import."); });
    return;
  }
  const auto format = static_cast<data::Format>(format_->currentData().toInt());
  summary_ = {};
  reportShown_ = false;
  report_->clear();
  bar_->setValue(0);
  const QString name = QFileInfo(file).fileName();
  setState([name] { return tr("Importing %1…").arg(name); });
  importButton_->setEnabled(false);
  cancelButton_->setEnabled(true);
  const QString project = projectPath_, annotator = annotator_;
  task_->start([this, project, file, format, annotator](BackgroundTask& task) {
    // A store of its own: a ProjectStore belongs to the thread that opened it.
    auto store = data::ProjectStore::open(project);
    summary_ =
        store->importFile(file, format, annotator, [&task](qint64 done, qint64 total) { task.report(done, total); });
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
  if (summary_.imported > 0) Q_EMIT imported(summary_.imported);
}

void ImportDialog::showReport() {
  const data::ImportSummary& s = summary_;
  QStringList lines;
  if (s.fileUnreadable) {
    setState([] { return tr("Nothing imported: the file could not be read. The project is unchanged."); });
  } else {
    const qint64 imported = s.imported, skipped = s.skipped(), duplicates = s.duplicates;
    setState([imported, skipped, duplicates] {
      return tr("Imported %1 records, skipped %2, duplicates %3.").arg(imported).arg(skipped).arg(duplicates);
    });
  }
  for (const auto& [reason, count] : s.skippedByReason) lines << tr("skipped (%1): %2").arg(reason).arg(count);
  if (!s.issues.empty()) lines << QString();
  for (size_t i = 0; i < s.issues.size() && i < kIssuesShown; ++i) lines << s.issues[i].toString();
  if (s.issues.size() > kIssuesShown) lines << tr("… and %1 more").arg(s.issues.size() - kIssuesShown);
  report_->setPlainText(lines.join(QLatin1Char('\n')));
}

}  // namespace assay
