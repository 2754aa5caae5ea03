/* The Transformer layers of model/layers/layers.h, one by one (issue 10):
 *  - at_layernorm: forward against mean / biased variance / eps 1e-5 in double,
 *    in-place forward, finite-difference gradients of x, g and b (D = 1, 3, 8,
 *    33, 64);
 *  - at_ffn: ReLU and GELU, with and without a fixed dropout mask; forward
 *    against a direct double computation, gradients of x, W_1, b_1, W_2, b_2
 *    (ReLU pre-activations kept at least 10 h away from 0);
 *  - at_positions: sinusoidal values against the formula (odd D, t0 offsets),
 *    the learned table's gradient, the out-of-range error;
 *  - at_mha: self (causal or not) and cross-attention (kv_dim != dim, through
 *    at_mha_project_kv), 1, 2, 4 heads, padded and unpadded keys, attention
 *    dropout (the mask redrawn from the same seed at every evaluation) or not;
 *    gradients of every parameter, of x_q and of x_kv; weights exactly 0 where
 *    masked and rows summing to 1; padding independence and causality; arena
 *    use within at_mha_forward_bytes / at_mha_backward_bytes;
 *  - decoding: at_mha_self_step with a key/value cache against the causal
 *    forward (also past one 256-key chunk), at_mha_cross_step with a `sent`
 *    map against the cross forward and its weights, within at_mha_step_bytes;
 *  - 1 and 2 threads give bitwise identical forward and backward results.
 * Loss L = sum(r * y) in double, r random; gc_check's central differences. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "gradcheck.h"
#include "model/layers/layers.h"

static void fill(at_rng *rng, float *x, size_t n, float scale) {
  for (size_t i = 0; i < n; i++) x[i] = scale * (2.0f * at_rng_uniform(rng) - 1.0f);
}

static double max_abs_diff(const float *a, const float *b, size_t n) {
  double m = 0;
  for (size_t k = 0; k < n; k++) m = fmax(m, fabs((double)a[k] - b[k]));
  return m;
}

static float *fmalloc(size_t n) { return calloc(n ? n : 1, sizeof(float)); }

/* Largest absolute difference per layer, for the summary line. */
static double g_max_ln, g_max_ffn, g_max_pos, g_max_mha, g_max_step;
/* Test hook: ATTEND_TEST_BREAK=e in the environment adds e to every analytic
 * gradient before it is compared, to show that each gradient check fails. */
static float g_break;

static void grad_check(const char *layer, const char *what, gc_loss_fn f, void *ctx, float *x, const float *g,
                       size_t n, int max_checks, float h, double atol, double rtol, double *maxd) {
  float *gg = fmalloc(n);
  memcpy(gg, g, n * sizeof(float));
  for (size_t k = 0; k < n && g_break != 0; k++) gg[k] += g_break;
  gc_result r = gc_check(what, f, ctx, x, gg, n, max_checks, h, atol, rtol);
  free(gg);
  CHECK_MSG(r.failed == 0, "%s %s: %d of %d wrong (max abs %g)", layer, what, r.failed, r.checked, r.max_abs);
  if (r.max_abs > *maxd) *maxd = r.max_abs;
}

/* ==== layer normalisation =========================================================== */
typedef struct ln_ctx {
  at_layernorm L;
  at_params P;
  int N, D;
  float *x, *y, *stats, *r, *dx;
} ln_ctx;

static double ln_loss(void *p) {
  ln_ctx *c = p;
  at_layernorm_forward(&c->L, c->P.data, c->x, c->N, c->y, c->stats);
  return gc_dot(c->r, c->y, (size_t)c->N * c->D);
}

