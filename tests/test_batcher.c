/* Batching: coverage per epoch, token budgets, seeding, resumable state and
 * the padded time-major layout, on a synthetic corpus. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "train/train.h"

/* A corpus of n pairs with pseudo-random lengths; source ids of pair i are
 * 1000 + i, then (s = 1..) 4 + s, then EOS; target ids 2000 + i, 5, 6, .. */
static void make_corpus(at_corpus *c, int n, int max_len, unsigned seed) {
  memset(c, 0, sizeof *c);
  c->n = n;
  c->off = malloc((size_t)(n + 1) * sizeof *c->off);
  c->src_len = malloc((size_t)n * sizeof(int));
  c->tgt_len = malloc((size_t)n * sizeof(int));
  c->line = malloc((size_t)n * sizeof(long));
  at_rng r;
  at_rng_seed(&r, seed, 7);
  size_t total = 0;
  for (int i = 0; i < n; i++) {
    c->src_len[i] = 2 + (int)at_rng_below(&r, (uint32_t)max_len);
    c->tgt_len[i] = 1 + (int)at_rng_below(&r, (uint32_t)max_len);
    total += (size_t)(c->src_len[i] + c->tgt_len[i]);
  }
  c->ids = malloc(total * sizeof(int));
  c->off[0] = 0;
  for (int i = 0; i < n; i++) {
    int *s = c->ids + c->off[i], *t = s + c->src_len[i];
    for (int k = 0; k < c->src_len[i] - 1; k++) s[k] = k == 0 ? 1000 + i : 4 + k;
    s[c->src_len[i] - 1] = AT_EOS_ID;
    for (int k = 0; k < c->tgt_len[i]; k++) t[k] = k == 0 ? 2000 + i : 4 + k;
    c->off[i + 1] = c->off[i] + (size_t)(c->src_len[i] + c->tgt_len[i]);
    c->line[i] = i + 1;
    if (c->src_len[i] > c->max_src_len) c->max_src_len = c->src_len[i];
    if (c->tgt_len[i] > c->max_tgt_len) c->max_tgt_len = c->tgt_len[i];
    c->src_tokens += c->src_len[i];
    c->tgt_tokens += c->tgt_len[i] + 1;
  }
}

/* Checks the padded layout of batch b against the corpus pairs idx[]. */
static int batch_matches(const at_corpus *c, const at_batch *b, const int *idx) {
  int ok = 1, Ts = 0, Tt = 0;
  for (int j = 0; j < b->B; j++) {
    int p = idx[j], sl = c->src_len[p], n = c->tgt_len[p];
    const int *s = c->ids + c->off[p], *y = s + sl;
    ok &= b->src_len[j] == sl && b->tgt_len[j] == n + 1;
    if (sl > Ts) Ts = sl;
    if (n + 1 > Tt) Tt = n + 1;
    for (int t = 0; t < b->Ts; t++) ok &= b->src[t * b->B + j] == (t < sl ? s[t] : AT_PAD_ID);
    for (int t = 0; t < b->Tt; t++) {
      ok &= b->tgt_in[t * b->B + j] == (t == 0 ? AT_BOS_ID : t <= n ? y[t - 1] : AT_PAD_ID);
      ok &= b->tgt_out[t * b->B + j] == (t < n ? y[t] : t == n ? AT_EOS_ID : AT_PAD_ID);
    }
  }
  return ok && b->Ts == Ts && b->Tt == Tt;
}

/* Every pair exactly once per epoch, for three epochs; layouts correct. */
static void test_coverage(const at_corpus *c, int type, int size) {
  at_batcher_options o;
  at_batcher_options_default(&o);
  o.type = type;
  o.size = size;
  o.pool = 50;
  at_batcher *bt;
  CHECK_OK(at_batcher_create(c, &o, &bt));
  int *seen = calloc((size_t)c->n, sizeof(int));
  for (int e = 0; e < 3; e++) {
    CHECK(at_batcher_epoch(bt) == e && at_batcher_pos(bt) == 0);
    memset(seen, 0, (size_t)c->n * sizeof(int));
    int nb = at_batcher_num_batches(bt), layout_ok = 1, budget_ok = 1;
    for (int k = 0; k < nb; k++) {
      at_batch b;
      int B0;
      const int *idx0 = at_batcher_pairs(bt, k, &B0);
      int first = idx0[0];
      CHECK_OK(at_batcher_next(bt, &b));
      int B;
      const int *idx = at_batcher_last_pairs(bt, &B);
      CHECK(B == B0 && idx[0] == first);
      CHECK(k == nb - 1 ? at_batcher_epoch(bt) == e + 1 : at_batcher_epoch(bt) == e);
      CHECK(B == b.B);
      for (int j = 0; j < B; j++) seen[idx[j]]++;
      layout_ok &= batch_matches(c, &b, idx);
      if (type == AT_BATCH_TOKENS) budget_ok &= b.B == 1 || b.B * (b.Ts + b.Tt) <= size;
      else budget_ok &= b.B <= size;
    }
    int once = 1;
    for (int i = 0; i < c->n; i++) once &= seen[i] == 1;
    CHECK_MSG(once, "epoch %d: a pair missing or repeated", e);
    CHECK_MSG(layout_ok, "epoch %d: padded layout wrong", e);
    CHECK_MSG(budget_ok, "epoch %d: batch over the size %d", e, size);
  }
  free(seen);
  at_batcher_free(bt);
}

