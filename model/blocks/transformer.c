/* Self-attention blocks: the Transformer encoder and decoder (Vaswani et al.
 * 2017) and the recurrent encoder with self-attention layers on its outputs
 * ("rnn-sa", Domhan 2018), all built from one layer stack.
 *
 * A stack of L layers at width D; each layer is a sequence of sublayers f
 * (self-attention; cross-attention in the decoder; feed-forward), each
 * wrapped in a residual connection with layer normalisation:
 *   pre-norm   y = x + drop(f(LN(x)))
 *   post-norm  y = LN(x + drop(f(x)))
 * and a final layer norm on the stack's output in both modes, as
 * torch.nn.Transformer has (its encoder.norm and decoder.norm), which is what
 * tests/test_golden_transformer.c compares against. Encoder self-attention
 * masks padded source positions; decoder self-attention is causal;
 * cross-attention masks padded source positions.
 *
 * Decoding: the cross-attention keys and values of every layer are
 * projected once per sentence (prepare) and shared by every hypothesis of
 * it; each hypothesis' self-attention keys and values live in the decoder
 * state ("k/l<k>", "v/l<k>", max_steps x D floats each, the first t x D in
 * use after step t-1) and are reordered by the generic gather, so step t
 * costs O(t).
 *
 * Parameter names (tests/test_golden_transformer.c lists them all):
 *   <stack>/l<k>/ln1, self/{W_qkv,b_qkv,W_o,b_o}, ln2, [cross/{W_q,b_q,W_kv,b_kv,W_o,b_o}, ln3,] ff/{W_1,b_1,W_2,b_2}
 *   <stack>/ln   the final layer norm
 * with <stack> "encoder", "decoder" or "encoder/sa" (rnn-sa). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "model/blocks/blocks.h"

static size_t at__f(size_t n) { return at_arena_round(n * sizeof(float)); }

enum { AT__SUB_SELF = 0, AT__SUB_CROSS = 1, AT__SUB_FF = 2, AT__SUBS = 3 };

/* ---- the layer stack ----------------------------------------------------------------------- */
typedef struct at__tf_layer {
  at_layernorm ln[AT__SUBS]; /* one per sublayer, in order: ln1 self, ln2 cross or ff, ln3 ff */
  at_mha self, cross;
  at_ffn ff;
} at__tf_layer;

typedef struct at__tf_stack {
  int L, D, F, H, cross, post, subs;
  int kind[AT__SUBS]; /* sublayer kinds in order */
  float dropout, attn_dropout, ff_dropout;
  at__tf_layer layer[AT_MAX_LAYERS];
  at_layernorm final;
} at__tf_stack;

/* One residual sublayer's training cache. */
typedef struct at__sub_cache {
  const float *x;  /* input (n, D) */
  float *z;        /* pre: LN(x) (f's input); post: x + drop(f(x)) (the norm's input) */
  float *stats;    /* (n, 2) of the norm */
  float *mask;     /* residual dropout (n, D) or NULL */
  float *out;      /* (n, D) */
  at_mha_cache att;
  float *ff_pre, *ff_hid, *ff_mask; /* feed-forward: (n, F) each */
} at__sub_cache;

typedef struct at__stack_cache {
  int T, B, Tk;
  const int *self_len, *kv_len;
  const float *const *kvp; /* cross: (Tk, B, 2D) per layer */
  at__sub_cache sub[AT_MAX_LAYERS][AT__SUBS];
  float *final_stats;
  const float *last;       /* the final norm's input */
  float *out;              /* (T, B, D) */
} at__stack_cache;

static at_status at__stack_declare(at__tf_stack *S, at_params *P, const char *name, const at_model_config *cfg,
                                   int layers, int D, int kv_dim, int cross) {
  memset(S, 0, sizeof(*S));
  S->L = layers, S->D = D, S->H = cfg->heads, S->cross = cross, S->post = cfg->norm == AT_NORM_POST;
  S->F = cfg->ff_dim > 0 ? cfg->ff_dim : 4 * D;
  S->dropout = cfg->dropout, S->attn_dropout = cfg->attn_dropout, S->ff_dropout = cfg->ff_dropout;
  S->subs = cross ? 3 : 2;
  S->kind[0] = AT__SUB_SELF;
  S->kind[1] = cross ? AT__SUB_CROSS : AT__SUB_FF;
  S->kind[2] = AT__SUB_FF;
  char buf[128];
  at_status s = AT_OK;
  for (int l = 0; l < layers && s == AT_OK; l++) {
    at__tf_layer *Y = &S->layer[l];
    for (int k = 0; k < S->subs && s == AT_OK; k++) {
      snprintf(buf, sizeof buf, "%s/l%d/ln%d", name, l, k + 1);
      s = at_layernorm_declare(&Y->ln[k], P, buf, D);
      if (s != AT_OK) break;
      if (S->kind[k] == AT__SUB_SELF) {
        snprintf(buf, sizeof buf, "%s/l%d/self", name, l);
        s = at_mha_declare(&Y->self, P, buf, D, D, S->H, 1);
      } else if (S->kind[k] == AT__SUB_CROSS) {
        snprintf(buf, sizeof buf, "%s/l%d/cross", name, l);
        s = at_mha_declare(&Y->cross, P, buf, D, kv_dim, S->H, 0);
      } else {
        snprintf(buf, sizeof buf, "%s/l%d/ff", name, l);
        s = at_ffn_declare(&Y->ff, P, buf, D, S->F, (at_ff_activation)cfg->ff_activation);
      }
    }
  }
  snprintf(buf, sizeof buf, "%s/ln", name);
  return s == AT_OK ? at_layernorm_declare(&S->final, P, buf, D) : s;
}

/* Arena bytes of the stack's forward (train: its caches) and backward for
 * T positions of B sentences (cross: Tk source positions). */
