/* tokenizer/: training, special ids, encode/decode round trips, errors
 * (invalid UTF-8, missing and corrupt models), load from bytes, threads,
 * deterministic training, and the committed tiny models. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "core/core.h"
#include "tokenizer/tokenizer.h"

static char tmp_dir[512];

static const char *tmp_path(const char *name) {
  static char buf[4][1024];
  static int k = 0;
  k = (k + 1) % 4;
  snprintf(buf[k], sizeof buf[k], "%s/%s", tmp_dir, name);
  return buf[k];
}

/* ---- a generated corpus: Spanish-like lines that survive NFKC -------------- */

enum { N_LINES = 1200 };
static char *lines[N_LINES];

/* Words built from Spanish syllables (accents and ñ included), drawn with a
 * skewed distribution so that frequent words become pieces. */
static void make_word(at_rng *r, char *w, size_t cap) {
  static const char *syl[] = {"ma", "ñe", "lo", "cá", "de", "ri", "sa", "to", "mé", "qui", "nu", "bó",
                              "es", "ta", "ción", "pe", "gu", "la", "ví", "ro", "al", "ci", "ho", "dú"};
  const uint32_t ns = (uint32_t)(sizeof syl / sizeof syl[0]);
  int n = 1 + (int)at_rng_below(r, 3);
  size_t k = 0;
  for (int i = 0; i < n; i++) k += (size_t)snprintf(w + k, cap - k, "%s", syl[at_rng_below(r, ns)]);
}

static void make_corpus(const char *path) {
  enum { N_WORDS = 600 };
  static char words[N_WORDS][32];
  static const char *fixed[] = {"¿Qué", "¡Oh", "Jehová", "Moisés", "señor", "corazón", "año", "niño"};
  static const char *ends[] = {".", ",", ";", ":", "?", "!"};
  at_rng r;
  at_rng_seed(&r, 7, 1);
  for (int i = 0; i < N_WORDS; i++) {
    if (i < 8) snprintf(words[i], sizeof words[i], "%s", fixed[i]);
    else make_word(&r, words[i], sizeof words[i]);
  }
  FILE *f = fopen(path, "w");
  for (int i = 0; i < N_LINES; i++) {
    char line[512];
    size_t k = 0;
    int n = 3 + (int)at_rng_below(&r, 12);
    for (int w = 0; w < n; w++) {
      uint32_t a = at_rng_below(&r, N_WORDS), b = at_rng_below(&r, N_WORDS);
      k += (size_t)snprintf(line + k, sizeof line - k, "%s%s", w ? " " : "", words[a < b ? a : b]);
    }
    snprintf(line + k, sizeof line - k, "%s", ends[at_rng_below(&r, 6)]);
    lines[i] = strdup(line);
    fprintf(f, "%s\n", line);
  }
  fclose(f);
}

static at_status train(const char *prefix, int vocab, int type, int soft) {
  const char *in[1] = {tmp_path("corpus.txt")};
  at_spm_train_options o;
  at_spm_train_options_default(&o);
  o.inputs = in;
  o.n_inputs = 1;
  o.model_prefix = prefix;
  o.vocab_size = vocab;
  o.model_type = type;
  o.soft_vocab_limit = soft;
  return at_spm_train(&o);
}

static char *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long len = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *d = malloc((size_t)len + 1);
  *n = fread(d, 1, (size_t)len, f);
  fclose(f);
  return d;
}

static void spit(const char *path, const void *d, size_t n) {
  FILE *f = fopen(path, "wb");
  fwrite(d, 1, n, f);
  fclose(f);
}

/* ---- checks ------------------------------------------------------------------ */

