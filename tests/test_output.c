/* model/output.c: logits against double, the fused label-smoothed loss
 * against a double computation (loss, nll, ntokens, ncorrect), pad rows that
 * contribute nothing (zero gradient, no statistics), finite-difference checks
 * of W, b and h with and without label smoothing, tied mode (uses the given
 * matrix, declares nothing, has no bias), and 1 vs 2 threads giving identical
 * statistics. */
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

int main(void) {
  run(0.0f, 0);
  run(0.1f, 0);
  run(0.1f, 1);
  run(0.0f, 1);
  test_threads();
  CHECK_DONE();
}