static size_t at__stack_fwd_bytes(const at__tf_stack *S, int T, int B, int Tk, int train) {
  size_t n = (size_t)T * B, nD = at__f(n * S->D), b = at__f(2 * n) + nD;
  int rd = train && S->dropout > 0, ad = train && S->attn_dropout > 0, fd = train && S->ff_dropout > 0;
  for (int l = 0; l < S->L; l++)
    for (int k = 0; k < S->subs; k++) {
      b += 2 * nD + at__f(2 * n) + rd * nD;
      if (S->kind[k] == AT__SUB_SELF) b += at_mha_forward_bytes(&S->layer[l].self, T, T, B, ad);
      if (S->kind[k] == AT__SUB_CROSS) b += at_mha_forward_bytes(&S->layer[l].cross, T, Tk, B, ad);
      if (S->kind[k] == AT__SUB_FF) b += (2 + fd) * at__f(n * S->F);
    }
  return b;
}

static size_t at__stack_bwd_bytes(const at__tf_stack *S, int T, int B, int Tk) {
  size_t n = (size_t)T * B, nD = at__f(n * S->D), peak = 0;
  for (int k = 0; k < S->subs; k++) { /* one sublayer's temporaries at a time */
    size_t b = 2 * nD;
    if (S->kind[k] == AT__SUB_SELF) b += at_mha_backward_bytes(&S->layer[0].self, T, T, B);
    if (S->kind[k] == AT__SUB_CROSS) b += at_mha_backward_bytes(&S->layer[0].cross, T, Tk, B);
    if (S->kind[k] == AT__SUB_FF) b += at__f(n * S->F);
    peak = b > peak ? b : peak;
  }
  return 2 * nD + peak; /* two gradient buffers in turn, and the largest sublayer's temporaries */
}

/* f of sublayer k of layer l on in (n, D) into fout (n, D). */
static at_status at__sub_f(const at__tf_stack *S, const float *params, int l, int k, at__stack_cache *C,
                           const float *in, at_rng *rng, at__sub_cache *sc, float *fout, at_arena *a) {
  const at__tf_layer *Y = &S->layer[l];
  int T = C->T, B = C->B;
  size_t n = (size_t)T * B;
  switch (S->kind[k]) {
  case AT__SUB_SELF:
    return at_mha_forward(&Y->self, params, in, T, NULL, T, B, C->self_len, S->cross /* decoder: causal */, S->attn_dropout,
                          rng, &sc->att, fout, a);
  case AT__SUB_CROSS:
    return at_mha_forward(&Y->cross, params, in, T, C->kvp[l], C->Tk, B, C->kv_len, 0, S->attn_dropout, rng,
                          &sc->att, fout, a);
  default:
    sc->ff_pre = at_arena_floats(a, n * S->F);
    sc->ff_hid = at_arena_floats(a, n * S->F);
    if (!sc->ff_pre || !sc->ff_hid) return at_fail(AT_ERR_NOMEM, "feed-forward (%zu x %d)", n, S->F);
    if (rng && S->ff_dropout > 0) {
      if (!(sc->ff_mask = at_arena_floats(a, n * S->F))) return at_fail(AT_ERR_NOMEM, "feed-forward dropout");
      at_dropout_mask_tbd(rng, S->ff_dropout, sc->ff_mask, C->T, C->B, S->F);
    }
    at_ffn_forward(&Y->ff, params, in, (int)n, sc->ff_pre, sc->ff_hid, sc->ff_mask, fout);
    return AT_OK;
  }
}

/* dx += d(f)/d(input) applied to df; parameter gradients; cross: dkvp[l] too. */
static at_status at__sub_f_backward(const at__tf_stack *S, const float *params, float *grads, int l, int k,
                                    const at__stack_cache *C, const at__sub_cache *sc, const float *in,
                                    const float *df, float *dx, float *const *dkvp, at_arena *a) {
  const at__tf_layer *Y = &S->layer[l];
  size_t n = (size_t)C->T * C->B;
  switch (S->kind[k]) {
  case AT__SUB_SELF: return at_mha_backward(&Y->self, params, grads, &sc->att, df, dx, NULL, a);
  case AT__SUB_CROSS: return at_mha_backward(&Y->cross, params, grads, &sc->att, df, dx, dkvp[l], a);
  default: {
    float *scratch = at_arena_floats(a, n * S->F);
    if (!scratch) return at_fail(AT_ERR_NOMEM, "feed-forward gradient");
    at_ffn_backward(&Y->ff, params, grads, in, (int)n, sc->ff_pre, sc->ff_hid, sc->ff_mask, df, dx, scratch);
    return AT_OK;
  }
  }
}

