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

void showLegend(QCustomPlot* p) {
  p->legend->setVisible(true);
  QFont small = p->font();
  small.setPointSize(8);
  p->legend->setFont(small);
}

QCPTextElement* addTitle(QCustomPlot* p) {
  p->plotLayout()->insertRow(0);
  auto* title = new QCPTextElement(p, QString());
  p->plotLayout()->addElement(0, 0, title);
  return title;
}

}  // namespace

// ---- LossChart --------------------------------------------------------------

LossChart::LossChart(QWidget* parent) : ThrottledPlot(parent) {
  showLegend(plot());
  title_ = addTitle(plot());
  train_ = plot()->addGraph();
  train_->setPen(QPen(paletteColor(0), 1.5));
  eval_ = plot()->addGraph();
  eval_->setPen(QPen(paletteColor(1), 2));
  eval_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
  retranslate();
}

void LossChart::retranslate() {
  plot()->xAxis->setLabel(tr("Step"));
  plot()->yAxis->setLabel(tr("Loss"));
  title_->setText(tr("Loss"));
  train_->setName(tr("training loss"));
  eval_->setName(tr("eval loss"));
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
  showLegend(plot());
  title_ = addTitle(plot());
  plot()->yAxis->setRange(0, 1.02);
  // One line per label makes a long legend: inside the axes it covered the
  // lines, and as a column right of them it squashed the chart to half its
  // width at the default window size. It gets a row under the title, four
  // entries a line, as wide as the chart.
  plot()->axisRect()->insetLayout()->take(plot()->legend);
  plot()->plotLayout()->insertRow(1);
  plot()->plotLayout()->addElement(1, 0, plot()->legend);
  plot()->legend->setFillOrder(QCPLegend::foColumnsFirst);
  plot()->legend->setWrap(3);
  plot()->legend->setBorderPen(Qt::NoPen);
  plot()->legend->setRowSpacing(0);
  plot()->plotLayout()->setRowStretchFactor(1, 0.001);
  retranslate();
}

void MetricChart::resizeEvent(QResizeEvent* event) {
  // About 110 px an entry ("macro F1" with its line sample): four at the
  // default window size, two in a 1024 px window.
  const int perLine = std::max(2, width() / 110);
  if (plot()->legend->wrap() != perLine) {
    plot()->legend->setWrap(perLine);
    plot()->legend->setFillOrder(QCPLegend::foColumnsFirst, true);  // rearranges the entries
    requestReplot();
  }
  ThrottledPlot::resizeEvent(event);
}

// Graphs are looked up by key; the two summary lines show a translated name.
QString MetricChart::displayName(const QString& key) const {
  if (key == QLatin1String("accuracy")) return tr("accuracy");
  if (key == QLatin1String("macro F1")) return tr("macro F1");
  return key;  // a label name, as the project spells it
}

void MetricChart::retranslate() {
  plot()->xAxis->setLabel(tr("Step"));
  plot()->yAxis->setLabel(tr("Score"));
  title_->setText(tr("Accuracy and F1"));
  for (const auto& [key, g] : graphs_) g->setName(displayName(key));
}

void MetricChart::clear() {
  plot()->clearGraphs();
  graphs_.clear();
  requestReplot();
}

QCPGraph* MetricChart::graph(const QString& key, const QColor& color, Qt::PenStyle style) {
  auto it = graphs_.find(key);
  if (it != graphs_.end()) return it->second;
  QCPGraph* g = plot()->addGraph();
  g->setName(displayName(key));
  g->setPen(QPen(color, style == Qt::SolidLine ? 2.2 : 1.2, style));
  g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
  graphs_.emplace(key, g);
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
  title_ = addTitle(plot());
  map_ = new QCPColorMap(plot()->xAxis, plot()->yAxis);
  map_->setGradient(QCPColorGradient(QCPColorGradient::gpCold).inverted());
  map_->setInterpolate(false);
  plot()->yAxis->setRangeReversed(true);  // row 0 at the top, as a matrix is read
  // Chinese label names side by side overlap, so they are slanted. Slanted
  // down-left (negative angle) each name ends at its tick and runs towards
  // the y axis's wide margin; slanted down-right the last name ran past the
  // plot's right edge and QCustomPlot dropped it.
  plot()->xAxis->setTickLabelRotation(-35);
  retranslate();
}

