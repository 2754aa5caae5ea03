/* Inverted dropout: kept units are scaled by 1/(1-p) at training time so
 * inference needs no rescaling. */
#include "model/layers/layers.h"

/* mask (n) entries: 0 with probability p, else 1/(1-p). p <= 0 gives all
 * ones (and draws nothing from rng), p >= 1 all zeros. */
void at_dropout_mask(at_rng *rng, float p, float *mask, size_t n) {
  if (p <= 0.0f || p >= 1.0f) {
    float v = p <= 0.0f ? 1.0f : 0.0f;
    for (size_t i = 0; i < n; i++) mask[i] = v;
    return;
  }
  float keep = 1.0f / (1.0f - p);
  for (size_t i = 0; i < n; i++) mask[i] = at_rng_uniform(rng) < p ? 0.0f : keep;
}

/* y (n) = x (n) * mask (n); in place (y == x) allowed. Also the backward. */
void at_dropout_apply(const float *x, const float *mask, float *y, size_t n) {
  for (size_t i = 0; i < n; i++) y[i] = x[i] * mask[i];
}
