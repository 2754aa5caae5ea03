/* The int8 weights of decoding: packed matrices looked up by their address
 * in the float layout (layers.h, "int8 weights of decoding"). */
#include <string.h>

#include "core/qgemm.h"
#include "model/layers/layers.h"

static int at__param_at(const at_params *P, size_t off) {
  for (int i = 0; i < P->count; i++)
    if (P->info[i].offset == off) return i;
  return -1;
}

/* Packs rows ids[0..n) (NULL: all) and columns [k0, k0 + K) of parameter i
 * of P from q into *out (allocated). */
static at_status at__pack(const at_params *P, const at_qparams *q, int i, const int *ids, int n, int k0, int K,
                          at_qpacked **out) {
  const at_param_info *pi = &P->info[i];
  at_qpacked *p = at_calloc(1, sizeof *p);
  if (!p) return at_fail(AT_ERR_NOMEM, "int8 weights of %s", pi->name);
  at_status s = at_qpack(q->q[i], q->scale[i], pi->shape[1], ids, ids ? n : pi->shape[0], k0, K, p);
  if (s != AT_OK) return at_free(p), at_fail_context(s, "int8 weights of %s", pi->name);
  *out = p;
  return AT_OK;
}

at_status at_qmap_add(at_qmap *m, const at_params *P, const at_qparams *q, size_t off, int k0, int K) {
  const int i = at__param_at(P, off);
  if (i < 0) return at_fail(AT_ERR_INTERNAL, "int8: no parameter at offset %zu", off);
  if (i >= q->count || !q->q[i]) return AT_OK;
  const at_param_info *pi = &P->info[i];
  if (k0 < 0 || K < 1 || k0 + K > pi->shape[1])
    return at_fail(AT_ERR_INTERNAL, "int8: columns %d..%d of %s (%d columns)", k0, k0 + K, pi->name, pi->shape[1]);
  if (at_qmap_find(m, P->data + off + k0, K)) return AT_OK;
  if (m->n == m->cap) {
    int cap = m->cap ? 2 * m->cap : 16;
    at_qmap_entry *e = at_realloc(m->e, (size_t)cap * sizeof *e);
    if (!e) return at_fail(AT_ERR_NOMEM, "int8 weight map");
    m->e = e, m->cap = cap;
  }
  at_qpacked *p = NULL;
  at_status s = at__pack(P, q, i, NULL, 0, k0, K, &p);
  if (s != AT_OK) return s;
  m->e[m->n++] = (at_qmap_entry){P->data + off + k0, K, p};
  return AT_OK;
}

const at_qpacked *at_qmap_find(const at_qmap *m, const float *w, int K) {
  for (int i = 0; m && i < m->n; i++)
    if (m->e[i].w == w && m->e[i].K == K) return m->e[i].p;
  return NULL;
}

void at_qmap_free(at_qmap *m) {
  if (!m) return;
  for (int i = 0; i < m->n; i++) {
    at_qpacked_free(m->e[i].p);
    at_free(m->e[i].p);
  }
  at_free(m->e);
  memset(m, 0, sizeof *m);
}

void at_gemm_wt_packed(const at_qpacked *W, int N, const float *x, int ldx, float beta, float *y, int ldy) {
  if (N <= 0) return;
  /* The one allocation of the int8 path (layers have no arena here): the
   * quantised rows of x. Should it fail, rows go one at a time through a
   * buffer on the stack. */
  void *scratch = at_aligned_alloc(64, (at_qgemm_scratch_bytes(N, W->K) + 63) / 64 * 64);
  if (scratch) {
    at_qgemm(N, x, ldx, W, beta, y, ldy, scratch);
    at_free(scratch);
    return;
  }
  _Alignas(64) unsigned char row[16384];
  AT_ASSERT(at_qgemm_scratch_bytes(1, W->K) <= sizeof row);
  for (int i = 0; i < N; i++) at_qgemm(1, x + (size_t)i * ldx, ldx, W, beta, y + (size_t)i * ldy, ldy, row);
}

void at_gemm_wt(const at_qmap *m, int N, int O, int K, const float *x, int ldx, const float *W, int ldw, float beta,
                float *y, int ldy) {
  const at_qpacked *p = at_qmap_find(m, W, K);
  if (p) {
    AT_ASSERT(p->N == O);
    at_gemm_wt_packed(p, N, x, ldx, beta, y, ldy);
  } else
    at_gemm(0, 1, N, O, K, 1.0f, x, ldx, W, ldw, beta, y, ldy);
}
