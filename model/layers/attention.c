/* Attention over encoder outputs: scores, masked softmax, context.
 *
 * One step for N hypotheses; hypothesis i attends over the keys of sentence
 * sent[i] (keys (Ts, B, Dk) time-major: key j of sentence b is row j*B + b),
 * positions j < len_i = src_len[sent[i]]. The step is three stages, each with
 * its own backward, so that new kinds of attention are new stages, not a
 * rewrite:
 *
 *   scores     S (N, Ts)   dot / scaled / general / concat    attn_scores*
 *   normalise  alpha = masked softmax(S) over j < len_i       attn_normalize*
 *   context    c_i = sum_j alpha_ij k_j                       attn_context*
 *
 * Where later modes hook in:
 *  - local attention (Luong local-m / local-p): a window [p - D, p + D] is a
 *    per-row lower/upper bound instead of len_i in attn_normalize (and the
 *    context loop); local-p multiplies alpha by exp(-(j - p)^2 / (2 sigma^2))
 *    after the softmax, with p predicted from q (its own parameters and the
 *    extra backward term go into attn_normalize_backward).
 *  - hard attention: attn_context takes the argmax position instead of the
 *    weighted sum (backward: dkeys of that position only, no dalpha).
 *  - multi-head: per head h the same three stages run on column slices of
 *    q / pkeys / keys (Dq/H, P/H, Dk/H); the stage functions take the vector
 *    width and row strides separately for that reason.
 *
 * Step cache (per hypothesis, at_attention_step_cache_floats): empty for
 * dot/scaled/general (backward needs only alpha, which the caller keeps);
 * for concat Ts * A floats, t_ij = tanh(W_q q_i + pk_j) for j < len_i (0 beyond),
 * so backward does not recompute the N * Ts * A tanh.
 *
 * Scratch taken from the arena per call (it is not given back; the caller
 * rewinds or resets the arena) is at_attention_step_{forward,backward}_bytes,
 * which the caller reserves first: forward N ints, plus for concat N*A floats
 * (W_q q) and, when cache is NULL, threads*Ts*A floats; backward (2B+1+2N)
 * ints + N*Ts floats, plus N*A floats for concat.
 *
 * Cost: concat forward is N*Ts*A tanh and dominates; W_q q is one GEMM for
 * all N; per key, the add, tanh (core/fastmath.h) and the v-dot are vectorized
 * loops over A that run while the row is in L1.
 *
 * Threads: forward is parallel over hypotheses; backward is parallel over
 * sentences (each sentence's hypotheses in order), so the shared key
 * gradients are written without races and the result does not depend on the
 * number of threads. No GEMM is called inside a parallel region. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/fastmath.h"
#include "core/omp.h"
#include "model/layers/layers.h"


#define AT__ATTN_PAR_MIN 16384 /* multiply-adds below which one thread is used */

/* ---- small vector kernels (vectorizable inner loops) ---- */
static float at__vdot(const float *a, const float *b, int n) {
  float s = 0.0f;
  AT__OMP(omp simd reduction(+ : s))
  for (int k = 0; k < n; k++) s += a[k] * b[k];
  return s;
}

static void at__vaxpy(float a, const float *x, float *y, int n) {
  AT__OMP(omp simd)
  for (int k = 0; k < n; k++) y[k] += a * x[k];
}

/* t (n) = tanh(x (n) + y (n)) */
AT__AVX2_CLONES static void vadd_tanh(float *t, const float *x, const float *y, int n) {
  AT__OMP(omp simd)
  for (int k = 0; k < n; k++) t[k] = at__fast_tanh(x[k] + y[k]);
}

/* Scratch the caller reserved (at_attention_step_*_bytes): never runs out. */
static void *at__scratch_alloc(at_arena *scratch, size_t bytes) {
  void *p = at_arena_alloc(scratch, bytes);
  AT_ASSERT(p != NULL);
  return p;
}

