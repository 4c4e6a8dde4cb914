#include "dataset/HealthPanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "common/BackgroundTask.h"
#include "data/ProjectStore.h"

namespace assay {

namespace {
enum Column { TitleColumn, CountColumn, MessageColumn };
}  // namespace

HealthPanel::HealthPanel(QWidget* parent) : QWidget(parent) {
  task_ = new BackgroundTask(this);
  connect(task_, &BackgroundTask::finished, this, &HealthPanel::computed);
  delay_ = new QTimer(this);
  delay_->setSingleShot(true);
  delay_->setInterval(1000);  // an import or a burst of relabels settles before a full pass
  connect(delay_, &QTimer::timeout, this, &HealthPanel::refresh);
  status_ = new QLabel(this);
  status_->setObjectName(QStringLiteral("healthStatus"));
  status_->setWordWrap(true);
  list_ = new QTreeWidget(this);
  list_->setObjectName(QStringLiteral("healthWarnings"));
  list_->setColumnCount(3);
  list_->setRootIsDecorated(false);
  list_->setUniformRowHeights(false);
  list_->setWordWrap(true);  // the message is a sentence: wrapped in its column, whole in the tooltip too
  list_->header()->setStretchLastSection(true);
  list_->header()->setSectionResizeMode(TitleColumn, QHeaderView::ResizeToContents);
  list_->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
  connect(list_, &QTreeWidget::itemClicked, this,
          [this](QTreeWidgetItem* item) { openWarning(list_->indexOfTopLevelItem(item)); });
  connect(list_, &QTreeWidget::itemActivated, this,
          [this](QTreeWidgetItem* item) { openWarning(list_->indexOfTopLevelItem(item)); });
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(status_);
  layout->addWidget(list_, 1);
  present();
}

HealthPanel::~HealthPanel() = default;

QString HealthPanel::codeTitle(const QString& code) {
  if (code == QLatin1String("duplicates")) return tr("Duplicates");
  if (code == QLatin1String("near_duplicates")) return tr("Near duplicates");
  if (code == QLatin1String("conflicting_labels")) return tr("Conflicting labels");
  if (code == QLatin1String("train_test_overlap")) return tr("Train/test overlap");
  if (code == QLatin1String("class_imbalance")) return tr("Class imbalance");
  if (code == QLatin1String("low_diversity")) return tr("Low diversity");
  if (code == QLatin1String("length_outliers")) return tr("Length outliers");
  if (code == QLatin1String("truncated")) return tr("Truncated by max_length");
  return code;
}

void HealthPanel::setProject(const QString& path) {
  path_ = path;
  report_ = {};
  checked_ = false;
  error_.clear();
  present();
  refreshSoon();  // coalesced with the refresh the pane asks for as it opens the project
}

void HealthPanel::refreshSoon() {
  if (!path_.isEmpty()) delay_->start();
}

bool HealthPanel::isComputing() const { return task_->isRunning(); }

void HealthPanel::refresh() {
  delay_->stop();
  if (path_.isEmpty()) return;
  if (task_->isRunning()) {
    again_ = true;  // the running check may miss the latest change
    return;
  }
  const QString path = path_;
  task_->setProperty("path", path);
  task_->start([this, path](BackgroundTask& task) {
    // A connection of its own: a store belongs to the thread that opened it.
    const auto store = data::ProjectStore::open(path, data::ProjectStore::Access::ReadOnly);
    data::HealthOptions options;
    options.maxExamples = kExamples;
    computedReport_ =
        data::checkProjectHealth(*store, options, [&task](int64_t done, int64_t total) { task.report(done, total); });
  });
  present();
}

void HealthPanel::computed() {
  // A check of a project that is no longer the one shown is dropped.
  if (task_->property("path").toString() == path_ && !task_->wasCancelled()) {
    error_ = task_->error();
    if (error_.isEmpty()) report_ = computedReport_;
    checked_ = true;
  }
  if (again_) {
    again_ = false;
    refresh();  // shows "checking" again
  } else {
    present();
  }
  Q_EMIT updated();
}

void HealthPanel::openWarning(int row) {
  if (row < 0 || row >= static_cast<int>(report_.warnings.size())) return;
  const data::HealthWarning& w = report_.warnings[size_t(row)];
  Q_EMIT recordsRequested(std::vector<qint64>(w.examples.begin(), w.examples.end()), codeTitle(w.code));
}

void HealthPanel::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() != QEvent::LanguageChange) return;
  present();
  refreshSoon();  // the messages come from core in the language of the check
}

void HealthPanel::present() {
  list_->setHeaderLabels({tr("Warning"), tr("Count"), tr("What it means")});
  list_->clear();
  if (path_.isEmpty()) {
    status_->setText(tr("Open a project to check its data before training."));
    return;
  }
  if (!error_.isEmpty()) {
    status_->setText(tr("Cannot check the data: %1").arg(error_));
    return;
  }
  if (!checked_) {
    status_->setText(tr("Checking the data…"));
    return;
  }
  const QString checking = task_->isRunning() ? QStringLiteral(" ") + tr("(checking again…)") : QString();
  if (report_.warnings.empty()) {
    status_->setText(tr("No health warnings in %n record(s).", nullptr, int(report_.records)) + checking);
    return;
  }
  status_->setText(tr("%n warning(s) in %1 records. Click one to show its records in the table.", nullptr,
                      int(report_.warnings.size()))
                       .arg(report_.records) +
                   checking);
  for (const data::HealthWarning& w : report_.warnings) {
    auto* item = new QTreeWidgetItem(list_);
    item->setText(TitleColumn, codeTitle(w.code));
    item->setText(CountColumn, QString::number(w.count));
    item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(MessageColumn, w.message);
    const QString tip = w.message + QLatin1Char('\n') +
                        tr("%n example record(s): click to show them in the table", nullptr, int(w.examples.size()));
    for (int c = TitleColumn; c <= MessageColumn; ++c) item->setToolTip(c, tip);
    item->setData(TitleColumn, Qt::UserRole, w.code);
  }
}

}  // namespace assay
