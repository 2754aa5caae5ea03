/* train/: at_greedy_score_corpus (validation's greedy BLEU/chrF) and
 * at_corpus_read_lines. A dev file with an empty pair and a CRLF line is
 * loaded; the references of the kept pairs are their own lines; the scores do
 * not depend on the batch size; translations come back in corpus order (the
 * model's own per-sentence greedy outputs used as references give BLEU 100,
 * and shifted by one give less); the first-n limit and bad arguments. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "decoder/decoder.h"
#include "eval/eval.h"
#include "train/train.h"

static const char *const SRC[] = {"En el principio creó Dios los cielos y la tierra.", "Y la tierra estaba desordenada y vacía.",
                                  "", "Y dijo Dios: Sea la luz; y fue la luz.", "Y vio Dios que la luz era buena.",
                                  "Y llamó Dios a la luz Día.", "Y fue la tarde y la mañana un día.",
                                  "Luego dijo Dios: Haya expansión en medio de las aguas."};
static const char *const TGT[] = {"In the beginning God created the heaven and the earth.",
                                  "And the earth was without form, and void.", "And God said.",
                                  "And God said, Let there be light: and there was light.\r",
                                  "And God saw the light, that it was good.", "And God called the light Day.",
                                  "And the evening and the morning were the first day.",
                                  "And God said, Let there be a firmament in the midst of the waters."};
enum { NLINES = 8, NKEPT = 7 };

static void write_file(const char *path, const char *const *lines, int n) {
  FILE *f = fopen(path, "wb");
  CHECK(f != NULL);
  if (!f) return;
  for (int i = 0; i < n; i++) fprintf(f, "%s\n", lines[i]);
  fclose(f);
}

/* Greedy outputs of pairs 0..n-1 of c, one sentence at a time. */
static char **greedy_one_by_one(const at_model *m, const at_tokenizer *tok, const at_corpus *c, int n) {
  char **out = calloc((size_t)n, sizeof *out);
  at_search_options o;
  at_search_options_default(&o);
  o.beam = 1;
  at_arena arena;
  at_arena_init(&arena);
  at_buf buf = {0};
  for (int i = 0; i < n; i++) {
    at_search_result r;
    at_arena_reset(&arena);
    CHECK_OK(at_search(&m, 1, c->ids + c->off[i], &c->src_len[i], c->src_len[i], 1, &o, &arena, &r));
    CHECK_OK(at_tokenizer_decode(tok, r.hyps[0].ids, r.hyps[0].len, &buf));
    out[i] = strdup(r.hyps[0].len && buf.data ? buf.data : "");
    at_search_result_free(&r);
  }
  at_buf_free(&buf);
  at_arena_free(&arena);
  return out;
}

