/* Helpers shared by the model tests: tiny configurations and random padded
 * batches (time-major, with the real special ids of tokenizer/tokenizer.h:
 * pad 0, unk 1, bos 2, eos 3; at_batch's tgt_in = BOS y.., tgt_out = y.. EOS). */
#ifndef ATTEND_TESTS_MODEL_UTIL_H
#define ATTEND_TESTS_MODEL_UTIL_H

#include <math.h>
#include <string.h>

#include "model/model.h"
#include "tokenizer/tokenizer.h"

/* The special ids the toolkit uses (tokenizer/tokenizer.h), and the first
 * ordinary id: random tokens are drawn from MU_FIRST_ID..vocab-1, never a
 * special id by accident. */
#define MU_PAD AT_PAD_ID
#define MU_UNK AT_UNK_ID
#define MU_BOS AT_BOS_ID
#define MU_EOS AT_EOS_ID
#define MU_FIRST_ID 4
_Static_assert(MU_PAD == 0 && MU_UNK == 1 && MU_BOS == 2 && MU_EOS == 3,
               "tests assume the special ids pad 0, unk 1, bos 2, eos 3 (tokenizer/tokenizer.h)");
_Static_assert(MU_FIRST_ID > MU_PAD && MU_FIRST_ID > MU_UNK && MU_FIRST_ID > MU_BOS && MU_FIRST_ID > MU_EOS,
               "ordinary ids start after every special id");

#define MU_MAX_T 24
#define MU_MAX_B 16

typedef struct mu_batch {
  at_batch b;
  int src[MU_MAX_T * MU_MAX_B], src_len[MU_MAX_B];
  int tgt_in[MU_MAX_T * MU_MAX_B], tgt_out[MU_MAX_T * MU_MAX_B], tgt_len[MU_MAX_B];
} mu_batch;

/* Points mb->b at mb's arrays. */
static inline void mu_bind(mu_batch *mb, int B, int Ts, int Tt) {
  mb->b.B = B, mb->b.Ts = Ts, mb->b.Tt = Tt;
  mb->b.src = mb->src, mb->b.src_len = mb->src_len;
  mb->b.tgt_in = mb->tgt_in, mb->b.tgt_out = mb->tgt_out, mb->b.tgt_len = mb->tgt_len;
}

/* Fills a batch from given sentences: src[b] (slen[b] ids) and tgt[b] (tlen[b]
 * ids, without BOS/EOS); tgt_in = MU_BOS y.., tgt_out = y.. MU_EOS, pad MU_PAD. */
static inline void mu_fill(mu_batch *mb, int B, const int *const *src, const int *slen, const int *const *tgt,
                           const int *tlen) {
  int Ts = 1, Tt = 1;
  for (int b = 0; b < B; b++) {
    if (slen[b] > Ts) Ts = slen[b];
    if (tlen[b] + 1 > Tt) Tt = tlen[b] + 1;
  }
  memset(mb, 0, sizeof(*mb));
  mu_bind(mb, B, Ts, Tt);
  for (int b = 0; b < B; b++) {
    mb->src_len[b] = slen[b];
    mb->tgt_len[b] = tlen[b] + 1;
    for (int t = 0; t < slen[b]; t++) mb->src[t * B + b] = src[b][t];
    for (int t = 0; t <= tlen[b]; t++) {
      mb->tgt_in[t * B + b] = t == 0 ? MU_BOS : tgt[b][t - 1];
      mb->tgt_out[t * B + b] = t == tlen[b] ? MU_EOS : tgt[b][t];
    }
  }
}

/* Random batch: B sentences, lengths given, ids in MU_FIRST_ID..vocab-1. */
static inline void mu_random(mu_batch *mb, at_rng *rng, int B, const int *slen, const int *tlen, int src_vocab,
                             int tgt_vocab) {
  static int s[MU_MAX_B][MU_MAX_T], t[MU_MAX_B][MU_MAX_T];
  const int *sp[MU_MAX_B], *tp[MU_MAX_B];
  for (int b = 0; b < B; b++) {
    for (int i = 0; i < slen[b]; i++)
      s[b][i] = MU_FIRST_ID + (int)at_rng_below(rng, (uint32_t)(src_vocab - MU_FIRST_ID));
    for (int i = 0; i < tlen[b]; i++)
      t[b][i] = MU_FIRST_ID + (int)at_rng_below(rng, (uint32_t)(tgt_vocab - MU_FIRST_ID));
    sp[b] = s[b], tp[b] = t[b];
  }
  mu_fill(mb, B, sp, slen, tp, tlen);
}

/* A minimal Adam for the learning tests (the trainer's own is train/optim.c). */
typedef struct mu_adam {
  float *m, *v; /* (P->total) each, zeroed */
  int t;
} mu_adam;

static inline void mu_adam_step(mu_adam *a, at_params *P, float lr) {
  const float b1 = 0.9f, b2 = 0.999f, eps = 1e-8f;
  a->t++;
  float c1 = 1.0f - powf(b1, (float)a->t), c2 = 1.0f - powf(b2, (float)a->t);
  for (size_t i = 0; i < P->total; i++) {
    float g = P->grad[i];
    a->m[i] = b1 * a->m[i] + (1 - b1) * g;
    a->v[i] = b2 * a->v[i] + (1 - b2) * g * g;
    P->data[i] -= lr * (a->m[i] / c1) / (sqrtf(a->v[i] / c2) + eps);
  }
}

/* A tiny configuration. */
static inline at_model_config mu_config(at_cell_type cell, at_attn_type attn, at_score_type score, int feeding,
                                        int tie, int layers, int bidir, int E, int H) {
  at_model_config c;
  at_model_config_default(&c);
  c.src_vocab = 11, c.tgt_vocab = 13;
  c.cell = cell, c.attention = attn, c.score = score, c.input_feeding = feeding;
  c.tie_embeddings = tie, c.layers = layers, c.bidirectional = bidir;
  c.emb_dim = E, c.hidden_dim = H, c.attn_dim = 5;
  c.dropout = 0, c.label_smoothing = 0.1f;
  return c;
}

#endif
