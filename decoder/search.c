/* Greedy and beam search over at_model_step, batched across sentences.
 *
 * All live hypotheses of all sentences advance together: one at_model_step
 * (one GEMM per layer) per time step for N = sum of live hypotheses. Each
 * sentence then picks its next hypotheses from its own candidates only
 * (at__beam_select), so results do not depend on the batch. Token histories
 * are kept as back-pointers (entry -> parent entry, token) and rebuilt when a
 * hypothesis finishes (at__beam_finalize). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "decoder/decoder.h"
#include "tokenizer/tokenizer.h"

void at_search_options_default(at_search_options *o) {
  memset(o, 0, sizeof *o);
  o->beam = 5;
  o->nbest = 1;
  o->length_penalty = 0.6f;
  o->min_length = 0;
  o->max_len_ratio = 2.0f;
  o->max_len_extra = 10;
  o->shortlist = NULL;
  o->shortlist_k = 0;
  o->shortlist_frequent = -1;
}

at_status at_search_options_validate(const at_search_options *o) {
  if (o->beam < 1 || o->beam > 256) return at_fail(AT_ERR_INVALID_ARG, "beam size %d: must be 1..256", o->beam);
  if (o->nbest < 1 || o->nbest > o->beam)
    return at_fail(AT_ERR_INVALID_ARG, "n-best %d: must be 1..beam size (%d)", o->nbest, o->beam);
  if (o->length_penalty < 0 || o->length_penalty > 10)
    return at_fail(AT_ERR_INVALID_ARG, "length penalty %g: must be 0..10", o->length_penalty);
  if (o->min_length < 0) return at_fail(AT_ERR_INVALID_ARG, "minimum length %d is negative", o->min_length);
  if (o->max_len_ratio < 0 || o->max_len_extra < 0 || (o->max_len_ratio == 0 && o->max_len_extra == 0))
    return at_fail(AT_ERR_INVALID_ARG, "maximum length %g * source + %d allows no output", o->max_len_ratio,
                   o->max_len_extra);
  if (o->shortlist_k < 0) return at_fail(AT_ERR_INVALID_ARG, "shortlist: %d pieces per source piece", o->shortlist_k);
  return AT_OK;
}

void at_search_result_free(at_search_result *r) {
  if (!r) return;
  for (int i = 0; i < r->n; i++) {
    at_free(r->hyps[i].ids);
    at_free(r->hyps[i].attn);
  }
  at_free(r->hyps);
  r->hyps = NULL;
  r->n = 0;
}

/* ---- search state ---------------------------------------------------------- */

typedef struct at__cand {
  float logprob; /* cumulative */
  int row;       /* parent row */
  int token;
} at__cand;

typedef struct at__final {
  int entry;     /* history entry of the last real token, -1 for an empty output */
  int len;       /* tokens without EOS */
  int finished;
  int eos_entry; /* history entry holding the EOS step's attention, or -1 */
  float logprob, score;
} at__final;

typedef struct at__search {
  const at_search_options *opt;
  int B, Ts, V, K, n_models;
  const int *vmap;          /* (V) token of each log-probability column (a shortlist), or NULL: column = token */
  int R;                    /* attention rows per hypothesis step (1, or 1 + heads of a single model) */
  size_t AW;                /* attention floats per hypothesis step: R * Ts */
  int max_steps;            /* longest output over the batch */
  int *max_len;             /* (B) */
  int *done;                /* (B) */
  /* live rows, grouped by sentence in order */
  int N;
  int *sent;                /* (B*K) */
  int *y_prev;              /* (B*K) */
  float *logprob;           /* (B*K) */
  int *entry;               /* (B*K) history entry of the row's last token, -1 at start */
  int *row_len;             /* (B*K) tokens so far */
  /* selection scratch */
  at__cand *cand;           /* (B, K) chosen candidates per sentence */
  int *ncand;               /* (B) */
  at__cand *rowtop;         /* (B*K, K) per-row top-K scratch */
  /* history */
  int *hist_parent, *hist_token; /* (cap) */
  float *hist_attn;              /* (cap, R, Ts) or NULL */
  int hist_n, hist_cap;
  /* finished pool per sentence, best first */
  at__final *fin;           /* (B, K) */
  int *nfin;                /* (B) */
  int fin_cap;
} at__search;

