/* Output projection and the fused label-smoothed cross-entropy.
 *
 * Loss per non-pad row with target t, p = softmax(x), q = (1-eps) onehot(t) + eps/V:
 *   loss = -sum_j q_j log p_j = (1-eps) (lse - x_t) + eps (lse - mean_j x_j)
 *   nll  = lse - x_t,   dlogits = scale * (p - q).
 * One row is three passes over V: max/argmax/sum, exp and sum, gradient.
 * Rows run in parallel; per-row statistics go to a small array that is then
 * summed in row order, so the totals do not depend on the thread count. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/fastmath.h"
#include "core/qgemm.h"
#include "core/omp.h"
#include "model/layers/layers.h"


#define AT__LOSS_BLOCK 256 /* rows whose statistics are held at once */

at_status at_output_declare(at_output *L, at_params *P, const char *name, int in_dim, int vocab, int pad_id,
                            const size_t *tied_W) {
  memset(L, 0, sizeof *L);
  if (in_dim <= 0 || vocab <= 0 || pad_id < 0 || pad_id >= vocab)
    return at_fail(AT_ERR_INVALID_ARG, "output %s: bad sizes in %d vocab %d pad %d", name, in_dim, vocab, pad_id);
  L->in_dim = in_dim;
  L->vocab = vocab;
  L->pad_id = pad_id;
  if (tied_W) {
    L->tied = 1;
    L->W = *tied_W;
    return AT_OK;
  }
  char buf[96];
  snprintf(buf, sizeof buf, "%s/W", name);
  at_status s = at_params_add(P, buf, 2, vocab, in_dim, &L->W);
  if (s != AT_OK) return s;
  snprintf(buf, sizeof buf, "%s/b", name);
  return at_params_add(P, buf, 1, vocab, 1, &L->b);
}

void at_output_logits(const at_output *L, const float *params, const float *h /* (N, D) */, int N,
                      float *logits /* (N, V) */) {
  const int V = L->vocab, D = L->in_dim;
  if (N <= 0) return;
  float beta = 0.0f;
  if (!L->tied) {
    const float *b = params + L->b; /* (V) */
    for (int i = 0; i < N; i++) memcpy(logits + (size_t)i * V, b, (size_t)V * sizeof(float));
    beta = 1.0f;
  }
  at_gemm(0, 1, N, V, D, 1.0f, h, D, params + L->W, D, beta, logits, V);
}

void at_output_pack_rows(const at_output *L, const float *params, const int *ids, int n, float *W_sub,
                         float *b_sub) {
  const size_t D = (size_t)L->in_dim;
  for (int i = 0; i < n; i++) {
    memcpy(W_sub + (size_t)i * D, params + L->W + (size_t)ids[i] * D, D * sizeof(float));
    if (!L->tied) b_sub[i] = params[L->b + (size_t)ids[i]];
  }
}

void at_output_logits_packed(const at_output *L, const float *W_sub, const float *b_sub, int n, const float *h,
                             int N, float *logits) {
  const int D = L->in_dim;
  if (N <= 0 || n <= 0) return;
  float beta = 0.0f;
  if (b_sub) {
    for (int i = 0; i < N; i++) memcpy(logits + (size_t)i * n, b_sub, (size_t)n * sizeof(float));
    beta = 1.0f;
  }
  at_gemm(0, 1, N, n, D, 1.0f, h, D, W_sub, D, beta, logits, n);
}

void at_output_logits_q(const at_output *L, const at_qpacked *W, const float *b, const float *h, int N,
                        float *logits) {
  const int n = W->N;
  if (N <= 0) return;
  float beta = 0.0f;
  if (b) {
    for (int i = 0; i < N; i++) memcpy(logits + (size_t)i * n, b, (size_t)n * sizeof(float));
    beta = 1.0f;
  }
  at_gemm_wt_packed(W, N, h, L->in_dim, beta, logits, n);
}

typedef struct row_stats {
  double loss, nll;
  int counted, correct;
} row_stats;

/* Largest logit (first index on ties) and the sum of the logits. Two
 * vectorized passes (max and sum, then the first index holding the max)
 * instead of one scalar compare-and-branch loop. */
static float at__row_max_sum(const float *x, int V, int *arg, float *sum) {
  float m = -INFINITY, s = 0.0f;
  AT__OMP(omp simd reduction(max : m) reduction(+ : s))
  for (int j = 0; j < V; j++) {
    m = x[j] > m ? x[j] : m;
    s += x[j];
  }
  int a = V;
  AT__OMP(omp simd reduction(min : a))
  for (int j = 0; j < V; j++) {
    int c = x[j] == m ? j : V;
    a = c < a ? c : a;
  }
  *arg = a;
  *sum = s;
  return m;
}

/* x_j <- exp(x_j - m); returns the sum. */
static float at__row_exp(float *x, int V, float m) {
  float s = 0.0f;
  AT__OMP(omp simd reduction(+ : s))
  for (int j = 0; j < V; j++) {
    float e = at__fast_exp(x[j] - m);
    x[j] = e;
    s += e;
  }
  return s;
}

/* One non-pad row in place: x (V) logits -> scale * (softmax - q); with
 * grad 0 the statistics only (x is left holding exp(x - max)). */
