/* model/output.c: logits against double, the fused label-smoothed loss
 * against a double computation (loss, nll, ntokens, ncorrect), pad rows that
 * contribute nothing (zero gradient, no statistics), finite-difference checks
 * of W, b and h with and without label smoothing, tied mode (uses the given
 * matrix, declares nothing, has no bias), and 1 vs 2 threads giving identical
 * statistics; the blocked training path against the unblocked one. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "gradcheck.h"
#include "model/layers/layers.h"

enum { N = 6, D = 5, V = 9, PAD = 0 };
static const int targets[N] = {3, 0, 8, 1, 0, 5}; /* rows 1 and 4 are pad */

typedef struct ctx {
  at_output L;
  at_params P;
  float eps, scale;
  float h[N * D], logits[N * V], dh[N * D];
  at_loss stats;
} ctx;

static double loss_fn(void *p) {
  ctx *c = p;
  at_output_logits(&c->L, c->P.data, c->h, N, c->logits);
  memset(&c->stats, 0, sizeof c->stats);
  at_output_loss(&c->L, c->logits, targets, N, c->eps, c->scale, &c->stats);
  return c->scale * c->stats.loss_sum;
}

static void fill(at_rng *rng, float *x, size_t n, float s) {
  for (size_t i = 0; i < n; i++) x[i] = s * (at_rng_uniform(rng) - 0.5f);
}

/* Loss statistics computed in double from the logits. */
static void reference(const ctx *c, at_loss *ref, double *logits_out) {
  memset(ref, 0, sizeof *ref);
  const float *W = c->P.data + c->L.W;
  for (int i = 0; i < N; i++) {
    double x[V], m = -INFINITY, s = 0;
    int arg = 0;
    for (int v = 0; v < V; v++) {
      x[v] = c->L.tied ? 0.0 : c->P.data[c->L.b + v];
      for (int d = 0; d < D; d++) x[v] += (double)W[v * D + d] * c->h[i * D + d];
      if (logits_out) logits_out[i * V + v] = x[v];
      if (x[v] > m) m = x[v], arg = v;
    }
    if (targets[i] == PAD) continue;
    for (int v = 0; v < V; v++) s += exp(x[v] - m);
    double lse = m + log(s), loss = 0;
    for (int v = 0; v < V; v++) {
      double q = (1.0 - c->eps) * (v == targets[i]) + c->eps / V;
      loss -= q * (x[v] - lse);
    }
    ref->loss_sum += loss;
    ref->nll_sum += lse - x[targets[i]];
    ref->ntokens++;
    ref->ncorrect += arg == targets[i];
  }
}

static void check_grad(const char *what, ctx *c, float *x, const float *g, size_t n) {
  gc_result r = gc_check(what, loss_fn, c, x, g, n, 80, 3e-3f, 1e-3, 1e-2);
  CHECK_MSG(r.failed == 0, "%s (eps %g, tied %d): %d of %d wrong (max abs %g)", what, c->eps, c->L.tied, r.failed,
            r.checked, r.max_abs);
}

static void run(float eps, int tied) {
  ctx c;
  memset(&c, 0, sizeof c);
  c.eps = eps;
  c.scale = 0.5f;
  at_params_init(&c.P);
  size_t emb = 0;
  if (tied) CHECK_OK(at_params_add(&c.P, "tgt_emb/W", 2, V, D, &emb));
  int before = c.P.count;
  CHECK_OK(at_output_declare(&c.L, &c.P, "out", D, V, PAD, tied ? &emb : NULL));
  if (tied) {
    CHECK(c.P.count == before && c.L.tied && c.L.W == emb);
  } else {
    CHECK(at_params_find(&c.P, "out/W") && at_params_find(&c.P, "out/b"));
  }
  CHECK_OK(at_params_alloc(&c.P));
  at_rng rng;
  at_rng_seed(&rng, 99, (uint64_t)(tied * 2 + (eps > 0)));
  fill(&rng, c.P.data, c.P.total, 1.0f);
  fill(&rng, c.h, N * D, 4.0f);

  /* logits and loss statistics vs double */
  at_loss ref;
  double rl[N * V];
  reference(&c, &ref, rl);
  at_output_logits(&c.L, c.P.data, c.h, N, c.logits);
  double maxd = 0;
  for (int k = 0; k < N * V; k++) maxd = fmax(maxd, fabs(rl[k] - c.logits[k]));
  CHECK_MSG(maxd < 1e-5, "logits differ by %g", maxd);
  memset(&c.stats, 0, sizeof c.stats);
  at_output_loss(&c.L, c.logits, targets, N, eps, c.scale, &c.stats);
  CHECK(c.stats.ntokens == ref.ntokens && ref.ntokens == 4);
  CHECK(c.stats.ncorrect == ref.ncorrect);
  CHECK_NEAR(c.stats.loss_sum, ref.loss_sum, 1e-5 * (1 + ref.loss_sum));
  CHECK_NEAR(c.stats.nll_sum, ref.nll_sum, 1e-5 * (1 + ref.nll_sum));
  if (eps == 0.0f) CHECK_NEAR(c.stats.loss_sum, c.stats.nll_sum, 1e-9);
  /* pad rows: zero gradient; other rows: gradient sums to 0 (p and q both sum to 1) */
  for (int i = 0; i < N; i++) {
    double s = 0;
    int zero = 1;
    for (int v = 0; v < V; v++) s += c.logits[i * V + v], zero &= c.logits[i * V + v] == 0.0f;
    if (targets[i] == PAD) CHECK(zero);
    else CHECK_NEAR(s, 0.0, 1e-6);
  }
  /* statistics accumulate */
  at_output_logits(&c.L, c.P.data, c.h, N, c.logits);
  at_output_loss(&c.L, c.logits, targets, N, eps, c.scale, &c.stats);
  CHECK(c.stats.ntokens == 2 * ref.ntokens);

  /* gradients */
  loss_fn(&c);
  memset(c.P.grad, 0, c.P.total * sizeof(float));
  at_output_backward(&c.L, c.P.data, c.P.grad, c.h, N, c.logits, c.dh);
  check_grad("W", &c, c.P.data + c.L.W, c.P.grad + c.L.W, (size_t)V * D);
  if (!tied) check_grad("b", &c, c.P.data + c.L.b, c.P.grad + c.L.b, V);
  check_grad("h", &c, c.h, c.dh, N * D);
  for (int d = 0; d < D; d++) CHECK(c.dh[1 * D + d] == 0.0f && c.dh[4 * D + d] == 0.0f);
  at_params_free(&c.P);
}

