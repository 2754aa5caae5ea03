/* Reading a line-aligned parallel corpus into one flat array of ids.
 *
 * Both files are read whole, split into lines, then processed in blocks of
 * lines: the lines of a block are checked and encoded in parallel (one
 * thread-private id buffer per line slot), and the block is appended to the
 * flat arrays in line order, so the result does not depend on the threads. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "train/train.h"
#include "train/train_internal.h"

enum { AT__CORPUS_BLOCK = 4096 };
/* What happened to one line pair. */
/* AT__PAIR_NOMEM: encoding ran out of memory (the line is not at fault, and
 * encoding it again for a message may well succeed). */
enum { AT__PAIR_OK = 0, AT__PAIR_EMPTY, AT__PAIR_UTF8, AT__PAIR_LONG, AT__PAIR_ERROR, AT__PAIR_NOMEM };

/* One file split into lines: line i is text[start[i] .. start[i] + len[i]). */
typedef struct at__lines {
  char *text;     /* (size) whole file */
  size_t *start;  /* (n) */
  size_t *len;    /* (n), without '\n' and a '\r' before it */
  long n;
} at__lines;

static void at__lines_free(at__lines *l) {
  at_free(l->text);
  at_free(l->start);
  at_free(l->len);
  memset(l, 0, sizeof *l);
}

/* Opens a corpus file: a regular file, as the corpus is read more than once
 * (its lines counted, then read; the dev references a third time): a FIFO or
 * /dev/stdin would be empty the second time, /dev/zero never ends, and
 * before this check both hung. */
static at_status at__open_corpus(const char *path, FILE **out) {
  struct stat st;
  *out = NULL;
  if (stat(path, &st) != 0) return at_fail(AT_ERR_IO, "%s: %s", path, strerror(errno));
  if (S_ISDIR(st.st_mode)) return at_fail(AT_ERR_IO, "%s: %s", path, strerror(EISDIR));
  if (!S_ISREG(st.st_mode))
    return at_fail(AT_ERR_IO, "%s: not a regular file (%s): a corpus is read more than once, so it must be a file",
                   path, S_ISFIFO(st.st_mode) ? "a FIFO or pipe" : S_ISCHR(st.st_mode) ? "a device" : "a socket or device");
  FILE *f = fopen(path, "rb");
  if (!f) return at_fail(AT_ERR_IO, "%s: %s", path, strerror(errno));
  *out = f;
  return AT_OK;
}

/* Reads path whole into *text (NUL-terminated), *size bytes. */
static at_status at__read_file(const char *path, char **text, size_t *size) {
  FILE *f;
  at_status s0 = at__open_corpus(path, &f);
  if (s0 != AT_OK) return s0;
  size_t cap = 1 << 16, n = 0;
  char *buf = at_malloc(cap);
  at_status s = buf ? AT_OK : at_fail(AT_ERR_NOMEM, "%s: out of memory", path);
  while (s == AT_OK) {
    if (n + 1 >= cap) {
      char *p = cap > SIZE_MAX / 2 ? NULL : at_realloc(buf, cap * 2);
      if (!p) { s = at_fail(AT_ERR_NOMEM, "%s: out of memory after %zu bytes", path, n); break; }
      buf = p;
      cap *= 2;
    }
    size_t got = fread(buf + n, 1, cap - 1 - n, f);
    n += got;
    if (got == 0) {
      if (ferror(f)) s = at_fail(AT_ERR_IO, "%s: read error: %s", path, strerror(errno));
      break;
    }
  }
  fclose(f);
  if (s != AT_OK) { at_free(buf); return s; }
  buf[n] = '\0';
  *text = buf;
  *size = n;
  return AT_OK;
}

