#pragma once
// For any binary model: a slider on the model's probability of the positive
// label (P(correct) of a correctness reward model, P(first label) of a
// two-label classifier), the precision/recall curve with the current
// threshold marked, and the counts on each side of it.
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
  // The label the scores are the probability of; empty: "correct" (a
  // correctness reward model's P(correct)).
  void setPositiveLabel(const QString& name);
  QString positiveLabel() const { return positive_; }
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
  QString positive_;
};

}  // namespace assay
