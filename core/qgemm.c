/* int8 products, portable C only (core/qgemm.h); the run-time dispatched vector kernels replace this file. */
#include "core/qgemm.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void at_quantize_rows(const float *W, int rows, int cols, int8_t *q, float *scale) {
  for (int r = 0; r < rows; r++) {
    const float *w = W + (size_t)r * cols;
    float m = 0.0f;
    for (int k = 0; k < cols; k++) m = fabsf(w[k]) > m ? fabsf(w[k]) : m;
    float s = m / 127.0f;
    scale[r] = s;
    for (int k = 0; k < cols; k++) {
      float v = s > 0 ? nearbyintf(w[k] / s) : 0.0f;
      v = v > 127 ? 127 : v < -127 ? -127 : v;
      q[(size_t)r * cols + k] = (int8_t)v;
    }
  }
}

at_status at_qpack(const int8_t *q, const float *scale, int ld, const int *ids, int N, int k0, int K,
                   at_qpacked *out) {
  memset(out, 0, sizeof *out);
  out->N = out->Np = N;
  out->K = out->Kp = K;
  out->data = at_malloc((size_t)N * K);
  out->scale = at_malloc((size_t)N * sizeof(float));
  out->wsum = at_malloc((size_t)N * sizeof(int32_t));
  if (!out->data || !out->scale || !out->wsum) return at_qpacked_free(out), at_fail(AT_ERR_NOMEM, "qpack");
  for (int j = 0; j < N; j++) {
    int r = ids ? ids[j] : j;
    memcpy(out->data + (size_t)j * K, q + (size_t)r * ld + k0, (size_t)K);
    out->scale[j] = scale[r];
  }
  return AT_OK;
}

void at_qpacked_free(at_qpacked *p) {
  if (!p) return;
  at_free(p->data);
  at_free(p->scale);
  at_free(p->wsum);
  memset(p, 0, sizeof *p);
}

size_t at_qgemm_scratch_bytes(int M, int K) { return (size_t)M * K + (size_t)M * 4 + 64; }

void at_qgemm(int M, const float *A, int lda, const at_qpacked *W, float beta, float *C, int ldc, void *scratch) {
  const int K = W->K, N = W->N;
  int8_t *qa = at_malloc((size_t)M * K);
  float *sa = at_malloc((size_t)M * sizeof(float));
  (void)scratch;
  for (int i = 0; i < M; i++) at_quantize_rows(A + (size_t)i * lda, 1, K, qa + (size_t)i * K, sa + i);
  for (int i = 0; i < M; i++)
    for (int j = 0; j < N; j++) {
      int32_t acc = 0;
      for (int k = 0; k < K; k++) acc += (int32_t)qa[(size_t)i * K + k] * W->data[(size_t)j * K + k];
      float v = sa[i] * W->scale[j] * (float)acc;
      C[(size_t)i * ldc + j] = beta == 0.0f ? v : C[(size_t)i * ldc + j] + v;
    }
  at_free(qa);
  at_free(sa);
}

const char *at_qgemm_isa(void) { return "scalar"; }
