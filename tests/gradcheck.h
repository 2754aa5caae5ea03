/* Finite-difference gradient checking for layer and model tests.
 *
 * The loss is computed in fp32 by the code under test, so the check uses
 * central differences with a step of about 1e-2 relative to float precision
 * and a mixed tolerance |fd - an| <= atol + rtol * max(|fd|, |an|). A random
 * projection loss L = sum_i r_i * y_i (see gc_dot) makes every output matter. */
#ifndef ATTEND_TESTS_GRADCHECK_H
#define ATTEND_TESTS_GRADCHECK_H

#include <math.h>
#include <stdio.h>

#include "core/core.h"

typedef double (*gc_loss_fn)(void *ctx);

typedef struct gc_result {
  int checked, failed;
  double max_abs, max_rel; /* largest differences seen */
} gc_result;

/* Sum of a[i] * b[i] in double. */
static inline double gc_dot(const float *a, const float *b, size_t n) {
  double s = 0;
  for (size_t i = 0; i < n; i++) s += (double)a[i] * b[i];
  return s;
}

/* Checks grad[i] against (f(x + h) - f(x - h)) / 2h for up to max_checks
 * coordinates of x (all when n <= max_checks, else a seeded random subset).
 * Prints each failure with `what` and the coordinate. */
static inline gc_result gc_check(const char *what, gc_loss_fn f, void *ctx, float *x, const float *grad, size_t n,
                                 int max_checks, float h, double atol, double rtol) {
  gc_result r = {0, 0, 0, 0};
  at_rng rng;
  at_rng_seed(&rng, 12345, n);
  for (int k = 0; k < max_checks && (size_t)k < n; k++) {
    size_t i = n <= (size_t)max_checks ? (size_t)k : at_rng_below(&rng, (uint32_t)n);
    float old = x[i];
    x[i] = old + h;
    double lp = f(ctx);
    x[i] = old - h;
    double lm = f(ctx);
    x[i] = old;
    double fd = (lp - lm) / (2.0 * h), an = grad[i];
    double diff = fabs(fd - an), scale = fmax(fabs(fd), fabs(an));
    r.checked++;
    if (diff > r.max_abs) r.max_abs = diff;
    if (scale > 0 && diff / scale > r.max_rel && diff > atol) r.max_rel = diff / scale;
    if (diff > atol + rtol * scale) {
      if (r.failed < 5) fprintf(stderr, "  gradcheck %s[%zu]: finite diff %.6g, analytic %.6g\n", what, i, fd, an);
      r.failed++;
    }
  }
  return r;
}

#endif
