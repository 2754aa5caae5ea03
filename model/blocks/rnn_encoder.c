/* Stacked, optionally bidirectional recurrent encoder. A bidirectional layer
 * runs "fwd" (t = 0..T-1) and "bwd" (t = T-1..0) with H/2 units each and
 * outputs [fwd; bwd] (T, B, H); inverted dropout sits between layers only. */
#include <stdio.h>
#include <string.h>

#include "model/blocks/blocks.h"

/* Declares the layers' parameters: "<name>/l<k>/fwd/..." and ".../bwd/..."
 * (bidirectional, hidden/2 each, hidden even) or "<name>/l<k>/...". */
at_status at_encoder_declare(at_encoder *E, at_params *P, const char *name, at_cell_type cell, int layers,
                             int bidirectional, int in_dim, int hidden, float dropout) {
  if (layers < 1 || layers > AT_MAX_LAYERS || in_dim <= 0 || hidden <= 0 || (bidirectional && hidden % 2))
    return at_fail(AT_ERR_INVALID_ARG, "encoder %s: layers %d (1..%d), in_dim %d, hidden %d%s", name, layers,
                   AT_MAX_LAYERS, in_dim, hidden, bidirectional ? " (must be even when bidirectional)" : "");
  memset(E, 0, sizeof(*E));
  E->layers = layers, E->bidirectional = bidirectional, E->in_dim = in_dim, E->out_dim = hidden;
  E->dropout = dropout;
  int hd = bidirectional ? hidden / 2 : hidden;
  char full[128];
  for (int l = 0; l < layers; l++) {
    int in_l = l == 0 ? in_dim : hidden;
    snprintf(full, sizeof full, bidirectional ? "%s/l%d/fwd" : "%s/l%d", name, l);
    at_status s = at_rnn_declare(&E->fwd[l], P, full, cell, in_l, hd);
    if (s == AT_OK && bidirectional) {
      snprintf(full, sizeof full, "%s/l%d/bwd", name, l);
      s = at_rnn_declare(&E->bwd[l], P, full, cell, in_l, hd);
    }
    if (s != AT_OK) return s;
  }
  return AT_OK;
}

/* dst (N, a + b) = rows [x (N, a); y (N, b)]. */
static void at__concat_rows(float *dst, const float *x, int a, const float *y, int b, size_t N) {
  for (size_t i = 0; i < N; i++) {
    memcpy(dst + i * (a + b), x + i * a, (size_t)a * sizeof(float));
    memcpy(dst + i * (a + b) + a, y + i * b, (size_t)b * sizeof(float));
  }
}

/* x (N, a) and y (N, b) = the two column blocks of src (N, a + b). */
static void at__split_rows(const float *src, float *x, int a, float *y, int b, size_t N) {
  for (size_t i = 0; i < N; i++) {
    memcpy(x + i * a, src + i * (a + b), (size_t)a * sizeof(float));
    memcpy(y + i * b, src + i * (a + b) + a, (size_t)b * sizeof(float));
  }
}

/* Layer l's input after dropout: x itself, or x * a fresh mask (both in C). */
static at_status at__layer_input(const at_encoder *E, int l, const float *x, int T, int B, int dim, at_rng *rng,
                                 at_encoder_cache *C, at_arena *arena) {
  size_t n = (size_t)T * B * dim;
  C->drop_mask[l] = NULL;
  C->layer_in[l] = (float *)x; /* not owned, never written through */
  if (l == 0 || !rng || E->dropout <= 0.0f) return AT_OK;
  C->drop_mask[l] = at_arena_floats(arena, n);
  C->layer_in[l] = at_arena_floats(arena, n);
  if (!C->drop_mask[l] || !C->layer_in[l]) return at_fail(AT_ERR_NOMEM, "encoder dropout (%zu floats)", n);
  at_dropout_mask_tbd(rng, E->dropout, C->drop_mask[l], T, B, dim);
  at_dropout_apply(x, C->drop_mask[l], C->layer_in[l], n);
  return AT_OK;
}

/* Runs both directions of layer l on C->layer_in[l]; *out (T, B, H) and the
 * layer's final states are set in C (arena memory). */
