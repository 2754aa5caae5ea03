/* The recurrent decoder block: bridge, stacked cells, attention in the Luong
 * or Bahdanau wiring (or none) and the combiner ~h = tanh(W_c [c; h]).
 * One step function (at__rnn_step) serves the training forward (with a
 * cache) and search (the block's `step`, no cache).
 *
 * Names: H hidden_dim, E emb_dim, L layers, G gates, GH = G*H, F = the
 * width of the layer-0 input beyond the embedding (H for Luong input feeding
 * and Bahdanau context, else 0), in0 = E + F.
 *
 * State blocks: "h/l<k>" (N, H) for every layer, "c/l<k>" for LSTM, "feed"
 * (N, H) the previous attentional state with Luong input feeding. */
#include <stdio.h>
#include <string.h>

#include "model/blocks/blocks.h"

typedef struct at__rnn_dec {
  at_attn_type attention;
  int feeding, lstm, dense_bridge;
  int H, E, L, G, F, in0;
  float dropout;
  at_linear bridge_h[AT_MAX_LAYERS], bridge_c[AT_MAX_LAYERS];
  at_rnn cell[AT_MAX_LAYERS];
  at_attention attn;            /* as configured */
  at_attention attn_soft;       /* the same parameters attending softly (hard_soft_fraction batches) */
  int hard;
  float soft_fraction, reinforce, entropy, baseline_decay;
  at_linear combine;
  size_t rnn_sc; /* step cache floats per row */
  const at_qmap *q; /* int8 decoding (at__rnn_use_int8), or NULL */
} at__rnn_dec;

/* Per-sentence memory (prepare). */
typedef struct at__rnn_mem {
  const at_enc_out *enc;     /* keys = enc->out (Ts, B, H), src_len */
  float *pkeys;              /* (Ts, B, P) projected keys, NULL for attention none */
  float *h0;                 /* (L, B, H) initial states */
  float *c0;                 /* (L, B, H) LSTM, else NULL */
} at__rnn_mem;

/* What backward needs from the training forward (arena memory). */
typedef struct at__rnn_cache {
  int B, Ts, Tt;
  const float *ye;             /* (Tt, B, E) inputs (not owned) */
  const unsigned char *tmask;  /* (Tt, B) */
  int *sent;                   /* (B) identity map */
  float *gx0;                  /* (Tt, B, GH) layer-0 input projections */
  float *h, *c;                /* (Tt+1, L, B, H) states; c LSTM only */
  float *ht;                   /* (Tt+1, B, H) attentional states; block 0 zeros */
  float *ctx, *alpha;          /* (Tt, B, H), (Tt, B, Ts); attention only */
  float *att_cache;            /* (Tt, B, AC) */
  size_t att_c;                /* AC: attention step cache floats per row */
  float *rnn_cache;            /* (Tt, L, B, SC) */
  float *xin, *dmask;          /* (Tt, L, B, H) inputs of layers l > 0 and their dropout masks */
  float *gx_tmp;               /* (B, GH) scratch */
  const at_attention *att;     /* the attention this batch used */
  int sampled;                 /* hard attention sampled its positions (REINFORCE applies) */
} at__rnn_cache;

/* One step's buffers. Inference leaves the cache fields NULL. */
typedef struct at__step {
  int N, t;                    /* rows, step index */
  const at_attention *att;     /* the attention descriptor in use */
  at_rng *sample_rng;          /* hard attention: sample positions (training), else argmax */
  const at_attention_rl *rl;   /* backward: hard attention's score signal, or NULL */
  const int *sent;             /* (N) hypothesis -> sentence */
  const unsigned char *mask;   /* (N) or NULL: rows with 0 keep their state */
  const at__rnn_mem *mem;
  float *gx0;                  /* (N, GH) in: embedding part + b_ih; completed in place */
  const float *h_in[AT_MAX_LAYERS], *c_in[AT_MAX_LAYERS]; /* (N, H) each; c LSTM only */
  const float *feed_in;        /* (N, H) Luong input feeding, else NULL */
  float *h_out[AT_MAX_LAYERS], *c_out[AT_MAX_LAYERS];
  float *ctx, *alpha;          /* (N, H), (N, Ts); attention only */
  float *ht;                   /* (N, H) attentional state ~h */
  float *gx_tmp;               /* (N, GH) scratch */
  float *xin;                  /* (L, N, H) inputs of layers l > 0 */
  float *rnn_cache;            /* (L, N, SC) or NULL */
  float *dmask;                /* (L, N, H) or NULL (no dropout) */
  float *att_cache;            /* (N, AC) or NULL */
  at_rng *rng;                 /* dropout between layers, or NULL */
} at__step;

static int at__has_attn(const at__rnn_dec *D) { return D->attention != AT_ATTN_NONE; }
static size_t at__f(size_t n) { return at_arena_round(n * sizeof(float)); }

/* y (N, D) += b (D) per row */
static void at__add_bias(float *y, const float *b, int N, int D) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < D; j++) y[(size_t)i * D + j] += b[j];
}

/* out (D) += column sums of x (N, D) */
static void at__colsum_add(const float *x, int N, int D, float *out) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < D; j++) out[j] += x[(size_t)i * D + j];
}

static void at__axpy(float *y, const float *x, size_t n) {
  for (size_t i = 0; i < n; i++) y[i] += x[i];
}

/* gx0 (N, GH) = emb (N, E) W_ih[:, :E]^T + b_ih of layer 0: the embedding
 * part of the input projection, for all rows in one GEMM. */