static void test_layernorm(int N, int D, uint64_t seed) {
  ln_ctx c;
  memset(&c, 0, sizeof c);
  c.N = N, c.D = D;
  at_params_init(&c.P);
  CHECK_OK(at_layernorm_declare(&c.L, &c.P, "ln", D));
  CHECK_OK(at_params_alloc(&c.P));
  CHECK(c.L.eps == 1e-5f);
  size_t n = (size_t)N * D;
  c.x = fmalloc(n), c.y = fmalloc(n), c.stats = fmalloc(2 * (size_t)N), c.r = fmalloc(n), c.dx = fmalloc(n);
  at_rng rng;
  at_rng_seed(&rng, seed, (uint64_t)D);
  fill(&rng, c.x, n, 2.0f);
  for (int j = 0; j < D; j++) c.P.data[c.L.g + j] = 1.0f + 0.5f * (2.0f * at_rng_uniform(&rng) - 1.0f);
  fill(&rng, c.P.data + c.L.b, (size_t)D, 0.5f);
  fill(&rng, c.r, n, 1.0f);

  /* forward against the formula in double */
  ln_loss(&c);
  double fmax_d = 0;
  for (int i = 0; i < N; i++) {
    const float *xr = c.x + (size_t)i * D;
    double mean = 0, var = 0;
    for (int j = 0; j < D; j++) mean += xr[j];
    mean /= D;
    for (int j = 0; j < D; j++) var += (xr[j] - mean) * (xr[j] - mean);
    var /= D; /* biased */
    double rstd = 1.0 / sqrt(var + 1e-5);
    for (int j = 0; j < D; j++) {
      double want = c.P.data[c.L.g + j] * (xr[j] - mean) * rstd + c.P.data[c.L.b + j];
      double got = c.y[(size_t)i * D + j];
      fmax_d = fmax(fmax_d, fabs(got - want) / fmax(1.0, fabs(want)));
    }
    CHECK_NEAR(c.stats[2 * i], mean, 1e-6 * fmax(1.0, fabs(mean)));
    CHECK_NEAR(c.stats[2 * i + 1], rstd, 1e-5 * rstd);
  }
  CHECK_MSG(fmax_d < 2e-6, "layernorm N %d D %d: forward differs from double by %g", N, D, fmax_d);
  if (fmax_d > g_max_ln) g_max_ln = fmax_d;

  /* in place: the same bits as out of place, and the same stats */
  float *y2 = fmalloc(n), *st2 = fmalloc(2 * (size_t)N);
  memcpy(y2, c.x, n * sizeof(float));
  at_layernorm_forward(&c.L, c.P.data, y2, N, y2, st2);
  CHECK_MSG(!memcmp(y2, c.y, n * sizeof(float)), "layernorm D %d: in-place forward differs", D);
  CHECK(!memcmp(st2, c.stats, 2 * (size_t)N * sizeof(float)));
  free(y2), free(st2);

  /* gradients: backward ADDS, so start from zero */
  at_params_zero_grad(&c.P);
  memset(c.dx, 0, n * sizeof(float));
  ln_loss(&c);
  at_layernorm_backward(&c.L, c.P.data, c.P.grad, c.x, N, c.stats, c.r, c.dx);
  if (D == 1) { /* y = b whatever x: dx and dg are exactly 0 */
    for (size_t k = 0; k < n; k++) CHECK(c.dx[k] == 0.0f);
    CHECK(c.P.grad[c.L.g] == 0.0f);
  }
  double dbd = 0, dgd = 0; /* the parameter gradients are column sums: checked directly too */
  for (int j = 0; j < D; j++) {
    double sb = 0, sg = 0;
    for (int i = 0; i < N; i++) {
      size_t k = (size_t)i * D + j;
      sb += c.r[k], sg += c.r[k] * (c.x[k] - c.stats[2 * i]) * c.stats[2 * i + 1];
    }
    dbd = fmax(dbd, fabs(sb - c.P.grad[c.L.b + j])), dgd = fmax(dgd, fabs(sg - c.P.grad[c.L.g + j]));
  }
  CHECK_MSG(dbd < 1e-5 && dgd < 1e-4, "layernorm D %d: db %g, dg %g from the column sums", D, dbd, dgd);
  char what[64];
  snprintf(what, sizeof what, "x (N %d, D %d)", N, D);
  grad_check("layernorm", what, ln_loss, &c, c.x, c.dx, n, 120, 3e-3f, 1e-3, 1e-2, &g_max_ln);
  snprintf(what, sizeof what, "g (N %d, D %d)", N, D);
  grad_check("layernorm", what, ln_loss, &c, c.P.data + c.L.g, c.P.grad + c.L.g, (size_t)D, 120, 3e-3f, 1e-3, 1e-2,
             &g_max_ln);
  snprintf(what, sizeof what, "b (N %d, D %d)", N, D);
  grad_check("layernorm", what, ln_loss, &c, c.P.data + c.L.b, c.P.grad + c.L.b, (size_t)D, 120, 3e-3f, 1e-3, 1e-2,
             &g_max_ln);
  free(c.x), free(c.y), free(c.stats), free(c.r), free(c.dx);
  at_params_free(&c.P);
}

/* ==== feed-forward block ============================================================= */
typedef struct ffn_ctx {
  at_ffn L;
  at_params P;
  int N, D, F;
  float *x, *pre, *hid, *mask, *y, *r, *dx, *scratch;
} ffn_ctx;

static double ffn_loss(void *p) {
  ffn_ctx *c = p;
  at_ffn_forward(&c->L, c->P.data, c->x, c->N, c->pre, c->hid, c->mask, c->y);
  return gc_dot(c->r, c->y, (size_t)c->N * c->D);
}

