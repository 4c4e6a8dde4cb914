#pragma once
// Mixed precision for CPU training: the decoder's projections can multiply in
// bfloat16 while weights, the residual stream, norms, softmax and the
// optimizer stay float32 (what torch.autocast does for linear layers, done
// explicitly so that nothing else changes dtype).
//
// Why: on a CPU with AVX512-BF16, oneDNN's bfloat16 matrix product runs
// 3.5-4x the float32 one (Debian LibTorch 1.13, 1600x128x384 on one core:
// ~450 vs ~120 GFLOP/s), and the tiny preset's training step is mostly such
// products. On a CPU without those instructions bfloat16 is emulated and can
// be far slower than float32, so "auto" measures both once and picks.
#include <torch/torch.h>

#include <QString>

namespace assay {

enum class MatmulPrecision { Float32, BFloat16 };

// "fp32" / "bf16".
QString precisionName(MatmulPrecision precision);

struct MatmulSpeeds {
  double float32GflopS = 0;
  double bfloat16GflopS = 0;  // 0 when bfloat16 products fail on this build
};

// Measured once per process (about 0.1 s) on one thread, at the shape of a
// tiny-preset projection over a batch.
const MatmulSpeeds& measuredMatmulSpeeds();

// bfloat16 when its products run at least kBf16MinSpeedup times the float32
// ones on this CPU, float32 otherwise. The margin keeps a noisy measurement
// on a busy machine from picking an emulated bfloat16.
MatmulPrecision fastestMatmulPrecision();
inline constexpr double kBf16MinSpeedup = 1.5;

}  // namespace assay
