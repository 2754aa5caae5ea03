/* Multi-head scaled dot-product attention over whole sequences (training,
 * Transformer layers) and one query per hypothesis (decoding).
 *
 * Time-major layout lets every head of every sentence be a strided GEMM
 * without copies: sentence b's rows of a (T, B, W) buffer start at b*W and
 * step B*W floats, head h's columns start at h*d. The B*H (sentence, head)
 * pairs run in parallel; each writes its own rows and columns, so the
 * result does not depend on the thread count. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/omp.h"
#include "model/layers/layers.h"

static size_t at__f(size_t n) { return at_arena_round(n * sizeof(float)); }

/* Multiply-adds below which the (sentence, head) loop stays on one thread:
 * a parallel region costs more than tiny heads, and far more on a busy
 * machine where a worker may wait a whole time slice to be scheduled. */
#define AT__PAR_WORK 262144.0

at_status at_mha_declare(at_mha *L, at_params *P, const char *name, int dim, int kv_dim, int heads, int self) {
  memset(L, 0, sizeof(*L));
  if (heads < 1 || dim % heads || (self && kv_dim != dim))
    return at_fail(AT_ERR_INVALID_ARG, "attention %s: %d heads for width %d (keys %d)", name, heads, dim, kv_dim);
  L->dim = dim, L->kv_dim = kv_dim, L->heads = heads, L->head_dim = dim / heads, L->self = self;
  at_status s = self ? at_linear_declare_named(&L->qkv, P, name, "W_qkv", "b_qkv", dim, 3 * dim)
                     : at_linear_declare_named(&L->q, P, name, "W_q", "b_q", dim, dim);
  if (s == AT_OK && !self) s = at_linear_declare_named(&L->kv, P, name, "W_kv", "b_kv", kv_dim, 2 * dim);
  if (s == AT_OK) s = at_linear_declare_named(&L->o, P, name, "W_o", "b_o", dim, dim);
  return s;
}

void at_mha_project_kv(const at_mha *L, const float *params, const float *xkv, int Tk, int B, float *kvp) {
  at_linear_forward(&L->kv, params, xkv, L->kv_dim, NULL, Tk * B, kvp);
}

void at_mha_project_kv_backward(const at_mha *L, const float *params, float *grads, const float *xkv, int Tk,
                                int B, const float *dkvp, float *dxkv) {
  at_linear_backward_plain(&L->kv, params, grads, xkv, Tk * B, dkvp, dxkv);
}

/* Where queries, keys and values live: base pointers and row widths. */
typedef struct at__qkv {
  const float *q, *k, *v;
  int ldq, ldk;
} at__qkv;

static at__qkv at__views(const at_mha *L, const float *qp, const float *kvp) {
  const int D = L->dim;
  at__qkv r;
  if (L->self)
    r.q = qp, r.k = qp + D, r.v = qp + 2 * D, r.ldq = r.ldk = 3 * D;
  else
    r.q = qp, r.k = kvp, r.v = kvp + D, r.ldq = D, r.ldk = 2 * D;
  return r;
}

/* Keys row i of sentence b may see: [0, limit). */
static int at__limit(const at_mha_cache *C, int b, int i) {
  int n = C->kv_len ? C->kv_len[b] : C->Tk;
  if (C->causal && i + 1 < n) n = i + 1;
  return n;
}

size_t at_mha_forward_bytes(const at_mha *L, int Tq, int Tk, int B, int dropout) {
  size_t nq = (size_t)Tq * B, att = (size_t)B * L->heads * Tq * Tk;
  return at__f(nq * (L->self ? 3 : 1) * L->dim) + (1 + 2 * (dropout != 0)) * at__f(att) + at__f(nq * L->dim) +
         at_arena_round(nq * sizeof(int));
}

size_t at_mha_backward_bytes(const at_mha *L, int Tq, int Tk, int B) {
  size_t nq = (size_t)Tq * B, att = (size_t)B * L->heads * Tq * Tk;
  return at__f(nq * L->dim) + at__f(att) + at__f(nq * (L->self ? 3 : 1) * L->dim);
}

