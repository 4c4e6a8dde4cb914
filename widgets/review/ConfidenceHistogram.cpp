#include "review/ConfidenceHistogram.h"

#include <algorithm>

#include "common/Plot.h"

namespace assay {

ConfidenceHistogram::ConfidenceHistogram(QWidget* parent) : ThrottledPlot(parent) {
  setObjectName(QStringLiteral("confidenceHistogram"));
  QCustomPlot* p = plot();
  p->plotLayout()->insertRow(0);
  title_ = new QCPTextElement(p, QString());
  p->plotLayout()->addElement(0, 0, title_);
  // The legend in a row of its own under the title: inside the axes it
  // would cover the tall bins at high confidence.
  p->legend->setVisible(true);
  QFont small = p->font();
  small.setPointSize(8);
  p->legend->setFont(small);
  p->axisRect()->insetLayout()->take(p->legend);
  p->plotLayout()->insertRow(1);
  p->plotLayout()->addElement(1, 0, p->legend);
  p->legend->setFillOrder(QCPLegend::foColumnsFirst);
  p->legend->setBorderPen(Qt::NoPen);
  p->plotLayout()->setRowStretchFactor(1, 0.001);
  const QColor colors[] = {QColor(44, 160, 44, 200), QColor(214, 39, 40, 200), QColor(127, 127, 127, 160)};
  for (int i = 0; i < 3; ++i) {
    bars_[i] = new QCPBars(p->xAxis, p->yAxis);
    bars_[i]->setBrush(colors[i]);
    bars_[i]->setPen(Qt::NoPen);
    bars_[i]->setWidth(1.0 / kBins * 0.9);
    if (i > 0) bars_[i]->moveAbove(bars_[i - 1]);  // stacked: each bin's height is its record count
  }
  p->xAxis->setRange(0, 1);
  p->yAxis->setRange(0, 1);
  retranslate();
}

void ConfidenceHistogram::retranslate() {
  plot()->xAxis->setLabel(tr("Confidence (the model's probability of its answer)"));
  plot()->yAxis->setLabel(tr("Records"));
  title_->setText(tr("How sure the model is"));
  bars_[0]->setName(tr("agrees with the human label"));
  bars_[1]->setName(tr("disagrees"));
  bars_[2]->setName(tr("unlabeled"));
  requestReplot();
}

void ConfidenceHistogram::setConfidences(const std::vector<double>& confidence, const std::vector<Outcome>& outcome) {
  QVector<double> keys(kBins), counts[3] = {QVector<double>(kBins), QVector<double>(kBins), QVector<double>(kBins)};
  for (int b = 0; b < kBins; ++b) keys[b] = (b + 0.5) / kBins;
  for (size_t i = 0; i < confidence.size() && i < outcome.size(); ++i) {
    const int bin = std::clamp(static_cast<int>(confidence[i] * kBins), 0, kBins - 1);
    counts[static_cast<int>(outcome[i])][bin] += 1;
  }
  double top = 1;
  for (int b = 0; b < kBins; ++b) top = std::max(top, counts[0][b] + counts[1][b] + counts[2][b]);
  for (int i = 0; i < 3; ++i) bars_[i]->setData(keys, counts[i], true);
  plot()->yAxis->setRange(0, top * 1.1);
  requestReplot();
}

double ConfidenceHistogram::count(Outcome outcome, int bin) const {
  const QCPBars* bars = bars_[static_cast<int>(outcome)];
  return bin >= 0 && bin < bars->dataCount() ? bars->data()->at(bin)->value : 0;
}

double ConfidenceHistogram::total() const {
  double sum = 0;
  for (const QCPBars* bars : bars_)
    for (int b = 0; b < bars->dataCount(); ++b) sum += bars->data()->at(b)->value;
  return sum;
}

}  // namespace assay