/* x (T, B, D) the stack's input (must outlive backward); C->out the output. */
static at_status at__stack_forward(const at__tf_stack *S, const float *params, const float *x, at_rng *rng,
                                   at__stack_cache *C, at_arena *a) {
  size_t n = (size_t)C->T * C->B, nD = n * S->D;
  const float *h = x;
  for (int l = 0; l < S->L; l++)
    for (int k = 0; k < S->subs; k++) {
      at__sub_cache *sc = &C->sub[l][k];
      const at_layernorm *ln = &S->layer[l].ln[k];
      sc->x = h;
      sc->z = at_arena_floats(a, nD);
      sc->out = at_arena_floats(a, nD);
      sc->stats = at_arena_floats(a, 2 * n);
      if (!sc->z || !sc->out || !sc->stats) return at_fail(AT_ERR_NOMEM, "transformer layer %d", l);
      if (rng && S->dropout > 0) {
        if (!(sc->mask = at_arena_floats(a, nD))) return at_fail(AT_ERR_NOMEM, "residual dropout");
        at_dropout_mask_tbd(rng, S->dropout, sc->mask, C->T, C->B, S->D);
      }
      at_status s;
      if (!S->post) { /* out = h + drop(f(LN(h))) */
        at_layernorm_forward(ln, params, h, (int)n, sc->z, sc->stats);
        s = at__sub_f(S, params, l, k, C, sc->z, rng, sc, sc->out, a);
        if (s != AT_OK) return at_fail_context(s, "transformer layer %d", l);
        if (sc->mask) at_dropout_apply(sc->out, sc->mask, sc->out, nD);
        for (size_t i = 0; i < nD; i++) sc->out[i] += h[i];
      } else { /* out = LN(h + drop(f(h))) */
        s = at__sub_f(S, params, l, k, C, h, rng, sc, sc->z, a);
        if (s != AT_OK) return at_fail_context(s, "transformer layer %d", l);
        if (sc->mask) at_dropout_apply(sc->z, sc->mask, sc->z, nD);
        for (size_t i = 0; i < nD; i++) sc->z[i] += h[i];
        at_layernorm_forward(ln, params, sc->z, (int)n, sc->out, sc->stats);
      }
      h = sc->out;
    }
  C->last = h;
  C->out = at_arena_floats(a, nD);
  C->final_stats = at_arena_floats(a, 2 * n);
  if (!C->out || !C->final_stats) return at_fail(AT_ERR_NOMEM, "transformer output");
  at_layernorm_forward(&S->final, params, h, (int)n, C->out, C->final_stats);
  return AT_OK;
}

/* dout (T, B, D): gradient of C->out. ADDS dx (T, B, D) and, cross, dkvp[l]. */
static at_status at__stack_backward(const at__tf_stack *S, const float *params, float *grads,
                                    const at__stack_cache *C, const float *dout, float *dx, float *const *dkvp,
                                    at_arena *a) {
  size_t n = (size_t)C->T * C->B, nD = n * S->D;
  float *g = at_arena_zeros(a, nD), *gn = at_arena_floats(a, nD);
  if (!g || !gn) return at_fail(AT_ERR_NOMEM, "transformer gradients (%zu x %d)", n, S->D);
  at_layernorm_backward(&S->final, params, grads, C->last, (int)n, C->final_stats, dout, g);
  for (int l = S->L - 1; l >= 0; l--)
    for (int k = S->subs - 1; k >= 0; k--) {
      const at__sub_cache *sc = &C->sub[l][k];
      const at_layernorm *ln = &S->layer[l].ln[k];
      at_arena_mark mark = at_arena_get_mark(a);
      float *df = at_arena_floats(a, nD), *dz = at_arena_zeros(a, nD);
      if (!df || !dz) return at_fail(AT_ERR_NOMEM, "transformer layer %d gradients", l);
      at_status s;
      if (!S->post) { /* out = x + drop(f(z)), z = LN(x) */
        memcpy(gn, g, nD * sizeof(float));
        if (sc->mask) at_dropout_apply(g, sc->mask, df, nD); else memcpy(df, g, nD * sizeof(float));
        s = at__sub_f_backward(S, params, grads, l, k, C, sc, sc->z, df, dz, dkvp, a);
        if (s == AT_OK) at_layernorm_backward(ln, params, grads, sc->x, (int)n, sc->stats, dz, gn);
      } else { /* out = LN(z), z = x + drop(f(x)) */
        at_layernorm_backward(ln, params, grads, sc->z, (int)n, sc->stats, g, dz);
        memcpy(gn, dz, nD * sizeof(float));
        if (sc->mask) at_dropout_apply(dz, sc->mask, df, nD); else memcpy(df, dz, nD * sizeof(float));
        s = at__sub_f_backward(S, params, grads, l, k, C, sc, sc->x, df, gn, dkvp, a);
      }
      if (s != AT_OK) return at_fail_context(s, "transformer layer %d", l);
      at_arena_rewind(a, mark);
      float *sw = g;
      g = gn, gn = sw;
    }
  for (size_t i = 0; i < nD; i++) dx[i] += g[i];
  return AT_OK;
}

/* The weights of sublayer kind `kind` (AT__SUB_SELF or AT__SUB_CROSS) of
 * layer `layer` the last forward left in C: the attention_maps ops. */
static int at__stack_maps(const at__tf_stack *S, const at__stack_cache *C, int kind, int layer, const float **att,
                          int *heads, int *rows, int *cols) {
  int k = 0;
  while (k < S->subs && S->kind[k] != kind) k++;
  if (att) *att = NULL;
  if (k == S->subs || S->L < 1) return 0;
  if (att && layer >= 0 && layer < S->L) {
    const at_mha_cache *mc = &C->sub[layer][k].att;
    *att = mc->att;
    *heads = S->H, *rows = mc->Tq, *cols = mc->Tk;
  }
  return S->L;
}

/* ---- embedding input: projection, positions, dropout ------------------------------------- */
typedef struct at__tf_input {
  int E, D, has_proj;
  at_linear proj;   /* (D, E), no bias, when E != D */
  at_positions pos;
  float dropout;
} at__tf_input;

static at_status at__input_declare(at__tf_input *I, at_params *P, const char *name, const at_model_config *cfg,
                                   int E, int D, int positions) {
  char buf[128];
  memset(I, 0, sizeof(*I));
  I->E = E, I->D = D, I->has_proj = E != D, I->dropout = cfg->dropout;
  at_status s = AT_OK;
  if (I->has_proj) {
    snprintf(buf, sizeof buf, "%s/in_proj", name);
    s = at_linear_declare(&I->proj, P, buf, E, D, 0, AT_ACT_NONE);
  }
  snprintf(buf, sizeof buf, "%s/pos", name);
  if (s == AT_OK && positions)
    s = at_positions_declare(&I->pos, P, buf, (at_position_type)cfg->positions, D, cfg->max_positions);
  return s;
}