at_status at_mha_forward(const at_mha *L, const float *params, const float *xq, int Tq, const float *kvp, int Tk,
                         int B, const int *kv_len, int causal, float p, at_rng *rng, at_mha_cache *C, float *y,
                         at_arena *a) {
  const int D = L->dim, H = L->heads, d = L->head_dim;
  size_t nq = (size_t)Tq * B, TT = (size_t)Tq * Tk, att = (size_t)B * H * TT;
  memset(C, 0, sizeof(*C));
  if (L->self && Tk != Tq) return at_fail(AT_ERR_SHAPE, "self-attention over %d keys for %d queries", Tk, Tq);
  if (causal && Tk != Tq) return at_fail(AT_ERR_SHAPE, "causal attention over %d keys for %d queries", Tk, Tq);
  C->Tq = Tq, C->Tk = Tk, C->B = B, C->causal = causal, C->kv_len = kv_len, C->xq = xq, C->kvp = kvp;
  C->qp = at_arena_floats(a, nq * (L->self ? 3 : 1) * D);
  C->att = at_arena_floats(a, att);
  C->ctx = at_arena_floats(a, nq * D);
  if (!C->qp || !C->att || !C->ctx) return at_fail(AT_ERR_NOMEM, "attention (%d x %d x %d)", Tq, Tk, B);
  if (rng && p > 0) {
    C->mask = at_arena_floats(a, att);
    C->dropped = at_arena_floats(a, att);
    if (!C->mask || !C->dropped) return at_fail(AT_ERR_NOMEM, "attention dropout (%zu)", att);
    at_dropout_mask_attn(rng, p, C->mask, B, H, Tq, Tk);
  }
  int *limit = at_arena_alloc(a, nq * sizeof(int)); /* (B, Tq): the keys each query row sees */
  if (!limit) return at_fail(AT_ERR_NOMEM, "attention masks (%d x %d)", Tq, B);
  for (int b = 0; b < B; b++)
    for (int i = 0; i < Tq; i++) limit[(size_t)b * Tq + i] = at__limit(C, b, i);
  at_linear_forward(L->self ? &L->qkv : &L->q, params, xq, D, NULL, (int)nq, C->qp);
  at__qkv v = at__views(L, C->qp, kvp);
  const float scale = 1.0f / sqrtf((float)d);
  AT__OMP(omp parallel for schedule(dynamic) if (B * H > 1 && (double)B * H * TT * d >= AT__PAR_WORK))
  for (int bh = 0; bh < B * H; bh++) {
    int b = bh / H, h = bh % H;
    float *S = C->att + (size_t)bh * TT;
    at_gemm(0, 1, Tq, Tk, d, scale, v.q + (size_t)b * v.ldq + h * d, B * v.ldq, v.k + (size_t)b * v.ldk + h * d,
            B * v.ldk, 0.0f, S, Tk);
    at_masked_softmax_rows(S, S, Tq, Tk, limit + (size_t)b * Tq);
    const float *A = S;
    if (C->mask) {
      float *Ad = C->dropped + (size_t)bh * TT;
      at_dropout_apply(S, C->mask + (size_t)bh * TT, Ad, TT);
      A = Ad;
    }
    at_gemm(0, 0, Tq, d, Tk, 1.0f, A, Tk, v.v + (size_t)b * v.ldk + h * d, B * v.ldk, 0.0f,
            C->ctx + (size_t)b * D + h * d, B * D);
  }
  at_linear_forward(&L->o, params, C->ctx, D, NULL, (int)nq, y);
  return AT_OK;
}