/* Fingerprint of the next n batches (pairs in column order). */
static unsigned long fingerprint(at_batcher *bt, int n) {
  unsigned long h = 1469598103934665603UL;
  for (int k = 0; k < n; k++) {
    at_batch b;
    if (at_batcher_next(bt, &b) != AT_OK) return 0;
    for (int t = 0; t < b.Ts * b.B; t++) h = (h ^ (unsigned)b.src[t]) * 1099511628211UL;
    for (int t = 0; t < b.Tt * b.B; t++) h = (h ^ (unsigned)b.tgt_out[t]) * 1099511628211UL;
    h = (h ^ (unsigned)b.B) * 1099511628211UL;
  }
  return h;
}

static void test_seed_and_state(const at_corpus *c) {
  at_batcher_options o;
  at_batcher_options_default(&o);
  o.size = 16;
  o.seed = 42;
  at_batcher *a, *b, *d;
  CHECK_OK(at_batcher_create(c, &o, &a));
  CHECK_OK(at_batcher_create(c, &o, &b));
  o.seed = 43;
  CHECK_OK(at_batcher_create(c, &o, &d));
  int nb = at_batcher_num_batches(a);
  unsigned long fa = fingerprint(a, 3 * nb), fb = fingerprint(b, 3 * nb), fd = fingerprint(d, 3 * nb);
  CHECK(fa == fb);
  CHECK(fa != fd);
  /* save in the middle of epoch 1, at an epoch's end, and at the start */
  at_batcher_free(a);
  at_batcher_free(b);
  o.seed = 42;
  int stops[4] = {nb + nb / 2, 2 * nb, 0, 2 * nb - 1};
  for (int i = 0; i < 4; i++) {
    CHECK_OK(at_batcher_create(c, &o, &a));
    CHECK_OK(at_batcher_create(c, &o, &b));
    (void)fingerprint(a, stops[i]);
    at_batcher_state st;
    at_batcher_get_state(a, &st);
    /* b is elsewhere (advanced) before the state is restored */
    (void)fingerprint(b, 5);
    CHECK_OK(at_batcher_set_state(b, &st));
    CHECK(at_batcher_epoch(b) == at_batcher_epoch(a) && at_batcher_pos(b) == at_batcher_pos(a));
    CHECK_MSG(fingerprint(a, 2 * nb + 3) == fingerprint(b, 2 * nb + 3), "resume at batch %d differs", stops[i]);
    at_batcher_free(a);
    at_batcher_free(b);
  }
  /* a position beyond the epoch is refused */
  CHECK_OK(at_batcher_create(c, &o, &a));
  at_batcher_state st;
  at_batcher_get_state(a, &st);
  st.pos = nb + 100;
  CHECK_STATUS(at_batcher_set_state(a, &st), AT_ERR_INVALID_ARG);
  at_batcher_free(a);
  at_batcher_free(d);
}

/* Evaluation order: not shuffled, sorted by length, same every epoch. */
static void test_eval_order(const at_corpus *c) {
  at_batcher_options o;
  at_batcher_options_default(&o);
  o.shuffle = 0;
  o.size = 10;
  at_batcher *bt;
  CHECK_OK(at_batcher_create(c, &o, &bt));
  int nb = at_batcher_num_batches(bt), prev = 0, sorted = 1;
  for (int k = 0; k < nb; k++) {
    int B;
    const int *idx = at_batcher_pairs(bt, k, &B);
    for (int j = 0; j < B; j++) {
      sorted &= c->src_len[idx[j]] >= prev;
      prev = c->src_len[idx[j]];
    }
  }
  CHECK(sorted);
  unsigned long f1 = fingerprint(bt, nb), f2 = fingerprint(bt, nb);
  CHECK(f1 == f2);
  at_batcher_free(bt);
}

static void test_errors(const at_corpus *c) {
  at_batcher_options o;
  at_batcher_options_default(&o);
  at_batcher *bt = (at_batcher *)1;
  o.size = 0;
  CHECK_STATUS(at_batcher_create(c, &o, &bt), AT_ERR_INVALID_ARG);
  CHECK(bt == NULL);
  o.size = 8;
  o.type = 7;
  CHECK_STATUS(at_batcher_create(c, &o, &bt), AT_ERR_INVALID_ARG);
  at_corpus empty;
  memset(&empty, 0, sizeof empty);
  o.type = AT_BATCH_SENTS;
  CHECK_STATUS(at_batcher_create(&empty, &o, &bt), AT_ERR_INVALID_ARG);
  at_batcher_free(NULL);
}

int main(void) {
  at_corpus c;
  make_corpus(&c, 503, 30, 1);
  test_coverage(&c, AT_BATCH_SENTS, 16);
  test_coverage(&c, AT_BATCH_SENTS, 1000); /* one batch holds everything */
  test_coverage(&c, AT_BATCH_TOKENS, 400);
  test_coverage(&c, AT_BATCH_TOKENS, 20);  /* tiny budget: many single-pair batches */
  test_seed_and_state(&c);
  test_eval_order(&c);
  test_errors(&c);
  at_corpus_free(&c);
  CHECK_DONE();
}
