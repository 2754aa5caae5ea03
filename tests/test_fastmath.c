/* core/fastmath.h: exp, expm1, tanh and sigmoid against double-precision libm
 * over dense sweeps (every k-th float bit pattern plus a uniform grid), and
 * their special values: saturation, subnormals, signed zeros, infinities,
 * NaN. The sweeps run through `omp simd` loops, i.e. the vectorized code. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "core/fastmath.h"

typedef float (*fm_fn)(float);

static float fbits(uint32_t u) {
  float x;
  memcpy(&x, &u, sizeof x);
  return x;
}

/* x (n): every float of [lo, hi] whose bit pattern is a multiple of stride
 * away from lo's, then a uniform grid; returns the count. */
static int sweep_points(float lo, float hi, uint32_t stride, float *x, int cap) {
  int n = 0;
  /* positive part and negative part walked separately in bits */
  for (int side = 0; side < 2; side++) {
    float a = side ? fmaxf(lo, 0.0f) : fminf(hi, -0.0f), b = side ? hi : lo; /* from a towards b */
    if ((side && hi < 0.0f) || (!side && lo > 0.0f)) continue;
    uint32_t ua, ub;
    memcpy(&ua, &a, 4), memcpy(&ub, &b, 4);
    for (uint64_t u = ua; u <= ub && n < cap; u += stride) x[n++] = fbits((uint32_t)u);
  }
  for (int i = 0; i <= 200000 && n < cap; i++) x[n++] = lo + (hi - lo) * (float)i / 200000.0f;
  return n;
}

#define FM_LOOP(fn, x, y, n)                                                                                           \
  do {                                                                                                                 \
    _Pragma("omp simd") for (int i_ = 0; i_ < (n); i_++)(y)[i_] = fn((x)[i_]);                                        \
  } while (0)

typedef struct err {
  double abs, rel;
  float at_abs, at_rel;
} err;

/* Largest absolute and relative error of y against ref(x); relative only
 * where |ref| >= rel_floor. */
static err errors(const float *x, const float *y, int n, double (*ref)(double), double rel_floor) {
  err e = {0, 0, 0, 0};
  for (int i = 0; i < n; i++) {
    double r = ref(x[i]), d = fabs((double)y[i] - r);
    if (d > e.abs) e.abs = d, e.at_abs = x[i];
    if (fabs(r) >= rel_floor && d / fabs(r) > e.rel) e.rel = d / fabs(r), e.at_rel = x[i];
  }
  return e;
}

static double sig_ref(double x) { return 1.0 / (1.0 + exp(-x)); }
static double expm1_ref(double x) { return expm1(x); }
static double exp_ref(double x) { return exp(x); }
static double tanh_ref(double x) { return tanh(x); }

static void report(const char *name, err e) {
  fprintf(stderr, "%-8s max abs err %.3g (x = %.9g), max rel err %.3g (x = %.9g)\n", name, e.abs, e.at_abs, e.rel,
          e.at_rel);
}

static void test_sweeps(float *x, float *y, int cap) {
  int n = sweep_points(-87.0f, 88.7f, 997, x, cap);
  FM_LOOP(at__fast_exp, x, y, n);
  err e = errors(x, y, n, exp_ref, 0.0);
  report("exp", e);
  CHECK(e.rel < 2e-7);

  n = sweep_points(-87.0f, 0.0f, 997, x, cap);
  FM_LOOP(at__fast_expm1_neg, x, y, n);
  e = errors(x, y, n, expm1_ref, 0.0);
  report("expm1", e);
  CHECK(e.rel < 2e-7);

  n = sweep_points(-20.0f, 20.0f, 997, x, cap);
  FM_LOOP(at__fast_tanh, x, y, n);
  e = errors(x, y, n, tanh_ref, 0.0);
  report("tanh", e);
  CHECK(e.abs < 1e-7 && e.rel < 3e-7);

  n = sweep_points(-87.0f, 40.0f, 997, x, cap);
  FM_LOOP(at__fast_sigmoid, x, y, n);
  e = errors(x, y, n, sig_ref, FLT_MIN);
  report("sigmoid", e);
  CHECK(e.abs < 1.5e-7 && e.rel < 4e-7);
}

static int same_bits(float a, float b) { return memcmp(&a, &b, sizeof a) == 0; }

