#include "review/ThresholdPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

#include "common/Plot.h"
#include "common/ThrottledPlot.h"

namespace assay {

ThresholdPanel::ThresholdPanel(QWidget* parent) : QWidget(parent) {
  slider_ = new QSlider(Qt::Horizontal, this);
  slider_->setRange(0, 100);
  slider_->setValue(50);
  summary_ = new QLabel(this);
  summary_->setWordWrap(true);
  chart_ = new ThrottledPlot(this);
  QCustomPlot* plot = chart_->plot();
  plot->xAxis->setRange(0, 1.02);
  plot->yAxis->setRange(0, 1.02);
  plot->plotLayout()->insertRow(0);
  title_ = new QCPTextElement(plot);
  plot->plotLayout()->addElement(0, 0, title_);
  prGraph_ = plot->addGraph();
  prGraph_->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2));
  marker_ = plot->addGraph();
  marker_->setLineStyle(QCPGraph::lsNone);
  marker_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0xd6, 0x27, 0x28), 10));
  plot->legend->setVisible(true);
  plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);

  auto* row = new QHBoxLayout;
  sliderLabel_ = new QLabel(this);
  row->addWidget(sliderLabel_);
  row->addWidget(slider_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(row);
  layout->addWidget(summary_);
  layout->addWidget(chart_, 1);
  connect(slider_, &QSlider::valueChanged, this, [this]() {
    update();
    Q_EMIT thresholdChanged(threshold());
  });
  retranslateUi();
}

void ThresholdPanel::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) retranslateUi();
}

void ThresholdPanel::retranslateUi() {
  QCustomPlot* plot = chart_->plot();
  plot->xAxis->setLabel(tr("Recall"));
  plot->yAxis->setLabel(tr("Precision"));
  if (positive_.isEmpty()) {
    title_->setText(tr("Precision / recall of \"correct\""));
    sliderLabel_->setText(tr("Threshold on P(correct):"));
  } else {
    title_->setText(tr("Precision / recall of \"%1\"").arg(positive_));
    sliderLabel_->setText(tr("Threshold on P(%1):").arg(positive_));
  }
  prGraph_->setName(tr("PR curve"));
  marker_->setName(tr("threshold"));
  update();  // the summary line, and a replot for the chart's texts
}

void ThresholdPanel::setData(const std::vector<double>& pCorrect, const std::vector<bool>& isCorrect) {
  curve_ = std::make_unique<ThresholdCurve>(pCorrect, isCorrect);
  QVector<double> recall, precision;
  for (const ThresholdPoint& p : curve_->curve()) {
    recall << p.recall;
    precision << p.precision;
  }
  // Recall never falls as the threshold falls, so the points come in key order.
  prGraph_->setData(recall, precision, true);
  update();
}

void ThresholdPanel::setPositiveLabel(const QString& name) {
  positive_ = name;
  retranslateUi();
}

double ThresholdPanel::threshold() const { return slider_->value() / 100.0; }
void ThresholdPanel::setThreshold(double t) { slider_->setValue(qRound(t * 100)); }

ThresholdPoint ThresholdPanel::current() const { return curve_ ? curve_->at(threshold()) : ThresholdPoint{}; }

QString ThresholdPanel::summaryText() const { return summary_->text(); }

void ThresholdPanel::update() {
  const ThresholdPoint p = current();
  const QString summary =
      positive_.isEmpty() ? tr("t = %1   ·   P ≥ t (predicted correct): %2   ·   P < t (predicted incorrect): %3   ·   "
                               "precision %4   ·   recall %5")
                          : tr("t = %1   ·   P ≥ t (predicted %6): %2   ·   P < t (predicted otherwise): %3   ·   "
                               "precision %4   ·   recall %5");
  QString text = summary.arg(threshold(), 0, 'f', 2)
                     .arg(p.above)
                     .arg(p.below)
                     .arg(p.precision, 0, 'f', 3)
                     .arg(p.recall, 0, 'f', 3);
  summary_->setText(positive_.isEmpty() ? text : text.arg(positive_));
  marker_->data()->clear();
  if (curve_ && curve_->size() > 0) marker_->addData(p.recall, p.precision);
  chart_->requestReplot();
}

}  // namespace assay
