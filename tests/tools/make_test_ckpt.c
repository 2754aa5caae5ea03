/* attend_make_test_ckpt: writes a small trained checkpoint for the CLI and
 * install tests, without depending on `attend train`.
 *
 *   attend_make_test_ckpt SRC_TREE OUT.h5 [STEPS]
 *
 * Builds a GRU + Luong (general score, input feeding) model with E=32, H=64
 * over the committed tokenizers data/spm/tiny.{es,en}.model (500 pieces
 * each), trains it with Adam for STEPS (default 300) batches of 32 pairs drawn
 * from the first 300 kept pairs of data/bible/train.{es,en} (pairs with a side over
 * 30 pieces are dropped), and saves config, both tokenizers and parameters.
 * The source convention is train/'s: pieces + EOS (at_corpus_load appends
 * it), which is what decoder/translate.c feeds the model. Deterministic for a
 * given STEPS (fixed seeds, one thread). Exit status 0 on success, 1 on failure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "tokenizer/tokenizer.h"
#include "train/train.h"

enum { FIRST_PAIRS = 300, MAX_LEN = 30, BATCH = 32, DEFAULT_STEPS = 300 };

typedef struct mk_batch {
  int src[(MAX_LEN + 1) * BATCH], src_len[BATCH];     /* (Ts, B), (B) */
  int tgt_in[(MAX_LEN + 1) * BATCH], tgt_out[(MAX_LEN + 1) * BATCH], tgt_len[BATCH]; /* (Tt, B) x2, (B) */
  at_batch b;
} mk_batch;

static int fail(const char *what, at_status s) {
  fprintf(stderr, "attend_make_test_ckpt: %s: %s\n", what, *at_last_error() ? at_last_error() : at_status_str(s));
  return 1;
}

/* Fills mb with pairs idx[0..B) of the corpus: source ids as stored (ending
 * with EOS), targets shifted with BOS/EOS; time-major, pad 0. */
static void fill_batch(const at_corpus *c, const int *idx, int B, mk_batch *mb) {
  int Ts = 1, Tt = 1;
  for (int b = 0; b < B; b++) {
    mb->src_len[b] = c->src_len[idx[b]];
    mb->tgt_len[b] = c->tgt_len[idx[b]] + 1;
    if (mb->src_len[b] > Ts) Ts = mb->src_len[b];
    if (mb->tgt_len[b] > Tt) Tt = mb->tgt_len[b];
  }
  for (int b = 0; b < B; b++) {
    const int *s = c->ids + c->off[idx[b]], *y = s + c->src_len[idx[b]];
    int n = c->tgt_len[idx[b]];
    for (int t = 0; t < Ts; t++) mb->src[t * B + b] = t < mb->src_len[b] ? s[t] : AT_PAD_ID;
    for (int t = 0; t < Tt; t++) {
      mb->tgt_in[t * B + b] = t == 0 ? AT_BOS_ID : t <= n ? y[t - 1] : AT_PAD_ID;
      mb->tgt_out[t * B + b] = t < n ? y[t] : t == n ? AT_EOS_ID : AT_PAD_ID;
    }
  }
  at_batch bt = {B, Ts, Tt, mb->src, mb->src_len, mb->tgt_in, mb->tgt_out, mb->tgt_len};
  mb->b = bt;
}

/* Adam on random batches of the first `pool` pairs; returns the status. */
static at_status train(at_model *m, const at_corpus *c, int pool, int steps) {
  at_params *P = at_model_params(m);
  at_optim_config oc;
  at_optim_config_default(&oc);
  at_optimizer opt;
  at_status st = at_optim_init(&opt, &oc, P->total);
  if (st) return st;
  static mk_batch mb;
  at_rng rng;
  at_rng_seed(&rng, 5, 1);
  double t0 = at_now(), nll = 0;
  long ntok = 0;
  for (int step = 1; step <= steps && !st; step++) {
    int idx[BATCH];
    for (int b = 0; b < BATCH; b++) idx[b] = (int)at_rng_below(&rng, (uint32_t)pool);
    fill_batch(c, idx, BATCH, &mb);
    at_loss loss;
    at_params_zero_grad(P);
    if ((st = at_model_forward(m, &mb.b, 1, &rng, &loss))) break;
    if ((st = at_model_backward(m, 1.0f / (float)loss.ntokens))) break;
    at_grad_clip(P->grad, P->total, 1.0);
    at_optim_step(&opt, P->data, P->grad, 0.01);
    nll += loss.nll_sum, ntok += loss.ntokens;
    if (step % 50 == 0 || step == steps) {
      fprintf(stderr, "step %d: nll/token %.3f (%.1f s)\n", step, nll / (double)ntok, at_now() - t0);
      nll = 0, ntok = 0;
    }
  }
  at_optim_free(&opt);
  return st;
}

