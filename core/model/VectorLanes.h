#pragma once
// Sixteen float lanes as a GCC vector type, for the loops in FusedKernels.cpp.
//
// Why not leave it to the auto-vectoriser: it picks the vector width from the
// narrowest element in a loop, so a loop that reads bfloat16 (16 bits) or a
// byte mask ran 32 or 64 elements per iteration. The rows here are short (a
// 32-wide rotary half, 50-token softmax rows), so the vector body often never
// ran and the work fell to the scalar or narrow remainder loops: the
// next-token loss's forward pass took 20x its backward pass. Written with
// explicit 16-lane vectors, every loop runs one AVX-512 register (two AVX2 or
// four SSE registers, as GCC lowers the type for each target_clones variant)
// per sixteen elements, and leaves fewer than sixteen to a scalar tail that
// does the same arithmetic.
//
// No LibTorch here: this is included only by FusedKernels.cpp, which is
// compiled with its own flags (core/CMakeLists.txt).
#include <cstdint>
#include <cstring>

namespace assay::kernels::lanes {

#define ASSAY_LANES_INLINE inline __attribute__((always_inline))

inline constexpr int64_t kWidth = 16;
using Floats = float __attribute__((vector_size(64)));
using Ints = int32_t __attribute__((vector_size(64)));
using Bits = uint32_t __attribute__((vector_size(64)));
using Halves = uint16_t __attribute__((vector_size(32)));

ASSAY_LANES_INLINE Floats splat(float x) { return Floats{} + x; }

ASSAY_LANES_INLINE Floats load(const float* p) {
  Floats v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// bfloat16 is the high half of a float: widen and shift.
ASSAY_LANES_INLINE Floats load(const uint16_t* p) {
  Halves h;
  std::memcpy(&h, p, sizeof h);
  const Bits bits = __builtin_convertvector(h, Bits) << 16;
  Floats v;
  std::memcpy(&v, &bits, sizeof v);
  return v;
}

ASSAY_LANES_INLINE void store(float* p, Floats v) { std::memcpy(p, &v, sizeof v); }

// Round to nearest even, NaN stays a quiet NaN: the same as the scalar
// fromFloat<uint16_t> in FusedKernels.cpp, lane by lane.
ASSAY_LANES_INLINE void store(uint16_t* p, Floats v) {
  Bits bits;
  std::memcpy(&bits, &v, sizeof bits);
  Bits rounded = (bits + 0x7fffu + ((bits >> 16) & 1u)) >> 16;
  rounded = v != v ? Bits{} + 0x7fc0u : rounded;
  const Halves h = __builtin_convertvector(rounded, Halves);
  std::memcpy(p, &h, sizeof h);
}

ASSAY_LANES_INLINE Floats max(Floats a, Floats b) { return a > b ? a : b; }

// The lanes halved four times (lane k plus lane k + 8, then k + 4, ...): a
// fixed order, so a row's sum depends only on its values, and four dependent
// steps rather than sixteen, which matters on 50-element softmax rows.
ASSAY_LANES_INLINE Floats foldHalves(Floats v, int step) {
  const Ints index = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
  return __builtin_shuffle(v, (index + step) & (kWidth - 1));
}

ASSAY_LANES_INLINE float sum(Floats v) {
  for (int step = kWidth / 2; step > 0; step /= 2) v += foldHalves(v, step);
  return v[0];
}

ASSAY_LANES_INLINE float largest(Floats v) {
  for (int step = kWidth / 2; step > 0; step /= 2) v = max(v, foldHalves(v, step));
  return v[0];
}

// The core that the scalar exp (FusedKernels.cpp) and the 16-lane one share,
// for a float or Floats x already clamped to [-87, 88]: n = round(x / ln 2),
// returned through `n`, and e^r for r = x - n ln 2 (|r| <= ln 2 / 2) by its
// degree-6 Taylor polynomial (relative error ~2e-7). The caller multiplies
// by 2^n, put straight into a float's exponent bits.
template <typename T>
ASSAY_LANES_INLINE T expReduced(T x, T& n) {
  const T round = T{} + 12582912.0f;  // 1.5 * 2^23: adding it rounds to an integer
  n = (x * 1.44269504088896341f + round) - round;
  const T r = (x - n * 0.693145751953125f) - n * 1.428606765330187e-06f;  // ln 2 in two parts
  T p = T{} + 1.0f / 720.0f;
  p = p * r + 1.0f / 120.0f;
  p = p * r + 1.0f / 24.0f;
  p = p * r + 1.0f / 6.0f;
  p = p * r + 0.5f;
  p = p * r + 1.0f;
  p = p * r + 1.0f;
  return p;
}

// exp(x), to ~2 ulp, and 0 below -87: the scalar vectorExp of FusedKernels.cpp
// (the same expReduced, clamps and exponent bits) on sixteen lanes.
ASSAY_LANES_INLINE Floats exp(Floats x) {
  const Ints underflow = x < -87.0f;
  x = underflow ? splat(-87.0f) : x;
  x = x > 88.0f ? splat(88.0f) : x;
  Floats n;
  const Floats p = expReduced(x, n);
  const Ints exponentBits = (__builtin_convertvector(n, Ints) + 127) << 23;
  Floats scale;
  std::memcpy(&scale, &exponentBits, sizeof scale);
  return underflow ? splat(0) : p * scale;
}

ASSAY_LANES_INLINE Floats sigmoid(Floats x) { return 1.0f / (1.0f + exp(-x)); }

// Even and odd elements of the 32 starting at p: (p[0], p[2], ...) and (p[1], p[3], ...).
template <typename T>
ASSAY_LANES_INLINE void deinterleave(const T* p, Floats& even, Floats& odd) {
  const Floats a = load(p), b = load(p + kWidth);
  const Ints evenIndex = {0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30};
  even = __builtin_shuffle(a, b, evenIndex);
  odd = __builtin_shuffle(a, b, evenIndex + 1);
}

}  // namespace assay::kernels::lanes
