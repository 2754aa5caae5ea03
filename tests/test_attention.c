/* model/layers/attention.c: for every score (dot, scaled, general, concat) on a padded
 * batch with more hypotheses than sentences (`sent` map):
 *  - alpha exactly 0 beyond each length, rows summing to 1;
 *  - each hypothesis alone gives the same alpha and context as in the batch;
 *  - finite-difference checks of q, keys (through the context and through the
 *    projected keys: project_keys then step) and all parameters, for the loss
 *    L = r . context; padded key positions get exactly zero gradient;
 *  - inference (no cache) equals training forward; 1 and 2 threads agree;
 * plus a hand-computed two-key dot / scaled case worked out in double. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "gradcheck.h"
#include "model/layers/layers.h"

enum { TS = 5, NB = 3, NH = 5 };
static const int src_len[NB] = {5, 2, 3};
static const int sent[NH] = {0, 1, 1, 2, 0};

typedef struct ctx {
  at_attention L;
  at_params P;
  at_arena arena;
  int N, Ts, B, Dq, Dk, Pd, t; /* t: the step (local-m's p_t) */
  const int *sent, *src_len;
  float *q, *keys, *pkeys, *alpha, *context, *cache, *r;
  float *dq, *dkeys, *dpkeys;
  at_rng *rng;                 /* hard attention: sample (else argmax) */
  const at_attention_rl *rl;   /* hard attention: the REINFORCE signal in backward */
  float h;                     /* finite-difference step (0: 3e-3) */
} ctx;

static double max_abs_diff(const float *a, const float *b, size_t n) {
  double m = 0;
  for (size_t k = 0; k < n; k++) m = fmax(m, fabs((double)a[k] - b[k]));
  return m;
}

static void fill(at_rng *rng, float *x, size_t n) {
  for (size_t i = 0; i < n; i++) x[i] = at_rng_uniform(rng) - 0.5f;
}

static void forward(ctx *c, float *cache) {
  at_arena_reset(&c->arena);
  at_attention_project_keys(&c->L, c->P.data, c->keys, c->Ts, c->B, c->pkeys);
  at_attention_step_forward(&c->L, c->P.data, c->t, c->q, c->N, c->sent, c->keys, c->pkeys, c->Ts, c->B,
                            c->src_len, c->rng, c->alpha, c->context, cache, &c->arena);
}

static double loss_fn(void *p) {
  ctx *c = p;
  forward(c, c->cache);
  return gc_dot(c->r, c->context, (size_t)c->N * c->Dk);
}

static void backward(ctx *c) {
  size_t nk = (size_t)c->Ts * c->B;
  memset(c->P.grad, 0, c->P.total * sizeof(float));
  memset(c->dq, 0, (size_t)c->N * c->Dq * sizeof(float));
  memset(c->dkeys, 0, nk * c->Dk * sizeof(float));
  memset(c->dpkeys, 0, nk * c->Pd * sizeof(float));
  loss_fn(c);
  at_attention_step_backward(&c->L, c->P.data, c->P.grad, c->t, c->q, c->N, c->sent, c->keys, c->pkeys, c->Ts, c->B,
                             c->src_len, c->alpha, c->cache, c->r, c->rl, c->dq, c->dkeys, c->dpkeys, &c->arena);
  at_attention_project_keys_backward(&c->L, c->P.data, c->P.grad, c->keys, c->Ts, c->B, c->dpkeys, c->dkeys);
}

static int g_heads; /* setup: multi-head attention with this many heads (0: single) */

