/* model/: at_model_attention_maps (issue 10). On tiny random models:
 *   - a Transformer encoder and decoder give encoder self-attention (L, H, S, S),
 *     decoder self-attention (L, H, T+1, T+1) and cross-attention (L, H, T+1, S),
 *     every row a distribution, the decoder's causal (0 beyond the diagonal);
 *   - the cross-attention rows equal at_model_step's replayed with teacher forcing
 *     (the step's attention rows 1 + l*H + h, step t = row t);
 *   - the call leaves the model alone: at_model_arena_used is unchanged and a
 *     backward after it gives bitwise the gradients of a backward without it;
 *   - threads on one const model, each with its own arena, give bitwise the
 *     serial maps;
 *   - rnn-sa reports its self-attention layers, a recurrent encoder and decoder
 *     none (layers 0), and bad lengths are an error. */
#include <stdlib.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#include "check.h"
#include "model_util.h"

enum { NPAIR = 8, S_MAX = 9, T_MAX = 8 };

typedef struct pair {
  int src[S_MAX], S, tgt[T_MAX], T;
} pair;

static pair pairs[NPAIR];

static void make_pairs(const at_model_config *c) {
  at_rng rng;
  at_rng_seed(&rng, 21, 3);
  for (int k = 0; k < NPAIR; k++) {
    pair *p = &pairs[k];
    p->S = 2 + (int)at_rng_below(&rng, S_MAX - 2);
    p->T = (int)at_rng_below(&rng, T_MAX);
    for (int i = 0; i < p->S - 1; i++) p->src[i] = MU_FIRST_ID + (int)at_rng_below(&rng, (uint32_t)(c->src_vocab - MU_FIRST_ID));
    p->src[p->S - 1] = MU_EOS;
    for (int i = 0; i < p->T; i++) p->tgt[i] = MU_FIRST_ID + (int)at_rng_below(&rng, (uint32_t)(c->tgt_vocab - MU_FIRST_ID));
  }
}

static at_model *make_model(const at_model_config *c) {
  at_model *m = NULL;
  CHECK_OK(at_model_create(c, &m));
  if (m) at_model_init_params(m, 5, 0.3f);
  return m;
}

/* Rows of every layer and head are distributions; causal: zeros beyond the diagonal. */
static void check_rows(const at_attention_map *mp, int causal, const char *what) {
  double worst = 0;
  int leaks = 0;
  for (int k = 0; k < mp->layers * mp->heads; k++)
    for (int i = 0; i < mp->rows; i++) {
      const float *r = mp->w + ((size_t)k * mp->rows + i) * mp->cols;
      double s = 0;
      for (int j = 0; j < mp->cols; j++) {
        s += r[j];
        if (r[j] < 0 || (causal && j > i && r[j] != 0)) leaks++;
      }
      if (fabs(s - 1) > worst) worst = fabs(s - 1);
    }
  CHECK_MSG(worst < 1e-5, "%s: a row sums to 1 %+g", what, worst);
  CHECK_MSG(leaks == 0, "%s: %d weights negative or beyond the diagonal", what, leaks);
}

