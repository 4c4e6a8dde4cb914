#pragma once
// Measures how late the GUI thread serves events: a precise timer asks to
// fire every `intervalMs`; how much later than asked it actually fires is the
// time the event loop was busy elsewhere (painting, signal handlers, a long
// call). p50/p99 of that lateness is the "is the GUI responsive" figure
// (target: p99 < 50 ms while training).
#include <QElapsedTimer>
#include <QObject>
#include <vector>

class QTimer;

namespace assay {

class LatencyProbe : public QObject {
  Q_OBJECT
 public:
  explicit LatencyProbe(int intervalMs = 10, QObject* parent = nullptr);
  void start();
  void stop();
  void reset();
  int samples() const { return static_cast<int>(lateMs_.size()); }
  // Percentile (0–100) of the lateness, in milliseconds; 0 without samples.
  double percentileMs(double p) const;
  double maxMs() const;

 private:
  void tick();
  QTimer* timer_ = nullptr;
  QElapsedTimer clock_;
  qint64 expectedNs_ = 0;
  int intervalMs_;
  std::vector<double> lateMs_;
};

}  // namespace assay