/* len (N): source length of each hypothesis' sentence, clamped to 0..Ts. */
static int *at__hyp_lengths(const int *sent, int N, int B, const int *src_len, int Ts, at_arena *scratch) {
  int *len = at__scratch_alloc(scratch, (size_t)(N > 0 ? N : 1) * sizeof(int));
  for (int i = 0; i < N; i++) {
    AT_ASSERT(sent[i] >= 0 && sent[i] < B);
    int n = src_len[sent[i]];
    len[i] = n < 0 ? 0 : n > Ts ? Ts : n;
  }
  return len;
}

/* Hypotheses grouped by sentence: those of sentence b are
 * order[start[b] .. start[b+1]), in increasing i. */
typedef struct hyp_groups {
  int *start; /* (B+1) */
  int *order; /* (N) */
} hyp_groups;

static hyp_groups at__group_by_sentence(const int *sent, int N, int B, at_arena *scratch) {
  hyp_groups g;
  g.start = at__scratch_alloc(scratch, (size_t)(2 * B + 1 + N) * sizeof(int));
  int *fill = g.start + B + 1; /* (B) */
  g.order = fill + B;
  memset(g.start, 0, (size_t)(B + 1) * sizeof(int));
  for (int i = 0; i < N; i++) g.start[sent[i] + 1]++;
  for (int b = 0; b < B; b++) g.start[b + 1] += g.start[b];
  memcpy(fill, g.start, (size_t)B * sizeof(int));
  for (int i = 0; i < N; i++) g.order[fill[sent[i]]++] = i;
  return g;
}

/* ---- declaration and key projection ---- */
static at_status at__add_param(at_params *P, const char *name, const char *leaf, int ndim, int rows, int cols,
                           size_t *off) {
  char buf[96];
  snprintf(buf, sizeof buf, "%s/%s", name, leaf);
  return at_params_add(P, buf, ndim, rows, cols, off);
}

at_status at_attention_declare(at_attention *L, at_params *P, const char *name, at_score_type score, int query_dim,
                               int key_dim, int attn_dim) {
  memset(L, 0, sizeof *L);
  L->score = score;
  L->query_dim = query_dim;
  L->key_dim = key_dim;
  L->attn_dim = attn_dim;
  if (query_dim <= 0 || key_dim <= 0)
    return at_fail(AT_ERR_INVALID_ARG, "attention %s: bad sizes query %d key %d", name, query_dim, key_dim);
  switch (score) {
  case AT_SCORE_DOT:
  case AT_SCORE_SCALED:
    if (query_dim != key_dim)
      return at_fail(AT_ERR_INVALID_ARG, "attention %s: dot scores need query size %d == key size %d", name,
                     query_dim, key_dim);
    return AT_OK;
  case AT_SCORE_GENERAL:
    return at__add_param(P, name, "W", 2, query_dim, key_dim, &L->W);
  case AT_SCORE_CONCAT: {
    if (attn_dim <= 0) return at_fail(AT_ERR_INVALID_ARG, "attention %s: concat needs attn_dim > 0", name);
    at_status s = at__add_param(P, name, "W_q", 2, attn_dim, query_dim, &L->W_q);
    if (s == AT_OK) s = at__add_param(P, name, "W_k", 2, attn_dim, key_dim, &L->W_k);
    if (s == AT_OK) s = at__add_param(P, name, "v", 1, attn_dim, 1, &L->v);
    return s;
  }
  }
  return at_fail(AT_ERR_INVALID_ARG, "attention %s: unknown score type %d", name, (int)score);
}

int at_attention_pkey_dim(const at_attention *L) {
  switch (L->score) {
  case AT_SCORE_GENERAL: return L->query_dim;
  case AT_SCORE_CONCAT: return L->attn_dim;
  default: return L->key_dim;
  }
}

/* Offset of the key projection matrix (P, Dk), or 0 with *has = 0. */
static size_t at__key_projection(const at_attention *L, int *has) {
  *has = L->score == AT_SCORE_GENERAL || L->score == AT_SCORE_CONCAT;
  return L->score == AT_SCORE_GENERAL ? L->W : L->score == AT_SCORE_CONCAT ? L->W_k : 0;
}