/* h (T, B, D) = drop(proj(x) + PE[t0..]); *mask the dropout mask or NULL. */
static at_status at__input_forward(const at__tf_input *I, const float *params, const float *x, int t0, int T, int B,
                                   at_rng *rng, float *h, float **mask, at_arena *a) {
  size_t n = (size_t)T * B, nD = n * I->D;
  if (I->has_proj)
    at_linear_forward(&I->proj, params, x, I->E, NULL, (int)n, h);
  else
    memcpy(h, x, nD * sizeof(float));
  at_status s = at_positions_add(&I->pos, params, h, t0, T, B);
  if (s != AT_OK) return s;
  if (mask) *mask = NULL;
  if (mask && rng && I->dropout > 0) {
    if (!(*mask = at_arena_floats(a, nD))) return at_fail(AT_ERR_NOMEM, "input dropout");
    at_dropout_mask_tbd(rng, I->dropout, *mask, T, B, I->D);
    at_dropout_apply(h, *mask, h, nD);
  }
  return AT_OK;
}

/* dh (T, B, D) (overwritten) -> ADDS dx (T, B, E) and parameter gradients. */
static void at__input_backward(const at__tf_input *I, const float *params, float *grads, const float *x, int T, int B,
                               const float *mask, float *dh, float *dx) {
  size_t n = (size_t)T * B, nD = n * I->D;
  if (mask) at_dropout_apply(dh, mask, dh, nD);
  at_positions_backward(&I->pos, grads, dh, 0, T, B);
  if (I->has_proj)
    at_linear_backward(&I->proj, params, grads, x, I->E, NULL, (int)n, NULL, dh, dx, NULL);
  else
    for (size_t i = 0; i < nD; i++) dx[i] += dh[i];
}

static size_t at__input_bytes(const at__tf_input *I, int T, int B, int train) {
  size_t nD = at__f((size_t)T * B * I->D);
  return nD * (1 + (train && I->dropout > 0)) + nD; /* h, mask; backward: dh */
}

/* Rows t >= len[b] of x (T, B, D) set to zero. */
static void at__zero_padding(float *x, int T, int B, int D, const int *len) {
  for (int t = 0; t < T; t++)
    for (int b = 0; b < B; b++)
      if (t >= len[b]) memset(x + ((size_t)t * B + b) * D, 0, (size_t)D * sizeof(float));
}

/* pooled (B, D): mean of x over each sentence's positions (the state an rnn
 * decoder's bridge starts from when the encoder has no final state). */
static void at__mean_pool(const float *x, int T, int B, int D, const int *len, float *pooled) {
  memset(pooled, 0, (size_t)B * D * sizeof(float));
  for (int t = 0; t < T; t++)
    for (int b = 0; b < B; b++)
      if (t < len[b])
        for (int j = 0; j < D; j++) pooled[(size_t)b * D + j] += x[((size_t)t * B + b) * D + j];
  for (int b = 0; b < B; b++)
    for (int j = 0; j < D; j++) pooled[(size_t)b * D + j] /= (float)len[b];
}

/* ---- the Transformer encoder ---------------------------------------------------------------- */
typedef struct at__tf_enc {
  at__tf_input in;
  at__tf_stack S;
  int bridge_layers, lstm;
} at__tf_enc;

typedef struct at__tf_enc_cache {
  int Ts, B;
  const float *x;
  const int *len;
  float *h0, *mask;     /* stack input, input dropout mask */
  at__stack_cache sc;
  float *out;           /* (Ts, B, D), zero at padding */
  float *pooled;        /* (B, D) */
} at__tf_enc_cache;

static at_status at__tfe_declare(void *self, const at_model_config *cfg, int in_dim, at_params *P) {
  at__tf_enc *E = self;
  int D = cfg->model_dim > 0 ? cfg->model_dim : cfg->emb_dim;
  memset(E, 0, sizeof(*E));
  E->bridge_layers = cfg->layers, E->lstm = cfg->cell == AT_CELL_LSTM;
  at_status s = at__input_declare(&E->in, P, "encoder", cfg, in_dim, D, 1);
  return s == AT_OK ? at__stack_declare(&E->S, P, "encoder", cfg, cfg->enc_layers, D, D, 0) : s;
}

static int at__tfe_out_dim(const void *self) { return ((const at__tf_enc *)self)->S.D; }

static size_t at__tfe_act_bytes(const void *self, int B, int Ts, int train) {
  const at__tf_enc *E = self;
  size_t nD = at__f((size_t)Ts * B * E->S.D);
  return at__input_bytes(&E->in, Ts, B, train) + at__stack_fwd_bytes(&E->S, Ts, B, 0, train) +
         at__stack_bwd_bytes(&E->S, Ts, B, 0) + 2 * nD + at__f((size_t)B * E->S.D) * 2;
}

static void at__enc_out_fill(const at__tf_enc *E, int Ts, int B, const int *len, const float *out,
                             const float *pooled, at_enc_out *o) {
  memset(o, 0, sizeof(*o));
  o->Ts = Ts, o->B = B, o->dim = E->S.D, o->src_len = len, o->out = out;
  o->layers = E->bridge_layers;
  for (int l = 0; l < o->layers; l++) o->h_final[l] = pooled, o->c_final[l] = E->lstm ? pooled : NULL;
}

