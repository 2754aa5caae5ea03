/* Vocabulary shortlists (decoder/shortlist.c, issue 11): what is kept and
 * selected, the file's round trip and its checks, and search with one: a
 * shortlist holding every piece decodes exactly as none, a restricted one
 * only ever outputs its pieces, and results do not depend on the batch. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "decoder/decoder.h"
#include "model_util.h"

static char g_dir[512];

static const char *path_in_tmp(const char *name) {
  static char buf[1024];
  snprintf(buf, sizeof buf, "%s/%s", g_dir, name);
  return buf;
}

static void write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  CHECK(f != NULL);
  if (!f) return;
  fputs(text, f);
  fclose(f);
}

/* A corpus where source piece 10 always comes with target 20, 11 with 21
 * (and 12 with 22 once), and target 5 is in every sentence. */
static void test_build_and_select(void) {
  static const int s0[] = {10, 11, 3}, t0[] = {20, 21, 5};
  static const int s1[] = {10, 12, 3}, t1[] = {20, 22, 5, 5};
  static const int s2[] = {11, 3}, t2[] = {21, 5};
  static const int s3[] = {13, 3}, t3[] = {5, 6};
  const int *src[] = {s0, s1, s2, s3}, *tgt[] = {t0, t1, t2, t3};
  int slen[] = {3, 3, 2, 2}, tlen[] = {3, 4, 2, 2};
  at_shortlist_corpus c = {4, src, slen, tgt, tlen, 16, 32, 0x1234, 0x5678};
  at_shortlist *sl = NULL;
  CHECK_OK(at_shortlist_build(&c, 2, 3, &sl));
  if (!sl) return;
  CHECK(at_shortlist_src_vocab(sl) == 16 && at_shortlist_tgt_vocab(sl) == 32);
  CHECK(at_shortlist_top_k(sl) == 2);
  CHECK(at_shortlist_frequent(sl) == 3); /* 5 (5 times), then 20 and 21 (twice; smaller id first) */
  unsigned char mark[32] = {0};
  int out[32];
  /* frequent only: the special pieces plus 5, 20, 21 */
  int n = at_shortlist_select(sl, NULL, 0, 0, -1, mark, out);
  int want0[] = {0, 1, 2, 3, 5, 20, 21};
  CHECK(n == 7);
  for (int i = 0; i < n && i < 7; i++) CHECK_MSG(out[i] == want0[i], "frequent selection %d: %d", i, out[i]);
  /* source 12, no frequent pieces: 22 is its best (Dice 2*1/(1+1) = 1), then 20 or 5 */
  int s12[] = {12};
  n = at_shortlist_select(sl, s12, 1, 1, 0, mark, out);
  int want1[] = {0, 1, 2, 3, 22};
  CHECK(n == 5);
  for (int i = 0; i < n && i < 5; i++) CHECK_MSG(out[i] == want1[i], "selection for piece 12, %d: %d", i, out[i]);
  /* source 10: 20 first (Dice 1) */
  int s10[] = {10};
  n = at_shortlist_select(sl, s10, 1, 1, 0, mark, out);
  CHECK(n == 5 && out[4] == 20);
  /* mark is left all zero */
  int dirty = 0;
  for (int v = 0; v < 32; v++) dirty |= mark[v];
  CHECK(!dirty);
  /* save and load: the same selections */
  const char *p = path_in_tmp("sl.txt");
  CHECK_OK(at_shortlist_save(sl, p));
  at_shortlist *back = NULL;
  CHECK_OK(at_shortlist_load(p, &back));
  if (back) {
    int s[] = {10, 11, 12, 13, 3, 15};
    for (int k = 0; k <= 2; k++) {
      int o1[32], o2[32];
      int n1 = at_shortlist_select(sl, s, 6, k, -1, mark, o1), n2 = at_shortlist_select(back, s, 6, k, -1, mark, o2);
      CHECK(n1 == n2 && memcmp(o1, o2, sizeof(int) * (size_t)n1) == 0);
    }
    CHECK_OK(at_shortlist_check(back, 16, 32, 0x1234, 0x5678, "m.h5"));
    CHECK_STATUS(at_shortlist_check(back, 16, 33, 0x1234, 0x5678, "m.h5"), AT_ERR_CONFIG);
    CHECK_STATUS(at_shortlist_check(back, 16, 32, 0x1234, 0x9999, "m.h5"), AT_ERR_CONFIG);
    CHECK_MSG(strstr(at_last_error(), "target tokenizer") != NULL, "message: %s", at_last_error());
  }
  at_shortlist_free(back);
  at_shortlist_free(sl);
  /* bad arguments */
  CHECK_STATUS(at_shortlist_build(&c, 0, 3, &sl), AT_ERR_INVALID_ARG);
  CHECK_STATUS(at_shortlist_build(&c, 2, 33, &sl), AT_ERR_INVALID_ARG);
}