void at_attention_project_keys(const at_attention *L, const float *params, const float *keys /* (Ts, B, Dk) */,
                               int Ts, int B, float *pkeys /* (Ts, B, P) */) {
  const int Dk = L->key_dim, P = at_attention_pkey_dim(L), rows = Ts * B;
  int has;
  size_t W = at__key_projection(L, &has); /* (P, Dk) */
  if (!has) {
    if (pkeys != keys) memcpy(pkeys, keys, (size_t)rows * Dk * sizeof(float));
    return;
  }
  at_gemm(0, 1, rows, P, Dk, 1.0f, keys, Dk, params + W, Dk, 0.0f, pkeys, P);
}

void at_attention_project_keys_backward(const at_attention *L, const float *params, float *grads,
                                        const float *keys /* (Ts, B, Dk) */, int Ts, int B,
                                        const float *dpkeys /* (Ts, B, P) */, float *dkeys /* (Ts, B, Dk) */) {
  const int Dk = L->key_dim, P = at_attention_pkey_dim(L), rows = Ts * B;
  int has;
  size_t W = at__key_projection(L, &has);
  if (!has) {
    if (dkeys) at__vaxpy(1.0f, dpkeys, dkeys, rows * Dk);
    return;
  }
  at_gemm(1, 0, P, Dk, rows, 1.0f, dpkeys, P, keys, Dk, 1.0f, grads + W, Dk);
  if (dkeys) at_gemm(0, 0, rows, Dk, P, 1.0f, dpkeys, P, params + W, Dk, 1.0f, dkeys, Dk);
}

size_t at_attention_step_cache_floats(const at_attention *L, int Ts) {
  return L->score == AT_SCORE_CONCAT ? (size_t)Ts * L->attn_dim : 0;
}

size_t at_attention_step_forward_bytes(const at_attention *L, int N, int Ts, int cached) {
  size_t b = at_arena_round((size_t)(N > 0 ? N : 1) * sizeof(int));
  if (L->score == AT_SCORE_CONCAT) {
    b += at_arena_round((size_t)N * L->attn_dim * sizeof(float));
    if (!cached) b += at_arena_round((size_t)at_get_threads() * Ts * L->attn_dim * sizeof(float));
  }
  return b;
}

size_t at_attention_step_backward_bytes(const at_attention *L, int N, int B, int Ts) {
  size_t b = at_arena_round((size_t)(N > 0 ? N : 1) * sizeof(int)) +
             at_arena_round((size_t)(2 * B + 1 + N) * sizeof(int)) + at_arena_round((size_t)N * Ts * sizeof(float));
  if (L->score == AT_SCORE_CONCAT) b += at_arena_round((size_t)N * L->attn_dim * sizeof(float));
  return b;
}

/* ---- stage 1: scores ---- */

/* S_ij = scale * q_i . pk_j (dot, scaled, general); P = width of q and pk. */
static void at__attn_scores_dot(const float *q /* (N, P) */, int N, const int *sent, const float *pk /* (Ts, B, P) */,
                            int P, int Ts, int B, const int *len, float scale, float *S /* (N, Ts) */) {
  size_t work = (size_t)N * Ts * P;
  (void)work;
  AT__OMP(omp parallel for schedule(static) if (work >= AT__ATTN_PAR_MIN))
  for (int i = 0; i < N; i++) {
    const float *qi = q + (size_t)i * P;
    for (int j = 0; j < len[i]; j++)
      S[(size_t)i * Ts + j] = scale * at__vdot(qi, pk + ((size_t)j * B + sent[i]) * P, P);
  }
}

/* S_ij = v . tanh(qp_i + pk_j) with qp = q W_q^T (one GEMM for all N).
 * t_ij goes to cache row i (zero beyond len_i) or, at inference, to a
 * per-thread buffer. */
