/* decoder/translate.c: a checkpoint whose tokenizers do not match the model's
 * vocabulary is refused when it is opened (issue 13, item 3). Before, a target
 * tokenizer smaller than tgt_vocab was accepted, and translating failed on a
 * worker thread with the message lost ("translating: invalid argument").
 *
 * Builds, in ATTEND_TMP, checkpoints from the committed 500-piece tokenizers
 * data/spm/tiny.{es,en}.model with an untrained model of tgt_vocab 600 (then
 * src_vocab 600), and checks that at_translator_open and `attend translate
 * -t 2` (several runs) fail with AT_ERR_CHECKPOINT naming the file and both
 * sizes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "decoder/decoder.h"
#include "model/model.h"
#include "tokenizer/tokenizer.h"

static at_status make_ckpt(const char *path, const at_tokenizer *ts, const at_tokenizer *tt, int src_vocab,
                           int tgt_vocab) {
  at_model_config cfg;
  at_model_config_default(&cfg);
  cfg.src_vocab = src_vocab, cfg.tgt_vocab = tgt_vocab;
  cfg.cell = AT_CELL_GRU, cfg.attention = AT_ATTN_LUONG, cfg.score = AT_SCORE_GENERAL;
  cfg.emb_dim = 8, cfg.hidden_dim = 8, cfg.dropout = 0;
  at_model *m = NULL;
  at_status st = at_model_create(&cfg, &m);
  if (st) return st;
  at_model_init_params(m, 1, 0.1f);
  /* make the model emit an id the 500-piece target tokenizer lacks, as the
   * issue's model did, so a checkpoint that opened would fail to translate */
  const at_param_info *b = at_params_find(at_model_params(m), "output/b");
  if (b && tgt_vocab > 550) at_model_params(m)->data[b->offset + 550] = 50.0f;
  at_checkpoint ck;
  at_checkpoint_init(&ck);
  ck.config = *at_model_get_config(m);
  const void *bs, *bt;
  st = at_tokenizer_bytes(ts, &bs, &ck.spm_src_size);
  if (!st) st = at_tokenizer_bytes(tt, &bt, &ck.spm_tgt_size);
  if (!st) {
    ck.spm_src = (void *)bs, ck.spm_tgt = (void *)bt;
    ck.params = at_model_params(m);
    st = at_checkpoint_save(path, &ck);
  }
  at_model_free(m);
  return st;
}

/* at_translator_open and the CLI (runs times, -t 2) refuse path with want in
 * the message. */
static void check_refused(const char *path, const char *want, const char *tmp, const char *attend, int runs) {
  at_translator_options o;
  at_translator_options_default(&o);
  o.threads = 2;
  at_translator *tr = NULL;
  const char *paths[1] = {path};
  CHECK_STATUS(at_translator_open(paths, 1, &o, &tr), AT_ERR_CHECKPOINT);
  CHECK(tr == NULL);
  CHECK_MSG(strstr(at_last_error(), want) && strstr(at_last_error(), path), "got \"%s\"", at_last_error());
  at_translator_close(tr);
  if (!attend) return;
  char in[4096], err[4096], cmd[16384];
  snprintf(in, sizeof in, "%s/in.txt", tmp);
  snprintf(err, sizeof err, "%s/err.txt", tmp);
  FILE *f = fopen(in, "w");
  CHECK(f != NULL);
  if (!f) return;
  for (int i = 0; i < 64; i++) fprintf(f, "En el principio creó Dios los cielos y la tierra %d.\n", i);
  fclose(f);
  snprintf(cmd, sizeof cmd, "'%s' translate --model '%s' -t 2 -i '%s' -o /dev/null 2>'%s'", attend, path, in, err);
  for (int r = 0; r < runs; r++) {
    int rc = system(cmd);
    CHECK_MSG(rc != 0, "run %d: attend translate succeeded", r);
    char msg[4096] = "";
    FILE *e = fopen(err, "r");
    if (e) {
      size_t n = fread(msg, 1, sizeof msg - 1, e);
      msg[n] = '\0';
      fclose(e);
    }
    CHECK_MSG(strstr(msg, want) != NULL, "run %d: stderr \"%s\" lacks \"%s\"", r, msg, want);
  }
}

int main(void) {
  const char *src = getenv("ATTEND_SRC"), *tmp = getenv("ATTEND_TMP"), *attend = getenv("ATTEND");
  if (!src) src = ".";
  if (!tmp) tmp = "/tmp";
  char cmd[4200];
  snprintf(cmd, sizeof cmd, "mkdir -p '%s'", tmp);
  if (system(cmd) != 0) return 1;
  char p_es[4096], p_en[4096], tgt_big[4096], src_big[4096];
  snprintf(p_es, sizeof p_es, "%s/data/spm/tiny.es.model", src);
  snprintf(p_en, sizeof p_en, "%s/data/spm/tiny.en.model", src);
  snprintf(tgt_big, sizeof tgt_big, "%s/tgt600.h5", tmp);
  snprintf(src_big, sizeof src_big, "%s/src600.h5", tmp);
  at_tokenizer *ts = NULL, *tt = NULL;
  CHECK_OK(at_tokenizer_load(p_es, &ts));
  CHECK_OK(at_tokenizer_load(p_en, &tt));
  if (!ts || !tt) CHECK_DONE();
  CHECK(at_tokenizer_vocab_size(ts) == 500 && at_tokenizer_vocab_size(tt) == 500);
  CHECK_OK(make_ckpt(tgt_big, ts, tt, 500, 600));
  CHECK_OK(make_ckpt(src_big, ts, tt, 600, 500));
  check_refused(tgt_big, "target tokenizer has 500 pieces, the model's tgt_vocab is 600", tmp, attend, 8);
  check_refused(src_big, "source tokenizer has 500 pieces, the model's src_vocab is 600", tmp, attend, 2);
  /* the matching sizes open */
  char ok[4096];
  snprintf(ok, sizeof ok, "%s/ok.h5", tmp);
  CHECK_OK(make_ckpt(ok, ts, tt, 500, 500));
  at_translator_options o;
  at_translator_options_default(&o);
  at_translator *tr = NULL;
  const char *paths[1] = {ok};
  CHECK_OK(at_translator_open(paths, 1, &o, &tr));
  at_translator_close(tr);
  at_tokenizer_free(ts);
  at_tokenizer_free(tt);
  CHECK_DONE();
}
