/* Layer normalisation over the last dimension (torch.nn.LayerNorm, eps 1e-5):
 * statistics in double per row, so the result does not depend on how rows
 * are split across threads. */
#include <math.h>
#include <stdio.h>

#include "core/omp.h"
#include "model/layers/layers.h"

at_status at_layernorm_declare(at_layernorm *L, at_params *P, const char *name, int dim) {
  char buf[128];
  L->dim = dim;
  L->eps = 1e-5f;
  snprintf(buf, sizeof buf, "%s/g", name);
  at_status s = at_params_add(P, buf, 1, dim, 1, &L->g);
  if (s != AT_OK) return s;
  snprintf(buf, sizeof buf, "%s/b", name);
  return at_params_add(P, buf, 1, dim, 1, &L->b);
}

void at_layernorm_forward(const at_layernorm *L, const float *params, const float *x, int N, float *y, float *stats) {
  const int D = L->dim;
  const float *g = params + L->g, *b = params + L->b;
  AT__OMP(omp parallel for schedule(static) if (N * D >= 32768))
  for (int i = 0; i < N; i++) {
    const float *xr = x + (size_t)i * D;
    float *yr = y + (size_t)i * D;
    double s = 0, ss = 0;
    for (int j = 0; j < D; j++) s += xr[j];
    double mean = s / D;
    for (int j = 0; j < D; j++) {
      double c = xr[j] - mean;
      ss += c * c;
    }
    float mu = (float)mean, rstd = (float)(1.0 / sqrt(ss / D + (double)L->eps));
    for (int j = 0; j < D; j++) yr[j] = g[j] * ((xr[j] - mu) * rstd) + b[j];
    if (stats) stats[2 * (size_t)i] = mu, stats[2 * (size_t)i + 1] = rstd;
  }
}

/* xhat = (x - mu) rstd; dxhat = dy g;
 * dx = rstd (dxhat - mean(dxhat) - xhat mean(dxhat xhat)). */
void at_layernorm_backward(const at_layernorm *L, const float *params, float *grads, const float *x, int N,
                           const float *stats, const float *dy, float *dx) {
  const int D = L->dim;
  const float *g = params + L->g;
  float *dg = grads + L->g, *db = grads + L->b;
  for (int i = 0; i < N; i++) { /* parameter gradients: rows in order */
    const float *xr = x + (size_t)i * D, *dr = dy + (size_t)i * D;
    float mu = stats[2 * (size_t)i], rstd = stats[2 * (size_t)i + 1];
    for (int j = 0; j < D; j++) {
      dg[j] += dr[j] * ((xr[j] - mu) * rstd);
      db[j] += dr[j];
    }
  }
  AT__OMP(omp parallel for schedule(static) if (N * D >= 32768))
  for (int i = 0; i < N; i++) {
    const float *xr = x + (size_t)i * D, *dr = dy + (size_t)i * D;
    float *dxr = dx + (size_t)i * D;
    float mu = stats[2 * (size_t)i], rstd = stats[2 * (size_t)i + 1];
    double a = 0, c = 0;
    for (int j = 0; j < D; j++) {
      double dh = (double)dr[j] * g[j], xh = (double)(xr[j] - mu) * rstd;
      a += dh;
      c += dh * xh;
    }
    float ma = (float)(a / D), mc = (float)(c / D);
    for (int j = 0; j < D; j++) {
      float xh = (xr[j] - mu) * rstd;
      dxr[j] += rstd * (dr[j] * g[j] - ma - xh * mc);
    }
  }
}
