#include "train/TrainingCharts.h"

#include <algorithm>
#include <cmath>

#include "common/Plot.h"

namespace assay {

namespace {

QColor paletteColor(int i) {
  static const QColor kColors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                   QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                   QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f)};
  return kColors[i % 8];
}

void setUpAxes(QCustomPlot* p, const QString& x, const QString& y) {
  p->xAxis->setLabel(x);
  p->yAxis->setLabel(y);
  p->legend->setVisible(true);
  QFont small = p->font();
  small.setPointSize(8);
  p->legend->setFont(small);
}

}  // namespace

// ---- LossChart --------------------------------------------------------------

LossChart::LossChart(QWidget* parent) : ThrottledPlot(parent) {
  setUpAxes(plot(), tr("Step"), tr("Loss"));
  plot()->plotLayout()->insertRow(0);
  plot()->plotLayout()->addElement(0, 0, new QCPTextElement(plot(), tr("Loss")));
  train_ = plot()->addGraph();
  train_->setName(tr("training loss"));
  train_->setPen(QPen(paletteColor(0), 1.5));
  eval_ = plot()->addGraph();
  eval_->setName(tr("eval loss"));
  eval_->setPen(QPen(paletteColor(1), 2));
  eval_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
}

void LossChart::clear() {
  train_->data()->clear();
  eval_->data()->clear();
  requestReplot();
}

void LossChart::addTrainLoss(double step, double loss) {
  train_->addData(step, loss);
  rescale();
}

void LossChart::addEvalLoss(double step, double loss) {
  eval_->addData(step, loss);
  rescale();
}

int LossChart::trainPoints() const { return train_->dataCount(); }
int LossChart::evalPoints() const { return eval_->dataCount(); }

void LossChart::rescale() {
  plot()->rescaleAxes();
  const QCPRange y = plot()->yAxis->range();
  plot()->yAxis->setRange(std::min(0.0, y.lower), y.upper * 1.05 + 1e-6);
  requestReplot();
}

// ---- MetricChart ------------------------------------------------------------

MetricChart::MetricChart(QWidget* parent) : ThrottledPlot(parent) {
  setUpAxes(plot(), tr("Step"), tr("Score"));
  plot()->plotLayout()->insertRow(0);
  plot()->plotLayout()->addElement(0, 0, new QCPTextElement(plot(), tr("Accuracy and F1")));
  plot()->yAxis->setRange(0, 1.02);
  // One line per label makes a tall legend: give it a column of its own
  // right of the axes instead of covering the lines.
  auto* legendRect = new QCPLayoutGrid;
  plot()->plotLayout()->addElement(1, 1, legendRect);
  plot()->axisRect()->insetLayout()->take(plot()->legend);
  legendRect->addElement(0, 0, plot()->legend);
  legendRect->setMargins(QMargins(0, 0, 0, 0));
  plot()->plotLayout()->setColumnStretchFactor(1, 0.001);
}

void MetricChart::clear() {
  plot()->clearGraphs();
  graphs_.clear();
  requestReplot();
}

QCPGraph* MetricChart::graph(const QString& name, const QColor& color, Qt::PenStyle style) {
  auto it = graphs_.find(name);
  if (it != graphs_.end()) return it->second;
  QCPGraph* g = plot()->addGraph();
  g->setName(name);
  g->setPen(QPen(color, style == Qt::SolidLine ? 2.2 : 1.2, style));
  g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
  graphs_.emplace(name, g);
  return g;
}

void MetricChart::addEvaluation(double step, double accuracy, double macroF1,
                                const std::map<QString, double>& perClassF1) {
  graph(QStringLiteral("accuracy"), Qt::black, Qt::SolidLine)->addData(step, accuracy);
  graph(QStringLiteral("macro F1"), paletteColor(3), Qt::SolidLine)->addData(step, macroF1);
  int i = 0;
  for (const auto& [name, f1] : perClassF1) graph(name, paletteColor(i++), Qt::DashLine)->addData(step, f1);
  lastStep_ = std::max(lastStep_, step);
  plot()->xAxis->setRange(0, lastStep_ * 1.05);
  requestReplot();
}

int MetricChart::points(const QString& series) const {
  auto it = graphs_.find(series);
  return it == graphs_.end() ? 0 : it->second->dataCount();
}

// ---- ConfusionHeatMap -------------------------------------------------------

ConfusionHeatMap::ConfusionHeatMap(QWidget* parent) : ThrottledPlot(parent) {
  plot()->xAxis->setLabel(tr("Predicted"));
  plot()->yAxis->setLabel(tr("True label"));
  plot()->plotLayout()->insertRow(0);
  plot()->plotLayout()->addElement(0, 0, new QCPTextElement(plot(), tr("Confusion matrix (latest evaluation)")));
  map_ = new QCPColorMap(plot()->xAxis, plot()->yAxis);
  map_->setGradient(QCPColorGradient(QCPColorGradient::gpCold).inverted());
  map_->setInterpolate(false);
  plot()->yAxis->setRangeReversed(true);  // row 0 at the top, as a matrix is read
  plot()->xAxis->setTickLabelRotation(35);  // Chinese label names side by side overlap
}

