/* tokenizer/: argument checks, buffers and file reading around the
 * SentencePiece shim (spm_shim.cc). */
#include "tokenizer/tokenizer.h"

#include <errno.h>
#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "tokenizer/spm_shim.h"

/* ---- buffers ------------------------------------------------------------------ */

at_status at_ids_reserve(at_ids *v, int cap) {
  if (cap < 0) return at_fail(AT_ERR_INVALID_ARG, "at_ids_reserve: negative size %d", cap);
  if (cap <= v->cap && v->ids) return AT_OK;
  int want = v->cap > 16 ? v->cap : 16;
  while (want < cap) want = want > INT_MAX / 2 ? cap : want * 2;
  int *p = at_realloc(v->ids, (size_t)want * sizeof *p);
  if (!p) return at_fail(AT_ERR_NOMEM, "out of memory for %d token ids", want);
  v->ids = p;
  v->cap = want;
  return AT_OK;
}

void at_ids_free(at_ids *v) {
  if (!v) return;
  at_free(v->ids);
  v->ids = NULL;
  v->n = v->cap = 0;
}

at_status at_buf_reserve(at_buf *b, size_t cap) {
  if (cap == SIZE_MAX) return at_fail(AT_ERR_NOMEM, "at_buf_reserve: size too large");
  if (cap + 1 <= b->cap && b->data) return AT_OK;
  size_t want = b->cap > 64 ? b->cap : 64;
  while (want < cap + 1) want = want > SIZE_MAX / 2 ? cap + 1 : want * 2;
  char *p = at_realloc(b->data, want);
  if (!p) return at_fail(AT_ERR_NOMEM, "out of memory for a %zu-byte buffer", want);
  b->data = p;
  b->cap = want;
  return AT_OK;
}

void at_buf_free(at_buf *b) {
  if (!b) return;
  at_free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

/* ---- training ----------------------------------------------------------------- */

void at_spm_train_options_default(at_spm_train_options *o) {
  memset(o, 0, sizeof *o);
  o->model_type = AT_SPM_UNIGRAM;
  o->character_coverage = 1.0f;
  o->seed = 1;
  o->num_threads = 1;
}

static at_status at__check_train_options(const at_spm_train_options *o) {
  if (!o->inputs || o->n_inputs < 1) return at_fail(AT_ERR_INVALID_ARG, "no input files");
  if (!o->model_prefix || !*o->model_prefix) return at_fail(AT_ERR_INVALID_ARG, "no model prefix");
  if (o->vocab_size < 5 || o->vocab_size > AT_SPM_VOCAB_MAX)
    return at_fail(AT_ERR_INVALID_ARG, "vocab size %d: must be 5 to %d", o->vocab_size, AT_SPM_VOCAB_MAX);
  if (o->model_type != AT_SPM_UNIGRAM && o->model_type != AT_SPM_BPE)
    return at_fail(AT_ERR_INVALID_ARG, "unknown model type %d", o->model_type);
  if (!(o->character_coverage > 0.0f && o->character_coverage <= 1.0f))
    return at_fail(AT_ERR_INVALID_ARG, "character coverage %g: must be in (0, 1]", (double)o->character_coverage);
  if (o->input_sentence_size < 0 || (o->input_sentence_size > 0 && o->input_sentence_size <= 100))
    return at_fail(AT_ERR_INVALID_ARG, "input sentence size %d: must be 0 (all) or more than 100",
                   o->input_sentence_size);
  if (o->seed == UINT32_MAX) return at_fail(AT_ERR_INVALID_ARG, "seed 4294967295 is reserved by SentencePiece");
  if (o->num_threads < 1) return at_fail(AT_ERR_INVALID_ARG, "threads %d: must be >= 1", o->num_threads);
  return AT_OK;
}

/* Bytes of each training text checked before SentencePiece reads it. */
#define AT__SPM_SCAN ((size_t)1 << 20)

/* Checks that path is a text SentencePiece can train on, so that an empty,
 * binary or unreadable file gets attend's own error naming it instead of
 * SentencePiece's internals ("[!sentences_.empty()]"): not a directory, no
 * NUL byte and mostly valid UTF-8 in its first MiB, and at least one line
 * that is not blank (a file shorter than a MiB). */
static at_status at__check_text_file(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0) return at_fail(AT_ERR_IO, "%s: %s", path, strerror(errno));
  if (S_ISDIR(st.st_mode)) return at_fail(AT_ERR_IO, "%s: %s", path, strerror(EISDIR));
  /* SentencePiece opens the file again: a FIFO would be empty by then */
  if (!S_ISREG(st.st_mode)) return at_fail(AT_ERR_IO, "%s: not a regular file: a tokenizer is trained on a file", path);
  FILE *f = fopen(path, "rb");
  if (!f) return at_fail(AT_ERR_IO, "%s: %s", path, strerror(errno));
  char *buf = at_malloc(AT__SPM_SCAN);
  if (!buf) {
    fclose(f);
    return at_fail(AT_ERR_NOMEM, "%s: out of memory", path);
  }
  size_t n = fread(buf, 1, AT__SPM_SCAN, f);
  int e = ferror(f) ? errno : 0, all = !e && n < AT__SPM_SCAN && feof(f);
  fclose(f);
  at_status s = AT_OK;
  long line = 0, text = 0, bad = 0, first_bad = 0;
  if (e) s = at_fail(AT_ERR_IO, "%s: read error: %s", path, strerror(e));
  for (size_t i = 0; s == AT_OK && i < n;) {
    const char *nl = memchr(buf + i, '\n', n - i);
    size_t end = nl ? (size_t)(nl - buf) : n;
    if (!nl && !all) break; /* a line cut by the scan limit */
    line++;
    const char *nul = memchr(buf + i, '\0', end - i);
    if (nul) {
      s = at_fail(AT_ERR_INVALID_ARG, "%s:%ld: a NUL byte (a binary file?): a tokenizer is trained on UTF-8 text", path,
                  line);
    } else if (!at_utf8_valid(buf + i, end - i, NULL)) {
      if (!bad++) first_bad = line;
    } else {
      for (size_t k = i; k < end; k++)
        if (buf[k] != ' ' && buf[k] != '\t' && buf[k] != '\r' && buf[k] != '\f' && buf[k] != '\v') {
          text++;
          break;
        }
    }
    i = end + 1;
  }
  at_free(buf);
  if (s == AT_OK && bad > text)
    s = at_fail(AT_ERR_UTF8, "%s: not UTF-8 text (%ld of the first %ld lines are invalid UTF-8, the first is line %ld): "
                "a tokenizer is trained on UTF-8 text", path, bad, line, first_bad);
  else if (s == AT_OK && all && text == 0)
    s = at_fail(AT_ERR_INVALID_ARG, "%s: no text to train a tokenizer on (%s)", path,
                n == 0 ? "an empty file" : "only blank lines");
  return s;
}