/* Many rows (threaded path, more than one block of rows): identical totals
 * and gradients with 1 and 2 threads. */
static void test_threads(void) {
  enum { M = 700, W = 300 };
  at_output L;
  at_params P;
  at_params_init(&P);
  CHECK_OK(at_output_declare(&L, &P, "o", 8, W, 0, NULL));
  CHECK_OK(at_params_alloc(&P));
  float *x = malloc((size_t)M * W * sizeof(float)), *y = malloc((size_t)M * W * sizeof(float));
  int *t = malloc(M * sizeof(int));
  at_rng rng;
  at_rng_seed(&rng, 5, 5);
  fill(&rng, x, (size_t)M * W, 10.0f);
  for (int i = 0; i < M; i++) t[i] = (int)at_rng_below(&rng, W);
  at_loss s1 = {0, 0, 0, 0}, s2 = {0, 0, 0, 0};
  memcpy(y, x, (size_t)M * W * sizeof(float));
  at_set_threads(1);
  at_output_loss(&L, y, t, M, 0.1f, 1.0f, &s1);
  at_set_threads(2);
  at_output_loss(&L, x, t, M, 0.1f, 1.0f, &s2);
  CHECK(s1.loss_sum == s2.loss_sum && s1.nll_sum == s2.nll_sum);
  CHECK(s1.ntokens == s2.ntokens && s1.ncorrect == s2.ncorrect);
  CHECK(!memcmp(x, y, (size_t)M * W * sizeof(float)));
  free(x), free(y), free(t);
  at_params_free(&P);
}

/* at_output_train_rows (blocks of rows, a ragged last block, pad targets)
 * against the unblocked reference at_output_logits + at_output_loss_rows +
 * at_output_backward: the same statistics and per-row nll, gradients within
 * a tight tolerance; and bitwise the same with 1 and 2 threads. */
typedef struct blocked_out {
  float *dW, *db, *dh, *nll;
  at_loss st;
} blocked_out;

static void blocked_run(const at_output *L, const float *params, const float *h, const int *t, int M, float eps,
                        int rows, blocked_out *o) {
  const int Vb = L->vocab, Db = L->in_dim;
  float *work = at_malloc((size_t)rows * Vb * sizeof(float));
  o->dW = at_calloc((size_t)Vb * Db, sizeof(float));
  o->db = at_calloc((size_t)Vb, sizeof(float));
  o->dh = at_malloc((size_t)M * Db * sizeof(float));
  o->nll = at_malloc((size_t)M * sizeof(float));
  memset(&o->st, 0, sizeof o->st);
  at_output_train_rows(L, params, h, t, M, eps, rows, work, o->dW, o->db, o->dh, &o->st, o->nll);
  at_free(work);
}

static void blocked_free(blocked_out *o) { at_free(o->dW), at_free(o->db), at_free(o->dh), at_free(o->nll); }

static double max_rel_diff(const float *a, const float *b, size_t n) {
  double m = 0, s = 0;
  for (size_t i = 0; i < n; i++) m = fmax(m, fabs((double)a[i] - b[i])), s = fmax(s, fabs((double)b[i]));
  return s > 0 ? m / s : m;
}

