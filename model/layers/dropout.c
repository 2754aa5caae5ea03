/* Inverted dropout: kept units are scaled by 1/(1-p) at training time so
 * inference needs no rescaling. */
#include "model/layers/layers.h"
#include "core/omp.h"

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

/* The rows mode's value of an element, from its uniform. */
#define AT__DROP(u) ((u) < p ? 0.0f : keep)

/* A mask of n elements at the next site of rng's rows mode: 1 and the site in
 * *site when the per-sentence mode applies, else 0 after filling the mask from
 * the sequential stream (the site still advances, so later sites keep their
 * numbers). */
static int at__rows_site(at_rng *rng, float p, float *mask, size_t n, uint32_t *site) {
  if (!rng->rows || p <= 0.0f || p >= 1.0f) {
    if (rng->rows) rng->rows->site++;
    at_dropout_mask(rng, p, mask, n);
    return 0;
  }
  *site = rng->rows->site++;
  return 1;
}

void at_dropout_mask_tbd(at_rng *rng, float p, float *mask, int T, int B, int D) {
  size_t n = (size_t)T * B * D;
  uint32_t site;
  if (!at__rows_site(rng, p, mask, n, &site)) return;
  const at_rng_rows *R = rng->rows;
  float keep = 1.0f / (1.0f - p);
  AT__OMP(omp parallel for schedule(static) if (n >= 65536))
  for (int b = 0; b < B; b++) {
    uint64_t k = at_rng_row_key(R, site, b);
    for (int t = 0; t < T; t++) {
      float *m = mask + ((size_t)t * B + b) * D;
      uint64_t e0 = (uint64_t)t * D;
      AT__OMP(omp simd)
      for (int d = 0; d < D; d++) m[d] = AT__DROP(at_rng_hash_uniform(k, e0 + (uint64_t)d));
    }
  }
}

void at_dropout_mask_rows(at_rng *rng, float p, float *mask, int B, int D, uint32_t site, uint64_t elem0) {
  if (!rng->rows || p <= 0.0f || p >= 1.0f) {
    at_dropout_mask(rng, p, mask, (size_t)B * D);
    return;
  }
  float keep = 1.0f / (1.0f - p);
  for (int b = 0; b < B; b++) {
    uint64_t k = at_rng_row_key(rng->rows, site, b);
    float *m = mask + (size_t)b * D;
    AT__OMP(omp simd)
    for (int d = 0; d < D; d++) m[d] = AT__DROP(at_rng_hash_uniform(k, elem0 + (uint64_t)d));
  }
}

void at_dropout_mask_attn(at_rng *rng, float p, float *mask, int B, int H, int Tq, int Tk) {
  size_t n = (size_t)B * H * Tq * Tk;
  uint32_t site;
  if (!at__rows_site(rng, p, mask, n, &site)) return;
  const at_rng_rows *R = rng->rows;
  float keep = 1.0f / (1.0f - p);
  AT__OMP(omp parallel for schedule(static) if (n >= 65536))
  for (int b = 0; b < B; b++) {
    uint64_t k = at_rng_row_key(R, site, b);
    for (int h = 0; h < H; h++)
      for (int i = 0; i < Tq; i++) {
        float *m = mask + (((size_t)b * H + h) * Tq + i) * Tk;
        uint64_t e0 = ((uint64_t)h << 42) | ((uint64_t)i << 21);
        AT__OMP(omp simd)
        for (int j = 0; j < Tk; j++) m[j] = AT__DROP(at_rng_hash_uniform(k, e0 + (uint64_t)j));
      }
  }
}

/* y (n) = x (n) * mask (n); in place (y == x) allowed. Also the backward. */
void at_dropout_apply(const float *x, const float *mask, float *y, size_t n) {
  for (size_t i = 0; i < n; i++) y[i] = x[i] * mask[i];
}