static void setup_mode(ctx *c, at_score_type score, at_locality_type loc, int window, at_attn_mode mode, int k, int t,
                       int N, int Ts, int B, const int *snt, const int *len, int Dq, int Dk, int A, uint64_t seed) {
  memset(c, 0, sizeof *c);
  c->N = N, c->Ts = Ts, c->B = B, c->Dq = Dq, c->Dk = Dk, c->sent = snt, c->src_len = len, c->t = t;
  at_params_init(&c->P);
  at_arena_init(&c->arena);
  if (g_heads)
    CHECK_OK(at_attention_declare_heads(&c->L, &c->P, "attn", score, Dq, Dk, g_heads));
  else
    CHECK_OK(at_attention_declare(&c->L, &c->P, "attn", score, Dq, Dk, A));
  CHECK_OK(at_attention_set_locality(&c->L, &c->P, "attn", loc, window, A));
  CHECK_OK(at_attention_set_mode(&c->L, "attn", mode, k));
  CHECK_OK(at_params_alloc(&c->P));
  c->Pd = at_attention_pkey_dim(&c->L);
  size_t nk = (size_t)Ts * B;
  c->q = malloc((size_t)N * Dq * sizeof(float));
  c->keys = malloc(nk * Dk * sizeof(float));
  c->pkeys = malloc(nk * c->Pd * sizeof(float));
  c->alpha = malloc((size_t)N * Ts * sizeof(float));
  c->context = malloc((size_t)N * Dk * sizeof(float));
  size_t cf = at_attention_step_cache_floats(&c->L, Ts);
  c->cache = malloc(((size_t)N * cf + 1) * sizeof(float));
  c->r = malloc((size_t)N * Dk * sizeof(float));
  c->dq = malloc((size_t)N * Dq * sizeof(float));
  c->dkeys = malloc(nk * Dk * sizeof(float));
  c->dpkeys = malloc(nk * c->Pd * sizeof(float));
  at_rng rng;
  at_rng_seed(&rng, seed, (uint64_t)score);
  fill(&rng, c->P.data, c->P.total);
  /* larger queries make the softmax far from uniform */
  for (size_t i = 0; i < (size_t)N * Dq; i++) c->q[i] = 3.0f * (at_rng_uniform(&rng) - 0.5f);
  fill(&rng, c->keys, nk * Dk); /* padded positions hold values too: they must not matter */
  fill(&rng, c->r, (size_t)N * Dk);
}

static void setup_local(ctx *c, at_score_type score, at_locality_type loc, int window, int t, int N, int Ts, int B,
                        const int *snt, const int *len, int Dq, int Dk, int A, uint64_t seed) {
  setup_mode(c, score, loc, window, AT_MODE_SOFT, 1, t, N, Ts, B, snt, len, Dq, Dk, A, seed);
}

static void setup(ctx *c, at_score_type score, int N, int Ts, int B, const int *snt, const int *len, int Dq,
                  int Dk, int A, uint64_t seed) {
  setup_local(c, score, AT_LOCAL_GLOBAL, 10, 0, N, Ts, B, snt, len, Dq, Dk, A, seed);
}

static void teardown(ctx *c) {
  free(c->q), free(c->keys), free(c->pkeys), free(c->alpha), free(c->context), free(c->cache), free(c->r);
  free(c->dq), free(c->dkeys), free(c->dpkeys);
  at_params_free(&c->P);
  at_arena_free(&c->arena);
}

static void check_grad(const char *what, ctx *c, float *x, const float *g, size_t n) {
  gc_result r = gc_check(what, loss_fn, c, x, g, n, 80, c->h > 0 ? c->h : 3e-3f, 1e-3, 1e-2);
  CHECK_MSG(r.failed == 0, "%s/%s %s: %d of %d wrong (max abs %g)", at_score_names[c->L.score],
            at_locality_names[c->L.locality], what, r.failed, r.checked, r.max_abs);
}

/* Weights: exactly 0 beyond the length and outside the window; nonzero
 * inside it; the window has at most 2D+1 positions, lies in the sentence
 * and (local-m) is [t-D, t+D] clipped; rows sum to 1 except local-p (the
 * Gaussian is not renormalised: sum in (0, 1]). */