static void at__attn_scores_concat(const at_attention *L, const float *params, const float *q /* (N, Dq) */, int N,
                               const int *sent, const float *pk /* (Ts, B, A) */, int Ts, int B, const int *len,
                               float *S /* (N, Ts) */, float *cache /* (N, Ts*A) or NULL */, at_arena *scratch) {
  const int A = L->attn_dim, Dq = L->query_dim;
  const size_t TA = (size_t)Ts * A;
  const float *v = params + L->v; /* (A) */
  float *qp = at__scratch_alloc(scratch, (size_t)N * A * sizeof(float)); /* (N, A) */
  at_gemm(0, 1, N, A, Dq, 1.0f, q, Dq, params + L->W_q, Dq, 0.0f, qp, A);
  float *tbuf = NULL; /* (threads, Ts*A) */
  if (!cache) tbuf = at__scratch_alloc(scratch, (size_t)at_get_threads() * TA * sizeof(float));
  size_t work = (size_t)N * TA;
  (void)work;
  AT__OMP(omp parallel for schedule(static) if (work >= AT__ATTN_PAR_MIN))
  for (int i = 0; i < N; i++) {
    float *t = cache ? cache + (size_t)i * TA : tbuf + (size_t)at__thread_id() * TA; /* (Ts, A) */
    const float *qpi = qp + (size_t)i * A;
    const int n = len[i];
    for (int j = 0; j < n; j++) {
      const float *pkj = pk + ((size_t)j * B + sent[i]) * A;
      float *tj = t + (size_t)j * A;
      vadd_tanh(tj, qpi, pkj, A);
      S[(size_t)i * Ts + j] = at__vdot(v, tj, A);
    }
    if (cache && n < Ts) memset(t + (size_t)n * A, 0, (TA - (size_t)n * A) * sizeof(float));
  }
}

static float at__score_scale(const at_attention *L) {
  return L->score == AT_SCORE_SCALED ? 1.0f / sqrtf((float)L->key_dim) : 1.0f;
}

static void at__attn_scores(const at_attention *L, const float *params, const float *q, int N, const int *sent,
                        const float *pkeys, int Ts, int B, const int *len, float *S, float *cache,
                        at_arena *scratch) {
  if (L->score == AT_SCORE_CONCAT)
    at__attn_scores_concat(L, params, q, N, sent, pkeys, Ts, B, len, S, cache, scratch);
  else
    at__attn_scores_dot(q, N, sent, pkeys, at_attention_pkey_dim(L), Ts, B, len, at__score_scale(L), S);
}

/* ---- stage 2: normalisation (local attention hooks in here) ---- */
static void at__attn_normalize(float *S /* (N, Ts) in: scores, out: alpha */, int N, int Ts, const int *len) {
  at_masked_softmax_rows(S, S, N, Ts, len);
}

/* In place: dA (N, Ts) = dalpha -> dscore = alpha * (dalpha - sum_j alpha dalpha);
 * exactly 0 beyond len_i. */
static void at__attn_normalize_backward(const float *alpha /* (N, Ts) */, int N, int Ts, const int *len,
                                    float *dA /* (N, Ts) */) {
  size_t work = (size_t)N * Ts;
  (void)work;
  AT__OMP(omp parallel for schedule(static) if (work >= AT__ATTN_PAR_MIN))
  for (int i = 0; i < N; i++) {
    const float *a = alpha + (size_t)i * Ts;
    float *d = dA + (size_t)i * Ts;
    const int n = len[i];
    float s = at__vdot(a, d, n);
    AT__OMP(omp simd)
    for (int j = 0; j < n; j++) d[j] = a[j] * (d[j] - s);
    for (int j = n; j < Ts; j++) d[j] = 0.0f;
  }
}

/* ---- stage 3: context (hard attention hooks in here) ---- */
static void at__attn_context(const float *alpha /* (N, Ts) */, int N, const int *sent, const float *keys /* (Ts,B,Dk) */,
                         int Dk, int Ts, int B, const int *len, float *context /* (N, Dk) */) {
  size_t work = (size_t)N * Ts * Dk;
  (void)work;
  AT__OMP(omp parallel for schedule(static) if (work >= AT__ATTN_PAR_MIN))
  for (int i = 0; i < N; i++) {
    float *c = context + (size_t)i * Dk;
    memset(c, 0, (size_t)Dk * sizeof(float));
    for (int j = 0; j < len[i]; j++)
      at__vaxpy(alpha[(size_t)i * Ts + j], keys + ((size_t)j * B + sent[i]) * Dk, c, Dk);
  }
}

