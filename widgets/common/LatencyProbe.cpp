#include "common/LatencyProbe.h"

#include <QTimer>
#include <algorithm>
#include <cmath>

namespace assay {

LatencyProbe::LatencyProbe(int intervalMs, QObject* parent) : QObject(parent), intervalMs_(intervalMs) {
  timer_ = new QTimer(this);
  timer_->setTimerType(Qt::PreciseTimer);
  timer_->setInterval(intervalMs_);
  connect(timer_, &QTimer::timeout, this, &LatencyProbe::tick);
}

void LatencyProbe::start() {
  clock_.start();
  expectedNs_ = qint64(intervalMs_) * 1000000;
  timer_->start();
}

void LatencyProbe::stop() { timer_->stop(); }

void LatencyProbe::reset() { lateMs_.clear(); }

void LatencyProbe::tick() {
  const qint64 now = clock_.nsecsElapsed();
  lateMs_.push_back(std::max<qint64>(0, now - expectedNs_) / 1e6);
  // The next tick is due one interval after this one actually ran.
  expectedNs_ = now + qint64(intervalMs_) * 1000000;
}

double LatencyProbe::percentileMs(double p) const {
  if (lateMs_.empty()) return 0;
  std::vector<double> sorted = lateMs_;
  std::sort(sorted.begin(), sorted.end());
  const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * static_cast<double>(sorted.size() - 1);
  return sorted[static_cast<size_t>(std::lround(rank))];
}

double LatencyProbe::maxMs() const { return lateMs_.empty() ? 0 : *std::max_element(lateMs_.begin(), lateMs_.end()); }

}  // namespace assay
