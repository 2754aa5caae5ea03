/* Bucketing and batching: per-epoch shuffled chunks sorted by length, batches
 * by sentence count or padded token count, shuffled batch order, and padded
 * time-major id matrices built into buffers reserved once. */
#include <stdlib.h>
#include <string.h>

#include "train/train.h"

const char *const at_batch_type_names[] = {"sents", "tokens", NULL};

struct at_batcher {
  const at_corpus *c;
  at_batcher_options o;
  int pool;          /* sentences per sorted chunk */
  int *order;        /* (n) pair indices, grouped by batch in construction order */
  int *bstart;       /* (n + 1) batch j is order[bstart[j] .. bstart[j + 1]) */
  int *bperm;        /* (n) k-th batch of the epoch = construction batch bperm[k] */
  int nb;            /* batches in the current epoch */
  int64_t epoch, pos;
  at_rng epoch_rng;  /* the state the current epoch was built from */
  at_rng rng;        /* after building: the next epoch's starting state */
  struct at__key { int s, t, rank, idx; } *keys; /* (n) sorting scratch */
  /* batch buffers, worst case */
  int cap_B;
  size_t cap_src, cap_tgt;
  int *src, *tgt_in, *tgt_out; /* (cap_src), (cap_tgt), (cap_tgt) */
  int *src_len, *tgt_len;      /* (cap_B) */
  int *last;                   /* (cap_B) pairs of the batch returned last */
  int *slice;                  /* (cap_B) pairs of a micro-batch of it */
  int nlast;
};

void at_batcher_options_default(at_batcher_options *o) {
  memset(o, 0, sizeof *o);
  o->type = AT_BATCH_SENTS;
  o->size = 64;
  o->shuffle = 1;
  o->seed = 1;
}

/* Sentences sorted together: 100 batches' worth, at least 1000. */
static int at__auto_pool(const at_corpus *c, const at_batcher_options *o) {
  double per_batch = o->size;
  if (o->type == AT_BATCH_TOKENS) {
    double avg = (double)(c->src_tokens + c->tgt_tokens) / (c->n ? c->n : 1);
    per_batch = o->size / (avg > 1 ? avg : 1);
  }
  double pool = 100.0 * per_batch;
  if (pool < 1000) pool = 1000;
  return pool > c->n ? c->n : (int)pool;
}

static int at__key_cmp(const void *a, const void *b) {
  const struct at__key *x = a, *y = b;
  if (x->s != y->s) return x->s < y->s ? -1 : 1;
  if (x->t != y->t) return x->t < y->t ? -1 : 1;
  return (x->rank > y->rank) - (x->rank < y->rank);
}

/* Sorts order[lo, hi) by (src_len, tgt_len, position): a stable length sort. */
static void at__sort_chunk(at_batcher *bt, int lo, int hi) {
  const at_corpus *c = bt->c;
  for (int i = lo; i < hi; i++) {
    int p = bt->order[i];
    bt->keys[i - lo] = (struct at__key){c->src_len[p], c->tgt_len[p], i, p};
  }
  qsort(bt->keys, (size_t)(hi - lo), sizeof *bt->keys, at__key_cmp);
  for (int i = lo; i < hi; i++) bt->order[i] = bt->keys[i - lo].idx;
}

/* Does adding pair p to a batch of k pairs with maxima (*ms, *mt) fit? */
static int at__fits(const at_batcher *bt, int k, int ms, int mt, int p) {
  if (k == 0) return 1;
  if (bt->o.type == AT_BATCH_SENTS) return k < bt->o.size;
  int s = bt->c->src_len[p], t = bt->c->tgt_len[p] + 1;
  if (s < ms) s = ms;
  if (t < mt) t = mt;
  return (long)(k + 1) * (s + t) <= bt->o.size;
}

/* Cuts order[lo, hi) (sorted) into batches appended to bstart. */
static void at__cut_chunk(at_batcher *bt, int lo, int hi) {
  int k = 0, ms = 0, mt = 0;
  for (int i = lo; i < hi; i++) {
    int p = bt->order[i];
    if (!at__fits(bt, k, ms, mt, p)) {
      bt->bstart[++bt->nb] = i;
      k = ms = mt = 0;
    }
    k++;
    if (bt->c->src_len[p] > ms) ms = bt->c->src_len[p];
    if (bt->c->tgt_len[p] + 1 > mt) mt = bt->c->tgt_len[p] + 1;
  }
  if (k) bt->bstart[++bt->nb] = hi;
}

/* Builds the current epoch's batches from epoch_rng; leaves rng at the next
 * epoch's starting state. */