static at_status at__layer_forward(const at_encoder *E, int l, const float *params, int T, int B,
                                   const int *lengths, at_encoder_cache *C, float **out, at_arena *arena) {
  const at_rnn *F = &E->fwd[l];
  size_t TB = (size_t)T * B, hd = (size_t)F->hidden, H = (size_t)E->out_dim;
  int lstm = F->cell == AT_CELL_LSTM;
  float *of = at_arena_floats(arena, TB * hd);
  if (!of) return at_fail(AT_ERR_NOMEM, "encoder layer %d output", l);
  at_status s = at_rnn_seq_forward(F, params, C->layer_in[l], T, B, lengths, 0, NULL, NULL, of, &C->fwd[l], arena);
  if (s != AT_OK || !E->bidirectional) {
    *out = of;
    C->h_final[l] = C->fwd[l].h_final;
    C->c_final[l] = C->fwd[l].c_final;
    return s;
  }
  float *ob = at_arena_floats(arena, TB * hd);
  *out = at_arena_floats(arena, TB * H);
  C->h_final[l] = at_arena_floats(arena, (size_t)B * H);
  C->c_final[l] = lstm ? at_arena_floats(arena, (size_t)B * H) : NULL;
  if (!ob || !*out || !C->h_final[l] || (lstm && !C->c_final[l]))
    return at_fail(AT_ERR_NOMEM, "encoder layer %d output", l);
  s = at_rnn_seq_forward(&E->bwd[l], params, C->layer_in[l], T, B, lengths, 1, NULL, NULL, ob, &C->bwd[l], arena);
  if (s != AT_OK) return s;
  at__concat_rows(*out, of, (int)hd, ob, (int)hd, TB);
  at__concat_rows(C->h_final[l], C->fwd[l].h_final, (int)hd, C->bwd[l].h_final, (int)hd, (size_t)B);
  if (lstm) at__concat_rows(C->c_final[l], C->fwd[l].c_final, (int)hd, C->bwd[l].c_final, (int)hd, (size_t)B);
  return AT_OK;
}

/* See layers.h. x (T, B, in_dim) must outlive backward (the cache points at
 * it); everything else lives in `arena`. cache->out (T, B, H) is zero at
 * padded positions; h_final[l] / c_final[l] (B, H) = [fwd_last; bwd_first]. */
at_status at_encoder_forward(const at_encoder *E, const float *params, const float *x, int T, int B,
                             const int *lengths, at_rng *rng, at_encoder_cache *cache, at_arena *arena) {
  memset(cache, 0, sizeof(*cache));
  cache->T = T, cache->B = B;
  const float *in = x;
  for (int l = 0; l < E->layers; l++) {
    at_status s = at__layer_input(E, l, in, T, B, l == 0 ? E->in_dim : E->out_dim, rng, cache, arena);
    float *out = NULL;
    if (s == AT_OK) s = at__layer_forward(E, l, params, T, B, lengths, cache, &out, arena);
    if (s != AT_OK) return at_fail_context(s, "encoder layer %d", l);
    in = cache->out = out;
  }
  return AT_OK;
}

/* Backward of layer l: dout (T, B, H), dhf/dcf (B, H) or NULL; ADDS into
 * din (T, B, in_l) (NULL = not needed) and grads. */
static at_status at__layer_backward(const at_encoder *E, int l, const float *params, float *grads,
                                    const at_encoder_cache *C, const float *dout, const float *dhf,
                                    const float *dcf, float *din, at_arena *arena) {
  const at_rnn *F = &E->fwd[l];
  if (!E->bidirectional)
    return at_rnn_seq_backward(F, params, grads, &C->fwd[l], dout, dhf, dcf, din, NULL, NULL, arena);
  int hd = F->hidden, B = C->B;
  size_t TB = (size_t)C->T * B;
  float *df = at_arena_floats(arena, TB * hd), *db = at_arena_floats(arena, TB * hd);
  float *hf = dhf ? at_arena_floats(arena, (size_t)B * hd * 2) : NULL;
  float *cf = dcf ? at_arena_floats(arena, (size_t)B * hd * 2) : NULL;
  if (!df || !db || (dhf && !hf) || (dcf && !cf)) return at_fail(AT_ERR_NOMEM, "encoder backward layer %d", l);
  at__split_rows(dout, df, hd, db, hd, TB);
  if (hf) at__split_rows(dhf, hf, hd, hf + (size_t)B * hd, hd, (size_t)B);
  if (cf) at__split_rows(dcf, cf, hd, cf + (size_t)B * hd, hd, (size_t)B);
  at_status s = at_rnn_seq_backward(F, params, grads, &C->fwd[l], df, hf, cf, din, NULL, NULL, arena);
  if (s != AT_OK) return s;
  return at_rnn_seq_backward(&E->bwd[l], params, grads, &C->bwd[l], db, hf ? hf + (size_t)B * hd : NULL,
                             cf ? cf + (size_t)B * hd : NULL, din, NULL, NULL, arena);
}

/* See layers.h. dout (T, B, H); dh_final / dc_final: arrays of `layers`
 * pointers (B, H) each (the array or any entry may be NULL). ADDS dx
 * (T, B, in_dim) (NULL = not needed) and grads. Scratch from `arena`. */
