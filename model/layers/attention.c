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
 * Locality (layers.h has the equations) restricts every stage to a per-row
 * window [lo, hi) of the sentence: global and hybrid [0, len), local-m and
 * local-p 2D+1 positions around p_t, clipped; the scores, the softmax and
 * the context touch only the window (O(D) work per step), and the rest of
 * the row is set to exactly 0. local-p and hybrid predict p_t from the
 * query; the Gaussian's gradient reaches W_p and v_p through p_t (the
 * choice of window is piecewise constant and has none).
 *
 * Modes: top-k masks all but the k best logits of the window before the
 * softmax; hard attention chooses one position (at__hard_choose: sampled or
 * argmax) and takes its key as the context (backward: the key of that
 * position only, and the REINFORCE score gradient of at_attention_rl).
 * Multi-head attention (at__mh_*) runs the score, normalise and context
 * stages once per head on d-wide projected slices laid out head by head.
 *
 * Step cache (per hypothesis, at_attention_step_cache_floats): empty for
 * global dot/scaled/general (backward needs only alpha, which the caller
 * keeps); for concat Ts * A floats, t_ij = tanh(W_q q_i + pk_j) inside the
 * window (0 elsewhere), so backward does not recompute the N * Ts * A tanh;
 * for local-p and hybrid Ap + 2 more: tanh(W_p q_i), p_i and sigmoid(u_i).
 *
 * Scratch taken from the arena per call (it is not given back; the caller
 * rewinds or resets the arena) is at_attention_step_{forward,backward}_bytes,
 * which the caller reserves first: forward 3N ints (lengths and windows),
 * plus for concat N*A floats (W_q q) and, when cache is NULL, threads*Ts*A
 * floats (and N*(Ap+2) for the positions); backward (2B+1+4N) ints + N*Ts
 * floats, plus N*A floats for concat and N*(Ap+1) for the positions.
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
AT__AVX2_CLONES static void at__vadd_tanh(float *t, const float *x, const float *y, int n) {
  AT__OMP(omp simd)
  for (int k = 0; k < n; k++) t[k] = at__fast_tanh(x[k] + y[k]);
}