static at_status at__tfe_forward(const void *self, const float *params, const float *x, int Ts, int B,
                                 const int *len, at_rng *rng, void *cache, at_enc_out *out, at_arena *a) {
  const at__tf_enc *E = self;
  at__tf_enc_cache *C = cache;
  size_t nD = (size_t)Ts * B * E->S.D;
  memset(C, 0, sizeof(*C));
  C->Ts = Ts, C->B = B, C->x = x, C->len = len;
  C->h0 = at_arena_floats(a, nD);
  C->out = at_arena_floats(a, nD);
  C->pooled = at_arena_floats(a, (size_t)B * E->S.D);
  if (!C->h0 || !C->out || !C->pooled) return at_fail(AT_ERR_NOMEM, "transformer encoder (%d x %d)", Ts, B);
  at_status s = at__input_forward(&E->in, params, x, 0, Ts, B, rng, C->h0, &C->mask, a);
  if (s != AT_OK) return at_fail_context(s, "source");
  C->sc.T = Ts, C->sc.B = B, C->sc.self_len = len;
  s = at__stack_forward(&E->S, params, C->h0, rng, &C->sc, a);
  if (s != AT_OK) return s;
  memcpy(C->out, C->sc.out, nD * sizeof(float));
  at__zero_padding(C->out, Ts, B, E->S.D, len);
  at__mean_pool(C->out, Ts, B, E->S.D, len, C->pooled);
  at__enc_out_fill(E, Ts, B, len, C->out, C->pooled, out);
  return AT_OK;
}

/* The gradient of out: g->dout plus the pooled state's share, 0 at padding. */
static float *at__enc_dout(const at__tf_enc *E, int Ts, int B, const int *len, const at_enc_grad *g, at_arena *a) {
  const int D = E->S.D;
  size_t nD = (size_t)Ts * B * D;
  float *d = at_arena_floats(a, nD), *dp = at_arena_zeros(a, (size_t)B * D);
  if (!d || !dp) return NULL;
  memcpy(d, g->dout, nD * sizeof(float));
  for (int l = 0; l < E->bridge_layers; l++) {
    const float *parts[2] = {g->dh_final[l], E->lstm ? g->dc_final[l] : NULL};
    for (int k = 0; k < 2; k++)
      if (parts[k])
        for (size_t i = 0; i < (size_t)B * D; i++) dp[i] += parts[k][i];
  }
  for (int t = 0; t < Ts; t++)
    for (int b = 0; b < B; b++) {
      float *r = d + ((size_t)t * B + b) * D;
      if (t >= len[b]) {
        memset(r, 0, (size_t)D * sizeof(float));
        continue;
      }
      for (int j = 0; j < D; j++) r[j] += dp[(size_t)b * D + j] / (float)len[b];
    }
  return d;
}

static at_status at__tfe_backward(const void *self, const float *params, float *grads, const void *cache,
                                  const at_enc_grad *g, float *dx, at_arena *a) {
  const at__tf_enc *E = self;
  const at__tf_enc_cache *C = cache;
  size_t nD = (size_t)C->Ts * C->B * E->S.D;
  float *dout = at__enc_dout(E, C->Ts, C->B, C->len, g, a), *dh = at_arena_zeros(a, nD);
  if (!dout || !dh) return at_fail(AT_ERR_NOMEM, "transformer encoder gradients");
  at_status s = at__stack_backward(&E->S, params, grads, &C->sc, dout, dh, NULL, a);
  if (s != AT_OK) return s;
  at__input_backward(&E->in, params, grads, C->x, C->Ts, C->B, C->mask, dh, dx);
  return AT_OK;
}

static int at__tfe_attention_maps(const void *self, const void *cache, int kind, int layer, const float **att,
                                  int *heads, int *rows, int *cols) {
  const at__tf_enc *E = self;
  if (kind != AT_MAP_SELF) {
    if (att) *att = NULL;
    return 0;
  }
  return at__stack_maps(&E->S, &((const at__tf_enc_cache *)cache)->sc, AT__SUB_SELF, layer, att, heads, rows, cols);
}

const at_encoder_ops at_transformer_encoder_ops = {
    "transformer",    sizeof(at__tf_enc), sizeof(at__tf_enc_cache), 1, at__tfe_declare, at__tfe_out_dim,
    at__tfe_act_bytes, at__tfe_forward, at__tfe_backward, at__tfe_attention_maps,
};

/* ---- the recurrent encoder with self-attention layers on top ---------------------------------- */
typedef struct at__rnn_sa_enc {
  at_encoder rnn;
  at__tf_stack S;
} at__rnn_sa_enc;

typedef struct at__rnn_sa_cache {
  at_encoder_cache rc;
  at__stack_cache sc;
  const int *len;
  float *out; /* (Ts, B, H), zero at padding */
} at__rnn_sa_cache;

static at_status at__rsa_declare(void *self, const at_model_config *cfg, int in_dim, at_params *P) {
  at__rnn_sa_enc *E = self;
  memset(E, 0, sizeof(*E));
  at_status s = at_encoder_declare(&E->rnn, P, "encoder", cfg->cell, cfg->layers, cfg->bidirectional, in_dim,
                                   cfg->hidden_dim, cfg->dropout);
  return s == AT_OK ? at__stack_declare(&E->S, P, "encoder/sa", cfg, cfg->enc_layers, cfg->hidden_dim,
                                        cfg->hidden_dim, 0)
                    : s;
}

static int at__rsa_out_dim(const void *self) { return ((const at__rnn_sa_enc *)self)->S.D; }

static size_t at__rsa_act_bytes(const void *self, int B, int Ts, int train) {
  const at__rnn_sa_enc *E = self;
  size_t nD = at__f((size_t)Ts * B * E->S.D);
  return at_encoder_act_bytes(&E->rnn, Ts, B, train) + at__stack_fwd_bytes(&E->S, Ts, B, 0, train) +
         at__stack_bwd_bytes(&E->S, Ts, B, 0) + 3 * nD;
}

