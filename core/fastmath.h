/* Internal: branch-free fp32 exp, expm1, tanh and sigmoid that GCC
 * vectorizes inside `omp simd` loops (libm calls never vectorize).
 *
 * Not a public header (core/core.h is): include it from .c files of the
 * toolkit only, as "core/fastmath.h". Everything is static inline; there
 * are no branches (only selects the vectorizer turns into blends) and no
 * libm calls.
 *
 * Method. x = n ln2 + r with n = round(x / ln2), |r| <= ln2/2, ln2 split in a
 * short high part (n * hi exact for |n| < 2^15) and a low part (Cody-Waite).
 * expm1(r) = r + r^2 P(r), P of degree 4 fitted (minimax, float coefficients)
 * to (expm1(r) - r) / r^2 on [-ln2/2, ln2/2]: truncation < 1.1e-8 relative.
 *   exp(x)   = 2^n (1 + expm1(r)); 2^n is applied as two normal factors
 *              2^(n/2) 2^(n - n/2), so results down to the subnormals and up
 *              to +inf come out right without special cases.
 *   expm1(y) = 2^n expm1(r) + (2^n - 1)  (y <= 0 here: relative-accurate at 0)
 *   tanh(x)  = sign(x) m / (2 + m), m = expm1(2|x|) = 2^n expm1(r) + (2^n - 1)
 *   sigmoid  = 1 / (1 + e) for x >= 0, e / (1 + e) for x < 0, e = exp(-|x|)
 *
 * Accuracy (measured by tests/test_fastmath.c against double libm):
 *   exp      max relative error 9e-8 on [-87, 88.7]; exp(x) = +inf above
 *            88.73, 0 below -104, subnormal in between; exp(0) = 1.
 *   expm1    (y <= 0) max relative error 1e-7.
 *   tanh     max absolute error 9e-8, relative 1.8e-7 everywhere (also for
 *            tiny |x|); exactly +-1 for |x| >= 9.1; tanh(+-0) = +-0; odd.
 *   sigmoid  max absolute error 9e-8, relative 2e-7 while the result is a
 *            normal float; exactly 1 above 17, 0 below -104; sigmoid(0) = 0.5.
 *   NaN in, NaN out for all four.
 *
 * Selects are written as integer masks on the bit patterns: GCC 12 keeps a
 * float `c ? a : b` whose arms may trap as a branch, which blocks
 * vectorization (-ftrapping-math is the default). */
#ifndef AT_CORE_FASTMATH_H
#define AT_CORE_FASTMATH_H

#include <stdint.h>
#include <string.h>

static inline uint32_t at__fm_bits(float x) {
  uint32_t u;
  memcpy(&u, &x, sizeof u);
  return u;
}

static inline float at__fm_float(uint32_t u) {
  float x;
  memcpy(&x, &u, sizeof x);
  return x;
}

/* Clamps are compares on the bit patterns: a float compare-select feeding
 * arithmetic stays a branch in GCC 12 at -O2 (the compare may trap under the
 * default -ftrapping-math) and the loop does not vectorize. As unsigned
 * integers, the bits of negative floats grow with the magnitude, so
 * max(x, lo) for lo < 0 is one unsigned min (it also takes -inf and -NaN to
 * lo); as signed integers, the bits of positive floats grow with the value,
 * so min(x, hi) for hi > 0 is one signed min (+inf, +NaN go to hi). */
static inline float at__fm_max_neg(float x, float lo) {
  uint32_t u = at__fm_bits(x), l = at__fm_bits(lo);
  return at__fm_float(u > l ? l : u);
}

static inline float at__fm_min_pos(float x, float hi) {
  int32_t k = (int32_t)at__fm_bits(x), h = (int32_t)at__fm_bits(hi);
  return at__fm_float((uint32_t)(k > h ? h : k));
}

/* Bits of a where the mask is 0, of b where it is all ones. */
static inline float at__fm_blend(uint32_t mask, float b, float a) {
  return at__fm_float((at__fm_bits(a) & ~mask) | (at__fm_bits(b) & mask));
}

/* All ones where x is a NaN. */
static inline uint32_t at__fm_nan_mask(float x) {
  return (int32_t)(at__fm_bits(x) & 0x7fffffffu) > 0x7f800000 ? 0xffffffffu : 0u;
}

/* 2^k for integer k in [-126, 127], from the exponent bits. */
static inline float at__fm_pow2i(int32_t k) { return at__fm_float(((uint32_t)k + 127u) << 23); }