static void at__gx0_embed(const at__rnn_dec *D, const float *params, const float *emb, int N, float *gx0) {
  const at_rnn *R = &D->cell[0];
  int GH = R->gates * D->H;
  at_gemm_wt(D->q, N, GH, D->E, emb, D->E, params + R->W_ih, D->in0, 0.0f, gx0, GH);
  at__add_bias(gx0, params + R->b_ih, N, GH);
}

/* ---- declaration ---------------------------------------------------------------- */
static at_status at__rnn_declare(void *self, const at_model_config *cfg, int emb_dim, int enc_dim, at_params *P) {
  at__rnn_dec *D = self;
  memset(D, 0, sizeof(*D));
  D->attention = (at_attn_type)cfg->attention;
  D->feeding = cfg->attention == AT_ATTN_LUONG && cfg->input_feeding;
  D->lstm = cfg->cell == AT_CELL_LSTM;
  D->dense_bridge = cfg->bridge == AT_BRIDGE_DENSE;
  D->H = cfg->hidden_dim, D->E = emb_dim, D->L = cfg->layers;
  D->G = cfg->cell == AT_CELL_LSTM ? 4 : cfg->cell == AT_CELL_GRU ? 3 : 1;
  D->F = (D->feeding || cfg->attention == AT_ATTN_BAHDANAU) ? D->H : 0;
  D->in0 = D->E + D->F;
  D->dropout = cfg->dropout;
  if (enc_dim != D->H)
    return at_fail(AT_ERR_INVALID_ARG, "rnn decoder: encoder width %d != hidden_dim %d", enc_dim, D->H);
  char name[64];
  at_status s = AT_OK;
  for (int l = 0; l < D->L && s == AT_OK; l++) {
    if (D->dense_bridge) {
      snprintf(name, sizeof name, "bridge/l%d/h", l);
      s = at_linear_declare(&D->bridge_h[l], P, name, D->H, D->H, 1, AT_ACT_TANH);
      if (s == AT_OK && D->lstm) {
        snprintf(name, sizeof name, "bridge/l%d/c", l);
        s = at_linear_declare(&D->bridge_c[l], P, name, D->H, D->H, 1, AT_ACT_TANH);
      }
    }
    snprintf(name, sizeof name, "decoder/l%d", l);
    if (s == AT_OK) s = at_rnn_declare(&D->cell[l], P, name, cfg->cell, l == 0 ? D->in0 : D->H, D->H);
  }
  int A = cfg->attn_dim > 0 ? cfg->attn_dim : D->H;
  if (s == AT_OK && at__has_attn(D))
    s = cfg->heads > 0 ? at_attention_declare_heads(&D->attn, P, "attention", cfg->score, D->H, D->H, cfg->heads)
                       : at_attention_declare(&D->attn, P, "attention", cfg->score, D->H, D->H, A);
  if (s == AT_OK && at__has_attn(D))
    s = at_attention_set_locality(&D->attn, P, "attention", (at_locality_type)cfg->locality, cfg->window, A);
  if (s == AT_OK && at__has_attn(D))
    s = at_attention_set_mode(&D->attn, "attention", (at_attn_mode)cfg->attn_mode, cfg->topk);
  D->attn_soft = D->attn;
  D->attn_soft.mode = AT_MODE_SOFT;
  D->hard = at__has_attn(D) && cfg->attn_mode == AT_MODE_HARD;
  D->soft_fraction = cfg->hard_soft_fraction, D->reinforce = cfg->hard_reinforce;
  D->entropy = cfg->hard_entropy, D->baseline_decay = cfg->hard_baseline_decay;
  if (s == AT_OK)
    s = at_linear_declare(&D->combine, P, "combine", at__has_attn(D) ? 2 * D->H : D->H, D->H, 0, AT_ACT_TANH);
  D->rnn_sc = at_rnn_step_cache_floats(&D->cell[0]);
  return s;
}

static int at__rnn_out_dim(const void *self) { return ((const at__rnn_dec *)self)->H; }

static int at__rnn_attn_rows(const void *self) {
  const at__rnn_dec *D = self;
  return at__has_attn(D) && D->attn.heads > 0 ? 1 + D->attn.heads : 1;
}

/* ---- prepare: projected keys and the bridge --------------------------------------- */
static size_t at__rnn_prepare_bytes(const void *self, int B, int Ts) {
  const at__rnn_dec *D = self;
  size_t n = (size_t)B * Ts, BH = (size_t)B * D->H;
  size_t b = (1 + D->lstm) * at__f(D->L * BH);
  if (at__has_attn(D)) b += at__f(n * at_attention_pkey_dim(&D->attn));
  return b;
}

static at_status at__rnn_prepare(const void *self, const float *params, const at_enc_out *enc, void *memory,
                                 at_arena *a) {
  const at__rnn_dec *D = self;
  at__rnn_mem *M = memory;
  size_t n = (size_t)enc->Ts * enc->B, BH = (size_t)enc->B * D->H;
  memset(M, 0, sizeof(*M));
  M->enc = enc;
  if (at__has_attn(D)) {
    M->pkeys = at_arena_floats(a, n * at_attention_pkey_dim(&D->attn));
    if (!M->pkeys) return at_fail(AT_ERR_NOMEM, "projected keys");
    at_attention_project_keys(&D->attn, params, enc->out, enc->Ts, enc->B, M->pkeys);
  }
  M->h0 = at_arena_zeros(a, D->L * BH);
  M->c0 = D->lstm ? at_arena_zeros(a, D->L * BH) : NULL;
  if (!M->h0 || (D->lstm && !M->c0)) return at_fail(AT_ERR_NOMEM, "decoder initial states");
  if (!D->dense_bridge) return AT_OK;
  if (enc->layers < D->L) return at_fail(AT_ERR_INVALID_ARG, "bridge: encoder has %d layers, decoder %d", enc->layers, D->L);
  for (int l = 0; l < D->L; l++) {
    at_linear_forward(&D->bridge_h[l], params, enc->h_final[l], D->H, NULL, enc->B, M->h0 + l * BH);
    if (M->c0) at_linear_forward(&D->bridge_c[l], params, enc->c_final[l], D->H, NULL, enc->B, M->c0 + l * BH);
  }
  return AT_OK;
}

