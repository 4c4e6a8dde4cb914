#include "common/BackgroundTask.h"

#include <QThread>
#include <QTimer>

namespace assay {

BackgroundTask::BackgroundTask(QObject* parent) : QObject(parent) {
  poll_ = new QTimer(this);
  poll_->setInterval(100);
  connect(poll_, &QTimer::timeout, this, &BackgroundTask::publishProgress);
}

BackgroundTask::~BackgroundTask() {
  if (thread_) {
    cancel_ = true;
    thread_->wait();
    delete thread_;
  }
}

bool BackgroundTask::isRunning() const { return thread_ && thread_->isRunning(); }

void BackgroundTask::start(Job job) {
  if (isRunning()) return;
  delete thread_;
  cancel_ = false;
  done_ = 0;
  total_ = 0;
  shownDone_ = -1;
  error_.clear();
  cancelledOnExit_ = false;
  // The thread only writes error_/cancelledOnExit_ before it ends; the GUI
  // reads them after QThread::finished, which happens-after that write.
  thread_ = QThread::create([this, job = std::move(job)]() {
    try {
      job(*this);
      cancelledOnExit_ = cancel_;
    } catch (const Cancelled&) {
      cancelledOnExit_ = true;
    } catch (const std::exception& e) {
      error_ = QString::fromUtf8(e.what());
    }
  });
  // QThread::finished reaches this object as a queued call. A job can end
  // and a new one start before that call is delivered (start() only sees
  // that the thread stopped); the stale call must not announce the new job,
  // whose results are still being written. Each start has its own number.
  const quint64 generation = ++generation_;
  connect(thread_, &QThread::finished, this, [this, generation]() {
    if (generation != generation_) return;
    poll_->stop();
    publishProgress();
    Q_EMIT finished();
  });
  poll_->start();
  thread_->start();
}

void BackgroundTask::report(qint64 done, qint64 total) {
  done_ = done;
  total_ = total;
  if (cancel_) throw Cancelled();
}

void BackgroundTask::publishProgress() {
  const qint64 done = done_;
  if (done == shownDone_) return;
  shownDone_ = done;
  Q_EMIT progress(done, total_);
}

}  // namespace assay
