#include "TerminalProgress.h"

#include <unistd.h>

#include <cstdio>

namespace assay::cli {

TerminalProgress::TerminalProgress(QString what, int64_t total)
    : what_(std::move(what)), total_(total), tty_(isatty(fileno(stderr)) != 0) {
  clock_.start();
}

TerminalProgress::~TerminalProgress() {
  if (!finished_ && tty_ && lastPercent_ >= 0) std::fputc('\n', stderr);
}

static QString formatSeconds(double s) {
  const int t = int(s + 0.5);
  return t >= 3600
             ? QString("%1:%2:%3").arg(t / 3600).arg(t / 60 % 60, 2, 10, QChar('0')).arg(t % 60, 2, 10, QChar('0'))
             : QString("%1:%2").arg(t / 60, 2, 10, QChar('0')).arg(t % 60, 2, 10, QChar('0'));
}

void TerminalProgress::update(int64_t done, const QString& extra) {
  const int percent = total_ > 0 ? int(100 * done / total_) : 0;
  const qint64 now = clock_.elapsed();
  const double elapsed = now / 1000.0;
  const double eta = done > 0 && total_ > done ? elapsed * double(total_ - done) / double(done) : 0.0;
  if (tty_) {
    // Redraw at most ten times a second: drawing is not free on a slow terminal.
    if (now - lastDrawMs_ < 100 && done < total_) return;
    lastDrawMs_ = now;
    const int width = 30;
    const int filled = total_ > 0 ? int(width * done / total_) : 0;
    const QString bar = QString(filled, QChar(0x2588)) + QString(width - filled, QChar(0x2591));
    std::fprintf(stderr, "\r\033[K%s %3d%% %s %lld/%lld [%s<%s] %s", what_.toUtf8().constData(), percent,
                 bar.toUtf8().constData(), (long long)done, (long long)total_,
                 formatSeconds(elapsed).toUtf8().constData(), formatSeconds(eta).toUtf8().constData(),
                 extra.toUtf8().constData());
    std::fflush(stderr);
  } else if (percent / 10 != lastPercent_ / 10 || (done == total_ && lastPercent_ != percent)) {
    // Plain lines every 10% so logs stay short; 100% once, also when
    // finish() follows the last update.
    std::fprintf(stderr, "%s %d%% (%lld/%lld) elapsed %s eta %s %s\n", what_.toUtf8().constData(), percent,
                 (long long)done, (long long)total_, formatSeconds(elapsed).toUtf8().constData(),
                 formatSeconds(eta).toUtf8().constData(), extra.toUtf8().constData());
  }
  lastPercent_ = percent;
}

void TerminalProgress::finish(const QString& extra) {
  if (finished_) return;
  update(total_, extra);
  if (tty_) std::fputc('\n', stderr);
  finished_ = true;
}

}  // namespace assay::cli
