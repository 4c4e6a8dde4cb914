#include "dataset/AgreementPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "common/BackgroundTask.h"
#include "data/ProjectStore.h"
#include "dataset/AgreementHeatMap.h"

namespace assay {

namespace {

enum LabelColumn { LabelNameColumn, GivenColumn, SamplesColumn, PairsColumn, SpecificColumn, LabelColumns };

QString formatValue(const std::optional<double>& v) { return v ? QString::number(*v, 'f', 3) : QStringLiteral("—"); }

QTableWidgetItem* numberItem(const QString& text) {
  auto* item = new QTableWidgetItem(text);
  item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  return item;
}

}  // namespace

AgreementPanel::AgreementPanel(QWidget* parent) : QWidget(parent) {
  task_ = new BackgroundTask(this);
  connect(task_, &BackgroundTask::finished, this, &AgreementPanel::computed);
  delay_ = new QTimer(this);
  delay_->setSingleShot(true);
  delay_->setInterval(1000);  // labelling pauses before a full pass over the annotations
  connect(delay_, &QTimer::timeout, this, [this]() {
    if (isVisible()) refresh();
    else stale_ = true;
  });

  message_ = new QLabel(this);
  message_->setObjectName(QStringLiteral("agreementMessage"));
  message_->setAlignment(Qt::AlignCenter);
  message_->setWordWrap(true);
  summary_ = new QLabel(this);
  summary_->setObjectName(QStringLiteral("agreementSummary"));
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  heatMap_ = new AgreementHeatMap(this);
  perLabel_ = new QTableWidget(0, LabelColumns, this);
  perLabel_->setObjectName(QStringLiteral("perLabelAgreement"));
  perLabel_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  perLabel_->setSelectionBehavior(QAbstractItemView::SelectRows);
  perLabel_->verticalHeader()->hide();
  perLabel_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
  perLabel_->horizontalHeader()->setSectionResizeMode(LabelNameColumn, QHeaderView::Stretch);
  for (int c = GivenColumn; c < LabelColumns; ++c)
    perLabel_->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

  auto* right = new QWidget(this);
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  rightLayout->addWidget(summary_);
  rightLayout->addWidget(perLabel_, 1);
  auto* content = new QWidget(this);
  auto* contentLayout = new QHBoxLayout(content);
  contentLayout->setContentsMargins(0, 0, 0, 0);
  contentLayout->addWidget(heatMap_, 3);
  contentLayout->addWidget(right, 2);
  pages_ = new QStackedWidget(this);
  pages_->addWidget(message_);
  pages_->addWidget(content);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(pages_);
  present();
}

AgreementPanel::~AgreementPanel() = default;

void AgreementPanel::setProject(const QString& path, const data::LabelSchema& schema) {
  path_ = path;
  schema_ = schema;
  report_ = {};
  rated_.clear();
  error_.clear();
  stale_ = false;
  present();
  refreshSoon();  // coalesced with the refresh the pane asks for as it opens the project
}

void AgreementPanel::refreshSoon() {
  if (path_.isEmpty()) return;
  stale_ = true;
  if (isVisible()) delay_->start();
}

bool AgreementPanel::isComputing() const { return task_->isRunning(); }

void AgreementPanel::refresh() {
  delay_->stop();
  if (path_.isEmpty()) return;
  if (task_->isRunning()) {
    again_ = true;  // the running pass may miss the latest labels
    return;
  }
  stale_ = false;
  const QString path = path_;
  std::vector<int> labels;
  for (const data::Label& l : schema_.labels()) labels.push_back(l.id);
  task_->setProperty("path", path);
  task_->start([this, path, labels](BackgroundTask&) {
    // A connection of its own: a store belongs to the thread that opened it.
    const auto store = data::ProjectStore::open(path, data::ProjectStore::Access::ReadOnly);
    const data::RatingTable table = data::loadRatings(*store);
    computedReport_ = data::computeAgreement(table, labels);
    std::map<QString, qint64> rated;
    for (const auto& [sample, byAnnotator] : table.ratings)
      for (const auto& entry : byAnnotator) ++rated[entry.first];
    computedRated_.clear();
    for (const QString& name : computedReport_.annotators) computedRated_.push_back(rated[name]);
  });
}

void AgreementPanel::computed() {
  // A pass over a project that is no longer the one shown is dropped.
  if (task_->property("path").toString() == path_ && !task_->wasCancelled()) {
    error_ = task_->error();
    if (error_.isEmpty()) {
      report_ = computedReport_;
      rated_ = computedRated_;
    }
    present();
    Q_EMIT updated();
  }
  if (again_ || (stale_ && isVisible())) {
    again_ = false;
    refresh();
  }
}

void AgreementPanel::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (stale_)
    QTimer::singleShot(0, this, [this]() {  // after the tab switch has painted
      if (stale_ && isVisible()) refresh();
    });
}

