/* Vocabulary shortlists (issue 11): which target pieces a batch of source
 * sentences can plausibly produce, so that decoding computes the output layer
 * (two thirds of a step's products in the bench model) over those only.
 *
 * Building: for every source piece s, its co-occurrence with every target
 * piece t over the sentence pairs of a corpus (each pair counted once), and
 * the Dice coefficient 2 c(s, t) / (c(s) + c(t)), c(x) the pairs holding x.
 * The top_k target pieces by Dice (ties: more co-occurrences, then the
 * smaller id) are kept per source piece, and the `frequent` target pieces
 * with the most occurrences (ties: smaller id). Dice favours translations
 * over pieces that are merely frequent; the frequent list covers function
 * words. Work is one pass per source piece over the pairs holding it (an
 * inverted index), with a dense counter per thread.
 *
 * Selection for a sentence (Marian's lexical shortlist, per sentence): the
 * first F frequent pieces, the special pieces (PAD and BOS too: they take
 * part in the log-softmax as with the full vocabulary, and search never
 * outputs them) and the first k pieces of every source piece; ascending ids.
 * A shortlist holding every piece therefore decodes exactly as without one.
 *
 * File (text, so it can be read and diffed):
 *   attend-shortlist 1
 *   src_vocab V_S
 *   tgt_vocab V_T
 *   src_tokenizer HEX      (FNV-1a 64 of the source SentencePiece model's bytes)
 *   tgt_tokenizer HEX
 *   top_k K
 *   frequent N
 *   ID ID ...              (N ids, most frequent first)
 *   then V_S lines, line s: the ids kept for source piece s, best first (<= K, may be empty)
 * Every number is checked on loading; an error names the file and line. */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/omp.h"
#include "decoder/decoder.h"
#include "tokenizer/tokenizer.h"

struct at_shortlist {
  int src_vocab, tgt_vocab, top_k;
  uint64_t src_hash, tgt_hash;
  int n_frequent;
  int *frequent;  /* (n_frequent) */
  int *off;       /* (src_vocab + 1) into list */
  int *list;      /* (off[src_vocab]) */
};

enum { AT__SL_MAX_VOCAB = 1 << 24, AT__SL_MAX_K = 100000 };

uint64_t at_fnv1a64(const void *data, size_t n) {
  const unsigned char *p = data;
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 1099511628211ULL;
  return h;
}

void at_shortlist_free(at_shortlist *sl) {
  if (!sl) return;
  at_free(sl->frequent);
  at_free(sl->off);
  at_free(sl->list);
  at_free(sl);
}

int at_shortlist_src_vocab(const at_shortlist *sl) { return sl->src_vocab; }
int at_shortlist_tgt_vocab(const at_shortlist *sl) { return sl->tgt_vocab; }
int at_shortlist_top_k(const at_shortlist *sl) { return sl->top_k; }
int at_shortlist_frequent(const at_shortlist *sl) { return sl->n_frequent; }

/* ---- building ---------------------------------------------------------------- */

typedef struct at__scored {
  float dice;
  int count, id;
} at__scored;

static int at__scored_better(const at__scored *a, const at__scored *b) {
  if (a->dice != b->dice) return a->dice > b->dice;
  if (a->count != b->count) return a->count > b->count;
  return a->id < b->id;
}

static int at__cmp_scored(const void *x, const void *y) {
  const at__scored *a = x, *b = y;
  return at__scored_better(a, b) ? -1 : at__scored_better(b, a) ? 1 : 0;
}

/* Unique values of v[0..n) that are in [lo, vocab), into u (returns the count); seen (vocab) all 0 on entry and exit. */
static int at__unique(const int *v, int n, int lo, int vocab, unsigned char *seen, int *u) {
  int k = 0;
  for (int i = 0; i < n; i++)
    if (v[i] >= lo && v[i] < vocab && !seen[v[i]]) seen[v[i]] = 1, u[k++] = v[i];
  for (int i = 0; i < k; i++) seen[u[i]] = 0;
  return k;
}

/* Keeps the top k of n candidates (sorted, best first) in place; returns how many. */
static int at__top(at__scored *c, int n, int k) {
  qsort(c, (size_t)n, sizeof *c, at__cmp_scored);
  return n < k ? n : k;
}