static void test_special_and_pieces(const at_tokenizer *t) {
  CHECK(at_tokenizer_vocab_size(t) == 300);
  CHECK(!strcmp(at_tokenizer_id_to_piece(t, AT_PAD_ID), "<pad>"));
  CHECK(!strcmp(at_tokenizer_id_to_piece(t, AT_UNK_ID), "<unk>"));
  CHECK(!strcmp(at_tokenizer_id_to_piece(t, AT_BOS_ID), "<s>"));
  CHECK(!strcmp(at_tokenizer_id_to_piece(t, AT_EOS_ID), "</s>"));
  CHECK(at_tokenizer_id_to_piece(t, -1) == NULL);
  CHECK(at_tokenizer_id_to_piece(t, 300) == NULL);
  CHECK(at_tokenizer_piece_to_id(t, "no-such-piece-xyz") == AT_UNK_ID);
  int agree = 1;
  for (int id = 0; id < at_tokenizer_vocab_size(t); id++)
    agree &= at_tokenizer_piece_to_id(t, at_tokenizer_id_to_piece(t, id)) == id;
  CHECK(agree);
}

static void test_round_trip(const at_tokenizer *t) {
  at_ids ids = {0};
  at_buf text = {0}, pieces = {0};
  static const char *extra[] = {"¿Qué señor, Moisés?", "¡Oh Jehová, corazón!", "año niño",
                                "a", "ñeñeñe dúdúdú"}; /* lines not in training */
  int bad = 0, pieces_agree = 1;
  for (int i = 0; i < N_LINES + 5; i++) {
    const char *s = i < N_LINES ? lines[i] : extra[i - N_LINES];
    CHECK_OK(at_tokenizer_encode(t, s, strlen(s), &ids));
    CHECK_OK(at_tokenizer_decode(t, ids.ids, ids.n, &text));
    if (strcmp(text.data, s) && bad++ < 3) fprintf(stderr, "round trip: '%s' -> '%s'\n", s, text.data);
    CHECK_OK(at_tokenizer_encode_pieces(t, s, strlen(s), &pieces));
    /* each piece's id is the id encode gave at the same position */
    char *save = NULL;
    int k = 0;
    for (char *p = strtok_r(pieces.data, " ", &save); p; p = strtok_r(NULL, " ", &save), k++)
      pieces_agree &= k < ids.n && at_tokenizer_piece_to_id(t, p) == ids.ids[k];
    pieces_agree &= k == ids.n;
  }
  CHECK_MSG(bad == 0, "%d lines changed in the round trip", bad);
  CHECK(pieces_agree);
  /* BOS, EOS and PAD are skipped by decode */
  const char *s = lines[0];
  CHECK_OK(at_tokenizer_encode(t, s, strlen(s), &ids));
  int wrapped[256] = {AT_BOS_ID};
  memcpy(wrapped + 1, ids.ids, (size_t)ids.n * sizeof(int));
  wrapped[ids.n + 1] = AT_EOS_ID;
  wrapped[ids.n + 2] = AT_PAD_ID;
  CHECK_OK(at_tokenizer_decode(t, wrapped, ids.n + 3, &text));
  CHECK(!strcmp(text.data, s));
  /* unknown characters encode to UNK and decode to " ⁇ " */
  CHECK_OK(at_tokenizer_encode(t, "ma Ω", 5, &ids));
  CHECK(ids.n >= 2 && ids.ids[ids.n - 1] == AT_UNK_ID);
  /* empty text, text with spaces to normalize */
  CHECK_OK(at_tokenizer_encode(t, "", 0, &ids));
  CHECK(ids.n == 0);
  CHECK_OK(at_tokenizer_encode(t, "  ma   ñe  ", 12, &ids));
  CHECK_OK(at_tokenizer_decode(t, ids.ids, ids.n, &text));
  CHECK(!strcmp(text.data, "ma ñe"));
  CHECK_OK(at_tokenizer_decode(t, NULL, 0, &text));
  CHECK(text.len == 0 && text.data[0] == '\0');
  at_ids_free(&ids);
  at_buf_free(&text);
  at_buf_free(&pieces);
}