static at_status at__rsa_forward(const void *self, const float *params, const float *x, int Ts, int B,
                                 const int *len, at_rng *rng, void *cache, at_enc_out *out, at_arena *a) {
  const at__rnn_sa_enc *E = self;
  at__rnn_sa_cache *C = cache;
  size_t nD = (size_t)Ts * B * E->S.D;
  memset(C, 0, sizeof(*C));
  C->len = len;
  at_status s = at_encoder_forward(&E->rnn, params, x, Ts, B, len, rng, &C->rc, a);
  if (s != AT_OK) return s;
  C->sc.T = Ts, C->sc.B = B, C->sc.self_len = len;
  s = at__stack_forward(&E->S, params, C->rc.out, rng, &C->sc, a);
  if (s != AT_OK) return at_fail_context(s, "encoder self-attention");
  if (!(C->out = at_arena_floats(a, nD))) return at_fail(AT_ERR_NOMEM, "encoder output");
  memcpy(C->out, C->sc.out, nD * sizeof(float));
  at__zero_padding(C->out, Ts, B, E->S.D, len);
  memset(out, 0, sizeof(*out));
  out->Ts = Ts, out->B = B, out->dim = E->S.D, out->src_len = len, out->out = C->out;
  out->layers = E->rnn.layers;
  for (int l = 0; l < E->rnn.layers; l++) out->h_final[l] = C->rc.h_final[l], out->c_final[l] = C->rc.c_final[l];
  return AT_OK;
}

static at_status at__rsa_backward(const void *self, const float *params, float *grads, const void *cache,
                                  const at_enc_grad *g, float *dx, at_arena *a) {
  const at__rnn_sa_enc *E = self;
  const at__rnn_sa_cache *C = cache;
  int Ts = C->sc.T, B = C->sc.B;
  size_t nD = (size_t)Ts * B * E->S.D;
  float *dout = at_arena_floats(a, nD), *drnn = at_arena_zeros(a, nD);
  if (!dout || !drnn) return at_fail(AT_ERR_NOMEM, "encoder self-attention gradients");
  memcpy(dout, g->dout, nD * sizeof(float));
  at__zero_padding(dout, Ts, B, E->S.D, C->len);
  at_status s = at__stack_backward(&E->S, params, grads, &C->sc, dout, drnn, NULL, a);
  if (s != AT_OK) return at_fail_context(s, "encoder self-attention");
  at__zero_padding(drnn, Ts, B, E->S.D, C->len); /* the rnn's outputs are constant 0 there */
  int lstm = E->rnn.fwd[0].cell == AT_CELL_LSTM;
  return at_encoder_backward(&E->rnn, params, grads, &C->rc, drnn, g->dh_final, lstm ? g->dc_final : NULL, dx, a);
}

/* The self-attention layers on top of the recurrent encoder. */
static int at__rsa_attention_maps(const void *self, const void *cache, int kind, int layer, const float **att,
                                  int *heads, int *rows, int *cols) {
  const at__rnn_sa_enc *E = self;
  if (kind != AT_MAP_SELF) {
    if (att) *att = NULL;
    return 0;
  }
  return at__stack_maps(&E->S, &((const at__rnn_sa_cache *)cache)->sc, AT__SUB_SELF, layer, att, heads, rows, cols);
}

const at_encoder_ops at_rnn_sa_encoder_ops = {
    "rnn-sa",          sizeof(at__rnn_sa_enc), sizeof(at__rnn_sa_cache), 0, at__rsa_declare, at__rsa_out_dim,
    at__rsa_act_bytes, at__rsa_forward,        at__rsa_backward,       at__rsa_attention_maps,
};

/* ---- the Transformer decoder ------------------------------------------------------------------ */
typedef struct at__tf_dec {
  at__tf_input in;
  at__tf_stack S;
} at__tf_dec;

typedef struct at__tf_mem {
  const at_enc_out *enc;
  float *kvp[AT_MAX_LAYERS]; /* (Ts, B, 2D) cross-attention keys and values per layer */
} at__tf_mem;

typedef struct at__tf_dec_cache {
  int Tt, B;
  const float *ye;
  float *h0, *mask;
  at__stack_cache sc;
} at__tf_dec_cache;

static at_status at__tfd_declare(void *self, const at_model_config *cfg, int emb_dim, int enc_dim, at_params *P) {
  at__tf_dec *D = self;
  int W = cfg->model_dim > 0 ? cfg->model_dim : cfg->emb_dim;
  memset(D, 0, sizeof(*D));
  at_status s = at__input_declare(&D->in, P, "decoder", cfg, emb_dim, W, 1);
  return s == AT_OK ? at__stack_declare(&D->S, P, "decoder", cfg, cfg->dec_layers, W, enc_dim, 1) : s;
}

static int at__tfd_out_dim(const void *self) { return ((const at__tf_dec *)self)->S.D; }
static int at__tfd_attn_rows(const void *self) {
  const at__tf_dec *D = self;
  return 1 + D->S.L * D->S.H;
}

static size_t at__tfd_prepare_bytes(const void *self, int B, int Ts) {
  const at__tf_dec *D = self;
  return D->S.L * at__f((size_t)Ts * B * 2 * D->S.D);
}

static at_status at__tfd_prepare(const void *self, const float *params, const at_enc_out *enc, void *memory,
                                 at_arena *a) {
  const at__tf_dec *D = self;
  at__tf_mem *M = memory;
  memset(M, 0, sizeof(*M));
  M->enc = enc;
  for (int l = 0; l < D->S.L; l++) {
    if (!(M->kvp[l] = at_arena_floats(a, (size_t)enc->Ts * enc->B * 2 * D->S.D)))
      return at_fail(AT_ERR_NOMEM, "cross-attention keys (%d x %d)", enc->Ts, enc->B);
    at_mha_project_kv(&D->S.layer[l].cross, params, enc->out, enc->Ts, enc->B, M->kvp[l]);
  }
  return AT_OK;
}