static float at__length_norm(float alpha, int len) {
  return alpha == 0.0f ? 1.0f : powf((5.0f + (float)len) / 6.0f, alpha);
}

/* Candidate order: higher logprob first; ties by parent row, then token. */
static int at__cand_better(const at__cand *a, const at__cand *b) {
  if (a->logprob != b->logprob) return a->logprob > b->logprob;
  if (a->row != b->row) return a->row < b->row;
  return a->token < b->token;
}

/* Inserts c into the sorted list top[0..*n) of capacity k. */
static void at__topk_insert(at__cand *top, int *n, int k, at__cand c) {
  if (*n == k && !at__cand_better(&c, &top[k - 1])) return;
  int i = *n < k ? (*n)++ : k - 1;
  while (i > 0 && at__cand_better(&c, &top[i - 1])) {
    top[i] = top[i - 1];
    i--;
  }
  top[i] = c;
}

/* Largest of x[0..n) (vectorized; max is exact in any order). */
static float at__max(const float *x, int n) {
  float m = -INFINITY;
#pragma omp simd reduction(max : m)
  for (int j = 0; j < n; j++) m = x[j] > m ? x[j] : m;
  return m;
}

/* Top-k next tokens of one row. The vocabulary is scanned in chunks; once
 * the list is full, a chunk whose largest base + lp cannot beat the k-th
 * candidate is skipped (float addition is monotone, so every token in it
 * would have been rejected one by one): same result, most of V skipped by
 * one vectorized max per chunk. */
static int at__row_topk(const at__search *s, int row, const float *lp, at__cand *top) {
  enum { CHUNK = 64 };
  int n = 0, k = s->K;
  int ban_eos = s->row_len[row] < s->opt->min_length;
  float base = s->logprob[row];
  for (int v0 = 0; v0 < s->V; v0 += CHUNK) {
    int v1 = v0 + CHUNK < s->V ? v0 + CHUNK : s->V;
    if (n == k && base + at__max(lp + v0, v1 - v0) <= top[k - 1].logprob) continue;
    for (int v = v0; v < v1; v++) {
      int tok = s->vmap ? s->vmap[v] : v;
      if (tok == AT_PAD_ID || tok == AT_BOS_ID || (ban_eos && tok == AT_EOS_ID) || lp[v] == -INFINITY) continue;
      float x = base + lp[v];
      if (n == k && x <= top[k - 1].logprob) continue;
      at__topk_insert(top, &n, k, (at__cand){x, row, tok});
    }
  }
  return n;
}

/* Adds a finished hypothesis to sentence b's pool (kept sorted, capacity fin_cap). */
static void at__finish(at__search *s, int b, at__final f) {
  at__final *pool = s->fin + (size_t)b * s->fin_cap;
  int *n = &s->nfin[b];
  if (*n == s->fin_cap && f.score <= pool[*n - 1].score) return;
  int i = *n < s->fin_cap ? (*n)++ : s->fin_cap - 1;
  while (i > 0 && f.score > pool[i - 1].score) {
    pool[i] = pool[i - 1];
    i--;
  }
  pool[i] = f;
}

/* Chooses sentence b's K best candidates from its rows [r0, r1). */
static void at__beam_select(at__search *s, int b, int r0, int r1, const float *lp) {
  at__cand *best = s->cand + (size_t)b * s->K;
  int nb = 0;
  for (int r = r0; r < r1; r++) {
    at__cand *top = s->rowtop + (size_t)r * s->K;
    int n = at__row_topk(s, r, lp + (size_t)r * s->V, top);
    for (int i = 0; i < n; i++) at__topk_insert(best, &nb, s->K, top[i]);
  }
  s->ncand[b] = nb;
}