static void test_bad_input(const at_tokenizer *t) {
  at_ids ids = {0};
  at_buf buf = {0};
  CHECK_STATUS(at_tokenizer_encode(t, "ma\xff ñe", 7, &ids), AT_ERR_UTF8);
  CHECK_MSG(strstr(at_last_error(), "byte offset 2") != NULL, "%s", at_last_error());
  CHECK_STATUS(at_tokenizer_encode(t, "niñ\xc3", 5, &ids), AT_ERR_UTF8); /* truncated sequence */
  CHECK_MSG(strstr(at_last_error(), "byte offset 4") != NULL, "%s", at_last_error());
  CHECK_STATUS(at_tokenizer_encode_pieces(t, "\xed\xa0\x80", 3, &buf), AT_ERR_UTF8); /* surrogate */
  CHECK_STATUS(at_tokenizer_encode(t, "ma\nñe", 6, &ids), AT_ERR_INVALID_ARG);
  int out_of_range[2] = {5, 300};
  CHECK_STATUS(at_tokenizer_decode(t, out_of_range, 2, &buf), AT_ERR_INVALID_ARG);
  CHECK_MSG(strstr(at_last_error(), "position 2") != NULL, "%s", at_last_error());
  int negative = -1;
  CHECK_STATUS(at_tokenizer_decode(t, &negative, 1, &buf), AT_ERR_INVALID_ARG);
  at_ids_free(&ids);
  at_buf_free(&buf);
  at_ids_free(NULL);
  at_buf_free(NULL);
}

static void test_bad_models(const char *good_path) {
  at_tokenizer *t = (at_tokenizer *)&t; /* must be reset to NULL on failure */
  const char *missing = tmp_path("no-such.model");
  CHECK_STATUS(at_tokenizer_load(missing, &t), AT_ERR_IO);
  CHECK_MSG(strstr(at_last_error(), missing) != NULL, "%s", at_last_error());
  CHECK(t == NULL);

  at_rng r;
  at_rng_seed(&r, 3, 3);
  unsigned char junk[4096];
  for (size_t i = 0; i < sizeof junk; i++) junk[i] = (unsigned char)at_rng_u32(&r);
  const char *random_path = tmp_path("random.model");
  spit(random_path, junk, sizeof junk);
  CHECK_STATUS(at_tokenizer_load(random_path, &t), AT_ERR_TOKENIZER);
  CHECK_MSG(strstr(at_last_error(), random_path) != NULL, "%s", at_last_error());
  CHECK(t == NULL);

  size_t n = 0;
  char *good = slurp(good_path, &n);
  CHECK(good != NULL);
  if (!good) return;
  const char *cut_path = tmp_path("truncated.model");
  size_t cuts[3] = {n / 2, n - 7, 10};
  for (int i = 0; i < 3; i++) {
    spit(cut_path, good, cuts[i]);
    at_status s = at_tokenizer_load(cut_path, &t);
    CHECK_MSG(s == AT_ERR_TOKENIZER, "truncated to %zu bytes: %s", cuts[i], at_status_name(s));
    CHECK_MSG(strstr(at_last_error(), cut_path) != NULL, "%s", at_last_error());
    if (s == AT_OK) at_tokenizer_free(t);
  }
  spit(cut_path, good, 0);
  CHECK_STATUS(at_tokenizer_load(cut_path, &t), AT_ERR_TOKENIZER);
  CHECK_MSG(strstr(at_last_error(), cut_path) != NULL, "%s", at_last_error());
  CHECK_STATUS(at_tokenizer_load_bytes(junk, sizeof junk, &t), AT_ERR_TOKENIZER);
  free(good);
  at_tokenizer_free(NULL);
}

/* A model trained by SentencePiece's own tool with its default special ids
 * (unk 0, bos 1, eos 2, no pad) must be rejected. Needs spm_train. */
static void test_foreign_special_ids(void) {
  char cmd[2048];
  snprintf(cmd, sizeof cmd,
           "spm_train --input=%s --model_prefix=%s --vocab_size=100 --minloglevel=2 >/dev/null 2>&1",
           tmp_path("corpus.txt"), tmp_path("foreign"));
  if (system("command -v spm_train >/dev/null 2>&1") != 0) {
    fprintf(stderr, "skipping the foreign-model check: spm_train not installed\n");
    return;
  }
  CHECK(system(cmd) == 0);
  at_tokenizer *t = NULL;
  CHECK_STATUS(at_tokenizer_load(tmp_path("foreign.model"), &t), AT_ERR_TOKENIZER);
  CHECK_MSG(strstr(at_last_error(), "special ids") != NULL, "%s", at_last_error());
  at_tokenizer_free(t);
}

