#include "train/ShardRunner.h"

#include <algorithm>
#include <exception>
#include <thread>

namespace assay {

void runShards(int width, const std::function<void(int shard)>& job) {
  if (width <= 1) {
    job(0);
    return;
  }
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
