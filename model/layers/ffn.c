/* Position-wise feed-forward block: two linear layers around ReLU or GELU
 * (exact: x Phi(x), Phi the normal CDF through erf, as torch's "gelu"). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/omp.h"
#include "model/layers/layers.h"

at_status at_ffn_declare(at_ffn *L, at_params *P, const char *name, int dim, int ff_dim, at_ff_activation act) {
  L->dim = dim, L->ff_dim = ff_dim, L->act = act;
  at_status s = at_linear_declare_named(&L->l1, P, name, "W_1", "b_1", dim, ff_dim);
  return s == AT_OK ? at_linear_declare_named(&L->l2, P, name, "W_2", "b_2", ff_dim, dim) : s;
}

static float at__gelu(float x) { return 0.5f * x * (1.0f + erff(x * 0.70710678118654752f)); }
static float at__gelu_grad(float x) {
  float cdf = 0.5f * (1.0f + erff(x * 0.70710678118654752f));
  return cdf + x * 0.39894228040143268f * expf(-0.5f * x * x);
}

void at_ffn_forward(const at_ffn *L, const float *params, const float *x, int N, float *pre, float *hid,
                    const float *mask, float *y) {
  size_t n = (size_t)N * L->ff_dim;
  at_linear_forward(&L->l1, params, x, L->dim, NULL, N, pre);
  if (L->act == AT_FF_GELU) {
    AT__OMP(omp parallel for schedule(static) if (n >= 65536))
    for (size_t k = 0; k < n; k++) hid[k] = at__gelu(pre[k]);
  } else {
    for (size_t k = 0; k < n; k++) hid[k] = pre[k] > 0 ? pre[k] : 0.0f;
  }
  if (mask) at_dropout_apply(hid, mask, hid, n);
  at_linear_forward(&L->l2, params, hid, L->ff_dim, NULL, N, y);
}

void at_ffn_backward(const at_ffn *L, const float *params, float *grads, const float *x, int N, const float *pre,
                     const float *hid, const float *mask, const float *dy, float *dx, float *scratch) {
  size_t n = (size_t)N * L->ff_dim;
  memset(scratch, 0, n * sizeof(float));
  at_linear_backward_plain(&L->l2, params, grads, hid, N, dy, scratch);
  if (mask) at_dropout_apply(scratch, mask, scratch, n);
  if (L->act == AT_FF_GELU) {
    AT__OMP(omp parallel for schedule(static) if (n >= 65536))
    for (size_t k = 0; k < n; k++) scratch[k] *= at__gelu_grad(pre[k]);
  } else {
    for (size_t k = 0; k < n; k++) scratch[k] = pre[k] > 0 ? scratch[k] : 0.0f;
  }
  at_linear_backward_plain(&L->l1, params, grads, x, N, scratch, dx);
}
