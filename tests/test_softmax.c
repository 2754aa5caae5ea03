/* core/softmax.c: softmax, log-softmax and masked softmax against the double
 * references, extreme values, exact zeros beyond the mask, rows summing to 1,
 * in-place use and a matrix large enough to take the threaded path. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "core/core.h"

static float max_abs_diff(const float *a, const float *b, size_t n) {
  float m = 0.0f;
  for (size_t i = 0; i < n; i++) {
    float d = fabsf(a[i] - b[i]);
    if (!(d <= m)) m = d; /* NaN counts as a failure */
  }
  return m;
}

static void fill(at_rng *rng, float *x, size_t n, float scale) {
  for (size_t i = 0; i < n; i++) x[i] = scale * (2.0f * at_rng_uniform(rng) - 1.0f);
}

static void test_vs_ref(int rows, int cols, float scale) {
  size_t n = (size_t)rows * cols;
  float *x = malloc(n * sizeof *x), *y = malloc(n * sizeof *y), *r = malloc(n * sizeof *r);
  at_rng rng;
  at_rng_seed(&rng, 7, (uint64_t)cols);
  fill(&rng, x, n, scale);
  at_softmax_rows(x, y, rows, cols);
  at_softmax_rows_ref(x, r, rows, cols);
  CHECK_MSG(max_abs_diff(y, r, n) < 1e-6f, "softmax %dx%d diff %g", rows, cols, max_abs_diff(y, r, n));
  for (int i = 0; i < rows; i++) {
    double s = 0;
    for (int j = 0; j < cols; j++) s += y[(size_t)i * cols + j];
    if (fabs(s - 1.0) > 1e-5) {
      CHECK_MSG(0, "row %d sums to %.8f", i, s);
      break;
    }
  }
  at_log_softmax_rows(x, y, rows, cols);
  at_log_softmax_rows_ref(x, r, rows, cols);
  CHECK_MSG(max_abs_diff(y, r, n) < 2e-5f * (1 + scale), "log-softmax %dx%d diff %g", rows, cols,
            max_abs_diff(y, r, n));
  /* in place */
  memcpy(y, x, n * sizeof *y);
  at_softmax_rows(y, y, rows, cols);
  at_softmax_rows_ref(x, r, rows, cols);
  CHECK(max_abs_diff(y, r, n) < 1e-6f);
  free(x);
  free(y);
  free(r);
}

static void test_extremes(void) {
  float x[2][4] = {{1000.0f, -1000.0f, 999.0f, 0.0f}, {-1000.0f, -1000.0f, -1001.0f, -1000.0f}};
  float y[2][4], r[2][4];
  at_softmax_rows(&x[0][0], &y[0][0], 2, 4);
  at_softmax_rows_ref(&x[0][0], &r[0][0], 2, 4);
  for (int i = 0; i < 8; i++) CHECK(isfinite((&y[0][0])[i]));
  CHECK(max_abs_diff(&y[0][0], &r[0][0], 8) < 1e-6f);
  CHECK_NEAR(y[0][0], 1.0 / (1.0 + exp(-1.0)), 1e-6);
  CHECK(y[0][1] == 0.0f);
  CHECK_NEAR(y[1][0], y[1][1], 0.0);
  at_log_softmax_rows(&x[0][0], &y[0][0], 2, 4);
  at_log_softmax_rows_ref(&x[0][0], &r[0][0], 2, 4);
  for (int i = 0; i < 8; i++) CHECK(isfinite((&y[0][0])[i]));
  CHECK(max_abs_diff(&y[0][0], &r[0][0], 8) < 1e-4f);
  CHECK_NEAR(y[0][1], -2000.0 - log1p(exp(-1.0)), 1e-3);
}

static void test_masked(void) {
  enum { R = 5, C = 7 };
  float x[R * C], y[R * C], r[C];
  int len[R] = {7, 1, 3, 0, 4};
  at_rng rng;
  at_rng_seed(&rng, 3, 3);
  fill(&rng, x, R * C, 5.0f);
  x[2 * C + 1] = 1000.0f; /* extreme inside the mask */
  x[4 * C + 5] = 1e30f;   /* huge beyond the mask must not matter */
  at_masked_softmax_rows(x, y, R, C, len);
  for (int i = 0; i < R; i++) {
    double s = 0;
    for (int j = 0; j < C; j++) {
      float v = y[i * C + j];
      if (j >= len[i]) CHECK_MSG(v == 0.0f, "row %d col %d = %g beyond len %d", i, j, v, len[i]);
      s += v;
    }
    if (len[i] > 0) CHECK_NEAR(s, 1.0, 1e-6);
    if (len[i] > 0) {
      at_softmax_rows_ref(x + i * C, r, 1, len[i]);
      CHECK(max_abs_diff(y + i * C, r, (size_t)len[i]) < 1e-6f);
    }
  }
  CHECK(y[1 * C + 0] == 1.0f);
  /* len NULL = all columns; in place */
  float z[R * C];
  memcpy(z, x, sizeof z);
  at_masked_softmax_rows(z, z, R, C, NULL);
  float ref[R * C];
  at_softmax_rows_ref(x, ref, R, C);
  CHECK(max_abs_diff(z, ref, R * C) < 1e-6f);
}

int main(void) {
  test_vs_ref(3, 5, 1.0f);
  test_vs_ref(17, 33, 30.0f);
  test_vs_ref(300, 1000, 10.0f); /* threaded path */
  test_extremes();
  test_masked();
  CHECK_DONE();
}