static void test_ffn(at_ff_activation act, int use_mask, int N, int D, int F, uint64_t seed) {
  const float h = 2e-3f, p = 0.25f;
  ffn_ctx c;
  memset(&c, 0, sizeof c);
  c.N = N, c.D = D, c.F = F;
  at_params_init(&c.P);
  CHECK_OK(at_ffn_declare(&c.L, &c.P, "ff", D, F, act));
  CHECK_OK(at_params_alloc(&c.P));
  CHECK(c.P.total == (size_t)F * D + F + (size_t)D * F + D);
  size_t nx = (size_t)N * D, nf = (size_t)N * F;
  c.x = fmalloc(nx), c.pre = fmalloc(nf), c.hid = fmalloc(nf), c.y = fmalloc(nx), c.r = fmalloc(nx);
  c.dx = fmalloc(nx), c.scratch = fmalloc(nf);
  at_rng rng;
  at_rng_seed(&rng, seed, (uint64_t)act * 2 + use_mask);
  fill(&rng, c.P.data, c.P.total, 0.5f);
  fill(&rng, c.x, nx, 1.0f);
  fill(&rng, c.r, nx, 1.0f);
  if (use_mask) {
    c.mask = fmalloc(nf);
    at_dropout_mask(&rng, p, c.mask, nf);
    int zeros = 0;
    for (size_t k = 0; k < nf; k++) {
      CHECK(c.mask[k] == 0.0f || c.mask[k] == 1.0f / (1.0f - p));
      zeros += c.mask[k] == 0.0f;
    }
    CHECK(zeros > 0 && (size_t)zeros < nf);
  }
  float *b1 = c.P.data + c.L.l1.b, *W1 = c.P.data + c.L.l1.W;
  /* ReLU's kink: redraw b_1[f] until no pre-activation of column f is within
   * 10 h of 0 (a perturbation of one input moves it by less than h). */
  for (int f = 0; f < F; f++) {
    for (int tries = 0; tries < 1000; tries++) {
      int ok = 1;
      for (int i = 0; i < N && ok; i++) {
        double z = b1[f];
        for (int k = 0; k < D; k++) z += (double)W1[(size_t)f * D + k] * c.x[(size_t)i * D + k];
        ok = fabs(z) > 20 * h;
      }
      if (ok) break;
      b1[f] = 0.5f * (2.0f * at_rng_uniform(&rng) - 1.0f);
    }
  }
  ffn_loss(&c);
  double minpre = INFINITY;
  for (size_t k = 0; k < nf; k++) minpre = fmin(minpre, fabs(c.pre[k]));
  if (act == AT_FF_RELU) CHECK_MSG(minpre > 10 * h, "a ReLU pre-activation %g is within 10 h of 0", minpre);

  /* forward in double */
  const float *W2 = c.P.data + c.L.l2.W, *b2 = c.P.data + c.L.l2.b;
  double fd = 0;
  double *hd = malloc((size_t)F * sizeof(double));
  for (int i = 0; i < N; i++) {
    for (int f = 0; f < F; f++) {
      double z = b1[f];
      for (int k = 0; k < D; k++) z += (double)W1[(size_t)f * D + k] * c.x[(size_t)i * D + k];
      fd = fmax(fd, fabs(z - c.pre[(size_t)i * F + f]) / fmax(1.0, fabs(z)));
      double a = act == AT_FF_GELU ? z * 0.5 * (1.0 + erf(z / sqrt(2.0))) : (z > 0 ? z : 0.0);
      hd[f] = a * (c.mask ? c.mask[(size_t)i * F + f] : 1.0);
      fd = fmax(fd, fabs(hd[f] - c.hid[(size_t)i * F + f]) / fmax(1.0, fabs(hd[f])));
    }
    for (int k = 0; k < D; k++) {
      double yv = b2[k];
      for (int f = 0; f < F; f++) yv += (double)W2[(size_t)k * F + f] * hd[f];
      fd = fmax(fd, fabs(yv - c.y[(size_t)i * D + k]) / fmax(1.0, fabs(yv)));
    }
  }
  free(hd);
  CHECK_MSG(fd < 1e-5, "ffn %s mask %d: forward differs from double by %g", at_ff_activation_names[act], use_mask, fd);
  if (fd > g_max_ffn) g_max_ffn = fd;

  at_params_zero_grad(&c.P);
  memset(c.dx, 0, nx * sizeof(float));
  ffn_loss(&c);
  at_ffn_backward(&c.L, c.P.data, c.P.grad, c.x, N, c.pre, c.hid, c.mask, c.r, c.dx, c.scratch);
  struct { const char *name; size_t off, n; } t[4] = {{"W_1", c.L.l1.W, (size_t)F * D},
                                                      {"b_1", c.L.l1.b, (size_t)F},
                                                      {"W_2", c.L.l2.W, (size_t)D * F},
                                                      {"b_2", c.L.l2.b, (size_t)D}};
  char what[64];
  for (int k = 0; k < 4; k++) {
    snprintf(what, sizeof what, "%s %s mask %d", t[k].name, at_ff_activation_names[act], use_mask);
    grad_check("ffn", what, ffn_loss, &c, c.P.data + t[k].off, c.P.grad + t[k].off, t[k].n, 100, h, 1e-3, 1e-2,
               &g_max_ffn);
  }
  snprintf(what, sizeof what, "x %s mask %d", at_ff_activation_names[act], use_mask);
  grad_check("ffn", what, ffn_loss, &c, c.x, c.dx, nx, 100, h, 1e-3, 1e-2, &g_max_ffn);
  free(c.x), free(c.pre), free(c.hid), free(c.y), free(c.r), free(c.dx), free(c.scratch), free(c.mask);
  at_params_free(&c.P);
}

/* ==== position encodings ============================================================== */
static void test_sinusoidal(int D, int t0, int T, int B) {
  at_positions L;
  at_params P;
  at_params_init(&P);
  CHECK_OK(at_positions_declare(&L, &P, "pos", AT_POS_SINUSOIDAL, D, 64));
  CHECK(P.count == 0);
  size_t n = (size_t)T * B * D;
  float *x = fmalloc(n), *x0 = fmalloc(n);
  at_rng rng;
  at_rng_seed(&rng, 7, (uint64_t)D);
  fill(&rng, x0, n, 1.0f);
  memcpy(x, x0, n * sizeof(float));
  /* no table: t0 + T beyond max_len is fine */
  CHECK_OK(at_positions_add(&L, NULL, x, t0, T, B));
  double m = 0;
  for (int t = 0; t < T; t++)
    for (int b = 0; b < B; b++)
      for (int j = 0; j < D; j++) {
        int i = j / 2, pos = t0 + t;
        double ang = pos / pow(10000.0, 2.0 * i / D);
        double want = (j % 2 == 0 ? sin(ang) : cos(ang)) + x0[((size_t)t * B + b) * D + j];
        m = fmax(m, fabs(want - x[((size_t)t * B + b) * D + j]));
      }
  CHECK_MSG(m < 3e-7, "sinusoidal D %d t0 %d: %g from the formula", D, t0, m);
  if (m > g_max_pos) g_max_pos = m;
  /* the backward of a sinusoid is nothing (no parameters) */
  at_positions_backward(&L, NULL, x, t0, T, B);
  free(x), free(x0);
  at_params_free(&P);
}

typedef struct pos_ctx {
  at_positions L;
  at_params P;
  int t0, T, B, D;
  float *x0, *x, *r;
} pos_ctx;

