#pragma once
// Bar chart of the label distribution per split (train / test / unassigned),
// one group of bars per label, drawn from ProjectStore::stats().
#include <QWidget>

#include "data/LabelSchema.h"
#include "data/ProjectStore.h"

class QCustomPlot;

namespace assay {

class LabelDistributionChart : public QWidget {
  Q_OBJECT
 public:
  explicit LabelDistributionChart(QWidget* parent = nullptr);
  void setStats(const data::LabelSchema& schema, const data::ProjectStats& stats);
  void clear();
  QCustomPlot* plot() const { return plot_; }

 private:
  QCustomPlot* plot_ = nullptr;
};

}  // namespace assay