at_status at_shortlist_build(const at_shortlist_corpus *c, int top_k, int frequent, at_shortlist **out) {
  *out = NULL;
  int Vs = c->src_vocab, Vt = c->tgt_vocab;
  if (Vs < 4 || Vs > AT__SL_MAX_VOCAB || Vt < 4 || Vt > AT__SL_MAX_VOCAB)
    return at_fail(AT_ERR_INVALID_ARG, "shortlist: vocabulary sizes %d and %d (4 .. %d)", Vs, Vt, AT__SL_MAX_VOCAB);
  if (top_k < 1 || top_k > AT__SL_MAX_K || frequent < 0 || frequent > Vt)
    return at_fail(AT_ERR_INVALID_ARG, "shortlist: top-k %d (1 .. %d), frequent %d (0 .. %d)", top_k, AT__SL_MAX_K,
                   frequent, Vt);
  at_status st = AT_OK;
  at_shortlist *sl = at_calloc(1, sizeof *sl);
  long *cs = at_calloc((size_t)Vs, sizeof(long)), *ct = at_calloc((size_t)Vt, sizeof(long));
  long *occ = at_calloc((size_t)Vt, sizeof(long));
  size_t *inv_off = at_calloc((size_t)Vs + 1, sizeof(size_t));
  unsigned char *seen = at_calloc((size_t)(Vs > Vt ? Vs : Vt), 1);
  int max_len = 1;
  for (int p = 0; p < c->n; p++) {
    if (c->src_len[p] > max_len) max_len = c->src_len[p];
    if (c->tgt_len[p] > max_len) max_len = c->tgt_len[p];
  }
  int *u = at_malloc((size_t)max_len * sizeof(int));
  if (!sl || !cs || !ct || !occ || !inv_off || !seen || !u) {
    st = at_fail(AT_ERR_NOMEM, "shortlist: counts for %d x %d pieces", Vs, Vt);
    goto done;
  }
  sl->src_vocab = Vs, sl->tgt_vocab = Vt, sl->top_k = top_k;
  sl->src_hash = c->src_hash, sl->tgt_hash = c->tgt_hash;
  /* pair counts per piece, occurrences per target piece, the inverted index's sizes */
  for (int p = 0; p < c->n; p++) {
    const int *s = c->src[p], *t = c->tgt[p];
    for (int i = 0; i < c->tgt_len[p]; i++)
      if (t[i] >= 0 && t[i] < Vt) occ[t[i]]++;
    int k = at__unique(s, c->src_len[p], AT_EOS_ID + 1, Vs, seen, u);
    for (int i = 0; i < k; i++) cs[u[i]]++, inv_off[u[i] + 1]++;
    k = at__unique(t, c->tgt_len[p], AT_EOS_ID + 1, Vt, seen, u);
    for (int i = 0; i < k; i++) ct[u[i]]++;
  }
  for (int s = 0; s < Vs; s++) inv_off[s + 1] += inv_off[s];
  int *inv = at_malloc((inv_off[Vs] ? inv_off[Vs] : 1) * sizeof(int));
  size_t *fill = at_malloc((size_t)Vs * sizeof(size_t));
  if (!inv || !fill) {
    at_free(inv), at_free(fill);
    st = at_fail(AT_ERR_NOMEM, "shortlist: index of %zu entries", inv_off[Vs]);
    goto done;
  }
  memcpy(fill, inv_off, (size_t)Vs * sizeof(size_t));
  for (int p = 0; p < c->n; p++) {
    int k = at__unique(c->src[p], c->src_len[p], AT_EOS_ID + 1, Vs, seen, u);
    for (int i = 0; i < k; i++) inv[fill[u[i]]++] = p;
  }
  at_free(fill);
  /* the frequent list */
  at__scored *fr = at_malloc((size_t)Vt * sizeof *fr);
  sl->off = at_calloc((size_t)Vs + 1, sizeof(int));
  int *kept = at_calloc((size_t)Vs, sizeof(int));
  int *best = at_malloc((size_t)Vs * top_k * sizeof(int));
  if (!fr || !sl->off || !kept || !best) {
    at_free(inv), at_free(fr), at_free(kept), at_free(best);
    st = at_fail(AT_ERR_NOMEM, "shortlist: %d x %d kept pieces", Vs, top_k);
    goto done;
  }
  int nf = 0;
  for (int t = AT_EOS_ID + 1; t < Vt; t++)
    if (occ[t] > 0) fr[nf++] = (at__scored){0.0f, occ[t] > INT_MAX ? INT_MAX : (int)occ[t], t};
  nf = at__top(fr, nf, frequent);
  sl->n_frequent = nf;
  sl->frequent = at_malloc((size_t)(nf ? nf : 1) * sizeof(int));
  if (!sl->frequent) {
    at_free(inv), at_free(fr), at_free(kept), at_free(best);
    st = at_fail(AT_ERR_NOMEM, "shortlist");
    goto done;
  }
  for (int i = 0; i < nf; i++) sl->frequent[i] = fr[i].id;
  at_free(fr);
  /* per source piece: co-occurrence counts, Dice, the top k */
  int failed = 0;
  AT__OMP(omp parallel)
  {
    int *cnt = at_calloc((size_t)Vt, sizeof(int)), *touched = at_malloc((size_t)Vt * sizeof(int));
    int *uu = at_malloc((size_t)max_len * sizeof(int));
    unsigned char *sn = at_calloc((size_t)Vt, 1);
    at__scored *cand = at_malloc((size_t)Vt * sizeof *cand);
    if (!cnt || !touched || !uu || !sn || !cand) {
      AT__OMP(omp atomic write)
      failed = 1;
    }
    AT__OMP(omp for schedule(dynamic, 16))
    for (int s = 0; s < Vs; s++) {
      if (!cnt || !touched || !uu || !sn || !cand) continue;
      int nt = 0;
      for (size_t j = inv_off[s]; j < inv_off[s + 1]; j++) {
        int p = inv[j], k = at__unique(c->tgt[p], c->tgt_len[p], AT_EOS_ID + 1, Vt, sn, uu);
        for (int i = 0; i < k; i++)
          if (cnt[uu[i]]++ == 0) touched[nt++] = uu[i];
      }
      for (int i = 0; i < nt; i++) {
        int t = touched[i];
        cand[i] = (at__scored){(float)(2.0 * cnt[t] / ((double)cs[s] + (double)ct[t])), cnt[t], t};
        cnt[t] = 0;
      }
      int k = at__top(cand, nt, top_k);
      for (int i = 0; i < k; i++) best[(size_t)s * top_k + i] = cand[i].id;
      kept[s] = k;
    }
    at_free(cnt), at_free(touched), at_free(uu), at_free(sn), at_free(cand);
  }
  at_free(inv);
  if (failed) {
    at_free(kept), at_free(best);
    st = at_fail(AT_ERR_NOMEM, "shortlist: per-thread counters of %d pieces", Vt);
    goto done;
  }
  for (int s = 0; s < Vs; s++) sl->off[s + 1] = sl->off[s] + kept[s];
  sl->list = at_malloc((size_t)(sl->off[Vs] ? sl->off[Vs] : 1) * sizeof(int));
  if (!sl->list) {
    at_free(kept), at_free(best);
    st = at_fail(AT_ERR_NOMEM, "shortlist: %d entries", sl->off[Vs]);
    goto done;
  }
  for (int s = 0; s < Vs; s++)
    if (kept[s] > 0) memcpy(sl->list + sl->off[s], best + (size_t)s * top_k, (size_t)kept[s] * sizeof(int));
  at_free(kept), at_free(best);
done:
  at_free(cs), at_free(ct), at_free(occ), at_free(inv_off), at_free(seen), at_free(u);
  if (st != AT_OK) {
    at_shortlist_free(sl);
    return st;
  }
  *out = sl;
  return AT_OK;
}

