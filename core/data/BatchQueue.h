#pragma once
// Bounded hand-over of parsed record batches from the parsing thread to the
// thread that inserts them (ProjectStore::importFile). Bounded so that a fast
// parser cannot hold the whole file's records in memory while SQLite catches up.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

#include "data/RecordReader.h"

namespace assay::data::detail {

struct RecordBatch {
  std::vector<ParsedRecord> records;
  qint64 bytesDone = 0;  // input bytes parsed when the batch was closed (progress)
};

class BatchQueue {
 public:
  explicit BatchQueue(size_t capacity) : capacity_(capacity) {}

  // Blocks while full. False when the consumer gave up (cancel()): the
  // producer should stop.
  bool push(RecordBatch&& batch) {
    std::unique_lock<std::mutex> lock(mutex_);
    notFull_.wait(lock, [&] { return cancelled_ || batches_.size() < capacity_; });
    if (cancelled_) return false;
    batches_.push_back(std::move(batch));
    notEmpty_.notify_one();
    return true;
  }

  // The producer is done: pop() returns nullopt once the queue is drained.
  void close() {
    std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
    notEmpty_.notify_one();
  }

  // The consumer is done (an error): wakes and stops the producer.
  void cancel() {
    std::lock_guard<std::mutex> lock(mutex_);
    cancelled_ = true;
    notFull_.notify_all();
  }

  bool cancelled() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return cancelled_;
  }

  std::optional<RecordBatch> pop() {
    std::unique_lock<std::mutex> lock(mutex_);
    notEmpty_.wait(lock, [&] { return closed_ || !batches_.empty(); });
    if (batches_.empty()) return std::nullopt;
    RecordBatch batch = std::move(batches_.front());
    batches_.pop_front();
    notFull_.notify_one();
    return batch;
  }

 private:
  const size_t capacity_;
  mutable std::mutex mutex_;
  std::condition_variable notFull_, notEmpty_;
  std::deque<RecordBatch> batches_;
  bool closed_ = false, cancelled_ = false;
};

}  // namespace assay::data::detail