/* Scratch the caller reserved (at_attention_step_*_bytes): never runs out. */
static void *at__scratch_alloc(at_arena *scratch, size_t bytes) {
  void *p = at_arena_alloc(scratch, bytes);
  AT_ASSERT(p != NULL);
  return p;
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

at_status at_attention_set_locality(at_attention *L, at_params *P, const char *name, at_locality_type locality,
                                    int window, int pos_dim) {
  if ((int)locality < 0 || locality > AT_LOCAL_HYBRID || window < 1)
    return at_fail(AT_ERR_INVALID_ARG, "attention %s: locality %d, window %d (>= 1)", name, (int)locality, window);
  L->locality = locality;
  L->window = window;
  if (locality != AT_LOCAL_P && locality != AT_LOCAL_HYBRID) return AT_OK;
  if (pos_dim <= 0) return at_fail(AT_ERR_INVALID_ARG, "attention %s: position network size %d", name, pos_dim);
  L->pos_dim = pos_dim;
  at_status s = at__add_param(P, name, "W_p", 2, pos_dim, L->query_dim, &L->W_p);
  if (s == AT_OK) s = at__add_param(P, name, "v_p", 1, pos_dim, 1, &L->v_p);
  return s;
}

at_status at_attention_set_mode(at_attention *L, const char *name, at_attn_mode mode, int topk) {
  if ((int)mode < 0 || mode > AT_MODE_TOPK || (mode == AT_MODE_TOPK && topk < 1))
    return at_fail(AT_ERR_INVALID_ARG, "attention %s: mode %d, topk %d", name, (int)mode, topk);
  if (mode == AT_MODE_HARD && L->heads > 0)
    return at_fail(AT_ERR_INVALID_ARG, "attention %s: hard attention has one head", name);
  if (mode == AT_MODE_HARD && L->locality == AT_LOCAL_P)
    return at_fail(AT_ERR_INVALID_ARG, "attention %s: hard attention needs normalised weights, not local-p", name);
  L->mode = mode;
  L->topk = topk;
  return AT_OK;
}

at_status at_attention_declare_heads(at_attention *L, at_params *P, const char *name, at_score_type score,
                                     int query_dim, int key_dim, int heads) {
  memset(L, 0, sizeof *L);
  L->score = score, L->query_dim = query_dim, L->key_dim = key_dim, L->heads = heads;
  if (query_dim <= 0 || key_dim <= 0 || heads < 1 || key_dim % heads)
    return at_fail(AT_ERR_INVALID_ARG, "attention %s: %d heads do not divide the key size %d (query %d)", name,
                   heads, key_dim, query_dim);
  if (score != AT_SCORE_SCALED && score != AT_SCORE_GENERAL)
    return at_fail(AT_ERR_INVALID_ARG, "attention %s: multi-head attention takes scaled or general scores, not %s",
                   name, at_score_names[score]);
  at_status s = at__add_param(P, name, "W_Q", 2, key_dim, query_dim, &L->W_Q);
  if (s == AT_OK) s = at__add_param(P, name, "W_K", 2, key_dim, key_dim, &L->W_K);
  if (s == AT_OK) s = at__add_param(P, name, "W_V", 2, key_dim, key_dim, &L->W_V);
  if (s == AT_OK) s = at__add_param(P, name, "W_O", 2, key_dim, key_dim, &L->W_O);
  return s;
}

int at_attention_pkey_dim(const at_attention *L) {
  if (L->heads > 0) return 2 * L->key_dim;
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

/* Multi-head: pkeys (2H, Ts, B, d) = the heads' keys W_K[h] k, then values W_V[h] k. */
static void at__mh_project(const at_attention *L, const float *params, const float *keys, int rows, float *pkeys) {
  const int Dk = L->key_dim, H = L->heads, d = Dk / H;
  for (int h = 0; h < 2 * H; h++) {
    const float *W = params + (h < H ? L->W_K : L->W_V) + (size_t)(h % H) * d * Dk; /* (d, Dk) */
    at_gemm(0, 1, rows, d, Dk, 1.0f, keys, Dk, W, Dk, 0.0f, pkeys + (size_t)h * rows * d, d);
  }
}

static void at__mh_project_backward(const at_attention *L, const float *params, float *grads, const float *keys,
                                    int rows, const float *dpkeys, float *dkeys) {
  const int Dk = L->key_dim, H = L->heads, d = Dk / H;
  for (int h = 0; h < 2 * H; h++) {
    size_t off = (h < H ? L->W_K : L->W_V) + (size_t)(h % H) * d * Dk;
    const float *dp = dpkeys + (size_t)h * rows * d; /* (rows, d) */
    at_gemm(1, 0, d, Dk, rows, 1.0f, dp, d, keys, Dk, 1.0f, grads + off, Dk);
    if (dkeys) at_gemm(0, 0, rows, Dk, d, 1.0f, dp, d, params + off, Dk, 1.0f, dkeys, Dk);
  }
}

void at_attention_project_keys(const at_attention *L, const float *params, const float *keys /* (Ts, B, Dk) */,
                               int Ts, int B, float *pkeys /* (Ts, B, P) */) {
  const int Dk = L->key_dim, P = at_attention_pkey_dim(L), rows = Ts * B;
  if (L->heads > 0) {
    at__mh_project(L, params, keys, rows, pkeys);
    return;
  }
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
  if (L->heads > 0) {
    at__mh_project_backward(L, params, grads, keys, rows, dpkeys, dkeys);
    return;
  }
  int has;
  size_t W = at__key_projection(L, &has);
  if (!has) {
    if (dkeys) at__vaxpy(1.0f, dpkeys, dkeys, rows * Dk);
    return;
  }
  at_gemm(1, 0, P, Dk, rows, 1.0f, dpkeys, P, keys, Dk, 1.0f, grads + W, Dk);
  if (dkeys) at_gemm(0, 0, rows, Dk, P, 1.0f, dpkeys, P, params + W, Dk, 1.0f, dkeys, Dk);
}

/* ---- locality: windows and predicted positions ---- */

/* local-p and hybrid predict p_t from the query. */
static int at__predictive(const at_attention *L) {
  return L->locality == AT_LOCAL_P || L->locality == AT_LOCAL_HYBRID;
}

/* Per-row floats of the position block: tanh(W_p q) (Ap), p, sigmoid(u). */
static size_t at__pos_floats(const at_attention *L) { return at__predictive(L) ? (size_t)L->pos_dim + 2 : 0; }

/* Per-row floats of the concat scores' tanh cache. */
static size_t at__concat_floats(const at_attention *L, int Ts) {
  return L->score == AT_SCORE_CONCAT ? (size_t)Ts * L->attn_dim : 0;
}

/* Per-row floats of multi-head: every head's weights (H Ts), queries and contexts (Dk each). */
static size_t at__mh_floats(const at_attention *L, int Ts) {
  return L->heads > 0 ? (size_t)L->heads * Ts + 2 * (size_t)L->key_dim : 0;
}

size_t at_attention_step_cache_floats(const at_attention *L, int Ts) {
  return at__mh_floats(L, Ts) + at__concat_floats(L, Ts) + at__pos_floats(L) + (L->mode == AT_MODE_HARD);
}

static size_t at__rows_bytes(int N) { return at_arena_round((size_t)3 * (N > 0 ? N : 1) * sizeof(int)); }

size_t at_attention_step_forward_bytes(const at_attention *L, int N, int Ts, int cached) {
  size_t b = at__rows_bytes(N);
  if (L->score == AT_SCORE_CONCAT) {
    b += at_arena_round((size_t)N * L->attn_dim * sizeof(float));
    if (!cached) b += at_arena_round((size_t)at_get_threads() * Ts * L->attn_dim * sizeof(float));
  }
  if (!cached && at__predictive(L)) b += at_arena_round((size_t)N * at__pos_floats(L) * sizeof(float));
  if (L->mode == AT_MODE_TOPK) b += at_arena_round((size_t)Ts * sizeof(float)) * (size_t)(L->heads > 0 ? L->heads : 1);
  if (L->mode == AT_MODE_HARD) b += at_arena_round((size_t)(N > 0 ? N : 1) * sizeof(int));
  if (L->heads > 0) b += at_arena_round((size_t)N * at__mh_floats(L, Ts) * sizeof(float));
  return b;
}

size_t at_attention_step_backward_bytes(const at_attention *L, int N, int B, int Ts) {
  size_t b = at__rows_bytes(N) + at_arena_round((size_t)(2 * B + 1 + N) * sizeof(int)) +
             at_arena_round((size_t)N * Ts * sizeof(float));
  if (L->score == AT_SCORE_CONCAT) b += at_arena_round((size_t)N * L->attn_dim * sizeof(float));
  if (at__predictive(L))
    b += at_arena_round((size_t)N * sizeof(float)) + at_arena_round((size_t)N * L->pos_dim * sizeof(float));
  if (L->mode == AT_MODE_HARD) b += at_arena_round((size_t)(N > 0 ? N : 1) * sizeof(int));
  if (L->heads > 0) /* the heads' weights, queries, contexts, their gradients, dS of every head */
    b += 2 * at_arena_round((size_t)N * at__mh_floats(L, Ts) * sizeof(float)) + at_arena_round((size_t)N * Ts * sizeof(float)) * (size_t)L->heads;
  return b;
}

/* The rows of one step: sentence length, window [lo, hi) and, for local-p and
 * hybrid, the position block (rows of at__pos_floats, stride ps). */
typedef struct at__rows {
  int *len, *lo, *hi; /* (N) each */
  float *pos;         /* (N, ps) or NULL */
  size_t ps;
} at__rows;

static float at__sigma(const at_attention *L) { return 0.5f * (float)L->window; }

/* Window of a row: [c - D, c + D] clipped to the sentence, c = min(t, S-1)
 * (local-m) or floor(p + 1/2) clipped (local-p); the whole sentence for
 * global and hybrid. */
static void at__window(const at_attention *L, int t, int len, float p, int *lo, int *hi) {
  *lo = 0, *hi = len;
  if (len <= 0 || L->locality == AT_LOCAL_GLOBAL || L->locality == AT_LOCAL_HYBRID) return;
  int c = L->locality == AT_LOCAL_M ? t : (int)floorf(p + 0.5f);
  c = c < 0 ? 0 : c > len - 1 ? len - 1 : c;
  *lo = c - L->window < 0 ? 0 : c - L->window;
  *hi = c + L->window + 1 > len ? len : c + L->window + 1;
}

/* Lengths (clamped to 0..Ts) and windows of the N rows; predicted positions
 * p = S sigmoid(v_p . tanh(W_p q)) go to the position block (cache rows when
 * the step keeps a cache, else scratch). */
static at__rows at__step_rows(const at_attention *L, const float *params, int t, const float *q, int N,
                              const int *sent, int B, const int *src_len, int Ts, float *cache, size_t cache_stride,
                              int compute_pos, at_arena *scratch) {
  at__rows r;
  r.len = at__scratch_alloc(scratch, (size_t)3 * (N > 0 ? N : 1) * sizeof(int));
  r.lo = r.len + N, r.hi = r.lo + N;
  r.pos = NULL, r.ps = 0;
  for (int i = 0; i < N; i++) {
    AT_ASSERT(sent[i] >= 0 && sent[i] < B);
    int n = src_len[sent[i]];
    r.len[i] = n < 0 ? 0 : n > Ts ? Ts : n;
  }
  if (at__predictive(L)) {
    const int A = L->pos_dim, Dq = L->query_dim;
    if (cache) {
      r.pos = cache + at__mh_floats(L, Ts) + at__concat_floats(L, Ts), r.ps = cache_stride;
    } else {
      r.ps = at__pos_floats(L);
      r.pos = at__scratch_alloc(scratch, (size_t)N * r.ps * sizeof(float));
    }
    if (compute_pos) {
      const float *v = params + L->v_p;
      at_gemm(0, 1, N, A, Dq, 1.0f, q, Dq, params + L->W_p, Dq, 0.0f, r.pos, (int)r.ps);
      for (int i = 0; i < N; i++) {
        float *tp = r.pos + (size_t)i * r.ps;
        for (int a = 0; a < A; a++) tp[a] = at__fast_tanh(tp[a]);
        float sg = at__fast_sigmoid(at__vdot(v, tp, A));
        tp[A] = (float)r.len[i] * sg;
        tp[A + 1] = sg;
      }
    }
  }
  for (int i = 0; i < N; i++)
    at__window(L, t, r.len[i], r.pos ? r.pos[(size_t)i * r.ps + L->pos_dim] : 0.0f, &r.lo[i], &r.hi[i]);
  return r;
}

static float at__row_p(const at_attention *L, const at__rows *r, int i) {
  return r->pos[(size_t)i * r->ps + L->pos_dim];
}

/* ---- stage 1: scores ---- */

/* S_ij = scale * q_i . pk_j (dot, scaled, general) over the window; P = width of q and pk. */
static void at__attn_scores_dot(const float *q /* (N, P) */, int N, const int *sent, const float *pk /* (Ts, B, P) */,
                                int P, int Ts, int B, const at__rows *r, float scale, float *S /* (N, Ts) */) {
  size_t work = (size_t)N * Ts * P;
  (void)work;
  AT__OMP(omp parallel for schedule(static) if (work >= AT__ATTN_PAR_MIN))
  for (int i = 0; i < N; i++) {
    const float *qi = q + (size_t)i * P;
    for (int j = r->lo[i]; j < r->hi[i]; j++)
      S[(size_t)i * Ts + j] = scale * at__vdot(qi, pk + ((size_t)j * B + sent[i]) * P, P);
  }
}

/* S_ij = v . tanh(qp_i + pk_j) with qp = q W_q^T (one GEMM for all N).
 * t_ij goes to cache row i (zero outside the window) or, at inference, to a
 * per-thread buffer. */
static void at__attn_scores_concat(const at_attention *L, const float *params, const float *q /* (N, Dq) */, int N,
                                   const int *sent, const float *pk /* (Ts, B, A) */, int Ts, int B,
                                   const at__rows *r, float *S /* (N, Ts) */, float *cache /* (N, CF) or NULL */,
                                   size_t CF, at_arena *scratch) {
  const int A = L->attn_dim, Dq = L->query_dim;
  const size_t TA = (size_t)Ts * A;
  const float *v = params + L->v; /* (A) */
  float *qp = at__scratch_alloc(scratch, (size_t)N * A * sizeof(float)); /* (N, A) */
  at_gemm_wt(L->q, N, A, Dq, q, Dq, params + L->W_q, Dq, 0.0f, qp, A);
  float *tbuf = NULL; /* (threads, Ts*A) */
  if (!cache) tbuf = at__scratch_alloc(scratch, (size_t)at_get_threads() * TA * sizeof(float));
  size_t work = (size_t)N * TA;
  (void)work;
  AT__OMP(omp parallel for schedule(static) if (work >= AT__ATTN_PAR_MIN))
  for (int i = 0; i < N; i++) {
    float *t = cache ? cache + (size_t)i * CF : tbuf + (size_t)at__thread_id() * TA; /* (Ts, A) */
    const float *qpi = qp + (size_t)i * A;
    const int lo = r->lo[i], hi = r->hi[i];
    for (int j = lo; j < hi; j++) {
      const float *pkj = pk + ((size_t)j * B + sent[i]) * A;
      float *tj = t + (size_t)j * A;
      at__vadd_tanh(tj, qpi, pkj, A);
      S[(size_t)i * Ts + j] = at__vdot(v, tj, A);
    }
    if (cache) {
      memset(t, 0, (size_t)lo * A * sizeof(float));
      if (hi < Ts) memset(t + (size_t)hi * A, 0, (TA - (size_t)hi * A) * sizeof(float));
    }
  }
}

static float at__score_scale(const at_attention *L) {
  return L->score == AT_SCORE_SCALED ? 1.0f / sqrtf((float)L->key_dim) : 1.0f;
}

static void at__attn_scores(const at_attention *L, const float *params, const float *q, int N, const int *sent,
                            const float *pkeys, int Ts, int B, const at__rows *r, float *S, float *cache, size_t CF,
                            at_arena *scratch) {
  if (L->score == AT_SCORE_CONCAT)
    at__attn_scores_concat(L, params, q, N, sent, pkeys, Ts, B, r, S, cache, CF, scratch);
  else
    at__attn_scores_dot(q, N, sent, pkeys, at_attention_pkey_dim(L), Ts, B, r, at__score_scale(L), S);
}

/* ---- stage 2: normalisation ---- */

/* top-k: S[j] = -inf for all but the k highest of S[lo, hi) (ties: the
 * lower positions are kept). tmp: (hi - lo) floats. */
static void at__topk_mask(float *S, int lo, int hi, int k, float *tmp) {
  const int n = hi - lo;
  if (k >= n) return;
  memcpy(tmp, S + lo, (size_t)n * sizeof(float));
  for (int r = 0; r < k; r++) { /* partial selection sort: tmp[0..k) the k largest */
    int best = r;
    for (int j = r + 1; j < n; j++) best = tmp[j] > tmp[best] ? j : best;
    float x = tmp[r];
    tmp[r] = tmp[best], tmp[best] = x;
  }
  const float thr = tmp[k - 1];
  int ties = 0; /* how many values equal to thr are kept */
  for (int r = 0; r < k; r++) ties += tmp[r] == thr;
  for (int j = lo; j < hi; j++) {
    if (S[j] > thr) continue;
    if (S[j] == thr && ties > 0) {
      ties--;
      continue;
    }
    S[j] = -INFINITY;
  }
}

/* One local row in place: S (Ts) scores inside [lo, hi) -> weights, exactly 0
 * elsewhere. hybrid adds the Gaussian bias to the logits (lo = 0, hi = S);
 * top-k keeps the k best logits; local-p multiplies the window softmax by
 * the Gaussian. */
static void at__local_softmax_row(const at_attention *L, float *S, int Ts, int lo, int hi, float p, float *tmp) {
  const float inv2s2 = 1.0f / (2.0f * at__sigma(L) * at__sigma(L));
  if (L->locality == AT_LOCAL_HYBRID)
    for (int j = lo; j < hi; j++) S[j] -= ((float)j - p) * ((float)j - p) * inv2s2;
  if (L->mode == AT_MODE_TOPK) at__topk_mask(S, lo, hi, L->topk, tmp);
  float m = -INFINITY, sum = 0.0f;
  for (int j = lo; j < hi; j++) m = S[j] > m ? S[j] : m;
  /* weights below e^-80 are set to 0: hybrid's Gaussian bias makes far
   * positions' weights subnormal, which costs 2-3x on some processors */
  for (int j = lo; j < hi; j++) sum += (S[j] = S[j] - m < -80.0f ? 0.0f : at__fast_exp(S[j] - m));
  const float inv = hi > lo ? 1.0f / sum : 0.0f;
  for (int j = lo; j < hi; j++) S[j] *= inv;
  if (L->locality == AT_LOCAL_P)
    for (int j = lo; j < hi; j++) S[j] *= at__fast_exp(-((float)j - p) * ((float)j - p) * inv2s2);
  for (int j = 0; j < lo; j++) S[j] = 0.0f;
  for (int j = hi; j < Ts; j++) S[j] = 0.0f;
}

static void at__attn_normalize(const at_attention *L, float *S /* (N, Ts) in: scores, out: alpha */, int N, int Ts,
                               const at__rows *r, at_arena *scratch) {
  if (L->locality == AT_LOCAL_GLOBAL && L->mode != AT_MODE_TOPK) {
    at_masked_softmax_rows(S, S, N, Ts, r->len);
    return;
  }
  float *tmp = L->mode == AT_MODE_TOPK ? at__scratch_alloc(scratch, (size_t)Ts * sizeof(float)) : NULL;
  for (int i = 0; i < N; i++)
    at__local_softmax_row(L, S + (size_t)i * Ts, Ts, r->lo[i], r->hi[i],
                          at__predictive(L) ? at__row_p(L, r, i) : 0.0f, tmp);
}

/* ---- hard attention: one position per row ---- */

/* z_i: sampled from alpha_i (one uniform per row, in row order; with
 * rng->rows a hash of the row's sentence sent[i] and the step t) when rng,
 * else the first argmax; written to z (N). */
static void at__hard_choose(const float *alpha, int N, int Ts, const at__rows *r, at_rng *rng, int t, const int *sent,
                            int *z) {
  for (int i = 0; i < N; i++) {
    const float *a = alpha + (size_t)i * Ts;
    const int lo = r->lo[i], hi = r->hi[i];
    int pick = lo;
    if (rng) {
      double total = 0, acc = 0;
      for (int j = lo; j < hi; j++) total += a[j];
      float u01 = rng->rows ? at_rng_hash_uniform(at_rng_row_key(rng->rows, AT_RNG_SITE_HARD, sent ? sent[i] : i), (uint64_t)t)
                            : at_rng_uniform(rng);
      double u = (double)u01 * total;
      for (pick = lo; pick < hi - 1; pick++) {
        acc += a[pick];
        if (u < acc && a[pick] > 0.0f) break;
      }
      while (pick > lo && a[pick] == 0.0f) pick--; /* never a zero-weight position */
    } else {
      for (int j = lo + 1; j < hi; j++) pick = a[j] > a[pick] ? j : pick;
    }
    z[i] = pick;
  }
}

/* c_i = k_{z_i}. */
static void at__hard_context(const int *z, int N, const int *sent, const float *keys, int Dk, int B, float *context) {
  for (int i = 0; i < N; i++)
    memcpy(context + (size_t)i * Dk, keys + ((size_t)z[i] * B + sent[i]) * Dk, (size_t)Dk * sizeof(float));
}

/* The chosen positions of a step: the cache's last float of each row. */
static float *at__hard_slot(const at_attention *L, float *cache, size_t CF, int i) {
  (void)L;
  return cache + (size_t)i * CF + CF - 1;
}

/* In place: dA (N, Ts) = dalpha -> dscore, exactly 0 outside the window.
 * softmax: dscore = alpha * (dalpha - sum_j alpha dalpha). local-p (alpha =
 * w * g, w the window softmax, g the Gaussian): dw = dalpha * g, dscore =
 * w * (dw - sum w dw), and dp_i = sum_j dalpha_ij alpha_ij (j - p_i) / sigma^2.
 * hybrid: dp_i = sum_j dscore_ij (j - p_i) / sigma^2. dp (N) or NULL. */
static void at__attn_normalize_backward(const at_attention *L, const float *alpha /* (N, Ts) */, int N, int Ts,
                                        const at__rows *r, float *dA /* (N, Ts) */, float *dp /* (N) */) {
  const float s2 = at__sigma(L) * at__sigma(L), inv2s2 = 1.0f / (2.0f * s2);
  size_t work = (size_t)N * Ts;
  (void)work;
  AT__OMP(omp parallel for schedule(static) if (work >= AT__ATTN_PAR_MIN))
  for (int i = 0; i < N; i++) {
    const float *a = alpha + (size_t)i * Ts;
    float *d = dA + (size_t)i * Ts;
    const int lo = r->lo[i], hi = r->hi[i];
    if (L->locality == AT_LOCAL_P) {
      const float p = at__row_p(L, r, i);
      float sp = 0.0f, s = 0.0f;
      for (int j = lo; j < hi; j++) {
        float g = at__fast_exp(-((float)j - p) * ((float)j - p) * inv2s2);
        sp += d[j] * a[j] * ((float)j - p);
        d[j] *= g;                /* dw */
        s += (a[j] / g) * d[j];   /* w . dw */
      }
      for (int j = lo; j < hi; j++) {
        float g = at__fast_exp(-((float)j - p) * ((float)j - p) * inv2s2);
        d[j] = (a[j] / g) * (d[j] - s);
      }
      dp[i] = sp / s2;
    } else {
      float s = at__vdot(a + lo, d + lo, hi - lo);
      AT__OMP(omp simd)
      for (int j = lo; j < hi; j++) d[j] = a[j] * (d[j] - s);
      if (L->locality == AT_LOCAL_HYBRID) {
        const float p = at__row_p(L, r, i);
        float sp = 0.0f;
        for (int j = lo; j < hi; j++) sp += d[j] * ((float)j - p);
        dp[i] = sp / s2;
      }
    }
    for (int j = 0; j < lo; j++) d[j] = 0.0f;
    for (int j = hi; j < Ts; j++) d[j] = 0.0f;
  }
}

/* Backward of p = S sigmoid(v_p . tanh(W_p q)) given dp (N): ADDS dv_p,
 * dW_p and dq. */
static void at__positions_backward(const at_attention *L, const float *params, float *grads, const float *q, int N,
                                   const at__rows *r, const float *dp, float *dq, at_arena *scratch) {
  const int A = L->pos_dim, Dq = L->query_dim;
  const float *v = params + L->v_p;
  float *dv = grads + L->v_p;
  float *dtq = at__scratch_alloc(scratch, (size_t)N * A * sizeof(float)); /* (N, A) d(W_p q) */
  for (int i = 0; i < N; i++) {
    const float *tp = r->pos + (size_t)i * r->ps;
    const float sg = tp[A + 1], du = dp[i] * (float)r->len[i] * sg * (1.0f - sg);
    float *d = dtq + (size_t)i * A;
    for (int a = 0; a < A; a++) {
      dv[a] += du * tp[a];
      d[a] = du * v[a] * (1.0f - tp[a] * tp[a]);
    }
  }
  at_gemm(1, 0, A, Dq, N, 1.0f, dtq, A, q, Dq, 1.0f, grads + L->W_p, Dq);
  if (dq) at_gemm(0, 0, N, Dq, A, 1.0f, dtq, A, params + L->W_p, Dq, 1.0f, dq, Dq);
}

/* ---- stage 3: context (hard attention hooks in here) ---- */
static void at__attn_context(const float *alpha /* (N, Ts) */, int N, const int *sent,
                             const float *keys /* (Ts,B,Dk) */, int Dk, int Ts, int B, const at__rows *r,
                             float *context /* (N, Dk) */) {
  size_t work = (size_t)N * Ts * Dk;
  (void)work;
  AT__OMP(omp parallel for schedule(static) if (work >= AT__ATTN_PAR_MIN))
  for (int i = 0; i < N; i++) {
    float *c = context + (size_t)i * Dk;
    memset(c, 0, (size_t)Dk * sizeof(float));
    for (int j = r->lo[i]; j < r->hi[i]; j++)
      at__vaxpy(alpha[(size_t)i * Ts + j], keys + ((size_t)j * B + sent[i]) * Dk, c, Dk);
  }
}

/* dalpha_ij = dc_i . k_j into dA (N, Ts) (0 outside the window);
 * dkeys_j += alpha_ij dc_i. Parallel over sentences. */
static void at__attn_context_backward(const float *alpha, int N, const hyp_groups *g, const float *keys, int Dk,
                                      int Ts, int B, const at__rows *r, const float *dcontext /* (N, Dk) */,
                                      float *dA /* (N, Ts) */, float *dkeys /* (Ts, B, Dk) or NULL */) {
  size_t work = (size_t)N * Ts * Dk;
  (void)work;
  AT__OMP(omp parallel for schedule(dynamic, 1) if (work >= AT__ATTN_PAR_MIN))
  for (int b = 0; b < B; b++) {
    for (int h = g->start[b]; h < g->start[b + 1]; h++) {
      const int i = g->order[h], lo = r->lo[i], hi = r->hi[i];
      const float *dc = dcontext + (size_t)i * Dk;
      float *d = dA + (size_t)i * Ts;
      for (int j = 0; j < lo; j++) d[j] = 0.0f;
      for (int j = lo; j < hi; j++) {
        const size_t row = ((size_t)j * B + b) * Dk;
        d[j] = at__vdot(dc, keys + row, Dk);
        if (dkeys) at__vaxpy(alpha[(size_t)i * Ts + j], dc, dkeys + row, Dk);
      }
      for (int j = hi; j < Ts; j++) d[j] = 0.0f;
    }
  }
}

/* ---- stage 1 backward ---- */

/* dq_i += scale * sum_j dS_ij pk_j; dpk_j += scale * dS_ij q_i. */
static void at__attn_scores_dot_backward(const float *q, int N, const hyp_groups *g, const float *pk, int P, int Ts,
                                         int B, const at__rows *r, float scale, const float *dS, float *dq,
                                         float *dpk) {
  size_t work = (size_t)N * Ts * P;
  (void)work;
  AT__OMP(omp parallel for schedule(dynamic, 1) if (work >= AT__ATTN_PAR_MIN))
  for (int b = 0; b < B; b++) {
    for (int h = g->start[b]; h < g->start[b + 1]; h++) {
      const int i = g->order[h];
      for (int j = r->lo[i]; j < r->hi[i]; j++) {
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
                                            int N, const hyp_groups *g, int Ts, int B, const at__rows *r,
                                            const float *cache /* (N, CF) */, size_t CF,
                                            const float *dS /* (N, Ts) */, float *dq, float *dpk,
                                            at_arena *scratch) {
  const int A = L->attn_dim, Dq = L->query_dim;
  const float *v = params + L->v;
  float *dqp = at__scratch_alloc(scratch, (size_t)N * A * sizeof(float)); /* (N, A) */
  memset(dqp, 0, (size_t)N * A * sizeof(float));
  size_t work = (size_t)N * Ts * A;
  (void)work;
  AT__OMP(omp parallel for schedule(dynamic, 1) if (work >= AT__ATTN_PAR_MIN))
  for (int b = 0; b < B; b++) {
    for (int h = g->start[b]; h < g->start[b + 1]; h++) {
      const int i = g->order[h];
      float *dqpi = dqp + (size_t)i * A;
      for (int j = r->lo[i]; j < r->hi[i]; j++) {
        const float d = dS[(size_t)i * Ts + j];
        const float *t = cache + (size_t)i * CF + (size_t)j * A;
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
  /* dv (1, A) += sum_i dS_i (1, Ts) . T_i (Ts, A); T is 0 outside each window */
  if (CF == (size_t)Ts * A)
    at_gemm(0, 0, 1, A, N * Ts, 1.0f, dS, N * Ts, cache, A, 1.0f, grads + L->v, A);
  else
    for (int i = 0; i < N; i++)
      at_gemm(0, 0, 1, A, Ts, 1.0f, dS + (size_t)i * Ts, Ts, cache + (size_t)i * CF, A, 1.0f, grads + L->v, A);
  at_gemm(1, 0, A, Dq, N, 1.0f, dqp, A, q, Dq, 1.0f, grads + L->W_q, Dq);
  if (dq) at_gemm(0, 0, N, Dq, A, 1.0f, dqp, A, params + L->W_q, Dq, 1.0f, dq, Dq);
}

/* ---- multi-head: the stages above once per head, on d-wide slices ---- */
typedef struct at__mh_bufs {
  float *A; /* (H, N, Ts) weights */
  float *Q; /* (H, N, d) queries */
  float *C; /* (H, N, d) contexts */
} at__mh_bufs;

static at__mh_bufs at__mh_view(const at_attention *L, float *buf, int N, int Ts) {
  const int H = L->heads, d = L->key_dim / H;
  at__mh_bufs v = {buf, buf + (size_t)H * N * Ts, buf + (size_t)H * N * Ts + (size_t)H * N * d};
  return v;
}

/* Copies the heads' weights, queries and contexts between the (H, N, .)
 * buffers and the cache rows ([H Ts][Dk][Dk] at the start of each row). */
static void at__mh_cache_copy(const at_attention *L, at__mh_bufs v, float *cache, size_t CF, int N, int Ts, int to_cache) {
  const int H = L->heads, d = L->key_dim / H;
  for (int i = 0; i < N; i++) {
    float *row = cache + (size_t)i * CF;
    for (int h = 0; h < H; h++) {
      float *a = v.A + ((size_t)h * N + i) * Ts, *q = v.Q + ((size_t)h * N + i) * d, *c = v.C + ((size_t)h * N + i) * d;
      float *ra = row + (size_t)h * Ts, *rq = row + (size_t)H * Ts + (size_t)h * d, *rc = rq + L->key_dim;
      if (to_cache) {
        memcpy(ra, a, (size_t)Ts * sizeof(float)), memcpy(rq, q, (size_t)d * sizeof(float));
        memcpy(rc, c, (size_t)d * sizeof(float));
      } else {
        memcpy(a, ra, (size_t)Ts * sizeof(float)), memcpy(q, rq, (size_t)d * sizeof(float));
        memcpy(c, rc, (size_t)d * sizeof(float));
      }
    }
  }
}

const float *at_attention_cached_head(const at_attention *L, const float *cache, int Ts, int i, int h) {
  AT_ASSERT(L->heads > 0 && h >= 0 && h < L->heads);
  return cache + (size_t)i * at_attention_step_cache_floats(L, Ts) + (size_t)h * Ts;
}

static void at__mh_forward(const at_attention *L, const float *params, const at__rows *r, const float *q, int N,
                           const int *sent, const float *pkeys, int Ts, int B, float *alpha, float *context,
                           float *cache, size_t CF, at_arena *scratch) {
  const int H = L->heads, Dk = L->key_dim, d = Dk / H, Dq = L->query_dim;
  const size_t rows = (size_t)Ts * B;
  const float scale = L->score == AT_SCORE_SCALED ? 1.0f / sqrtf((float)d) : 1.0f;
  at__mh_bufs v = at__mh_view(L, at__scratch_alloc(scratch, (size_t)N * at__mh_floats(L, Ts) * sizeof(float)), N, Ts);
  for (int h = 0; h < H; h++) {
    float *Qh = v.Q + (size_t)h * N * d, *Ah = v.A + (size_t)h * N * Ts, *Ch = v.C + (size_t)h * N * d;
    at_gemm(0, 1, N, d, Dq, 1.0f, q, Dq, params + L->W_Q + (size_t)h * d * Dq, Dq, 0.0f, Qh, d);
    at__attn_scores_dot(Qh, N, sent, pkeys + (size_t)h * rows * d, d, Ts, B, r, scale, Ah);
    at__attn_normalize(L, Ah, N, Ts, r, scratch);
    at__attn_context(Ah, N, sent, pkeys + (size_t)(H + h) * rows * d, d, Ts, B, r, Ch);
    at_gemm(0, 1, N, Dk, d, 1.0f, Ch, d, params + L->W_O + (size_t)h * d, Dk, h ? 1.0f : 0.0f, context, Dk);
  }
  const float inv = 1.0f / (float)H;
  for (size_t k = 0; k < (size_t)N * Ts; k++) {
    float s = 0.0f;
    for (int h = 0; h < H; h++) s += v.A[(size_t)h * N * Ts + k];
    alpha[k] = s * inv;
  }
  if (cache) at__mh_cache_copy(L, v, cache, CF, N, Ts, 1);
}

static void at__mh_backward(const at_attention *L, const float *params, float *grads, const at__rows *r,
                            const hyp_groups *g, const float *q, int N, const float *pkeys, int Ts, int B,
                            const float *cache, size_t CF, const float *dcontext, float *dq, float *dpkeys,
                            float *dp, at_arena *scratch) {
  const int H = L->heads, Dk = L->key_dim, d = Dk / H, Dq = L->query_dim;
  const size_t rows = (size_t)Ts * B;
  const float scale = L->score == AT_SCORE_SCALED ? 1.0f / sqrtf((float)d) : 1.0f;
  at__mh_bufs v = at__mh_view(L, at__scratch_alloc(scratch, (size_t)N * at__mh_floats(L, Ts) * sizeof(float)), N, Ts);
  at__mh_bufs dv = at__mh_view(L, at__scratch_alloc(scratch, (size_t)N * at__mh_floats(L, Ts) * sizeof(float)), N, Ts);
  float *dS = at__scratch_alloc(scratch, (size_t)N * Ts * sizeof(float));
  float *dph = dp ? at__scratch_alloc(scratch, (size_t)N * sizeof(float)) : NULL;
  at__mh_cache_copy(L, v, (float *)cache, CF, N, Ts, 0);
  if (dp) memset(dp, 0, (size_t)N * sizeof(float));
  for (int h = 0; h < H; h++) {
    const float *Qh = v.Q + (size_t)h * N * d, *Ah = v.A + (size_t)h * N * Ts, *Ch = v.C + (size_t)h * N * d;
    float *dQh = dv.Q + (size_t)h * N * d, *dCh = dv.C + (size_t)h * N * d;
    const size_t Wo = L->W_O + (size_t)h * d, Wq = L->W_Q + (size_t)h * d * Dq;
    at_gemm(1, 0, Dk, d, N, 1.0f, dcontext, Dk, Ch, d, 1.0f, grads + Wo, Dk);
    at_gemm(0, 0, N, d, Dk, 1.0f, dcontext, Dk, params + Wo, Dk, 0.0f, dCh, d);
    at__attn_context_backward(Ah, N, g, pkeys + (size_t)(H + h) * rows * d, d, Ts, B, r, dCh, dS,
                              dpkeys ? dpkeys + (size_t)(H + h) * rows * d : NULL);
    at__attn_normalize_backward(L, Ah, N, Ts, r, dS, dph);
    if (dph)
      for (int i = 0; i < N; i++) dp[i] += dph[i];
    memset(dQh, 0, (size_t)N * d * sizeof(float));
    at__attn_scores_dot_backward(Qh, N, g, pkeys + (size_t)h * rows * d, d, Ts, B, r, scale, dS, dQh,
                                 dpkeys ? dpkeys + (size_t)h * rows * d : NULL);
    at_gemm(1, 0, d, Dq, N, 1.0f, dQh, d, q, Dq, 1.0f, grads + Wq, Dq);
    if (dq) at_gemm(0, 0, N, Dq, d, 1.0f, dQh, d, params + Wq, Dq, 1.0f, dq, Dq);
  }
}

/* ---- the step ---- */
void at_attention_step_forward(const at_attention *L, const float *params, int t, const float *q /* (N, Dq) */,
                               int N, const int *sent /* (N) */, const float *keys /* (Ts, B, Dk) */,
                               const float *pkeys /* (Ts, B, P) */, int Ts, int B, const int *src_len /* (B) */,
                               at_rng *rng, float *alpha /* (N, Ts) */, float *context /* (N, Dk) */,
                               float *cache /* (N, step_cache_floats) or NULL */, at_arena *scratch) {
  if (N <= 0) return;
  size_t CF = at_attention_step_cache_floats(L, Ts);
  at__rows r = at__step_rows(L, params, t, q, N, sent, B, src_len, Ts, cache, CF, 1, scratch);
  if (L->heads > 0) {
    at__mh_forward(L, params, &r, q, N, sent, pkeys, Ts, B, alpha, context, cache, CF, scratch);
    return;
  }
  at__attn_scores(L, params, q, N, sent, pkeys, Ts, B, &r, alpha, cache, CF, scratch);
  at__attn_normalize(L, alpha, N, Ts, &r, scratch);
  if (L->mode != AT_MODE_HARD) {
    at__attn_context(alpha, N, sent, keys, L->key_dim, Ts, B, &r, context);
    return;
  }
  int *z = at__scratch_alloc(scratch, (size_t)N * sizeof(int));
  at__hard_choose(alpha, N, Ts, &r, rng, t, sent, z);
  at__hard_context(z, N, sent, keys, L->key_dim, B, context);
  for (int i = 0; i < N; i++) {
    if (cache) {
      *at__hard_slot(L, cache, CF, i) = (float)z[i];
    } else { /* decoding: export the one-hot choice the model used */
      float *a = alpha + (size_t)i * Ts;
      memset(a, 0, (size_t)Ts * sizeof(float));
      a[z[i]] = 1.0f;
    }
  }
}

/* Hard attention backward: dkeys_{z_i} += dc_i (parallel over sentences) and
 * the REINFORCE/entropy score gradient into dS (N, Ts), 0 outside the
 * window; hybrid's dp from dS. */
static void at__hard_backward(const at_attention *L, const float *alpha, int N, int Ts, int B, const hyp_groups *g,
                              const at__rows *r, const float *cache, size_t CF, const float *dcontext,
                              const at_attention_rl *rl, float *dS, float *dp, float *dkeys) {
  const int Dk = L->key_dim;
  const float s2 = at__sigma(L) * at__sigma(L);
  for (int b = 0; dkeys && b < B; b++)
    for (int h = g->start[b]; h < g->start[b + 1]; h++) {
      const int i = g->order[h], z = (int)*at__hard_slot(L, (float *)cache, CF, i);
      at__vaxpy(1.0f, dcontext + (size_t)i * Dk, dkeys + ((size_t)z * B + b) * Dk, Dk);
    }
  for (int i = 0; i < N; i++) {
    const float *a = alpha + (size_t)i * Ts;
    float *d = dS + (size_t)i * Ts;
    const int lo = r->lo[i], hi = r->hi[i], z = (int)*at__hard_slot(L, (float *)cache, CF, i);
    memset(d, 0, (size_t)Ts * sizeof(float));
    if (rl) {
      /* -adv d log a_z / dS_j = -adv (delta_jz - a_j); entropy H = -sum a log a:
       * -ent dH/dS_j = ent a_j (log a_j + H) */
      double H = 0;
      for (int j = lo; j < hi; j++)
        if (a[j] > 0.0f) H -= (double)a[j] * log((double)a[j]);
      for (int j = lo; j < hi; j++) {
        double la = a[j] > 0.0f ? log((double)a[j]) : 0.0;
        d[j] = (float)(-rl->adv[i] * ((j == z) - (double)a[j]) + rl->ent[i] * (double)a[j] * (la + H));
      }
    }
    if (dp) {
      const float p = at__row_p(L, r, i);
      float sp = 0.0f;
      for (int j = lo; j < hi; j++) sp += d[j] * ((float)j - p);
      dp[i] = sp / s2;
    }
  }
}

void at_attention_step_backward(const at_attention *L, const float *params, float *grads, int t,
                                const float *q /* (N, Dq) */, int N, const int *sent /* (N) */,
                                const float *keys /* (Ts, B, Dk) */, const float *pkeys /* (Ts, B, P) */, int Ts,
                                int B, const int *src_len /* (B) */, const float *alpha /* (N, Ts) */,
                                const float *cache /* (N, step_cache_floats) */,
                                const float *dcontext /* (N, Dk) */, const at_attention_rl *rl,
                                float *dq /* (N, Dq) */,
                                float *dkeys /* (Ts, B, Dk) */, float *dpkeys /* (Ts, B, P) */,
                                at_arena *scratch) {
  if (N <= 0) return;
  size_t CF = at_attention_step_cache_floats(L, Ts);
  AT_ASSERT(cache != NULL || CF == 0);
  at__rows r = at__step_rows(L, params, t, q, N, sent, B, src_len, Ts, (float *)cache, CF, 0, scratch);
  hyp_groups g = at__group_by_sentence(sent, N, B, scratch);
  float *dS = at__scratch_alloc(scratch, (size_t)N * Ts * sizeof(float)); /* (N, Ts) */
  float *dp = at__predictive(L) ? at__scratch_alloc(scratch, (size_t)N * sizeof(float)) : NULL;
  if (L->heads > 0) {
    at__mh_backward(L, params, grads, &r, &g, q, N, pkeys, Ts, B, cache, CF, dcontext, dq, dpkeys, dp, scratch);
    if (dp) at__positions_backward(L, params, grads, q, N, &r, dp, dq, scratch);
    return;
  }
  if (L->mode == AT_MODE_HARD) {
    at__hard_backward(L, alpha, N, Ts, B, &g, &r, cache, CF, dcontext, rl, dS, dp, dkeys);
  } else {
    at__attn_context_backward(alpha, N, &g, keys, L->key_dim, Ts, B, &r, dcontext, dS, dkeys);
    at__attn_normalize_backward(L, alpha, N, Ts, &r, dS, dp);
  }
  if (L->score == AT_SCORE_CONCAT)
    at__attn_scores_concat_backward(L, params, grads, q, N, &g, Ts, B, &r, cache, CF, dS, dq, dpkeys, scratch);
  else
    at__attn_scores_dot_backward(q, N, &g, pkeys, at_attention_pkey_dim(L), Ts, B, &r, at__score_scale(L), dS, dq,
                                 dpkeys);
  if (dp) at__positions_backward(L, params, grads, q, N, &r, dp, dq, scratch);
}