static double pos_loss(void *p) {
  pos_ctx *c = p;
  size_t n = (size_t)c->T * c->B * c->D;
  memcpy(c->x, c->x0, n * sizeof(float));
  CHECK_OK(at_positions_add(&c->L, c->P.data, c->x, c->t0, c->T, c->B));
  return gc_dot(c->r, c->x, n);
}

static void test_learned(void) {
  enum { MAXL = 9, D = 5, T = 4, B = 3 };
  pos_ctx c;
  memset(&c, 0, sizeof c);
  c.t0 = 3, c.T = T, c.B = B, c.D = D;
  at_params_init(&c.P);
  CHECK_OK(at_positions_declare(&c.L, &c.P, "pos", AT_POS_LEARNED, D, MAXL));
  CHECK_OK(at_params_alloc(&c.P));
  CHECK(c.P.total == (size_t)MAXL * D);
  size_t n = (size_t)T * B * D;
  c.x0 = fmalloc(n), c.x = fmalloc(n), c.r = fmalloc(n);
  at_rng rng;
  at_rng_seed(&rng, 11, 0);
  fill(&rng, c.P.data, c.P.total, 1.0f);
  fill(&rng, c.x0, n, 1.0f);
  fill(&rng, c.r, n, 1.0f);
  /* forward: x + table row t0 + t, exactly */
  pos_loss(&c);
  int bad = 0;
  for (int t = 0; t < T; t++)
    for (int b = 0; b < B; b++)
      for (int j = 0; j < D; j++) {
        size_t k = ((size_t)t * B + b) * D + j;
        bad += c.x[k] != c.x0[k] + c.P.data[c.L.W + (size_t)(c.t0 + t) * D + j];
      }
  CHECK(bad == 0);
  at_params_zero_grad(&c.P);
  at_positions_backward(&c.L, c.P.grad, c.r, c.t0, T, B);
  for (int p = 0; p < MAXL; p++) /* rows outside [t0, t0 + T) get nothing */
    if (p < c.t0 || p >= c.t0 + T)
      for (int j = 0; j < D; j++) CHECK(c.P.grad[c.L.W + (size_t)p * D + j] == 0.0f);
  grad_check("positions", "learned table", pos_loss, &c, c.P.data, c.P.grad, c.P.total, 100, 1e-2f, 1e-4, 1e-3,
             &g_max_pos);
  /* t0 + T == max_len is the last valid call; one more is an error and leaves x alone */
  memcpy(c.x, c.x0, n * sizeof(float));
  CHECK_OK(at_positions_add(&c.L, c.P.data, c.x, MAXL - T, T, B));
  memcpy(c.x, c.x0, n * sizeof(float));
  CHECK_STATUS(at_positions_add(&c.L, c.P.data, c.x, MAXL - T + 1, T, B), AT_ERR_INVALID_ARG);
  CHECK(strstr(at_last_error(), "9") != NULL); /* names the length */
  CHECK(!memcmp(c.x, c.x0, n * sizeof(float)));
  CHECK_STATUS(at_positions_add(&c.L, c.P.data, c.x, 0, MAXL + 1, B), AT_ERR_INVALID_ARG);
  free(c.x0), free(c.x), free(c.r);
  at_params_free(&c.P);
}

/* ==== multi-head attention ============================================================ */
typedef struct mha_ctx {
  at_mha L;
  at_params P;
  at_arena arena;
  at_mha_cache C;
  int self, Tq, Tk, B, D, Dkv, H, causal;
  const int *kv_len;
  float p;          /* attention dropout (0: none) */
  uint64_t rng_seed;
  float *xq, *xkv, *kvp, *y, *r, *dxq, *dkvp, *dxkv;
  size_t fwd_used, bwd_used; /* arena bytes of the last forward / backward */
} mha_ctx;

static void mha_forward(mha_ctx *c) {
  at_arena_reset(&c->arena);
  at_rng rng, *rp = NULL;
  if (c->p > 0) at_rng_seed(&rng, c->rng_seed, 3), rp = &rng; /* the same mask at every evaluation */
  if (!c->self) at_mha_project_kv(&c->L, c->P.data, c->xkv, c->Tk, c->B, c->kvp);
  size_t before = c->arena.used_total;
  CHECK_OK(at_mha_forward(&c->L, c->P.data, c->xq, c->Tq, c->self ? NULL : c->kvp, c->Tk, c->B, c->kv_len,
                          c->causal, c->p, rp, &c->C, c->y, &c->arena));
  c->fwd_used = c->arena.used_total - before;
}

static double mha_loss(void *p) {
  mha_ctx *c = p;
  mha_forward(c);
  return gc_dot(c->r, c->y, (size_t)c->Tq * c->B * c->D);
}

static void mha_backward(mha_ctx *c) {
  at_params_zero_grad(&c->P);
  memset(c->dxq, 0, (size_t)c->Tq * c->B * c->D * sizeof(float));
  if (!c->self) {
    memset(c->dkvp, 0, (size_t)c->Tk * c->B * 2 * c->D * sizeof(float));
    memset(c->dxkv, 0, (size_t)c->Tk * c->B * c->Dkv * sizeof(float));
  }
  mha_forward(c);
  size_t before = c->arena.used_total;
  CHECK_OK(at_mha_backward(&c->L, c->P.data, c->P.grad, &c->C, c->r, c->dxq, c->self ? NULL : c->dkvp, &c->arena));
  c->bwd_used = c->arena.used_total - before;
  if (!c->self) at_mha_project_kv_backward(&c->L, c->P.data, c->P.grad, c->xkv, c->Tk, c->B, c->dkvp, c->dxkv);
}

