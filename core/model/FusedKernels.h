#pragma once
// Element-wise loops that LibTorch would run as several tensor operations,
// each a pass over memory: here one pass, on raw float32 / bfloat16 arrays.
// No LibTorch in this header or its source: the source is compiled with -O3
// and -fno-math-errno (so GCC vectorises sqrt and the loops with a
// remainder) and every loop is cloned per instruction set (AVX-512, AVX2,
// baseline) and picked when the program loads (core/CMakeLists.txt).
//
// bfloat16 values travel as uint16_t bit patterns (the upper half of a
// float32); rounding to bfloat16 is round-to-nearest-even, NaN kept, as
// c10::BFloat16 does.
#include <cstdint>

namespace assay::kernels {

// sum of x[i]^2, accumulated the same way on every call (sixteen float lanes
// flushed into a double), so a norm is reproducible on one machine.
double sumOfSquares(const float* x, int64_t n);

// One parameter's AdamW step (train/FusedAdamW.h has the formulas).
struct AdamWJob {
  float* p = nullptr;
  const float* g = nullptr;  // read and multiplied by the clip factor
  float* m = nullptr;
  float* v = nullptr;
  float* a = nullptr;  // the weight average; null without one
  int64_t n = 0;
  float decayFactor = 1, beta1 = 0, oneMinusBeta1 = 0, beta2 = 0, oneMinusBeta2 = 0;
  float sqrtBiasCorrection2 = 1, eps = 0, negativeStepSize = 0;
};
// a = keep * a + take * p after the update.
void adamwUpdate(const AdamWJob& job, float clip, float keep, float take);

// SwiGLU over rows of gateUp = [gate (width) | up (width)]:
//   out = silu(gate) * up,  silu(x) = x / (1 + exp(-x))
// and its backward, d gate = dout * up * s (1 + gate (1 - s)), d up = dout * silu(gate),
// s = sigmoid(gate), written as rows of [d gate | d up] in gateUp's type.
// Each array is float32 or bfloat16 as its flag says; rows are contiguous.
void swigluForward(const void* gateUp, bool gateUpBf16, void* out, bool outBf16, int64_t rows, int64_t width);
void swigluBackward(const void* gateUp, bool gateUpBf16, const void* gradOut, bool gradOutBf16, void* gradGateUp,
                    int64_t rows, int64_t width);

// Attention probabilities over rows of `width` scores:
//   probs = softmax(scores * scale + mask)
// where row r of a block of `rows` reads mask row r % maskRows (the query
// position; the rows cycle over heads). probs is written in float32 (kept
// for the backward) and out in its own type. The max is subtracted first, so
// a fully masked row (mask at float32's lowest) comes out uniform, as
// torch::softmax gives.
void maskedSoftmaxForward(const void* scores, bool scoresBf16, const float* mask, int64_t maskRows, float scale,
                          float* probs, void* out, bool outBf16, int64_t rows, int64_t width);
// d scores = scale * probs * (d out - sum(d out * probs)), per row, written
// in the scores' type.
void maskedSoftmaxBackward(const float* probs, const void* gradOut, bool gradOutBf16, float scale, void* gradScores,
                           bool gradScoresBf16, int64_t rows, int64_t width);

// Heads of one q/k/v product: each token's row holds q (heads * headDim)
// then k and v (kvHeads * headDim each), before bias. Written out as
// q [batch, heads, seq, headDim], k and v [batch, kvHeads, seq, headDim]
// with the bias added, q and k turned by the rotary angles with their pairs
// side by side (RotaryEmbedding.h):
//   out[2i] = x_i cos - x_{i+d/2} sin,  out[2i+1] = x_i sin + x_{i+d/2} cos
// cosSin: per token, headDim / 2 pairs (cos, sin), float32.
struct QkvLayout {
  int64_t seq = 0, heads = 0, kvHeads = 0, headDim = 0;
  int64_t anglesBatch = 1;  // the angles' batch size: 1 (shared) or the batch
};
// Tokens [firstToken, firstToken + tokens) of the flattened [batch, seq].
void qkvRotaryForward(const void* qkv, bool qkvBf16, const float* bias, const float* cosSin, const QkvLayout& layout,
                      void* q, void* k, void* v, bool outBf16, int64_t firstToken, int64_t tokens);
// The inverse: gradients of q, k, v (layouts above) back to rows of the
// product's gradient (in its type) and the bias's, added into biasGrad.
void qkvRotaryBackward(const void* dq, const void* dk, const void* dv, bool gradBf16, const float* cosSin,
                       const QkvLayout& layout, void* dqkv, bool dqkvBf16, float* biasGrad, int64_t firstToken,
                       int64_t tokens);

// RMSNorm of `rows` rows of `width` floats (RmsNorm.h has the formulas):
// y = x r w with r = 1 / sqrt(mean(x^2) + eps), r written per row; y in
// bfloat16 (rounded to nearest even) when yBf16, for a bfloat16 product.
void rmsNormForward(const float* x, const float* weight, float eps, void* y, bool yBf16, float* inverseRms,
                    int64_t rows, int64_t width);
// dx = r (dy w - x r mean(dy w x r)); the weight's gradient sum(dy x r) over
// these rows added into weightGrad. dy in bfloat16 when dyBf16.
void rmsNormBackward(const float* x, const float* inverseRms, const float* weight, const void* dy, bool dyBf16,
                     float* dx, float* weightGrad, int64_t rows, int64_t width);

// The grouped next-token loss (NextTokenLoss.h) over rows of logits
// [rows, vocab] (float32 or bfloat16); frequent: one byte per token (0/1).
// Per row: e = exp(l - max l) (written, float32, for the backward),
// z = sum e, r = max(sum of e over rare tokens, FLT_MIN), and
// loss = log z - (frequent target ? l_target - max l : log r).
void groupedLossForward(const void* logits, bool logitsBf16, const uint8_t* frequent, const int64_t* targets, float* e,
                        float* z, float* r, float* loss, int64_t rows, int64_t vocab);
// d logits_j = scale (e_j / z - [rare target] [rare j] e_j / r - [frequent target] [j == target]),
// written in the logits' type.
void groupedLossBackward(const float* e, const float* z, const float* r, const uint8_t* frequent,
                         const int64_t* targets, float scale, void* gradLogits, bool gradBf16, int64_t rows,
                         int64_t vocab);

}  // namespace assay::kernels
