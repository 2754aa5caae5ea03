/* The seq2seq network: embeddings, recurrent encoder, bridge, stacked
 * recurrent decoder with attention (Luong or Bahdanau wiring), combiner,
 * output layer and label-smoothed loss; training forward/backward and the
 * inference API. One decoder step (at__dec_step) serves both the training
 * forward (with a cache) and search (at_model_step, no cache).
 *
 * Names: H hidden_dim, E emb_dim, L layers, G gates, GH = G*H, F = the
 * width of the decoder layer-0 input beyond the embedding (H for Luong
 * input feeding and Bahdanau context, else 0), V tgt_vocab. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "model/layers/layers.h"

struct at_encoded {
  int Ts, B;
  int *src_len;          /* (B) */
  float *xs;             /* (Ts, B, E) source embeddings after dropout */
  float *xs_mask;        /* (Ts, B, E) dropout mask or NULL */
  const float *keys;     /* (Ts, B, H) encoder outputs */
  float *pkeys;          /* (Ts, B, P) projected keys, NULL for attention none */
  float *h0;             /* (L, B, H) decoder initial states */
  float *c0;             /* (L, B, H) LSTM, else NULL */
  at_encoder_cache enc;
};

/* What the training backward needs from the last forward (all in m->arena). */
typedef struct at__train_cache {
  int valid, B, Ts, Tt;
  int *src, *tgt_in, *tgt_out; /* (Ts, B), (Tt, B), (Tt, B) copies; tgt_out pad beyond tgt_len */
  int *sent;                   /* (B) identity map */
  unsigned char *tmask;        /* (Tt, B) 1 where t < tgt_len */
  at_encoded enc;
  float *ye, *ye_mask;         /* (Tt, B, E) target embeddings after dropout, mask or NULL */
  float *gx0;                  /* (Tt, B, GH) layer-0 input projections */
  float *h, *c;                /* (Tt+1, L, B, H) states; c LSTM only */
  float *ht;                   /* (Tt+1, B, H) attentional states; block 0 zeros */
  float *ctx, *alpha;          /* (Tt, B, H), (Tt, B, Ts); attention only */
  float *att_cache;            /* (Tt, B, AC) */
  float *rnn_cache;            /* (Tt, L, B, SC) */
  float *xin, *dmask;          /* (Tt, L, B, H) inputs of layers l > 0 and their dropout masks */
  float *gx_tmp;               /* (B, GH) scratch */
  float *out_in, *out_mask;    /* (Tt, B, H) output-layer input (~h after dropout), mask or NULL */
  float *dlogits;              /* (Tt * B, V) */
  float dlogits_scale;         /* scale currently applied to dlogits */
} at__train_cache;

struct at_model {
  at_model_config cfg;
  at_params P;
  int H, E, L, G, F, in0;      /* in0 = E + F, decoder layer-0 input width */
  at_embedding src_emb, tgt_emb;
  at_encoder enc;
  at_linear bridge_h[AT_MAX_LAYERS], bridge_c[AT_MAX_LAYERS];
  at_rnn dec[AT_MAX_LAYERS];
  at_attention attn;
  at_linear combine;
  at_output out;
  size_t rnn_sc, att_c;        /* per-row step cache floats; att_c depends on Ts (computed per batch) */
  at_arena arena;
  at__train_cache tc;
};

/* One decoder step's buffers. Inference leaves the cache fields NULL. */
typedef struct at__step {
  int N;
  const int *sent;             /* (N) hypothesis -> sentence */
  const unsigned char *mask;   /* (N) or NULL: rows with 0 keep their state */
  const at_encoded *enc;
  float *gx0;                  /* (N, GH) in: embedding part + b_ih; completed in place */
  const float *h_in, *c_in;    /* (L, N, H) */
  const float *feed_in;        /* (N, H) Luong input feeding, else NULL */
  float *h_out, *c_out;        /* (L, N, H) */
  float *ctx, *alpha;          /* (N, H), (N, Ts); attention only */
  float *ht;                   /* (N, H) attentional state ~h */
  float *gx_tmp;               /* (N, GH) scratch */
  float *xin;                  /* (L, N, H) inputs of layers l > 0 */
  float *rnn_cache;            /* (L, N, SC) or NULL */
  float *dmask;                /* (L, N, H) or NULL (no dropout) */
  float *att_cache;            /* (N, AC) or NULL */
  at_rng *rng;                 /* dropout between layers, or NULL */
} at__step;

/* ---- small helpers ---------------------------------------------------------------- */
static int at__has_attn(const at_model *m) { return m->cfg.attention != AT_ATTN_NONE; }
static int at__feeding(const at_model *m) { return m->cfg.attention == AT_ATTN_LUONG && m->cfg.input_feeding; }
static int at__is_lstm(const at_model *m) { return m->cfg.cell == AT_CELL_LSTM; }

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

static void at__mul(float *x, const float *mask, size_t n) {
  if (mask) at_dropout_apply(x, mask, x, n);
}

static void at__axpy(float *y, const float *x, size_t n) {
  for (size_t i = 0; i < n; i++) y[i] += x[i];
}

/* Inverted dropout in place with a new mask from the arena; NULL mask when off. */
static at_status at__dropout(at_rng *rng, float p, float *x, size_t n, at_arena *a, float **mask) {
  *mask = NULL;
  if (!rng || p <= 0) return AT_OK;
  *mask = at_arena_floats(a, n);
  if (!*mask) return at_fail(AT_ERR_NOMEM, "dropout mask (%zu floats)", n);
  at_dropout_mask(rng, p, *mask, n);
  at_dropout_apply(x, *mask, x, n);
  return AT_OK;
}

