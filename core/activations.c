/* Element-wise activations over float arrays, with the branch-free fp32
 * functions of core/fastmath.h (relative error < 2e-7, exact saturation, no
 * overflow for large |x|, small sigmoids relative-accurate) in omp simd
 * loops; large arrays are split across OpenMP threads (results do not depend
 * on the split: each element is computed on its own). */
#include "core/core.h"
#include "core/fastmath.h"

#include "core/omp.h"

/* y (n) = sigmoid(x (n)); y == x allowed. */
void at_sigmoid(const float *x, float *y, size_t n) {
  long nn = (long)n;
  AT__OMP(omp parallel for simd schedule(static) if (nn >= 32768))
  for (long i = 0; i < nn; i++) y[i] = at__fast_sigmoid(x[i]);
}

/* y (n) = tanh(x (n)); y == x allowed. */
void at_tanh(const float *x, float *y, size_t n) {
  long nn = (long)n;
  AT__OMP(omp parallel for simd schedule(static) if (nn >= 32768))
  for (long i = 0; i < nn; i++) y[i] = at__fast_tanh(x[i]);
}
