#include "dataset/AgreementHeatMap.h"

#include <cmath>
#include <limits>

#include "common/Plot.h"

namespace assay {

AgreementHeatMap::AgreementHeatMap(QWidget* parent) : ThrottledPlot(parent) {
  QCustomPlot* p = plot();
  p->plotLayout()->insertRow(0);
  title_ = new QCPTextElement(p, QString());
  p->plotLayout()->addElement(0, 0, title_);
  map_ = new QCPColorMap(p->xAxis, p->yAxis);
  map_->setInterpolate(false);
  // Diverging: kappa below 0 is worse than chance, which a team lead must
  // see at once; white at 0 keeps the black cell text readable there.
  QCPColorGradient gradient;
  gradient.clearColorStops();
  gradient.setColorStopAt(0, QColor(214, 39, 40));
  gradient.setColorStopAt(0.5, Qt::white);
  gradient.setColorStopAt(1, QColor(31, 119, 180));
  gradient.setNanHandling(QCPColorGradient::nhTransparent);  // undefined kappa: no colour, "—" in the cell
  map_->setGradient(gradient);
  scale_ = new QCPColorScale(p);
  scale_->setType(QCPAxis::atRight);
  scale_->setBarWidth(10);
  p->plotLayout()->addElement(1, 1, scale_);
  map_->setColorScale(scale_);
  scale_->setGradient(gradient);
  map_->setDataRange(QCPRange(-1, 1));
  // The scale as tall as the axis rect beside it.
  auto* margins = new QCPMarginGroup(p);
  p->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
  scale_->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
  p->yAxis->setRangeReversed(true);     // the first annotator at the top, as a matrix is read
  p->xAxis->setTickLabelRotation(-35);  // long names side by side overlap (ConfusionHeatMap's reason)
  retranslate();
}

void AgreementHeatMap::retranslate() {
  title_->setText(tr("Cohen's kappa between annotators (n: samples both labelled)"));
  scale_->axis()->setLabel(tr("kappa"));
  draw();
}

void AgreementHeatMap::clear() {
  names_.clear();
  kappa_.clear();
  shared_.clear();
  draw();
}

void AgreementHeatMap::setReport(const data::AgreementReport& report, const std::vector<qint64>& rated) {
  names_ = report.annotators;
  const size_t n = static_cast<size_t>(names_.size());
  kappa_.assign(n, std::vector<std::optional<double>>(n));
  shared_.assign(n, std::vector<qint64>(n, 0));
  for (size_t i = 0; i < n; ++i) {
    kappa_[i][i] = 1.0;
    shared_[i][i] = i < rated.size() ? rated[i] : 0;
    for (size_t j = i + 1; j < n; ++j) {
      const data::PairAgreement* pair = report.pair(names_[int(i)], names_[int(j)]);
      if (!pair) continue;
      kappa_[i][j] = kappa_[j][i] = pair->cohenKappa;
      shared_[i][j] = shared_[j][i] = pair->n;
    }
  }
  draw();
}

std::optional<double> AgreementHeatMap::kappa(int row, int column) const {
  if (row < 0 || column < 0 || row >= size() || column >= size()) return std::nullopt;
  return kappa_[size_t(row)][size_t(column)];
}

qint64 AgreementHeatMap::shared(int row, int column) const {
  if (row < 0 || column < 0 || row >= size() || column >= size()) return 0;
  return shared_[size_t(row)][size_t(column)];
}

QString AgreementHeatMap::cellText(int row, int column) const {
  if (row < 0 || column < 0 || row >= size() || column >= size()) return {};
  const std::optional<double> k = kappa(row, column);
  return (k ? QString::number(*k, 'f', 2) : QStringLiteral("—")) + QLatin1Char('\n') +
         tr("n %1").arg(shared(row, column));
}

void AgreementHeatMap::draw() {
  QCustomPlot* p = plot();
  p->clearItems();
  const int n = size();
  if (n == 0) {
    map_->data()->clear();
    requestReplot();
    return;
  }
  map_->data()->setSize(n, n);
  map_->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  for (int row = 0; row < n; ++row) {
    ticker->addTick(row, names_[row]);
    for (int column = 0; column < n; ++column) {
      const std::optional<double> k = kappa(row, column);
      map_->data()->setCell(column, row, k ? *k : std::numeric_limits<double>::quiet_NaN());
      auto* text = new QCPItemText(p);
      text->position->setCoords(column, row);
      text->setText(cellText(row, column));
      text->setColor(k && std::abs(*k) > 0.6 ? Qt::white : Qt::black);  // dark cells get white numbers
    }
  }
  p->xAxis->setTicker(ticker);
  p->yAxis->setTicker(ticker);
  p->xAxis->setRange(-0.5, n - 0.5);
  p->yAxis->setRange(-0.5, n - 0.5);
  requestReplot();
}

}  // namespace assay
