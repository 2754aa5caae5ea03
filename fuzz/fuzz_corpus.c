/* Fuzz harness: the parallel corpus reader (train/corpus.c). An input is
 * CTRL SRC 0x1e TGT: CTRL picks max_len (0 = no limit, else 1..15 pieces) and
 * the batcher's settings; SRC and TGT are the two files' bytes, written to a
 * scratch directory (in /dev/shm) and read with at_corpus_load and the tiny
 * tokenizers of data/spm, as `attend train` reads its corpus. What loads is
 * checked (lengths, ids, line numbers), read back with at_corpus_read_lines
 * and cut into batches. Every error status is a fine outcome. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/core.h"
#include "fuzz/fuzz_util.h"
#include "tokenizer/tokenizer.h"
#include "train/train.h"

#ifndef FUZZ_SRC_DIR
#error "FUZZ_SRC_DIR (the source tree, for data/spm) must be defined"
#endif

static at_tokenizer *fuzz_src_tok, *fuzz_tgt_tok;

static void fuzz_free_tokenizers(void) {
  at_tokenizer_free(fuzz_src_tok);
  at_tokenizer_free(fuzz_tgt_tok);
}

static void fuzz_load_tokenizers(void) {
  if (fuzz_src_tok) return;
  if (at_tokenizer_load(FUZZ_SRC_DIR "/data/spm/tiny.es.model", &fuzz_src_tok) != AT_OK ||
      at_tokenizer_load(FUZZ_SRC_DIR "/data/spm/tiny.en.model", &fuzz_tgt_tok) != AT_OK) {
    fprintf(stderr, "fuzz_corpus: %s\n", at_last_error());
    abort();
  }
  atexit(fuzz_free_tokenizers);
}

static void fuzz_check(const at_corpus *c, const at_corpus_stats *st, int max_len, const char *src) {
  if (c->n <= 0 || c->n > st->lines || st->kept != c->n) abort();
  if (st->kept + st->empty + st->invalid_utf8 + st->too_long != st->lines) abort();
  int vs = at_tokenizer_vocab_size(fuzz_src_tok), vt = at_tokenizer_vocab_size(fuzz_tgt_tok);
  for (int i = 0; i < c->n; i++) {
    if (c->src_len[i] < 2 || c->tgt_len[i] < 1 || c->off[i + 1] - c->off[i] != (size_t)(c->src_len[i] + c->tgt_len[i]))
      abort();
    if (max_len > 0 && (c->src_len[i] - 1 > max_len || c->tgt_len[i] > max_len)) abort();
    if (c->line[i] < 1 || c->line[i] > st->lines || (i && c->line[i] <= c->line[i - 1])) abort();
    const int *p = c->ids + c->off[i];
    if (p[c->src_len[i] - 1] != AT_EOS_ID) abort();
    for (int j = 0; j < c->src_len[i]; j++)
      if (p[j] < 0 || p[j] >= vs) abort();
    for (int j = 0; j < c->tgt_len[i]; j++)
      if (p[c->src_len[i] + j] < 0 || p[c->src_len[i] + j] >= vt) abort();
  }
  char **lines = NULL;
  if (at_corpus_read_lines(src, c->line, c->n, &lines) == AT_OK) at_lines_free(lines, c->n);
}

static void fuzz_batches(const at_corpus *c, uint8_t ctrl) {
  at_batcher_options o;
  at_batcher_options_default(&o);
  o.type = ctrl & 0x40 ? AT_BATCH_TOKENS : AT_BATCH_SENTS;
  o.size = o.type == AT_BATCH_TOKENS ? 64 : 1 + (ctrl >> 4 & 3);
  o.shuffle = ctrl & 0x80 ? 1 : 0;
  at_batcher *bt = NULL;
  if (at_batcher_create(c, &o, &bt) != AT_OK) return;
  at_batch b;
  for (int k = 0; k < 8; k++)
    if (at_batcher_next(bt, &b) != AT_OK) break;
  at_batcher_free(bt);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  at_log_set_level(AT_LOG_ERROR);
  fuzz_load_tokenizers();
  uint8_t ctrl = data[0];
  int max_len = ctrl & 15;
  const uint8_t *field[2];
  size_t len[2];
  if (fuzz_split(data + 1, size - 1, field, len, 2) < 2) return 0;
  const char *src = fuzz_path(0, "train.src"), *tgt = fuzz_path(1, "train.tgt");
  fuzz_write(src, field[0], len[0]);
  fuzz_write(tgt, field[1], len[1]);
  at_corpus c;
  at_corpus_stats st;
  if (at_corpus_load(src, tgt, fuzz_src_tok, fuzz_tgt_tok, max_len, &c, &st) == AT_OK) {
    fuzz_check(&c, &st, max_len, src);
    fuzz_batches(&c, ctrl);
  }
  at_corpus_free(&c);
  return 0;
}
