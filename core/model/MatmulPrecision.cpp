#include "model/MatmulPrecision.h"

#include <chrono>

namespace assay {

QString precisionName(MatmulPrecision precision) {
  return precision == MatmulPrecision::BFloat16 ? QStringLiteral("bf16") : QStringLiteral("fp32");
}

namespace {

// GFLOP/s of a [rows, in] x [in, out] product in `dtype`, best of a few timed rounds.
double productSpeed(torch::ScalarType dtype) {
  constexpr int64_t rows = 2048, in = 128, out = 384;
  const auto a = torch::randn({rows, in}).to(dtype);
  const auto b = torch::randn({in, out}).to(dtype);
  auto c = torch::mm(a, b);  // warm-up: oneDNN builds its kernel on the first call
  double best = 0;
  for (int round = 0; round < 3; ++round) {
    constexpr int reps = 8;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < reps; ++i) c = torch::mm(a, b);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    best = std::max(best, 2.0 * double(rows * in * out) * reps / std::max(seconds, 1e-9) / 1e9);
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
    speeds.bfloat16GflopS = productSpeed(torch::kBFloat16);
  } catch (const c10::Error&) {
    speeds.bfloat16GflopS = 0;  // no bfloat16 kernel in this build: float32 it is
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
