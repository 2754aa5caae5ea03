/* A tiny model overfits 20 synthetic pairs (target = reversed source, tokens
 * 4..19 (MU_FIRST_ID..), length 3..8) with a minimal Adam loop: final per-token loss < 0.05
 * (no label smoothing) and greedy decoding through at_model_step reproduces
 * most targets. GRU+Luong (input feeding), LSTM+Bahdanau, a Transformer (pre-
 * and post-norm) and a Transformer encoder with a GRU decoder. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "model_util.h"

enum { NPAIRS = 20, BATCH = 10, MAXLEN = 8, VOCAB = 20 };


/* Greedy decoding of sentence b of the batch; returns 1 when it equals the target. */
static int greedy_matches(at_model *m, const mu_batch *mb, int b, const int *want, int want_len) {
  at_arena a;
  at_arena_init(&a);
  int B = mb->b.B, Ts = mb->b.Ts, src[MU_MAX_T] = {0}, len = mb->src_len[b], V = VOCAB, ok = 1, y = MU_BOS, sent = 0;
  for (int t = 0; t < len; t++) src[t] = mb->src[t * B + b];
  (void)Ts;
  at_encoded *enc = NULL;
  at_dec_state st[2];
  float lp[VOCAB];
  CHECK_OK(at_model_encode(m, src, &len, len, 1, &a, &enc));
  CHECK_OK(at_model_state_alloc(m, 1, want_len + 1, &a, &st[0]));
  CHECK_OK(at_model_state_alloc(m, 1, want_len + 1, &a, &st[1]));
  CHECK_OK(at_model_state_init(m, enc, &st[0]));
  for (int t = 0; t <= want_len && ok; t++) {
    CHECK_OK(at_model_step(m, enc, t, &sent, &st[t % 2], &y, &st[(t + 1) % 2], lp, NULL, &a));
    y = 0;
    for (int v = 1; v < V; v++)
      if (lp[v] > lp[y]) y = v;
    ok = y == (t == want_len ? MU_EOS : want[t]);
  }
  at_arena_free(&a);
  return ok;
}

static void overfit(at_model_config c, const char *label, int steps, float lr) {
  at_model *m = NULL;
  CHECK_OK(at_model_create(&c, &m));
  if (!m) return;
  at_model_init_params(m, 42, 0.1f);
  at_params *P = at_model_params(m);
  at_rng rng;
  at_rng_seed(&rng, 2024, 0);
  /* 20 pairs: 2 batches of 10 */
  static int src[NPAIRS][MAXLEN], tgt[NPAIRS][MAXLEN];
  int len[NPAIRS];
  mu_batch mb[2];
  for (int k = 0; k < 2; k++) {
    const int *sp[BATCH], *tp[BATCH];
    for (int i = 0; i < BATCH; i++) {
      int p = k * BATCH + i;
      len[p] = 3 + (int)at_rng_below(&rng, 6);
      for (int t = 0; t < len[p]; t++) src[p][t] = MU_FIRST_ID + (int)at_rng_below(&rng, VOCAB - MU_FIRST_ID);
      for (int t = 0; t < len[p]; t++) tgt[p][t] = src[p][len[p] - 1 - t];
      sp[i] = src[p], tp[i] = tgt[p];
    }
    mu_fill(&mb[k], BATCH, sp, &len[k * BATCH], tp, &len[k * BATCH]);
  }
  mu_adam opt = {calloc(P->total, sizeof(float)), calloc(P->total, sizeof(float)), 0};
  double t0 = at_now(), per_token = 0;
  for (int s = 0; s < steps; s++) {
    at_params_zero_grad(P);
    double loss = 0;
    long ntok = 0;
    for (int k = 0; k < 2; k++) {
      at_loss l;
      CHECK_OK(at_model_forward(m, &mb[k].b, 1, &rng, &l));
      CHECK_OK(at_model_backward(m, 1.0f / 100.0f));
      loss += l.loss_sum, ntok += l.ntokens;
    }
    per_token = loss / ntok;
    mu_adam_step(&opt, P, lr);
    if (per_token < 0.01) break;
  }
  /* final loss, no dropout */
  double loss = 0;
  long ntok = 0;
  for (int k = 0; k < 2; k++) {
    at_loss l;
    CHECK_OK(at_model_forward(m, &mb[k].b, 0, NULL, &l));
    loss += l.loss_sum, ntok += l.ntokens;
  }
  per_token = loss / ntok;
  int matches = 0;
  for (int p = 0; p < NPAIRS; p++) matches += greedy_matches(m, &mb[p / BATCH], p % BATCH, tgt[p], len[p]);
  printf("%-24s %d steps, %.1f s: per-token loss %.4f, greedy exact %d/%d\n", label, opt.t, at_now() - t0,
         per_token, matches, NPAIRS);
  CHECK_MSG(per_token < 0.05, "%s: loss %g", label, per_token);
  CHECK_MSG(matches >= 18, "%s: only %d/%d decoded exactly", label, matches, NPAIRS);
  free(opt.m), free(opt.v);
  at_model_free(m);
}

int main(void) {
  at_model_config c = mu_config(AT_CELL_GRU, AT_ATTN_LUONG, AT_SCORE_GENERAL, 1, 0, 1, 1, 16, 32);
  c.src_vocab = c.tgt_vocab = VOCAB, c.label_smoothing = 0;
  overfit(c, "gru luong general feed", 600, 0.02f);
  c = mu_config(AT_CELL_LSTM, AT_ATTN_BAHDANAU, AT_SCORE_CONCAT, 0, 0, 1, 1, 16, 32);
  c.src_vocab = c.tgt_vocab = VOCAB, c.label_smoothing = 0, c.attn_dim = 16;
  overfit(c, "lstm bahdanau concat", 600, 0.02f);
  /* a tiny Transformer (pre-norm) and a Transformer encoder with an rnn decoder */
  c = mu_config(AT_CELL_GRU, AT_ATTN_LUONG, AT_SCORE_GENERAL, 1, 0, 1, 1, 32, 32);
  c.src_vocab = c.tgt_vocab = VOCAB, c.label_smoothing = 0;
  c.encoder = AT_ENC_TRANSFORMER, c.decoder = AT_DEC_TRANSFORMER, c.heads = 4, c.ff_dim = 64;
  c.enc_layers = c.dec_layers = 2;
  overfit(c, "transformer", 600, 0.005f);
  c.norm = AT_NORM_POST;
  overfit(c, "transformer post-norm", 600, 0.005f);
  c.decoder = AT_DEC_RNN, c.norm = AT_NORM_PRE;
  overfit(c, "transformer+gru", 1000, 0.01f);
  CHECK_DONE();
}