static at_status at__hist_push(at__search *s, int parent, int token, const float *attn_row, int *entry) {
  if (s->hist_n == s->hist_cap) return at_fail(AT_ERR_INTERNAL, "search history overflow");
  int e = s->hist_n++;
  s->hist_parent[e] = parent;
  s->hist_token[e] = token;
  if (s->hist_attn) {
    float *dst = s->hist_attn + (size_t)e * s->AW;
    if (attn_row)
      memcpy(dst, attn_row, sizeof(float) * s->AW);
    else
      memset(dst, 0, sizeof(float) * s->AW);
  }
  *entry = e;
  return AT_OK;
}

/* ---- set-up ---------------------------------------------------------------- */

static at_status at__search_alloc(at__search *s, at_arena *A, const int *src_len) {
  int B = s->B, K = s->K, BK = B * K;
  s->max_len = (int *)at_arena_alloc(A, sizeof(int) * B);
  s->done = (int *)at_arena_alloc(A, sizeof(int) * B);
  s->sent = (int *)at_arena_alloc(A, sizeof(int) * BK);
  s->y_prev = (int *)at_arena_alloc(A, sizeof(int) * BK);
  s->logprob = at_arena_floats(A, BK);
  s->entry = (int *)at_arena_alloc(A, sizeof(int) * BK);
  s->row_len = (int *)at_arena_alloc(A, sizeof(int) * BK);
  s->cand = (at__cand *)at_arena_alloc(A, sizeof(at__cand) * BK);
  s->ncand = (int *)at_arena_alloc(A, sizeof(int) * B);
  s->rowtop = (at__cand *)at_arena_alloc(A, sizeof(at__cand) * (size_t)BK * K);
  s->fin_cap = K;
  s->fin = (at__final *)at_arena_alloc(A, sizeof(at__final) * (size_t)B * s->fin_cap);
  s->nfin = (int *)at_arena_alloc(A, sizeof(int) * B);
  s->max_steps = 1;
  for (int b = 0; b < B; b++) {
    float m = s->opt->max_len_ratio * (float)src_len[b] + (float)s->opt->max_len_extra;
    s->max_len[b] = m < 1.0f ? 1 : (int)ceilf(m);
    if (s->max_len[b] > s->max_steps) s->max_steps = s->max_len[b];
  }
  s->hist_cap = (s->max_steps + 1) * BK;
  s->hist_parent = (int *)at_arena_alloc(A, sizeof(int) * s->hist_cap);
  s->hist_token = (int *)at_arena_alloc(A, sizeof(int) * s->hist_cap);
  s->hist_attn = s->opt->want_attention ? at_arena_floats(A, (size_t)s->hist_cap * s->AW) : NULL;
  if (!s->max_len || !s->done || !s->sent || !s->y_prev || !s->logprob || !s->entry || !s->row_len ||
      !s->cand || !s->ncand || !s->rowtop || !s->fin || !s->nfin || !s->hist_parent || !s->hist_token ||
      (s->opt->want_attention && !s->hist_attn))
    return at_fail(AT_ERR_NOMEM, "search: out of memory for %d sentences x beam %d", B, K);
  memset(s->done, 0, sizeof(int) * B);
  memset(s->nfin, 0, sizeof(int) * B);
  s->N = B;
  for (int b = 0; b < B; b++) {
    s->sent[b] = b;
    s->y_prev[b] = AT_BOS_ID;
    s->logprob[b] = 0.0f;
    s->entry[b] = -1;
    s->row_len[b] = 0;
  }
  return AT_OK;
}

/* ---- one step --------------------------------------------------------------- */

/* Averages the ensemble's log-probabilities into lp[0] and the first
 * attention row of every model (rows[m] per hypothesis) into mean (N, Ts). */