static void mha_setup(mha_ctx *c, int self, int Tq, int Tk, int B, int D, int Dkv, int H, int causal,
                      const int *kv_len, float p, uint64_t seed) {
  memset(c, 0, sizeof *c);
  c->self = self, c->Tq = Tq, c->Tk = Tk, c->B = B, c->D = D, c->Dkv = Dkv, c->H = H, c->causal = causal;
  c->kv_len = kv_len, c->p = p, c->rng_seed = seed + 100;
  at_params_init(&c->P);
  at_arena_init(&c->arena);
  CHECK_OK(at_mha_declare(&c->L, &c->P, "mha", D, Dkv, H, self));
  CHECK_OK(at_params_alloc(&c->P));
  size_t nq = (size_t)Tq * B, nk = (size_t)Tk * B;
  c->xq = fmalloc(nq * D), c->y = fmalloc(nq * D), c->r = fmalloc(nq * D), c->dxq = fmalloc(nq * D);
  c->xkv = fmalloc(nk * Dkv), c->kvp = fmalloc(nk * 2 * D), c->dkvp = fmalloc(nk * 2 * D), c->dxkv = fmalloc(nk * Dkv);
  at_rng rng;
  at_rng_seed(&rng, seed, (uint64_t)(self * 64 + H * 4 + causal * 2 + (p > 0)));
  fill(&rng, c->P.data, c->P.total, 0.6f);
  fill(&rng, c->xq, nq * D, 1.5f); /* large enough that the softmax is far from uniform */
  fill(&rng, c->xkv, nk * Dkv, 1.5f);
  fill(&rng, c->r, nq * D, 1.0f);
}

static void mha_teardown(mha_ctx *c) {
  free(c->xq), free(c->y), free(c->r), free(c->dxq), free(c->xkv), free(c->kvp), free(c->dkvp), free(c->dxkv);
  at_params_free(&c->P);
  at_arena_free(&c->arena);
}

static int mha_limit(const mha_ctx *c, int b, int i) {
  int n = c->kv_len ? c->kv_len[b] : c->Tk;
  return c->causal && i + 1 < n ? i + 1 : n;
}

/* C->att: exactly 0 at masked keys, positive elsewhere, rows summing to 1;
 * dropout mask values 0 or 1/(1-p). */
static void mha_check_weights(mha_ctx *c) {
  const int H = c->H, Tq = c->Tq, Tk = c->Tk;
  int bad0 = 0, badpos = 0;
  double worst = 0;
  for (int b = 0; b < c->B; b++)
    for (int h = 0; h < H; h++)
      for (int i = 0; i < Tq; i++) {
        const float *a = c->C.att + (((size_t)b * H + h) * Tq + i) * Tk;
        int n = mha_limit(c, b, i);
        double s = 0;
        for (int j = 0; j < Tk; j++) {
          if (j >= n) bad0 += a[j] != 0.0f;
          else badpos += !(a[j] > 0.0f);
          s += a[j];
        }
        worst = fmax(worst, fabs(s - 1.0));
      }
  CHECK_MSG(bad0 == 0, "mha H %d causal %d: %d masked weights are not 0", H, c->causal, bad0);
  CHECK_MSG(badpos == 0, "mha H %d causal %d: %d visible weights are not positive", H, c->causal, badpos);
  CHECK_MSG(worst < 1e-5, "mha H %d causal %d: weight rows sum to 1 +- %g", H, c->causal, worst);
  size_t att = (size_t)c->B * H * Tq * Tk;
  if (c->p > 0) {
    CHECK(c->C.mask && c->C.dropped);
    if (c->C.mask) {
      int bad = 0, zeros = 0;
      for (size_t k = 0; k < att; k++) {
        bad += c->C.mask[k] != 0.0f && c->C.mask[k] != 1.0f / (1.0f - c->p);
        zeros += c->C.mask[k] == 0.0f;
        bad += c->C.dropped[k] != c->C.att[k] * c->C.mask[k];
      }
      CHECK(bad == 0 && zeros > 0);
    }
  } else {
    CHECK(!c->C.mask && !c->C.dropped);
  }
}

/* Changing sentence b's padded positions (keys j >= kv_len[b] and, for self,
 * its query rows there) leaves every other sentence's outputs and its own
 * visible rows bitwise unchanged; with causal masking, changing position t
 * leaves rows i < t unchanged. */