/* Reads and splits one file. A last line without '\n' counts as a line. */
static at_status at__lines_read(const char *path, at__lines *l) {
  memset(l, 0, sizeof *l);
  size_t size = 0;
  at_status s = at__read_file(path, &l->text, &size);
  if (s != AT_OK) return s;
  long n = 0;
  for (size_t i = 0; i < size; i++) n += l->text[i] == '\n';
  if (size > 0 && l->text[size - 1] != '\n') n++;
  l->start = at_malloc((size_t)(n ? n : 1) * sizeof *l->start);
  l->len = at_malloc((size_t)(n ? n : 1) * sizeof *l->len);
  if (!l->start || !l->len) { at__lines_free(l); return at_fail(AT_ERR_NOMEM, "%s: %ld lines", path, n); }
  size_t pos = 0;
  for (long i = 0; i < n; i++) {
    char *nl = memchr(l->text + pos, '\n', size - pos);
    size_t end = nl ? (size_t)(nl - l->text) : size;
    size_t len = end - pos;
    if (len > 0 && l->text[pos + len - 1] == '\r') len--;
    l->start[i] = pos;
    l->len[i] = len;
    pos = end + 1;
  }
  l->n = n;
  return AT_OK;
}

/* Per-block scratch: one id buffer per side and line slot, and the verdicts. */
typedef struct at__block {
  at_ids *src, *tgt;   /* (AT__CORPUS_BLOCK) */
  unsigned char *kind; /* (AT__CORPUS_BLOCK) */
} at__block;

static void at__block_free(at__block *b) {
  for (int k = 0; b->src && k < AT__CORPUS_BLOCK; k++) at_ids_free(&b->src[k]);
  for (int k = 0; b->tgt && k < AT__CORPUS_BLOCK; k++) at_ids_free(&b->tgt[k]);
  at_free(b->src);
  at_free(b->tgt);
  at_free(b->kind);
  b->src = b->tgt = NULL, b->kind = NULL; /* a failed init frees, and its caller frees again */
}

static at_status at__block_init(at__block *b) {
  b->src = at_calloc(AT__CORPUS_BLOCK, sizeof *b->src);
  b->tgt = at_calloc(AT__CORPUS_BLOCK, sizeof *b->tgt);
  b->kind = at_calloc(AT__CORPUS_BLOCK, 1);
  if (!b->src || !b->tgt || !b->kind) { at__block_free(b); return at_fail(AT_ERR_NOMEM, "corpus block buffers"); }
  return AT_OK;
}

typedef struct at__pair_ctx {
  const at__lines *src, *tgt;
  const at_tokenizer *src_tok, *tgt_tok;
  int max_len;
} at__pair_ctx;

/* Classifies and encodes line i into (sids, tids). Thread-safe. */
static int at__pair_process(const at__pair_ctx *c, long i, at_ids *sids, at_ids *tids) {
  const char *s = c->src->text + c->src->start[i], *t = c->tgt->text + c->tgt->start[i];
  size_t sn = c->src->len[i], tn = c->tgt->len[i];
  if (!at_utf8_valid(s, sn, NULL) || !at_utf8_valid(t, tn, NULL)) return AT__PAIR_UTF8;
  /* a NUL byte is not text (before, it reached SentencePiece and training) */
  if ((sn && memchr(s, '\0', sn)) || (tn && memchr(t, '\0', tn))) return AT__PAIR_UTF8;
  if (sn == 0 || tn == 0) return AT__PAIR_EMPTY;
  /* far longer than max_len pieces can be: skipped without tokenizing (which
   * needs ~100 bytes per byte: 1 GB for a 10 MB line) */
  size_t cap = (size_t)c->max_len * AT_TOKENIZER_BYTES_PER_PIECE;
  if (c->max_len > 0 && (sn > cap || tn > cap)) return AT__PAIR_LONG;
  at_status st = at_tokenizer_encode(c->src_tok, s, sn, sids);
  if (st == AT_OK) st = at_tokenizer_encode(c->tgt_tok, t, tn, tids);
  if (st != AT_OK) return st == AT_ERR_NOMEM ? AT__PAIR_NOMEM : AT__PAIR_ERROR;
  if (sids->n == 0 || tids->n == 0) return AT__PAIR_EMPTY;
  if (c->max_len > 0 && (sids->n > c->max_len || tids->n > c->max_len)) return AT__PAIR_LONG;
  return AT__PAIR_OK;
}