/* Cross-attention of the maps vs at_model_step replayed over BOS y_1 .. y_T. */
static void check_step_replay(const at_model *m, const pair *p, const at_attention_maps *mp) {
  const at_model_config *c = at_model_get_config(m);
  int H = c->heads, L = c->dec_layers, R = at_model_attention_rows(m), S = p->S, Tt = p->T + 1;
  at_arena a;
  at_arena_init(&a);
  at_encoded *enc = NULL;
  at_dec_state st[2];
  int len = S, sent = 0;
  float *lp = malloc(sizeof(float) * (size_t)c->tgt_vocab), *attn = malloc(sizeof(float) * (size_t)R * S);
  CHECK_OK(at_model_encode(m, p->src, &len, S, 1, &a, &enc));
  CHECK_OK(at_model_state_alloc(m, 1, Tt, &a, &st[0]));
  CHECK_OK(at_model_state_alloc(m, 1, Tt, &a, &st[1]));
  double worst = 0;
  if (enc && lp && attn) {
    CHECK_OK(at_model_state_init(m, enc, &st[0]));
    for (int t = 0; t < Tt; t++) {
      int y = t == 0 ? MU_BOS : p->tgt[t - 1];
      at_arena_mark mark = at_arena_get_mark(&a);
      CHECK_OK(at_model_step(m, enc, t, &sent, &st[t % 2], &y, &st[(t + 1) % 2], lp, attn, &a));
      at_arena_rewind(&a, mark);
      for (int l = 0; l < L; l++)
        for (int h = 0; h < H; h++)
          for (int j = 0; j < S; j++) {
            float want = attn[(size_t)(1 + l * H + h) * S + j];
            float got = mp->cross.w[(((size_t)l * H + h) * Tt + t) * S + j];
            if (fabs(want - got) > worst) worst = fabs(want - got);
          }
    }
  }
  CHECK_MSG(worst < 1e-5, "cross-attention differs from the step replay by %g", worst);
  free(lp);
  free(attn);
  at_arena_free(&a);
}

/* The maps of every pair, copied to one malloc'd array (layers of all kinds in order). */
static float *all_maps(const at_model *m, at_arena *a, size_t *n) {
  size_t cap = 1 << 16, used = 0;
  float *out = malloc(cap * sizeof(float));
  for (int k = 0; k < NPAIR && out; k++) {
    at_arena_reset(a);
    at_attention_maps mp;
    if (at_model_attention_maps(m, pairs[k].src, pairs[k].S, pairs[k].tgt, pairs[k].T, a, &mp) != AT_OK) {
      free(out);
      return NULL;
    }
    const at_attention_map *kinds[3] = {&mp.enc_self, &mp.dec_self, &mp.cross};
    for (int q = 0; q < 3; q++) {
      size_t e = (size_t)kinds[q]->layers * kinds[q]->heads * kinds[q]->rows * kinds[q]->cols;
      if (used + e > cap) {
        free(out);
        return NULL;
      }
      memcpy(out + used, kinds[q]->w, e * sizeof(float));
      used += e;
    }
  }
  *n = used;
  return out;
}