static void at__build_epoch(at_batcher *bt) {
  int n = bt->c->n;
  bt->rng = bt->epoch_rng;
  for (int i = 0; i < n; i++) bt->order[i] = i;
  if (bt->o.shuffle)
    for (int i = n - 1; i > 0; i--) {
      int j = (int)at_rng_below(&bt->rng, (uint32_t)i + 1);
      int tmp = bt->order[i];
      bt->order[i] = bt->order[j];
      bt->order[j] = tmp;
    }
  int pool = bt->o.shuffle ? bt->pool : n;
  bt->nb = 0;
  bt->bstart[0] = 0;
  for (int lo = 0; lo < n; lo += pool) {
    int hi = n - lo < pool ? n : lo + pool;
    at__sort_chunk(bt, lo, hi);
    at__cut_chunk(bt, lo, hi);
  }
  for (int k = 0; k < bt->nb; k++) bt->bperm[k] = k;
  if (bt->o.shuffle)
    for (int k = bt->nb - 1; k > 0; k--) {
      int j = (int)at_rng_below(&bt->rng, (uint32_t)k + 1);
      int tmp = bt->bperm[k];
      bt->bperm[k] = bt->bperm[j];
      bt->bperm[j] = tmp;
    }
}

/* Worst-case buffer sizes over every batch any epoch can make. */
static void at__worst_case(at_batcher *bt) {
  const at_corpus *c = bt->c;
  int ms = c->max_src_len, mt = c->max_tgt_len + 1;
  if (bt->o.type == AT_BATCH_SENTS) {
    bt->cap_B = bt->o.size < c->n ? bt->o.size : c->n;
    bt->cap_src = (size_t)bt->cap_B * (size_t)ms;
    bt->cap_tgt = (size_t)bt->cap_B * (size_t)mt;
  } else { /* every pair costs >= 4 tokens (src >= 2, tgt >= 2); one pair may exceed the budget */
    bt->cap_B = bt->o.size / 4 > 1 ? bt->o.size / 4 : 1;
    if (bt->cap_B > c->n) bt->cap_B = c->n;
    size_t budget = (size_t)bt->o.size, one = (size_t)(ms + mt);
    bt->cap_src = bt->cap_tgt = budget > one ? budget : one;
  }
}

static at_status at__batcher_alloc(at_batcher *bt) {
  size_t n = (size_t)bt->c->n;
  at__worst_case(bt);
  bt->order = at_malloc(n * sizeof *bt->order);
  bt->bstart = at_malloc((n + 1) * sizeof *bt->bstart);
  bt->bperm = at_malloc(n * sizeof *bt->bperm);
  bt->keys = at_malloc(n * sizeof *bt->keys);
  bt->src = at_malloc(bt->cap_src * sizeof *bt->src);
  bt->tgt_in = at_malloc(bt->cap_tgt * sizeof *bt->tgt_in);
  bt->tgt_out = at_malloc(bt->cap_tgt * sizeof *bt->tgt_out);
  bt->src_len = at_malloc((size_t)bt->cap_B * sizeof *bt->src_len);
  bt->tgt_len = at_malloc((size_t)bt->cap_B * sizeof *bt->tgt_len);
  bt->last = at_malloc((size_t)bt->cap_B * sizeof *bt->last);
  bt->slice = at_malloc((size_t)bt->cap_B * sizeof *bt->slice);
  if (!bt->last || !bt->slice || !bt->order || !bt->bstart || !bt->bperm || !bt->keys || !bt->src || !bt->tgt_in || !bt->tgt_out ||
      !bt->src_len || !bt->tgt_len)
    return at_fail(AT_ERR_NOMEM, "batcher buffers for %zu pairs", n);
  return AT_OK;
}

at_status at_batcher_create(const at_corpus *c, const at_batcher_options *o, at_batcher **out) {
  *out = NULL;
  if (!c || c->n <= 0) return at_fail(AT_ERR_INVALID_ARG, "batcher: empty corpus");
  if (o->type != AT_BATCH_SENTS && o->type != AT_BATCH_TOKENS)
    return at_fail(AT_ERR_INVALID_ARG, "batcher: unknown batch type %d", o->type);
  if (o->size <= 0) return at_fail(AT_ERR_INVALID_ARG, "batcher: batch size %d must be positive", o->size);
  at_batcher *bt = at_calloc(1, sizeof *bt);
  if (!bt) return at_fail(AT_ERR_NOMEM, "batcher");
  bt->c = c;
  bt->o = *o;
  bt->pool = o->pool > 0 ? (o->pool < c->n ? o->pool : c->n) : at__auto_pool(c, o);
  at_status s = at__batcher_alloc(bt);
  if (s != AT_OK) {
    at_batcher_free(bt);
    return s;
  }
  at_rng_seed(&bt->epoch_rng, o->seed, 0x6261746368ULL);
  at__build_epoch(bt);
  *out = bt;
  return AT_OK;
}

void at_batcher_free(at_batcher *bt) {
  if (!bt) return;
  at_free(bt->order);
  at_free(bt->bstart);
  at_free(bt->bperm);
  at_free(bt->keys);
  at_free(bt->src);
  at_free(bt->tgt_in);
  at_free(bt->tgt_out);
  at_free(bt->src_len);
  at_free(bt->tgt_len);
  at_free(bt->last);
  at_free(bt->slice);
  at_free(bt);
}