void ConfusionHeatMap::setMatrix(const std::vector<std::vector<double>>& matrix, const QStringList& labels) {
  matrix_ = matrix;
  const int n = static_cast<int>(matrix.size());
  plot()->clearItems();
  if (n == 0) {
    map_->data()->clear();
    requestReplot();
    return;
  }
  map_->data()->setSize(n, n);
  map_->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
  double top = 1;
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  for (int t = 0; t < n; ++t) {
    ticker->addTick(t, labels.value(t, QString::number(t)));
    for (int p = 0; p < n && p < static_cast<int>(matrix[static_cast<size_t>(t)].size()); ++p) {
      const double v = matrix[static_cast<size_t>(t)][static_cast<size_t>(p)];
      map_->data()->setCell(p, t, v);
      top = std::max(top, v);
      auto* text = new QCPItemText(plot());
      text->position->setCoords(p, t);
      text->setText(QString::number(v, 'g', 6));
    }
  }
  map_->setDataRange(QCPRange(0, top));
  plot()->xAxis->setTicker(ticker);
  plot()->yAxis->setTicker(ticker);
  plot()->xAxis->setRange(-0.5, n - 0.5);
  plot()->yAxis->setRange(-0.5, n - 0.5);
  // Re-colour the text once the top is known: dark cells get white numbers.
  for (int i = 0; i < plot()->itemCount(); ++i) {
    auto* text = qobject_cast<QCPItemText*>(plot()->item(i));
    if (!text) continue;
    const double v = map_->data()->cell(static_cast<int>(text->position->key()), static_cast<int>(text->position->value()));
    text->setColor(v > top * 0.6 ? Qt::white : Qt::black);
  }
  requestReplot();
}

double ConfusionHeatMap::cell(int trueLabel, int predicted) const {
  if (trueLabel < 0 || predicted < 0 || trueLabel >= static_cast<int>(matrix_.size())) return 0;
  const auto& row = matrix_[static_cast<size_t>(trueLabel)];
  return predicted < static_cast<int>(row.size()) ? row[static_cast<size_t>(predicted)] : 0;
}

// ---- RewardHistogram --------------------------------------------------------

RewardHistogram::RewardHistogram(QWidget* parent) : ThrottledPlot(parent) {
  setUpAxes(plot(), tr("Reward"), tr("Pairs"));
  plot()->plotLayout()->insertRow(0);
  plot()->plotLayout()->addElement(0, 0, new QCPTextElement(plot(), tr("Chosen vs rejected rewards")));
  chosen_ = new QCPBars(plot()->xAxis, plot()->yAxis);
  chosen_->setName(tr("chosen"));
  chosen_->setBrush(QColor(44, 160, 44, 150));
  chosen_->setPen(Qt::NoPen);
  rejected_ = new QCPBars(plot()->xAxis, plot()->yAxis);
  rejected_->setName(tr("rejected"));
  rejected_->setBrush(QColor(214, 39, 40, 150));
  rejected_->setPen(Qt::NoPen);
}

void RewardHistogram::setRewards(const std::vector<double>& chosen, const std::vector<double>& rejected, int bins) {
  bins = std::max(1, bins);
  double lo = 0, hi = 1;
  bool any = false;
  for (const auto* values : {&chosen, &rejected})
    for (double v : *values) {
      if (!std::isfinite(v)) continue;
      lo = any ? std::min(lo, v) : v;
      hi = any ? std::max(hi, v) : v;
      any = true;
    }
  if (hi <= lo) hi = lo + 1;
  const double width = (hi - lo) / bins;
  auto histogram = [&](const std::vector<double>& values, QCPBars* bars) {
    QVector<double> keys(bins), counts(bins, 0);
    for (int b = 0; b < bins; ++b) keys[b] = lo + (b + 0.5) * width;
    for (double v : values) {
      if (!std::isfinite(v)) continue;
      counts[std::clamp(static_cast<int>((v - lo) / width), 0, bins - 1)] += 1;
    }
    bars->setWidth(width * 0.95);
    bars->setData(keys, counts, true);
  };
  histogram(chosen, chosen_);
  histogram(rejected, rejected_);
  plot()->rescaleAxes();
  plot()->yAxis->setRangeLower(0);
  plot()->yAxis->setRangeUpper(plot()->yAxis->range().upper * 1.1 + 1);
  requestReplot();
}

double RewardHistogram::chosenCount(int bin) const {
  return bin >= 0 && bin < chosen_->dataCount() ? chosen_->data()->at(bin)->value : 0;
}

double RewardHistogram::rejectedCount(int bin) const {
  return bin >= 0 && bin < rejected_->dataCount() ? rejected_->data()->at(bin)->value : 0;
}

}  // namespace assay