/* ---- the file ----------------------------------------------------------------------- */

at_status at_shortlist_save(const at_shortlist *sl, const char *path) {
  char tmp[4096];
  if (snprintf(tmp, sizeof tmp, "%s.tmp", path) >= (int)sizeof tmp)
    return at_fail(AT_ERR_INVALID_ARG, "%s: path too long", path);
  FILE *f = fopen(tmp, "w");
  if (!f) return at_fail(AT_ERR_IO, "%s: cannot create: %s", tmp, strerror(errno));
  fprintf(f, "attend-shortlist 1\nsrc_vocab %d\ntgt_vocab %d\nsrc_tokenizer %016" PRIx64 "\ntgt_tokenizer %016" PRIx64
             "\ntop_k %d\nfrequent %d\n",
          sl->src_vocab, sl->tgt_vocab, sl->src_hash, sl->tgt_hash, sl->top_k, sl->n_frequent);
  for (int i = 0; i < sl->n_frequent; i++) fprintf(f, i ? " %d" : "%d", sl->frequent[i]);
  fputc('\n', f);
  for (int s = 0; s < sl->src_vocab; s++) {
    for (int i = sl->off[s]; i < sl->off[s + 1]; i++) fprintf(f, i > sl->off[s] ? " %d" : "%d", sl->list[i]);
    fputc('\n', f);
  }
  int bad = ferror(f);
  int err = errno;
  if (fclose(f) != 0 && !bad) bad = 1, err = errno;
  if (bad) {
    remove(tmp);
    return at_fail(AT_ERR_IO, "%s: write failed: %s", tmp, strerror(err));
  }
  if (rename(tmp, path) != 0) {
    err = errno;
    remove(tmp);
    return at_fail(AT_ERR_IO, "%s: cannot rename %s over it: %s", path, tmp, strerror(err));
  }
  return AT_OK;
}