static size_t at__tfd_train_bytes(const void *self, int B, int Ts, int Tt, int train) {
  const at__tf_dec *D = self;
  size_t nD = at__f((size_t)Tt * B * D->S.D);
  return at__input_bytes(&D->in, Tt, B, train) + nD + at__stack_fwd_bytes(&D->S, Tt, B, Ts, train) +
         at__stack_bwd_bytes(&D->S, Tt, B, Ts) + D->S.L * at__f((size_t)Ts * B * 2 * D->S.D);
}

static at_status at__tfd_forward(const void *self, const float *params, const void *memory, const float *ye,
                                 const unsigned char *tmask, int Tt, at_rng *rng, void *cache, float **out,
                                 at_arena *a) {
  const at__tf_dec *D = self;
  const at__tf_mem *M = memory;
  at__tf_dec_cache *C = cache;
  int B = M->enc->B;
  (void)tmask; /* the causal mask keeps padded target positions out of every real one */
  memset(C, 0, sizeof(*C));
  C->Tt = Tt, C->B = B, C->ye = ye;
  if (!(C->h0 = at_arena_floats(a, (size_t)Tt * B * D->S.D))) return at_fail(AT_ERR_NOMEM, "transformer decoder");
  at_status s = at__input_forward(&D->in, params, ye, 0, Tt, B, rng, C->h0, &C->mask, a);
  if (s != AT_OK) return at_fail_context(s, "target");
  C->sc.T = Tt, C->sc.B = B, C->sc.Tk = M->enc->Ts, C->sc.kv_len = M->enc->src_len;
  C->sc.kvp = (const float *const *)M->kvp;
  s = at__stack_forward(&D->S, params, C->h0, rng, &C->sc, a);
  *out = C->sc.out;
  return s;
}

static at_status at__tfd_backward(const void *self, const float *params, float *grads, const void *memory,
                                  const void *cache, float *dout, float *dye, at_enc_grad *g,
                                  const at_dec_feedback *fb, at_arena *a) {
  const at__tf_dec *D = self;
  const at__tf_mem *M = memory;
  const at__tf_dec_cache *C = cache;
  const at_enc_out *e = M->enc;
  (void)fb;
  float *dkvp[AT_MAX_LAYERS] = {0};
  for (int l = 0; l < D->S.L; l++)
    if (!(dkvp[l] = at_arena_zeros(a, (size_t)e->Ts * e->B * 2 * D->S.D)))
      return at_fail(AT_ERR_NOMEM, "cross-attention key gradients");
  float *dh = at_arena_zeros(a, (size_t)C->Tt * C->B * D->S.D);
  if (!dh) return at_fail(AT_ERR_NOMEM, "transformer decoder gradients");
  at_status s = at__stack_backward(&D->S, params, grads, &C->sc, dout, dh, dkvp, a);
  if (s != AT_OK) return s;
  at__input_backward(&D->in, params, grads, C->ye, C->Tt, C->B, C->mask, dh, dye);
  for (int l = 0; l < D->S.L; l++)
    at_mha_project_kv_backward(&D->S.layer[l].cross, params, grads, e->out, e->Ts, e->B, dkvp[l], g->dout);
  return AT_OK;
}

static int at__tfd_state_blocks(const void *self, int max_steps, at_state_block *blk) {
  const at__tf_dec *D = self;
  int n = 0;
  for (int l = 0; l < D->S.L; l++) {
    snprintf(blk[n].name, sizeof blk[n].name, "k/l%d", l), blk[n++].width = max_steps * D->S.D;
    snprintf(blk[n].name, sizeof blk[n].name, "v/l%d", l), blk[n++].width = max_steps * D->S.D;
  }
  return n;
}

static void at__tfd_state_init(const void *self, const void *memory, at_dec_state *st) {
  (void)self, (void)memory;
  for (int k = 0; k < st->n_blocks; k++) st->block[k].used = 0; /* no position cached yet */
}

static size_t at__tfd_step_bytes(const void *self, int N, int B, int Ts) {
  const at__tf_dec *D = self;
  (void)B;
  size_t nD = at__f((size_t)N * D->S.D);
  return 3 * nD + 2 * at__f((size_t)N * D->S.F) + at__f((size_t)D->S.L * N * D->S.H * Ts) +
         at_mha_step_bytes(&D->S.layer[0].cross, N, Ts);
}

/* f of sublayer k of layer l for one step: in (N, D) -> fout (N, D). */
static void at__step_f(const at__tf_dec *D, const float *params, const at__tf_mem *M, int l, int k, int t,
                       const int *sent, const at_dec_state *out, const float *in, int N, float *fout, float *alpha,
                       float *ff_pre, float *ff_hid, at_arena *a) {
  const at__tf_layer *Y = &D->S.layer[l];
  at_arena_mark mark = at_arena_get_mark(a);
  if (D->S.kind[k] == AT__SUB_SELF)
    at_mha_self_step(&Y->self, params, in, N, t, out->block[2 * l].data, out->block[2 * l + 1].data,
                     out->block[2 * l].width, fout, a);
  else if (D->S.kind[k] == AT__SUB_CROSS)
    at_mha_cross_step(&Y->cross, params, in, N, sent, M->kvp[l], M->enc->Ts, M->enc->B, M->enc->src_len, alpha, fout,
                      a);
  else
    at_ffn_forward(&Y->ff, params, in, N, ff_pre, ff_hid, NULL, fout);
  at_arena_rewind(a, mark);
}

