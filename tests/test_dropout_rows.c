/* Per-sentence dropout (issue 12): with an at_rng_rows state every mask of a
 * sentence is a function of (key, site, the sentence's id, element), so
 *  (a) one padded batch with dropout and the same batch split into m
 *      micro-batches (rows j, j + m, ..., ids j + i * m, as the trainer
 *      splits) give the same loss and gradient to float rounding, for RNN
 *      (two layers, both directions, hard attention too) and Transformer
 *      models; the old way (a random stream per micro-batch) differs by far
 *      more, and is measured here too;
 *  (b) the masks do not depend on the thread count, the padding (T) or the
 *      row a sentence sits in, and drop the fraction p asked for;
 *  (c) without rows the masks are the sequential stream as before. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "model/layers/layers.h"
#include "model_util.h"
#ifdef _OPENMP
#include <omp.h>
#endif

enum { B = 6 };
static const int slen[B] = {7, 3, 5, 1, 6, 4}, tlen[B] = {4, 6, 2, 5, 3, 1};

/* max |a - b| / max |a| over the whole gradient. */
static double rel_diff(const float *a, const float *b, size_t n) {
  double d = 0, m = 0;
  for (size_t i = 0; i < n; i++) {
    d = fmax(d, fabs((double)a[i] - b[i]));
    m = fmax(m, fabs((double)a[i]));
  }
  return m > 0 ? d / m : d;
}

/* Sentences j, j + m, ... of the batch, as a batch of their own. */
static int slice(const mu_batch *all, int j, int m, mu_batch *out) {
  int s[MU_MAX_B][MU_MAX_T], t[MU_MAX_B][MU_MAX_T], sl[MU_MAX_B], tl[MU_MAX_B], n = 0;
  const int *sp[MU_MAX_B], *tp[MU_MAX_B];
  for (int b = j; b < B; b += m, n++) {
    sl[n] = slen[b], tl[n] = tlen[b];
    for (int i = 0; i < slen[b]; i++) s[n][i] = all->src[i * B + b];
    for (int i = 0; i < tlen[b]; i++) t[n][i] = all->tgt_out[i * B + b];
    sp[n] = s[n], tp[n] = t[n];
  }
  mu_fill(out, n, sp, sl, tp, tl);
  return n;
}

/* The gradient of the batch split into m micro-batches, summed, into g;
 * rows: per-sentence draws (else a stream per micro-batch, the old way). */
static double split_grad(at_model *mod, const mu_batch *all, int m, int rows, uint64_t key, float *g) {
  at_params *P = at_model_params(mod);
  double loss = 0;
  memset(g, 0, P->total * sizeof(float));
  for (int j = 0; j < m; j++) {
    mu_batch mb;
    int n = slice(all, j, m, &mb);
    int64_t ids[MU_MAX_B];
    for (int i = 0; i < n; i++) ids[i] = j + (int64_t)i * m;
    at_rng rng;
    at_rng_rows R = {key, ids, n, 0};
    at_rng_seed(&rng, key, 100 + (uint64_t)j);
    if (rows) rng.rows = &R;
    at_loss l;
    at_params_zero_grad(P);
    CHECK_OK(at_model_forward(mod, &mb.b, 1, &rng, &l));
    CHECK_OK(at_model_backward(mod, 1.0f));
    loss += l.loss_sum;
    for (size_t i = 0; i < P->total; i++) g[i] += P->grad[i];
  }
  return loss;
}

static void test_split(at_model_config c, const char *label) {
  at_model *mod = NULL;
  CHECK_OK(at_model_create(&c, &mod));
  if (!mod) return;
  at_model_init_params(mod, 7, 0.3f);
  at_params *P = at_model_params(mod);
  at_rng r;
  at_rng_seed(&r, 3, 3);
  mu_batch all;
  mu_random(&all, &r, B, slen, tlen, c.src_vocab, c.tgt_vocab);
  float *g1 = malloc(P->total * sizeof(float)), *gm = malloc(P->total * sizeof(float));
  double l1 = split_grad(mod, &all, 1, 1, 42, g1);
  double worst = 0;
  for (int m = 2; m <= B; m++) {
    if (m == 4 || m == 5) continue;
    double lm = split_grad(mod, &all, m, 1, 42, gm);
    double d = rel_diff(g1, gm, P->total);
    worst = fmax(worst, d);
    CHECK_MSG(fabs(l1 - lm) <= 1e-5 * fabs(l1), "%s: m = %d: loss %.9g vs %.9g", label, m, l1, lm);
    CHECK_MSG(d <= 1e-6, "%s: m = %d: the gradient differs by %.3g relative", label, m, d);
  }
  /* another step (key) draws other masks */
  double lk = split_grad(mod, &all, 1, 1, 43, gm);
  double dk = rel_diff(g1, gm, P->total);
  CHECK_MSG(dk > 1e-3, "%s: another key changes the gradient by only %.3g", label, dk);
  /* the old way: a stream per micro-batch */
  split_grad(mod, &all, 1, 0, 42, g1);
  split_grad(mod, &all, 2, 0, 42, gm);
  double old = rel_diff(g1, gm, P->total);
  printf("%-32s m = 1 vs 2, 3, 6: %.2e relative (a stream per micro-batch: %.2e; another step: %.2e, loss %.4f vs %.4f)\n",
         label, worst, old, dk, l1, lk);
  CHECK_MSG(old > 1e-3, "%s: streams per micro-batch differ by only %.3g (the test would not see a change)", label, old);
  free(g1);
  free(gm);
  at_model_free(mod);
}