/* dalpha_ij = dc_i . k_j into dA (N, Ts) (0 beyond len); dkeys_j += alpha_ij dc_i.
 * Parallel over sentences. */
static void at__attn_context_backward(const float *alpha, int N, const hyp_groups *g, const float *keys, int Dk, int Ts,
                                  int B, const int *len, const float *dcontext /* (N, Dk) */,
                                  float *dA /* (N, Ts) */, float *dkeys /* (Ts, B, Dk) or NULL */) {
  size_t work = (size_t)N * Ts * Dk;
  (void)work;
  AT__OMP(omp parallel for schedule(dynamic, 1) if (work >= AT__ATTN_PAR_MIN))
  for (int b = 0; b < B; b++) {
    for (int h = g->start[b]; h < g->start[b + 1]; h++) {
      const int i = g->order[h], n = len[i];
      const float *dc = dcontext + (size_t)i * Dk;
      float *d = dA + (size_t)i * Ts;
      for (int j = 0; j < n; j++) {
        const size_t row = ((size_t)j * B + b) * Dk;
        d[j] = at__vdot(dc, keys + row, Dk);
        if (dkeys) at__vaxpy(alpha[(size_t)i * Ts + j], dc, dkeys + row, Dk);
      }
      for (int j = n; j < Ts; j++) d[j] = 0.0f;
    }
  }
}

/* ---- stage 1 backward ---- */

/* dq_i += scale * sum_j dS_ij pk_j; dpk_j += scale * dS_ij q_i. */
static void at__attn_scores_dot_backward(const float *q, int N, const hyp_groups *g, const float *pk, int P, int Ts,
                                     int B, const int *len, float scale, const float *dS, float *dq,
                                     float *dpk) {
  size_t work = (size_t)N * Ts * P;
  (void)work;
  AT__OMP(omp parallel for schedule(dynamic, 1) if (work >= AT__ATTN_PAR_MIN))
  for (int b = 0; b < B; b++) {
    for (int h = g->start[b]; h < g->start[b + 1]; h++) {
      const int i = g->order[h];
      for (int j = 0; j < len[i]; j++) {
        const float d = scale * dS[(size_t)i * Ts + j];
        const size_t row = ((size_t)j * B + b) * P;
        if (dq) at__vaxpy(d, pk + row, dq + (size_t)i * P, P);
        if (dpk) at__vaxpy(d, q + (size_t)i * P, dpk + row, P);
      }
    }
  }
}

/* concat: with u_ij = dS_ij * v * (1 - t_ij^2):
 * dqp_i = sum_j u_ij, dpk_j += u_ij, dv += sum_ij dS_ij t_ij,
 * then dW_q += dqp^T q and dq += dqp W_q (GEMMs). */