static void at__ensemble_mean(float **lp, float **attn, const int *rows, int n_models, size_t n_lp, int N, int Ts,
                              float *mean) {
  if (n_models == 1) return;
  float inv = 1.0f / (float)n_models;
  for (size_t i = 0; i < n_lp; i++) {
    float acc = lp[0][i];
    for (int m = 1; m < n_models; m++) acc += lp[m][i];
    lp[0][i] = acc * inv;
  }
  if (!attn) return;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < Ts; j++) {
      float acc = 0.0f;
      for (int m = 0; m < n_models; m++) acc += attn[m][((size_t)i * rows[m]) * Ts + j];
      mean[(size_t)i * Ts + j] = acc * inv;
    }
}

/* After selection: finishes EOS candidates and rows at their length limit,
 * builds the next live rows into the `next_*` arrays and the gather map. */
static at_status at__beam_advance(at__search *s, const float *attn, int *from, int *next_sent, int *next_y,
                                  float *next_lp, int *next_entry, int *next_len, int *next_n) {
  int n = 0, r0 = 0;
  for (int b = 0; b < s->B; b++) {
    int r1 = r0;
    while (r1 < s->N && s->sent[r1] == b) r1++;
    if (r1 == r0) continue; /* sentence already done */
    const at__cand *c = s->cand + (size_t)b * s->K;
    int first_live = n;
    for (int i = 0; i < s->ncand[b]; i++) {
      int row = c[i].row, len = s->row_len[row];
      const float *arow = attn ? attn + (size_t)row * s->AW : NULL;
      int e = -1;
      at_status st = at__hist_push(s, s->entry[row], c[i].token, arow, &e);
      if (st) return st;
      if (c[i].token == AT_EOS_ID) {
        float norm = at__length_norm(s->opt->length_penalty, len + 1);
        at__finish(s, b, (at__final){s->entry[row], len, 1, e, c[i].logprob, c[i].logprob / norm});
        continue;
      }
      if (len + 1 >= s->max_len[b]) { /* cut: output at its maximum length */
        float norm = at__length_norm(s->opt->length_penalty, len + 1);
        at__finish(s, b, (at__final){e, len + 1, 0, -1, c[i].logprob, c[i].logprob / norm});
        continue;
      }
      from[n] = row;
      next_sent[n] = b;
      next_y[n] = c[i].token;
      next_lp[n] = c[i].logprob;
      next_entry[n] = e;
      next_len[n] = len + 1;
      n++;
    }
    /* stop when no live row can beat the nbest-th finished hypothesis */
    if (s->nfin[b] >= s->opt->nbest && n > first_live) {
      float worst_kept = s->fin[(size_t)b * s->fin_cap + s->opt->nbest - 1].score;
      float bound = -INFINITY, norm = at__length_norm(s->opt->length_penalty, s->max_len[b]);
      for (int i = first_live; i < n; i++) {
        float x = next_lp[i] / norm;
        if (x > bound) bound = x;
      }
      if (bound <= worst_kept) n = first_live;
    }
    r0 = r1;
  }
  *next_n = n;
  return AT_OK;
}

/* ---- results ------------------------------------------------------------------ */