at_status at_encoder_backward(const at_encoder *E, const float *params, float *grads, const at_encoder_cache *cache,
                              const float *dout, float *const *dh_final, float *const *dc_final, float *dx,
                              at_arena *arena) {
  size_t TB = (size_t)cache->T * cache->B;
  const float *d = dout;
  for (int l = E->layers - 1; l >= 0; l--) {
    float *din = dx;
    if (l > 0) din = at_arena_zeros(arena, TB * E->out_dim);
    if (l > 0 && !din) return at_fail(AT_ERR_NOMEM, "encoder backward layer %d", l);
    at_status s = at__layer_backward(E, l, params, grads, cache, d, dh_final ? dh_final[l] : NULL,
                                     dc_final ? dc_final[l] : NULL, din, arena);
    if (s != AT_OK) return at_fail_context(s, "encoder layer %d", l);
    if (l > 0 && cache->drop_mask[l]) at_dropout_apply(din, cache->drop_mask[l], din, TB * E->out_dim);
    d = din;
  }
  return AT_OK;
}

size_t at_encoder_act_bytes(const at_encoder *E, int T, int B, int train) {
  size_t TB = (size_t)T * B, H = (size_t)E->out_dim, F = sizeof(float), n = 0;
  int hd = E->fwd[0].hidden, lstm = E->fwd[0].cell == AT_CELL_LSTM;
  for (int l = 0; l < E->layers; l++) {
    if (l > 0 && train && E->dropout > 0) n += 2 * at_arena_round(TB * H * F); /* mask, layer input */
    n += at_arena_round(TB * hd * F) + at_rnn_seq_bytes(&E->fwd[l], T, B);
    if (E->bidirectional)
      n += at_arena_round(TB * hd * F) + at_arena_round(TB * H * F) + (1 + lstm) * at_arena_round((size_t)B * H * F) +
           at_rnn_seq_bytes(&E->bwd[l], T, B) + 2 * at_arena_round(TB * hd * F) +
           2 * at_arena_round((size_t)B * 2 * hd * F); /* backward: split outputs and final states */
    if (l > 0) n += at_arena_round(TB * H * F); /* backward: gradient of the layer input */
  }
  return n;
}

/* ---- the block interface ---------------------------------------------------------------- */
static at_status at__enc_declare(void *self, const at_model_config *cfg, int in_dim, at_params *P) {
  return at_encoder_declare(self, P, "encoder", cfg->cell, cfg->layers, cfg->bidirectional, in_dim, cfg->hidden_dim,
                            cfg->dropout);
}

static size_t at__enc_act_bytes(const void *self, int B, int Ts, int train) {
  return at_encoder_act_bytes(self, Ts, B, train);
}

static at_status at__enc_forward(const void *self, const float *params, const float *x, int Ts, int B,
                                 const int *len, at_rng *rng, void *cache, at_enc_out *out, at_arena *a) {
  const at_encoder *E = self;
  at_encoder_cache *C = cache;
  at_status s = at_encoder_forward(E, params, x, Ts, B, len, rng, C, a);
  if (s != AT_OK) return s;
  memset(out, 0, sizeof(*out));
  out->Ts = Ts, out->B = B, out->dim = E->out_dim, out->src_len = len, out->out = C->out;
  out->layers = E->layers;
  for (int l = 0; l < E->layers; l++) out->h_final[l] = C->h_final[l], out->c_final[l] = C->c_final[l];
  return AT_OK;
}

static at_status at__enc_backward(const void *self, const float *params, float *grads, const void *cache,
                                  const at_enc_grad *g, float *dx, at_arena *a) {
  const at_encoder *E = self;
  int lstm = E->fwd[0].cell == AT_CELL_LSTM;
  return at_encoder_backward(E, params, grads, cache, g->dout, g->dh_final, lstm ? g->dc_final : NULL, dx, a);
}

static int at__enc_out_dim(const void *self) { return ((const at_encoder *)self)->out_dim; }

/* A recurrent encoder has no attention weights. */
static int at__enc_attention_maps(const void *self, const void *cache, int kind, int layer, const float **att,
                                  int *heads, int *rows, int *cols) {
  (void)self, (void)cache, (void)kind, (void)layer, (void)heads, (void)rows, (void)cols;
  if (att) *att = NULL;
  return 0;
}

const at_encoder_ops at_rnn_encoder_ops = {
    "rnn",           sizeof(at_encoder), sizeof(at_encoder_cache), 0, at__enc_declare, at__enc_out_dim,
    at__enc_act_bytes, at__enc_forward, at__enc_backward, at__enc_attention_maps,
};