at_status at_mha_backward(const at_mha *L, const float *params, float *grads, const at_mha_cache *C,
                          const float *dy, float *dxq, float *dkvp, at_arena *a) {
  const int D = L->dim, H = L->heads, d = L->head_dim, Tq = C->Tq, Tk = C->Tk, B = C->B;
  size_t nq = (size_t)Tq * B, TT = (size_t)Tq * Tk, att = (size_t)B * H * TT;
  float *dctx = at_arena_zeros(a, nq * D), *dS = at_arena_floats(a, att);
  float *dqp = at_arena_zeros(a, nq * (L->self ? 3 : 1) * D);
  if (!dctx || !dS || !dqp) return at_fail(AT_ERR_NOMEM, "attention gradients (%d x %d x %d)", Tq, Tk, B);
  if (!L->self && !dkvp) return at_fail(AT_ERR_INVALID_ARG, "cross-attention backward needs dkvp");
  at_linear_backward_plain(&L->o, params, grads, C->ctx, (int)nq, dy, dctx);
  at__qkv v = at__views(L, C->qp, C->kvp);
  at__qkv g = at__views(L, dqp, dkvp); /* the same layout for the gradients */
  float *gq = (float *)g.q, *gk = (float *)g.k, *gv = (float *)g.v;
  const float scale = 1.0f / sqrtf((float)d);
  AT__OMP(omp parallel for schedule(dynamic) if (B * H > 1 && (double)B * H * TT * d >= AT__PAR_WORK))
  for (int bh = 0; bh < B * H; bh++) {
    int b = bh / H, h = bh % H;
    const float *A = C->att + (size_t)bh * TT, *Ad = C->dropped ? C->dropped + (size_t)bh * TT : A;
    float *G = dS + (size_t)bh * TT;
    const float *dc = dctx + (size_t)b * D + h * d;
    size_t qo = (size_t)b * v.ldq + h * d, ko = (size_t)b * v.ldk + h * d;
    at_gemm(0, 1, Tq, Tk, d, 1.0f, dc, B * D, v.v + ko, B * v.ldk, 0.0f, G, Tk);       /* dA' = dC V^T */
    at_gemm(1, 0, Tk, d, Tq, 1.0f, Ad, Tk, dc, B * D, 1.0f, gv + ko, B * v.ldk);       /* dV += A'^T dC */
    if (C->mask) at_dropout_apply(G, C->mask + (size_t)bh * TT, G, TT);
    for (int i = 0; i < Tq; i++) { /* dS = A (dA - rowsum(dA A)) */
      float *gr = G + (size_t)i * Tk;
      const float *ar = A + (size_t)i * Tk;
      float r = 0;
      for (int j = 0; j < Tk; j++) r += gr[j] * ar[j];
      for (int j = 0; j < Tk; j++) gr[j] = ar[j] * (gr[j] - r);
    }
    at_gemm(0, 0, Tq, d, Tk, scale, G, Tk, v.k + ko, B * v.ldk, 1.0f, gq + qo, B * v.ldq); /* dQ += s dS K */
    at_gemm(1, 0, Tk, d, Tq, scale, G, Tk, v.q + qo, B * v.ldq, 1.0f, gk + ko, B * v.ldk); /* dK += s dS^T Q */
  }
  at_linear_backward_plain(L->self ? &L->qkv : &L->q, params, grads, C->xq, (int)nq, dqp, dxq);
  return AT_OK;
}

/* ---- decoding ------------------------------------------------------------------------- */
size_t at_mha_step_bytes(const at_mha *L, int N, int Tk) {
  return at__f((size_t)N * 3 * L->dim) + at__f((size_t)N * L->dim) + at__f((size_t)N * L->heads * Tk);
}

/* ctx (d) = sum_j w_j v_j over n keys; w (n) = softmax(scale q . k_j); key j
 * at k + j*ld, value at v + j*ld. */
/* q . k over d (vectorized: the reduction may be reordered). */
static float at__dot(const float *q, const float *k, int d) {
  float s = 0;
  AT__OMP(omp simd reduction(+ : s))
  for (int c = 0; c < d; c++) s += q[c] * k[c];
  return s;
}

static void at__attend_one(const float *q, const float *k, const float *v, size_t ld, int n, int d, float scale,
                           float *w, float *ctx) {
  for (int j = 0; j < n; j++) w[j] = at__dot(q, k + j * ld, d) * scale;
  at_masked_softmax_rows(w, w, 1, n, NULL);
  for (int c = 0; c < d; c++) ctx[c] = 0;
  for (int j = 0; j < n; j++) {
    const float *vj = v + j * ld;
    for (int c = 0; c < d; c++) ctx[c] += w[j] * vj[c];
  }
}

/* ctx (d) = sum_j softmax_j(scale q . k_j) v_j over n keys, in chunks of
 * AT__CHUNK keys with the running maximum rescaling what came before (one
 * chunk, i.e. n <= AT__CHUNK, is the plain max-subtracted softmax), so no
 * scratch grows with the number of steps. */
