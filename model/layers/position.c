/* Position encodings added to time-major embeddings: sinusoidal (computed in
 * double, no table) or a learned table. */
#include <math.h>
#include <stdio.h>

#include "model/layers/layers.h"

at_status at_positions_declare(at_positions *L, at_params *P, const char *name, at_position_type type, int dim,
                               int max_len) {
  L->type = type, L->dim = dim, L->max_len = max_len, L->W = 0;
  if (type != AT_POS_LEARNED) return AT_OK;
  return at_params_add(P, name, 2, max_len, dim, &L->W);
}

/* PE[p, j]: sin for even j, cos for odd, frequency 10000^(-2 floor(j/2) / D). */
static float at__sinusoid(int p, int j, int D) {
  double freq = exp(-log(10000.0) * (double)(j - (j & 1)) / D);
  return (float)((j & 1) ? cos(p * freq) : sin(p * freq));
}

at_status at_positions_add(const at_positions *L, const float *params, float *x, int t0, int T, int B) {
  const int D = L->dim;
  if (L->type == AT_POS_LEARNED && t0 + T > L->max_len)
    return at_fail(AT_ERR_INVALID_ARG, "position %d is beyond the learned position table (max_positions %d)",
                   t0 + T - 1, L->max_len);
  for (int t = 0; t < T; t++) {
    float pe[4096], *row = pe;
    const float *tab = L->type == AT_POS_LEARNED ? params + L->W + (size_t)(t0 + t) * D : NULL;
    if (!tab && D <= 4096) {
      for (int j = 0; j < D; j++) pe[j] = at__sinusoid(t0 + t, j, D);
      tab = row;
    }
    for (int b = 0; b < B; b++) {
      float *xr = x + ((size_t)t * B + b) * D;
      if (tab)
        for (int j = 0; j < D; j++) xr[j] += tab[j];
      else
        for (int j = 0; j < D; j++) xr[j] += at__sinusoid(t0 + t, j, D);
    }
  }
  return AT_OK;
}

void at_positions_backward(const at_positions *L, float *grads, const float *dx, int t0, int T, int B) {
  if (L->type != AT_POS_LEARNED) return;
  const int D = L->dim;
  for (int t = 0; t < T; t++) {
    float *g = grads + L->W + (size_t)(t0 + t) * D;
    for (int b = 0; b < B; b++) {
      const float *d = dx + ((size_t)t * B + b) * D;
      for (int j = 0; j < D; j++) g[j] += d[j];
    }
  }
}
