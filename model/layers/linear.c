/* Linear layer y = act(x W^T + b) with the input given as one or two column
 * blocks: [x1 x2] (N, in1 + in2) is never built; W's columns for x2 start at
 * column in1 (row stride in_dim), so forward and backward are two GEMMs each. */
#include <stdio.h>
#include <string.h>

#include "core/omp.h"
#include "model/layers/layers.h"


at_status at_linear_declare(at_linear *L, at_params *P, const char *name, int in_dim, int out_dim, int has_bias,
                            at_activation act) {
  if (in_dim <= 0 || out_dim <= 0)
    return at_fail(AT_ERR_INVALID_ARG, "linear %s: bad sizes in %d out %d", name, in_dim, out_dim);
  memset(L, 0, sizeof *L); /* float32 products (L->q NULL) until a model goes int8 */
  L->in_dim = in_dim;
  L->out_dim = out_dim;
  L->has_bias = has_bias != 0;
  L->act = act;
  L->W = L->b = 0;
  char buf[96];
  snprintf(buf, sizeof buf, "%s/W", name);
  at_status s = at_params_add(P, buf, 2, out_dim, in_dim, &L->W);
  if (s != AT_OK || !has_bias) return s;
  snprintf(buf, sizeof buf, "%s/b", name);
  return at_params_add(P, buf, 1, out_dim, 1, &L->b);
}

void at_linear_forward(const at_linear *L, const float *params, const float *x1 /* (N, in1) */, int in1,
                       const float *x2 /* (N, in2) */, int N, float *y /* (N, out) */) {
  const int O = L->out_dim, D = L->in_dim, in2 = D - in1;
  AT_ASSERT(x2 ? (in1 > 0 && in2 > 0) : in1 == D);
  const float *W = params + L->W; /* (O, D) */
  float beta = 0.0f;
  if (L->has_bias) {
    const float *b = params + L->b; /* (O) */
    for (int i = 0; i < N; i++)
      for (int o = 0; o < O; o++) y[(size_t)i * O + o] = b[o];
    beta = 1.0f;
  }
  at_gemm_wt(L->q, N, O, in1, x1, in1, W, D, beta, y, O);
  if (x2) at_gemm_wt(L->q, N, O, in2, x2, in2, W + in1, D, 1.0f, y, O);
  if (L->act == AT_ACT_TANH) at_tanh(y, y, (size_t)N * O);
}

/* dy (N, O) *= 1 - y^2 */
static void at__tanh_backward(const float *y, float *dy, size_t n) {
  AT__OMP(omp simd)
  for (size_t k = 0; k < n; k++) dy[k] *= 1.0f - y[k] * y[k];
}

/* db (O) += column sums of dy (N, O), rows in order. */
static void at__bias_backward(const float *dy, int N, int O, float *db) {
  for (int i = 0; i < N; i++) {
    const float *r = dy + (size_t)i * O;
    AT__OMP(omp simd)
    for (int o = 0; o < O; o++) db[o] += r[o];
  }
}

void at_linear_backward(const at_linear *L, const float *params, float *grads, const float *x1, int in1,
                        const float *x2, int N, const float *y /* (N, O) */, float *dy /* (N, O) */,
                        float *dx1 /* (N, in1) */, float *dx2 /* (N, in2) */) {
  const int O = L->out_dim, D = L->in_dim, in2 = D - in1;
  AT_ASSERT(x2 ? (in1 > 0 && in2 > 0) : in1 == D);
  if (N <= 0) return;
  const float *W = params + L->W; /* (O, D) */
  float *dW = grads + L->W;       /* (O, D) */
  if (L->act == AT_ACT_TANH) at__tanh_backward(y, dy, (size_t)N * O);
  if (L->has_bias) at__bias_backward(dy, N, O, grads + L->b);
  at_gemm(1, 0, O, in1, N, 1.0f, dy, O, x1, in1, 1.0f, dW, D);
  if (x2) at_gemm(1, 0, O, in2, N, 1.0f, dy, O, x2, in2, 1.0f, dW + in1, D);
  if (dx1) at_gemm(0, 0, N, in1, O, 1.0f, dy, O, W, D, 1.0f, dx1, in1);
  if (x2 && dx2) at_gemm(0, 0, N, in2, O, 1.0f, dy, O, W + in1, D, 1.0f, dx2, in2);
}

at_status at_linear_declare_named(at_linear *L, at_params *P, const char *name, const char *w, const char *b,
                                  int in_dim, int out_dim) {
  char buf[128];
  memset(L, 0, sizeof(*L));
  L->in_dim = in_dim, L->out_dim = out_dim, L->has_bias = 1, L->act = AT_ACT_NONE;
  snprintf(buf, sizeof buf, "%s/%s", name, w);
  at_status s = at_params_add(P, buf, 2, out_dim, in_dim, &L->W);
  if (s != AT_OK) return s;
  snprintf(buf, sizeof buf, "%s/%s", name, b);
  return at_params_add(P, buf, 1, out_dim, 1, &L->b);
}

void at_linear_backward_plain(const at_linear *L, const float *params, float *grads, const float *x, int N,
                              const float *dy, float *dx) {
  const int O = L->out_dim, D = L->in_dim;
  AT_ASSERT(L->act == AT_ACT_NONE);
  if (N <= 0) return;
  if (L->has_bias) at__bias_backward(dy, N, O, grads + L->b);
  at_gemm(1, 0, O, D, N, 1.0f, dy, O, x, D, 1.0f, grads + L->W, D);
  if (dx) at_gemm(0, 0, N, D, O, 1.0f, dy, O, params + L->W, D, 1.0f, dx, D);
}
