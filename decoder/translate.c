/* Translating arrays of text lines: tokenize (in parallel), sort by length,
 * search batch by batch (batches in parallel, each thread with its own
 * arena), detokenize, and put results back in input order. */
#include <stdlib.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#include "decoder/decoder.h"
#include "tokenizer/tokenizer.h"

#define AT__MAX_MODELS 16

struct at_translator {
  at_translator_options opt;
  int n_models;
  at_model *models[AT__MAX_MODELS];
  at_tokenizer *src_tok, *tgt_tok; /* of the first checkpoint */
};

void at_translator_options_default(at_translator_options *o) {
  memset(o, 0, sizeof *o);
  at_search_options_default(&o->search);
  o->batch_size = 128;
  o->max_src_len = 250;
  o->threads = 0;
}

void at_translation_free(at_translation *t) {
  if (!t) return;
  for (int i = 0; i < t->n; i++) at_free(t->text[i]);
  at_free(t->text);
  at_free(t->score);
  at_free(t->logprob);
  at_free(t->tgt_pieces_n);
  if (t->src_pieces)
    for (int i = 0; i < t->src_pieces_n; i++) at_free(t->src_pieces[i]);
  at_free(t->src_pieces);
  if (t->tgt_pieces)
    for (int i = 0; i < t->tgt_rows; i++) at_free(t->tgt_pieces[i]);
  at_free(t->tgt_pieces);
  at_free(t->attn);
  at_free(t->attn_heads);
  at_free(t->enc_self.w);
  at_free(t->dec_self.w);
  memset(t, 0, sizeof *t);
}

void at_translator_close(at_translator *tr) {
  if (!tr) return;
  for (int i = 0; i < tr->n_models; i++) at_model_free(tr->models[i]);
  at_tokenizer_free(tr->src_tok);
  at_tokenizer_free(tr->tgt_tok);
  at_free(tr);
}

const at_model *at_translator_model(const at_translator *tr, int i) {
  return i >= 0 && i < tr->n_models ? tr->models[i] : NULL;
}

/* Loads one checkpoint: the model, and (when want_tok) its tokenizers. */
static at_status at__translator_load(at_translator *tr, const char *path, int want_tok) {
  at_checkpoint ck;
  at_status st = at_checkpoint_load_header(path, &ck);
  if (st) return st;
  at_model *m = NULL;
  if ((st = at_model_create(&ck.config, &m))) goto out;
  if ((st = at_model_load_params(m, path, tr->opt.int8, NULL))) goto out;
  if ((st = at_params_check_finite(at_model_params(m), path))) goto out;
  if (want_tok) {
    if (!ck.spm_src || !ck.spm_tgt) {
      st = at_fail(AT_ERR_CHECKPOINT, "%s: no tokenizer models stored", path);
      goto out;
    }
    if ((st = at_tokenizer_load_bytes(ck.spm_src, ck.spm_src_size, &tr->src_tok))) goto out;
    if ((st = at_tokenizer_load_bytes(ck.spm_tgt, ck.spm_tgt_size, &tr->tgt_tok))) goto out;
    if (tr->opt.search.shortlist &&
        (st = at_shortlist_check(tr->opt.search.shortlist, ck.config.src_vocab, ck.config.tgt_vocab,
                                 at_fnv1a64(ck.spm_src, ck.spm_src_size), at_fnv1a64(ck.spm_tgt, ck.spm_tgt_size),
                                 path)))
      goto out;
  }
  tr->models[tr->n_models++] = m;
  m = NULL;
out:
  at_model_free(m);
  at_checkpoint_free(&ck);
  if (st) at_fail_context(st, "loading %s", path);
  return st;
}

at_status at_translator_check_maps(const at_model_config *cfg, int maps, const char *name) {
  if ((maps & AT_MAPS_ENC_SELF) && !(cfg->encoder != AT_ENC_RNN && cfg->enc_layers > 0))
    return at_fail(AT_ERR_CONFIG, "%s: the %s encoder has no self-attention (enc-self maps need a transformer or rnn-sa encoder)",
                   name, at_encoder_names[cfg->encoder]);
  if ((maps & AT_MAPS_DEC_SELF) && cfg->decoder != AT_DEC_TRANSFORMER)
    return at_fail(AT_ERR_CONFIG, "%s: the %s decoder has no self-attention (dec-self maps need a transformer decoder)",
                   name, at_decoder_names[cfg->decoder]);
  return AT_OK;
}