/* gx0 (N, GH) = emb (N, E) W_ih[:, :E]^T + b_ih of decoder layer 0: the
 * embedding part of the input projection, for all rows in one GEMM. */
static void at__gx0_embed(const at_model *m, const float *params, const float *emb, int N, float *gx0) {
  const at_rnn *R = &m->dec[0];
  int GH = R->gates * m->H;
  at_gemm(0, 1, N, GH, m->E, 1.0f, emb, m->E, params + R->W_ih, m->in0, 0.0f, gx0, GH);
  at__add_bias(gx0, params + R->b_ih, N, GH);
}

/* ---- creation -------------------------------------------------------------------- */
static at_status at__declare_decoder(at_model *m) {
  at_params *P = &m->P;
  char name[64];
  at_status s = AT_OK;
  for (int l = 0; l < m->L && s == AT_OK; l++) {
    if (m->cfg.bridge == AT_BRIDGE_DENSE) {
      snprintf(name, sizeof name, "bridge/l%d/h", l);
      s = at_linear_declare(&m->bridge_h[l], P, name, m->H, m->H, 1, AT_ACT_TANH);
      if (s == AT_OK && at__is_lstm(m)) {
        snprintf(name, sizeof name, "bridge/l%d/c", l);
        s = at_linear_declare(&m->bridge_c[l], P, name, m->H, m->H, 1, AT_ACT_TANH);
      }
    }
    snprintf(name, sizeof name, "decoder/l%d", l);
    if (s == AT_OK) s = at_rnn_declare(&m->dec[l], P, name, m->cfg.cell, l == 0 ? m->in0 : m->H, m->H);
  }
  if (s == AT_OK && at__has_attn(m))
    s = at_attention_declare(&m->attn, P, "attention", m->cfg.score, m->H, m->H,
                             m->cfg.attn_dim > 0 ? m->cfg.attn_dim : m->H);
  if (s == AT_OK)
    s = at_linear_declare(&m->combine, P, "combine", at__has_attn(m) ? 2 * m->H : m->H, m->H, 0, AT_ACT_TANH);
  if (s == AT_OK)
    s = at_output_declare(&m->out, P, "output", m->H, m->cfg.tgt_vocab, 0,
                          m->cfg.tie_embeddings ? &m->tgt_emb.W : NULL);
  return s;
}

static at_status at__declare(at_model *m) {
  const at_model_config *c = &m->cfg;
  float es = c->emb_scale ? sqrtf((float)c->emb_dim) : 1.0f;
  at_status s = at_embedding_declare(&m->src_emb, &m->P, "src_emb", c->src_vocab, m->E, 0, es);
  if (s == AT_OK) s = at_embedding_declare(&m->tgt_emb, &m->P, "tgt_emb", c->tgt_vocab, m->E, 0, es);
  if (s == AT_OK)
    s = at_encoder_declare(&m->enc, &m->P, "encoder", c->cell, m->L, c->bidirectional, m->E, m->H, c->dropout);
  if (s == AT_OK) s = at__declare_decoder(m);
  if (s == AT_OK) s = at_params_alloc(&m->P);
  return s;
}

at_status at_model_create(const at_model_config *cfg, at_model **out) {
  *out = NULL;
  at_status s = at_model_config_validate(cfg);
  if (s != AT_OK) return s;
  at_model *m = calloc(1, sizeof(*m));
  if (!m) return at_fail(AT_ERR_NOMEM, "model struct");
  m->cfg = *cfg;
  m->H = cfg->hidden_dim;
  m->E = cfg->emb_dim;
  m->L = cfg->layers;
  m->G = cfg->cell == AT_CELL_LSTM ? 4 : cfg->cell == AT_CELL_GRU ? 3 : 1;
  m->F = (at__feeding(m) || cfg->attention == AT_ATTN_BAHDANAU) ? m->H : 0;
  m->in0 = m->E + m->F;
  at_params_init(&m->P);
  at_arena_init(&m->arena);
  s = at__declare(m);
  if (s != AT_OK) {
    at_model_free(m);
    return at_fail_context(s, "creating model");
  }
  m->rnn_sc = at_rnn_step_cache_floats(&m->dec[0]);
  *out = m;
  return AT_OK;
}

void at_model_free(at_model *m) {
  if (!m) return;
  at_params_free(&m->P);
  at_arena_free(&m->arena);
  free(m);
}

const at_model_config *at_model_get_config(const at_model *m) { return &m->cfg; }
at_params *at_model_params(at_model *m) { return &m->P; }

static int at__is_bias(const char *name) {
  static const char *const suffixes[] = {"/b", "/b_ih", "/b_hh", NULL};
  size_t n = strlen(name);
  for (int i = 0; suffixes[i]; i++) {
    size_t k = strlen(suffixes[i]);
    if (n >= k && !strcmp(name + n - k, suffixes[i])) return 1;
  }
  return 0;
}

void at_model_init_params(at_model *m, uint64_t seed, float scale) {
  at_rng rng;
  at_rng_seed(&rng, seed, 0x5eedULL);
  for (int i = 0; i < m->P.count; i++) {
    const at_param_info *pi = &m->P.info[i];
    float *x = m->P.data + pi->offset;
    int bias = at__is_bias(pi->name);
    for (size_t j = 0; j < pi->size; j++) x[j] = bias ? 0.0f : scale * (2.0f * at_rng_uniform(&rng) - 1.0f);
  }
}