/* Re-encodes a failed line on this thread to produce its error message. */
static at_status at__pair_error(const at__pair_ctx *c, long i, const char *src_path, const char *tgt_path) {
  at_ids tmp = {0};
  at_status s = at_tokenizer_encode(c->src_tok, c->src->text + c->src->start[i], c->src->len[i], &tmp);
  const char *which = src_path;
  if (s == AT_OK) {
    which = tgt_path;
    s = at_tokenizer_encode(c->tgt_tok, c->tgt->text + c->tgt->start[i], c->tgt->len[i], &tmp);
  }
  at_ids_free(&tmp);
  if (s == AT_OK) s = at_fail(AT_ERR_TOKENIZER, "encoding failed");
  return at_fail_context(s, "%s: line %ld", which, i + 1);
}

/* Growable output, capacity for n_max pairs reserved up front. */
static at_status at__corpus_reserve(at_corpus *c, long n_max) {
  size_t n = (size_t)(n_max > 0 ? n_max : 1);
  c->off = at_malloc((n + 1) * sizeof *c->off);
  c->src_len = at_malloc(n * sizeof *c->src_len);
  c->tgt_len = at_malloc(n * sizeof *c->tgt_len);
  c->line = at_malloc(n * sizeof *c->line);
  if (!c->off || !c->src_len || !c->tgt_len || !c->line) return at_fail(AT_ERR_NOMEM, "corpus index (%ld pairs)", n_max);
  c->off[0] = 0;
  return AT_OK;
}

/* Appends one pair (source + EOS, target) to the flat arrays. */
static at_status at__corpus_append(at_corpus *c, size_t *cap, const at_ids *s, const at_ids *t, long line) {
  size_t need = c->off[c->n] + (size_t)s->n + 1 + (size_t)t->n;
  if (need > *cap) {
    size_t nc = *cap ? *cap : 1 << 16;
    while (nc < need) nc *= 2;
    int *p = at_realloc(c->ids, nc * sizeof *p);
    if (!p) return at_fail(AT_ERR_NOMEM, "corpus ids (%zu)", nc);
    c->ids = p;
    *cap = nc;
  }
  int *dst = c->ids + c->off[c->n];
  memcpy(dst, s->ids, (size_t)s->n * sizeof *dst);
  dst[s->n] = AT_EOS_ID;
  memcpy(dst + s->n + 1, t->ids, (size_t)t->n * sizeof *dst);
  int i = c->n++;
  c->src_len[i] = s->n + 1;
  c->tgt_len[i] = t->n;
  c->line[i] = line;
  c->off[c->n] = need;
  if (c->src_len[i] > c->max_src_len) c->max_src_len = c->src_len[i];
  if (c->tgt_len[i] > c->max_tgt_len) c->max_tgt_len = c->tgt_len[i];
  c->src_tokens += c->src_len[i];
  c->tgt_tokens += c->tgt_len[i] + 1;
  return AT_OK;
}

/* Counts a skipped line and remembers the first few line numbers. */
static void at__note(long *count, long *lines, long line) {
  if (*count < AT_CORPUS_REPORT) lines[*count] = line;
  (*count)++;
}

/* Encodes lines [b0, b0 + nb) in parallel, then appends them in order. */
static at_status at__corpus_block(const at__pair_ctx *ctx, at__block *blk, long b0, int nb, at_corpus *c,
                                  size_t *cap, at_corpus_stats *st) {
  AT__OMP(omp parallel for schedule(dynamic, 32))
  for (int k = 0; k < nb; k++) blk->kind[k] = (unsigned char)at__pair_process(ctx, b0 + k, &blk->src[k], &blk->tgt[k]);
  for (int k = 0; k < nb; k++) {
    long line = b0 + k + 1;
    switch (blk->kind[k]) {
      case AT__PAIR_OK: {
        at_status s = at__corpus_append(c, cap, &blk->src[k], &blk->tgt[k], line);
        if (s != AT_OK) return s;
        break;
      }
      case AT__PAIR_EMPTY: at__note(&st->empty, st->empty_lines, line); break;
      case AT__PAIR_UTF8: at__note(&st->invalid_utf8, st->invalid_lines, line); break;
      case AT__PAIR_LONG: st->too_long++; break;
      case AT__PAIR_NOMEM: return at_fail(AT_ERR_NOMEM, "line %ld: out of memory encoding it", line);
      default: return AT_ERR_TOKENIZER; /* message made by the caller */
    }
  }
  return AT_OK;
}

