/* Corpus reading: line-count mismatches, skipped empty and invalid-UTF-8
 * lines (never shifting the other pairs), CRLF, max-len filtering, and the
 * same ids for 1 and 2 threads. Uses a tiny SentencePiece model trained here. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "train/train.h"

static char dir[512];

static void path(char *buf, size_t n, const char *name) { snprintf(buf, n, "%s/%s", dir, name); }

static void write_file(const char *name, const char *text) {
  char p[600];
  path(p, sizeof p, name);
  FILE *f = fopen(p, "wb");
  if (!f) { perror(p); exit(1); }
  fputs(text, f);
  fclose(f);
}

/* Deterministic sentence i made of lowercase words (SentencePiece leaves such
 * text unchanged, so decode(encode(s)) == s). */
static void sentence(char *buf, size_t n, int i, int words) {
  static const char *const w[] = {"in", "the", "beginning", "god", "created", "heaven", "and", "earth",
                                  "light", "was", "good", "day", "night", "water", "land"};
  size_t used = 0;
  buf[0] = '\0';
  for (int k = 0; k < words && used < n; k++)
    used += (size_t)snprintf(buf + used, n - used, "%s%s", k ? " " : "", w[(i * 7 + k * 3) % 15]);
}

static at_tokenizer *train_tokenizer(void) {
  char text[20000], line[200];
  size_t used = 0;
  for (int i = 0; i < 100; i++) {
    sentence(line, sizeof line, i, 3 + i % 9);
    used += (size_t)snprintf(text + used, sizeof text - used, "%s\n", line);
  }
  write_file("spm.txt", text);
  char in[600], prefix[600], model[620];
  path(in, sizeof in, "spm.txt");
  path(prefix, sizeof prefix, "spm");
  const char *inputs[1] = {in};
  at_spm_train_options o;
  at_spm_train_options_default(&o);
  o.inputs = inputs;
  o.n_inputs = 1;
  o.model_prefix = prefix;
  o.vocab_size = 40;
  o.soft_vocab_limit = 1;
  at_tokenizer *t = NULL;
  CHECK_OK(at_spm_train(&o));
  snprintf(model, sizeof model, "%s.model", prefix);
  CHECK_OK(at_tokenizer_load(model, &t));
  if (!t) exit(1);
  return t;
}

/* Does pair i of c decode to (src, tgt)? */
static int pair_is(const at_corpus *c, const at_tokenizer *tok, int i, const char *src, const char *tgt) {
  at_buf b = {0};
  const int *s = c->ids + c->off[i];
  int ok = s[c->src_len[i] - 1] == AT_EOS_ID;
  ok &= at_tokenizer_decode(tok, s, c->src_len[i] - 1, &b) == AT_OK && !strcmp(b.data, src);
  ok &= at_tokenizer_decode(tok, s + c->src_len[i], c->tgt_len[i], &b) == AT_OK && !strcmp(b.data, tgt);
  ok &= c->off[i + 1] - c->off[i] == (size_t)(c->src_len[i] + c->tgt_len[i]);
  at_buf_free(&b);
  return ok;
}

static void test_small(const at_tokenizer *tok) {
  write_file("a.src",
             "in the beginning\n"      /* 1 kept */
             "\n"                      /* 2 empty source */
             "god created\n"           /* 3 kept */
             "and earth\n"             /* 4 invalid target */
             "\r\n"                    /* 5 empty after CR strip */
             "light was good\r\n"      /* 6 kept, CR stripped */
             "in the beginning god created the heaven and the earth and the water\n" /* 7 long */
             "day\n"                   /* 8 invalid source */
             "night");                 /* 9 kept, no final newline */
  write_file("a.tgt",
             "la\n"
             "vacio\n"
             "dios\n"
             "bad \xff byte\n"
             "x\n"
             "lo\r\n"
             "largo\n"
             "ok\n"
             "noche");
  /* write the invalid source line 8 by hand (fputs cannot carry it portably) */
  char sp[600], tp[600];
  path(sp, sizeof sp, "a.src");
  path(tp, sizeof tp, "a.tgt");
  {
    FILE *f = fopen(sp, "r+b");
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, size - (long)strlen("day\nnight"), SEEK_SET);
    fputs("d\xc3y\nnight", f); /* \xc3 followed by 'y' is invalid */
    fclose(f);
  }
  at_corpus c;
  at_corpus_stats st;
  CHECK_OK(at_corpus_load(sp, tp, tok, tok, 8, &c, &st));
  CHECK(st.lines == 9);
  CHECK(st.kept == 4 && c.n == 4);
  CHECK(st.empty == 2 && st.empty_lines[0] == 2 && st.empty_lines[1] == 5);
  CHECK(st.invalid_utf8 == 2 && st.invalid_lines[0] == 4 && st.invalid_lines[1] == 8);
  CHECK(st.too_long == 1);
  if (c.n == 4) {
    CHECK(c.line[0] == 1 && c.line[1] == 3 && c.line[2] == 6 && c.line[3] == 9);
    CHECK(pair_is(&c, tok, 0, "in the beginning", "la"));
    CHECK(pair_is(&c, tok, 1, "god created", "dios"));
    CHECK(pair_is(&c, tok, 2, "light was good", "lo"));
    CHECK(pair_is(&c, tok, 3, "night", "noche"));
  }
  long st_tokens = 0, tt_tokens = 0;
  for (int i = 0; i < c.n; i++) st_tokens += c.src_len[i], tt_tokens += c.tgt_len[i] + 1;
  CHECK(c.src_tokens == st_tokens && c.tgt_tokens == tt_tokens);
  at_corpus_free(&c);
  /* without a length limit the long pair is kept */
  CHECK_OK(at_corpus_load(sp, tp, tok, tok, 0, &c, &st));
  CHECK(c.n == 5 && st.too_long == 0);
  if (c.n == 5) CHECK(c.line[3] == 7);
  at_corpus_free(&c);
  at_corpus_free(NULL);
}

