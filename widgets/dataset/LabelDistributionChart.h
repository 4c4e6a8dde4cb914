#pragma once
// Bar chart of the label distribution per split (train / test / unassigned),
// one group of bars per label, drawn from ProjectStore::stats().
#include <QWidget>
#include <optional>

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

 protected:
  void changeEvent(QEvent* event) override;

 private:
  // Draws the bars with axis labels, split names and the "unlabeled" tick in
  // the current language; redrawn on QEvent::LanguageChange.
  void draw();

  QCustomPlot* plot_ = nullptr;
  data::LabelSchema schema_;
  std::optional<data::ProjectStats> stats_;  // what is drawn; none when cleared
};

}  // namespace assay