/* Fills the padded matrices for pairs idx[0..B) (time-major, pad 0). */
static void at__fill(at_batcher *bt, const int *idx, int B, at_batch *out) {
  const at_corpus *c = bt->c;
  int Ts = 0, Tt = 0;
  for (int b = 0; b < B; b++) {
    bt->src_len[b] = c->src_len[idx[b]];
    bt->tgt_len[b] = c->tgt_len[idx[b]] + 1;
    if (bt->src_len[b] > Ts) Ts = bt->src_len[b];
    if (bt->tgt_len[b] > Tt) Tt = bt->tgt_len[b];
  }
  memset(bt->src, 0, (size_t)Ts * B * sizeof *bt->src);
  memset(bt->tgt_in, 0, (size_t)Tt * B * sizeof *bt->tgt_in);
  memset(bt->tgt_out, 0, (size_t)Tt * B * sizeof *bt->tgt_out);
  for (int b = 0; b < B; b++) {
    const int *s = c->ids + c->off[idx[b]], *y = s + c->src_len[idx[b]];
    int n = c->tgt_len[idx[b]];
    for (int t = 0; t < bt->src_len[b]; t++) bt->src[t * B + b] = s[t];
    for (int t = 0; t <= n; t++) {
      bt->tgt_in[t * B + b] = t == 0 ? AT_BOS_ID : y[t - 1];
      bt->tgt_out[t * B + b] = t == n ? AT_EOS_ID : y[t];
    }
  }
  *out = (at_batch){B, Ts, Tt, bt->src, bt->src_len, bt->tgt_in, bt->tgt_out, bt->tgt_len};
}

const int *at_batcher_pairs(const at_batcher *bt, int k, int *n) {
  AT_ASSERT(k >= 0 && k < bt->nb);
  int j = bt->bperm[k];
  *n = bt->bstart[j + 1] - bt->bstart[j];
  return bt->order + bt->bstart[j];
}

at_status at_batcher_get(at_batcher *bt, int k, at_batch *out) {
  if (k < 0 || k >= bt->nb) return at_fail(AT_ERR_INVALID_ARG, "batch %d of %d", k, bt->nb);
  int B;
  const int *idx = at_batcher_pairs(bt, k, &B);
  AT_ASSERT(B <= bt->cap_B);
  at__fill(bt, idx, B, out);
  return AT_OK;
}

at_status at_batcher_next(at_batcher *bt, at_batch *out) {
  AT_ASSERT(bt->pos < bt->nb);
  at_status s = at_batcher_get(bt, (int)bt->pos, out);
  if (s != AT_OK) return s;
  const int *idx = at_batcher_pairs(bt, (int)bt->pos, &bt->nlast);
  memcpy(bt->last, idx, (size_t)bt->nlast * sizeof *idx);
  if (++bt->pos == bt->nb) { /* the epoch is done: build the next one now */
    bt->epoch++;
    bt->epoch_rng = bt->rng;
    at__build_epoch(bt);
    bt->pos = 0;
  }
  return AT_OK;
}

const int *at_batcher_last_pairs(const at_batcher *bt, int *n) {
  *n = bt->nlast;
  return bt->last;
}

at_status at_batcher_last_slice(at_batcher *bt, int j, int m, at_batch *out) {
  if (m < 1 || j < 0 || j >= m) return at_fail(AT_ERR_INVALID_ARG, "micro-batch %d of %d", j, m);
  int n = 0;
  for (int i = j; i < bt->nlast; i += m) bt->slice[n++] = bt->last[i];
  if (!n) {
    *out = (at_batch){0, 0, 0, bt->src, bt->src_len, bt->tgt_in, bt->tgt_out, bt->tgt_len};
    return AT_OK;
  }
  at__fill(bt, bt->slice, n, out);
  return AT_OK;
}

int at_batcher_num_batches(const at_batcher *bt) { return bt->nb; }
int64_t at_batcher_epoch(const at_batcher *bt) { return bt->epoch; }
int64_t at_batcher_pos(const at_batcher *bt) { return bt->pos; }

void at_batcher_get_state(const at_batcher *bt, at_batcher_state *st) {
  st->epoch = bt->epoch;
  st->pos = bt->pos;
  st->rng_state = bt->epoch_rng.state;
  st->rng_inc = bt->epoch_rng.inc;
}

at_status at_batcher_set_state(at_batcher *bt, const at_batcher_state *st) {
  if (st->epoch < 0 || st->pos < 0 || !(st->rng_inc & 1))
    return at_fail(AT_ERR_INVALID_ARG, "batcher state: epoch %lld, position %lld", (long long)st->epoch,
                   (long long)st->pos);
  bt->epoch_rng.state = st->rng_state;
  bt->epoch_rng.inc = st->rng_inc;
  at__build_epoch(bt);
  if (st->pos >= bt->nb)
    return at_fail(AT_ERR_INVALID_ARG, "batcher state: position %lld beyond the epoch's %d batches "
                   "(different corpus or batch options?)", (long long)st->pos, bt->nb);
  bt->epoch = st->epoch;
  bt->pos = st->pos;
  return AT_OK;
}