static row_stats at__loss_row(float *x, int V, int target, float eps, float scale, int grad) {
  row_stats r = {0.0, 0.0, 1, 0};
  int arg;
  float sx;
  const float m = at__row_max_sum(x, V, &arg, &sx);
  const double xt = x[target];
  const float se = at__row_exp(x, V, m);
  const double lse = (double)m + log((double)se);
  r.nll = lse - xt;
  r.loss = (1.0 - eps) * r.nll + eps * (lse - (double)sx / V);
  r.correct = arg == target;
  if (!grad) return r;
  const float inv = scale / se, off = scale * eps / (float)V;
  AT__OMP(omp simd)
  for (int j = 0; j < V; j++) x[j] = x[j] * inv - off;
  x[target] -= scale * (1.0f - eps);
  return r;
}

static void at__loss_block(const at_output *L, float *logits, const int *targets, int N, float eps, float scale,
                           int grad, at_loss *stats, float *row_nll);

void at_output_loss(const at_output *L, float *logits, const int *targets, int N, float eps, float scale,
                    at_loss *stats) {
  at_output_loss_rows(L, logits, targets, N, eps, scale, stats, NULL);
}

void at_output_loss_rows(const at_output *L, float *logits, const int *targets, int N, float eps, float scale,
                         at_loss *stats, float *row_nll) {
  at__loss_block(L, logits, targets, N, eps, scale, 1, stats, row_nll);
}

/* at_output_loss_rows; grad 0: statistics only, logits left scrambled. */
static void at__loss_block(const at_output *L, float *logits /* (N, V) in: logits, out: dlogits */,
                           const int *targets /* (N) */, int N, float eps, float scale, int grad, at_loss *stats,
                           float *row_nll /* (N) or NULL */) {
  const int V = L->vocab;
  row_stats rs[AT__LOSS_BLOCK];
  for (int r0 = 0; r0 < N; r0 += AT__LOSS_BLOCK) {
    const int n = N - r0 < AT__LOSS_BLOCK ? N - r0 : AT__LOSS_BLOCK;
    size_t work = (size_t)n * V;
    (void)work;
    AT__OMP(omp parallel for schedule(static) if (work >= 32768))
    for (int k = 0; k < n; k++) {
      float *x = logits + (size_t)(r0 + k) * V;
      const int t = targets[r0 + k];
      if (t == L->pad_id) {
        if (grad) memset(x, 0, (size_t)V * sizeof(float));
        rs[k] = (row_stats){0.0, 0.0, 0, 0};
        continue;
      }
      AT_ASSERT(t >= 0 && t < V);
      rs[k] = at__loss_row(x, V, t, eps, scale, grad);
    }
    if (row_nll)
      for (int k = 0; k < n; k++) row_nll[r0 + k] = (float)rs[k].nll;
    if (!stats) continue;
    for (int k = 0; k < n; k++) {
      if (!rs[k].counted) continue;
      stats->loss_sum += rs[k].loss;
      stats->nll_sum += rs[k].nll;
      stats->ntokens++;
      stats->ncorrect += rs[k].correct;
    }
  }
}

/* db (V) += column sums of dlogits (N, V), each column summed in row order. */
static void at__bias_backward(const float *dlogits, int N, int V, float *db) {
  enum { CB = 512 };
  const int nb = (V + CB - 1) / CB;
  size_t work = (size_t)N * V;
  (void)work;
  AT__OMP(omp parallel for schedule(static) if (work >= 65536))
  for (int c = 0; c < nb; c++) {
    const int j0 = c * CB, j1 = j0 + CB < V ? j0 + CB : V;
    for (int i = 0; i < N; i++) {
      const float *r = dlogits + (size_t)i * V;
      AT__OMP(omp simd)
      for (int j = j0; j < j1; j++) db[j] += r[j];
    }
  }
}

void at_output_backward(const at_output *L, const float *params, float *grads, const float *h /* (N, D) */, int N,
                        const float *dlogits /* (N, V) */, float *dh /* (N, D) or NULL */) {
  const int V = L->vocab, D = L->in_dim;
  if (N <= 0) return;
  at_gemm(1, 0, V, D, N, 1.0f, dlogits, V, h, D, 1.0f, grads + L->W, D);
  if (!L->tied) at__bias_backward(dlogits, N, V, grads + L->b);
  if (dh) at_gemm(0, 0, N, D, V, 1.0f, dlogits, V, params + L->W, D, 1.0f, dh, D);
}

void at_output_train_rows(const at_output *L, const float *params, const float *h /* (N, D) */,
                          const int *targets /* (N) */, int N, float eps, int rows, float *work /* (rows, V) */,
                          float *dW /* (V, D) or NULL */, float *db /* (V) or NULL */, float *dh /* (N, D) or NULL */,
                          at_loss *stats, float *row_nll /* (N) or NULL */) {
  const int V = L->vocab, D = L->in_dim;
  const int grad = dW || db || dh;
  AT_ASSERT(rows > 0);
  for (int r0 = 0; r0 < N; r0 += rows) {
    const int n = N - r0 < rows ? N - r0 : rows;
    const float *hb = h + (size_t)r0 * D; /* (n, D) */
    at_output_logits(L, params, hb, n, work);
    at__loss_block(L, work, targets + r0, n, eps, 1.0f, grad, stats, row_nll ? row_nll + r0 : NULL);
    if (dW) at_gemm(1, 0, V, D, n, 1.0f, work, V, hb, D, 1.0f, dW, D);
    if (db && !L->tied) at__bias_backward(work, n, V, db);
    if (dh) at_gemm(0, 0, n, D, V, 1.0f, work, V, params + L->W, D, 0.0f, dh + (size_t)r0 * D, D);
  }
}