at_status at_translator_open(const char *const *paths, int n, const at_translator_options *opt, at_translator **out) {
  *out = NULL;
  if (n < 1 || n > AT__MAX_MODELS) return at_fail(AT_ERR_INVALID_ARG, "need 1..%d checkpoints, got %d", AT__MAX_MODELS, n);
  at_status st = at_search_options_validate(&opt->search);
  if (st) return st;
  if (opt->batch_size < 1) return at_fail(AT_ERR_INVALID_ARG, "batch size %d: must be >= 1", opt->batch_size);
  if (opt->max_src_len < 1) return at_fail(AT_ERR_INVALID_ARG, "max source length %d: must be >= 1", opt->max_src_len);
  if (opt->attention_maps & ~(AT_MAPS_ENC_SELF | AT_MAPS_DEC_SELF))
    return at_fail(AT_ERR_INVALID_ARG, "attention maps: unknown selection %d", opt->attention_maps);
  if (opt->attention_maps && !opt->search.want_attention)
    return at_fail(AT_ERR_INVALID_ARG, "attention maps need search.want_attention");
  at_translator *tr = at_calloc(1, sizeof *tr);
  if (!tr) return at_fail(AT_ERR_NOMEM, "out of memory");
  tr->opt = *opt;
  for (int i = 0; i < n && !st; i++) st = at__translator_load(tr, paths[i], i == 0);
  for (int i = 1; i < tr->n_models && !st; i++) {
    const at_model_config *a = at_model_get_config(tr->models[0]), *b = at_model_get_config(tr->models[i]);
    if (a->src_vocab != b->src_vocab || a->tgt_vocab != b->tgt_vocab)
      st = at_fail(AT_ERR_CHECKPOINT, "%s: vocabulary sizes %d/%d differ from %s's %d/%d", paths[i], b->src_vocab,
                   b->tgt_vocab, paths[0], a->src_vocab, a->tgt_vocab);
  }
  /* A tokenizer smaller than the model's vocabulary cannot spell the ids the
   * model emits (and a larger one makes ids the model has no row for). */
  if (!st && at_tokenizer_vocab_size(tr->src_tok) != at_model_get_config(tr->models[0])->src_vocab)
    st = at_fail(AT_ERR_CHECKPOINT, "%s: source tokenizer has %d pieces, the model's src_vocab is %d", paths[0],
                 at_tokenizer_vocab_size(tr->src_tok), at_model_get_config(tr->models[0])->src_vocab);
  if (!st && at_tokenizer_vocab_size(tr->tgt_tok) != at_model_get_config(tr->models[0])->tgt_vocab)
    st = at_fail(AT_ERR_CHECKPOINT, "%s: target tokenizer has %d pieces, the model's tgt_vocab is %d", paths[0],
                 at_tokenizer_vocab_size(tr->tgt_tok), at_model_get_config(tr->models[0])->tgt_vocab);
  if (!st) st = at_translator_check_maps(at_model_get_config(tr->models[0]), opt->attention_maps, paths[0]);
  if (st) {
    at_translator_close(tr);
    return st;
  }
  *out = tr;
  return AT_OK;
}

/* ---- per-line work ------------------------------------------------------------ */

typedef struct at__line {
  at_ids ids;   /* source pieces + EOS */
  int index;    /* position in the input */
} at__line;

static char *at__strdup(const char *s) {
  size_t n = strlen(s);
  char *d = at_malloc(n + 1);
  if (d) memcpy(d, s, n + 1);
  return d;
}

/* Tokenizes one line into L->ids (pieces + EOS, cut to max_src_len) or marks
 * the result invalid. Empty lines get no ids. */
static at_status at__encode_line(const at_translator *tr, const char *line, at__line *L, at_translation *res) {
  size_t len = strlen(line);
  if (len && line[len - 1] == '\r') len--;
  L->ids.n = 0;
  size_t bad = 0;
  if (!at_utf8_valid(line, len, &bad)) {
    res->status = AT_ERR_UTF8;
    return AT_OK;
  }
  if (len == 0) return AT_OK;
  /* Only a prefix of a line far longer than max_src_len pieces is tokenized
   * (encoding takes ~100 bytes of memory per byte: 1 GB for a 10 MB line).
   * The cut is at a space or tab when the prefix has one (SentencePiece
   * splits words at whitespace, so the first pieces are those of the whole
   * line), else at a character boundary. */
  size_t cap = (size_t)tr->opt.max_src_len * AT_TOKENIZER_BYTES_PER_PIECE;
  int cut = len > cap;
  if (cut) {
    size_t n = cap;
    while (n > cap / 2 && line[n] != ' ' && line[n] != '\t') n--;
    if (n == cap / 2)
      for (n = cap; n > 0 && ((unsigned char)line[n] & 0xC0) == 0x80; n--) {
      }
    len = n;
  }
  at_status st = at_tokenizer_encode(tr->src_tok, line, len, &L->ids);
  if (st) return st;
  if (L->ids.n == 0) return AT_OK; /* whitespace only */
  if (L->ids.n > tr->opt.max_src_len - 1) {
    L->ids.n = tr->opt.max_src_len - 1;
    res->truncated = 1;
  }
  if (cut) res->truncated = 1;
  if ((st = at_ids_reserve(&L->ids, L->ids.n + 1))) return st;
  L->ids.ids[L->ids.n++] = AT_EOS_ID;
  res->src_pieces_n = L->ids.n;
  return AT_OK;
}

