/* Greedy dev-set scores for validation: the model translates the corpus'
 * source ids with beam 1 (decoder/), the output is detokenized and scored
 * against the reference text with corpus BLEU and chrF (eval/). */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "decoder/decoder.h"
#include "eval/eval.h"
#include "train/train_internal.h"

enum { AT__GREEDY_BATCH = 64 };

typedef struct at__greedy {
  const at_model *m;
  const at_tokenizer *tgt_tok;
  const at_corpus *c;
  const int *order; /* (n) pair indices sorted by source length */
  int n, bs;
  at_search_options opt;
  char **hyps;      /* (n) detokenized output, by pair index */
} at__greedy;

typedef struct at__len_idx {
  int len, idx;
} at__len_idx;

static int at__cmp_len_idx(const void *a, const void *b) {
  const at__len_idx *x = a, *y = b;
  if (x->len != y->len) return x->len < y->len ? -1 : 1;
  return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* Pairs 0..n-1 sorted by (source length, index), malloc'd. */
static int *at__length_order(const at_corpus *c, int n) {
  at__len_idx *tmp = at_malloc(sizeof *tmp * (size_t)n);
  int *order = at_malloc(sizeof(int) * (size_t)n);
  if (!tmp || !order) {
    at_free(tmp);
    at_free(order);
    return NULL;
  }
  for (int i = 0; i < n; i++) tmp[i] = (at__len_idx){c->src_len[i], i};
  qsort(tmp, (size_t)n, sizeof *tmp, at__cmp_len_idx);
  for (int i = 0; i < n; i++) order[i] = tmp[i].idx;
  at_free(tmp);
  return order;
}

/* Translates batch k (pairs order[k*bs ..]) into g->hyps. */
static at_status at__greedy_batch(at__greedy *g, int k, at_arena *arena, at_buf *buf) {
  const at_corpus *c = g->c;
  const int *pairs = g->order + (size_t)k * g->bs;
  int B = g->n - k * g->bs < g->bs ? g->n - k * g->bs : g->bs, Ts = 0;
  for (int b = 0; b < B; b++)
    if (c->src_len[pairs[b]] > Ts) Ts = c->src_len[pairs[b]];
  at_arena_reset(arena);
  int *src = at_arena_alloc(arena, sizeof(int) * (size_t)Ts * B);          /* (Ts, B) */
  int *len = at_arena_alloc(arena, sizeof(int) * (size_t)B);               /* (B) */
  at_search_result *res = at_arena_alloc(arena, sizeof(at_search_result) * (size_t)B); /* (B) */
  if (!src || !len || !res) return at_fail(AT_ERR_NOMEM, "greedy validation batch of %d", B);
  for (int b = 0; b < B; b++) {
    const int *ids = c->ids + c->off[pairs[b]];
    len[b] = c->src_len[pairs[b]];
    for (int t = 0; t < Ts; t++) src[(size_t)t * B + b] = t < len[b] ? ids[t] : AT_PAD_ID;
  }
  memset(res, 0, sizeof(at_search_result) * (size_t)B);
  at_status s = at_search(&g->m, 1, src, len, Ts, B, &g->opt, arena, res);
  for (int b = 0; s == AT_OK && b < B; b++) {
    const at_hypothesis *h = res[b].n > 0 ? &res[b].hyps[0] : NULL;
    const char *text = "";
    if (h && h->len > 0) {
      s = at_tokenizer_decode(g->tgt_tok, h->ids, h->len, buf);
      text = buf->data ? buf->data : "";
    }
    if (s == AT_OK && !(g->hyps[pairs[b]] = at_strdup(text)))
      s = at_fail(AT_ERR_NOMEM, "greedy validation output");
  }
  for (int b = 0; b < B; b++) at_search_result_free(&res[b]);
  return s;
}

/* All batches, in parallel (one arena and text buffer per thread). */
static at_status at__greedy_translate(at__greedy *g) {
  int nbatch = (g->n + g->bs - 1) / g->bs;
  at_error_slot err = {0}; /* worker errors keep their thread-local message */
  AT__OMP(omp parallel)
  {
    at_arena arena;
    at_arena_init(&arena);
    at_buf buf = {0};
    AT__OMP(omp for schedule(dynamic, 1))
    for (int k = 0; k < nbatch; k++) {
      at_status s = at__greedy_batch(g, k, &arena, &buf);
      if (s != AT_OK) at_error_capture(&err, s);
    }
    at_buf_free(&buf);
    at_arena_free(&arena);
  }
  return at_error_restore(&err);
}

static at_status at__greedy_score(const at__greedy *g, const char *const *refs, at_greedy_score *out) {
  at_eval_options eo;
  at_eval_options_default(&eo);
  at_eval_stats st;
  const char *const *const ref_sets[1] = {refs};
  at_status s = at_eval_corpus_stats(&eo, (const char *const *)g->hyps, ref_sets, 1, (size_t)g->n, &st);
  if (s != AT_OK) return at_fail_context(s, "greedy validation BLEU");
  out->bleu = at_bleu_from_stats(&eo, &st.bleu).score;
  out->chrf = at_chrf_from_stats(&eo, &st.chrf);
  out->sentences = g->n;
  return AT_OK;
}

at_status at_greedy_score_corpus(const at_model *m, const at_tokenizer *tgt_tok, const at_corpus *c, int n,
                                 const char *const *refs, int batch_size, at_greedy_score *out) {
  memset(out, 0, sizeof *out);
  if (!m || !tgt_tok || !c || !refs || n < 0 || n > c->n)
    return at_fail(AT_ERR_INVALID_ARG, "at_greedy_score_corpus: bad arguments (n %d of %d pairs)", n, c ? c->n : 0);
  if (n == 0) return AT_OK;
  at__greedy g;
  memset(&g, 0, sizeof g);
  g.m = m;
  g.tgt_tok = tgt_tok;
  g.c = c;
  g.n = n;
  g.bs = batch_size > 0 ? batch_size : AT__GREEDY_BATCH;
  at_search_options_default(&g.opt);
  g.opt.beam = 1;
  g.opt.nbest = 1;
  int *order = at__length_order(c, n);
  g.order = order;
  g.hyps = at_calloc((size_t)n, sizeof *g.hyps);
  at_status s = order && g.hyps ? AT_OK : at_fail(AT_ERR_NOMEM, "greedy validation of %d sentences", n);
  if (s == AT_OK) s = at__greedy_translate(&g);
  if (s == AT_OK) s = at__greedy_score(&g, refs, out);
  at_lines_free(g.hyps, n);
  at_free(order);
  return s;
}