void AgreementPanel::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) present();
}

bool AgreementPanel::showsMessage() const { return pages_->currentIndex() == 0; }

QString AgreementPanel::summaryText() const { return showsMessage() ? message_->text() : summary_->text(); }

void AgreementPanel::present() {
  perLabel_->setHorizontalHeaderLabels(
      {tr("Label"), tr("Given"), tr("Samples"), tr("Agreeing pairs"), tr("Specific agreement")});
  perLabel_->horizontalHeaderItem(GivenColumn)->setToolTip(tr("Latest labels equal to this label, on any sample"));
  perLabel_->horizontalHeaderItem(SamplesColumn)->setToolTip(tr("Samples on which at least one annotator gave it"));
  perLabel_->horizontalHeaderItem(PairsColumn)
      ->setToolTip(tr("Pairs of annotators who both gave this label to the same sample"));
  perLabel_->horizontalHeaderItem(SpecificColumn)
      ->setToolTip(tr("Of the times this label was given where another annotator also labelled the sample, "
                      "how often the other gave it too (1: always)"));
  if (path_.isEmpty()) {
    message_->setText(tr("Open a project to see how far its annotators agree."));
    pages_->setCurrentIndex(0);
    return;
  }
  if (!error_.isEmpty()) {
    message_->setText(tr("Cannot compute agreement: %1").arg(error_));
    pages_->setCurrentIndex(0);
    return;
  }
  if (report_.annotators.size() < 2) {
    message_->setText(
        report_.annotators.isEmpty()
            ? tr("No labels yet. Agreement needs at least two annotators who labelled the same texts.")
            : tr("Only one annotator (%1) has labelled this project. Agreement needs at least two annotators who "
                 "labelled the same texts: import another annotator's labels (assay-cli import --annotator NAME, "
                 "or assay-cli merge).")
                  .arg(report_.annotators.constFirst()));
    heatMap_->clear();
    perLabel_->setRowCount(0);
    pages_->setCurrentIndex(0);
    return;
  }
  pages_->setCurrentIndex(1);
  heatMap_->setReport(report_, rated_);
  const QString fleiss = report_.fleissKappa ? tr("%1 (%2 samples with %3 labels each)")
                                                   .arg(formatValue(report_.fleissKappa))
                                                   .arg(report_.fleissSamples)
                                                   .arg(report_.fleissRatings)
                                             : QStringLiteral("—");
  summary_->setText(tr("%1 annotators · %2 samples labelled, %3 by two or more")
                        .arg(report_.annotators.size())
                        .arg(report_.samples)
                        .arg(report_.multiplyRated) +
                    QLatin1Char('\n') + tr("Fleiss' kappa: %1").arg(fleiss) + QLatin1Char('\n') +
                    tr("Krippendorff's alpha: %1").arg(formatValue(report_.krippendorffAlpha)));
  perLabel_->setRowCount(static_cast<int>(report_.perLabel.size()));
  for (int row = 0; row < perLabel_->rowCount(); ++row) {
    const data::LabelAgreement& l = report_.perLabel[size_t(row)];
    const QString name = l.label >= 0 && l.label < schema_.size()
                             ? QStringLiteral("%1 %2").arg(schema_.nameOf(l.label), schema_.englishOf(l.label))
                             : QString::number(l.label);
    perLabel_->setItem(row, LabelNameColumn, new QTableWidgetItem(name));
    perLabel_->setItem(row, GivenColumn, numberItem(QString::number(l.assignments)));
    perLabel_->setItem(row, SamplesColumn, numberItem(QString::number(l.samples)));
    perLabel_->setItem(row, PairsColumn, numberItem(QString::number(l.agreeingPairs)));
    perLabel_->setItem(row, SpecificColumn, numberItem(formatValue(l.specificAgreement)));
  }
}

}  // namespace assay
