#include "train/TrainPane.h"

#include <QDateTime>
#include <QFileInfo>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "common/BackgroundTask.h"
#include "common/LatencyProbe.h"
#include "common/ProjectContext.h"
#include "data/ProjectStore.h"
#include "dataset/HealthPanel.h"
#include "train/HealthWarningDialog.h"
#include "train/TrainForm.h"
#include "train/TrainingCharts.h"

namespace assay {

namespace {
enum HistoryColumn { StartedColumn, TaskColumn, ModelColumn, DataColumn, StatusColumn, BestColumn, DirColumn };

QString formatEta(double seconds) {
  if (seconds < 0) return QStringLiteral("—");
  const qint64 s = static_cast<qint64>(seconds);
  return s >= 3600 ? QStringLiteral("%1:%2:%3")
                         .arg(s / 3600)
                         .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                         .arg(s % 60, 2, 10, QLatin1Char('0'))
                   : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
}  // namespace

TrainPane::TrainPane(ProjectContext* context, QWidget* parent) : QWidget(parent), context_(context) {
  session_ = new TrainingSession(this);
  probe_ = new LatencyProbe(10, this);
  form_ = new TrainForm(this);
  auto* formScroll = new QScrollArea(this);
  formScroll->setWidget(form_);
  formScroll->setWidgetResizable(true);
  formScroll->setMinimumWidth(380);

  startButton_ = new QPushButton(this);
  pauseButton_ = new QPushButton(this);
  stopButton_ = new QPushButton(this);
  connect(startButton_, &QPushButton::clicked, this, &TrainPane::requestStart);
  healthTask_ = new BackgroundTask(this);
  connect(healthTask_, &BackgroundTask::finished, this, &TrainPane::healthChecked);
  connect(pauseButton_, &QPushButton::clicked, this, &TrainPane::togglePause);
  connect(stopButton_, &QPushButton::clicked, this, &TrainPane::stop);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(startButton_);
  buttons->addWidget(pauseButton_);
  buttons->addWidget(stopButton_);

  auto* left = new QWidget(this);
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  leftLayout->addWidget(formScroll, 1);
  leftLayout->addLayout(buttons);

  bar_ = new QProgressBar(this);
  bar_->setRange(0, 1000);
  bar_->setValue(0);
  status_ = new QLabel(this);
  // A finished run's summary is a long line: wrapped, it no longer sets the
  // window's minimum width (1250 px, so the window could not be 1024 wide).
  status_->setWordWrap(true);
  latency_ = new QLabel(this);
  loss_ = new LossChart(this);
  metrics_ = new MetricChart(this);
  confusion_ = new ConfusionHeatMap(this);
  rewards_ = new RewardHistogram(this);
  rewards_->hide();  // shown for reward training
  log_ = new QPlainTextEdit(this);
  log_->setReadOnly(true);
  log_->setMaximumBlockCount(1000);
  history_ = new QTableWidget(0, 7, this);
  history_->horizontalHeader()->setStretchLastSection(true);
  history_->setSelectionBehavior(QAbstractItemView::SelectRows);
  history_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  history_->verticalHeader()->hide();
  reviewButton_ = new QPushButton(this);
  connect(reviewButton_, &QPushButton::clicked, this, [this]() {
    const int row = history_->currentRow();
    if (row >= 0) Q_EMIT openModelRequested(history_->item(row, DirColumn)->text());
  });
  connect(history_, &QTableWidget::cellDoubleClicked, this,
          [this](int row, int) { Q_EMIT openModelRequested(history_->item(row, DirColumn)->text()); });

  auto* charts = new QGridLayout;
  charts->addWidget(loss_, 0, 0);
  charts->addWidget(metrics_, 0, 1);
  auto* distributions = new QHBoxLayout;
  distributions->setContentsMargins(0, 0, 0, 0);
  distributions->addWidget(confusion_, 1);
  distributions->addWidget(rewards_, 2);
  charts->addLayout(distributions, 1, 0);
  charts->addWidget(log_, 1, 1);
  charts->setRowStretch(0, 3);
  charts->setRowStretch(1, 2);
  auto* historyBox = new QWidget(this);
  auto* historyLayout = new QVBoxLayout(historyBox);
  historyLayout->setContentsMargins(0, 0, 0, 0);
  auto* historyTitle = new QHBoxLayout;
  historyTitle_ = new QLabel(this);
  historyTitle->addWidget(historyTitle_);
  historyTitle->addStretch(1);
  historyTitle->addWidget(reviewButton_);
  historyLayout->addLayout(historyTitle);
  historyLayout->addWidget(history_);

  auto* right = new QWidget(this);
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  rightLayout->addWidget(bar_);
  auto* statusRow = new QHBoxLayout;
  statusRow->addWidget(status_, 1);
  statusRow->addWidget(latency_);
  rightLayout->addLayout(statusRow);
  rightLayout->addLayout(charts, 4);
  rightLayout->addWidget(historyBox, 1);

  auto* splitter = new QSplitter(this);
  splitter->addWidget(left);
  splitter->addWidget(right);
  splitter->setStretchFactor(1, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(splitter);

  connect(session_, &TrainingSession::stepLogged, this, &TrainPane::onStep);
  connect(session_, &TrainingSession::evaluated, this, &TrainPane::onEvaluated);
  connect(session_, &TrainingSession::progress, this, &TrainPane::onProgress);
  connect(session_, &TrainingSession::logLine, log_, &QPlainTextEdit::appendPlainText);
  connect(session_, &TrainingSession::checkpointSaved, this,
          [this](const QString& path) { log_->appendPlainText(tr("checkpoint: %1").arg(path)); });
  connect(session_, &TrainingSession::finished, this, &TrainPane::onFinished);
  connect(session_, &TrainingSession::failed, this, &TrainPane::onFailed);
  auto projectChanged = [this]() {
    form_->setProject(context_->path());
    loadHistory();
    setRunning(session_->isRunning());
    if (!session_->isRunning()) {
      started_.clear();  // a finished run's summary belonged to the project before
      showIdleStatus();
    }
  };
  connect(context_, &ProjectContext::projectOpened, this, projectChanged);
  connect(context_, &ProjectContext::projectClosed, this, projectChanged);
  retranslateUi();
  projectChanged();
}

TrainPane::~TrainPane() = default;

void TrainPane::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) retranslateUi();
}

// Texts set once; the status line, progress and log follow the language from
// their next update (a finished run's summary stays in the language it was written in).
void TrainPane::retranslateUi() {
  startButton_->setText(tr("Start"));
  pauseButton_->setText(session_->isPaused() ? tr("Resume") : tr("Pause"));
  stopButton_->setText(tr("Stop"));
  history_->setHorizontalHeaderLabels(
      {tr("Started"), tr("Task"), tr("Model"), tr("Data"), tr("Status"), tr("Best metric"), tr("Output directory")});
  historyTitle_->setText(tr("Run history"));
  reviewButton_->setText(tr("Open in Review"));
  if (!session_->isRunning() && started_.isEmpty()) showIdleStatus();
}

void TrainPane::showIdleStatus() {
  status_->setText(
      context_->isOpen()
          ? tr("Project %1: choose the options, then press Start.").arg(QFileInfo(context_->path()).fileName())
          : tr("Open a project, then press Start."));
}

bool TrainPane::start() {
  if (!context_->isOpen() || session_->isRunning()) return false;
  running_ = form_->config();
  QString error;
  loss_->clear();
  metrics_->clear();
  confusion_->setMatrix({}, {});
  rewards_->clear();
  rewards_->setVisible(running_.task == TrainTask::Reward);
  log_->clear();
  if (!session_->start(running_, &error)) {
    status_->setText(tr("Cannot start: %1").arg(error));
    return false;
  }
  started_ = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
  probe_->reset();
  probe_->start();
  status_->setText(tr("Training… (loading data and model)"));
  setRunning(true);
  return true;
}

bool TrainPane::isCheckingHealth() const { return healthTask_->isRunning(); }

HealthWarningDialog* TrainPane::healthDialog() const { return healthDialog_.data(); }

void TrainPane::requestStart() {
  if (!context_->isOpen() || session_->isRunning() || healthTask_->isRunning() || healthDialog_) return;
  const TrainConfig config = form_->config();
  if (!config.validate().isEmpty()) {
    start();  // says what is wrong with the settings; no data is read
    return;
  }
  // Off the GUI thread: a check with MinHash is a pass over every record
  // (bench/health: 23 s for 1,000,000 records on a shared 2-core machine, so seconds at 100,000).
  healthPath_ = context_->path();
  const QString path = healthPath_;
  data::HealthOptions options;
  options.maxLength = config.maxLength;
  options.maxExamples = HealthPanel::kExamples;
  startButton_->setEnabled(false);
  status_->setText(tr("Checking the data before training…"));
  healthTask_->start([this, path, options](BackgroundTask& task) {
    const auto store = data::ProjectStore::open(path, data::ProjectStore::Access::ReadOnly);
    checkedHealth_ =
        data::checkProjectHealth(*store, options, [&task](int64_t done, int64_t total) { task.report(done, total); });
  });
}

void TrainPane::healthChecked() {
  setRunning(session_->isRunning());
  if (!context_->isOpen() || context_->path() != healthPath_ || healthTask_->wasCancelled()) {
    showIdleStatus();  // the project changed meanwhile: the user presses Start again
    return;
  }
  if (!healthTask_->error().isEmpty()) {
    // A check that cannot run must not keep the user from training: say so in the run's log.
    const QString error = healthTask_->error();
    if (start()) log_->appendPlainText(tr("The data could not be checked before training: %1").arg(error));
    return;
  }
  if (checkedHealth_.warnings.empty()) {
    start();
    return;
  }
  auto* dialog = new HealthWarningDialog(checkedHealth_, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  healthDialog_ = dialog;
  const std::vector<data::HealthWarning> warnings = checkedHealth_.warnings;
  connect(dialog, &HealthWarningDialog::chosen, this, [this, dialog, warnings](HealthWarningDialog::Choice choice) {
    switch (choice) {
      case HealthWarningDialog::Choice::Continue:
        if (context_->isOpen() && context_->path() == healthPath_ &&
            start())  // the run's log keeps what the user trained despite
          for (const data::HealthWarning& w : warnings)
            log_->appendPlainText(tr("health warning (%1): %2").arg(w.code, w.message));
        break;
      case HealthWarningDialog::Choice::ShowDuplicates:
        showIdleStatus();
        Q_EMIT showRecordsRequested(dialog->duplicateIds(), HealthPanel::codeTitle(QStringLiteral("duplicates")));
        break;
      case HealthWarningDialog::Choice::Cancel:
        status_->setText(tr("Not started: the data has health warnings (the dataset pane's Health tab lists them)."));
        break;
    }
  });
  status_->setText(tr("The data has %n health warning(s).", nullptr, int(warnings.size())));
  dialog->open();
}

void TrainPane::togglePause() {
  if (!session_->isRunning()) return;
  if (session_->isPaused()) {
    session_->resume();
    pauseButton_->setText(tr("Pause"));
    status_->setText(tr("Training…"));
  } else {
    session_->pause();
    pauseButton_->setText(tr("Resume"));
    status_->setText(tr("Paused (takes effect before the next step)"));
  }
}

void TrainPane::stop() {
  if (!session_->isRunning()) return;
  session_->stop();
  status_->setText(tr("Stopping after the current step…"));
}

QString TrainPane::statusText() const { return status_->text(); }

void TrainPane::setRunning(bool running) {
  startButton_->setEnabled(!running && context_->isOpen());
  pauseButton_->setEnabled(running);
  stopButton_->setEnabled(running);
  form_->setEnabled(!running);
  if (!running) pauseButton_->setText(tr("Pause"));
}

void TrainPane::onStep(qint64 step, double loss, double) { loss_->addTrainLoss(static_cast<double>(step), loss); }

void TrainPane::onEvaluated(const EvalMetrics& m, qint64 step, double epoch) {
  loss_->addEvalLoss(static_cast<double>(step), m.loss);
  QString line = tr("eval step %1 (epoch %2): loss %3").arg(step).arg(epoch, 0, 'f', 2).arg(m.loss, 0, 'f', 4);
  if (m.classification) {
    const ClassificationMetrics& c = *m.classification;
    std::map<QString, double> perClass;
    for (int i = 0; i < c.labels.size() && i < static_cast<int>(c.f1.size()); ++i)
      perClass[c.labels[i]] = c.f1[static_cast<size_t>(i)];
    metrics_->addEvaluation(static_cast<double>(step), c.accuracy, c.f1Macro, perClass);
    std::vector<std::vector<double>> matrix;
    for (const auto& row : c.confusion) matrix.emplace_back(row.begin(), row.end());
    confusion_->setMatrix(matrix, c.labels);
    line += tr(", accuracy %1, macro F1 %2").arg(c.accuracy, 0, 'f', 4).arg(c.f1Macro, 0, 'f', 4);
  }
  if (m.reward) {
    const RewardMetrics& r = *m.reward;
    // Correctness pairs were already charted as a 2-way classifier above
    // (their accuracy is the pairwise accuracy); general pairs chart here.
    if (!m.classification)
      metrics_->addEvaluation(static_cast<double>(step), r.pairwiseAccuracy, r.pairwiseAccuracy, {});
    rewards_->setHistogram(r.histogram);
    line += tr(", pairwise accuracy %1, margin %2, chosen %3±%4, rejected %5±%6")
                .arg(r.pairwiseAccuracy, 0, 'f', 4)
                .arg(r.meanMargin, 0, 'f', 3)
                .arg(r.chosenMean, 0, 'f', 3)
                .arg(r.chosenStd, 0, 'f', 3)
                .arg(r.rejectedMean, 0, 'f', 3)
                .arg(r.rejectedStd, 0, 'f', 3);
  }
  log_->appendPlainText(line);
}

void TrainPane::onProgress(qint64 done, qint64 total, double eta) {
  bar_->setValue(total > 0 ? static_cast<int>(1000 * done / total) : 0);
  if (!session_->isPaused()) status_->setText(tr("Step %1 / %2   ·   ETA %3").arg(done).arg(total).arg(formatEta(eta)));
  latency_->setText(tr("GUI latency p50 %1 ms · p99 %2 ms")
                        .arg(probe_->percentileMs(50), 0, 'f', 1)
                        .arg(probe_->percentileMs(99), 0, 'f', 1));
}

void TrainPane::onFinished(const TrainingOutcome& o) {
  probe_->stop();
  setRunning(false);
  loss_->flush();
  metrics_->flush();
  confusion_->flush();
  rewards_->flush();
  QString best = o.bestMetricName.isEmpty()
                     ? QStringLiteral("—")
                     : QStringLiteral("%1 %2").arg(o.bestMetricName).arg(o.bestMetric, 0, 'f', 4);
  if (o.baselineMetric && !o.bestMetricName.isEmpty())
    best = tr("%1: baseline %2 / model %3")
               .arg(o.bestMetricName)
               .arg(*o.baselineMetric, 0, 'f', 4)
               .arg(o.bestMetric, 0, 'f', 4) +
           (o.blendedMetric ? tr(" / blend %1 (saved)").arg(*o.blendedMetric, 0, 'f', 4) : QString());
  status_->setText(
      (o.cancelled ? tr("Stopped at step %1.") : tr("Finished: %1 steps.")).arg(o.globalStep) + QLatin1Char(' ') +
      tr("Best %1 · %2 tokens/s · %3 s").arg(best).arg(o.tokensPerSecond, 0, 'f', 0).arg(o.seconds, 0, 'f', 1));
  latency_->setText(tr("GUI latency p50 %1 ms · p99 %2 ms")
                        .arg(probe_->percentileMs(50), 0, 'f', 1)
                        .arg(probe_->percentileMs(99), 0, 'f', 1));
  if (!o.cancelled) bar_->setValue(bar_->maximum());
  addHistoryRow(o.cancelled ? tr("stopped") : tr("finished"), best);
  saveHistory();
}

void TrainPane::onFailed(const QString& message) {
  probe_->stop();
  setRunning(false);
  status_->setText(tr("Training failed: %1").arg(message));
  log_->appendPlainText(message);
  addHistoryRow(tr("failed"), QStringLiteral("—"));
  saveHistory();
}

void TrainPane::addHistoryRow(const QString& status, const QString& best) {
  const data::ProjectStats* stats = context_->stats();
  const QString dataText =
      stats ? tr("%1 samples (train %2, test %3)").arg(stats->samples).arg(stats->train.total).arg(stats->test.total)
            : QString();
  const int row = 0;  // newest first
  history_->insertRow(row);
  const QString cells[] = {started_,
                           running_.task == TrainTask::Reward ? QStringLiteral("reward") : QStringLiteral("classify"),
                           running_.modelNameOrPath,
                           dataText,
                           status,
                           best,
                           running_.outputDir};
  for (int c = 0; c < 7; ++c) history_->setItem(row, c, new QTableWidgetItem(cells[c]));
}

// History is kept per project in QSettings; the full config and data hash
// live in each run's output directory, written by the trainer.
void TrainPane::saveHistory() {
  if (!context_->isOpen()) return;
  QJsonArray rows;
  for (int r = 0; r < history_->rowCount() && r < 50; ++r) {
    QJsonArray cells;
    for (int c = 0; c < 7; ++c) cells.append(history_->item(r, c) ? history_->item(r, c)->text() : QString());
    rows.append(cells);
  }
  QSettings().setValue(QStringLiteral("runs/") + QString::fromLatin1(context_->path().toUtf8().toHex()),
                       QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

void TrainPane::loadHistory() {
  history_->setRowCount(0);
  if (!context_->isOpen()) return;
  const QByteArray json =
      QSettings().value(QStringLiteral("runs/") + QString::fromLatin1(context_->path().toUtf8().toHex())).toByteArray();
  const QJsonArray rows = QJsonDocument::fromJson(json).array();
  for (const QJsonValue& row : rows) {
    const int r = history_->rowCount();
    history_->insertRow(r);
    const QJsonArray cells = row.toArray();
    for (int c = 0; c < 7; ++c) history_->setItem(r, c, new QTableWidgetItem(cells.at(c).toString()));
  }
}

}  // namespace assay