/* ---- encoding (training and inference) ---------------------------------------------- */
static at_status at__bridge(const at_model *m, const float *params, at_encoded *e, at_arena *a) {
  size_t BH = (size_t)e->B * m->H;
  e->h0 = at_arena_zeros(a, m->L * BH);
  e->c0 = at__is_lstm(m) ? at_arena_zeros(a, m->L * BH) : NULL;
  if (!e->h0 || (at__is_lstm(m) && !e->c0)) return at_fail(AT_ERR_NOMEM, "decoder initial states");
  if (m->cfg.bridge != AT_BRIDGE_DENSE) return AT_OK;
  for (int l = 0; l < m->L; l++) {
    at_linear_forward(&m->bridge_h[l], params, e->enc.h_final[l], m->H, NULL, e->B, e->h0 + l * BH);
    if (e->c0) at_linear_forward(&m->bridge_c[l], params, e->enc.c_final[l], m->H, NULL, e->B, e->c0 + l * BH);
  }
  return AT_OK;
}

/* Embeddings (+ dropout when rng), encoder, projected keys and bridge. */
static at_status at__encode(const at_model *m, const float *params, const int *src, const int *src_len, int Ts,
                            int B, at_rng *rng, at_arena *a, at_encoded *e) {
  memset(e, 0, sizeof(*e));
  e->Ts = Ts;
  e->B = B;
  size_t n = (size_t)Ts * B;
  e->src_len = at_arena_alloc(a, (size_t)B * sizeof(int));
  e->xs = at_arena_floats(a, n * m->E);
  if (!e->src_len || !e->xs) return at_fail(AT_ERR_NOMEM, "encoder inputs (%d x %d)", Ts, B);
  memcpy(e->src_len, src_len, (size_t)B * sizeof(int));
  at_status s = at_embedding_forward(&m->src_emb, params, src, (int)n, e->xs);
  if (s == AT_OK) s = at__dropout(rng, m->cfg.dropout, e->xs, n * m->E, a, &e->xs_mask);
  if (s == AT_OK) s = at_encoder_forward(&m->enc, params, e->xs, Ts, B, src_len, rng, &e->enc, a);
  if (s != AT_OK) return at_fail_context(s, "source");
  e->keys = e->enc.out;
  if (at__has_attn(m)) {
    e->pkeys = at_arena_floats(a, n * at_attention_pkey_dim(&m->attn));
    if (!e->pkeys) return at_fail(AT_ERR_NOMEM, "projected keys");
    at_attention_project_keys(&m->attn, params, e->keys, Ts, B, e->pkeys);
  }
  return at__bridge(m, params, e, a);
}

static at_status at__check_lengths(const int *len, int B, int T, const char *what) {
  for (int b = 0; b < B; b++)
    if (len[b] < 1 || len[b] > T)
      return at_fail(AT_ERR_INVALID_ARG, "%s length %d of sentence %d not in 1..%d", what, len[b], b, T);
  return AT_OK;
}

at_status at_model_encode(const at_model *m, const int *src, const int *src_len, int Ts, int B, at_arena *arena,
                          at_encoded **out) {
  *out = NULL;
  if (Ts < 1 || B < 1) return at_fail(AT_ERR_INVALID_ARG, "encode: empty batch (%d x %d)", Ts, B);
  at_status s = at__check_lengths(src_len, B, Ts, "source");
  if (s != AT_OK) return s;
  at_encoded *e = at_arena_alloc(arena, sizeof(*e));
  if (!e) return at_fail(AT_ERR_NOMEM, "encoded batch");
  s = at__encode(m, m->P.data, src, src_len, Ts, B, NULL, arena, e);
  if (s == AT_OK) *out = e;
  return s;
}

int at_encoded_src_len(const at_encoded *enc, int b) { return enc->src_len[b]; }
int at_encoded_Ts(const at_encoded *enc) { return enc->Ts; }

/* ---- the decoder step, shared by training and search ------------------------------- */
static void at__attend(const at_model *m, const float *params, const at__step *s, const float *q,
                       at_arena *scratch) {
  const at_encoded *e = s->enc;
  at_attention_step_forward(&m->attn, params, q, s->N, s->sent, e->keys, e->pkeys, e->Ts, e->B, e->src_len,
                            s->alpha, s->ctx, s->att_cache, scratch);
}

/* Input projection of layer l > 0 from the layer below (dropout when training). */
static const float *at__upper_gx(const at_model *m, const float *params, const at__step *s, int l) {
  size_t NH = (size_t)s->N * m->H;
  const at_rnn *R = &m->dec[l];
  int GH = R->gates * m->H;
  float *x = s->xin + l * NH;
  memcpy(x, s->h_out + (l - 1) * NH, NH * sizeof(float));
  if (s->dmask) {
    at_dropout_mask(s->rng, m->cfg.dropout, s->dmask + l * NH, NH);
    at_dropout_apply(x, s->dmask + l * NH, x, NH);
  }
  at_gemm(0, 1, s->N, GH, m->H, 1.0f, x, m->H, params + R->W_ih, m->H, 0.0f, s->gx_tmp, GH);
  at__add_bias(s->gx_tmp, params + R->b_ih, s->N, GH);
  return s->gx_tmp;
}