static void check_support(ctx *c) {
  const at_attention *L = &c->L;
  for (int i = 0; i < c->N; i++) {
    int n = c->src_len[c->sent[i]], first = -1, last = -1;
    double s = 0;
    for (int j = 0; j < c->Ts; j++) {
      float a = c->alpha[i * c->Ts + j];
      if (j >= n) CHECK_MSG(a == 0.0f, "alpha[%d][%d] = %g beyond len %d", i, j, a, n);
      if (a != 0.0f) {
        if (first < 0) first = j;
        last = j;
      }
      s += a;
    }
    CHECK(first >= 0 && last < n);
    if (L->heads > 0 && L->mode == AT_MODE_TOPK) continue; /* the heads' averaged top-k sets: checked per head below */
    if (L->mode == AT_MODE_TOPK) { /* k nonzero weights (or the whole window when smaller), summing to 1 */
      int nz = 0, lo = first, hi = last;
      for (int j = 0; j < c->Ts; j++) nz += c->alpha[i * c->Ts + j] != 0.0f;
      int width = n; /* positions the row could keep: the clipped window */
      if (L->locality == AT_LOCAL_M) {
        int ctr = c->t < n - 1 ? c->t : n - 1, a = ctr - L->window > 0 ? ctr - L->window : 0;
        int b = ctr + L->window < n - 1 ? ctr + L->window : n - 1;
        width = b - a + 1;
      }
      if (L->locality == AT_LOCAL_P) /* window unknown here (p is internal): at most k, at least one */
        CHECK_MSG(nz >= 1 && nz <= L->topk, "topk row %d: %d nonzero (k %d)", i, nz, L->topk);
      else
        CHECK_MSG(nz == (L->topk < width ? L->topk : width), "topk row %d: %d nonzero (k %d, window %d)", i, nz,
                  L->topk, width);
      CHECK(hi - lo <= (L->locality == AT_LOCAL_M || L->locality == AT_LOCAL_P ? 2 * L->window : n));
      if (L->locality == AT_LOCAL_P)
        CHECK(s > 0 && s <= 1.0 + 1e-6);
      else
        CHECK_NEAR(s, 1.0, 1e-5);
      continue;
    }
    for (int j = first; j <= last; j++) CHECK_MSG(c->alpha[i * c->Ts + j] > 0.0f, "hole in the window at %d", j);
    if (L->locality == AT_LOCAL_M || L->locality == AT_LOCAL_P) CHECK(last - first <= 2 * L->window);
    if (L->locality == AT_LOCAL_M) {
      int ctr = c->t < n - 1 ? c->t : n - 1;
      CHECK_MSG(first == (ctr - L->window > 0 ? ctr - L->window : 0) &&
                    last == (ctr + L->window < n - 1 ? ctr + L->window : n - 1),
                "local-m window [%d, %d] at t %d, len %d", first, last, c->t, n);
    }
    if (L->locality == AT_LOCAL_GLOBAL || L->locality == AT_LOCAL_HYBRID) CHECK(first == 0 && last == n - 1);
    if (L->locality == AT_LOCAL_P)
      CHECK(s > 0 && s <= 1.0 + 1e-6);
    else
      CHECK_NEAR(s, 1.0, 1e-5);
  }
}

static void test_forward_props(ctx *c) {
  loss_fn(c);
  check_support(c);
  /* each hypothesis alone (N = 1) gives the same result */
  float *a1 = malloc((size_t)c->Ts * sizeof(float)), *c1 = malloc((size_t)c->Dk * sizeof(float));
  float *cache1 = malloc((at_attention_step_cache_floats(&c->L, c->Ts) + 1) * sizeof(float));
  double maxd = 0;
  for (int i = 0; i < c->N; i++) {
    at_attention_step_forward(&c->L, c->P.data, c->t, c->q + (size_t)i * c->Dq, 1, c->sent + i, c->keys, c->pkeys,
                              c->Ts, c->B, c->src_len, NULL, a1, c1, cache1, &c->arena);
    for (int j = 0; j < c->Ts; j++) maxd = fmax(maxd, fabs(a1[j] - c->alpha[i * c->Ts + j]));
    for (int d = 0; d < c->Dk; d++) maxd = fmax(maxd, fabs(c1[d] - c->context[i * c->Dk + d]));
  }
  CHECK_MSG(maxd < 1e-6, "%s: hypothesis alone differs by %g", at_score_names[c->L.score], maxd);
  /* inference (cache NULL) equals the training forward */
  float *a2 = malloc((size_t)c->N * c->Ts * sizeof(float)), *c2 = malloc((size_t)c->N * c->Dk * sizeof(float));
  at_attention_step_forward(&c->L, c->P.data, c->t, c->q, c->N, c->sent, c->keys, c->pkeys, c->Ts, c->B,
                            c->src_len, NULL, a2, c2, NULL, &c->arena);
  if (c->L.mode != AT_MODE_HARD) CHECK(!memcmp(a2, c->alpha, (size_t)c->N * c->Ts * sizeof(float)));
  CHECK(!memcmp(c2, c->context, (size_t)c->N * c->Dk * sizeof(float)));
  free(a1), free(c1), free(cache1), free(a2), free(c2);
}