static void test_blocked(float eps, int tied) {
  enum { M = 350, W = 800, Dd = 16, ROWS = 100 }; /* blocks of 100, 100, 100, 50 */
  /* W = 800: OpenBLAS's threaded driver cuts K into other pieces than its
   * one-thread driver for some K (700, 1200 here), which makes any such gemm,
   * blocked or not, differ with the thread count in the last bits. */
  at_output L;
  at_params P;
  at_params_init(&P);
  size_t emb = 0;
  if (tied) CHECK_OK(at_params_add(&P, "tgt_emb/W", 2, W, Dd, &emb));
  CHECK_OK(at_output_declare(&L, &P, "o", Dd, W, 0, tied ? &emb : NULL));
  CHECK_OK(at_params_alloc(&P));
  at_rng rng;
  at_rng_seed(&rng, 11, (uint64_t)(tied * 2 + (eps > 0)));
  fill(&rng, P.data, P.total, 1.0f);
  float *h = at_malloc((size_t)M * Dd * sizeof(float)), *logits = at_malloc((size_t)M * W * sizeof(float));
  float *dh = at_calloc((size_t)M * Dd, sizeof(float)), *nll = at_malloc(M * sizeof(float));
  int *t = at_malloc(M * sizeof(int));
  fill(&rng, h, (size_t)M * Dd, 4.0f);
  for (int i = 0; i < M; i++) t[i] = i % 7 == 3 || i >= M - 5 ? 0 : (int)at_rng_below(&rng, W); /* pads, some at the end */
  /* the unblocked reference */
  at_loss ref = {0, 0, 0, 0};
  at_params_zero_grad(&P);
  at_output_logits(&L, P.data, h, M, logits);
  at_output_loss_rows(&L, logits, t, M, eps, 1.0f, &ref, nll);
  at_output_backward(&L, P.data, P.grad, h, M, logits, dh);
  blocked_out o1, o2;
  at_set_threads(1);
  blocked_run(&L, P.data, h, t, M, eps, ROWS, &o1);
  at_set_threads(2);
  blocked_run(&L, P.data, h, t, M, eps, ROWS, &o2);
  CHECK(o1.st.ntokens == ref.ntokens && o1.st.ncorrect == ref.ncorrect && ref.ntokens < M);
  CHECK_NEAR(o1.st.loss_sum, ref.loss_sum, 1e-9 * ref.loss_sum);
  CHECK_NEAR(o1.st.nll_sum, ref.nll_sum, 1e-9 * ref.nll_sum);
  CHECK_MSG(max_rel_diff(o1.nll, nll, M) < 1e-6, "row nll differ by %g", max_rel_diff(o1.nll, nll, M));
  double dw = max_rel_diff(o1.dW, P.grad + L.W, (size_t)W * Dd), dhd = max_rel_diff(o1.dh, dh, (size_t)M * Dd);
  CHECK_MSG(dw < 1e-5 && dhd < 1e-5, "blocked (eps %g tied %d): dW differs by %g, dh by %g (relative)", eps, tied, dw,
            dhd);
  if (!tied) CHECK_MSG(max_rel_diff(o1.db, P.grad + L.b, W) < 1e-5, "db differs by %g", max_rel_diff(o1.db, P.grad + L.b, W));
  for (int i = 0; i < M; i++)
    for (int d = 0; t[i] == 0 && d < Dd; d++) CHECK(o1.dh[(size_t)i * Dd + d] == 0.0f);
  CHECK(o1.st.loss_sum == o2.st.loss_sum && o1.st.nll_sum == o2.st.nll_sum && o1.st.ncorrect == o2.st.ncorrect);
  CHECK(!memcmp(o1.dW, o2.dW, (size_t)W * Dd * sizeof(float)) && !memcmp(o1.db, o2.db, W * sizeof(float)));
  CHECK_MSG(!memcmp(o1.dh, o2.dh, (size_t)M * Dd * sizeof(float)), "dh 1 vs 2 threads: %g", max_rel_diff(o1.dh, o2.dh, (size_t)M * Dd));
  CHECK(!memcmp(o1.nll, o2.nll, M * sizeof(float)));
  /* statistics only: the same totals, no gradient buffers */
  at_loss so = {0, 0, 0, 0};
  float *work = at_malloc((size_t)ROWS * W * sizeof(float));
  at_output_train_rows(&L, P.data, h, t, M, eps, ROWS, work, NULL, NULL, NULL, &so, NULL);
  CHECK(so.loss_sum == o1.st.loss_sum && so.nll_sum == o1.st.nll_sum && so.ntokens == o1.st.ntokens);
  at_free(work);
  blocked_free(&o1), blocked_free(&o2);
  at_free(h), at_free(logits), at_free(dh), at_free(nll), at_free(t);
  at_params_free(&P);
}

int main(void) {
  run(0.0f, 0);
  run(0.1f, 0);
  run(0.1f, 1);
  run(0.0f, 1);
  test_threads();
  test_blocked(0.1f, 0);
  test_blocked(0.0f, 1);
  CHECK_DONE();
}
