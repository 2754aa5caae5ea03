/* Row-wise softmax kernels: plain, log and masked (first len[r] columns).
 * All are numerically stable (the row maximum is subtracted before exp) and
 * parallel over rows with OpenMP when the matrix is large; the inner loops are
 * simple enough to vectorize (max and sum reductions are marked omp simd;
 * exp is core/fastmath.h's, which vectorizes where libm's expf does not). */
#include <math.h>
#include <string.h>

#include "core/core.h"
#include "core/fastmath.h"
#include "core/omp.h"


/* Below this many elements the threads cost more than they save. */
#define AT__SOFTMAX_PAR_MIN 32768

static inline float at__row_max(const float *x, int n) {
  float m = -INFINITY;
  AT__OMP(omp simd reduction(max : m))
  for (int j = 0; j < n; j++) m = x[j] > m ? x[j] : m;
  return m;
}

/* y[j] = exp(x[j] - m); returns the sum (float accumulation, 4-8 lanes). */
static inline float at__row_exp_sum(const float *x, float *y, int n, float m) {
  float s = 0.0f;
  AT__OMP(omp simd reduction(+ : s))
  for (int j = 0; j < n; j++) {
    float e = at__fast_exp(x[j] - m);
    y[j] = e;
    s += e;
  }
  return s;
}

static inline void at__row_scale(float *y, int n, float c) {
  AT__OMP(omp simd)
  for (int j = 0; j < n; j++) y[j] *= c;
}

/* Softmax of x[0..n) into y[0..n); n == 0 writes nothing. */
static void at__softmax_row(const float *x, float *y, int n) {
  if (n <= 0) return;
  float m = at__row_max(x, n);
  float s = at__row_exp_sum(x, y, n, m);
  at__row_scale(y, n, 1.0f / s);
}

AT__SIMD_CLONES static void at__log_softmax_row(const float *x, float *y, int n) {
  if (n <= 0) return;
  float m = at__row_max(x, n);
  float s = 0.0f;
  AT__OMP(omp simd reduction(+ : s))
  for (int j = 0; j < n; j++) s += at__fast_exp(x[j] - m);
  float lse = m + logf(s);
  AT__OMP(omp simd)
  for (int j = 0; j < n; j++) y[j] = x[j] - lse;
}

void at_softmax_rows(const float *X, float *Y, int rows, int cols) {
  size_t work = (size_t)rows * (size_t)cols;
  (void)work;
  AT__OMP(omp parallel for schedule(static) if (work >= AT__SOFTMAX_PAR_MIN))
  for (int r = 0; r < rows; r++) at__softmax_row(X + (size_t)r * cols, Y + (size_t)r * cols, cols);
}

void at_log_softmax_rows(const float *X, float *Y, int rows, int cols) {
  size_t work = (size_t)rows * (size_t)cols;
  (void)work;
  AT__OMP(omp parallel for schedule(static) if (work >= AT__SOFTMAX_PAR_MIN))
  for (int r = 0; r < rows; r++) at__log_softmax_row(X + (size_t)r * cols, Y + (size_t)r * cols, cols);
}

void at_masked_softmax_rows(const float *X, float *Y, int rows, int cols, const int *len) {
  size_t work = (size_t)rows * (size_t)cols;
  (void)work;
  AT__OMP(omp parallel for schedule(static) if (work >= AT__SOFTMAX_PAR_MIN))
  for (int r = 0; r < rows; r++) {
    int n = len ? len[r] : cols;
    if (n < 0) n = 0;
    if (n > cols) n = cols;
    const float *x = X + (size_t)r * cols;
    float *y = Y + (size_t)r * cols;
    at__softmax_row(x, y, n);
    if (n < cols) memset(y + n, 0, (size_t)(cols - n) * sizeof(float));
  }
}

/* ---- scalar references in double, for tests ---- */
void at_softmax_rows_ref(const float *X, float *Y, int rows, int cols) {
  for (int r = 0; r < rows; r++) {
    const float *x = X + (size_t)r * cols;
    float *y = Y + (size_t)r * cols;
    double m = -INFINITY, s = 0.0;
    for (int j = 0; j < cols; j++)
      if (x[j] > m) m = x[j];
    for (int j = 0; j < cols; j++) s += exp((double)x[j] - m);
    for (int j = 0; j < cols; j++) y[j] = (float)(exp((double)x[j] - m) / s);
  }
}

void at_log_softmax_rows_ref(const float *X, float *Y, int rows, int cols) {
  for (int r = 0; r < rows; r++) {
    const float *x = X + (size_t)r * cols;
    float *y = Y + (size_t)r * cols;
    double m = -INFINITY, s = 0.0;
    for (int j = 0; j < cols; j++)
      if (x[j] > m) m = x[j];
    for (int j = 0; j < cols; j++) s += exp((double)x[j] - m);
    double lse = m + log(s);
    for (int j = 0; j < cols; j++) y[j] = (float)((double)x[j] - lse);
  }
}