static void at__dec_step(const at_model *m, const float *params, const at__step *s, at_arena *scratch) {
  int N = s->N, H = m->H, L = m->L, GH = m->dec[0].gates * H;
  size_t NH = (size_t)N * H;
  int bahdanau = m->cfg.attention == AT_ATTN_BAHDANAU;
  if (bahdanau) at__attend(m, params, s, s->h_in + (L - 1) * NH, scratch);
  const float *feed = bahdanau ? s->ctx : s->feed_in;
  if (feed) at_gemm(0, 1, N, GH, H, 1.0f, feed, H, params + m->dec[0].W_ih + m->E, m->in0, 1.0f, s->gx0, GH);
  for (int l = 0; l < L; l++) {
    const float *gx = l == 0 ? s->gx0 : at__upper_gx(m, params, s, l);
    at_rnn_step_forward(&m->dec[l], params, gx, s->h_in + l * NH, s->c_in ? s->c_in + l * NH : NULL, N, s->mask,
                        s->h_out + l * NH, s->c_out ? s->c_out + l * NH : NULL,
                        s->rnn_cache ? s->rnn_cache + l * N * m->rnn_sc : NULL, scratch);
  }
  const float *top = s->h_out + (L - 1) * NH;
  if (m->cfg.attention == AT_ATTN_LUONG) at__attend(m, params, s, top, scratch);
  if (at__has_attn(m))
    at_linear_forward(&m->combine, params, s->ctx, H, top, N, s->ht);
  else
    at_linear_forward(&m->combine, params, top, H, NULL, N, s->ht);
}

/* Gradients of one step. In: dht (N, H) gradient at ~h (scratch), dh_out/dc_out
 * (L, N, H) gradients at the new state (scratch). ADDS: dgx0 (N, GH), dh_in,
 * dc_in (L, N, H), dfeed_in (N, H) (Luong feeding; NULL = not needed), dkeys,
 * dpkeys. tmp: dctx (N, H), dgx_tmp (N, GH), dx_tmp (N, H). */
typedef struct at__step_grads {
  float *dht, *dh_out, *dc_out, *dgx0, *dh_in, *dc_in, *dfeed_in, *dkeys, *dpkeys;
  float *dctx, *dgx_tmp, *dx_tmp;
} at__step_grads;

static void at__attend_backward(const at_model *m, const float *params, float *grads, const at__step *s,
                                const float *q, float *dq, const at__step_grads *g, at_arena *scratch) {
  const at_encoded *e = s->enc;
  at_attention_step_backward(&m->attn, params, grads, q, s->N, s->sent, e->keys, e->pkeys, e->Ts, e->B,
                             e->src_len, s->alpha, s->att_cache, g->dctx, dq, g->dkeys, g->dpkeys, scratch);
}

/* Backward of layer l > 0's input projection into dh_out of layer l-1. */
static void at__upper_backward(const at_model *m, const float *params, float *grads, const at__step *s, int l,
                               const at__step_grads *g) {
  size_t NH = (size_t)s->N * m->H;
  const at_rnn *R = &m->dec[l];
  int GH = R->gates * m->H;
  at_gemm(1, 0, GH, m->H, s->N, 1.0f, g->dgx_tmp, GH, s->xin + l * NH, m->H, 1.0f, grads + R->W_ih, m->H);
  at__colsum_add(g->dgx_tmp, s->N, GH, grads + R->b_ih);
  at_gemm(0, 0, s->N, m->H, GH, 1.0f, g->dgx_tmp, GH, params + R->W_ih, m->H, 0.0f, g->dx_tmp, m->H);
  if (s->dmask) at__mul(g->dx_tmp, s->dmask + l * NH, NH);
  at__axpy(g->dh_out + (l - 1) * NH, g->dx_tmp, NH);
}

static void at__dec_step_backward(const at_model *m, const float *params, float *grads, const at__step *s,
                                  const at__step_grads *g, at_arena *scratch) {
  int N = s->N, H = m->H, L = m->L, GH = m->dec[0].gates * H;
  size_t NH = (size_t)N * H;
  int bahdanau = m->cfg.attention == AT_ATTN_BAHDANAU;
  const float *top = s->h_out + (L - 1) * NH;
  float *dtop = g->dh_out + (L - 1) * NH;
  if (at__has_attn(m)) {
    memset(g->dctx, 0, NH * sizeof(float));
    at_linear_backward(&m->combine, params, grads, s->ctx, H, top, N, s->ht, g->dht, g->dctx, dtop);
  } else {
    at_linear_backward(&m->combine, params, grads, top, H, NULL, N, s->ht, g->dht, dtop, NULL);
  }
  if (m->cfg.attention == AT_ATTN_LUONG) at__attend_backward(m, params, grads, s, top, dtop, g, scratch);
  for (int l = L - 1; l >= 0; l--) {
    float *dgx = l == 0 ? g->dgx0 : g->dgx_tmp;
    if (l > 0) memset(dgx, 0, (size_t)N * GH * sizeof(float));
    at_rnn_step_backward(&m->dec[l], params, grads, s->h_in + l * NH, s->c_in ? s->c_in + l * NH : NULL, N,
                         s->mask, s->rnn_cache + l * N * m->rnn_sc, g->dh_out + l * NH,
                         g->dc_out ? g->dc_out + l * NH : NULL, dgx, g->dh_in + l * NH,
                         g->dc_in ? g->dc_in + l * NH : NULL, scratch);
    if (l > 0) at__upper_backward(m, params, grads, s, l, g);
  }
  float *dfeed = bahdanau ? g->dctx : g->dfeed_in;
  if (dfeed && m->F)
    at_gemm(0, 0, N, H, GH, 1.0f, g->dgx0, GH, params + m->dec[0].W_ih + m->E, m->in0, 1.0f, dfeed, H);
  if (bahdanau) at__attend_backward(m, params, grads, s, s->h_in + (L - 1) * NH, g->dh_in + (L - 1) * NH, g, scratch);
}

