#include "review/BatchScorer.h"

#include <algorithm>

namespace assay {

BatchScorer::BatchScorer(const Predictor& predictor, int maxBatch, std::chrono::milliseconds maxWait)
    : predictor_(predictor),
      maxBatch_(std::max(1, maxBatch)),
      maxWait_(std::max(maxWait, std::chrono::milliseconds(0))) {
  worker_ = std::thread([this] { run(); });
}

BatchScorer::~BatchScorer() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  worker_.join();
}

void BatchScorer::submit(QStringList texts, Done done) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    queuedRecords_ += texts.size();
    queue_.push_back({std::move(texts), std::move(done)});
  }
  wake_.notify_all();
}

BatchScorerCounters BatchScorer::counters() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return counters_;
}

void BatchScorer::run() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping with nothing left
    // The batch closes at maxBatch records or maxWait after its first one.
    const auto deadline = std::chrono::steady_clock::now() + maxWait_;
    wake_.wait_until(lock, deadline, [this] { return stopping_ || queuedRecords_ >= maxBatch_; });
    std::vector<Request> batch;
    int records = 0;
    while (!queue_.empty() && (batch.empty() || records + queue_.front().texts.size() <= maxBatch_)) {
      records += static_cast<int>(queue_.front().texts.size());
      queuedRecords_ -= queue_.front().texts.size();
      batch.push_back(std::move(queue_.front()));
      queue_.pop_front();
    }
    counters_.requests += static_cast<qint64>(batch.size());
    counters_.records += records;
    counters_.batches += 1;
    counters_.largestBatch = std::max(counters_.largestBatch, records);
    lock.unlock();
    QStringList texts;
    texts.reserve(records);
    for (const Request& r : batch) texts += r.texts;
    std::vector<Prediction> predictions;
    QString error;
    try {
      predictions = predictor_.predict(texts, std::max(1, records));
    } catch (const std::exception& e) {
      error = QString::fromUtf8(e.what());  // every request of the batch gets it; the worker lives on
    }
    size_t at = 0;
    for (Request& r : batch) {
      const size_t n = static_cast<size_t>(r.texts.size());
      if (error.isEmpty())
        r.done(std::vector<Prediction>(predictions.begin() + at, predictions.begin() + at + n), QString());
      else r.done({}, error);
      at += n;
    }
    lock.lock();
  }
}

}  // namespace assay