static void test_bytes(const at_tokenizer *t, const char *path) {
  const void *data = NULL;
  size_t n = 0, file_n = 0;
  CHECK_OK(at_tokenizer_bytes(t, &data, &n));
  char *file = slurp(path, &file_n);
  CHECK(n == file_n && n > 0 && !memcmp(data, file, n));
  free(file);
  at_tokenizer *u = NULL;
  CHECK_OK(at_tokenizer_load_bytes(data, n, &u));
  if (!u) return;
  at_ids a = {0}, b = {0};
  int same = 1;
  for (int i = 0; i < N_LINES; i++) {
    CHECK_OK(at_tokenizer_encode(t, lines[i], strlen(lines[i]), &a));
    CHECK_OK(at_tokenizer_encode(u, lines[i], strlen(lines[i]), &b));
    same &= a.n == b.n && !memcmp(a.ids, b.ids, (size_t)a.n * sizeof(int));
  }
  CHECK(same);
  at_ids_free(&a);
  at_ids_free(&b);
  at_tokenizer_free(u);
}

static void test_threads(const at_tokenizer *t) {
  static at_ids single[N_LINES], multi[N_LINES];
  for (int i = 0; i < N_LINES; i++) CHECK_OK(at_tokenizer_encode(t, lines[i], strlen(lines[i]), &single[i]));
  int failures = 0;
#ifdef _OPENMP
#pragma omp parallel for schedule(dynamic, 16) reduction(+ : failures)
#endif
  for (int i = 0; i < 4 * N_LINES; i++) {
    int k = i % N_LINES;
    at_buf text = {0};
    if (i < N_LINES) failures += at_tokenizer_encode(t, lines[i], strlen(lines[i]), &multi[i]) != AT_OK;
    failures += at_tokenizer_decode(t, single[k].ids, single[k].n, &text) != AT_OK;
    failures += text.data == NULL || strcmp(text.data, lines[k]) != 0;
    at_buf_free(&text);
  }
  CHECK(failures == 0);
  int same = 1;
  for (int i = 0; i < N_LINES; i++) {
    same &= single[i].n == multi[i].n && !memcmp(single[i].ids, multi[i].ids, (size_t)single[i].n * sizeof(int));
    at_ids_free(&single[i]);
    at_ids_free(&multi[i]);
  }
  CHECK(same);
}