enum { AT__CHUNK = 256 };
static void at__attend_stream(const float *q, const float *k, const float *v, size_t ld, int n, int d, float scale,
                              float *ctx) {
  float w[AT__CHUNK], mx = -INFINITY, sum = 0;
  for (int c = 0; c < d; c++) ctx[c] = 0;
  for (int j0 = 0; j0 < n; j0 += AT__CHUNK) {
    int m = n - j0 < AT__CHUNK ? n - j0 : AT__CHUNK;
    float cm = -INFINITY;
    for (int j = 0; j < m; j++) {
      w[j] = at__dot(q, k + (size_t)(j0 + j) * ld, d) * scale;
      cm = w[j] > cm ? w[j] : cm;
    }
    if (cm > mx) {
      float r = expf(mx - cm); /* 0 on the first chunk */
      sum *= r;
      for (int c = 0; c < d; c++) ctx[c] *= r;
      mx = cm;
    }
    for (int j = 0; j < m; j++) {
      float e = expf(w[j] - mx);
      const float *vj = v + (size_t)(j0 + j) * ld;
      sum += e;
      for (int c = 0; c < d; c++) ctx[c] += e * vj[c];
    }
  }
  float inv = 1.0f / sum;
  for (int c = 0; c < d; c++) ctx[c] *= inv;
}

void at_mha_self_step(const at_mha *L, const float *params, const float *x, int N, int t, float *kc, float *vc,
                      int width, float *y, at_arena *scratch) {
  const int D = L->dim, H = L->heads, d = L->head_dim;
  AT_ASSERT(L->self && (size_t)(t + 1) * D <= (size_t)width);
  float *qkv = at_arena_floats(scratch, (size_t)N * 3 * D), *ctx = at_arena_floats(scratch, (size_t)N * D);
  AT_ASSERT(qkv && ctx);
  at_linear_forward(&L->qkv, params, x, D, NULL, N, qkv);
  const float scale = 1.0f / sqrtf((float)d);
  AT__OMP(omp parallel for schedule(static) if (N * (t + 1) * D >= 65536))
  for (int i = 0; i < N; i++) {
    float *ki = kc + (size_t)i * width, *vi = vc + (size_t)i * width;
    memcpy(ki + (size_t)t * D, qkv + (size_t)i * 3 * D + D, (size_t)D * sizeof(float));
    memcpy(vi + (size_t)t * D, qkv + (size_t)i * 3 * D + 2 * D, (size_t)D * sizeof(float));
    for (int h = 0; h < H; h++)
      at__attend_stream(qkv + (size_t)i * 3 * D + h * d, ki + h * d, vi + h * d, (size_t)D, t + 1, d, scale,
                        ctx + (size_t)i * D + h * d);
  }
  at_linear_forward(&L->o, params, ctx, D, NULL, N, y);
}

void at_mha_cross_step(const at_mha *L, const float *params, const float *x, int N, const int *sent,
                       const float *kvp, int Tk, int B, const int *src_len, float *alpha, float *y, at_arena *scratch) {
  const int D = L->dim, H = L->heads, d = L->head_dim;
  AT_ASSERT(!L->self);
  float *q = at_arena_floats(scratch, (size_t)N * D), *ctx = at_arena_floats(scratch, (size_t)N * D);
  float *w = alpha ? alpha : at_arena_floats(scratch, (size_t)N * H * Tk);
  AT_ASSERT(q && ctx && w);
  at_linear_forward(&L->q, params, x, D, NULL, N, q);
  const float scale = 1.0f / sqrtf((float)d);
  AT__OMP(omp parallel for schedule(static) if (N * Tk * D >= 65536))
  for (int i = 0; i < N; i++) {
    int b = sent[i], n = src_len[b];
    for (int h = 0; h < H; h++) {
      float *wr = w + ((size_t)i * H + h) * Tk;
      const float *k = kvp + (size_t)b * 2 * D + h * d;
      at__attend_one(q + (size_t)i * D + h * d, k, k + D, (size_t)B * 2 * D, n, d, scale, wr, ctx + (size_t)i * D + h * d);
      for (int j = n; j < Tk; j++) wr[j] = 0.0f;
    }
  }
  at_linear_forward(&L->o, params, ctx, D, NULL, N, y);
}