static void test_score_local(at_score_type score, at_locality_type loc, int window, int t) {
  ctx c;
  int Dq = score <= AT_SCORE_SCALED ? 4 : 3;
  setup_local(&c, score, loc, window, t, NH, TS, NB, sent, src_len, Dq, 4, 6, 21 + (uint64_t)loc);
  test_forward_props(&c);
  backward(&c);
  /* padded key positions (j >= len) never influence anything */
  for (int j = 0; j < TS; j++)
    for (int b = 0; b < NB; b++)
      if (j >= src_len[b])
        for (int d = 0; d < c.Dk; d++) CHECK(c.dkeys[((size_t)j * NB + b) * c.Dk + d] == 0.0f);
  check_grad("q", &c, c.q, c.dq, (size_t)NH * Dq);
  check_grad("keys", &c, c.keys, c.dkeys, (size_t)TS * NB * c.Dk);
  for (int p = 0; p < c.P.count; p++) {
    const at_param_info *pi = &c.P.info[p];
    check_grad(pi->name, &c, c.P.data + pi->offset, c.P.grad + pi->offset, pi->size);
  }
  teardown(&c);
}

static void test_score(at_score_type score) { test_score_local(score, AT_LOCAL_GLOBAL, 10, 0); }

/* top-k: at most k nonzero weights, renormalised; gradients by finite
 * differences (the kept set is fixed under small steps). */
static void test_topk(at_score_type score, at_locality_type loc, int k) {
  ctx c;
  int Dq = score <= AT_SCORE_SCALED ? 4 : 3;
  setup_mode(&c, score, loc, 2, AT_MODE_TOPK, k, 1, NH, TS, NB, sent, src_len, Dq, 4, 6, 33 + (uint64_t)loc);
  c.h = 1e-3f; /* the kept set is piecewise constant: small steps do not cross a swap */
  test_forward_props(&c);
  backward(&c);
  check_grad("q", &c, c.q, c.dq, (size_t)NH * Dq);
  check_grad("keys", &c, c.keys, c.dkeys, (size_t)TS * NB * c.Dk);
  for (int p = 0; p < c.P.count; p++) {
    const at_param_info *pi = &c.P.info[p];
    check_grad(pi->name, &c, c.P.data + pi->offset, c.P.grad + pi->offset, pi->size);
  }
  teardown(&c);
}

/* Hard attention's surrogate for the REINFORCE check: with the positions z
 * held fixed, sum_i -adv_i log a_{i,z_i} - ent_i H(a_i) over the weights a
 * of the soft forward. */
typedef struct hard_ctx {
  ctx *c;
  const int *z;
  const float *adv, *ent;
} hard_ctx;

static double hard_surrogate(void *p) {
  hard_ctx *h = p;
  ctx *c = h->c;
  forward(c, c->cache);
  double L = 0;
  for (int i = 0; i < c->N; i++) {
    const float *a = c->alpha + (size_t)i * c->Ts;
    double H = 0;
    for (int j = 0; j < c->Ts; j++)
      if (a[j] > 0) H -= a[j] * log((double)a[j]);
    L += -h->adv[i] * log((double)a[h->z[i]]) - h->ent[i] * H;
  }
  return L;
}

/* Hard attention: argmax decoding picks the key of the largest weight;
 * keys get the context gradient at that position only, scores none without
 * a REINFORCE signal; with one, the score gradient is the gradient of the
 * surrogate (finite differences, positions fixed); sampling follows the
 * weights. */