/* Range reduction: returns r in [-ln2/2, ln2/2] and n with x = n ln2 + r.
 * n is rounded to nearest with the 1.5 * 2^23 trick (|x / ln2| < 2^22). */
static inline float at__fm_reduce(float x, int32_t *n) {
  const float magic = 12582912.0f; /* 1.5 * 2^23 */
  float t = x * 1.44269504089f + magic;
  *n = (int32_t)(at__fm_bits(t) - at__fm_bits(magic)); /* the integer sits in the low mantissa bits */
  float fn = t - magic;
  return (x - fn * 0.693359375f) - fn * -2.12194440e-4f; /* ln2 = hi (9 bits) + lo */
}

/* expm1(r) for |r| <= ln2/2 (relative error ~1e-8 before rounding). */
static inline float at__fm_expm1_small(float r) {
  float p = 1.39412179e-3f;
  p = p * r + 8.36323202e-3f;
  p = p * r + 4.16663736e-2f;
  p = p * r + 1.66665763e-1f;
  p = p * r + 0.5f;
  return r + (r * r) * p;
}

/* e^x for x in [-104, 89] (or NaN). */
static inline float at__fm_exp_core(float x) {
  int32_t n;
  float r = at__fm_reduce(x, &n);
  float p = 1.0f + at__fm_expm1_small(r);
  int32_t n1 = n >> 1; /* n in [-150, 128]: both halves in [-75, 64], normal powers of two */
  return p * at__fm_pow2i(n1) * at__fm_pow2i(n - n1);
}

/* e^x. */
static inline float at__fast_exp(float x) {
  float c = at__fm_max_neg(at__fm_min_pos(x, 89.0f), -104.0f);
  return at__fm_exp_core(at__fm_blend(at__fm_nan_mask(x), x, c)); /* NaN passes */
}

/* e^y = s (1 + q) with s = 2^n, q = expm1(r), for y <= 0 (+NaN passes). */
static inline float at__fm_exp_neg_parts(float y, float *q) {
  y = at__fm_max_neg(y, -87.0f); /* e^-87 - 1 == -1 in float; 2^n stays normal */
  int32_t n;
  float r = at__fm_reduce(y, &n);
  *q = at__fm_expm1_small(r);
  return at__fm_pow2i(n);
}

/* e^y - 1 for y <= 0 (any y <= 0, NaN passes); relative-accurate near 0. */
static inline float at__fast_expm1_neg(float y) {
  float q, s = at__fm_exp_neg_parts(y, &q);
  return s * q + (s - 1.0f);
}

/* Bits of a where the sign bit of x is clear, of b where it is set. */
static inline float at__fm_select_sign(float x, float b, float a) {
  return at__fm_blend((uint32_t)((int32_t)at__fm_bits(x) >> 31), b, a);
}

/* min(a, hi) for a >= 0 or +NaN (NaN passes). */
static inline float at__fm_min_pos_nan(float a, float hi) {
  return at__fm_blend(at__fm_nan_mask(a), a, at__fm_min_pos(a, hi));
}

/* tanh(x) = sign(x) m / (2 + m) with m = expm1(2|x|) = s q + (s - 1) >= 0,
 * s = 2^n: every rounding is relative to m or 2 + m, so the error stays below
 * 9e-8 absolute and 1.8e-7 relative (also for tiny |x|, where n = 0). |x| is
 * clamped to 9.1, where m / (2 + m) rounds to 1. */
static inline float at__fast_tanh(float x) {
  uint32_t ux = at__fm_bits(x), sign = ux & 0x80000000u;
  float a = at__fm_min_pos_nan(at__fm_float(ux ^ sign), 9.1f);
  int32_t n;
  float r = at__fm_reduce(2.0f * a, &n);
  float s = at__fm_pow2i(n);
  float m = s * at__fm_expm1_small(r) + (s - 1.0f);
  float t = m / (2.0f + m);
  return at__fm_float(at__fm_bits(t) | sign);
}

/* 1 / (1 + e^-x). */
static inline float at__fast_sigmoid(float x) {
  float a = at__fm_min_pos_nan(at__fm_float(at__fm_bits(x) & 0x7fffffffu), 104.0f); /* |x| */
  float e = at__fm_exp_core(-a); /* in [0, 1] */
  float s = 1.0f / (1.0f + e);
  return at__fm_select_sign(x, e * s, s);
}

#endif