static void mha_check_independence(mha_ctx *c) {
  const int D = c->D, B = c->B;
  size_t ny = (size_t)c->Tq * B * D;
  float *y0 = fmalloc(ny);
  mha_forward(c);
  memcpy(y0, c->y, ny * sizeof(float));
  at_rng rng;
  at_rng_seed(&rng, 99, 1);
  if (c->kv_len) {
    for (int b = 0; b < B; b++) {
      int len = c->kv_len[b];
      if (len >= c->Tk) continue;
      float *xs = c->self ? c->xq : c->xkv;
      int W = c->self ? D : c->Dkv;
      size_t nx = (size_t)c->Tk * B * W;
      float *save = fmalloc(nx);
      memcpy(save, xs, nx * sizeof(float));
      for (int t = len; t < c->Tk; t++)
        for (int k = 0; k < W; k++) xs[((size_t)t * B + b) * W + k] = 5.0f * (at_rng_uniform(&rng) - 0.5f);
      mha_forward(c);
      int changed_other = 0, changed_own = 0, own_padded_moved = 0;
      for (int t = 0; t < c->Tq; t++)
        for (int bb = 0; bb < B; bb++) {
          const float *a = y0 + ((size_t)t * B + bb) * D, *z = c->y + ((size_t)t * B + bb) * D;
          int diff = memcmp(a, z, (size_t)D * sizeof(float)) != 0;
          if (bb != b) changed_other += diff;
          else if (!c->self || t < len) changed_own += diff;
          else own_padded_moved += diff;
        }
      CHECK_MSG(changed_other == 0, "mha self %d H %d: sentence %d's padding changed %d rows of others", c->self,
                c->H, b, changed_other);
      CHECK_MSG(changed_own == 0, "mha self %d H %d: sentence %d's padding changed %d of its visible rows", c->self,
                c->H, b, changed_own);
      if (c->self) CHECK(own_padded_moved > 0); /* the change did reach the layer */
      memcpy(xs, save, nx * sizeof(float));
      free(save);
    }
  }
  if (c->causal) {
    int t0 = c->Tq / 2;
    float *save = fmalloc(ny);
    memcpy(save, c->xq, ny * sizeof(float));
    for (int t = t0; t < c->Tq; t++)
      for (int k = 0; k < B * D; k++) c->xq[(size_t)t * B * D + k] += 1.0f;
    mha_forward(c);
    CHECK_MSG(!memcmp(y0, c->y, (size_t)t0 * B * D * sizeof(float)), "mha causal H %d: rows before %d moved", c->H,
              t0);
    CHECK(memcmp(y0 + (size_t)t0 * B * D, c->y + (size_t)t0 * B * D, (size_t)B * D * sizeof(float)) != 0);
    memcpy(c->xq, save, ny * sizeof(float));
    free(save);
  }
  mha_forward(c);
  CHECK(!memcmp(y0, c->y, ny * sizeof(float)));
  free(y0);
}

static void test_mha(int self, int H, int causal, const int *kv_len, float p, uint64_t seed) {
  enum { B = 3, D = 8, TS = 5, TQ = 4, DKV = 6 };
  mha_ctx c;
  int Tq = self ? TS : TQ;
  mha_setup(&c, self, Tq, TS, B, D, self ? D : DKV, H, causal, kv_len, p, seed);
  char tag[96];
  snprintf(tag, sizeof tag, "%s H %d causal %d %s p %.1f", self ? "self" : "cross", H, causal,
           kv_len ? "padded" : "full", (double)p);
  mha_forward(&c);
  mha_check_weights(&c);
  CHECK_MSG(c.fwd_used <= at_mha_forward_bytes(&c.L, Tq, TS, B, p > 0), "%s: forward took %zu bytes, estimate %zu",
            tag, c.fwd_used, at_mha_forward_bytes(&c.L, Tq, TS, B, p > 0));
  mha_backward(&c);
  CHECK_MSG(c.bwd_used <= at_mha_backward_bytes(&c.L, Tq, TS, B), "%s: backward took %zu bytes, estimate %zu", tag,
            c.bwd_used, at_mha_backward_bytes(&c.L, Tq, TS, B));
  /* backward ADDS: a second call doubles the gradients */
  float *g1 = fmalloc(c.P.total);
  memcpy(g1, c.P.grad, c.P.total * sizeof(float));
  CHECK_OK(at_mha_backward(&c.L, c.P.data, c.P.grad, &c.C, c.r, c.dxq, self ? NULL : c.dkvp, &c.arena));
  double add = 0, gmax = 0;
  for (size_t k = 0; k < c.P.total; k++) {
    if (!self && ((k >= c.L.kv.W && k < c.L.kv.W + (size_t)2 * D * DKV) || (k >= c.L.kv.b && k < c.L.kv.b + 2 * D)))
      continue; /* W_kv, b_kv: project_kv_backward's */
    add = fmax(add, fabs(c.P.grad[k] - 2.0 * g1[k])), gmax = fmax(gmax, fabs(g1[k]));
  }
  CHECK_MSG(gmax > 0 && add <= 1e-5 * gmax, "%s: backward does not add (%g of %g)", tag, add, gmax);
  free(g1);
  mha_backward(&c);
  if (!self && kv_len) { /* padded keys get exactly zero gradient */
    int nz = 0;
    for (int b = 0; b < B; b++)
      for (int t = kv_len[b]; t < TS; t++)
        for (int k = 0; k < DKV; k++) nz += c.dxkv[((size_t)t * B + b) * DKV + k] != 0.0f;
    CHECK_MSG(nz == 0, "%s: %d gradients at padded keys", tag, nz);
  }
  const at_linear *lin[3] = {self ? &c.L.qkv : &c.L.q, self ? NULL : &c.L.kv, &c.L.o};
  const char *wn[3][2] = {{self ? "W_qkv" : "W_q", self ? "b_qkv" : "b_q"}, {"W_kv", "b_kv"}, {"W_o", "b_o"}};
  char what[160];
  const float h = 3e-3f;
  for (int k = 0; k < 3; k++) {
    if (!lin[k]) continue;
    size_t nw = (size_t)lin[k]->out_dim * lin[k]->in_dim, nb = (size_t)lin[k]->out_dim;
    snprintf(what, sizeof what, "%s %s", wn[k][0], tag);
    grad_check("mha", what, mha_loss, &c, c.P.data + lin[k]->W, c.P.grad + lin[k]->W, nw, 60, h, 1e-3, 1e-2,
               &g_max_mha);
    snprintf(what, sizeof what, "%s %s", wn[k][1], tag);
    grad_check("mha", what, mha_loss, &c, c.P.data + lin[k]->b, c.P.grad + lin[k]->b, nb, 60, h, 1e-3, 1e-2,
               &g_max_mha);
  }
  snprintf(what, sizeof what, "x_q %s", tag);
  grad_check("mha", what, mha_loss, &c, c.xq, c.dxq, (size_t)Tq * B * D, 80, h, 1e-3, 1e-2, &g_max_mha);
  if (!self) {
    snprintf(what, sizeof what, "x_kv %s", tag);
    grad_check("mha", what, mha_loss, &c, c.xkv, c.dxkv, (size_t)TS * B * DKV, 80, h, 1e-3, 1e-2, &g_max_mha);
  }
  if (p == 0) mha_check_independence(&c);
  mha_teardown(&c);
}