/* ---- the step, shared by training and search ---------------------------------------- */
static void at__attend(const float *params, const at__step *s, const float *q, at_arena *scratch) {
  const at_enc_out *e = s->mem->enc;
  at_attention_step_forward(s->att, params, s->t, q, s->N, s->sent, e->out, s->mem->pkeys, e->Ts, e->B, e->src_len,
                            s->sample_rng, s->alpha, s->ctx, s->att_cache, scratch);
}

/* Input projection of layer l > 0 from the layer below (dropout when training). */
static const float *at__upper_gx(const at__rnn_dec *D, const float *params, const at__step *s, int l) {
  size_t NH = (size_t)s->N * D->H;
  const at_rnn *R = &D->cell[l];
  int GH = R->gates * D->H;
  float *x = s->xin + l * NH;
  memcpy(x, s->h_out[l - 1], NH * sizeof(float));
  if (s->dmask) {
    at_dropout_mask_rows(s->rng, D->dropout, s->dmask + l * NH, s->N, D->H, AT_RNG_SITE_DEC_DROPOUT,
                         ((uint64_t)s->t * D->L + (uint64_t)l) * (uint64_t)D->H);
    at_dropout_apply(x, s->dmask + l * NH, x, NH);
  }
  at_gemm_wt(D->q, s->N, GH, D->H, x, D->H, params + R->W_ih, D->H, 0.0f, s->gx_tmp, GH);
  at__add_bias(s->gx_tmp, params + R->b_ih, s->N, GH);
  return s->gx_tmp;
}

/* Scratch of at__rnn_step beyond the step's own buffers. */
static size_t at__rnn_step_scratch(const at__rnn_dec *D, int N, int Ts, int cached) {
  size_t b = 0;
  for (int l = 0; l < D->L; l++) b += at_rnn_step_forward_bytes(&D->cell[l], N);
  if (at__has_attn(D)) b += at_attention_step_forward_bytes(&D->attn, N, Ts, cached);
  return b;
}

static void at__rnn_step(const at__rnn_dec *D, const float *params, const at__step *s, at_arena *scratch) {
  int N = s->N, H = D->H, L = D->L, GH = D->cell[0].gates * H;
  int bahdanau = D->attention == AT_ATTN_BAHDANAU;
  if (bahdanau) at__attend(params, s, s->h_in[L - 1], scratch);
  const float *feed = bahdanau ? s->ctx : s->feed_in;
  if (feed) at_gemm_wt(D->q, N, GH, H, feed, H, params + D->cell[0].W_ih + D->E, D->in0, 1.0f, s->gx0, GH);
  for (int l = 0; l < L; l++) {
    const float *gx = l == 0 ? s->gx0 : at__upper_gx(D, params, s, l);
    at_rnn_step_forward(&D->cell[l], params, gx, s->h_in[l], s->c_in[l], N, s->mask, s->h_out[l], s->c_out[l],
                        s->rnn_cache ? s->rnn_cache + (size_t)l * N * D->rnn_sc : NULL, scratch);
  }
  const float *top = s->h_out[L - 1];
  if (D->attention == AT_ATTN_LUONG) at__attend(params, s, top, scratch);
  if (at__has_attn(D))
    at_linear_forward(&D->combine, params, s->ctx, H, top, N, s->ht);
  else
    at_linear_forward(&D->combine, params, top, H, NULL, N, s->ht);
}

/* Gradients of one step. In: dht (N, H) gradient at ~h (scratch), dh_out/dc_out
 * (L, N, H) gradients at the new state (scratch). ADDS: dgx0 (N, GH), dh_in,
 * dc_in (L, N, H), dfeed_in (N, H) (Luong feeding; NULL = not needed), dkeys,
 * dpkeys. tmp: dctx (N, H), dgx_tmp (N, GH), dx_tmp (N, H). */
typedef struct at__step_grads {
  float *dht, *dh_out, *dc_out, *dgx0, *dh_in, *dc_in, *dfeed_in, *dkeys, *dpkeys;
  float *dctx, *dgx_tmp, *dx_tmp;
} at__step_grads;

static void at__attend_backward(const float *params, float *grads, const at__step *s, const float *q, float *dq,
                                const at__step_grads *g, at_arena *scratch) {
  const at_enc_out *e = s->mem->enc;
  at_attention_step_backward(s->att, params, grads, s->t, q, s->N, s->sent, e->out, s->mem->pkeys, e->Ts, e->B,
                             e->src_len, s->alpha, s->att_cache, g->dctx, s->rl, dq, g->dkeys, g->dpkeys, scratch);
}