static void test_training(void) {
  /* the same options twice give the same model bytes */
  size_t n1 = 0, n2 = 0;
  CHECK_OK(train(tmp_path("det"), 300, AT_SPM_UNIGRAM, 0));
  char *m1 = slurp(tmp_path("det.model"), &n1);
  CHECK_OK(train(tmp_path("det"), 300, AT_SPM_UNIGRAM, 0));
  char *m2 = slurp(tmp_path("det.model"), &n2);
  CHECK(m1 && m2 && n1 == n2 && !memcmp(m1, m2, n1));
  free(m1);
  free(m2);
  /* BPE works and keeps the special ids */
  at_tokenizer *t = NULL;
  CHECK_OK(train(tmp_path("bpe"), 200, AT_SPM_BPE, 0));
  CHECK_OK(at_tokenizer_load(tmp_path("bpe.model"), &t));
  if (t) {
    CHECK(at_tokenizer_vocab_size(t) == 200);
    CHECK(!strcmp(at_tokenizer_id_to_piece(t, AT_EOS_ID), "</s>"));
    at_ids ids = {0};
    at_buf text = {0};
    CHECK_OK(at_tokenizer_encode(t, lines[5], strlen(lines[5]), &ids));
    CHECK_OK(at_tokenizer_decode(t, ids.ids, ids.n, &text));
    CHECK(text.data && !strcmp(text.data, lines[5]));
    at_ids_free(&ids);
    at_buf_free(&text);
    at_tokenizer_free(t);
  }
  /* a vocabulary the data cannot fill: SentencePiece's message, or a smaller model when soft */
  CHECK_STATUS(train(tmp_path("big"), 20000, AT_SPM_UNIGRAM, 0), AT_ERR_TOKENIZER);
  CHECK_MSG(strstr(at_last_error(), "ocabulary size") != NULL, "%s", at_last_error());
  t = NULL;
  CHECK_OK(train(tmp_path("soft"), 20000, AT_SPM_UNIGRAM, 1));
  CHECK_OK(at_tokenizer_load(tmp_path("soft.model"), &t));
  CHECK(t && at_tokenizer_vocab_size(t) < 20000 && at_tokenizer_vocab_size(t) > 4);
  at_tokenizer_free(t);
  /* option and input errors */
  const char *in[2] = {tmp_path("corpus.txt"), tmp_path("missing.txt")};
  at_spm_train_options o;
  at_spm_train_options_default(&o);
  o.inputs = in;
  o.n_inputs = 2;
  o.model_prefix = tmp_path("x");
  o.vocab_size = 100;
  CHECK_STATUS(at_spm_train(&o), AT_ERR_IO);
  CHECK_MSG(strstr(at_last_error(), in[1]) != NULL, "%s", at_last_error());
  o.n_inputs = 1;
  o.vocab_size = 2;
  CHECK_STATUS(at_spm_train(&o), AT_ERR_INVALID_ARG);
  o.vocab_size = 100;
  o.input_sentence_size = 50;
  CHECK_STATUS(at_spm_train(&o), AT_ERR_INVALID_ARG);
  o.input_sentence_size = 0;
  o.model_prefix = tmp_path("no-such-dir/x");
  CHECK_STATUS(at_spm_train(&o), AT_ERR_TOKENIZER);
}

/* The committed tiny models load, keep the special ids and round-trip text. */
static void test_committed_models(void) {
  const char *src = getenv("ATTEND_SRC");
  if (!src) src = ".";
  static const char *names[2] = {"es", "en"};
  static const char *samples[2] = {"Y dijo Dios: Sea la luz; y fue la luz.", "And God said, Let there be light."};
  for (int i = 0; i < 2; i++) {
    char path[1024];
    snprintf(path, sizeof path, "%s/data/spm/tiny.%s.model", src, names[i]);
    at_tokenizer *t = NULL;
    CHECK_OK(at_tokenizer_load(path, &t));
    if (!t) continue;
    CHECK(at_tokenizer_vocab_size(t) >= 500);
    CHECK(!strcmp(at_tokenizer_id_to_piece(t, AT_BOS_ID), "<s>"));
    at_ids ids = {0};
    at_buf text = {0};
    CHECK_OK(at_tokenizer_encode(t, samples[i], strlen(samples[i]), &ids));
    CHECK_OK(at_tokenizer_decode(t, ids.ids, ids.n, &text));
    CHECK_MSG(text.data && !strcmp(text.data, samples[i]), "%s -> %s", samples[i], text.data);
    at_ids_free(&ids);
    at_buf_free(&text);
    at_tokenizer_free(t);
  }
}

int main(void) {
  const char *tmp = getenv("ATTEND_TMP");
  snprintf(tmp_dir, sizeof tmp_dir, "%s", tmp ? tmp : "/tmp/attend_test_tokenizer");
  char cmd[700];
  snprintf(cmd, sizeof cmd, "mkdir -p '%s'", tmp_dir);
  if (system(cmd) != 0) return 1;
  make_corpus(tmp_path("corpus.txt"));

  at_tokenizer *t = NULL;
  CHECK_OK(train(tmp_path("m"), 300, AT_SPM_UNIGRAM, 0));
  CHECK_OK(at_tokenizer_load(tmp_path("m.model"), &t));
  if (t) {
    test_special_and_pieces(t);
    test_round_trip(t);
    test_bad_input(t);
    test_bytes(t, tmp_path("m.model"));
    test_threads(t);
    at_tokenizer_free(t);
  }
  test_bad_models(tmp_path("m.model"));
  test_foreign_special_ids();
  test_training();
  test_committed_models();
  for (int i = 0; i < N_LINES; i++) free(lines[i]);
  CHECK_DONE();
}