static void set_threads(int n) {
#ifdef _OPENMP
  omp_set_num_threads(n);
#else
  (void)n;
#endif
}

static void test_masks(void) {
  enum { T = 40, Bm = 8, D = 300, H = 3, Tq = 9, Tk = 11 };
  const size_t n = (size_t)T * Bm * D;
  float *m1 = malloc(n * sizeof(float)), *m2 = malloc(n * sizeof(float)), *m3 = malloc(n * sizeof(float));
  int64_t ids[Bm] = {5, 0, 9, 2, 7, 1, 3, 4}, rev[Bm];
  for (int b = 0; b < Bm; b++) rev[b] = ids[Bm - 1 - b];
  at_rng rng;
  at_rng_rows R = {1234, ids, Bm, 0};
  at_rng_seed(&rng, 0, 0);
  rng.rows = &R;
  /* (b) thread counts */
  set_threads(1);
  at_dropout_mask_tbd(&rng, 0.3f, m1, T, Bm, D);
  CHECK(R.site == 1);
  set_threads(2);
  R.site = 0;
  at_dropout_mask_tbd(&rng, 0.3f, m2, T, Bm, D);
  CHECK(!memcmp(m1, m2, n * sizeof(float)));
  /* the fraction dropped and the kept scale */
  size_t zeros = 0, bad = 0;
  for (size_t i = 0; i < n; i++) {
    zeros += m1[i] == 0.0f;
    bad += m1[i] != 0.0f && m1[i] != 1.0f / 0.7f;
  }
  double frac = (double)zeros / n;
  printf("masks: %.4f dropped of %zu (p 0.3), 1 and 2 threads identical\n", frac, n);
  CHECK(fabs(frac - 0.3) < 0.005 && bad == 0);
  /* another site draws another mask */
  at_dropout_mask_tbd(&rng, 0.3f, m2, T, Bm, D);
  CHECK(memcmp(m1, m2, n * sizeof(float)) != 0);
  /* padding: T = 25 gives the first 25 steps of T = 40 */
  R.site = 0;
  at_dropout_mask_tbd(&rng, 0.3f, m2, 25, Bm, D);
  CHECK(!memcmp(m1, m2, (size_t)25 * Bm * D * sizeof(float)));
  /* the row a sentence sits in does not matter: the rows reversed */
  R.id = rev, R.site = 0;
  at_dropout_mask_tbd(&rng, 0.3f, m3, T, Bm, D);
  int same = 1;
  for (int t = 0; t < T; t++)
    for (int b = 0; b < Bm; b++)
      same &= !memcmp(m1 + ((size_t)t * Bm + b) * D, m3 + ((size_t)t * Bm + (Bm - 1 - b)) * D, D * sizeof(float));
  CHECK(same);
  /* attention weights (B, H, Tq, Tk): the padding of Tk does not matter */
  R.id = ids, R.site = 0;
  at_dropout_mask_attn(&rng, 0.2f, m1, Bm, H, Tq, Tk);
  R.site = 0;
  at_dropout_mask_attn(&rng, 0.2f, m2, Bm, H, Tq, Tk + 4);
  same = 1;
  for (int bh = 0; bh < Bm * H; bh++)
    for (int i = 0; i < Tq; i++)
      same &= !memcmp(m1 + ((size_t)bh * Tq + i) * Tk, m2 + ((size_t)bh * Tq + i) * (Tk + 4), Tk * sizeof(float));
  CHECK(same);
  /* (c) without rows: the stream, as at_dropout_mask */
  at_rng s1, s2;
  at_rng_seed(&s1, 77, 5);
  at_rng_seed(&s2, 77, 5);
  at_dropout_mask_tbd(&s1, 0.3f, m1, T, Bm, D);
  at_dropout_mask(&s2, 0.3f, m2, n);
  CHECK(!memcmp(m1, m2, n * sizeof(float)) && s1.state == s2.state);
  free(m1);
  free(m2);
  free(m3);
}

int main(void) {
  test_masks();
  at_model_config c = mu_config(AT_CELL_LSTM, AT_ATTN_LUONG, AT_SCORE_GENERAL, 1, 0, 2, 1, 8, 10);
  c.dropout = 0.3f;
  test_split(c, "lstm luong L2 bi, dropout 0.3");
  c = mu_config(AT_CELL_GRU, AT_ATTN_BAHDANAU, AT_SCORE_CONCAT, 0, 0, 2, 1, 8, 10);
  c.dropout = 0.3f, c.attn_mode = AT_MODE_HARD;
  test_split(c, "gru bahdanau hard L2, dropout 0.3");
  c = mu_config(AT_CELL_GRU, AT_ATTN_LUONG, AT_SCORE_GENERAL, 1, 0, 1, 1, 8, 8);
  c.encoder = AT_ENC_TRANSFORMER, c.decoder = AT_DEC_TRANSFORMER, c.heads = 2, c.ff_dim = 12;
  c.enc_layers = c.dec_layers = 2, c.max_positions = 16;
  c.dropout = 0.2f, c.attn_dropout = 0.1f, c.ff_dropout = 0.3f;
  test_split(c, "transformer, dropout 0.2/0.1/0.3");
  CHECK_DONE();
}