/* Each malformed file: an error naming the file and (where there is one) the line. */
static void test_bad_files(void) {
  static const char *const header = "attend-shortlist 1\nsrc_vocab 4\ntgt_vocab 8\nsrc_tokenizer 0000000000000001\n"
                                    "tgt_tokenizer 0000000000000002\ntop_k 2\nfrequent 2\n";
  struct {
    const char *body, *want;
  } cases[] = {
      {"4 5\n\n6\n\n7 6\n", NULL}, /* good: 4 source lines */
      {"4 5\n\n6\n\n", "ends after 3 of its 4"},
      {"4 5\n\n6\n\n7 6\n1\n", "line 13: more lines"},
      {"4 5\n\n6 7 4\n\n7 6\n", "line 10: more than 2 ids"},
      {"4 5\n\n8\n\n7 6\n", "line 10: '8' is not a piece id in 0 .. 7"},
      {"4 5\n\n-1\n\n7 6\n", "line 10: '-1' is not a piece id"},
      {"4 5\n\n6x\n\n7 6\n", "line 10: '6x'"},
      {"4\n\n6\n\n7 6\n", "line 8: 1 frequent pieces, the header says 2"},
      {"4 99999999999999999999\n\n6\n\n7 6\n", "line 8:"},
  };
  char text[512];
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    snprintf(text, sizeof text, "%s%s", header, cases[i].body);
    const char *p = path_in_tmp("bad.txt");
    write_file(p, text);
    at_shortlist *sl = NULL;
    at_status s = at_shortlist_load(p, &sl);
    if (!cases[i].want) {
      CHECK_MSG(s == AT_OK && sl, "case %zu: %s", i, at_last_error());
    } else {
      CHECK_MSG(s == AT_ERR_FORMAT && !sl, "case %zu loaded", i);
      CHECK_MSG(strstr(at_last_error(), cases[i].want) && strstr(at_last_error(), "bad.txt"),
                "case %zu: message '%s', expected '%s'", i, at_last_error(), cases[i].want);
    }
    at_shortlist_free(sl);
  }
  /* headers */
  struct {
    const char *text, *want;
  } hdr[] = {
      {"", "not an attend shortlist"},
      {"attend-shortlist 2\n", "not an attend shortlist (version 1)"},
      {"attend-shortlist 1\nsrc_vocab 3\n", "line 2: src_vocab: expected an integer in 4 .. 16777216, got '3'"},
      {"attend-shortlist 1\nsrc_vocab 4\ntgt_vocab 8\nsrc_tokenizer 12\n", "line 4: src_tokenizer: expected 16 hex"},
      {"attend-shortlist 1\nsrc_vocab 4\ntgt_vocab 8\nsrc_tokenizer 0000000000000001\ntgt_tokenizer 0000000000000002\n"
       "top_k 2\nfrequent 9\n", "line 7: frequent: expected an integer in 0 .. 8"},
      {"attend-shortlist 1\nsrc_vocab 4\ntgt_vocab 8\n", "ends before the 'src_tokenizer' line"},
      {"attend-shortlist 1\nsrc_vocabulary 4\n", "line 2: expected 'src_vocab ...'"},
  };
  for (size_t i = 0; i < sizeof hdr / sizeof hdr[0]; i++) {
    const char *p = path_in_tmp("hdr.txt");
    write_file(p, hdr[i].text);
    at_shortlist *sl = NULL;
    at_status s = at_shortlist_load(p, &sl);
    CHECK_MSG(s == AT_ERR_FORMAT && !sl, "header case %zu loaded", i);
    CHECK_MSG(strstr(at_last_error(), hdr[i].want) != NULL, "header case %zu: '%s', expected '%s'", i, at_last_error(),
              hdr[i].want);
    at_shortlist_free(sl);
  }
  /* a NUL byte, a missing file, a directory */
  const char *p = path_in_tmp("nul.txt");
  FILE *f = fopen(p, "w");
  if (f) {
    fputs("attend-shortlist 1\nsrc_vo", f);
    fputc('\0', f);
    fputs("cab 4\n", f);
    fclose(f);
  }
  at_shortlist *sl = NULL;
  CHECK_STATUS(at_shortlist_load(p, &sl), AT_ERR_FORMAT);
  CHECK(strstr(at_last_error(), "line 2: a NUL byte") != NULL);
  CHECK_STATUS(at_shortlist_load(path_in_tmp("missing.txt"), &sl), AT_ERR_IO);
  CHECK(strstr(at_last_error(), "missing.txt: cannot open") != NULL);
  CHECK(at_shortlist_load(g_dir, &sl) != AT_OK && !sl);
}