static void test_hard(at_score_type score, at_locality_type loc) {
  ctx c;
  int Dq = score <= AT_SCORE_SCALED ? 4 : 3;
  setup_mode(&c, score, loc, 1, AT_MODE_HARD, 1, 2, NH, TS, NB, sent, src_len, Dq, 4, 6, 55 + (uint64_t)loc);
  /* the argmax is piecewise constant: small steps, and sharper weights keep
   * finite differences away from a change of the chosen position */
  c.h = 1e-3f;
  for (int k = 0; k < NH * Dq; k++) c.q[k] *= 3.0f;
  test_forward_props(&c);
  size_t CF = at_attention_step_cache_floats(&c.L, c.Ts);
  int z[NH];
  for (int i = 0; i < NH; i++) {
    const float *a = c.alpha + (size_t)i * c.Ts;
    int best = 0;
    for (int j = 1; j < c.Ts; j++) best = a[j] > a[best] ? j : best;
    z[i] = (int)c.cache[(size_t)i * CF + CF - 1];
    CHECK_MSG(z[i] == best, "hard argmax: chose %d, largest weight at %d", z[i], best);
    CHECK(!memcmp(c.context + (size_t)i * c.Dk, c.keys + ((size_t)z[i] * NB + sent[i]) * c.Dk, c.Dk * sizeof(float)));
  }
  backward(&c); /* no REINFORCE signal: scores get nothing, keys the context gradient */
  double dq_max = 0;
  for (int k = 0; k < NH * Dq; k++) dq_max = fmax(dq_max, fabs(c.dq[k]));
  CHECK_MSG(dq_max == 0.0, "hard without REINFORCE: dq %g", dq_max);
  check_grad("keys", &c, c.keys, c.dkeys, (size_t)TS * NB * c.Dk);
  /* REINFORCE: dcontext 0, random advantages and entropy weights */
  float adv[NH], ent[NH], *r_saved = c.r;
  at_rng rng;
  at_rng_seed(&rng, 3, 3);
  for (int i = 0; i < NH; i++) adv[i] = 2.0f * at_rng_uniform(&rng) - 1.0f, ent[i] = 0.3f * at_rng_uniform(&rng);
  at_attention_rl rl = {adv, ent};
  float *zero = calloc((size_t)NH * c.Dk, sizeof(float));
  c.r = zero;
  c.rl = &rl;
  backward(&c);
  hard_ctx h = {&c, z, adv, ent};
  typedef struct { const char *what; float *x; const float *g; size_t n; } var;
  var v[8];
  int nv = 0;
  v[nv++] = (var){"q (reinforce)", c.q, c.dq, (size_t)NH * Dq};
  v[nv++] = (var){"keys (reinforce)", c.keys, c.dkeys, (size_t)TS * NB * c.Dk};
  for (int p = 0; p < c.P.count && nv < 8; p++)
    v[nv++] = (var){c.P.info[p].name, c.P.data + c.P.info[p].offset, c.P.grad + c.P.info[p].offset,
                             c.P.info[p].size};
  for (int k = 0; k < nv; k++) {
    gc_result r = gc_check(v[k].what, hard_surrogate, &h, v[k].x, v[k].g, v[k].n, 80, 3e-3f, 1e-3, 1e-2);
    CHECK_MSG(r.failed == 0, "hard %s/%s %s: %d of %d wrong (max abs %g)", at_score_names[score],
              at_locality_names[loc], v[k].what, r.failed, r.checked, r.max_abs);
  }
  c.r = r_saved;
  c.rl = NULL;
  free(zero);
  /* sampling: 20000 draws of row 0 follow its weights */
  enum { DRAWS = 20000 };
  int count[TS] = {0};
  at_rng_seed(&rng, 9, 9);
  c.rng = &rng;
  for (int d = 0; d < DRAWS; d++) {
    forward(&c, c.cache);
    count[(int)c.cache[CF - 1]]++;
  }
  c.rng = NULL;
  for (int j = 0; j < TS; j++)
    CHECK_MSG(fabs(count[j] / (double)DRAWS - c.alpha[j]) < 0.015, "hard sampling: position %d drawn %.4f, weight %.4f",
              j, count[j] / (double)DRAWS, c.alpha[j]);
  /* decoding (no cache): the exported weights are the one-hot choice */
  at_attention_step_forward(&c.L, c.P.data, c.t, c.q, c.N, c.sent, c.keys, c.pkeys, c.Ts, c.B, c.src_len, NULL,
                            c.alpha, c.context, NULL, &c.arena);
  for (int i = 0; i < NH; i++)
    for (int j = 0; j < TS; j++) CHECK(c.alpha[i * TS + j] == (j == z[i] ? 1.0f : 0.0f));
  teardown(&c);
}