/* Checks each input is readable (so the error names it) and joins the names
 * with ',' for SentencePiece into a malloc'd string. */
static at_status at__join_inputs(const at_spm_train_options *o, char **out) {
  size_t total = 1;
  for (int i = 0; i < o->n_inputs; i++) {
    const char *p = o->inputs[i];
    if (!p || !*p) return at_fail(AT_ERR_INVALID_ARG, "input file %d: empty name", i + 1);
    if (strchr(p, ',')) return at_fail(AT_ERR_INVALID_ARG, "%s: input file names may not contain ','", p);
    at_status s = at__check_text_file(p);
    if (s != AT_OK) return s;
    total += strlen(p) + 1;
  }
  char *s = at_malloc(total);
  if (!s) return at_fail(AT_ERR_NOMEM, "out of memory");
  s[0] = '\0';
  for (int i = 0; i < o->n_inputs; i++) {
    if (i) strcat(s, ",");
    strcat(s, o->inputs[i]);
  }
  *out = s;
  return AT_OK;
}

/* SentencePiece's own messages for a vocabulary that does not fit the text
 * ("Vocabulary size too high (8000). Please set it to a value <= 5809.",
 * "Vocabulary size is smaller than required_chars. 100 vs 1958. ...") in
 * attend's words, naming the files; other errors get the files as context. */
static at_status at__spm_train_error(const at_spm_train_options *o, const char *inputs, at_status s) {
  const char *msg = at_last_error(), *p;
  long most = 0, need = 0, have = 0;
  if ((p = strstr(msg, "value <= ")) && sscanf(p, "value <= %ld", &most) == 1)
    return at_fail(AT_ERR_TOKENIZER, "%s: too little text for a vocabulary of %d pieces (SentencePiece can make at "
                   "most %ld from it): lower the vocabulary size, or train on more text", inputs, o->vocab_size, most);
  if ((p = strstr(msg, "required_chars. ")) && sscanf(p, "required_chars. %ld vs %ld", &have, &need) == 2)
    return at_fail(AT_ERR_TOKENIZER, "%s: the text has %ld characters to cover (character coverage %g), more than a "
                   "vocabulary of %ld pieces holds: raise the vocabulary size or lower the character coverage", inputs,
                   need, (double)o->character_coverage, have);
  return at_fail_context(s, "training a tokenizer on %s", inputs);
}

at_status at_spm_train(const at_spm_train_options *o) {
  if (!o) return at_fail(AT_ERR_INVALID_ARG, "at_spm_train: NULL options");
  at_status s = at__check_train_options(o);
  if (s != AT_OK) return s;
  char *inputs = NULL;
  s = at__join_inputs(o, &inputs);
  if (s != AT_OK) return s;
  s = at__spm_train(o, inputs);
  if (s != AT_OK) s = at__spm_train_error(o, inputs, s);
  at_free(inputs);
  return s;
}

/* ---- loading -------------------------------------------------------------------- */

/* Most bytes a model file may have (SentencePiece reads at most 2 GiB; real
 * models are a few MB). */
#define AT__MODEL_MAX ((size_t)1 << 30)

