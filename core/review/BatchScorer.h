#pragma once
// The dynamic batching of `assay-cli serve`: requests from any number of
// threads queue their texts; one worker thread closes a batch at
// `maxBatch` texts or `maxWait` after the batch's first text and runs the
// Predictor over it, so the threads that hand in requests never run the
// model. Each request gets its own predictions back, the same values as
// predicting it alone (the Predictor's results never depend on batching).
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "review/Predictor.h"

namespace assay {

struct BatchScorerCounters {
  qint64 requests = 0;
  qint64 records = 0;
  qint64 batches = 0;
  int largestBatch = 0;  // records in the largest batch run so far
};

class BatchScorer {
 public:
  // One prediction per text, in order; or none and the error the model raised.
  using Done = std::function<void(std::vector<Prediction> predictions, QString error)>;

  BatchScorer(const Predictor& predictor, int maxBatch, std::chrono::milliseconds maxWait);
  // Runs every request already submitted, then stops the worker.
  ~BatchScorer();
  BatchScorer(const BatchScorer&) = delete;
  BatchScorer& operator=(const BatchScorer&) = delete;

  // Queues `texts`; `done` is called on the worker thread. A request larger
  // than maxBatch runs as a batch of its own.
  void submit(QStringList texts, Done done);
  BatchScorerCounters counters() const;

 private:
  struct Request {
    QStringList texts;
    Done done;
  };
  void run();

  const Predictor& predictor_;
  const int maxBatch_;
  const std::chrono::milliseconds maxWait_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Request> queue_;
  qint64 queuedRecords_ = 0;
  bool stopping_ = false;
  BatchScorerCounters counters_;
  std::thread worker_;
};

}  // namespace assay
