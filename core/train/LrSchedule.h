#pragma once
// transformers' get_linear_schedule_with_warmup: the learning rate of
// optimizer step `step` (0-based) rises linearly over `warmup` steps, then
// falls linearly to 0 at `total`.
#include <algorithm>
#include <cstdint>

namespace assay {

inline double linearWarmupDecay(double baseLr, int64_t step, int64_t warmup, int64_t total) {
  if (step < warmup) return baseLr * double(step) / double(std::max<int64_t>(1, warmup));
  return baseLr * std::max(0.0, double(total - step) / double(std::max<int64_t>(1, total - warmup)));
}

}  // namespace assay