/* Reads a whole file into a malloc'd buffer. */
static at_status at__read_file(const char *path, char **data, size_t *n) {
  struct stat st;
  if (stat(path, &st) != 0) return at_fail(AT_ERR_IO, "%s: %s", path, strerror(errno));
  if (S_ISDIR(st.st_mode)) return at_fail(AT_ERR_IO, "%s: %s", path, strerror(EISDIR));
  if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode)) /* /dev/zero: no model, and endless */
    return at_fail(AT_ERR_TOKENIZER, "%s: a device, not a SentencePiece model", path);
  if (S_ISREG(st.st_mode) && (size_t)st.st_size > AT__MODEL_MAX)
    return at_fail(AT_ERR_TOKENIZER, "%s: %lld bytes, more than 1 GiB: not a SentencePiece model", path,
                   (long long)st.st_size);
  FILE *f = fopen(path, "rb");
  if (!f) return at_fail(AT_ERR_IO, "%s: %s", path, strerror(errno));
  size_t cap = 1 << 16, len = 0;
  char *buf = at_malloc(cap);
  int huge = 0;
  while (buf) {
    len += fread(buf + len, 1, cap - len, f);
    if (len < cap) break;
    if (cap >= AT__MODEL_MAX) { /* /dev/zero never ends */
      huge = 1;
      break;
    }
    char *p = at_realloc(buf, cap * 2);
    if (!p) at_free(buf);
    buf = p;
    cap *= 2;
  }
  int err = ferror(f) ? (errno ? errno : EIO) : 0;
  fclose(f);
  if (!buf) return at_fail(AT_ERR_NOMEM, "%s: out of memory reading the file", path);
  if (huge) {
    at_free(buf);
    return at_fail(AT_ERR_TOKENIZER, "%s: more than 1 GiB, not a SentencePiece model", path);
  }
  if (err) {
    at_free(buf);
    return at_fail(AT_ERR_IO, "%s: read error: %s", path, strerror(err));
  }
  *data = buf;
  *n = len;
  return AT_OK;
}

at_status at_tokenizer_load(const char *path, at_tokenizer **out) {
  if (!path || !out) return at_fail(AT_ERR_INVALID_ARG, "at_tokenizer_load: NULL argument");
  *out = NULL;
  char *data = NULL;
  size_t n = 0;
  at_status s = at__read_file(path, &data, &n);
  if (s != AT_OK) return s;
  if (n == 0) s = at_fail(AT_ERR_TOKENIZER, "%s: empty file, not a SentencePiece model", path);
  else s = at_tokenizer_load_bytes(data, n, out);
  at_free(data);
  if (s != AT_OK && n) return at_fail_context(s, "%s", path);
  return s;
}

/* ---- encoding and decoding ------------------------------------------------------- */

static at_status at__check_text(const char *text, size_t len) {
  if (!text && len) return at_fail(AT_ERR_INVALID_ARG, "NULL text");
  size_t bad = 0;
  if (!at_utf8_valid(text, len, &bad)) return at_fail(AT_ERR_UTF8, "invalid UTF-8 at byte offset %zu", bad);
  const char *nl = len ? memchr(text, '\n', len) : NULL;
  if (nl) return at_fail(AT_ERR_INVALID_ARG, "newline at byte offset %zu: encode one line at a time", (size_t)(nl - text));
  return AT_OK;
}

at_status at_tokenizer_encode(const at_tokenizer *t, const char *text, size_t len, at_ids *out) {
  if (!t || !out) return at_fail(AT_ERR_INVALID_ARG, "at_tokenizer_encode: NULL argument");
  out->n = 0;
  at_status s = at__check_text(text, len);
  if (s != AT_OK || len == 0) return s;
  return at__spm_encode_ids(t, text, len, out);
}

at_status at_tokenizer_encode_pieces(const at_tokenizer *t, const char *text, size_t len, at_buf *out) {
  if (!t || !out) return at_fail(AT_ERR_INVALID_ARG, "at_tokenizer_encode_pieces: NULL argument");
  at_status s = at_buf_reserve(out, 0);
  if (s != AT_OK) return s;
  out->len = 0;
  out->data[0] = '\0';
  s = at__check_text(text, len);
  if (s != AT_OK || len == 0) return s;
  return at__spm_encode_pieces(t, text, len, out);
}

at_status at_tokenizer_decode(const at_tokenizer *t, const int *ids, int n, at_buf *out) {
  if (!t || !out || n < 0 || (!ids && n)) return at_fail(AT_ERR_INVALID_ARG, "at_tokenizer_decode: bad argument");
  at_status s = at_buf_reserve(out, 0);
  if (s != AT_OK) return s;
  out->len = 0;
  out->data[0] = '\0';
  int size = at_tokenizer_vocab_size(t);
  for (int i = 0; i < n; i++)
    if (ids[i] < 0 || ids[i] >= size)
      return at_fail(AT_ERR_INVALID_ARG, "id %d at position %d is outside the vocabulary (0..%d)", ids[i], i + 1,
                     size - 1);
  return n ? at__spm_decode(t, ids, n, out) : AT_OK;
}