/* "12, 40, 41" into buf from the first min(count, REPORT) numbers. */
static void at__format_lines(char *buf, size_t size, const long *lines, long count) {
  buf[0] = '\0';
  size_t used = 0;
  for (long i = 0; i < count && i < AT_CORPUS_REPORT && used < size; i++)
    used += (size_t)snprintf(buf + used, size - used, "%s%ld", i ? ", " : "", lines[i]);
  if (count > AT_CORPUS_REPORT && used < size) snprintf(buf + used, size - used, ", ...");
}

static void at__corpus_warn(const char *src_path, const char *tgt_path, const at_corpus_stats *st) {
  char buf[160];
  if (st->empty) {
    at__format_lines(buf, sizeof buf, st->empty_lines, st->empty);
    at_log(AT_LOG_WARN, "%s / %s: skipped %ld empty line pair(s) (lines %s)", src_path, tgt_path, st->empty, buf);
  }
  if (st->invalid_utf8) {
    at__format_lines(buf, sizeof buf, st->invalid_lines, st->invalid_utf8);
    at_log(AT_LOG_WARN, "%s / %s: skipped %ld line pair(s) with invalid UTF-8 or a NUL byte (lines %s)", src_path, tgt_path,
           st->invalid_utf8, buf);
  }
}

/* Counts lines like at__lines_read without keeping the text. */
static at_status at__count_lines(const char *path, long *lines) {
  FILE *f;
  at_status s0 = at__open_corpus(path, &f);
  if (s0 != AT_OK) return s0;
  char buf[1 << 16];
  long n = 0;
  int last = '\n';
  size_t got;
  while ((got = fread(buf, 1, sizeof buf, f)) > 0) {
    for (size_t i = 0; i < got; i++) n += buf[i] == '\n';
    last = buf[got - 1];
  }
  int err = ferror(f) ? (errno ? errno : EIO) : 0;
  fclose(f);
  if (err) return at_fail(AT_ERR_IO, "%s: read error: %s", path, strerror(err));
  *lines = n + (last != '\n');
  return AT_OK;
}

at_status at__corpus_check_lines(const char *src_path, const char *tgt_path, long *lines) {
  long a = 0, b = 0;
  at_status s = at__count_lines(src_path, &a);
  if (s == AT_OK) s = at__count_lines(tgt_path, &b);
  if (s == AT_OK && a != b)
    s = at_fail(AT_ERR_FORMAT, "line counts differ: %s has %ld lines, %s has %ld lines", src_path, a, tgt_path, b);
  if (lines) *lines = a;
  return s;
}

/* Reads both files and checks that their line counts agree. */
static at_status at__read_pair(const char *src_path, const char *tgt_path, at__lines *sl, at__lines *tl) {
  at_status s = at__lines_read(src_path, sl);
  if (s == AT_OK) s = at__lines_read(tgt_path, tl);
  if (s == AT_OK && sl->n != tl->n)
    s = at_fail(AT_ERR_FORMAT, "line counts differ: %s has %ld lines, %s has %ld lines", src_path, sl->n, tgt_path,
                tl->n);
  return s;
}

