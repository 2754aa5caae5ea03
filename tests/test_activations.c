/* sigmoid / tanh against double-precision libm over [-30, 30] and beyond,
 * in-place use, and a large (threaded) array. */
#include <math.h>
#include <stdlib.h>

#include "check.h"
#include "core/core.h"

static double sig_ref(double x) { return 1.0 / (1.0 + exp(-x)); }

int main(void) {
  enum { N = 200001 };
  float *x = malloc(N * sizeof(float)), *y = malloc(N * sizeof(float)), *z = malloc(N * sizeof(float));
  for (int i = 0; i < N; i++) x[i] = -30.0f + 60.0f * (float)i / (N - 1);
  x[0] = -100.0f; x[1] = 100.0f; x[2] = -1e-7f; x[3] = 0.0f; x[4] = 89.0f; x[5] = -89.0f;
  at_sigmoid(x, y, N);
  at_tanh(x, z, N);
  double es = 0, et = 0, rs = 0;
  for (int i = 0; i < N; i++) {
    double s = sig_ref(x[i]), t = tanh((double)x[i]);
    es = fmax(es, fabs(y[i] - s));
    et = fmax(et, fabs(z[i] - t));
    if (s > 1e-30) rs = fmax(rs, fabs(y[i] - s) / s); /* relative: small sigmoids stay accurate */
  }
  fprintf(stderr, "sigmoid max abs err %.3g, max rel err %.3g; tanh max abs err %.3g\n", es, rs, et);
  CHECK(es < 1e-6 && et < 1e-6 && rs < 1e-5);
  CHECK(y[1] == 1.0f && y[0] >= 0.0f && z[0] == -1.0f && z[1] == 1.0f && y[3] == 0.5f && z[3] == 0.0f);
  /* in place, small n (serial path) */
  float a[5] = {-2, -0.5f, 0, 0.5f, 2}, b[5] = {-2, -0.5f, 0, 0.5f, 2};
  at_sigmoid(a, a, 5);
  at_tanh(b, b, 5);
  for (int i = 0; i < 5; i++) {
    double v = -2 + (i == 1 ? 1.5 : i == 2 ? 2 : i == 3 ? 2.5 : i == 4 ? 4 : 0);
    CHECK_NEAR(a[i], sig_ref(v), 1e-7);
    CHECK_NEAR(b[i], tanh(v), 1e-7);
  }
  free(x); free(y); free(z);
  CHECK_DONE();
}