/* The Gaussian of local-p with hand-set parameters: W_p = 0 gives u = 0,
 * sigmoid 1/2, p = S/2 whatever the query; with S = 5, D = 1: p = 2.5, the
 * window is centred on floor(3) = 3: positions 2..4, window softmax of the
 * dot scores times exp(-(j - 2.5)^2 / (2 * 0.25)). */
static void test_local_p_hand(void) {
  at_attention L;
  at_params P;
  at_arena arena;
  at_params_init(&P);
  at_arena_init(&arena);
  CHECK_OK(at_attention_declare(&L, &P, "a", AT_SCORE_DOT, 1, 1, 0));
  CHECK_OK(at_attention_set_locality(&L, &P, "a", AT_LOCAL_P, 1, 2));
  CHECK(at_params_find(&P, "a/W_p") && at_params_find(&P, "a/v_p") && P.count == 2);
  CHECK_OK(at_params_alloc(&P)); /* zeros: u = 0 */
  float keys[6] = {1, 2, 3, 4, 5, 6}, q[1] = {0.5f}, alpha[6], ctxv[1];
  int s0 = 0, len = 5;
  at_attention_step_forward(&L, P.data, 0, q, 1, &s0, keys, keys, 6, 1, &len, NULL, alpha, ctxv, NULL, &arena);
  double e[3], z = 0, want_c = 0;
  for (int j = 2; j <= 4; j++) z += (e[j - 2] = exp(0.5 * keys[j]));
  for (int j = 0; j < 6; j++) {
    double w = j >= 2 && j <= 4 ? e[j - 2] / z * exp(-(j - 2.5) * (j - 2.5) / 0.5) : 0.0;
    CHECK_NEAR(alpha[j], w, 1e-6);
    want_c += w * keys[j];
  }
  CHECK_NEAR(ctxv[0], want_c, 1e-5);
  at_params_free(&P);
  at_arena_free(&arena);
}

/* Multi-head (H = 1, 2, 4) for scaled and general scores, every locality:
 * support, batch = alone, inference = training, finite differences of q,
 * keys (through the projections) and all parameters. */
static void test_heads(at_score_type score, at_locality_type loc, int heads, at_attn_mode mode) {
  ctx c;
  g_heads = heads;
  setup_mode(&c, score, loc, 1, mode, 2, 2, NH, TS, NB, sent, src_len, 4, 4, 6, 71 + (uint64_t)(heads * 4 + loc));
  g_heads = 0;
  c.h = 1e-3f;
  CHECK(c.Pd == 8 && at_params_find(&c.P, "attn/W_Q") && at_params_find(&c.P, "attn/W_O"));
  test_forward_props(&c);
  backward(&c);
  check_grad("q", &c, c.q, c.dq, (size_t)NH * c.Dq);
  check_grad("keys", &c, c.keys, c.dkeys, (size_t)TS * NB * c.Dk);
  for (int p = 0; p < c.P.count; p++) {
    const at_param_info *pi = &c.P.info[p];
    check_grad(pi->name, &c, c.P.data + pi->offset, c.P.grad + pi->offset, pi->size);
  }
  teardown(&c);
}