/* Backward of layer l > 0's input projection into dh_out of layer l-1. */
static void at__upper_backward(const at__rnn_dec *D, const float *params, float *grads, const at__step *s, int l,
                               const at__step_grads *g) {
  size_t NH = (size_t)s->N * D->H;
  const at_rnn *R = &D->cell[l];
  int GH = R->gates * D->H;
  at_gemm(1, 0, GH, D->H, s->N, 1.0f, g->dgx_tmp, GH, s->xin + l * NH, D->H, 1.0f, grads + R->W_ih, D->H);
  at__colsum_add(g->dgx_tmp, s->N, GH, grads + R->b_ih);
  at_gemm(0, 0, s->N, D->H, GH, 1.0f, g->dgx_tmp, GH, params + R->W_ih, D->H, 0.0f, g->dx_tmp, D->H);
  if (s->dmask) at_dropout_apply(g->dx_tmp, s->dmask + l * NH, g->dx_tmp, NH);
  at__axpy(g->dh_out + (l - 1) * NH, g->dx_tmp, NH);
}

static size_t at__rnn_step_backward_scratch(const at__rnn_dec *D, int N, int B, int Ts) {
  size_t b = 0;
  for (int l = 0; l < D->L; l++) b += at_rnn_step_backward_bytes(&D->cell[l], N);
  if (at__has_attn(D)) b += at_attention_step_backward_bytes(&D->attn, N, B, Ts); /* once per step, either wiring */
  return b;
}

static void at__rnn_step_backward(const at__rnn_dec *D, const float *params, float *grads, const at__step *s,
                                  const at__step_grads *g, at_arena *scratch) {
  int N = s->N, H = D->H, L = D->L, GH = D->cell[0].gates * H;
  size_t NH = (size_t)N * H;
  int bahdanau = D->attention == AT_ATTN_BAHDANAU;
  const float *top = s->h_out[L - 1];
  float *dtop = g->dh_out + (L - 1) * NH;
  if (at__has_attn(D)) {
    memset(g->dctx, 0, NH * sizeof(float));
    at_linear_backward(&D->combine, params, grads, s->ctx, H, top, N, s->ht, g->dht, g->dctx, dtop);
  } else {
    at_linear_backward(&D->combine, params, grads, top, H, NULL, N, s->ht, g->dht, dtop, NULL);
  }
  if (D->attention == AT_ATTN_LUONG) at__attend_backward(params, grads, s, top, dtop, g, scratch);
  for (int l = L - 1; l >= 0; l--) {
    float *dgx = l == 0 ? g->dgx0 : g->dgx_tmp;
    if (l > 0) memset(dgx, 0, (size_t)N * GH * sizeof(float));
    at_rnn_step_backward(&D->cell[l], params, grads, s->h_in[l], s->c_in[l], N, s->mask,
                         s->rnn_cache + (size_t)l * N * D->rnn_sc, g->dh_out + l * NH,
                         g->dc_out ? g->dc_out + l * NH : NULL, dgx, g->dh_in + l * NH,
                         g->dc_in ? g->dc_in + l * NH : NULL, scratch);
    if (l > 0) at__upper_backward(D, params, grads, s, l, g);
  }
  float *dfeed = bahdanau ? g->dctx : g->dfeed_in;
  if (dfeed && D->F)
    at_gemm(0, 0, N, H, GH, 1.0f, g->dgx0, GH, params + D->cell[0].W_ih + D->E, D->in0, 1.0f, dfeed, H);
  if (bahdanau) at__attend_backward(params, grads, s, s->h_in[L - 1], g->dh_in + (L - 1) * NH, g, scratch);
}