void ConfusionHeatMap::retranslate() {
  plot()->xAxis->setLabel(tr("Predicted"));
  plot()->yAxis->setLabel(tr("True label"));
  title_->setText(tr("Confusion matrix (latest evaluation)"));
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
    const double v =
        map_->data()->cell(static_cast<int>(text->position->key()), static_cast<int>(text->position->value()));
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
  showLegend(plot());
  title_ = addTitle(plot());
  // The legend gets a row of its own under the title, laid out across: inside
  // the axes it covered the bars, which crowd the middle of the range.
  plot()->axisRect()->insetLayout()->take(plot()->legend);
  plot()->plotLayout()->insertRow(1);
  plot()->plotLayout()->addElement(1, 0, plot()->legend);
  plot()->legend->setFillOrder(QCPLegend::foColumnsFirst);
  plot()->legend->setBorderPen(Qt::NoPen);
  plot()->plotLayout()->setRowStretchFactor(1, 0.001);
  // Side by side within each bin (a bars group), so neither hides the other.
  auto* group = new QCPBarsGroup(plot());
  group->setSpacingType(QCPBarsGroup::stAbsolute);
  group->setSpacing(0);
  chosen_ = new QCPBars(plot()->xAxis, plot()->yAxis);
  chosen_->setBrush(QColor(44, 160, 44, 200));
  chosen_->setPen(Qt::NoPen);
  chosen_->setBarsGroup(group);
  rejected_ = new QCPBars(plot()->xAxis, plot()->yAxis);
  rejected_->setBrush(QColor(214, 39, 40, 200));
  rejected_->setPen(Qt::NoPen);
  rejected_->setBarsGroup(group);
  retranslate();
}

void RewardHistogram::retranslate() {
  plot()->xAxis->setLabel(tr("Reward"));
  plot()->yAxis->setLabel(tr("Pairs"));
  title_->setText(tr("Chosen vs rejected rewards (latest evaluation)"));
  chosen_->setName(tr("chosen"));
  rejected_->setName(tr("rejected"));
}

void RewardHistogram::setRewards(const std::vector<double>& chosen, const std::vector<double>& rejected, int bins) {
  setHistogram(RewardBins::count(chosen, rejected, std::max(1, bins)));
}

void RewardHistogram::setHistogram(const RewardBins& h) {
  const int bins = h.bins();
  const double width = h.width();
  QVector<double> keys(bins), chosen(bins), rejected(bins);
  double top = 1;
  for (int b = 0; b < bins; ++b) {
    keys[b] = h.lower + (b + 0.5) * width;
    chosen[b] = double(h.chosen[size_t(b)]);
    rejected[b] = double(h.rejected.size() > size_t(b) ? h.rejected[size_t(b)] : 0);
    top = std::max({top, chosen[b], rejected[b]});
  }
  chosen_->setWidth(width * 0.45);
  rejected_->setWidth(width * 0.45);
  chosen_->setData(keys, chosen, true);
  rejected_->setData(keys, rejected, true);
  if (bins > 0) plot()->xAxis->setRange(h.lower - width * 0.5, h.upper + width * 0.5);
  plot()->yAxis->setRange(0, top * 1.1 + 0.5);
  requestReplot();
}

void RewardHistogram::clear() {
  chosen_->data()->clear();
  rejected_->data()->clear();
  requestReplot();
}

int RewardHistogram::bins() const { return chosen_->dataCount(); }

double RewardHistogram::chosenCount(int bin) const {
  return bin >= 0 && bin < chosen_->dataCount() ? chosen_->data()->at(bin)->value : 0;
}

double RewardHistogram::rejectedCount(int bin) const {
  return bin >= 0 && bin < rejected_->dataCount() ? rejected_->data()->at(bin)->value : 0;
}

double RewardHistogram::binCentre(int bin) const {
  return bin >= 0 && bin < chosen_->dataCount() ? chosen_->data()->at(bin)->key : 0;
}

}  // namespace assay