/* One head with identity projections is the single-head scaled dot. */
static void test_heads_identity(at_locality_type loc) {
  ctx a, b;
  setup_local(&a, AT_SCORE_SCALED, loc, 1, 1, NH, TS, NB, sent, src_len, 4, 4, 6, 5);
  g_heads = 1;
  setup_local(&b, AT_SCORE_SCALED, loc, 1, 1, NH, TS, NB, sent, src_len, 4, 4, 6, 5);
  g_heads = 0;
  memcpy(b.q, a.q, (size_t)NH * 4 * sizeof(float));
  memcpy(b.keys, a.keys, (size_t)TS * NB * 4 * sizeof(float));
  memset(b.P.data, 0, b.P.total * sizeof(float));
  static const char *const proj[] = {"attn/W_Q", "attn/W_K", "attn/W_V", "attn/W_O"};
  for (int k = 0; k < 4; k++) {
    const at_param_info *pi = at_params_find(&b.P, proj[k]);
    for (int d = 0; pi && d < 4; d++) b.P.data[pi->offset + d * 4 + d] = 1.0f;
  }
  for (int k = 0; k < a.P.count; k++) { /* local-p: the same position network */
    const at_param_info *pa = &a.P.info[k], *pb = at_params_find(&b.P, pa->name);
    if (pb) memcpy(b.P.data + pb->offset, a.P.data + pa->offset, pa->size * sizeof(float));
  }
  forward(&a, a.cache);
  forward(&b, b.cache);
  double d = fmax(max_abs_diff(a.alpha, b.alpha, (size_t)NH * TS), max_abs_diff(a.context, b.context, (size_t)NH * 4));
  CHECK_MSG(d < 1e-6, "%s: one head with identity projections differs from single-head scaled by %g",
            at_locality_names[loc], d);
  teardown(&a);
  teardown(&b);
}

static double max_diff(const float *a, const float *b, size_t n) {
  double m = 0;
  for (size_t k = 0; k < n; k++) m = fmax(m, fabs((double)a[k] - b[k]));
  return m;
}

/* Bigger sizes (threaded paths): 1 and 2 threads agree. The attention loops
 * themselves are thread-count invariant, so dot scores (no GEMM) must match
 * bitwise; general and concat go through OpenBLAS GEMMs, whose results are
 * not bitwise identical across thread counts for every shape, so those are
 * compared with a tolerance. */
static void test_threads(at_score_type score) {
  enum { N = 48, T = 20, B = 16 };
  int snt[N], len[B];
  for (int i = 0; i < N; i++) snt[i] = (i * 7) % B;
  for (int b = 0; b < B; b++) len[b] = 1 + (b * 5) % T;
  ctx c;
  setup(&c, score, N, T, B, snt, len, 32, 32, 24, 5);
  size_t nq = (size_t)N * 32, nk = (size_t)T * B * 32, na = (size_t)N * T, tot = c.P.total + nq + nk + na;
  float *s1 = malloc(tot * sizeof(float)), *s2 = malloc(tot * sizeof(float));
  for (int run = 0; run < 2; run++) {
    float *s = run ? s2 : s1;
    at_set_threads(run + 1);
    backward(&c);
    memcpy(s, c.P.grad, c.P.total * sizeof(float));
    memcpy(s + c.P.total, c.dq, nq * sizeof(float));
    memcpy(s + c.P.total + nq, c.dkeys, nk * sizeof(float));
    memcpy(s + c.P.total + nq + nk, c.alpha, na * sizeof(float));
  }
  if (score == AT_SCORE_DOT)
    CHECK(!memcmp(s1, s2, tot * sizeof(float)));
  else
    CHECK_MSG(max_diff(s1, s2, tot) < 1e-5, "%s: 1 vs 2 threads differ by %g", at_score_names[score],
              max_diff(s1, s2, tot));
  free(s1), free(s2);
  teardown(&c);
}

/* Two keys k0 = (1, 0), k1 = (0, 2) and q = (1, 1): dot scores 1 and 2
 * (scaled: divided by sqrt 2); alpha and context worked out in double. */
static void test_hand(at_score_type score) {
  at_attention L;
  at_params P;
  at_arena arena;
  at_params_init(&P);
  at_arena_init(&arena);
  CHECK_OK(at_attention_declare(&L, &P, "a", score, 2, 2, 0));
  CHECK(P.count == 0);
  CHECK_OK(at_params_alloc(&P));
  float keys[4] = {1, 0, 0, 2}, pkeys[4], q[2] = {1, 1}, alpha[2], ctxv[2];
  int s0 = 0, len = 2;
  at_attention_project_keys(&L, P.data, keys, 2, 1, pkeys);
  at_attention_step_forward(&L, P.data, 0, q, 1, &s0, keys, pkeys, 2, 1, &len, NULL, alpha, ctxv, NULL, &arena);
  double sc = score == AT_SCORE_SCALED ? 1.0 / sqrt(2.0) : 1.0;
  double e0 = exp(1.0 * sc), e1 = exp(2.0 * sc);
  double a0 = e0 / (e0 + e1), a1 = e1 / (e0 + e1);
  CHECK_NEAR(alpha[0], a0, 1e-6);
  CHECK_NEAR(alpha[1], a1, 1e-6);
  CHECK_NEAR(ctxv[0], a0 * 1.0, 1e-6);
  CHECK_NEAR(ctxv[1], a1 * 2.0, 1e-6);
  /* length 1: all weight on the first key */
  len = 1;
  at_attention_step_forward(&L, P.data, 0, q, 1, &s0, keys, pkeys, 2, 1, &len, NULL, alpha, ctxv, NULL, &arena);
  CHECK(alpha[0] == 1.0f && alpha[1] == 0.0f && ctxv[0] == 1.0f && ctxv[1] == 0.0f);
  at_params_free(&P);
  at_arena_free(&arena);
}