static void test_transformer(void) {
  at_model_config c = mu_config(AT_CELL_GRU, AT_ATTN_LUONG, AT_SCORE_GENERAL, 1, 0, 1, 1, 16, 16);
  c.encoder = AT_ENC_TRANSFORMER, c.decoder = AT_DEC_TRANSFORMER;
  c.heads = 4, c.ff_dim = 32, c.enc_layers = 2, c.dec_layers = 3;
  c.dropout = 0.1f, c.attn_dropout = 0.1f; /* the maps never drop out */
  make_pairs(&c);
  at_model *m = make_model(&c);
  if (!m) return;
  /* a training step first, so the model's arena and training cache are in use */
  at_rng rng;
  at_rng_seed(&rng, 4, 4);
  enum { B = 3 };
  int slen[B] = {4, 6, 3}, tlen[B] = {3, 5, 1};
  mu_batch mb;
  mu_random(&mb, &rng, B, slen, tlen, c.src_vocab, c.tgt_vocab);
  at_params *P = at_model_params(m);
  at_loss l1, l2;
  at_rng r1, r2;
  at_rng_seed(&r1, 9, 9);
  r2 = r1;
  CHECK_OK(at_model_forward(m, &mb.b, 1, &r1, &l1));
  CHECK_OK(at_model_backward(m, 1.0f));
  float *g1 = malloc(P->total * sizeof(float));
  if (!g1) return;
  memcpy(g1, P->grad, P->total * sizeof(float));
  at_params_zero_grad(P);
  CHECK_OK(at_model_forward(m, &mb.b, 1, &r2, &l2));
  size_t used = at_model_arena_used(m);

  at_arena a;
  at_arena_init(&a);
  for (int k = 0; k < NPAIR; k++) {
    const pair *p = &pairs[k];
    at_arena_reset(&a);
    at_attention_maps mp;
    CHECK_OK(at_model_attention_maps(m, p->src, p->S, p->tgt, p->T, &a, &mp));
    CHECK(mp.enc_self.layers == 2 && mp.enc_self.heads == 4 && mp.enc_self.rows == p->S && mp.enc_self.cols == p->S);
    CHECK(mp.dec_self.layers == 3 && mp.dec_self.heads == 4 && mp.dec_self.rows == p->T + 1 &&
          mp.dec_self.cols == p->T + 1);
    CHECK(mp.cross.layers == 3 && mp.cross.heads == 4 && mp.cross.rows == p->T + 1 && mp.cross.cols == p->S);
    if (!mp.enc_self.w || !mp.dec_self.w || !mp.cross.w) continue;
    check_rows(&mp.enc_self, 0, "enc-self");
    check_rows(&mp.dec_self, 1, "dec-self");
    check_rows(&mp.cross, 0, "cross");
    check_step_replay(m, p, &mp);
  }
  CHECK_MSG(at_model_arena_used(m) == used, "the model's arena went from %zu to %zu bytes", used,
            at_model_arena_used(m));
  /* the training cache is intact: the backward gives the same gradients */
  CHECK(l1.loss_sum == l2.loss_sum);
  CHECK_OK(at_model_backward(m, 1.0f));
  CHECK_MSG(!memcmp(g1, P->grad, P->total * sizeof(float)), "gradients changed after at_model_attention_maps");
  free(g1);

  /* threads: one const model, an arena each, bitwise the serial maps */
  size_t n1 = 0;
  float *serial = all_maps(m, &a, &n1);
  CHECK(serial != NULL && n1 > 0);
  int bad = 0;
#pragma omp parallel num_threads(2) reduction(+ : bad)
  {
    at_arena ta;
    at_arena_init(&ta);
    for (int rep = 0; rep < 3; rep++) {
      size_t n2 = 0;
      float *par = all_maps(m, &ta, &n2);
      bad += !par || !serial || n2 != n1 || memcmp(par, serial, n1 * sizeof(float));
      free(par);
    }
    at_arena_free(&ta);
  }
  CHECK_MSG(bad == 0, "%d threaded runs differ from the serial maps", bad);
  free(serial);

  at_attention_maps mp;
  CHECK_STATUS(at_model_attention_maps(m, pairs[0].src, 0, pairs[0].tgt, 1, &a, &mp), AT_ERR_INVALID_ARG);
  CHECK_STATUS(at_model_attention_maps(m, pairs[0].src, 3, pairs[0].tgt, -1, &a, &mp), AT_ERR_INVALID_ARG);
  at_arena_free(&a);
  at_model_free(m);
}

static void test_other_blocks(void) {
  at_model_config c = mu_config(AT_CELL_GRU, AT_ATTN_LUONG, AT_SCORE_GENERAL, 1, 0, 1, 1, 16, 16);
  make_pairs(&c);
  at_arena a;
  at_arena_init(&a);
  for (int k = 0; k < 2; k++) {
    c.encoder = k ? AT_ENC_RNN_SA : AT_ENC_RNN;
    c.heads = k ? 4 : 0, c.enc_layers = 2, c.ff_dim = 32;
    at_model *m = make_model(&c);
    if (!m) continue;
    at_attention_maps mp;
    at_arena_reset(&a);
    CHECK_OK(at_model_attention_maps(m, pairs[1].src, pairs[1].S, pairs[1].tgt, pairs[1].T, &a, &mp));
    CHECK(mp.dec_self.layers == 0 && mp.cross.layers == 0 && !mp.dec_self.w && !mp.cross.w);
    if (k) {
      CHECK(mp.enc_self.layers == 2 && mp.enc_self.heads == 4 && mp.enc_self.rows == pairs[1].S);
      if (mp.enc_self.w) check_rows(&mp.enc_self, 0, "rnn-sa enc-self");
    } else {
      CHECK(mp.enc_self.layers == 0 && !mp.enc_self.w);
    }
    at_model_free(m);
  }
  at_arena_free(&a);
}

int main(void) {
  test_transformer();
  test_other_blocks();
  CHECK_DONE();
}