typedef struct at__reader {
  FILE *f;
  const char *path;
  long line;
  char *buf;
  size_t cap, len;
  at_status err; /* the failure when at__read_line returned -1 */
} at__reader;

/* The next line (without '\n') into r->buf; 0 at end of file, -1 on error (r->err, message set). */
static int at__read_line(at__reader *r) {
  r->len = 0;
  int c;
  while ((c = fgetc(r->f)) != EOF && c != '\n') {
    if (c == '\0') {
      r->err = at_fail(AT_ERR_FORMAT, "%s line %ld: a NUL byte", r->path, r->line + 1);
      return -1;
    }
    if (r->len + 2 > r->cap) {
      size_t cap = r->cap ? 2 * r->cap : 256;
      if (cap > ((size_t)1 << 30)) {
        r->err = at_fail(AT_ERR_FORMAT, "%s line %ld: longer than 1 GiB", r->path, r->line + 1);
        return -1;
      }
      char *b = at_realloc(r->buf, cap);
      if (!b) {
        r->err = at_fail(AT_ERR_NOMEM, "%s line %ld", r->path, r->line + 1);
        return -1;
      }
      r->buf = b, r->cap = cap;
    }
    r->buf[r->len++] = (char)c;
  }
  if (ferror(r->f)) {
    r->err = at_fail(AT_ERR_IO, "%s line %ld: read error: %s", r->path, r->line + 1, strerror(errno));
    return -1;
  }
  if (c == EOF && r->len == 0) return 0;
  if (!r->buf && !(r->buf = at_malloc(r->cap = 1))) {
    r->err = at_fail(AT_ERR_NOMEM, "%s", r->path);
    return -1;
  }
  r->buf[r->len] = '\0';
  r->line++;
  return 1;
}

/* A header line "KEY VALUE" with VALUE a decimal in [lo, hi] (or, with hex, 16 hex digits into *u). */
static at_status at__header(at__reader *r, const char *key, long lo, long hi, long *v, uint64_t *u) {
  int got = at__read_line(r);
  if (got < 0) return r->err;
  if (got == 0) return at_fail(AT_ERR_FORMAT, "%s: ends before the '%s' line", r->path, key);
  size_t kn = strlen(key);
  if (strncmp(r->buf, key, kn) != 0 || r->buf[kn] != ' ')
    return at_fail(AT_ERR_FORMAT, "%s line %ld: expected '%s ...', got '%.40s'", r->path, r->line, key, r->buf);
  const char *x = r->buf + kn + 1;
  char *end;
  errno = 0;
  if (u) {
    unsigned long long h = strtoull(x, &end, 16);
    if (errno || end == x || *end || strlen(x) != 16)
      return at_fail(AT_ERR_FORMAT, "%s line %ld: %s: expected 16 hex digits, got '%.40s'", r->path, r->line, key, x);
    *u = (uint64_t)h;
    return AT_OK;
  }
  long n = strtol(x, &end, 10);
  if (errno || end == x || *end || n < lo || n > hi)
    return at_fail(AT_ERR_FORMAT, "%s line %ld: %s: expected an integer in %ld .. %ld, got '%.40s'", r->path, r->line,
                   key, lo, hi, x);
  *v = n;
  return AT_OK;
}