/* ---- training forward --------------------------------------------------------------- */
#define AT__ALLOC(ptr, n)                                                                  \
  do {                                                                                     \
    (ptr) = at_arena_alloc(a, (size_t)(n) * sizeof(*(ptr)));                               \
    if (!(ptr)) return at_fail(AT_ERR_NOMEM, "training cache: %s (%zu)", #ptr, (size_t)(n)); \
  } while (0)

static at_status at__check_batch(const at_model *m, const at_batch *b, int train, at_rng *rng) {
  if (b->B < 1 || b->Ts < 1 || b->Tt < 1)
    return at_fail(AT_ERR_INVALID_ARG, "empty batch (B %d, Ts %d, Tt %d)", b->B, b->Ts, b->Tt);
  if (train && m->cfg.dropout > 0 && !rng) return at_fail(AT_ERR_INVALID_ARG, "training with dropout needs an rng");
  at_status s = at__check_lengths(b->src_len, b->B, b->Ts, "source");
  if (s == AT_OK) s = at__check_lengths(b->tgt_len, b->B, b->Tt, "target");
  return s;
}

/* Copies the batch ids (pad forced beyond the lengths of tgt_out) and the mask. */
static at_status at__train_copy_batch(at__train_cache *tc, const at_batch *b, at_arena *a) {
  size_t ns = (size_t)b->Ts * b->B, nt = (size_t)b->Tt * b->B;
  AT__ALLOC(tc->src, ns);
  AT__ALLOC(tc->tgt_in, nt);
  AT__ALLOC(tc->tgt_out, nt);
  AT__ALLOC(tc->tmask, nt);
  AT__ALLOC(tc->sent, b->B);
  memcpy(tc->src, b->src, ns * sizeof(int));
  memcpy(tc->tgt_in, b->tgt_in, nt * sizeof(int));
  for (int t = 0; t < b->Tt; t++)
    for (int i = 0; i < b->B; i++) {
      size_t r = (size_t)t * b->B + i;
      tc->tmask[r] = t < b->tgt_len[i];
      tc->tgt_out[r] = tc->tmask[r] ? b->tgt_out[r] : 0;
    }
  for (int i = 0; i < b->B; i++) tc->sent[i] = i;
  return AT_OK;
}

static at_status at__train_alloc(at_model *m, at__train_cache *tc, int dropout) {
  at_arena *a = &m->arena;
  size_t B = tc->B, Tt = tc->Tt, H = m->H, L = m->L, GH = (size_t)m->dec[0].gates * H;
  AT__ALLOC(tc->gx0, Tt * B * GH);
  AT__ALLOC(tc->h, (Tt + 1) * L * B * H);
  if (at__is_lstm(m)) AT__ALLOC(tc->c, (Tt + 1) * L * B * H);
  tc->ht = at_arena_zeros(a, (Tt + 1) * B * H);
  if (!tc->ht) return at_fail(AT_ERR_NOMEM, "training cache: ht");
  if (at__has_attn(m)) {
    AT__ALLOC(tc->ctx, Tt * B * H);
    AT__ALLOC(tc->alpha, Tt * B * tc->Ts);
    AT__ALLOC(tc->att_cache, Tt * B * m->att_c + 1);
  }
  AT__ALLOC(tc->rnn_cache, Tt * L * B * m->rnn_sc + 1);
  AT__ALLOC(tc->xin, Tt * L * B * H);
  if (dropout && L > 1) AT__ALLOC(tc->dmask, Tt * L * B * H);
  AT__ALLOC(tc->gx_tmp, B * GH);
  AT__ALLOC(tc->dlogits, Tt * B * (size_t)m->cfg.tgt_vocab);
  return AT_OK;
}

/* The step-t view of the training cache. */
static at__step at__train_step(const at_model *m, at__train_cache *tc, int t, at_rng *rng) {
  size_t B = tc->B, H = m->H, L = m->L, GH = (size_t)m->dec[0].gates * H, LBH = L * B * H;
  at__step s = {0};
  s.N = tc->B;
  s.sent = tc->sent;
  s.mask = tc->tmask + t * B;
  s.enc = &tc->enc;
  s.gx0 = tc->gx0 + t * B * GH;
  s.h_in = tc->h + t * LBH;
  s.h_out = tc->h + (t + 1) * LBH;
  s.c_in = tc->c ? tc->c + t * LBH : NULL;
  s.c_out = tc->c ? tc->c + (t + 1) * LBH : NULL;
  s.feed_in = at__feeding(m) ? tc->ht + t * B * H : NULL;
  s.ht = tc->ht + (t + 1) * B * H;
  s.ctx = tc->ctx ? tc->ctx + t * B * H : NULL;
  s.alpha = tc->alpha ? tc->alpha + t * B * tc->Ts : NULL;
  s.att_cache = tc->att_cache ? tc->att_cache + t * B * m->att_c : NULL;
  s.rnn_cache = tc->rnn_cache + t * L * B * m->rnn_sc;
  s.xin = tc->xin + t * LBH;
  s.dmask = tc->dmask ? tc->dmask + t * LBH : NULL;
  s.gx_tmp = tc->gx_tmp;
  s.rng = rng;
  return s;
}

/* Target embeddings (+ dropout) and their layer-0 projection for all steps. */
static at_status at__train_targets(at_model *m, at__train_cache *tc, at_rng *rng) {
  at_arena *a = &m->arena;
  size_t n = (size_t)tc->Tt * tc->B;
  AT__ALLOC(tc->ye, n * m->E);
  at_status s = at_embedding_forward(&m->tgt_emb, m->P.data, tc->tgt_in, (int)n, tc->ye);
  if (s == AT_OK) s = at__dropout(rng, m->cfg.dropout, tc->ye, n * m->E, a, &tc->ye_mask);
  if (s != AT_OK) return at_fail_context(s, "target");
  at__gx0_embed(m, m->P.data, tc->ye, (int)n, tc->gx0);
  return AT_OK;
}

/* Output layer over all Tt*B rows and the fused loss (dlogits kept). */
static at_status at__train_output(at_model *m, at__train_cache *tc, at_rng *rng, at_loss *out) {
  size_t n = (size_t)tc->Tt * tc->B, nh = n * m->H;
  tc->out_in = tc->ht + (size_t)tc->B * m->H;
  if (rng && m->cfg.dropout > 0) {
    at_arena *a = &m->arena;
    float *x;
    AT__ALLOC(x, nh);
    memcpy(x, tc->out_in, nh * sizeof(float));
    tc->out_in = x;
    at_status s = at__dropout(rng, m->cfg.dropout, x, nh, a, &tc->out_mask);
    if (s != AT_OK) return s;
  }
  at_output_logits(&m->out, m->P.data, tc->out_in, (int)n, tc->dlogits);
  memset(out, 0, sizeof(*out));
  at_output_loss(&m->out, tc->dlogits, tc->tgt_out, (int)n, m->cfg.label_smoothing, 1.0f, out);
  tc->dlogits_scale = 1.0f;
  return AT_OK;
}

static at_status at__forward(at_model *m, const at_batch *b, at_rng *drng, at_loss *out) {
  at__train_cache *tc = &m->tc;
  size_t LBH = (size_t)m->L * b->B * m->H;
  at_status s = at__train_copy_batch(tc, b, &m->arena);
  if (s == AT_OK) s = at__encode(m, m->P.data, tc->src, b->src_len, b->Ts, b->B, drng, &m->arena, &tc->enc);
  if (s == AT_OK) s = at__train_alloc(m, tc, drng != NULL);
  if (s == AT_OK) s = at__train_targets(m, tc, drng);
  if (s != AT_OK) return s;
  memcpy(tc->h, tc->enc.h0, LBH * sizeof(float));
  if (tc->c) memcpy(tc->c, tc->enc.c0, LBH * sizeof(float));
  for (int t = 0; t < b->Tt; t++) {
    at__step st = at__train_step(m, tc, t, drng);
    at__dec_step(m, m->P.data, &st, &m->arena);
  }
  return at__train_output(m, tc, drng, out);
}

at_status at_model_forward(at_model *m, const at_batch *b, int train, at_rng *rng, at_loss *out) {
  at__train_cache *tc = &m->tc;
  at_arena_reset(&m->arena);
  memset(tc, 0, sizeof(*tc));
  at_status s = at__check_batch(m, b, train, rng);
  if (s != AT_OK) return s;
  tc->B = b->B;
  tc->Ts = b->Ts;
  tc->Tt = b->Tt;
  m->att_c = at__has_attn(m) ? at_attention_step_cache_floats(&m->attn, b->Ts) : 0;
  s = at__forward(m, b, (train && m->cfg.dropout > 0) ? rng : NULL, out);
  if (s != AT_OK) return s;
  tc->valid = 1;
  return AT_OK;
}

/* ---- training backward ------------------------------------------------------------- */
typedef struct at__bwd {
  float *dht;                  /* (Tt, B, H) gradient at ~h_t */
  float *dh[2], *dc[2];        /* (L, B, H) gradients at the states after / before a step */
  float *dgx0;                 /* (Tt, B, GH) */
  float *dkeys, *dpkeys;       /* (Ts, B, H), (Ts, B, P) */
  float *dctx, *dgx_tmp, *dx_tmp;
} at__bwd;

static at_status at__bwd_alloc(at_model *m, at__bwd *g) {
  at__train_cache *tc = &m->tc;
  at_arena *a = &m->arena;
  size_t B = tc->B, Tt = tc->Tt, Ts = tc->Ts, H = m->H, LBH = (size_t)m->L * B * H;
  size_t GH = (size_t)m->dec[0].gates * H;
  size_t P = at__has_attn(m) ? (size_t)at_attention_pkey_dim(&m->attn) : 1;
  memset(g, 0, sizeof(*g));
  g->dht = at_arena_zeros(a, Tt * B * H);
  g->dgx0 = at_arena_zeros(a, Tt * B * GH);
  g->dkeys = at_arena_zeros(a, Ts * B * H);
  g->dpkeys = at_arena_zeros(a, Ts * B * P);
  g->dctx = at_arena_zeros(a, B * H);
  g->dgx_tmp = at_arena_zeros(a, B * GH);
  g->dx_tmp = at_arena_zeros(a, B * H);
  int ok = g->dht && g->dgx0 && g->dkeys && g->dpkeys && g->dctx && g->dgx_tmp && g->dx_tmp;
  for (int k = 0; k < 2; k++) {
    g->dh[k] = at_arena_zeros(a, LBH);
    g->dc[k] = at__is_lstm(m) ? at_arena_zeros(a, LBH) : NULL;
    ok = ok && g->dh[k] && (!at__is_lstm(m) || g->dc[k]);
  }
  return ok ? AT_OK : at_fail(AT_ERR_NOMEM, "backward buffers");
}

/* dlogits -> dW/db of the output layer and dht (through the output dropout). */
static void at__bwd_output(at_model *m, float loss_scale, at__bwd *g) {
  at__train_cache *tc = &m->tc;
  size_t n = (size_t)tc->Tt * tc->B, nv = n * m->cfg.tgt_vocab;
  if (loss_scale != tc->dlogits_scale) {
    float f = loss_scale / tc->dlogits_scale;
    for (size_t i = 0; i < nv; i++) tc->dlogits[i] *= f;
    tc->dlogits_scale = loss_scale;
  }
  at_output_backward(&m->out, m->P.data, m->P.grad, tc->out_in, (int)n, tc->dlogits, g->dht);
  if (tc->out_mask) at__mul(g->dht, tc->out_mask, n * m->H);
}

/* The decoder steps in reverse; leaves the initial-state gradients in dh[0]/dc[0]. */
static void at__bwd_steps(at_model *m, at__bwd *g) {
  at__train_cache *tc = &m->tc;
  size_t B = tc->B, H = m->H, LBH = (size_t)m->L * B * H, GH = (size_t)m->dec[0].gates * H;
  float *dh_next = g->dh[0], *dh_cur = g->dh[1], *dc_next = g->dc[0], *dc_cur = g->dc[1];
  for (int t = tc->Tt - 1; t >= 0; t--) {
    at__step s = at__train_step(m, tc, t, NULL);
    memset(dh_cur, 0, LBH * sizeof(float));
    if (dc_cur) memset(dc_cur, 0, LBH * sizeof(float));
    at__step_grads sg = {g->dht + t * B * H, dh_next, dc_next, g->dgx0 + t * B * GH, dh_cur, dc_cur,
                         (at__feeding(m) && t > 0) ? g->dht + (t - 1) * B * H : NULL, g->dkeys, g->dpkeys,
                         g->dctx, g->dgx_tmp, g->dx_tmp};
    at__dec_step_backward(m, m->P.data, m->P.grad, &s, &sg, &m->arena);
    float *tmp = dh_next;
    dh_next = dh_cur, dh_cur = tmp;
    tmp = dc_next, dc_next = dc_cur, dc_cur = tmp;
  }
  g->dh[0] = dh_next;
  g->dc[0] = dc_next;
}

/* Layer-0 input weights for all steps at once, then the target embeddings. */
static at_status at__bwd_layer0(at_model *m, at__bwd *g) {
  at__train_cache *tc = &m->tc;
  const at_rnn *R = &m->dec[0];
  int n = tc->Tt * tc->B, GH = R->gates * m->H, E = m->E;
  float *gW = m->P.grad + R->W_ih;
  at_gemm(1, 0, GH, E, n, 1.0f, g->dgx0, GH, tc->ye, E, 1.0f, gW, m->in0);
  at__colsum_add(g->dgx0, n, GH, m->P.grad + R->b_ih);
  const float *feeds = at__feeding(m) ? tc->ht : m->cfg.attention == AT_ATTN_BAHDANAU ? tc->ctx : NULL;
  if (feeds) at_gemm(1, 0, GH, m->H, n, 1.0f, g->dgx0, GH, feeds, m->H, 1.0f, gW + E, m->in0);
  float *dye = at_arena_floats(&m->arena, (size_t)n * E);
  if (!dye) return at_fail(AT_ERR_NOMEM, "target embedding gradient");
  at_gemm(0, 0, n, E, GH, 1.0f, g->dgx0, GH, m->P.data + R->W_ih, m->in0, 0.0f, dye, E);
  at__mul(dye, tc->ye_mask, (size_t)n * E);
  at_embedding_backward(&m->tgt_emb, m->P.grad, tc->tgt_in, n, dye);
  return AT_OK;
}

/* Bridge, keys and encoder down to the source embeddings. */
static at_status at__bwd_encoder(at_model *m, at__bwd *g) {
  at__train_cache *tc = &m->tc;
  at_encoded *e = &tc->enc;
  at_arena *a = &m->arena;
  size_t BH = (size_t)tc->B * m->H, n = (size_t)tc->Ts * tc->B;
  float *dhf[AT_MAX_LAYERS] = {0}, *dcf[AT_MAX_LAYERS] = {0};
  for (int l = 0; l < m->L; l++) {
    dhf[l] = at_arena_zeros(a, BH);
    dcf[l] = at__is_lstm(m) ? at_arena_zeros(a, BH) : NULL;
    if (!dhf[l] || (at__is_lstm(m) && !dcf[l])) return at_fail(AT_ERR_NOMEM, "bridge gradients");
    if (m->cfg.bridge != AT_BRIDGE_DENSE) continue;
    at_linear_backward(&m->bridge_h[l], m->P.data, m->P.grad, e->enc.h_final[l], m->H, NULL, tc->B,
                       e->h0 + l * BH, g->dh[0] + l * BH, dhf[l], NULL);
    if (dcf[l])
      at_linear_backward(&m->bridge_c[l], m->P.data, m->P.grad, e->enc.c_final[l], m->H, NULL, tc->B,
                         e->c0 + l * BH, g->dc[0] + l * BH, dcf[l], NULL);
  }
  if (at__has_attn(m))
    at_attention_project_keys_backward(&m->attn, m->P.data, m->P.grad, e->keys, tc->Ts, tc->B, g->dpkeys, g->dkeys);
  float *dxs = at_arena_zeros(a, n * m->E);
  if (!dxs) return at_fail(AT_ERR_NOMEM, "source embedding gradient");
  at_status s = at_encoder_backward(&m->enc, m->P.data, m->P.grad, &e->enc, g->dkeys, dhf,
                                    at__is_lstm(m) ? dcf : NULL, dxs, a);
  if (s != AT_OK) return s;
  at__mul(dxs, e->xs_mask, n * m->E);
  at_embedding_backward(&m->src_emb, m->P.grad, tc->src, (int)n, dxs);
  return AT_OK;
}

at_status at_model_backward(at_model *m, float loss_scale) {
  if (!m->tc.valid) return at_fail(AT_ERR_INVALID_ARG, "at_model_backward without a successful forward");
  at__bwd g;
  at_status s = at__bwd_alloc(m, &g);
  if (s != AT_OK) return s;
  at__bwd_output(m, loss_scale, &g);
  at__bwd_steps(m, &g);
  s = at__bwd_layer0(m, &g);
  if (s == AT_OK) s = at__bwd_encoder(m, &g);
  return s;
}

/* ---- inference ----------------------------------------------------------------------- */
at_status at_model_state_alloc(const at_model *m, int N, at_arena *arena, at_dec_state *st) {
  size_t n = (size_t)m->L * N * m->H;
  memset(st, 0, sizeof(*st));
  st->N = N;
  st->h = at_arena_zeros(arena, n);
  st->c = at__is_lstm(m) ? at_arena_zeros(arena, n) : NULL;
  st->feed = at__feeding(m) ? at_arena_zeros(arena, (size_t)N * m->H) : NULL;
  if (!st->h || (at__is_lstm(m) && !st->c) || (at__feeding(m) && !st->feed))
    return at_fail(AT_ERR_NOMEM, "decoder state for %d hypotheses", N);
  return AT_OK;
}

at_status at_model_state_init(const at_model *m, const at_encoded *enc, at_dec_state *st) {
  if (st->N != enc->B) return at_fail(AT_ERR_SHAPE, "state_init: %d hypotheses for %d sentences", st->N, enc->B);
  size_t n = (size_t)m->L * st->N * m->H;
  memcpy(st->h, enc->h0, n * sizeof(float));
  if (st->c) memcpy(st->c, enc->c0, n * sizeof(float));
  if (st->feed) memset(st->feed, 0, (size_t)st->N * m->H * sizeof(float));
  return AT_OK;
}

/* dst rows i of each (rows, H) block of `layers` blocks take src rows from[i]. */
static void at__gather_rows(const float *src, int src_n, float *dst, int dst_n, int blocks, int H, const int *from) {
  for (int l = 0; l < blocks; l++)
    for (int i = 0; i < dst_n; i++)
      memcpy(dst + ((size_t)l * dst_n + i) * H, src + ((size_t)l * src_n + from[i]) * H, (size_t)H * sizeof(float));
}

void at_model_state_gather(const at_model *m, const at_dec_state *src, const int *from, at_dec_state *dst) {
  at__gather_rows(src->h, src->N, dst->h, dst->N, m->L, m->H, from);
  if (src->c && dst->c) at__gather_rows(src->c, src->N, dst->c, dst->N, m->L, m->H, from);
  if (src->feed && dst->feed) at__gather_rows(src->feed, src->N, dst->feed, dst->N, 1, m->H, from);
}

at_status at_model_step(const at_model *m, const at_encoded *enc, const int *sent, const at_dec_state *in,
                        const int *y_prev, at_dec_state *out, float *logprobs, float *attn, at_arena *arena) {
  int N = in->N, H = m->H, GH = m->dec[0].gates * H, V = m->cfg.tgt_vocab;
  const float *params = m->P.data;
  if (out->N != N) return at_fail(AT_ERR_SHAPE, "model step: %d hypotheses in, %d out", N, out->N);
  float *emb = at_arena_floats(arena, (size_t)N * m->E), *gx0 = at_arena_floats(arena, (size_t)N * GH);
  float *ht = at_arena_floats(arena, (size_t)N * H), *gx_tmp = at_arena_floats(arena, (size_t)N * GH);
  float *xin = at_arena_floats(arena, (size_t)m->L * N * H);
  float *ctx = at_arena_floats(arena, (size_t)N * H), *alpha = at_arena_floats(arena, (size_t)N * enc->Ts);
  if (!emb || !gx0 || !ht || !gx_tmp || !xin || !ctx || !alpha) return at_fail(AT_ERR_NOMEM, "model step");
  at_status s = at_embedding_forward(&m->tgt_emb, params, y_prev, N, emb);
  if (s != AT_OK) return at_fail_context(s, "model step");
  at__gx0_embed(m, params, emb, N, gx0);
  at__step st = {0};
  st.N = N, st.sent = sent, st.enc = enc, st.gx0 = gx0;
  st.h_in = in->h, st.c_in = in->c, st.feed_in = at__feeding(m) ? in->feed : NULL;
  st.h_out = out->h, st.c_out = out->c;
  st.ctx = ctx, st.alpha = alpha, st.ht = ht, st.gx_tmp = gx_tmp, st.xin = xin;
  at__dec_step(m, params, &st, arena);
  if (out->feed) memcpy(out->feed, ht, (size_t)N * H * sizeof(float));
  at_output_logits(&m->out, params, ht, N, logprobs);
  at_log_softmax_rows(logprobs, logprobs, N, V);
  if (attn) {
    if (at__has_attn(m))
      memcpy(attn, alpha, (size_t)N * enc->Ts * sizeof(float));
    else
      memset(attn, 0, (size_t)N * enc->Ts * sizeof(float));
  }
  return AT_OK;
}
