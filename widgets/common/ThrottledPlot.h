#pragma once
// A QCustomPlot that replots at most ~25 times a second: callers add data
// and call requestReplot(); a short single-shot timer coalesces every
// request in its window into one replot, so a worker emitting a loss per
// step never makes the GUI thread redraw per step.
#include <QWidget>

class QCustomPlot;
class QTimer;

namespace assay {

class ThrottledPlot : public QWidget {
  Q_OBJECT
 public:
  static constexpr int kMinIntervalMs = 40;  // 25 replots per second at most

  explicit ThrottledPlot(QWidget* parent = nullptr);
  QCustomPlot* plot() const { return plot_; }
  void requestReplot();
  // Replots now if a replot is pending (e.g. before a screenshot).
  void flush();
  int replotCount() const { return replots_; }

 protected:
  // Sets every user-visible text (axis labels, title, legend names) in the
  // current language; called on QEvent::LanguageChange. Subclasses call it
  // from their constructors too, so the texts live in one place.
  virtual void retranslate() {}
  void changeEvent(QEvent* event) override;

 private:
  void replotNow();
  QCustomPlot* plot_ = nullptr;
  QTimer* timer_ = nullptr;
  int replots_ = 0;
};

}  // namespace assay