static void test_mha_errors(void) {
  at_mha L;
  at_params P;
  at_params_init(&P);
  CHECK_STATUS(at_mha_declare(&L, &P, "a", 8, 8, 3, 1), AT_ERR_INVALID_ARG);  /* 8 % 3 */
  CHECK_STATUS(at_mha_declare(&L, &P, "b", 8, 6, 2, 1), AT_ERR_INVALID_ARG);  /* self with kv_dim != dim */
  CHECK_STATUS(at_mha_declare(&L, &P, "c", 8, 8, 0, 1), AT_ERR_INVALID_ARG);
  at_params_free(&P);
}

/* ==== decoding steps against the sequence forward ======================================= */
static double rel_row_diff(const float *a, const float *b, int n) {
  double d = 0, s = 0;
  for (int k = 0; k < n; k++) d = fmax(d, fabs((double)a[k] - b[k])), s = fmax(s, fabs((double)b[k]));
  return d / fmax(s, 1e-3);
}

static void test_self_step(int H, int T, int B, int D) {
  mha_ctx c;
  mha_setup(&c, 1, T, T, B, D, D, H, 1, NULL, 0.0f, 21 + (uint64_t)T);
  mha_forward(&c);
  const int N = B, width = (T + 3) * D; /* room for more steps than used */
  float *kc = fmalloc((size_t)N * width), *vc = fmalloc((size_t)N * width);
  float *x = fmalloc((size_t)N * D), *y = fmalloc((size_t)N * D);
  for (size_t k = 0; k < (size_t)N * width; k++) kc[k] = vc[k] = NAN; /* unwritten positions must not be read */
  at_arena a;
  at_arena_init(&a);
  double worst = 0, kworst = 0;
  size_t most = 0;
  for (int t = 0; t < T; t++) {
    memcpy(x, c.xq + (size_t)t * B * D, (size_t)B * D * sizeof(float)); /* hypothesis i = sentence i */
    at_arena_reset(&a);
    size_t before = a.used_total;
    at_mha_self_step(&c.L, c.P.data, x, N, t, kc, vc, width, y, &a);
    if (a.used_total - before > most) most = a.used_total - before;
    for (int i = 0; i < N; i++) {
      worst = fmax(worst, rel_row_diff(y + (size_t)i * D, c.y + ((size_t)t * B + i) * D, D));
      const float *qp = c.C.qp + ((size_t)t * B + i) * 3 * D; /* the forward's keys and values */
      kworst = fmax(kworst, rel_row_diff(kc + (size_t)i * width + (size_t)t * D, qp + D, D));
      kworst = fmax(kworst, rel_row_diff(vc + (size_t)i * width + (size_t)t * D, qp + 2 * D, D));
    }
  }
  CHECK_MSG(worst < 1e-5, "self step H %d T %d: %g (relative) from the causal forward", H, T, worst);
  CHECK_MSG(kworst < 1e-5, "self step H %d T %d: cached keys/values %g from the forward's", H, T, kworst);
  CHECK_MSG(most <= at_mha_step_bytes(&c.L, N, T), "self step: took %zu bytes, estimate %zu", most,
            at_mha_step_bytes(&c.L, N, T));
  if (worst > g_max_step) g_max_step = worst;
  free(kc), free(vc), free(x), free(y);
  at_arena_free(&a);
  mha_teardown(&c);
}

static void test_cross_step(int H) {
  enum { B = 3, TQ = 4, TK = 5, D = 8, DKV = 6, N = 5 };
  static const int len[B] = {5, 2, 4}, sent[N] = {0, 0, 1, 2, 2};
  mha_ctx c;
  mha_setup(&c, 0, TQ, TK, B, D, DKV, H, 0, len, 0.0f, 31);
  mha_forward(&c);
  float x[N * D], y[N * D], alpha[N * 4 * TK];
  int tq[N];
  for (int i = 0; i < N; i++) {
    tq[i] = (i * 3 + 1) % TQ; /* hypotheses of one sentence at different queries */
    memcpy(x + i * D, c.xq + ((size_t)tq[i] * B + sent[i]) * D, D * sizeof(float));
  }
  at_arena a;
  at_arena_init(&a);
  for (int k = 0; k < N * H * TK; k++) alpha[k] = NAN;
  size_t before = a.used_total;
  at_mha_cross_step(&c.L, c.P.data, x, N, sent, c.kvp, TK, B, len, alpha, y, &a);
  size_t used_alpha = a.used_total - before;
  double worst = 0, aw = 0;
  int nonzero_beyond = 0;
  for (int i = 0; i < N; i++) {
    int b = sent[i];
    worst = fmax(worst, rel_row_diff(y + i * D, c.y + ((size_t)tq[i] * B + b) * D, D));
    for (int h = 0; h < H; h++)
      for (int j = 0; j < TK; j++) {
        float s = alpha[(i * H + h) * TK + j], f = c.C.att[(((size_t)b * H + h) * TQ + tq[i]) * TK + j];
        if (j >= len[b]) nonzero_beyond += s != 0.0f;
        aw = fmax(aw, fabs((double)s - f));
      }
  }
  CHECK_MSG(worst < 1e-5, "cross step H %d: %g (relative) from the forward", H, worst);
  CHECK_MSG(aw < 1e-6, "cross step H %d: alpha %g from the forward's weights", H, aw);
  CHECK(nonzero_beyond == 0);
  if (worst > g_max_step) g_max_step = worst;
  if (aw > g_max_step) g_max_step = aw;
  /* without alpha the step takes its own weights from scratch */
  float y2[N * D];
  at_arena_reset(&a);
  before = a.used_total;
  at_mha_cross_step(&c.L, c.P.data, x, N, sent, c.kvp, TK, B, len, NULL, y2, &a);
  size_t used = a.used_total - before;
  CHECK(!memcmp(y, y2, sizeof y));
  CHECK_MSG(used <= at_mha_step_bytes(&c.L, N, TK) && used_alpha <= used,
            "cross step: took %zu bytes, estimate %zu", used, at_mha_step_bytes(&c.L, N, TK));
  at_arena_free(&a);
  mha_teardown(&c);
}