static void test_errors(const at_tokenizer *tok) {
  write_file("b.src", "one\ntwo\nthree\n");
  write_file("b.tgt", "uno\ndos\n");
  char sp[600], tp[600], missing[600];
  path(sp, sizeof sp, "b.src");
  path(tp, sizeof tp, "b.tgt");
  path(missing, sizeof missing, "missing.txt");
  at_corpus c;
  CHECK_STATUS(at_corpus_load(sp, tp, tok, tok, 0, &c, NULL), AT_ERR_FORMAT);
  const char *msg = at_last_error();
  CHECK_MSG(strstr(msg, sp) && strstr(msg, tp) && strstr(msg, "3") && strstr(msg, "2"), "message: %s", msg);
  CHECK(c.n == 0 && c.ids == NULL);
  CHECK_STATUS(at_corpus_load(missing, tp, tok, tok, 0, &c, NULL), AT_ERR_IO);
  CHECK_MSG(strstr(at_last_error(), missing) != NULL, "message: %s", at_last_error());
  /* nothing usable */
  write_file("c.src", "\n\n");
  write_file("c.tgt", "a\n\n");
  path(sp, sizeof sp, "c.src");
  path(tp, sizeof tp, "c.tgt");
  CHECK_STATUS(at_corpus_load(sp, tp, tok, tok, 0, &c, NULL), AT_ERR_FORMAT);
}

/* Many lines over several blocks, random skips: kept pairs are exactly the
 * right ones, and 1 and 2 threads give identical arrays. */
static void test_large(const at_tokenizer *tok) {
  int n = 9000;
  char sp[600], tp[600], line[300];
  path(sp, sizeof sp, "d.src");
  path(tp, sizeof tp, "d.tgt");
  FILE *fs = fopen(sp, "wb"), *ft = fopen(tp, "wb");
  at_rng r;
  at_rng_seed(&r, 3, 0);
  char *skip = calloc((size_t)n, 1);
  for (int i = 0; i < n; i++) {
    uint32_t u = at_rng_below(&r, 50);
    skip[i] = u == 0 ? 'e' : u == 1 ? 'u' : 0;
    sentence(line, sizeof line, i, 1 + i % 6);
    fprintf(fs, "%s\n", skip[i] == 'e' ? "" : line);
    sentence(line, sizeof line, i + 1, 1 + i % 4);
    fprintf(ft, "%s%s\n", line, skip[i] == 'u' ? " \xed\xa0\x80" : ""); /* a surrogate: invalid */
  }
  fclose(fs);
  fclose(ft);
  at_corpus c1, c2;
  at_corpus_stats st;
  at_set_threads(1);
  CHECK_OK(at_corpus_load(sp, tp, tok, tok, 0, &c1, &st));
  at_set_threads(2);
  CHECK_OK(at_corpus_load(sp, tp, tok, tok, 0, &c2, NULL));
  long want = 0, empty = 0, bad = 0;
  for (int i = 0; i < n; i++) want += !skip[i], empty += skip[i] == 'e', bad += skip[i] == 'u';
  CHECK(st.kept == want && st.empty == empty && st.invalid_utf8 == bad);
  int right = c1.n == want;
  for (int k = 0, i = 0; right && k < c1.n; k++, i++) {
    while (skip[i]) i++;
    char s[300], t[300];
    sentence(s, sizeof s, i, 1 + i % 6);
    sentence(t, sizeof t, i + 1, 1 + i % 4);
    right &= c1.line[k] == i + 1 && pair_is(&c1, tok, k, s, t);
  }
  CHECK_MSG(right, "kept pairs are not the expected lines");
  CHECK(c1.n == c2.n && c1.off[c1.n] == c2.off[c2.n]);
  if (c1.n == c2.n && c1.off[c1.n] == c2.off[c2.n])
    CHECK(!memcmp(c1.ids, c2.ids, c1.off[c1.n] * sizeof(int)) && !memcmp(c1.line, c2.line, (size_t)c1.n * sizeof(long)));
  free(skip);
  at_corpus_free(&c1);
  at_corpus_free(&c2);
}

int main(void) {
  const char *tmp = getenv("ATTEND_TMP");
  snprintf(dir, sizeof dir, "%s", tmp ? tmp : "/tmp/attend_test_corpus_io");
  char cmd[600];
  snprintf(cmd, sizeof cmd, "mkdir -p '%s'", dir);
  if (system(cmd) != 0) return 1;
  at_log_set_level(AT_LOG_ERROR);
  at_tokenizer *tok = train_tokenizer();
  test_small(tok);
  test_errors(tok);
  test_large(tok);
  at_tokenizer_free(tok);
  CHECK_DONE();
}
