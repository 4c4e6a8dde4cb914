#pragma once
// Progress for long CLI work: a redrawn bar on a terminal, plain lines
// (at most one per percent step) when stderr is a file or a pipe.
#include <QElapsedTimer>
#include <QString>
#include <cstdint>

namespace assay::cli {

class TerminalProgress {
 public:
  TerminalProgress(QString what, int64_t total);
  ~TerminalProgress();
  void update(int64_t done, const QString& extra = {});
  // A new end (a time budget's plan); the bar continues from where it is.
  void setTotal(int64_t total) { total_ = total > 0 ? total : 1; }
  void finish(const QString& extra = {});

 private:
  QString what_;
  int64_t total_;
  bool tty_;
  bool finished_ = false;
  int lastPercent_ = -1;
  qint64 lastDrawMs_ = -1000;
  QElapsedTimer clock_;
};

}  // namespace assay::cli