/* Space-separated ids in [lo, vocab) of the current line into dst (at most max); their count in *n. */
static at_status at__ids(at__reader *r, int lo, int vocab, int max, int *dst, int *n) {
  const char *p = r->buf;
  *n = 0;
  while (*p) {
    while (*p == ' ') p++;
    if (!*p) break;
    char *end;
    errno = 0;
    long v = strtol(p, &end, 10);
    if (errno || end == p || (*end && *end != ' ') || v < lo || v >= vocab)
      return at_fail(AT_ERR_FORMAT, "%s line %ld: '%.20s' is not a piece id in %d .. %d", r->path, r->line, p, lo,
                     vocab - 1);
    if (*n == max) return at_fail(AT_ERR_FORMAT, "%s line %ld: more than %d ids", r->path, r->line, max);
    dst[(*n)++] = (int)v;
    p = end;
  }
  return AT_OK;
}

at_status at_shortlist_load(const char *path, at_shortlist **out) {
  *out = NULL;
  at__reader r = {fopen(path, "r"), path, 0, NULL, 0, 0, AT_OK};
  if (!r.f) return at_fail(AT_ERR_IO, "%s: cannot open: %s", path, strerror(errno));
  at_shortlist *sl = at_calloc(1, sizeof *sl);
  at_status st = sl ? AT_OK : at_fail(AT_ERR_NOMEM, "%s", path);
  long sv = 0, tv = 0, k = 0, nf = 0;
  if (st == AT_OK) {
    int got = at__read_line(&r);
    if (got < 0)
      st = r.err;
    else if (got == 0 || strcmp(r.buf, "attend-shortlist 1") != 0)
      st = at_fail(AT_ERR_FORMAT, "%s: not an attend shortlist (version 1): the first line must be 'attend-shortlist 1'",
                   path);
  }
  if (st == AT_OK) st = at__header(&r, "src_vocab", 4, AT__SL_MAX_VOCAB, &sv, NULL);
  if (st == AT_OK) st = at__header(&r, "tgt_vocab", 4, AT__SL_MAX_VOCAB, &tv, NULL);
  if (st == AT_OK) st = at__header(&r, "src_tokenizer", 0, 0, NULL, &sl->src_hash);
  if (st == AT_OK) st = at__header(&r, "tgt_tokenizer", 0, 0, NULL, &sl->tgt_hash);
  if (st == AT_OK) st = at__header(&r, "top_k", 1, AT__SL_MAX_K, &k, NULL);
  if (st == AT_OK) st = at__header(&r, "frequent", 0, tv, &nf, NULL);
  if (st == AT_OK) {
    sl->src_vocab = (int)sv, sl->tgt_vocab = (int)tv, sl->top_k = (int)k, sl->n_frequent = (int)nf;
    sl->frequent = at_malloc((size_t)(nf ? nf : 1) * sizeof(int));
    sl->off = at_calloc((size_t)sv + 1, sizeof(int));
    if (!sl->frequent || !sl->off) st = at_fail(AT_ERR_NOMEM, "%s: %ld source pieces", path, sv);
  }
  if (st == AT_OK) {
    int got = at__read_line(&r), n = 0;
    if (got < 0) st = r.err;
    else if (got == 0) st = at_fail(AT_ERR_FORMAT, "%s: ends before the frequent pieces", path);
    else st = at__ids(&r, 0, (int)tv, (int)nf, sl->frequent, &n);
    if (st == AT_OK && n != nf)
      st = at_fail(AT_ERR_FORMAT, "%s line %ld: %d frequent pieces, the header says %ld", path, r.line, n, nf);
  }
  size_t cap = 0;
  int *row = st == AT_OK ? at_malloc((size_t)k * sizeof(int)) : NULL;
  if (st == AT_OK && !row) st = at_fail(AT_ERR_NOMEM, "%s", path);
  for (long s = 0; st == AT_OK && s < sv; s++) {
    int got = at__read_line(&r), n = 0;
    if (got < 0) {
      st = r.err;
      break;
    }
    if (got == 0) {
      st = at_fail(AT_ERR_FORMAT, "%s: ends after %ld of its %ld source pieces", path, s, sv);
      break;
    }
    if ((st = at__ids(&r, 0, (int)tv, (int)k, row, &n))) break;
    size_t need = (size_t)sl->off[s] + (size_t)n;
    if (need > (size_t)INT_MAX) {
      st = at_fail(AT_ERR_FORMAT, "%s: more than %d entries", path, INT_MAX);
      break;
    }
    if (need > cap) {
      size_t nc = cap ? 2 * cap : 4096;
      while (nc < need) nc *= 2;
      int *l = at_realloc(sl->list, nc * sizeof(int));
      if (!l) {
        st = at_fail(AT_ERR_NOMEM, "%s: %zu entries", path, nc);
        break;
      }
      sl->list = l, cap = nc;
    }
    if (n > 0) memcpy(sl->list + sl->off[s], row, (size_t)n * sizeof(int));
    sl->off[s + 1] = (int)need;
  }
  at_free(row);
  if (st == AT_OK) {
    int got = at__read_line(&r);
    if (got < 0) st = r.err;
    else if (got > 0) st = at_fail(AT_ERR_FORMAT, "%s line %ld: more lines than its %ld source pieces", path, r.line, sv);
  }
  if (st == AT_OK && !sl->list && !(sl->list = at_malloc(sizeof(int)))) st = at_fail(AT_ERR_NOMEM, "%s", path);
  at_free(r.buf);
  fclose(r.f);
  if (st != AT_OK) {
    at_shortlist_free(sl);
    return st;
  }
  *out = sl;
  return AT_OK;
}

