#include "dataset/LabelDistributionChart.h"

#include <QEvent>
#include <QVBoxLayout>

#include "common/Plot.h"

namespace assay {

LabelDistributionChart::LabelDistributionChart(QWidget* parent) : QWidget(parent) {
  plot_ = new QCustomPlot(this);
  plot_->setMinimumHeight(180);
  plot_->legend->setVisible(true);
  // The legend sits in a column of its own right of the bars: inside the
  // axis rect it covered the last group (the "unlabeled" bars); a row above
  // would take height from a chart that has little.
  plot_->axisRect()->insetLayout()->take(plot_->legend);
  plot_->plotLayout()->addElement(0, 1, plot_->legend);
  plot_->plotLayout()->setColumnStretchFactor(1, 0.001);
  plot_->legend->setFillOrder(QCPLegend::foRowsFirst);
  plot_->legend->setBorderPen(Qt::NoPen);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
  draw();
}

void LabelDistributionChart::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) draw();
}

void LabelDistributionChart::clear() {
  stats_.reset();
  draw();
}

void LabelDistributionChart::setStats(const data::LabelSchema& schema, const data::ProjectStats& stats) {
  schema_ = schema;
  stats_ = stats;
  draw();
}

void LabelDistributionChart::draw() {
  plot_->clearPlottables();
  // Bars groups are the plot's children and outlive clearPlottables(); drop
  // the last drawing's so redraws (a language switch, new stats) do not pile them up.
  qDeleteAll(plot_->findChildren<QCPBarsGroup*>(QString(), Qt::FindDirectChildrenOnly));
  plot_->yAxis->setLabel(tr("Samples"));
  plot_->xAxis->setLabel(tr("Label"));
  if (!stats_) {
    plot_->replot();
    return;
  }
  const data::LabelSchema& schema = schema_;
  const data::ProjectStats& stats = *stats_;
  const int n = schema.size();
  // Ticks: one per label, "售前\nsales_oriented", plus the unlabeled texts.
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  for (int i = 0; i < n; ++i) ticker->addTick(i + 1, schema.nameOf(i) + QLatin1Char('\n') + schema.englishOf(i));
  ticker->addTick(n + 1, tr("unlabeled"));
  plot_->xAxis->setTicker(ticker);
  plot_->xAxis->setRange(0.3, n + 1.7);

  auto* group = new QCPBarsGroup(plot_);
  struct SplitBars {
    QString name;
    const data::LabelCounts* counts;
    QColor color;
  };
  const SplitBars splits[] = {{tr("train"), &stats.train, QColor(0x3b, 0x75, 0xaf)},
                              {tr("test"), &stats.test, QColor(0xef, 0x8a, 0x3a)},
                              {tr("unassigned"), &stats.unassigned, QColor(0x8c, 0x8c, 0x8c)}};
  double top = 1;
  for (const SplitBars& s : splits) {
    auto* bars = new QCPBars(plot_->xAxis, plot_->yAxis);
    bars->setName(s.name);
    bars->setBrush(s.color);
    bars->setPen(Qt::NoPen);
    bars->setWidth(0.25);
    bars->setBarsGroup(group);
    QVector<double> keys, values;
    for (int i = 0; i < n; ++i) {
      const double v = i < static_cast<int>(s.counts->perLabel.size()) ? s.counts->perLabel[static_cast<size_t>(i)] : 0;
      keys << i + 1;
      values << v;
      top = std::max(top, v);
    }
    keys << n + 1;
    values << static_cast<double>(s.counts->unlabeled);
    top = std::max(top, static_cast<double>(s.counts->unlabeled));
    bars->setData(keys, values, true);
  }
  plot_->yAxis->setRange(0, top * 1.15);
  plot_->replot();
}

}  // namespace assay
