#include "train/ShardRunner.h"

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <exception>
#include <thread>

namespace assay {

namespace {

// Runs each shard on its own thread and rethrows the first error: for a
// call made from inside a shard (the pool is busy with its caller).
void runOnFreshThreads(int width, const std::function<void(int shard)>& job) {
  std::vector<std::exception_ptr> errors(static_cast<size_t>(width));
  const auto guarded = [&](int shard) {
    try {
      job(shard);
    } catch (...) {
      errors[size_t(shard)] = std::current_exception();
    }
  };
  std::vector<std::thread> helpers;
  helpers.reserve(size_t(width - 1));
  for (int shard = 1; shard < width; ++shard) helpers.emplace_back(guarded, shard);
  guarded(0);
  for (auto& t : helpers) t.join();
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);
}

thread_local bool insideShard = false;

// Helper threads kept between calls. A training step calls runShards three
// times (forward/backward, the gradient norm, the update); a fresh thread
// each time paid its creation and started with cold per-thread state (the
// allocator's thread cache, LibTorch's thread-locals) on every step.
class ShardPool {
 public:
  static ShardPool& instance() {
    // Never destroyed: its threads wait on a condition variable when idle,
    // and the process may exit with them there; destroying it during static
    // destruction could race LibTorch's own teardown.
    static auto* pool = new ShardPool;
    return *pool;
  }

  void run(int width, const std::function<void(int shard)>& job) {
    std::lock_guard<std::mutex> oneRunAtATime(runMutex_);
    std::vector<std::exception_ptr> errors(static_cast<size_t>(width));
    {
      std::unique_lock<std::mutex> lock(mutex_);
      while (int(threads_.size()) < width - 1) {
        const int index = int(threads_.size());
        threads_.emplace_back([this, index] { helperLoop(index); });
      }
      job_ = &job;
      errors_ = &errors;
      width_ = width;
      pending_ = width - 1;
      ++generation_;
    }
    start_.notify_all();
    insideShard = true;
    try {
      job(0);
    } catch (...) {
      errors[0] = std::current_exception();
    }
    insideShard = false;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      done_.wait(lock, [this] { return pending_ == 0; });
      job_ = nullptr;
      errors_ = nullptr;
    }
    for (const auto& e : errors)
      if (e) std::rethrow_exception(e);
  }

 private:
  void helperLoop(int index) {
    insideShard = true;
    uint64_t seen = 0;
    for (;;) {
      const std::function<void(int)>* job;
      std::vector<std::exception_ptr>* errors;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        start_.wait(lock, [&] { return generation_ != seen; });
        seen = generation_;
        if (index + 1 >= width_) continue;  // not needed this time
        job = job_;
        errors = errors_;
      }
      try {
        (*job)(index + 1);
      } catch (...) {
        (*errors)[size_t(index + 1)] = std::current_exception();
      }
      {
        std::lock_guard<std::mutex> lock(mutex_);
        --pending_;
      }
      done_.notify_one();
    }
  }

  std::mutex runMutex_, mutex_;
  std::condition_variable start_, done_;
  std::vector<std::thread> threads_;
  const std::function<void(int)>* job_ = nullptr;
  std::vector<std::exception_ptr>* errors_ = nullptr;
  int width_ = 0, pending_ = 0;
  uint64_t generation_ = 0;
};

}  // namespace

void runShards(int width, const std::function<void(int shard)>& job) {
  if (width <= 1) {
    job(0);
    return;
  }
  if (insideShard) runOnFreshThreads(width, job);
  else ShardPool::instance().run(width, job);
}

std::vector<std::pair<size_t, size_t>> evenParts(size_t n, int width) {
  const size_t parts = std::min(n, size_t(std::max(1, width)));
  std::vector<std::pair<size_t, size_t>> ranges;
  size_t begin = 0;
  for (size_t k = 0; k < parts; ++k) {
    const size_t size = n / parts + (k < n % parts ? 1 : 0);
    ranges.emplace_back(begin, begin + size);
    begin += size;
  }
  return ranges;
}

}  // namespace assay