static at_status at__beam_finalize(const at__search *s, at_search_result *results) {
  for (int b = 0; b < s->B; b++) {
    at_search_result *r = &results[b];
    int n = s->nfin[b] < s->opt->nbest ? s->nfin[b] : s->opt->nbest;
    r->n = 0;
    r->hyps = at_calloc((size_t)(n ? n : 1), sizeof *r->hyps);
    if (!r->hyps) return at_fail(AT_ERR_NOMEM, "search: out of memory for results");
    for (int i = 0; i < n; i++) {
      const at__final *f = &s->fin[(size_t)b * s->fin_cap + i];
      at_hypothesis *h = &r->hyps[i];
      h->len = f->len;
      h->finished = f->finished;
      h->logprob = f->logprob;
      h->score = f->score;
      h->Ts = s->Ts;
      h->attn_rows = s->R;
      h->ids = at_malloc(sizeof(int) * (size_t)(f->len ? f->len : 1));
      int rows = f->len + (f->finished ? 1 : 0);
      if (s->hist_attn) h->attn = at_malloc(sizeof(float) * (size_t)(rows ? rows : 1) * s->AW);
      r->n++;
      if (!h->ids || (s->hist_attn && !h->attn)) return at_fail(AT_ERR_NOMEM, "search: out of memory for results");
      int e = f->entry;
      for (int t = f->len - 1; t >= 0; t--) {
        AT_ASSERT(e >= 0);
        h->ids[t] = s->hist_token[e];
        if (h->attn) memcpy(h->attn + (size_t)t * s->AW, s->hist_attn + (size_t)e * s->AW, sizeof(float) * s->AW);
        e = s->hist_parent[e];
      }
      if (h->attn && f->finished)
        memcpy(h->attn + (size_t)f->len * s->AW, s->hist_attn + (size_t)f->eos_entry * s->AW, sizeof(float) * s->AW);
    }
  }
  return AT_OK;
}

/* ---- shortlists ----------------------------------------------------------------- */

/* The union of the sentences' shortlists (ascending, into *ids, *n) and each
 * sentence's own columns of it, ascending, as lists (own_cols[own_start[b] ..
 * own_start[b+1])), from arena A. Each sentence's list is selected twice (for
 * the union and the lists' sizes, then for its columns) rather than kept. */
static at_status at__shortlist_union(const at_search_options *opt, const int *src, const int *src_len, int Ts, int B,
                                     int V, at_arena *A, int **ids, int *n, int **own_start, int **own_cols) {
  const at_shortlist *sl = opt->shortlist;
  unsigned char *mark = at_arena_alloc(A, (size_t)V), *in_union = at_arena_alloc(A, (size_t)V);
  int *own = at_arena_alloc(A, sizeof(int) * (size_t)V), *col = at_arena_alloc(A, sizeof(int) * (size_t)V);
  int *toks = at_arena_alloc(A, sizeof(int) * (size_t)Ts);
  *ids = at_arena_alloc(A, sizeof(int) * (size_t)V);
  *own_start = at_arena_alloc(A, sizeof(int) * (size_t)(B + 1));
  if (!mark || !in_union || !own || !col || !toks || !*ids || !*own_start)
    return at_fail(AT_ERR_NOMEM, "search: shortlist for %d sentences of %d target pieces", B, V);
  memset(mark, 0, (size_t)V);
  memset(in_union, 0, (size_t)V);
  int total = 0;
  for (int pass = 0; pass < 2; pass++) {
    if (pass == 1) { /* the union is known: its columns, then each sentence's */
      *n = 0;
      for (int v = 0; v < V; v++)
        if (in_union[v]) col[v] = *n, (*ids)[(*n)++] = v;
      if (!(*own_cols = at_arena_alloc(A, sizeof(int) * (size_t)(total ? total : 1))))
        return at_fail(AT_ERR_NOMEM, "search: shortlist lists");
      total = 0;
    }
    for (int b = 0; b < B; b++) {
      for (int t = 0; t < src_len[b]; t++) toks[t] = src[(size_t)t * B + b];
      int k = at_shortlist_select(sl, toks, src_len[b], opt->shortlist_k, opt->shortlist_frequent, mark, own);
      if (pass == 0)
        for (int i = 0; i < k; i++) in_union[own[i]] = 1;
      else
        for (int i = 0; i < k; i++) (*own_cols)[total + i] = col[own[i]]; /* ascending: own is */
      (*own_start)[b] = total;
      total += k;
    }
    (*own_start)[B] = total;
  }
  return AT_OK;
}

/* ---- the search ---------------------------------------------------------------- */

/* at_search with the shortlist's subsets in sub (16, zeroed by the caller,
 * which releases what they hold once this returns, whatever it returns). */