/* Searching with shortlists on a small random model. */
static void test_search(void) {
  at_model_config c = mu_config(AT_CELL_GRU, AT_ATTN_LUONG, AT_SCORE_GENERAL, 1, 0, 1, 1, 6, 8);
  c.src_vocab = 12, c.tgt_vocab = 24;
  at_model *m = NULL;
  CHECK_OK(at_model_create(&c, &m));
  if (!m) return;
  at_model_init_params(m, 7, 0.8f);
  enum { B = 4, TS = 5 };
  int src[TS * B], src_len[B] = {5, 3, 4, 2};
  at_rng rng;
  at_rng_seed(&rng, 3, 1);
  for (int b = 0; b < B; b++)
    for (int t = 0; t < TS; t++)
      src[t * B + b] = t == src_len[b] - 1 ? MU_EOS : t < src_len[b] ? 4 + (int)at_rng_below(&rng, 8) : MU_PAD;
  /* a corpus pairing every source piece with every target piece: top_k 24 keeps all */
  int s_all[12], t_all[24];
  for (int i = 0; i < 12; i++) s_all[i] = i;
  for (int i = 0; i < 24; i++) t_all[i] = i;
  const int *sp[] = {s_all}, *tp[] = {t_all};
  int sl_len[] = {12}, tl_len[] = {24};
  at_shortlist_corpus corpus = {1, sp, sl_len, tp, tl_len, 12, 24, 1, 2};
  at_shortlist *all = NULL;
  CHECK_OK(at_shortlist_build(&corpus, 24, 24, &all));
  /* a restricted one: source piece s -> targets (s + 6) and (s + 12); frequent 4, 5 */
  char text[4096];
  int len = snprintf(text, sizeof text,
                     "attend-shortlist 1\nsrc_vocab 12\ntgt_vocab 24\nsrc_tokenizer 0000000000000001\n"
                     "tgt_tokenizer 0000000000000002\ntop_k 2\nfrequent 2\n4 5\n");
  for (int s = 0; s < 12; s++) len += snprintf(text + len, sizeof text - (size_t)len, "%d %d\n", s + 6, s + 12);
  write_file(path_in_tmp("restricted.txt"), text);
  at_shortlist *some = NULL;
  CHECK_OK(at_shortlist_load(path_in_tmp("restricted.txt"), &some));
  if (!all || !some) goto out;
  for (int beam = 1; beam <= 3; beam += 2) {
    at_search_options o;
    at_search_options_default(&o);
    o.beam = beam;
    o.max_len_ratio = 2.0f, o.max_len_extra = 3;
    at_search_result full[B], sl[B], one[B];
    at_arena a;
    at_arena_init(&a);
    CHECK_OK(at_search((const at_model *const *)&m, 1, src, src_len, TS, B, &o, &a, full));
    at_arena_reset(&a);
    o.shortlist = all;
    CHECK_OK(at_search((const at_model *const *)&m, 1, src, src_len, TS, B, &o, &a, sl));
    at_arena_reset(&a);
    int steps = 0;
    for (int b = 0; b < B; b++) {
      CHECK(full[b].n == 1 && sl[b].n == 1);
      if (full[b].n != 1 || sl[b].n != 1) continue;
      CHECK_MSG(full[b].hyps[0].len == sl[b].hyps[0].len &&
                    !memcmp(full[b].hyps[0].ids, sl[b].hyps[0].ids, sizeof(int) * (size_t)full[b].hyps[0].len),
                "beam %d sentence %d: the full shortlist gave another output", beam, b);
      CHECK_NEAR(full[b].hyps[0].score, sl[b].hyps[0].score, 1e-5);
      steps += full[b].hyps[0].len;
    }
    CHECK_MSG(steps > 4, "the model produced almost nothing (%d tokens)", steps);
    /* restricted: outputs only from each sentence's own list; the same alone as in the batch */
    for (int b = 0; b < B; b++) at_search_result_free(&sl[b]);
    o.shortlist = some;
    CHECK_OK(at_search((const at_model *const *)&m, 1, src, src_len, TS, B, &o, &a, sl));
    at_arena_reset(&a);
    for (int b = 0; b < B; b++) {
      if (sl[b].n != 1) continue;
      const at_hypothesis *h = &sl[b].hyps[0];
      for (int i = 0; i < h->len; i++) {
        int tok = h->ids[i], ok = tok == 4 || tok == 5 || tok == MU_UNK;
        for (int t = 0; t < src_len[b]; t++) ok |= tok == src[t * B + b] + 6 || tok == src[t * B + b] + 12;
        CHECK_MSG(ok, "beam %d sentence %d: token %d is not in its shortlist", beam, b, tok);
      }
      int one_src[TS], one_len = src_len[b];
      for (int t = 0; t < one_len; t++) one_src[t] = src[t * B + b];
      CHECK_OK(at_search((const at_model *const *)&m, 1, one_src, &one_len, one_len, 1, &o, &a, one));
      at_arena_reset(&a);
      CHECK_MSG(one[0].n == 1 && one[0].hyps[0].len == h->len &&
                    !memcmp(one[0].hyps[0].ids, h->ids, sizeof(int) * (size_t)h->len),
                "beam %d sentence %d: another output alone than in the batch", beam, b);
      if (one[0].n == 1) CHECK_NEAR(one[0].hyps[0].score, h->score, 1e-5);
      at_search_result_free(&one[0]);
    }
    /* fewer per source piece (k 1): a subset of k 2's pieces */
    o.shortlist_k = 1;
    o.shortlist_frequent = 0;
    at_search_result k1[B];
    CHECK_OK(at_search((const at_model *const *)&m, 1, src, src_len, TS, B, &o, &a, k1));
    for (int b = 0; b < B; b++) {
      for (int i = 0; k1[b].n == 1 && i < k1[b].hyps[0].len; i++) {
        int tok = k1[b].hyps[0].ids[i], ok = tok == MU_UNK;
        for (int t = 0; t < src_len[b]; t++) ok |= tok == src[t * B + b] + 6;
        CHECK_MSG(ok, "k 1, frequent 0: sentence %d: token %d", b, tok);
      }
      at_search_result_free(&k1[b]);
    }
    for (int b = 0; b < B; b++) at_search_result_free(&full[b]), at_search_result_free(&sl[b]);
    at_arena_free(&a);
  }
  /* a shortlist for other vocabularies */
  {
    at_search_options o;
    at_search_options_default(&o);
    o.shortlist = some;
    at_model_config c2 = c;
    c2.tgt_vocab = 25;
    at_model *m2 = NULL;
    CHECK_OK(at_model_create(&c2, &m2));
    at_search_result r[B];
    at_arena a;
    at_arena_init(&a);
    if (m2) CHECK_STATUS(at_search((const at_model *const *)&m2, 1, src, src_len, TS, B, &o, &a, r), AT_ERR_CONFIG);
    at_arena_free(&a);
    at_model_free(m2);
  }
out:
  at_shortlist_free(all);
  at_shortlist_free(some);
  at_model_free(m);
}

int main(void) {
  const char *t = getenv("ATTEND_TMP");
  snprintf(g_dir, sizeof g_dir, "%s", t && *t ? t : "/tmp");
  char cmd[600];
  snprintf(cmd, sizeof cmd, "mkdir -p '%s'", g_dir);
  if (system(cmd) != 0) fprintf(stderr, "cannot create %s\n", g_dir);
  test_build_and_select();
  test_bad_files();
  test_search();
  CHECK_DONE();
}