static at_status at__corpus_fill(const at__pair_ctx *ctx, const char *src_path, const char *tgt_path, at_corpus *out,
                                 at_corpus_stats *st) {
  at__block blk;
  at_status s = at__block_init(&blk);
  size_t cap = 0;
  if (s == AT_OK) s = at__corpus_reserve(out, ctx->src->n);
  for (long b0 = 0; s == AT_OK && b0 < ctx->src->n; b0 += AT__CORPUS_BLOCK) {
    long left = ctx->src->n - b0;
    int nb = left < AT__CORPUS_BLOCK ? (int)left : AT__CORPUS_BLOCK;
    s = at__corpus_block(ctx, &blk, b0, nb, out, &cap, st);
    if (s == AT_ERR_TOKENIZER) {
      int k = 0;
      while (blk.kind[k] != AT__PAIR_ERROR) k++;
      s = at__pair_error(ctx, b0 + k, src_path, tgt_path);
    } else if (s == AT_ERR_NOMEM) {
      at_fail_context(s, "%s / %s", src_path, tgt_path);
    }
  }
  at__block_free(&blk);
  return s;
}

at_status at_corpus_load(const char *src_path, const char *tgt_path, const at_tokenizer *src_tok,
                         const at_tokenizer *tgt_tok, int max_len, at_corpus *out, at_corpus_stats *stats) {
  at_corpus_stats local;
  at_corpus_stats *st = stats ? stats : &local;
  memset(st, 0, sizeof *st);
  memset(out, 0, sizeof *out);
  if (!src_path || !tgt_path || !src_tok || !tgt_tok)
    return at_fail(AT_ERR_INVALID_ARG, "at_corpus_load: missing file name or tokenizer");
  at__lines sl, tl;
  memset(&tl, 0, sizeof tl);
  at_status s = at__read_pair(src_path, tgt_path, &sl, &tl);
  if (s == AT_OK) {
    at__pair_ctx ctx = {&sl, &tl, src_tok, tgt_tok, max_len};
    st->lines = sl.n;
    s = at__corpus_fill(&ctx, src_path, tgt_path, out, st);
  }
  at__lines_free(&sl);
  at__lines_free(&tl);
  if (s == AT_OK) {
    st->kept = out->n;
    at__corpus_warn(src_path, tgt_path, st);
    if (out->n == 0)
      s = at_fail(AT_ERR_FORMAT, "%s / %s: no usable sentence pairs (%ld lines, %ld empty, %ld invalid UTF-8, %ld too long)",
                  src_path, tgt_path, st->lines, st->empty, st->invalid_utf8, st->too_long);
  }
  if (s != AT_OK) at_corpus_free(out);
  return s;
}

void at_corpus_free(at_corpus *c) {
  if (!c) return;
  at_free(c->ids);
  at_free(c->off);
  at_free(c->src_len);
  at_free(c->tgt_len);
  at_free(c->line);
  memset(c, 0, sizeof *c);
}

at_status at_corpus_read_lines(const char *path, const long *line, int n, char ***out) {
  *out = NULL;
  at__lines l;
  at_status s = at__lines_read(path, &l);
  if (s != AT_OK) return s;
  char **v = at_calloc((size_t)(n > 0 ? n : 1), sizeof *v);
  if (!v) s = at_fail(AT_ERR_NOMEM, "%s: %d lines", path, n);
  for (int i = 0; s == AT_OK && i < n; i++) {
    if (line[i] < 1 || line[i] > l.n) {
      s = at_fail(AT_ERR_INVALID_ARG, "%s has %ld lines, no line %ld", path, l.n, line[i]);
      break;
    }
    size_t len = l.len[line[i] - 1];
    v[i] = at_malloc(len + 1);
    if (!v[i]) {
      s = at_fail(AT_ERR_NOMEM, "%s: line %ld", path, line[i]);
      break;
    }
    memcpy(v[i], l.text + l.start[line[i] - 1], len);
    v[i][len] = '\0';
  }
  at__lines_free(&l);
  if (s != AT_OK) {
    at_lines_free(v, n);
    return s;
  }
  *out = v;
  return AT_OK;
}

void at_lines_free(char **lines, int n) {
  if (!lines) return;
  for (int i = 0; i < n; i++) at_free(lines[i]);
  at_free(lines);
}