static void test_exp_special(void) {
  CHECK(at__fast_exp(0.0f) == 1.0f && at__fast_exp(-0.0f) == 1.0f);
  CHECK(at__fast_exp(INFINITY) == INFINITY && at__fast_exp(89.0f) == INFINITY && at__fast_exp(1e30f) == INFINITY);
  CHECK(at__fast_exp(88.7f) < INFINITY && at__fast_exp(88.7f) > 3e38f);
  CHECK(same_bits(at__fast_exp(-INFINITY), 0.0f) && same_bits(at__fast_exp(-104.0f), 0.0f));
  CHECK(same_bits(at__fast_exp(-1e30f), 0.0f));
  /* subnormal results: within one subnormal step of the true value */
  for (float x = -103.0f; x <= -87.5f; x += 0.25f)
    CHECK_MSG(fabs(at__fast_exp(x) - exp((double)x)) <= 1.5e-45 + 2e-7 * exp((double)x), "x = %g", x);
  CHECK(isnan(at__fast_exp(NAN)) && isnan(at__fast_exp(-NAN)));
  /* 2^k: exp(k ln 2) lands on the power of two within rounding */
  CHECK_NEAR(at__fast_exp(10.0f * 0.693147181f) / 1024.0, 1.0, 3e-7);
}

static void test_tanh_sigmoid_special(void) {
  CHECK(same_bits(at__fast_tanh(0.0f), 0.0f) && same_bits(at__fast_tanh(-0.0f), -0.0f));
  CHECK(at__fast_tanh(9.1f) == 1.0f && at__fast_tanh(-9.1f) == -1.0f);
  CHECK(at__fast_tanh(INFINITY) == 1.0f && at__fast_tanh(-INFINITY) == -1.0f && at__fast_tanh(1e30f) == 1.0f);
  CHECK(at__fast_tanh(1e-30f) == 1e-30f); /* tiny: tanh(x) == x, within an ulp */
  CHECK_NEAR(at__fast_tanh(-3e-8f) / -3e-8, 1.0, 2.4e-7);
  CHECK(at__fast_tanh(0.5f) < 1.0f && at__fast_tanh(0.5f) == -at__fast_tanh(-0.5f));
  CHECK(isnan(at__fast_tanh(NAN)) && isnan(at__fast_tanh(-NAN)));
  CHECK(at__fast_sigmoid(0.0f) == 0.5f && at__fast_sigmoid(-0.0f) == 0.5f);
  CHECK(at__fast_sigmoid(17.0f) == 1.0f && at__fast_sigmoid(INFINITY) == 1.0f && at__fast_sigmoid(1e30f) == 1.0f);
  CHECK(same_bits(at__fast_sigmoid(-INFINITY), 0.0f) && same_bits(at__fast_sigmoid(-200.0f), 0.0f));
  CHECK(at__fast_sigmoid(-80.0f) > 0.0f); /* small results keep relative precision */
  CHECK_NEAR(at__fast_sigmoid(-80.0f) / sig_ref(-80.0), 1.0, 1e-6);
  CHECK(isnan(at__fast_sigmoid(NAN)) && isnan(at__fast_sigmoid(-NAN)));
  CHECK(at__fast_expm1_neg(0.0f) == 0.0f && at__fast_expm1_neg(-1e-20f) == -1e-20f);
  CHECK(at__fast_expm1_neg(-100.0f) == -1.0f && at__fast_expm1_neg(-INFINITY) == -1.0f);
}

/* The vectorized loop and one scalar call give the same bits (no
 * contraction or lane-dependent paths). */
static void test_vector_equals_scalar(float *x, float *y, int n) {
  for (int i = 0; i < n; i++) x[i] = -30.0f + 60.0f * (float)i / (float)n;
  FM_LOOP(at__fast_tanh, x, y, n);
  int same = 1;
  for (int i = 0; i < n; i++) {
    volatile float xi = x[i];
    same &= same_bits(y[i], at__fast_tanh(xi));
  }
  CHECK(same);
}

int main(void) {
  enum { CAP = 3000000 };
  float *x = malloc(CAP * sizeof(float)), *y = malloc(CAP * sizeof(float));
  CHECK(x && y);
  if (!x || !y) return 1;
  test_sweeps(x, y, CAP);
  test_exp_special();
  test_tanh_sigmoid_special();
  test_vector_equals_scalar(x, y, 10007);
  free(x);
  free(y);
  CHECK_DONE();
}
