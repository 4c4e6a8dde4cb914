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
#include "train/Metrics.h"

class QCPColorMap;
class QCPGraph;
class QCPBars;
class QCPTextElement;

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

 protected:
  void retranslate() override;

 private:
  void rescale();
  QCPGraph* train_ = nullptr;
  QCPGraph* eval_ = nullptr;
  QCPTextElement* title_ = nullptr;
};

class MetricChart : public ThrottledPlot {
  Q_OBJECT
 public:
  explicit MetricChart(QWidget* parent = nullptr);
  void clear();
  // One evaluation: accuracy, macro F1 and F1 per label name.
  void addEvaluation(double step, double accuracy, double macroF1, const std::map<QString, double>& perClassF1);
  int points(const QString& series) const;  // "accuracy", "macro F1" or a label name

 protected:
  void retranslate() override;
  // The legend takes as many entries a line as the width holds.
  void resizeEvent(QResizeEvent* event) override;

 private:
  QCPGraph* graph(const QString& key, const QColor& color, Qt::PenStyle style);
  QString displayName(const QString& key) const;
  std::map<QString, QCPGraph*> graphs_;  // by key: "accuracy", "macro F1" or a label name
  double lastStep_ = 1;
  QCPTextElement* title_ = nullptr;
};

class ConfusionHeatMap : public ThrottledPlot {
  Q_OBJECT
 public:
  explicit ConfusionHeatMap(QWidget* parent = nullptr);
  // matrix[true][predicted]; labels name the rows and columns.
  void setMatrix(const std::vector<std::vector<double>>& matrix, const QStringList& labels);
  double cell(int trueLabel, int predicted) const;

 protected:
  void retranslate() override;

 private:
  QCPColorMap* map_ = nullptr;
  std::vector<std::vector<double>> matrix_;
  QCPTextElement* title_ = nullptr;
};

class RewardHistogram : public ThrottledPlot {
  Q_OBJECT
 public:
  explicit RewardHistogram(QWidget* parent = nullptr);
  // The latest evaluation's counts (RewardMetrics::histogram).
  void setHistogram(const RewardBins& bins);
  void setRewards(const std::vector<double>& chosen, const std::vector<double>& rejected,
                  int bins = RewardBins::kDefaultBins);
  void clear();
  int bins() const;
  // Count in bin `bin` of the chosen / rejected histogram.
  double chosenCount(int bin) const;
  double rejectedCount(int bin) const;
  // Centre of bin `bin` on the reward axis.
  double binCentre(int bin) const;

 protected:
  void retranslate() override;

 private:
  QCPBars* chosen_ = nullptr;
  QCPBars* rejected_ = nullptr;
  QCPTextElement* title_ = nullptr;
};

}  // namespace assay