int main(void) {
  const char *src_tree = getenv("ATTEND_SRC"), *tmp = getenv("ATTEND_TMP");
  if (!src_tree || !tmp) {
    fprintf(stderr, "ATTEND_SRC and ATTEND_TMP must be set\n");
    return 1;
  }
  char cmd[1100], p_es[1100], p_en[1100], s_es[1100], s_en[1100];
  snprintf(cmd, sizeof cmd, "mkdir -p '%s'", tmp);
  CHECK(system(cmd) == 0);
  snprintf(p_es, sizeof p_es, "%s/dev.es", tmp);
  snprintf(p_en, sizeof p_en, "%s/dev.en", tmp);
  snprintf(s_es, sizeof s_es, "%s/data/spm/tiny.es.model", src_tree);
  snprintf(s_en, sizeof s_en, "%s/data/spm/tiny.en.model", src_tree);
  write_file(p_es, SRC, NLINES);
  write_file(p_en, TGT, NLINES);

  at_tokenizer *ts = NULL, *tt = NULL;
  CHECK_OK(at_tokenizer_load(s_es, &ts));
  CHECK_OK(at_tokenizer_load(s_en, &tt));
  at_corpus c;
  CHECK_OK(at_corpus_load(p_es, p_en, ts, tt, 0, &c, NULL));
  CHECK(c.n == NKEPT);

  /* references: the kept pairs' own lines, '\r' dropped */
  char **refs = NULL;
  CHECK_OK(at_corpus_read_lines(p_en, c.line, c.n, &refs));
  CHECK(!strcmp(refs[0], TGT[0]));
  CHECK(!strcmp(refs[2], "And God said, Let there be light: and there was light."));
  CHECK(!strcmp(refs[6], TGT[7]));
  long bad_line = NLINES + 1;
  char **none = NULL;
  CHECK_STATUS(at_corpus_read_lines(p_en, &bad_line, 1, &none), AT_ERR_INVALID_ARG);
  CHECK(none == NULL);

  at_model_config mc;
  at_model_config_default(&mc);
  mc.src_vocab = at_tokenizer_vocab_size(ts);
  mc.tgt_vocab = at_tokenizer_vocab_size(tt);
  mc.emb_dim = 16;
  mc.hidden_dim = 32;
  at_model *m = NULL;
  CHECK_OK(at_model_create(&mc, &m));
  at_model_init_params(m, 5, 0.3f);

  /* the same scores for any batch size */
  at_greedy_score g64, g1, g3;
  CHECK_OK(at_greedy_score_corpus(m, tt, &c, c.n, (const char *const *)refs, 0, &g64));
  CHECK_OK(at_greedy_score_corpus(m, tt, &c, c.n, (const char *const *)refs, 1, &g1));
  CHECK_OK(at_greedy_score_corpus(m, tt, &c, c.n, (const char *const *)refs, 3, &g3));
  CHECK(g64.sentences == NKEPT);
  CHECK(g64.bleu >= 0 && g64.bleu <= 100 && g64.chrf >= 0 && g64.chrf <= 100);
  CHECK(g64.bleu == g1.bleu && g64.bleu == g3.bleu && g64.chrf == g1.chrf && g64.chrf == g3.chrf);

  /* order: the model's own outputs as references score 100; rotated, less */
  char **own = greedy_one_by_one(m, tt, &c, c.n);
  int distinct = 0, nonempty = 0;
  for (int i = 0; i < c.n; i++) {
    nonempty += own[i][0] != '\0';
    distinct += i > 0 && strcmp(own[i], own[i - 1]) != 0;
  }
  CHECK_MSG(nonempty == c.n && distinct >= 3, "the random model's outputs are too alike to test the order");
  at_greedy_score self, rot;
  CHECK_OK(at_greedy_score_corpus(m, tt, &c, c.n, (const char *const *)own, 3, &self));
  CHECK_NEAR(self.bleu, 100.0, 1e-9);
  CHECK_NEAR(self.chrf, 100.0, 1e-9);
  const char *rotated[NKEPT];
  for (int i = 0; i < c.n; i++) rotated[i] = own[(i + 1) % c.n];
  CHECK_OK(at_greedy_score_corpus(m, tt, &c, c.n, rotated, 3, &rot));
  CHECK(rot.chrf < 99.0);

  /* the first n pairs only: equal to scoring those n against their references */
  at_greedy_score g4;
  CHECK_OK(at_greedy_score_corpus(m, tt, &c, 4, (const char *const *)own, 2, &g4));
  CHECK(g4.sentences == 4);
  CHECK_NEAR(g4.bleu, 100.0, 1e-9);

  /* edges */
  at_greedy_score z;
  CHECK_OK(at_greedy_score_corpus(m, tt, &c, 0, (const char *const *)refs, 0, &z));
  CHECK(z.sentences == 0);
  CHECK_STATUS(at_greedy_score_corpus(m, tt, &c, c.n + 1, (const char *const *)refs, 0, &z), AT_ERR_INVALID_ARG);
  CHECK_STATUS(at_greedy_score_corpus(NULL, tt, &c, 1, (const char *const *)refs, 0, &z), AT_ERR_INVALID_ARG);

  at_lines_free(own, c.n);
  at_lines_free(refs, c.n);
  at_lines_free(NULL, 3);
  at_model_free(m);
  at_corpus_free(&c);
  at_tokenizer_free(ts);
  at_tokenizer_free(tt);
  CHECK_DONE();
}