static at_status save(const char *path, at_model *m, const at_tokenizer *ts, const at_tokenizer *tt, int steps) {
  at_checkpoint ck;
  at_checkpoint_init(&ck);
  ck.config = *at_model_get_config(m);
  ck.run_config = "# written by attend_make_test_ckpt (tests/tools/make_test_ckpt.c)\nsrc_eos: true\n";
  const void *bs, *bt;
  at_status st = at_tokenizer_bytes(ts, &bs, &ck.spm_src_size);
  if (!st) st = at_tokenizer_bytes(tt, &bt, &ck.spm_tgt_size);
  if (st) return st;
  ck.spm_src = (void *)bs, ck.spm_tgt = (void *)bt;
  ck.params = at_model_params(m);
  if ((st = at_checkpoint_set_i64(&ck, "step", steps))) return st;
  return at_checkpoint_save(path, &ck);
}

int main(int argc, char **argv) {
  if (argc < 3 || argc > 4) {
    fprintf(stderr, "usage: attend_make_test_ckpt SRC_TREE OUT.h5 [STEPS]\n");
    return 2;
  }
  int steps = argc == 4 ? atoi(argv[3]) : DEFAULT_STEPS;
  if (steps < 0) steps = 0;
  at_set_threads(1); /* the same file for any OMP_NUM_THREADS; fastest on a busy machine */
  char p[4][4096];
  const char *rel[4] = {"data/spm/tiny.es.model", "data/spm/tiny.en.model", "data/bible/train.es",
                        "data/bible/train.en"};
  for (int i = 0; i < 4; i++) snprintf(p[i], sizeof p[i], "%s/%s", argv[1], rel[i]);
  at_tokenizer *ts = NULL, *tt = NULL;
  at_corpus c = {0};
  at_model *m = NULL;
  at_status st;
  int rc = 1;
  if ((st = at_tokenizer_load(p[0], &ts)) || (st = at_tokenizer_load(p[1], &tt))) {
    rc = fail("loading tokenizers", st);
    goto out;
  }
  if ((st = at_corpus_load(p[2], p[3], ts, tt, MAX_LEN, &c, NULL))) {
    rc = fail("reading the corpus", st);
    goto out;
  }
  at_model_config cfg;
  at_model_config_default(&cfg);
  cfg.src_vocab = at_tokenizer_vocab_size(ts), cfg.tgt_vocab = at_tokenizer_vocab_size(tt);
  cfg.cell = AT_CELL_GRU, cfg.attention = AT_ATTN_LUONG, cfg.score = AT_SCORE_GENERAL;
  cfg.emb_dim = 32, cfg.hidden_dim = 64, cfg.dropout = 0, cfg.label_smoothing = 0.1f;
  if ((st = at_model_create(&cfg, &m))) {
    rc = fail("creating the model", st);
    goto out;
  }
  at_model_init_params(m, 1, 0.1f);
  if ((st = train(m, &c, c.n < FIRST_PAIRS ? c.n : FIRST_PAIRS, steps))) {
    rc = fail("training", st);
    goto out;
  }
  if ((st = save(argv[2], m, ts, tt, steps))) {
    rc = fail(argv[2], st);
    goto out;
  }
  rc = 0;
out:
  at_model_free(m);
  at_corpus_free(&c);
  at_tokenizer_free(ts);
  at_tokenizer_free(tt);
  return rc;
}
