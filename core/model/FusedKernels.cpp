#include "model/FusedKernels.h"

#include "model/VectorLanes.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>
#include <limits>

// On x86-64 each kernel is built three times (AVX-512, AVX2, baseline) and
// the loader picks the best the CPU runs. Other CPUs (arm64) get one build
// for the target the compiler was given; tests/portability compiles this
// file for arm64 so the guard stays right.
#if defined(__x86_64__)
#define ASSAY_CLONED __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define ASSAY_CLONED
#endif

namespace assay::kernels {

namespace {

inline float toFloat(float x) { return x; }
inline float toFloat(uint16_t b) {
  const uint32_t bits = uint32_t(b) << 16;
  float f;
  std::memcpy(&f, &bits, sizeof f);
  return f;
}

template <typename T>
inline T fromFloat(float x);
template <>
inline float fromFloat<float>(float x) {
  return x;
}
template <>
inline uint16_t fromFloat<uint16_t>(float x) {
  uint32_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  const uint32_t rounded = (bits + 0x7fffu + ((bits >> 16) & 1u)) >> 16;
  return x != x ? uint16_t(0x7fc0) : uint16_t(rounded);  // NaN stays NaN
}

// exp(x) for the sigmoid and the softmaxes: 2^n * e^r (lanes::expReduced),
// written out (instead of std::exp) so that GCC vectorises it without
// -ffast-math's libmvec. Arguments above 88 are clamped;
// below -87 the result is 0, as float32's exp underflows there anyway: a
// masked score (float's lowest) then gets probability 0 exactly, where
// exp(-87) divided by the row's sum was a denormal, and denormal arithmetic
// made the masked softmax twice as slow. lanes::exp (VectorLanes.h) is the
// same on sixteen lanes; this one serves the scalar tails.
inline float vectorExp(float x) {
  const bool underflow = x < -87.0f;
  x = underflow ? -87.0f : x;
  x = x > 88.0f ? 88.0f : x;
  float n;
  const float p = lanes::expReduced(x, n);
  const int32_t exponentBits = (int32_t(n) + 127) << 23;
  float scale;
  std::memcpy(&scale, &exponentBits, sizeof scale);
  return underflow ? 0.0f : p * scale;
}

inline float sigmoid(float x) { return 1.0f / (1.0f + vectorExp(-x)); }

template <typename In, typename Out>
ASSAY_LANES_INLINE void swigluForwardRows(const In* __restrict gateUp, Out* __restrict out, int64_t rows,
                                          int64_t width) {
  const int64_t whole = width - width % lanes::kWidth;
  for (int64_t row = 0; row < rows; ++row) {
    const In* gate = gateUp + row * 2 * width;
    const In* up = gate + width;
    Out* o = out + row * width;
    for (int64_t j = 0; j < whole; j += lanes::kWidth) {
      const lanes::Floats g = lanes::load(gate + j);
      lanes::store(o + j, g * lanes::sigmoid(g) * lanes::load(up + j));
    }
    for (int64_t j = whole; j < width; ++j) {
      const float g = toFloat(gate[j]);
      o[j] = fromFloat<Out>(g * sigmoid(g) * toFloat(up[j]));
    }
  }
}

// Left to the auto-vectoriser, which runs it at 32 elements an iteration
// (two independent halves): 20 % faster here than one 16-lane chain.
template <typename In, typename Grad>
ASSAY_LANES_INLINE void swigluBackwardRows(const In* __restrict gateUp, const Grad* __restrict gradOut,
                                           In* __restrict gradGateUp, int64_t rows, int64_t width) {
  for (int64_t row = 0; row < rows; ++row) {
    const In* gate = gateUp + row * 2 * width;
    const In* up = gate + width;
    const Grad* dout = gradOut + row * width;
    In* dGate = gradGateUp + row * 2 * width;
    In* dUp = dGate + width;
    for (int64_t j = 0; j < width; ++j) {
      const float g = toFloat(gate[j]), u = toFloat(up[j]), d = toFloat(dout[j]);
      const float sg = sigmoid(g);
      dGate[j] = fromFloat<In>(d * u * sg * (1.0f + g * (1.0f - sg)));
      dUp[j] = fromFloat<In>(d * g * sg);
    }
  }
}

// sum of a[i] * b[i] in sixteen float lanes (the same order on every call).
template <typename A, typename B>
ASSAY_LANES_INLINE float dot(const A* __restrict a, const B* __restrict b, int64_t n) {
  lanes::Floats partial = lanes::splat(0);
  int64_t i = 0;
  for (; i + lanes::kWidth <= n; i += lanes::kWidth) partial += lanes::load(a + i) * lanes::load(b + i);
  float total = lanes::sum(partial);
  for (; i < n; ++i) total += toFloat(a[i]) * toFloat(b[i]);
  return total;
}

// The row's max and sum are taken in sixteen lanes, then the lanes in order,
// then the tail: the order depends only on the row length, so results repeat
// from run to run.
template <typename In, typename Out>
ASSAY_LANES_INLINE void softmaxRows(const In* __restrict scores, const float* __restrict mask, int64_t maskRows,
                                    float scale, float* __restrict probs, Out* __restrict out, int64_t rows,
                                    int64_t width) {
  using namespace lanes;
  const int64_t whole = width - width % kWidth;
  for (int64_t row = 0; row < rows; ++row) {
    const In* x = scores + row * width;
    const float* m = mask + (row % maskRows) * width;
    float* p = probs + row * width;
    Out* o = out + row * width;
    Floats highs = splat(-std::numeric_limits<float>::infinity());
    for (int64_t j = 0; j < whole; j += kWidth) {
      const Floats v = load(x + j) * scale + load(m + j);
      store(p + j, v);
      highs = max(highs, v);
    }
    float high = largest(highs);
    for (int64_t j = whole; j < width; ++j) {
      p[j] = toFloat(x[j]) * scale + m[j];
      high = p[j] > high ? p[j] : high;
    }
    Floats sums = splat(0);
    for (int64_t j = 0; j < whole; j += kWidth) {
      const Floats e = exp(load(p + j) - high);
      store(p + j, e);
      sums += e;
    }
    float total = sum(sums);
    for (int64_t j = whole; j < width; ++j) {
      p[j] = vectorExp(p[j] - high);
      total += p[j];
    }
    const float inverse = 1.0f / total;
    for (int64_t j = 0; j < whole; j += kWidth) {
      const Floats e = load(p + j) * inverse;
      store(p + j, e);
      store(o + j, e);
    }
    for (int64_t j = whole; j < width; ++j) {
      p[j] *= inverse;
      o[j] = fromFloat<Out>(p[j]);
    }
  }
}

template <typename Grad, typename Out>
ASSAY_LANES_INLINE void softmaxBackwardRows(const float* __restrict probs, const Grad* __restrict gradOut, float scale,
                                            Out* __restrict gradScores, int64_t rows, int64_t width) {
  const int64_t whole = width - width % lanes::kWidth;
  for (int64_t row = 0; row < rows; ++row) {
    const float* p = probs + row * width;
    const Grad* d = gradOut + row * width;
    Out* g = gradScores + row * width;
    const float along = dot(d, p, width);
    for (int64_t j = 0; j < whole; j += lanes::kWidth)
      lanes::store(g + j, scale * lanes::load(p + j) * (lanes::load(d + j) - along));
    for (int64_t j = whole; j < width; ++j) g[j] = fromFloat<Out>(scale * p[j] * (toFloat(d[j]) - along));
  }
}

template <typename In, typename Out>
ASSAY_LANES_INLINE void qkvRows(const In* __restrict qkv, const float* __restrict bias, const float* __restrict cosSin,
                                const QkvLayout& l, Out* __restrict q, Out* __restrict k, Out* __restrict v,
                                int64_t firstToken, int64_t tokens) {
  const int64_t d = l.headDim, half = d / 2, rowWidth = (l.heads + 2 * l.kvHeads) * d;
  for (int64_t t = firstToken; t < firstToken + tokens; ++t) {
    const int64_t b = t / l.seq, s = t % l.seq;
    const In* row = qkv + t * rowWidth;
    const float* cs = cosSin + ((l.anglesBatch == 1 ? 0 : b) * l.seq + s) * d;
    for (int64_t h = 0; h < l.heads + 2 * l.kvHeads; ++h) {
      const In* x = row + h * d;
      const float* bh = bias + h * d;
      Out* out;
      if (h < l.heads) out = q + ((b * l.heads + h) * l.seq + s) * d;
      else if (h < l.heads + l.kvHeads) out = k + ((b * l.kvHeads + h - l.heads) * l.seq + s) * d;
      else out = v + ((b * l.kvHeads + h - l.heads - l.kvHeads) * l.seq + s) * d;
      if (h < l.heads + l.kvHeads) {
        for (int64_t i = 0; i < half; ++i) {
          const float x0 = toFloat(x[i]) + bh[i], x1 = toFloat(x[i + half]) + bh[i + half];
          const float c = cs[2 * i], sn = cs[2 * i + 1];
          out[2 * i] = fromFloat<Out>(x0 * c - x1 * sn);
          out[2 * i + 1] = fromFloat<Out>(x0 * sn + x1 * c);
        }
      } else {
        for (int64_t j = 0; j < d; ++j) out[j] = fromFloat<Out>(toFloat(x[j]) + bh[j]);
      }
    }
  }
}

template <typename Grad, typename Out>
ASSAY_LANES_INLINE void qkvBackwardRows(const Grad* __restrict dq, const Grad* __restrict dk, const Grad* __restrict dv,
                                        const float* __restrict cosSin, const QkvLayout& l, Out* __restrict dqkv,
                                        float* __restrict biasGrad, int64_t firstToken, int64_t tokens) {
  const int64_t d = l.headDim, half = d / 2, rowWidth = (l.heads + 2 * l.kvHeads) * d;
  for (int64_t t = firstToken; t < firstToken + tokens; ++t) {
    const int64_t b = t / l.seq, s = t % l.seq;
    Out* row = dqkv + t * rowWidth;
    const float* cs = cosSin + ((l.anglesBatch == 1 ? 0 : b) * l.seq + s) * d;
    for (int64_t h = 0; h < l.heads + 2 * l.kvHeads; ++h) {
      Out* dx = row + h * d;
      float* db = biasGrad + h * d;
      const Grad* g;
      if (h < l.heads) g = dq + ((b * l.heads + h) * l.seq + s) * d;
      else if (h < l.heads + l.kvHeads) g = dk + ((b * l.kvHeads + h - l.heads) * l.seq + s) * d;
      else g = dv + ((b * l.kvHeads + h - l.heads - l.kvHeads) * l.seq + s) * d;
      if (h < l.heads + l.kvHeads) {
        // Sixteen pairs at a time: the gradient and the angles hold each pair
        // side by side, so their even and odd elements are split first.
        int64_t i = 0;
        for (; i + lanes::kWidth <= half; i += lanes::kWidth) {
          lanes::Floats g0, g1, c, sn;
          lanes::deinterleave(g + 2 * i, g0, g1);
          lanes::deinterleave(cs + 2 * i, c, sn);
          const lanes::Floats d0 = g0 * c + g1 * sn, d1 = g1 * c - g0 * sn;
          lanes::store(dx + i, d0);
          lanes::store(dx + i + half, d1);
          lanes::store(db + i, lanes::load(db + i) + d0);
          lanes::store(db + i + half, lanes::load(db + i + half) + d1);
        }
        for (; i < half; ++i) {
          const float g0 = toFloat(g[2 * i]), g1 = toFloat(g[2 * i + 1]);
          const float c = cs[2 * i], sn = cs[2 * i + 1];
          const float d0 = g0 * c + g1 * sn, d1 = g1 * c - g0 * sn;
          dx[i] = fromFloat<Out>(d0);
          dx[i + half] = fromFloat<Out>(d1);
          db[i] += d0;
          db[i + half] += d1;
        }
      } else {
        for (int64_t j = 0; j < d; ++j) {
          const float gj = toFloat(g[j]);
          dx[j] = fromFloat<Out>(gj);
          db[j] += gj;
        }
      }
    }
  }
}

template <typename In>
ASSAY_LANES_INLINE void groupedLossRows(const In* __restrict logits, const float* __restrict rareWeight,
                                        const uint8_t* __restrict frequent, const int64_t* __restrict targets,
                                        float* __restrict e, float* __restrict z, float* __restrict r,
                                        float* __restrict loss, int64_t rows, int64_t vocab) {
  using namespace lanes;
  const int64_t whole = vocab - vocab % kWidth;
  for (int64_t row = 0; row < rows; ++row) {
    const In* l = logits + row * vocab;
    float* er = e + row * vocab;
    Floats highs = splat(-std::numeric_limits<float>::infinity());
    for (int64_t j = 0; j < whole; j += kWidth) highs = max(highs, load(l + j));
    float high = largest(highs);
    for (int64_t j = whole; j < vocab; ++j) high = toFloat(l[j]) > high ? toFloat(l[j]) : high;
    // rareWeight is 1 for a rare token, 0 for a frequent one.
    Floats alls = splat(0), rares = splat(0);
    for (int64_t j = 0; j < whole; j += kWidth) {
      const Floats x = exp(load(l + j) - high);
      store(er + j, x);
      alls += x;
      rares += x * load(rareWeight + j);
    }
    float all = sum(alls), rare = sum(rares);
    for (int64_t j = whole; j < vocab; ++j) {
      const float x = vectorExp(toFloat(l[j]) - high);
      er[j] = x;
      all += x;
      rare += rareWeight[j] * x;
    }
    // R can only underflow when every rare logit is ~100 below the top one
    // (p(rare) < 1e-44); the floor keeps that loss finite (~87), not inf.
    rare = std::max(rare, std::numeric_limits<float>::min());
    const int64_t t = targets[row];
    z[row] = all;
    r[row] = rare;
    loss[row] = std::log(all) - (frequent[t] ? toFloat(l[t]) - high : std::log(rare));
  }
}

template <typename Out>
inline void groupedLossBackwardRows(const float* __restrict e, const float* __restrict z, const float* __restrict r,
                                    const uint8_t* __restrict frequent, const int64_t* __restrict targets, float scale,
                                    Out* __restrict grad, int64_t rows, int64_t vocab) {
  for (int64_t row = 0; row < rows; ++row) {
    const float* er = e + row * vocab;
    Out* g = grad + row * vocab;
    const int64_t t = targets[row];
    const bool frequentTarget = frequent[t] != 0;
    const float all = scale / z[row], rare = frequentTarget ? 0.0f : scale / r[row];
    for (int64_t j = 0; j < vocab; ++j) g[j] = fromFloat<Out>(er[j] * (frequent[j] ? all : all - rare));
    if (frequentTarget) g[t] = fromFloat<Out>(er[t] * all - scale);
  }
}

template <bool kAverage>
inline void adamwLoop(const AdamWJob& j, float clip, float keep, float take) {
  // Locals and restrict pointers: a store through a float pointer could
  // otherwise alias the job's own float fields, and GCC would reload them
  // every element instead of vectorising.
  float* __restrict p = j.p;
  const float* __restrict g = j.g;
  float* __restrict m = j.m;
  float* __restrict v = j.v;
  float* __restrict a = j.a;
  const int64_t n = j.n;
  const float decayFactor = j.decayFactor, beta1 = j.beta1, oneMinusBeta1 = j.oneMinusBeta1, beta2 = j.beta2,
              oneMinusBeta2 = j.oneMinusBeta2, sqrtBiasCorrection2 = j.sqrtBiasCorrection2, eps = j.eps,
              negativeStepSize = j.negativeStepSize;
  for (int64_t i = 0; i < n; ++i) {
    const float gi = g[i] * clip;
    const float mi = m[i] * beta1 + oneMinusBeta1 * gi;
    const float vi = v[i] * beta2 + oneMinusBeta2 * gi * gi;
    const float pi = p[i] * decayFactor + negativeStepSize * (mi / (std::sqrt(vi) / sqrtBiasCorrection2 + eps));
    m[i] = mi;
    v[i] = vi;
    p[i] = pi;
    if constexpr (kAverage) a[i] = a[i] * keep + take * pi;
  }
}

template <typename Out>
ASSAY_LANES_INLINE void rmsNormRows(const float* __restrict x, const float* __restrict weight, float eps,
                                    Out* __restrict y, float* __restrict inverseRms, int64_t rows, int64_t width) {
  for (int64_t row = 0; row < rows; ++row) {
    const float* xr = x + row * width;
    const float r = 1.0f / std::sqrt(dot(xr, xr, width) / float(width) + eps);
    inverseRms[row] = r;
    Out* yr = y + row * width;
    for (int64_t j = 0; j < width; ++j) yr[j] = fromFloat<Out>(xr[j] * r * weight[j]);
  }
}

template <typename Grad>
ASSAY_LANES_INLINE void rmsNormBackwardRows(const float* __restrict x, const float* __restrict inverseRms,
                                            const float* __restrict weight, const Grad* __restrict dy,
                                            float* __restrict dx, float* __restrict weightGrad, int64_t rows,
                                            int64_t width) {
  for (int64_t row = 0; row < rows; ++row) {
    const float* xr = x + row * width;
    const Grad* gr = dy + row * width;
    const float r = inverseRms[row];
    float lanes[16] = {};  // sum of dy w x, in lanes as dot() keeps them
    int64_t j = 0;
    for (; j + 16 <= width; j += 16)
      for (int64_t k = 0; k < 16; ++k) {
        const float g = toFloat(gr[j + k]);
        lanes[k] += g * weight[j + k] * xr[j + k];
        weightGrad[j + k] += g * xr[j + k] * r;
      }
    float along = 0;
    for (int64_t k = 0; k < 16; ++k) along += lanes[k];
    for (; j < width; ++j) {
      const float g = toFloat(gr[j]);
      along += g * weight[j] * xr[j];
      weightGrad[j] += g * xr[j] * r;
    }
    const float mean = along * r / float(width);
    float* dr = dx + row * width;
    for (int64_t i = 0; i < width; ++i) dr[i] = r * (toFloat(gr[i]) * weight[i] - xr[i] * r * mean);
  }
}

}  // namespace

ASSAY_CLONED double sumOfSquares(const float* x, int64_t n) {
  constexpr int64_t kLanes = 16, kFlush = 1024 * kLanes;
  double total = 0;
  int64_t i = 0;
  const int64_t whole = n - n % kLanes;
  while (i < whole) {
    float lanes[kLanes] = {};
    const int64_t end = std::min(whole, i + kFlush);
    for (; i < end; i += kLanes)
      for (int64_t k = 0; k < kLanes; ++k) lanes[k] += x[i + k] * x[i + k];
    for (int64_t k = 0; k < kLanes; ++k) total += double(lanes[k]);
  }
  for (; i < n; ++i) total += double(x[i]) * double(x[i]);
  return total;
}

ASSAY_CLONED void adamwUpdate(const AdamWJob& job, float clip, float keep, float take) {
  if (job.a) adamwLoop<true>(job, clip, keep, take);
  else adamwLoop<false>(job, clip, keep, take);
}

ASSAY_CLONED void swigluForward(const void* gateUp, bool gateUpBf16, void* out, bool outBf16, int64_t rows,
                                int64_t width) {
  if (gateUpBf16 && outBf16)
    swigluForwardRows(static_cast<const uint16_t*>(gateUp), static_cast<uint16_t*>(out), rows, width);
  else if (gateUpBf16) swigluForwardRows(static_cast<const uint16_t*>(gateUp), static_cast<float*>(out), rows, width);
  else if (outBf16) swigluForwardRows(static_cast<const float*>(gateUp), static_cast<uint16_t*>(out), rows, width);
  else swigluForwardRows(static_cast<const float*>(gateUp), static_cast<float*>(out), rows, width);
}

ASSAY_CLONED void swigluBackward(const void* gateUp, bool gateUpBf16, const void* gradOut, bool gradOutBf16,
                                 void* gradGateUp, int64_t rows, int64_t width) {
  if (gateUpBf16 && gradOutBf16)
    swigluBackwardRows(static_cast<const uint16_t*>(gateUp), static_cast<const uint16_t*>(gradOut),
                       static_cast<uint16_t*>(gradGateUp), rows, width);
  else if (gateUpBf16)
    swigluBackwardRows(static_cast<const uint16_t*>(gateUp), static_cast<const float*>(gradOut),
                       static_cast<uint16_t*>(gradGateUp), rows, width);
  else if (gradOutBf16)
    swigluBackwardRows(static_cast<const float*>(gateUp), static_cast<const uint16_t*>(gradOut),
                       static_cast<float*>(gradGateUp), rows, width);
  else
    swigluBackwardRows(static_cast<const float*>(gateUp), static_cast<const float*>(gradOut),
                       static_cast<float*>(gradGateUp), rows, width);
}

ASSAY_CLONED void maskedSoftmaxForward(const void* scores, bool scoresBf16, const float* mask, int64_t maskRows,
                                       float scale, float* probs, void* out, bool outBf16, int64_t rows,
                                       int64_t width) {
  if (scoresBf16 && outBf16)
    softmaxRows(static_cast<const uint16_t*>(scores), mask, maskRows, scale, probs, static_cast<uint16_t*>(out), rows,
                width);
  else if (scoresBf16)
    softmaxRows(static_cast<const uint16_t*>(scores), mask, maskRows, scale, probs, static_cast<float*>(out), rows,
                width);
  else if (outBf16)
    softmaxRows(static_cast<const float*>(scores), mask, maskRows, scale, probs, static_cast<uint16_t*>(out), rows,
                width);
  else
    softmaxRows(static_cast<const float*>(scores), mask, maskRows, scale, probs, static_cast<float*>(out), rows, width);
}

ASSAY_CLONED void maskedSoftmaxBackward(const float* probs, const void* gradOut, bool gradOutBf16, float scale,
                                        void* gradScores, bool gradScoresBf16, int64_t rows, int64_t width) {
  if (gradOutBf16 && gradScoresBf16)
    softmaxBackwardRows(probs, static_cast<const uint16_t*>(gradOut), scale, static_cast<uint16_t*>(gradScores), rows,
                        width);
  else if (gradOutBf16)
    softmaxBackwardRows(probs, static_cast<const uint16_t*>(gradOut), scale, static_cast<float*>(gradScores), rows,
                        width);
  else if (gradScoresBf16)
    softmaxBackwardRows(probs, static_cast<const float*>(gradOut), scale, static_cast<uint16_t*>(gradScores), rows,
                        width);
  else
    softmaxBackwardRows(probs, static_cast<const float*>(gradOut), scale, static_cast<float*>(gradScores), rows, width);
}

ASSAY_CLONED void qkvRotaryForward(const void* qkv, bool qkvBf16, const float* bias, const float* cosSin,
                                   const QkvLayout& layout, void* q, void* k, void* v, bool outBf16, int64_t firstToken,
                                   int64_t tokens) {
  using B = uint16_t;
  if (qkvBf16 && outBf16)
    qkvRows(static_cast<const B*>(qkv), bias, cosSin, layout, static_cast<B*>(q), static_cast<B*>(k),
            static_cast<B*>(v), firstToken, tokens);
  else if (qkvBf16)
    qkvRows(static_cast<const B*>(qkv), bias, cosSin, layout, static_cast<float*>(q), static_cast<float*>(k),
            static_cast<float*>(v), firstToken, tokens);
  else if (outBf16)
    qkvRows(static_cast<const float*>(qkv), bias, cosSin, layout, static_cast<B*>(q), static_cast<B*>(k),
            static_cast<B*>(v), firstToken, tokens);
  else
    qkvRows(static_cast<const float*>(qkv), bias, cosSin, layout, static_cast<float*>(q), static_cast<float*>(k),
            static_cast<float*>(v), firstToken, tokens);
}

ASSAY_CLONED void qkvRotaryBackward(const void* dq, const void* dk, const void* dv, bool gradBf16, const float* cosSin,
                                    const QkvLayout& layout, void* dqkv, bool dqkvBf16, float* biasGrad,
                                    int64_t firstToken, int64_t tokens) {
  using B = uint16_t;
  if (gradBf16 && dqkvBf16)
    qkvBackwardRows(static_cast<const B*>(dq), static_cast<const B*>(dk), static_cast<const B*>(dv), cosSin, layout,
                    static_cast<B*>(dqkv), biasGrad, firstToken, tokens);
  else if (gradBf16)
    qkvBackwardRows(static_cast<const B*>(dq), static_cast<const B*>(dk), static_cast<const B*>(dv), cosSin, layout,
                    static_cast<float*>(dqkv), biasGrad, firstToken, tokens);
  else if (dqkvBf16)
    qkvBackwardRows(static_cast<const float*>(dq), static_cast<const float*>(dk), static_cast<const float*>(dv), cosSin,
                    layout, static_cast<B*>(dqkv), biasGrad, firstToken, tokens);
  else
    qkvBackwardRows(static_cast<const float*>(dq), static_cast<const float*>(dk), static_cast<const float*>(dv), cosSin,
                    layout, static_cast<float*>(dqkv), biasGrad, firstToken, tokens);
}

ASSAY_CLONED void rmsNormForward(const float* x, const float* weight, float eps, void* y, bool yBf16, float* inverseRms,
                                 int64_t rows, int64_t width) {
  if (yBf16) rmsNormRows(x, weight, eps, static_cast<uint16_t*>(y), inverseRms, rows, width);
  else rmsNormRows(x, weight, eps, static_cast<float*>(y), inverseRms, rows, width);
}

ASSAY_CLONED void rmsNormBackward(const float* x, const float* inverseRms, const float* weight, const void* dy,
                                  bool dyBf16, float* dx, float* weightGrad, int64_t rows, int64_t width) {
  if (dyBf16) rmsNormBackwardRows(x, inverseRms, weight, static_cast<const uint16_t*>(dy), dx, weightGrad, rows, width);
  else rmsNormBackwardRows(x, inverseRms, weight, static_cast<const float*>(dy), dx, weightGrad, rows, width);
}

ASSAY_CLONED void groupedLossForward(const void* logits, bool logitsBf16, const uint8_t* frequent,
                                     const int64_t* targets, float* e, float* z, float* r, float* loss, int64_t rows,
                                     int64_t vocab) {
  std::vector<float> rareWeight(static_cast<size_t>(vocab));
  for (int64_t j = 0; j < vocab; ++j) rareWeight[size_t(j)] = frequent[j] ? 0.0f : 1.0f;
  if (logitsBf16)
    groupedLossRows(static_cast<const uint16_t*>(logits), rareWeight.data(), frequent, targets, e, z, r, loss, rows,
                    vocab);
  else
    groupedLossRows(static_cast<const float*>(logits), rareWeight.data(), frequent, targets, e, z, r, loss, rows,
                    vocab);
}

ASSAY_CLONED void groupedLossBackward(const float* e, const float* z, const float* r, const uint8_t* frequent,
                                      const int64_t* targets, float scale, void* gradLogits, bool gradBf16,
                                      int64_t rows, int64_t vocab) {
  if (gradBf16)
    groupedLossBackwardRows(e, z, r, frequent, targets, scale, static_cast<uint16_t*>(gradLogits), rows, vocab);
  else groupedLossBackwardRows(e, z, r, frequent, targets, scale, static_cast<float*>(gradLogits), rows, vocab);
}

}  // namespace assay::kernels