static void test_declare(void) {
  at_attention L;
  at_params P;
  at_params_init(&P);
  CHECK_STATUS(at_attention_declare(&L, &P, "x", AT_SCORE_DOT, 3, 4, 0), AT_ERR_INVALID_ARG);
  CHECK_STATUS(at_attention_declare(&L, &P, "x", AT_SCORE_CONCAT, 3, 4, 0), AT_ERR_INVALID_ARG);
  CHECK_OK(at_attention_declare(&L, &P, "g", AT_SCORE_GENERAL, 3, 4, 0));
  CHECK_OK(at_attention_declare(&L, &P, "c", AT_SCORE_CONCAT, 3, 4, 5));
  const at_param_info *w = at_params_find(&P, "g/W");
  CHECK(w && w->shape[0] == 3 && w->shape[1] == 4);
  CHECK(at_params_find(&P, "c/W_q") && at_params_find(&P, "c/W_k") && at_params_find(&P, "c/v"));
  CHECK(at_attention_pkey_dim(&L) == 5);
  CHECK(at_attention_step_cache_floats(&L, 7) == 35);
  at_params_free(&P);
}

int main(void) {
  test_declare();
  test_hand(AT_SCORE_DOT);
  test_hand(AT_SCORE_SCALED);
  for (int s = AT_SCORE_DOT; s <= AT_SCORE_CONCAT; s++) test_score((at_score_type)s);
  /* local attention: every score x locality, windows that cut the sentence
   * (D = 1) and windows wider than it (D = 3), steps inside and past it */
  for (int loc = AT_LOCAL_M; loc <= AT_LOCAL_HYBRID; loc++)
    for (int s = AT_SCORE_DOT; s <= AT_SCORE_CONCAT; s++) {
      test_score_local((at_score_type)s, (at_locality_type)loc, 1, 1);
      test_score_local((at_score_type)s, (at_locality_type)loc, 1, 4);
      test_score_local((at_score_type)s, (at_locality_type)loc, 3, 2);
    }
  test_local_p_hand();
  for (int loc = AT_LOCAL_GLOBAL; loc <= AT_LOCAL_HYBRID; loc++) {
    test_heads_identity((at_locality_type)loc);
    for (int h = 1; h <= 4; h *= 2) {
      test_heads(AT_SCORE_SCALED, (at_locality_type)loc, h, AT_MODE_SOFT);
      test_heads(AT_SCORE_GENERAL, (at_locality_type)loc, h, h == 2 ? AT_MODE_TOPK : AT_MODE_SOFT);
    }
  }
  for (int s = AT_SCORE_DOT; s <= AT_SCORE_CONCAT; s++) {
    test_topk((at_score_type)s, AT_LOCAL_GLOBAL, 2);
    test_topk((at_score_type)s, AT_LOCAL_M, 2);
    test_topk((at_score_type)s, AT_LOCAL_P, 3);
    test_topk((at_score_type)s, AT_LOCAL_HYBRID, 1);
    test_hard((at_score_type)s, AT_LOCAL_GLOBAL);
    test_hard((at_score_type)s, AT_LOCAL_M);
    test_hard((at_score_type)s, AT_LOCAL_HYBRID);
  }
  test_threads(AT_SCORE_DOT);
  test_threads(AT_SCORE_GENERAL);
  test_threads(AT_SCORE_CONCAT);
  CHECK_DONE();
}
