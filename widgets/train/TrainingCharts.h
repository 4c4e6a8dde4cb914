#pragma once
// The live charts of a training run, fed from the worker's signals by value:
//  - LossChart: training loss and eval loss against step;
//  - MetricChart: accuracy, macro F1 and one F1 line per label (named);
//  - ConfusionHeatMap: the latest evaluation's confusion matrix;
//  - RewardHistogram: chosen vs rejected reward distributions (reward task).
// Each batches its updates through ThrottledPlot (≤ 25 replots a second).
#include <QStringList>
#include <map>
#include <vector>

#include "common/ThrottledPlot.h"

class QCPColorMap;
class QCPGraph;
class QCPBars;

namespace assay {

class LossChart : public ThrottledPlot {
  Q_OBJECT
 public:
  explicit LossChart(QWidget* parent = nullptr);
  void clear();
  void addTrainLoss(double step, double loss);
  void addEvalLoss(double step, double loss);
  int trainPoints() const;
  int evalPoints() const;

 private:
  void rescale();
  QCPGraph* train_ = nullptr;
  QCPGraph* eval_ = nullptr;
};

class MetricChart : public ThrottledPlot {
  Q_OBJECT
 public:
  explicit MetricChart(QWidget* parent = nullptr);
  void clear();
  // One evaluation: accuracy, macro F1 and F1 per label name.
  void addEvaluation(double step, double accuracy, double macroF1, const std::map<QString, double>& perClassF1);
  int points(const QString& series) const;  // "accuracy", "macro F1" or a label name

 private:
  QCPGraph* graph(const QString& name, const QColor& color, Qt::PenStyle style);
  std::map<QString, QCPGraph*> graphs_;
  double lastStep_ = 1;
};

class ConfusionHeatMap : public ThrottledPlot {
  Q_OBJECT
 public:
  explicit ConfusionHeatMap(QWidget* parent = nullptr);
  // matrix[true][predicted]; labels name the rows and columns.
  void setMatrix(const std::vector<std::vector<double>>& matrix, const QStringList& labels);
  double cell(int trueLabel, int predicted) const;

 private:
  QCPColorMap* map_ = nullptr;
  std::vector<std::vector<double>> matrix_;
};

class RewardHistogram : public ThrottledPlot {
  Q_OBJECT
 public:
  explicit RewardHistogram(QWidget* parent = nullptr);
  void setRewards(const std::vector<double>& chosen, const std::vector<double>& rejected, int bins = 30);
  // Count in bin `bin` of the chosen / rejected histogram.
  double chosenCount(int bin) const;
  double rejectedCount(int bin) const;

 private:
  QCPBars* chosen_ = nullptr;
  QCPBars* rejected_ = nullptr;
};

}  // namespace assay
