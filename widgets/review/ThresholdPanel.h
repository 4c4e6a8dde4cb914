#pragma once
// For correctness models: a slider on P(correct), the precision/recall curve
// with the current threshold marked, and the counts on each side of it.
#include <QWidget>
#include <memory>

#include "review/ThresholdCurve.h"

class QCPGraph;
class QCPTextElement;
class QLabel;
class QSlider;

namespace assay {

class ThrottledPlot;

class ThresholdPanel : public QWidget {
  Q_OBJECT
 public:
  explicit ThresholdPanel(QWidget* parent = nullptr);
  void setData(const std::vector<double>& pCorrect, const std::vector<bool>& isCorrect);
  double threshold() const;
  void setThreshold(double t);
  ThresholdPoint current() const;
  QString summaryText() const;
  ThrottledPlot* chart() const { return chart_; }

 Q_SIGNALS:
  void thresholdChanged(double threshold);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  // Texts in the current language (QEvent::LanguageChange: a live switch).
  void retranslateUi();
  void update();
  std::unique_ptr<ThresholdCurve> curve_;
  QSlider* slider_ = nullptr;
  QLabel* sliderLabel_ = nullptr;
  QLabel* summary_ = nullptr;
  QCPTextElement* title_ = nullptr;
  ThrottledPlot* chart_ = nullptr;
  QCPGraph* prGraph_ = nullptr;
  QCPGraph* marker_ = nullptr;
};

}  // namespace assay