static at_status at__search_run(const at_model *const *models, int n_models, const int *src, const int *src_len, int Ts,
                            int B, const at_search_options *opt, at_arena *arena, at_search_result *results,
                            at_vocab_subset *sub) {
  at_status st = at_search_options_validate(opt);
  if (st) return st;
  if (n_models < 1 || n_models > 16) return at_fail(AT_ERR_INVALID_ARG, "ensemble of %d models: 1..16", n_models);
  if (B <= 0) return AT_OK;
  int V = at_model_get_config(models[0])->tgt_vocab;
  for (int m = 1; m < n_models; m++)
    if (at_model_get_config(models[m])->tgt_vocab != V)
      return at_fail(AT_ERR_INVALID_ARG, "ensemble: model %d has %d target pieces, model 1 has %d", m + 1,
                     at_model_get_config(models[m])->tgt_vocab, V);
  for (int b = 0; b < B; b++) results[b].n = 0, results[b].hyps = NULL;
  if (opt->shortlist && (at_shortlist_tgt_vocab(opt->shortlist) != V ||
                         at_shortlist_src_vocab(opt->shortlist) != at_model_get_config(models[0])->src_vocab))
    return at_fail(AT_ERR_CONFIG, "shortlist for %d/%d pieces, the model has %d/%d (source/target)",
                   at_shortlist_src_vocab(opt->shortlist), at_shortlist_tgt_vocab(opt->shortlist),
                   at_model_get_config(models[0])->src_vocab, V);
  int *sub_ids = NULL;
  if (opt->shortlist) {
    int n_sub = 0;
    int *own_start = NULL, *own_cols = NULL;
    if ((st = at__shortlist_union(opt, src, src_len, Ts, B, V, arena, &sub_ids, &n_sub, &own_start, &own_cols)))
      return st;
    for (int m = 0; m < n_models; m++) {
      if ((st = at_model_vocab_subset(models[m], sub_ids, n_sub, arena, &sub[m]))) return st;
      sub[m].own_start = own_start;
      sub[m].own_cols = own_cols;
    }
    V = n_sub;
  }

  at__search s;
  memset(&s, 0, sizeof s);
  s.opt = opt;
  s.B = B;
  s.Ts = Ts;
  s.V = V;
  s.vmap = sub_ids;
  s.K = opt->beam;
  s.n_models = n_models;
  int rows[16];
  for (int m = 0; m < n_models; m++) rows[m] = at_model_attention_rows(models[m]);
  s.R = n_models == 1 ? rows[0] : 1;
  s.AW = (size_t)s.R * Ts;
  if ((st = at__search_alloc(&s, arena, src_len))) return st;

  int BK = B * s.K;
  at_encoded *enc[16];
  at_dec_state cur[16], out[16];
  float *lp[16], *attn[16];
  int *from = (int *)at_arena_alloc(arena, sizeof(int) * BK);
  int *nsent = (int *)at_arena_alloc(arena, sizeof(int) * BK), *ny = (int *)at_arena_alloc(arena, sizeof(int) * BK);
  int *nentry = (int *)at_arena_alloc(arena, sizeof(int) * BK), *nlen = (int *)at_arena_alloc(arena, sizeof(int) * BK);
  float *nlp = at_arena_floats(arena, BK);
  float *attn_mean = opt->want_attention && n_models > 1 ? at_arena_floats(arena, (size_t)BK * Ts) : NULL;
  if (opt->want_attention && n_models > 1 && !attn_mean) return at_fail(AT_ERR_NOMEM, "search: out of memory");
  if (!from || !nsent || !ny || !nentry || !nlen || !nlp) return at_fail(AT_ERR_NOMEM, "search: out of memory");
  for (int m = 0; m < n_models; m++) {
    if ((st = at_model_encode(models[m], src, src_len, Ts, B, arena, &enc[m]))) return st;
    if ((st = at_model_state_alloc(models[m], BK, s.max_steps, arena, &cur[m]))) return st;
    if ((st = at_model_state_alloc(models[m], BK, s.max_steps, arena, &out[m]))) return st;
    cur[m].N = B;
    if ((st = at_model_state_init(models[m], enc[m], &cur[m]))) return st;
    lp[m] = at_arena_floats(arena, (size_t)BK * V);
    attn[m] = opt->want_attention ? at_arena_floats(arena, (size_t)BK * rows[m] * Ts) : NULL;
    if (!lp[m] || (opt->want_attention && !attn[m])) return at_fail(AT_ERR_NOMEM, "search: out of memory");
  }
  /* Step scratch comes from the caller's arena (kept across calls): reserved
   * once for the widest step, rewound after every step. */
  size_t step_bytes = 0;
  for (int m = 0; m < n_models; m++) {
    size_t b = at_model_step_bytes(models[m], BK, B, Ts);
    if (b > step_bytes) step_bytes = b;
  }
  if ((st = at_arena_reserve(arena, step_bytes))) return st;
  at_arena_mark step_mark = at_arena_get_mark(arena);

  for (int t = 0; t < s.max_steps && s.N > 0; t++) {
    for (int m = 0; m < n_models; m++) {
      cur[m].N = s.N;
      out[m].N = s.N;
      st = at_model_step_sub(models[m], enc[m], t, s.sent, &cur[m], s.y_prev, opt->shortlist ? &sub[m] : NULL,
                             &out[m], lp[m], attn[m], arena);
      at_arena_rewind(arena, step_mark);
      if (st) goto done;
    }
    at__ensemble_mean(lp, opt->want_attention ? attn : NULL, rows, n_models, (size_t)s.N * V, s.N, Ts, attn_mean);
    const float *step_attn = !opt->want_attention ? NULL : n_models > 1 ? attn_mean : attn[0];
    /* per-sentence selection, in parallel: each sentence writes only its own slots */
    int *row0 = nsent; /* scratch: first row of each sentence, -1 if none */
    for (int b = 0; b < B; b++) row0[b] = -1, s.ncand[b] = 0;
    for (int r = s.N - 1; r >= 0; r--) row0[s.sent[r]] = r;
#pragma omp parallel for schedule(dynamic, 1)
    for (int b = 0; b < B; b++) {
      if (row0[b] < 0) continue;
      int r1 = row0[b];
      while (r1 < s.N && s.sent[r1] == b) r1++;
      at__beam_select(&s, b, row0[b], r1, lp[0]);
    }
    int n_next = 0;
    st = at__beam_advance(&s, step_attn, from, nsent, ny, nlp, nentry, nlen, &n_next);
    if (st) goto done;
    for (int m = 0; m < n_models; m++) {
      out[m].N = n_next;
      cur[m].N = n_next;
      at_model_state_gather(models[m], &out[m], from, &cur[m]);
    }
    s.N = n_next;
    memcpy(s.sent, nsent, sizeof(int) * n_next);
    memcpy(s.y_prev, ny, sizeof(int) * n_next);
    memcpy(s.logprob, nlp, sizeof(float) * n_next);
    memcpy(s.entry, nentry, sizeof(int) * n_next);
    memcpy(s.row_len, nlen, sizeof(int) * n_next);
  }
  st = at__beam_finalize(&s, results);
done:
  if (st)
    for (int b = 0; b < B; b++) at_search_result_free(&results[b]);
  return st;
}

at_status at_search(const at_model *const *models, int n_models, const int *src, const int *src_len, int Ts, int B,
                    const at_search_options *opt, at_arena *arena, at_search_result *results) {
  at_vocab_subset sub[16];
  memset(sub, 0, sizeof sub);
  at_status st = at__search_run(models, n_models, src, src_len, Ts, B, opt, arena, results, sub);
  for (int m = 0; m < 16; m++) at_model_vocab_subset_release(&sub[m]);
  return st;
}