/* ---- training forward ------------------------------------------------------------------ */
#define AT__ALLOC(ptr, n)                                                                   \
  do {                                                                                      \
    (ptr) = at_arena_alloc(a, (size_t)(n) * sizeof(*(ptr)));                                \
    if (!(ptr)) return at_fail(AT_ERR_NOMEM, "decoder cache: %s (%zu)", #ptr, (size_t)(n)); \
  } while (0)

static size_t at__rnn_train_bytes(const void *self, int B_, int Ts_, int Tt_, int train) {
  const at__rnn_dec *D = self;
  size_t B = B_, Ts = Ts_, Tt = Tt_, H = D->H, L = D->L, GH = (size_t)D->G * H, LBH = L * B * H;
  size_t AC = at__has_attn(D) ? at_attention_step_cache_floats(&D->attn, Ts_) : 0;
  size_t P = at__has_attn(D) ? (size_t)at_attention_pkey_dim(&D->attn) : 1;
  /* forward */
  size_t f = at_arena_round(B * sizeof(int)) + at__f(Tt * B * GH) + (1 + D->lstm) * at__f((Tt + 1) * LBH) +
             at__f((Tt + 1) * B * H) + at__f(Tt * L * B * D->rnn_sc + 1) + at__f(Tt * LBH) + at__f(B * GH);
  if (at__has_attn(D)) f += at__f(Tt * B * H) + at__f(Tt * B * Ts) + at__f(Tt * B * AC + 1);
  if (train && D->dropout > 0 && L > 1) f += at__f(Tt * LBH);
  f += at__rnn_step_scratch(D, B_, Ts_, 1);
  /* backward */
  size_t g = at__f(Tt * B * GH) + at__f(Ts * B * P) + 2 * at__f(B * H) + at__f(B * GH) +
             2 * (1 + D->lstm) * at__f(LBH) + 2 * at__f(B) + at_arena_round(B * sizeof(double));
  g += at__rnn_step_backward_scratch(D, B_, B_, Ts_);
  return f + g;
}

/* The step-t view of the training cache. */
static at__step at__train_step(const at__rnn_dec *D, const at__rnn_mem *M, const at__rnn_cache *C, int t,
                               at_rng *rng) {
  size_t B = C->B, H = D->H, L = D->L, GH = (size_t)D->G * H, BH = B * H, LBH = L * BH;
  at__step s;
  memset(&s, 0, sizeof s);
  s.N = C->B;
  s.t = t;
  s.att = C->att;
  s.sample_rng = C->sampled ? rng : NULL;
  s.sent = C->sent;
  s.mask = C->tmask + t * B;
  s.mem = M;
  s.gx0 = C->gx0 + t * B * GH;
  for (size_t l = 0; l < L; l++) {
    s.h_in[l] = C->h + t * LBH + l * BH;
    s.h_out[l] = C->h + (t + 1) * LBH + l * BH;
    s.c_in[l] = C->c ? C->c + t * LBH + l * BH : NULL;
    s.c_out[l] = C->c ? C->c + (t + 1) * LBH + l * BH : NULL;
  }
  s.feed_in = D->feeding ? C->ht + t * BH : NULL;
  s.ht = C->ht + (t + 1) * BH;
  s.ctx = C->ctx ? C->ctx + t * BH : NULL;
  s.alpha = C->alpha ? C->alpha + t * B * C->Ts : NULL;
  s.att_cache = C->att_cache ? C->att_cache + t * B * C->att_c : NULL;
  s.rnn_cache = C->rnn_cache + t * L * B * D->rnn_sc;
  s.xin = C->xin + t * LBH;
  s.dmask = C->dmask ? C->dmask + t * LBH : NULL;
  s.gx_tmp = C->gx_tmp;
  s.rng = D->dropout > 0 ? rng : NULL;
  return s;
}

static at_status at__rnn_cache_alloc(const at__rnn_dec *D, at__rnn_cache *C, int dropout, at_arena *a) {
  size_t B = C->B, Tt = C->Tt, H = D->H, L = D->L, GH = (size_t)D->G * H;
  AT__ALLOC(C->sent, B);
  for (size_t i = 0; i < B; i++) C->sent[i] = (int)i;
  AT__ALLOC(C->gx0, Tt * B * GH);
  AT__ALLOC(C->h, (Tt + 1) * L * B * H);
  if (D->lstm) AT__ALLOC(C->c, (Tt + 1) * L * B * H);
  C->ht = at_arena_zeros(a, (Tt + 1) * B * H);
  if (!C->ht) return at_fail(AT_ERR_NOMEM, "decoder cache: ht");
  if (at__has_attn(D)) {
    AT__ALLOC(C->ctx, Tt * B * H);
    AT__ALLOC(C->alpha, Tt * B * C->Ts);
    AT__ALLOC(C->att_cache, Tt * B * C->att_c + 1);
  }
  AT__ALLOC(C->rnn_cache, Tt * L * B * D->rnn_sc + 1);
  AT__ALLOC(C->xin, Tt * L * B * H);
  if (dropout && L > 1 && D->dropout > 0) AT__ALLOC(C->dmask, Tt * L * B * H);
  AT__ALLOC(C->gx_tmp, B * GH);
  return AT_OK;
}

static at_status at__rnn_forward(const void *self, const float *params, const void *memory, const float *ye,
                                 const unsigned char *tmask, int Tt, at_rng *rng, void *cache, float **out,
                                 at_arena *a) {
  const at__rnn_dec *D = self;
  const at__rnn_mem *M = memory;
  at__rnn_cache *C = cache;
  memset(C, 0, sizeof(*C));
  C->B = M->enc->B, C->Ts = M->enc->Ts, C->Tt = Tt, C->ye = ye, C->tmask = tmask;
  /* hard attention samples when training; hard_soft_fraction of the batches attend softly instead */
  int soft_batch = 0; /* with per-sentence draws, one draw for the step's whole batch */
  if (D->hard && rng && D->soft_fraction > 0)
    soft_batch = (rng->rows ? at_rng_hash_uniform(at_rng_row_key(rng->rows, AT_RNG_SITE_SOFT_BATCH, -1), 0)
                            : at_rng_uniform(rng)) < D->soft_fraction;
  C->att = soft_batch ? &D->attn_soft : &D->attn;
  C->sampled = D->hard && rng && !soft_batch;
  C->att_c = at__has_attn(D) ? at_attention_step_cache_floats(C->att, C->Ts) : 0;
  at_status s = at__rnn_cache_alloc(D, C, rng != NULL && D->dropout > 0, a);
  if (s != AT_OK) return s;
  size_t LBH = (size_t)D->L * C->B * D->H;
  at__gx0_embed(D, params, ye, Tt * C->B, C->gx0);
  memcpy(C->h, M->h0, LBH * sizeof(float));
  if (C->c) memcpy(C->c, M->c0, LBH * sizeof(float));
  at_arena_mark mark = at_arena_get_mark(a);
  for (int t = 0; t < Tt; t++) {
    at__step st = at__train_step(D, M, C, t, rng);
    at__rnn_step(D, params, &st, a);
    at_arena_rewind(a, mark);
  }
  *out = C->ht + (size_t)C->B * D->H;
  return AT_OK;
}

/* ---- training backward ------------------------------------------------------------------ */
typedef struct at__bwd {
  float *dgx0;                 /* (Tt, B, GH) */
  float *dh[2], *dc[2];        /* (L, B, H) gradients at the states after / before a step */
  float *dpkeys;               /* (Ts, B, P) */
  float *dctx, *dgx_tmp, *dx_tmp;
  float *adv, *ent;            /* (B) hard attention's per-row REINFORCE signal */
  double *togo;                /* (B) its reward-to-go */
} at__bwd;

static at_status at__bwd_alloc(const at__rnn_dec *D, const at__rnn_cache *C, at__bwd *g, at_arena *a) {
  size_t B = C->B, Tt = C->Tt, Ts = C->Ts, H = D->H, LBH = (size_t)D->L * B * H, GH = (size_t)D->G * H;
  size_t P = at__has_attn(D) ? (size_t)at_attention_pkey_dim(&D->attn) : 1;
  memset(g, 0, sizeof(*g));
  g->dgx0 = at_arena_zeros(a, Tt * B * GH);
  g->dpkeys = at_arena_zeros(a, Ts * B * P);
  g->dctx = at_arena_zeros(a, B * H);
  g->dgx_tmp = at_arena_zeros(a, B * GH);
  g->dx_tmp = at_arena_zeros(a, B * H);
  g->adv = at_arena_zeros(a, B);
  g->ent = at_arena_zeros(a, B);
  g->togo = at_arena_alloc(a, B * sizeof(double));
  int ok = g->dgx0 && g->dpkeys && g->dctx && g->dgx_tmp && g->dx_tmp && g->adv && g->ent && g->togo;
  for (int k = 0; k < 2; k++) {
    g->dh[k] = at_arena_zeros(a, LBH);
    g->dc[k] = D->lstm ? at_arena_zeros(a, LBH) : NULL;
    ok = ok && g->dh[k] && (!D->lstm || g->dc[k]);
  }
  return ok ? AT_OK : at_fail(AT_ERR_NOMEM, "decoder backward buffers");
}

/* Hard attention's REINFORCE signal at step t. The position chosen at step t
 * influences the tokens from t on (through the recurrence), so its reward is
 * the mean log-likelihood of those tokens, R_tb = -(1/n) sum_{t' >= t}
 * nll_t'b with n the target tokens from t on (the sum is kept in togo (B),
 * walked backwards with t; the mean puts early and late steps on one scale
 * for the one baseline); adv_b = weight * scale * (R_tb - baseline), ent_b =
 * entropy weight * scale, both 0 where t >= tgt_len. */
static double at__rl_reward(const at__rnn_cache *C, int t, int b, double togo) {
  int n = 0; /* target tokens from t on */
  for (int k = t; k < C->Tt && C->tmask[(size_t)k * C->B + b]; k++) n++;
  return n ? togo / n : 0.0;
}

static void at__rl_step(const at__rnn_dec *D, const at__rnn_cache *C, const at_dec_feedback *fb, int t, double *togo,
                        float *adv, float *ent) {
  for (int b = 0; b < C->B; b++) {
    size_t r = (size_t)t * C->B + b;
    togo[b] -= fb->token_nll[r];
    int on = C->tmask[r];
    double reward = at__rl_reward(C, t, b, togo[b]);
    adv[b] = on ? (float)(D->reinforce * fb->loss_scale * (reward - *fb->baseline)) : 0.0f;
    ent[b] = on ? D->entropy * fb->loss_scale : 0.0f;
  }
}

/* The moving-average baseline after a sampled batch (the first batch sets
 * it): the mean reward over the batch's target tokens. */
static void at__rl_update(const at__rnn_dec *D, const at__rnn_cache *C, const at_dec_feedback *fb) {
  double sum = 0;
  long n = 0;
  for (int b = 0; b < C->B; b++) {
    double togo = 0;
    for (int t = C->Tt - 1; t >= 0; t--) {
      size_t r = (size_t)t * C->B + b;
      togo -= fb->token_nll[r];
      if (C->tmask[r]) sum += at__rl_reward(C, t, b, togo), n++;
    }
  }
  double mean = n ? sum / n : 0.0;
  *fb->baseline = *fb->updates == 0 ? mean : D->baseline_decay * *fb->baseline + (1.0 - D->baseline_decay) * mean;
  ++*fb->updates;
}

/* The steps in reverse; leaves the initial-state gradients in dh[0]/dc[0]. */
static void at__bwd_steps(const at__rnn_dec *D, const float *params, float *grads, const at__rnn_mem *M,
                          const at__rnn_cache *C, float *dht, float *dkeys, const at_dec_feedback *fb, at__bwd *g,
                          at_arena *a) {
  size_t B = C->B, H = D->H, LBH = (size_t)D->L * B * H, GH = (size_t)D->G * H;
  float *dh_next = g->dh[0], *dh_cur = g->dh[1], *dc_next = g->dc[0], *dc_cur = g->dc[1];
  at_attention_rl rl = {g->adv, g->ent};
  int reinforce = C->sampled && fb && fb->token_nll;
  double *togo = g->togo;
  if (reinforce)
    for (size_t b = 0; b < B; b++) togo[b] = 0.0;
  at_arena_mark mark = at_arena_get_mark(a);
  for (int t = C->Tt - 1; t >= 0; t--) {
    at__step s = at__train_step(D, M, C, t, NULL);
    if (reinforce) at__rl_step(D, C, fb, t, togo, g->adv, g->ent), s.rl = &rl;
    memset(dh_cur, 0, LBH * sizeof(float));
    if (dc_cur) memset(dc_cur, 0, LBH * sizeof(float));
    at__step_grads sg = {dht + t * B * H, dh_next, dc_next, g->dgx0 + t * B * GH, dh_cur, dc_cur,
                         (D->feeding && t > 0) ? dht + (t - 1) * B * H : NULL, dkeys, g->dpkeys,
                         g->dctx, g->dgx_tmp, g->dx_tmp};
    at__rnn_step_backward(D, params, grads, &s, &sg, a);
    at_arena_rewind(a, mark);
    float *tmp = dh_next;
    dh_next = dh_cur, dh_cur = tmp;
    tmp = dc_next, dc_next = dc_cur, dc_cur = tmp;
  }
  g->dh[0] = dh_next;
  g->dc[0] = dc_next;
}

/* Layer-0 input weights for all steps at once, then the target inputs. */
static void at__bwd_layer0(const at__rnn_dec *D, const float *params, float *grads, const at__rnn_cache *C,
                           const at__bwd *g, float *dye) {
  const at_rnn *R = &D->cell[0];
  int n = C->Tt * C->B, GH = R->gates * D->H, E = D->E;
  float *gW = grads + R->W_ih;
  at_gemm(1, 0, GH, E, n, 1.0f, g->dgx0, GH, C->ye, E, 1.0f, gW, D->in0);
  at__colsum_add(g->dgx0, n, GH, grads + R->b_ih);
  const float *feeds = D->feeding ? C->ht : D->attention == AT_ATTN_BAHDANAU ? C->ctx : NULL;
  if (feeds) at_gemm(1, 0, GH, D->H, n, 1.0f, g->dgx0, GH, feeds, D->H, 1.0f, gW + E, D->in0);
  at_gemm(0, 0, n, E, GH, 1.0f, g->dgx0, GH, params + R->W_ih, D->in0, 1.0f, dye, E);
}

/* Bridge and key projection into the encoder gradients. */
static void at__bwd_prepare(const at__rnn_dec *D, const float *params, float *grads, const at__rnn_mem *M,
                            const at__bwd *g, at_enc_grad *eg) {
  const at_enc_out *e = M->enc;
  size_t BH = (size_t)e->B * D->H;
  if (D->dense_bridge)
    for (int l = 0; l < D->L; l++) {
      at_linear_backward(&D->bridge_h[l], params, grads, e->h_final[l], D->H, NULL, e->B, M->h0 + l * BH,
                         g->dh[0] + l * BH, eg->dh_final[l], NULL);
      if (D->lstm)
        at_linear_backward(&D->bridge_c[l], params, grads, e->c_final[l], D->H, NULL, e->B, M->c0 + l * BH,
                           g->dc[0] + l * BH, eg->dc_final[l], NULL);
    }
  if (at__has_attn(D))
    at_attention_project_keys_backward(&D->attn, params, grads, e->out, e->Ts, e->B, g->dpkeys, eg->dout);
}

static at_status at__rnn_backward(const void *self, const float *params, float *grads, const void *memory,
                                  const void *cache, float *dout, float *dye, at_enc_grad *eg,
                                  const at_dec_feedback *fb, at_arena *a) {
  const at__rnn_dec *D = self;
  const at__rnn_mem *M = memory;
  const at__rnn_cache *C = cache;
  at__bwd g;
  at_status s = at__bwd_alloc(D, C, &g, a);
  if (s != AT_OK) return s;
  at__bwd_steps(D, params, grads, M, C, dout, eg->dout, fb, &g, a);
  at__bwd_layer0(D, params, grads, C, &g, dye);
  at__bwd_prepare(D, params, grads, M, &g, eg);
  if (C->sampled && fb && fb->token_nll) at__rl_update(D, C, fb);
  return AT_OK;
}

/* ---- inference ---------------------------------------------------------------------------- */
static int at__rnn_state_blocks(const void *self, int max_steps, at_state_block *blk) {
  const at__rnn_dec *D = self;
  (void)max_steps;
  int n = 0;
  for (int l = 0; l < D->L; l++, n++) snprintf(blk[n].name, sizeof blk[n].name, "h/l%d", l), blk[n].width = D->H;
  if (D->lstm)
    for (int l = 0; l < D->L; l++, n++) snprintf(blk[n].name, sizeof blk[n].name, "c/l%d", l), blk[n].width = D->H;
  if (D->feeding) snprintf(blk[n].name, sizeof blk[n].name, "feed"), blk[n++].width = D->H;
  return n;
}

static void at__rnn_state_init(const void *self, const void *memory, at_dec_state *st) {
  const at__rnn_dec *D = self;
  const at__rnn_mem *M = memory;
  size_t BH = (size_t)st->N * D->H;
  for (int l = 0; l < D->L; l++) {
    memcpy(st->block[l].data, M->h0 + l * BH, BH * sizeof(float));
    if (D->lstm) memcpy(st->block[D->L + l].data, M->c0 + l * BH, BH * sizeof(float));
  }
  if (D->feeding) memset(st->block[(1 + D->lstm) * D->L].data, 0, BH * sizeof(float));
}

static size_t at__rnn_step_bytes(const void *self, int N, int B, int Ts) {
  const at__rnn_dec *D = self;
  (void)B;
  size_t NH = (size_t)N * D->H, GH = (size_t)D->G * D->H;
  size_t heads_cache = at__rnn_attn_rows(D) > 1 ? at__f((size_t)N * at_attention_step_cache_floats(&D->attn, Ts)) : 0;
  return 2 * at__f(N * GH) + at__f(D->L * NH) + at__f(NH) + at__f((size_t)N * Ts) + heads_cache +
         at__rnn_step_scratch(D, N, Ts, 0);
}

static at_status at__rnn_step_op(const void *self, const float *params, const void *memory, int t, const int *sent,
                                 const at_dec_state *in, const float *y_emb, at_dec_state *out, float *h_out,
                                 float *attn, at_arena *a) {
  const at__rnn_dec *D = self;
  const at__rnn_mem *M = memory;
  int N = in->N, L = D->L, GH = D->G * D->H, Ts = M->enc->Ts;
  float *gx0 = at_arena_floats(a, (size_t)N * GH), *gx_tmp = at_arena_floats(a, (size_t)N * GH);
  float *xin = at_arena_floats(a, (size_t)L * N * D->H), *ctx = at_arena_floats(a, (size_t)N * D->H);
  float *alpha = at_arena_floats(a, (size_t)N * Ts);
  if (!gx0 || !gx_tmp || !xin || !ctx || !alpha) return at_fail(AT_ERR_NOMEM, "decoder step (%d rows)", N);
  at__gx0_embed(D, params, y_emb, N, gx0);
  at__step st;
  memset(&st, 0, sizeof st);
  st.att = &D->attn;
  st.N = N, st.t = t, st.sent = sent, st.mem = M, st.gx0 = gx0;
  for (int l = 0; l < L; l++) {
    st.h_in[l] = in->block[l].data, st.h_out[l] = out->block[l].data;
    st.c_in[l] = D->lstm ? in->block[L + l].data : NULL;
    st.c_out[l] = D->lstm ? out->block[L + l].data : NULL;
  }
  int feed = (1 + D->lstm) * L;
  st.feed_in = D->feeding ? in->block[feed].data : NULL;
  st.ctx = ctx, st.alpha = alpha, st.ht = h_out, st.gx_tmp = gx_tmp, st.xin = xin;
  /* multi-head: a step cache (what a training step keeps) holds every head's weights */
  const int R = at__rnn_attn_rows(D);
  if (attn && R > 1) {
    st.att_cache = at_arena_floats(a, (size_t)N * at_attention_step_cache_floats(&D->attn, Ts));
    if (!st.att_cache) return at_fail(AT_ERR_NOMEM, "decoder step (%d rows)", N);
  }
  at__rnn_step(D, params, &st, a);
  if (D->feeding) memcpy(out->block[feed].data, h_out, (size_t)N * D->H * sizeof(float));
  if (!attn) return AT_OK;
  for (int i = 0; i < N; i++) {
    float *row = attn + (size_t)i * R * Ts;
    if (at__has_attn(D))
      memcpy(row, alpha + (size_t)i * Ts, (size_t)Ts * sizeof(float));
    else
      memset(row, 0, (size_t)Ts * sizeof(float));
    for (int h = 1; h < R; h++)
      memcpy(row + (size_t)h * Ts, at_attention_cached_head(&D->attn, st.att_cache, Ts, i, h - 1),
             (size_t)Ts * sizeof(float));
  }
  return AT_OK;
}

/* No self-attention; the cross-attention of a recurrent decoder reaches
 * search (and the attention export) through step. */
static int at__rnn_attention_maps(const void *self, const void *cache, int kind, int layer, const float **att,
                                  int *heads, int *rows, int *cols) {
  (void)self, (void)cache, (void)kind, (void)layer, (void)heads, (void)rows, (void)cols;
  if (att) *att = NULL;
  return 0;
}

/* ---- int8 decoding ------------------------------------------------------------------- */
static at_status at__rnn_use_int8(void *self, const at_params *P, const at_qparams *q, at_qmap *map) {
  at__rnn_dec *D = self;
  const int H = D->H;
  at_status s = AT_OK;
  for (int l = 0; l < D->L && s == AT_OK; l++) {
    at_rnn *R = &D->cell[l];
    if (l == 0) {
      s = at_qmap_add(map, P, q, R->W_ih, 0, D->E);
      if (s == AT_OK && D->F) s = at_qmap_add(map, P, q, R->W_ih, D->E, D->F);
    } else
      s = at_qmap_add(map, P, q, R->W_ih, 0, H);
    if (s == AT_OK) s = at_qmap_add(map, P, q, R->W_hh, 0, H);
    R->q = map;
  }
  if (s == AT_OK) s = at_qmap_add(map, P, q, D->combine.W, 0, H);
  if (s == AT_OK && at__has_attn(D)) s = at_qmap_add(map, P, q, D->combine.W, H, H);
  D->combine.q = map;
  if (s == AT_OK && at__has_attn(D) && D->attn.score == AT_SCORE_CONCAT && !D->attn.heads)
    s = at_qmap_add(map, P, q, D->attn.W_q, 0, D->attn.query_dim);
  D->attn.q = D->attn_soft.q = map;
  D->q = map;
  return s;
}

const at_decoder_ops at_rnn_decoder_ops = {
    "rnn",
    sizeof(at__rnn_dec),
    sizeof(at__rnn_mem),
    sizeof(at__rnn_cache),
    0,
    at__rnn_declare,
    at__rnn_out_dim,
    at__rnn_attn_rows,
    at__rnn_prepare_bytes,
    at__rnn_train_bytes,
    at__rnn_step_bytes,
    at__rnn_prepare,
    at__rnn_forward,
    at__rnn_backward,
    at__rnn_state_blocks,
    at__rnn_state_init,
    at__rnn_step_op,
    at__rnn_attention_maps,
    at__rnn_use_int8,
};