/* ==== thread invariance ================================================================== */
static void test_threads(int self) {
  enum { B = 8, T = 32, D = 64, H = 4, DKV = 48 };
  static const int len[B] = {32, 7, 3, 20, 31, 1, 16, 32};
  int saved = at_get_threads();
  mha_ctx c;
  mha_setup(&c, self, T, T, B, D, self ? D : DKV, H, self, len, 0.3f, 41);
  size_t ny = (size_t)T * B * D, na = (size_t)B * H * T * T, nk = (size_t)T * B * (self ? 0 : DKV);
  size_t tot = ny + na + ny + c.P.total + nk;
  float *s[2] = {fmalloc(tot), fmalloc(tot)};
  for (int run = 0; run < 2; run++) {
    at_set_threads(run + 1);
    mha_backward(&c);
    float *o = s[run];
    memcpy(o, c.y, ny * sizeof(float)), o += ny;
    memcpy(o, c.C.att, na * sizeof(float)), o += na;
    memcpy(o, c.dxq, ny * sizeof(float)), o += ny;
    memcpy(o, c.P.grad, c.P.total * sizeof(float)), o += c.P.total;
    if (nk) memcpy(o, c.dxkv, nk * sizeof(float));
  }
  at_set_threads(saved);
  /* Per part (outputs, weights, input and parameter gradients), within 1e-5
   * of its largest value: not bitwise, since OpenBLAS (0.3.21) runs its
   * small-matrix kernels on AVX-512 processors in one thread only, and they
   * sum in another order than the threaded kernels (seen on an AMD EPYC with
   * AVX-512: up to 1.2e-4 absolute in gradients of size ~10). */
  size_t part[5] = {ny, na, ny, c.P.total, nk}, off = 0;
  static const char *const what[5] = {"outputs", "weights", "query gradients", "parameter gradients",
                                      "key/value gradients"};
  for (int q = 0; q < 5; q++) {
    double big = 0;
    for (size_t i = 0; i < part[q]; i++) big = fabs(s[0][off + i]) > big ? fabs(s[0][off + i]) : big;
    double diff = max_abs_diff(s[0] + off, s[1] + off, part[q]);
    CHECK_MSG(diff <= 1e-5 * big, "mha %s %s: 1 and 2 threads differ by %g (largest %g)", self ? "self" : "cross",
              what[q], diff, big);
    off += part[q];
  }
  free(s[0]), free(s[1]);
  mha_teardown(&c);
}

int main(void) {
  const char *brk = getenv("ATTEND_TEST_BREAK");
  if (brk && *brk) g_break = (float)atof(brk);
  double t0 = at_now();

  static const int ln_sizes[][2] = {{4, 1}, {3, 3}, {5, 8}, {2, 33}, {6, 64}};
  for (int k = 0; k < 5; k++) test_layernorm(ln_sizes[k][0], ln_sizes[k][1], 1 + (uint64_t)k);

  for (int act = 0; act < 2; act++)
    for (int m = 0; m < 2; m++) test_ffn((at_ff_activation)act, m, 5, 6, 16, 3);
  test_ffn(AT_FF_GELU, 1, 3, 8, 32, 4);

  static const int dims[] = {1, 4, 5, 16, 33}, offs[] = {0, 7, 100};
  for (int i = 0; i < 5; i++)
    for (int j = 0; j < 3; j++) test_sinusoidal(dims[i], offs[j], 3, 2);
  test_learned();

  static const int pad[3] = {5, 2, 4};
  static const int heads[3] = {1, 2, 4};
  test_mha_errors();
  for (int hi = 0; hi < 3; hi++) {
    for (int causal = 0; causal < 2; causal++)
      for (int drop = 0; drop < 2; drop++) {
        test_mha(1, heads[hi], causal, pad, drop ? 0.3f : 0.0f, 50 + (uint64_t)hi);
        if (hi == 1 && !drop) test_mha(1, heads[hi], causal, NULL, 0.0f, 60);
      }
    for (int drop = 0; drop < 2; drop++) test_mha(0, heads[hi], 0, pad, drop ? 0.3f : 0.0f, 70 + (uint64_t)hi);
    test_mha(0, heads[hi], 0, NULL, 0.0f, 80);
  }

  for (int hi = 0; hi < 3; hi++) {
    test_self_step(heads[hi], 6, 3, 8);
    test_cross_step(heads[hi]);
  }
  test_self_step(2, 300, 1, 8); /* past one 256-key chunk of the streaming softmax */

  test_threads(1);
  test_threads(0);

  fprintf(stderr,
          "max differences: layernorm %.3g, ffn %.3g, positions %.3g, mha %.3g, steps %.3g (relative); %.2f s\n",
          g_max_ln, g_max_ffn, g_max_pos, g_max_mha, g_max_step, at_now() - t0);
  CHECK_DONE();
}