at_status at_shortlist_check(const at_shortlist *sl, int src_vocab, int tgt_vocab, uint64_t src_hash,
                             uint64_t tgt_hash, const char *name) {
  if (sl->src_vocab != src_vocab || sl->tgt_vocab != tgt_vocab)
    return at_fail(AT_ERR_CONFIG, "shortlist for %d/%d pieces, %s has %d/%d (source/target)", sl->src_vocab,
                   sl->tgt_vocab, name, src_vocab, tgt_vocab);
  if (sl->src_hash != src_hash || sl->tgt_hash != tgt_hash)
    return at_fail(AT_ERR_CONFIG,
                   "the shortlist was built with other tokenizers than %s's (%s tokenizer differs): build it "
                   "with 'attend shortlist --model' on this checkpoint",
                   name, sl->src_hash != src_hash ? "source" : "target");
  return AT_OK;
}

int at_shortlist_select(const at_shortlist *sl, const int *src, int n_src, int k, int frequent, unsigned char *mark,
                        int *out) {
  int V = sl->tgt_vocab, n = 0;
  if (k <= 0 || k > sl->top_k) k = sl->top_k;
  if (frequent < 0 || frequent > sl->n_frequent) frequent = sl->n_frequent;
  mark[AT_EOS_ID] = 1;
  mark[AT_UNK_ID] = 1;
  for (int i = 0; i < frequent; i++) mark[sl->frequent[i]] = 1;
  for (int i = 0; i < n_src; i++) {
    int s = src[i];
    if (s < 0 || s >= sl->src_vocab) continue;
    int e = sl->off[s] + k < sl->off[s + 1] ? sl->off[s] + k : sl->off[s + 1];
    for (int j = sl->off[s]; j < e; j++) mark[sl->list[j]] = 1;
  }
  mark[AT_PAD_ID] = 1; /* normalised over as the full vocabulary is; search never outputs them */
  mark[AT_BOS_ID] = 1;
  for (int v = 0; v < V; v++)
    if (mark[v]) out[n++] = v, mark[v] = 0;
  return n;
}
