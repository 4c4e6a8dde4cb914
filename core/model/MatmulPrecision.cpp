#include "model/MatmulPrecision.h"

#include <chrono>

namespace assay {

QString precisionName(MatmulPrecision precision) {
  return precision == MatmulPrecision::BFloat16 ? QStringLiteral("bf16") : QStringLiteral("fp32");
}

namespace {

// GFLOP/s of a [rows, in] x [in, out] product in `dtype`, best of a few
// timed rounds. A product that is already slower than `giveUpBelow` on its
// first call is not timed further: an emulated bfloat16 on a CPU without
// the instructions can take seconds for the full rounds.
double productSpeed(torch::ScalarType dtype, double giveUpBelow = 0) {
  constexpr int64_t rows = 2048, in = 128, out = 384;
  constexpr double flops = 2.0 * double(rows * in * out);
  const auto a = torch::randn({rows, in}).to(dtype);
  const auto b = torch::randn({in, out}).to(dtype);
  const auto gflops = [](double seconds, int reps) { return flops * reps / std::max(seconds, 1e-9) / 1e9; };
  auto start = std::chrono::steady_clock::now();
  auto c = torch::mm(a, b);  // warm-up: oneDNN builds its kernel on the first call
  const double first = gflops(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 1);
  if (first < giveUpBelow) return first;
  double best = first;
  for (int round = 0; round < 3; ++round) {
    constexpr int reps = 8;
    start = std::chrono::steady_clock::now();
    for (int i = 0; i < reps; ++i) c = torch::mm(a, b);
    best =
        std::max(best, gflops(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), reps));
  }
  return best;
}

MatmulSpeeds measure() {
  torch::NoGradGuard noGrad;
  const int threads = torch::get_num_threads();
  torch::set_num_threads(1);  // the trainer runs one LibTorch thread per shard
  MatmulSpeeds speeds;
  speeds.float32GflopS = productSpeed(torch::kFloat);
  try {
    // The first call includes oneDNN's kernel creation (milliseconds), so the
    // cut-off is generous: a twentieth of fp32 is what a scalar emulation gives.
    speeds.bfloat16GflopS = productSpeed(torch::kBFloat16, speeds.float32GflopS / 20);
  } catch (const std::exception&) {
    // No bfloat16 kernel in this build, or oneDNN refuses one on this CPU
    // (also when ONEDNN_MAX_CPU_ISA caps it): float32 it is.
    speeds.bfloat16GflopS = 0;
  }
  torch::set_num_threads(threads);
  return speeds;
}

}  // namespace

const MatmulSpeeds& measuredMatmulSpeeds() {
  static const MatmulSpeeds speeds = measure();
  return speeds;
}

MatmulPrecision fastestMatmulPrecision() {
  const auto& s = measuredMatmulSpeeds();
  return s.bfloat16GflopS >= kBf16MinSpeedup * s.float32GflopS ? MatmulPrecision::BFloat16 : MatmulPrecision::Float32;
}

}  // namespace assay