static at_status at__tfd_step(const void *self, const float *params, const void *memory, int t, const int *sent,
                              const at_dec_state *in, const float *y_emb, at_dec_state *out, float *h_out,
                              float *attn, at_arena *a) {
  const at__tf_dec *D = self;
  const at__tf_mem *M = memory;
  const int N = in->N, W = D->S.D, H = D->S.H, L = D->S.L, Ts = M->enc->Ts;
  size_t nD = (size_t)N * W;
  if ((size_t)(t + 1) * W > (size_t)in->block[0].width)
    return at_fail(AT_ERR_INVALID_ARG, "transformer step %d: the state holds %d steps", t, in->block[0].width / W);
  float *h = at_arena_floats(a, nD), *z = at_arena_floats(a, nD), *f = at_arena_floats(a, nD);
  float *ff_pre = at_arena_floats(a, (size_t)N * D->S.F), *ff_hid = at_arena_floats(a, (size_t)N * D->S.F);
  float *alphas = attn ? at_arena_floats(a, (size_t)L * N * H * Ts) : NULL;
  if (!h || !z || !f || !ff_pre || !ff_hid || (attn && !alphas)) return at_fail(AT_ERR_NOMEM, "decoder step");
  at_status s = at__input_forward(&D->in, params, y_emb, t, 1, N, NULL, h, NULL, a);
  if (s != AT_OK) return s;
  /* the cached keys and values of positions 0..t-1 move to the new state */
  for (int k = 0; k < 2 * L; k++) {
    const at_state_block *bi = &in->block[k];
    at_state_block *bo = &out->block[k];
    if (bo->data != bi->data)
      for (int i = 0; i < N; i++)
        memcpy(bo->data + (size_t)i * bo->width, bi->data + (size_t)i * bi->width, (size_t)t * W * sizeof(float));
    bo->used = (t + 1) * W;
  }
  for (int l = 0; l < L; l++)
    for (int k = 0; k < D->S.subs; k++) {
      const at_layernorm *ln = &D->S.layer[l].ln[k];
      float *alpha = alphas ? alphas + (size_t)l * N * H * Ts : NULL;
      if (!D->S.post) {
        at_layernorm_forward(ln, params, h, N, z, NULL);
        at__step_f(D, params, M, l, k, t, sent, out, z, N, f, alpha, ff_pre, ff_hid, a);
        for (size_t i = 0; i < nD; i++) h[i] += f[i];
      } else {
        at__step_f(D, params, M, l, k, t, sent, out, h, N, f, alpha, ff_pre, ff_hid, a);
        for (size_t i = 0; i < nD; i++) f[i] += h[i];
        at_layernorm_forward(ln, params, f, N, h, NULL);
      }
    }
  at_layernorm_forward(&D->S.final, params, h, N, h_out, NULL);
  if (!attn) return AT_OK;
  const int R = 1 + L * H;
  for (int i = 0; i < N; i++) { /* row 0: the last layer's head average; then layer by layer, head by head */
    float *row = attn + (size_t)i * R * Ts;
    const float *last = alphas + ((size_t)(L - 1) * N + i) * H * Ts;
    for (int j = 0; j < Ts; j++) {
      float m = 0;
      for (int hh = 0; hh < H; hh++) m += last[(size_t)hh * Ts + j];
      row[j] = m / (float)H;
    }
    for (int l = 0; l < L; l++)
      memcpy(row + (size_t)(1 + l * H) * Ts, alphas + ((size_t)l * N + i) * H * Ts, (size_t)H * Ts * sizeof(float));
  }
  return AT_OK;
}

/* Causal self-attention (Tt x Tt) or cross-attention (Tt x Ts) per layer. */
static int at__tfd_attention_maps(const void *self, const void *cache, int kind, int layer, const float **att,
                                  int *heads, int *rows, int *cols) {
  const at__tf_dec *D = self;
  if (kind != AT_MAP_SELF && kind != AT_MAP_CROSS) {
    if (att) *att = NULL;
    return 0;
  }
  return at__stack_maps(&D->S, &((const at__tf_dec_cache *)cache)->sc, kind == AT_MAP_SELF ? AT__SUB_SELF : AT__SUB_CROSS,
                        layer, att, heads, rows, cols);
}

/* ---- int8 decoding ------------------------------------------------------------------- */
static at_status at__qlinear(at_linear *L, const at_params *P, const at_qparams *q, at_qmap *map) {
  L->q = map;
  return at_qmap_add(map, P, q, L->W, 0, L->in_dim);
}

/* Every projection of a step (self-attention q/k/v and output, cross-attention
 * query and output, both feed-forward layers) and the per-sentence key/value
 * projection of the encoder output. */
static at_status at__tfd_use_int8(void *self, const at_params *P, const at_qparams *q, at_qmap *map) {
  at__tf_dec *D = self;
  at_status s = AT_OK;
  for (int l = 0; l < D->S.L && s == AT_OK; l++) {
    at__tf_layer *Y = &D->S.layer[l];
    at_linear *lin[] = {&Y->self.qkv, &Y->self.o, &Y->cross.q, &Y->cross.kv, &Y->cross.o, &Y->ff.l1, &Y->ff.l2};
    for (size_t k = 0; k < sizeof lin / sizeof lin[0] && s == AT_OK; k++) s = at__qlinear(lin[k], P, q, map);
  }
  return s;
}

const at_decoder_ops at_transformer_decoder_ops = {
    "transformer",
    sizeof(at__tf_dec),
    sizeof(at__tf_mem),
    sizeof(at__tf_dec_cache),
    1,
    at__tfd_declare,
    at__tfd_out_dim,
    at__tfd_attn_rows,
    at__tfd_prepare_bytes,
    at__tfd_train_bytes,
    at__tfd_step_bytes,
    at__tfd_prepare,
    at__tfd_forward,
    at__tfd_backward,
    at__tfd_state_blocks,
    at__tfd_state_init,
    at__tfd_step,
    at__tfd_attention_maps,
    at__tfd_use_int8,
};