static int at__cmp_len(const void *a, const void *b) {
  const at__line *x = *(const at__line *const *)a, *y = *(const at__line *const *)b;
  if (x->ids.n != y->ids.n) return x->ids.n < y->ids.n ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* Copies rows x cols of every layer and head of map (rows and cols at least
 * that) into a malloc'd export. */
static at_status at__export_map(const at_attention_map *map, int rows, int cols, at_attention_export *x) {
  if (map->layers < 1 || map->rows < rows || map->cols < cols)
    return at_fail(AT_ERR_SHAPE, "attention maps: %d x %d weights for %d x %d pieces", map->rows, map->cols, rows, cols);
  int n = map->layers * map->heads;
  x->w = at_malloc(sizeof(float) * (size_t)n * (rows ? rows : 1) * (cols ? cols : 1));
  if (!x->w) return at_fail(AT_ERR_NOMEM, "out of memory");
  x->layers = map->layers, x->heads = map->heads, x->rows = rows, x->cols = cols;
  for (int k = 0; k < n; k++)
    for (int i = 0; i < rows; i++)
      memcpy(x->w + ((size_t)k * rows + i) * cols, map->w + ((size_t)k * map->rows + i) * map->cols,
             sizeof(float) * (size_t)cols);
  return AT_OK;
}

/* The self-attention maps of the best hypothesis h (teacher-forced, in the
 * worker's arena, rewound afterwards). Decoder rows: the tgt_rows positions
 * that output the pieces shown (an unfinished hypothesis has no EOS row). */
static at_status at__fill_maps(const at_translator *tr, const at__line *L, const at_hypothesis *h, int rows,
                               at_translation *res, at_arena *arena) {
  at_arena_mark mark = at_arena_get_mark(arena);
  at_attention_maps maps;
  at_status st = at_model_attention_maps(tr->models[0], L->ids.ids, L->ids.n, h->ids, h->len, arena, &maps);
  if (!st && (tr->opt.attention_maps & AT_MAPS_ENC_SELF)) st = at__export_map(&maps.enc_self, L->ids.n, L->ids.n, &res->enc_self);
  if (!st && (tr->opt.attention_maps & AT_MAPS_DEC_SELF)) st = at__export_map(&maps.dec_self, rows, rows, &res->dec_self);
  at_arena_rewind(arena, mark);
  return st;
}

/* Fills res from one sentence's search result. */
static at_status at__fill_result(const at_translator *tr, const at__line *L, const at_search_result *r,
                                 at_translation *res, at_buf *buf, at_arena *arena) {
  int n = r->n;
  res->text = at_calloc((size_t)(n ? n : 1), sizeof(char *));
  res->score = at_calloc((size_t)(n ? n : 1), sizeof(float));
  res->logprob = at_calloc((size_t)(n ? n : 1), sizeof(float));
  res->tgt_pieces_n = at_calloc((size_t)(n ? n : 1), sizeof(int));
  if (!res->text || !res->score || !res->logprob || !res->tgt_pieces_n) return at_fail(AT_ERR_NOMEM, "out of memory");
  for (int i = 0; i < n; i++) {
    const at_hypothesis *h = &r->hyps[i];
    at_status st = at_tokenizer_decode(tr->tgt_tok, h->ids, h->len, buf);
    if (st) return st;
    if (!(res->text[i] = at__strdup(buf->data ? buf->data : ""))) return at_fail(AT_ERR_NOMEM, "out of memory");
    res->n = i + 1;
    res->score[i] = h->score;
    res->logprob[i] = h->logprob;
    res->tgt_pieces_n[i] = h->len;
  }
  if (!tr->opt.search.want_attention || n == 0) return AT_OK;
  const at_hypothesis *h = &r->hyps[0];
  int rows = h->len + (h->finished ? 1 : 0), cols = L->ids.n;
  res->src_pieces = at_calloc((size_t)cols, sizeof(char *));
  res->tgt_pieces = at_calloc((size_t)(rows ? rows : 1), sizeof(char *));
  res->attn = at_malloc(sizeof(float) * (size_t)(rows ? rows : 1) * cols);
  res->heads = h->attn_rows - 1;
  res->head_layers = res->heads ? at_model_attention_layers(tr->models[0]) : 0;
  res->attn_heads = res->heads ? at_malloc(sizeof(float) * (size_t)res->heads * (rows ? rows : 1) * cols) : NULL;
  if (!res->src_pieces || !res->tgt_pieces || !res->attn || (res->heads && !res->attn_heads))
    return at_fail(AT_ERR_NOMEM, "out of memory");
  for (int j = 0; j < cols; j++)
    if (!(res->src_pieces[j] = at__strdup(at_tokenizer_id_to_piece(tr->src_tok, L->ids.ids[j]))))
      return at_fail(AT_ERR_NOMEM, "out of memory");
  for (int t = 0; t < rows; t++) {
    int id = t < h->len ? h->ids[t] : AT_EOS_ID;
    if (!(res->tgt_pieces[t] = at__strdup(at_tokenizer_id_to_piece(tr->tgt_tok, id))))
      return at_fail(AT_ERR_NOMEM, "out of memory");
    res->tgt_rows = t + 1;
    const float *src = h->attn + (size_t)t * h->attn_rows * h->Ts;
    memcpy(res->attn + (size_t)t * cols, src, sizeof(float) * cols);
    for (int k = 0; k < res->heads; k++)
      memcpy(res->attn_heads + ((size_t)k * rows + t) * cols, src + (size_t)(k + 1) * h->Ts, sizeof(float) * cols);
  }
  return tr->opt.attention_maps ? at__fill_maps(tr, L, h, rows, res, arena) : AT_OK;
}

/* Translates the sorted lines order[0..n) (all non-empty) as one batch. */
static at_status at__translate_batch(const at_translator *tr, at__line *const *order, int n, at_translation *out,
                                     at_arena *arena, at_buf *buf) {
  int Ts = order[n - 1]->ids.n;
  for (int i = 0; i < n; i++)
    if (order[i]->ids.n > Ts) Ts = order[i]->ids.n;
  at_arena_reset(arena);
  int *src = (int *)at_arena_alloc(arena, sizeof(int) * (size_t)Ts * n);
  int *len = (int *)at_arena_alloc(arena, sizeof(int) * n);
  at_search_result *res = (at_search_result *)at_arena_alloc(arena, sizeof(at_search_result) * n);
  if (!src || !len || !res) return at_fail(AT_ERR_NOMEM, "out of memory for a batch of %d", n);
  for (int b = 0; b < n; b++) {
    len[b] = order[b]->ids.n;
    for (int t = 0; t < Ts; t++) src[t * n + b] = t < len[b] ? order[b]->ids.ids[t] : AT_PAD_ID;
  }
  at_status st = at_search((const at_model *const *)tr->models, tr->n_models, src, len, Ts, n, &tr->opt.search,
                           arena, res);
  if (st) return st;
  for (int b = 0; b < n && !st; b++) st = at__fill_result(tr, order[b], &res[b], &out[order[b]->index], buf, arena);
  for (int b = 0; b < n; b++) at_search_result_free(&res[b]);
  return st;
}

at_status at_translator_translate(at_translator *tr, const char *const *lines, int n, at_translation *out) {
  memset(out, 0, sizeof(*out) * (size_t)(n > 0 ? n : 0));
  if (n <= 0) return AT_OK;
  at__line *L = at_calloc((size_t)n, sizeof *L);
  at__line **order = at_calloc((size_t)n, sizeof *order);
  if (!L || !order) {
    at_free(L);
    at_free(order);
    return at_fail(AT_ERR_NOMEM, "out of memory for %d lines", n);
  }
  if (tr->opt.threads > 0) at_set_threads(tr->opt.threads);
  /* Errors on worker threads travel with their (thread-local) message. */
  at_error_slot err = {0};
#pragma omp parallel for schedule(dynamic, 16)
  for (int i = 0; i < n; i++) {
    L[i].index = i;
    at_status s = at__encode_line(tr, lines[i], &L[i], &out[i]);
    if (s) at_error_capture(&err, at_fail_context(s, "line %d", i + 1));
  }
  at_status st = at_error_restore(&err);
  int m = 0; /* lines that need the model */
  for (int i = 0; i < n; i++)
    if (L[i].ids.n > 0) order[m++] = &L[i];
  qsort(order, (size_t)m, sizeof *order, at__cmp_len);
  /* Batches run in parallel (one per thread, single-threaded BLAS inside), so
   * a few lines are split to give every thread one; results do not depend on it. */
  int bs = tr->opt.batch_size, share = (m + at_get_threads() - 1) / at_get_threads();
  if (bs > share) bs = share > 0 ? share : 1;
  int nbatch = (m + bs - 1) / bs;
  if (!st) {
#pragma omp parallel
    {
      at_arena arena;
      at_arena_init(&arena);
      at_buf buf = {0};
#pragma omp for schedule(dynamic, 1)
      for (int k = 0; k < nbatch; k++) {
        int b0 = k * bs, nb = m - b0 < bs ? m - b0 : bs;
        at_status s = at__translate_batch(tr, order + b0, nb, out, &arena, &buf);
        if (s) at_error_capture(&err, s);
      }
      at_buf_free(&buf);
      at_arena_free(&arena);
    }
    st = at_error_restore(&err);
  }
  for (int i = 0; i < n; i++) at_ids_free(&L[i].ids);
  at_free(L);
  at_free(order);
  if (st)
    for (int i = 0; i < n; i++) at_translation_free(&out[i]);
  return st;
}

/* ---- alignments ------------------------------------------------------------------ */

/* Word index of each piece, counting the words of the text the pieces spell
 * when split at whitespace: a piece's leading U+2581 markers are a space, and
 * the first piece with other content after a space starts a new word. A piece
 * that is only markers (a lone "▁") starts nothing and belongs to the word
 * before it (-1 before the first word). With unk_spaced (target side:
 * decoding writes "<unk>" as " ⁇ "), "<unk>" is a word of its own. Returns
 * the number of words. */
static int at__piece_words(char *const *pieces, int n, int unk_spaced, int *word) {
  int w = -1, space = 0;
  for (int i = 0; i < n; i++) {
    const unsigned char *p = (const unsigned char *)pieces[i];
    int unk = unk_spaced && !strcmp(pieces[i], AT_UNK_PIECE);
    while (p[0] == 0xE2 && p[1] == 0x96 && p[2] == 0x81) p += 3, space = 1;
    if (*p && (space || unk || w < 0)) w++, space = 0;
    word[i] = w;
    if (unk) space = 1;
  }
  return w + 1;
}

at_status at_translation_alignment(const at_translation *t, char **buf) {
  *buf = NULL;
  size_t cap = 64 + (size_t)t->tgt_rows * 24, used = 0;
  char *s = at_malloc(cap);
  int *sw = at_malloc(sizeof(int) * (size_t)(t->src_pieces_n + 1)), *tw = at_malloc(sizeof(int) * (size_t)(t->tgt_rows + 1));
  unsigned char *seen = NULL;
  if (!s || !sw || !tw) goto nomem;
  s[0] = '\0';
  if (!t->attn || t->n == 0) goto done;
  int src_real = t->src_pieces_n - 1, tgt_real = t->tgt_pieces_n[0]; /* EOS rows/columns are not words */
  if (src_real <= 0 || tgt_real <= 0) goto done;
  int nsw = at__piece_words(t->src_pieces, src_real, 0, sw);
  int ntw = at__piece_words(t->tgt_pieces, tgt_real, 1, tw);
  if (nsw == 0 || ntw == 0) goto done;
  seen = at_calloc((size_t)nsw * ntw, 1);
  if (!seen) goto nomem;
  for (int r = 0; r < tgt_real; r++) {
    if (tw[r] < 0) continue; /* whitespace before the first word */
    const float *a = t->attn + (size_t)r * t->src_pieces_n;
    int best = -1;
    for (int j = 0; j < src_real; j++)
      if (sw[j] >= 0 && (best < 0 || a[j] > a[best])) best = j;
    seen[(size_t)sw[best] * ntw + tw[r]] = 1;
  }
  for (int i = 0; i < nsw; i++)
    for (int j = 0; j < ntw; j++) {
      if (!seen[(size_t)i * ntw + j]) continue;
      if (used + 32 > cap) {
        char *ns = at_realloc(s, cap *= 2);
        if (!ns) goto nomem;
        s = ns;
      }
      used += (size_t)snprintf(s + used, cap - used, "%s%d-%d", used ? " " : "", i, j);
    }
done:
  at_free(sw);
  at_free(tw);
  at_free(seen);
  *buf = s;
  return AT_OK;
nomem:
  at_free(s);
  at_free(sw);
  at_free(tw);
  at_free(seen);
  return at_fail(AT_ERR_NOMEM, "out of memory for alignments");
}