static void at__attn_scores_concat_backward(const at_attention *L, const float *params, float *grads, const float *q,
                                        int N, const hyp_groups *g, int Ts, int B, const int *len,
                                        const float *cache /* (N, Ts*A) */, const float *dS /* (N, Ts) */,
                                        float *dq, float *dpk, at_arena *scratch) {
  const int A = L->attn_dim, Dq = L->query_dim;
  const size_t TA = (size_t)Ts * A;
  const float *v = params + L->v;
  float *dqp = at__scratch_alloc(scratch, (size_t)N * A * sizeof(float)); /* (N, A) */
  memset(dqp, 0, (size_t)N * A * sizeof(float));
  size_t work = (size_t)N * TA;
  (void)work;
  AT__OMP(omp parallel for schedule(dynamic, 1) if (work >= AT__ATTN_PAR_MIN))
  for (int b = 0; b < B; b++) {
    for (int h = g->start[b]; h < g->start[b + 1]; h++) {
      const int i = g->order[h];
      float *dqpi = dqp + (size_t)i * A;
      for (int j = 0; j < len[i]; j++) {
        const float d = dS[(size_t)i * Ts + j];
        const float *t = cache + (size_t)i * TA + (size_t)j * A;
        if (dpk) {
          float *dpkj = dpk + ((size_t)j * B + b) * A;
          AT__OMP(omp simd)
          for (int a = 0; a < A; a++) {
            float u = d * v[a] * (1.0f - t[a] * t[a]);
            dqpi[a] += u;
            dpkj[a] += u;
          }
        } else {
          AT__OMP(omp simd)
          for (int a = 0; a < A; a++) dqpi[a] += d * v[a] * (1.0f - t[a] * t[a]);
        }
      }
    }
  }
  /* dv (1, A) += dS (1, N*Ts) . T (N*Ts, A); T is 0 beyond each length */
  at_gemm(0, 0, 1, A, N * Ts, 1.0f, dS, N * Ts, cache, A, 1.0f, grads + L->v, A);
  at_gemm(1, 0, A, Dq, N, 1.0f, dqp, A, q, Dq, 1.0f, grads + L->W_q, Dq);
  if (dq) at_gemm(0, 0, N, Dq, A, 1.0f, dqp, A, params + L->W_q, Dq, 1.0f, dq, Dq);
}

/* ---- the step ---- */
void at_attention_step_forward(const at_attention *L, const float *params, const float *q /* (N, Dq) */, int N,
                               const int *sent /* (N) */, const float *keys /* (Ts, B, Dk) */,
                               const float *pkeys /* (Ts, B, P) */, int Ts, int B, const int *src_len /* (B) */,
                               float *alpha /* (N, Ts) */, float *context /* (N, Dk) */,
                               float *cache /* (N, step_cache_floats) or NULL */, at_arena *scratch) {
  if (N <= 0) return;
  int *len = at__hyp_lengths(sent, N, B, src_len, Ts, scratch);
  at__attn_scores(L, params, q, N, sent, pkeys, Ts, B, len, alpha, cache, scratch);
  at__attn_normalize(alpha, N, Ts, len);
  at__attn_context(alpha, N, sent, keys, L->key_dim, Ts, B, len, context);
}

void at_attention_step_backward(const at_attention *L, const float *params, float *grads,
                                const float *q /* (N, Dq) */, int N, const int *sent /* (N) */,
                                const float *keys /* (Ts, B, Dk) */, const float *pkeys /* (Ts, B, P) */, int Ts,
                                int B, const int *src_len /* (B) */, const float *alpha /* (N, Ts) */,
                                const float *cache /* (N, step_cache_floats) */,
                                const float *dcontext /* (N, Dk) */, float *dq /* (N, Dq) */,
                                float *dkeys /* (Ts, B, Dk) */, float *dpkeys /* (Ts, B, P) */,
                                at_arena *scratch) {
  if (N <= 0) return;
  int *len = at__hyp_lengths(sent, N, B, src_len, Ts, scratch);
  hyp_groups g = at__group_by_sentence(sent, N, B, scratch);
  float *dS = at__scratch_alloc(scratch, (size_t)N * Ts * sizeof(float)); /* (N, Ts) */
  at__attn_context_backward(alpha, N, &g, keys, L->key_dim, Ts, B, len, dcontext, dS, dkeys);
  at__attn_normalize_backward(alpha, N, Ts, len, dS);
  if (L->score == AT_SCORE_CONCAT) {
    AT_ASSERT(cache != NULL);
    at__attn_scores_concat_backward(L, params, grads, q, N, &g, Ts, B, len, cache, dS, dq, dpkeys, scratch);
  } else {
    at__attn_scores_dot_backward(q, N, &g, pkeys, at_attention_pkey_dim(L), Ts, B, len, at__score_scale(L), dS, dq,
                             dpkeys);
  }
}
