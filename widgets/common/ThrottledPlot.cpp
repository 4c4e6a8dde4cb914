#include "common/ThrottledPlot.h"

#include <QEvent>
#include <QTimer>
#include <QVBoxLayout>

#include "common/Plot.h"

namespace assay {

ThrottledPlot::ThrottledPlot(QWidget* parent) : QWidget(parent) {
  plot_ = new QCustomPlot(this);
  plot_->setMinimumSize(240, 180);
  timer_ = new QTimer(this);
  timer_->setSingleShot(true);
  timer_->setInterval(kMinIntervalMs);
  connect(timer_, &QTimer::timeout, this, &ThrottledPlot::replotNow);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
}

void ThrottledPlot::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    requestReplot();
  }
}

void ThrottledPlot::requestReplot() {
  if (!timer_->isActive()) timer_->start();
}

void ThrottledPlot::flush() {
  if (!timer_->isActive()) return;
  timer_->stop();
  replotNow();
}

void ThrottledPlot::replotNow() {
  ++replots_;
  // Queued: the paint happens with the next frame instead of synchronously.
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace assay
