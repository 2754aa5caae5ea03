/* int8 weights of a parameter layout (model.h, "int8 weights"): which
 * parameters are quantised, and the round trip float32 -> int8 + row scales
 * -> float32 that makes the float values of a quantised model its
 * dequantised ones. */
#include <string.h>

#include "core/qgemm.h"
#include "model/model.h"

int at_qparams_eligible(const at_param_info *pi) { return pi->ndim == 2 && pi->shape[1] >= AT_QUANT_MIN_COLS; }

void at_qparams_free(at_qparams *q) {
  if (!q) return;
  for (int i = 0; i < q->count; i++) {
    if (q->q) at_free(q->q[i]);
    if (q->scale) at_free(q->scale[i]);
  }
  at_free(q->q);
  at_free(q->scale);
  memset(q, 0, sizeof *q);
}

void at_qparams_dequantize(const at_qparams *q, at_params *p) {
  for (int i = 0; i < q->count && i < p->count; i++) {
    if (!q->q[i]) continue;
    const at_param_info *pi = &p->info[i];
    const int rows = pi->shape[0], cols = pi->shape[1];
    for (int r = 0; r < rows; r++) {
      const int8_t *qr = q->q[i] + (size_t)r * cols;
      float *w = p->data + pi->offset + (size_t)r * cols, s = q->scale[i][r];
      for (int k = 0; k < cols; k++) w[k] = s * (float)qr[k];
    }
  }
}

at_status at_qparams_quantize(at_params *p, at_qparams *out) {
  memset(out, 0, sizeof *out);
  if (!p->data) return at_fail(AT_ERR_INVALID_ARG, "quantize: parameters have no values");
  out->q = at_calloc((size_t)(p->count ? p->count : 1), sizeof *out->q);
  out->scale = at_calloc((size_t)(p->count ? p->count : 1), sizeof *out->scale);
  out->count = p->count;
  if (!out->q || !out->scale) return at_qparams_free(out), at_fail(AT_ERR_NOMEM, "quantize: tables");
  for (int i = 0; i < p->count; i++) {
    const at_param_info *pi = &p->info[i];
    if (!at_qparams_eligible(pi)) continue;
    out->q[i] = at_malloc(pi->size);
    out->scale[i] = at_malloc((size_t)pi->shape[0] * sizeof(float));
    if (!out->q[i] || !out->scale[i])
      return at_qparams_free(out), at_fail(AT_ERR_NOMEM, "quantize: parameter %s (%d x %d)", pi->name, pi->shape[0],
                                           pi->shape[1]);
    at_quantize_rows(p->data + pi->offset, pi->shape[0], pi->shape[1], out->q[i], out->scale[i]);
  }
  at_qparams_dequantize(out, p);
  return AT_OK;
}

size_t at_qparams_bytes(const at_qparams *q, const at_params *p) {
  size_t n = 0;
  for (int i = 0; i < q->count && i < p->count; i++)
    if (q->q[i]) n += p->info[i].size + (size_t)p->info[i].shape[0] * sizeof(float);
  return n;
}

at_status at_model_load_params(at_model *m, const char *path, int int8, int *is_int8) {
  at_qparams q;
  at_params *P = at_model_params(m);
  if (is_int8) *is_int8 = 0;
  at_status s = at_checkpoint_load_params_q(path, P, &q);
  if (s != AT_OK) return s;
  if (!q.count && int8) s = at_qparams_quantize(P, &q);
  if (s == AT_OK && q.count) {
    s = at_model_use_int8(m, &q); /* a matrix the file keeps in float32 multiplies in float32 */
    if (s == AT_OK && is_int8) *is_int8 = 1;
  }
  at_qparams_free(&q);
  return s;
}
