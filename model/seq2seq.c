/* The seq2seq assembly: source and target embeddings, an encoder block, a
 * decoder block (model/blocks/blocks.h), the output layer and the
 * label-smoothed loss; the training forward/backward and the inference API.
 * It calls the blocks' interface only and knows no cell or attention type.
 *
 * Memory: at_model_forward resets the model's arena and reserves
 * at_model_train_bytes for the batch before binding anything, so neither the
 * forward nor the backward mallocs once the arena has grown to the largest
 * batch; at_model_step reserves at_model_step_bytes likewise.
 *
 * Names: E emb_dim, D the decoder's output width, V tgt_vocab. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/omp.h"
#include "core/qgemm.h"
#include "model/blocks/blocks.h"
#include "tokenizer/tokenizer.h" /* AT_BOS_ID, AT_EOS_ID */

struct at_encoded {
  int Ts, B;
  int *src_len;          /* (B) */
  float *xs;             /* (Ts, B, E) source embeddings after dropout */
  float *xs_mask;        /* (Ts, B, E) dropout mask or NULL */
  void *enc_cache;       /* the encoder block's cache */
  at_enc_out out;        /* what the encoder hands the decoder */
  void *memory;          /* the decoder block's per-sentence memory */
};

/* What the training backward needs from the last forward (all in m->arena). */
typedef struct at__train_cache {
  int valid, B, Ts, Tt;
  int *src, *tgt_in, *tgt_out; /* (Ts, B), (Tt, B), (Tt, B) copies; tgt_out pad beyond tgt_len */
  unsigned char *tmask;        /* (Tt, B) 1 where t < tgt_len */
  at_encoded enc;
  float *ye, *ye_mask;         /* (Tt, B, E) target embeddings after dropout, mask or NULL */
  void *dec_cache;             /* the decoder block's cache */
  float *dec_out;              /* (Tt, B, D) decoder outputs */
  float *out_in, *out_mask;    /* (Tt, B, D) output-layer input (after dropout), mask or NULL */
  float *logits;               /* (AT__OUT_ROWS, V) one block of the output layer's logits */
  float *dW, *db, *dh;         /* (V, D), (V), (Tt * B, D) output-layer gradients at loss scale 1, or NULL */
  float *token_nll;            /* (Tt, B) -log p(y_t), 0 at padding */
} at__train_cache;

struct at_model {
  at_model_config cfg;
  at_params P;
  int E, D;                    /* embedding size, decoder output width */
  at_embedding src_emb, tgt_emb;
  const at_encoder_ops *enc_ops;
  const at_decoder_ops *dec_ops;
  void *enc, *dec;             /* the blocks (malloc'd, enc_ops->self_size / dec_ops->self_size) */
  at_output out;
  at_arena arena;
  at__train_cache tc;
  double baseline;             /* reward baseline of decoders that sample (hard attention) */
  int64_t baseline_updates;
  /* int8 decoding (at_model_use_int8): the packed matrices the layers look
   * up, the output layer's packed form, and its int8 rows and scales for
   * packing vocabulary subsets. */
  int int8;
  at_qmap qmap;
  at_qparams qout;             /* count 1: the output matrix only */
  int qout_rows, qout_cols;
};

/* Rows of the output layer processed at once (logits, loss, gradients), so
 * that no (Tt * B, V) logits matrix exists. Measured (bench_train dot, 1
 * thread, V 8000, D 512; docs/performance.md): 64 and 128 rows cost 15% and
 * 7% of the step (dW (V, D) is read and written once per block, and the dW
 * gemm's K is the block), 256 matches the unblocked speed, 512 gains nothing
 * more and holds 16 MB of logits instead of 8. */
#define AT__OUT_ROWS 256

/* Rows of the logits block for nt rows. */
static size_t at__out_block(size_t nt) { return nt < (size_t)AT__OUT_ROWS ? nt : (size_t)AT__OUT_ROWS; }

static size_t at__f(size_t n) { return at_arena_round(n * sizeof(float)); }
static size_t at__i(size_t n) { return at_arena_round(n * sizeof(int)); }

/* Inverted dropout in place on x (T, B, D) with a new mask from the arena;
 * NULL mask when off. */
static at_status at__dropout(at_rng *rng, float p, float *x, int T, int B, int D, at_arena *a, float **mask) {
  size_t n = (size_t)T * B * D;
  *mask = NULL;
  if (!rng || p <= 0) return AT_OK;
  *mask = at_arena_floats(a, n);
  if (!*mask) return at_fail(AT_ERR_NOMEM, "dropout mask (%zu floats)", n);
  at_dropout_mask_tbd(rng, p, *mask, T, B, D);
  at_dropout_apply(x, *mask, x, n);
  return AT_OK;
}

/* ---- the blocks a configuration uses ------------------------------------------------ */
const at_encoder_ops *at_encoder_for(const at_model_config *cfg) {
  switch (cfg->encoder) {
  case AT_ENC_TRANSFORMER: return &at_transformer_encoder_ops;
  case AT_ENC_RNN_SA: return &at_rnn_sa_encoder_ops;
  default: return &at_rnn_encoder_ops;
  }
}

const at_decoder_ops *at_decoder_for(const at_model_config *cfg) {
  return cfg->decoder == AT_DEC_TRANSFORMER ? &at_transformer_decoder_ops : &at_rnn_decoder_ops;
}

/* ---- creation -------------------------------------------------------------------- */
static at_status at__declare(at_model *m) {
  const at_model_config *c = &m->cfg;
  float es = c->emb_scale ? sqrtf((float)c->emb_dim) : 1.0f;
  at_status s = at_embedding_declare(&m->src_emb, &m->P, "src_emb", c->src_vocab, m->E, 0, es);
  if (s == AT_OK && c->share_embeddings)
    m->tgt_emb = m->src_emb; /* one matrix, "src_emb/W"; both backwards add into its gradient */
  else if (s == AT_OK)
    s = at_embedding_declare(&m->tgt_emb, &m->P, "tgt_emb", c->tgt_vocab, m->E, 0, es);
  if (s == AT_OK) s = m->enc_ops->declare(m->enc, c, m->E, &m->P);
  if (s == AT_OK) s = m->dec_ops->declare(m->dec, c, m->E, m->enc_ops->out_dim(m->enc), &m->P);
  if (s == AT_OK) {
    m->D = m->dec_ops->out_dim(m->dec);
    s = at_output_declare(&m->out, &m->P, "output", m->D, c->tgt_vocab, 0, c->tie_embeddings ? &m->tgt_emb.W : NULL);
  }
  if (s == AT_OK) s = at_params_alloc(&m->P);
  return s;
}

at_status at_model_create(const at_model_config *cfg, at_model **out) {
  *out = NULL;
  at_status s = at_model_config_validate(cfg);
  if (s != AT_OK) return s;
  at_model *m = at_calloc(1, sizeof(*m));
  if (!m) return at_fail(AT_ERR_NOMEM, "model struct");
  m->cfg = *cfg;
  m->E = cfg->emb_dim;
  m->enc_ops = at_encoder_for(cfg);
  m->dec_ops = at_decoder_for(cfg);
  m->enc = at_calloc(1, m->enc_ops->self_size);
  m->dec = at_calloc(1, m->dec_ops->self_size);
  at_params_init(&m->P);
  at_arena_init(&m->arena);
  s = m->enc && m->dec ? at__declare(m) : at_fail(AT_ERR_NOMEM, "model blocks");
  if (s != AT_OK) {
    at_model_free(m);
    return at_fail_context(s, "creating model");
  }
  *out = m;
  return AT_OK;
}

void at_model_free(at_model *m) {
  if (!m) return;
  at_qmap_free(&m->qmap);
  at_qparams_free(&m->qout);
  at_params_free(&m->P);
  at_arena_free(&m->arena);
  at_free(m->enc);
  at_free(m->dec);
  at_free(m);
}

const at_model_config *at_model_get_config(const at_model *m) { return &m->cfg; }
at_params *at_model_params(at_model *m) { return &m->P; }

/* Biases ("b", "b_ih", "b_qkv", ...: the last name component is b or starts
 * with b_) start at 0, layer-norm gains ("g") at 1, the rest uniform. */
static float at__init_constant(const char *name, int *is_constant) {
  const char *last = strrchr(name, '/');
  last = last ? last + 1 : name;
  *is_constant = 1;
  if (!strcmp(last, "b") || !strncmp(last, "b_", 2)) return 0.0f;
  if (!strcmp(last, "g")) return 1.0f;
  *is_constant = 0;
  return 0.0f;
}

void at_model_init_params(at_model *m, uint64_t seed, float scale) {
  at_rng rng;
  at_rng_seed(&rng, seed, 0x5eedULL);
  for (int i = 0; i < m->P.count; i++) {
    const at_param_info *pi = &m->P.info[i];
    float *x = m->P.data + pi->offset;
    int constant;
    float c = at__init_constant(pi->name, &constant);
    for (size_t j = 0; j < pi->size; j++) x[j] = constant ? c : scale * (2.0f * at_rng_uniform(&rng) - 1.0f);
  }
}

/* ---- encoding (training and inference) ---------------------------------------------- */
static size_t at__encode_bytes(const at_model *m, int B, int Ts, int train) {
  size_t n = (size_t)Ts * B;
  size_t b = at__i(B) + (1 + (train && m->cfg.dropout > 0 && !m->enc_ops->own_input_dropout)) * at__f(n * m->E) +
             at_arena_round(m->enc_ops->cache_size) + at_arena_round(m->dec_ops->memory_size);
  return b + m->enc_ops->act_bytes(m->enc, B, Ts, train) + m->dec_ops->prepare_bytes(m->dec, B, Ts);
}

/* Embeddings (+ dropout when rng), the encoder block, the decoder's memory. */
static at_status at__encode(const at_model *m, const float *params, const int *src, const int *src_len, int Ts,
                            int B, at_rng *rng, at_arena *a, at_encoded *e) {
  memset(e, 0, sizeof(*e));
  e->Ts = Ts;
  e->B = B;
  size_t n = (size_t)Ts * B;
  e->src_len = at_arena_alloc(a, (size_t)B * sizeof(int));
  e->xs = at_arena_floats(a, n * m->E);
  e->enc_cache = at_arena_alloc(a, m->enc_ops->cache_size);
  e->memory = at_arena_alloc(a, m->dec_ops->memory_size);
  if (!e->src_len || !e->xs || !e->enc_cache || !e->memory)
    return at_fail(AT_ERR_NOMEM, "encoder inputs (%d x %d)", Ts, B);
  memcpy(e->src_len, src_len, (size_t)B * sizeof(int));
  at_status s = at_embedding_forward(&m->src_emb, params, src, (int)n, e->xs);
  if (s == AT_OK && !m->enc_ops->own_input_dropout) s = at__dropout(rng, m->cfg.dropout, e->xs, Ts, B, m->E, a, &e->xs_mask);
  if (s == AT_OK) s = m->enc_ops->forward(m->enc, params, e->xs, Ts, B, e->src_len, rng, e->enc_cache, &e->out, a);
  if (s != AT_OK) return at_fail_context(s, "source");
  return m->dec_ops->prepare(m->dec, params, &e->out, e->memory, a);
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
  if (s == AT_OK) s = at_arena_reserve(arena, at_arena_round(sizeof(at_encoded)) + at__encode_bytes(m, B, Ts, 0));
  if (s != AT_OK) return s;
  at_encoded *e = at_arena_alloc(arena, sizeof(*e));
  if (!e) return at_fail(AT_ERR_NOMEM, "encoded batch");
  s = at__encode(m, m->P.data, src, src_len, Ts, B, NULL, arena, e);
  if (s == AT_OK) *out = e;
  return s;
}

int at_model_attention_rows(const at_model *m) { return m->dec_ops->attn_rows(m->dec); }
int at_model_attention_layers(const at_model *m) {
  return m->cfg.decoder == AT_DEC_TRANSFORMER ? m->cfg.dec_layers : 1;
}

int at_encoded_src_len(const at_encoded *enc, int b) { return enc->src_len[b]; }
int at_encoded_Ts(const at_encoded *enc) { return enc->Ts; }

/* ---- training forward --------------------------------------------------------------- */
#define AT__ALLOC(ptr, n)                                                                  \
  do {                                                                                     \
    (ptr) = at_arena_alloc(a, (size_t)(n) * sizeof(*(ptr)));                               \
    if (!(ptr)) return at_fail(AT_ERR_NOMEM, "training cache: %s (%zu)", #ptr, (size_t)(n)); \
  } while (0)

/* The output layer's private gradients (the forward of training or the
 * backward after a forward without train computes them). */
static size_t at__output_grad_bytes(const at_model *m, size_t nt) {
  size_t V = (size_t)m->cfg.tgt_vocab, D = (size_t)m->D;
  return at__f(V * D) + (m->out.tied ? 0 : at__f(V)) + at__f(nt * D);
}

size_t at_model_train_bytes(const at_model *m, int B, int Ts, int Tt, int train) {
  size_t ns = (size_t)Ts * B, nt = (size_t)Tt * B, drop = train && m->cfg.dropout > 0;
  size_t ddrop = drop && !m->dec_ops->own_input_dropout;
  size_t V = (size_t)m->cfg.tgt_vocab, D = (size_t)m->D, H = (size_t)m->enc_ops->out_dim(m->enc);
  /* forward: batch copies, encoding, target embeddings, decoder, output */
  size_t f = at__i(ns) + 2 * at__i(nt) + at_arena_round(nt) + at__encode_bytes(m, B, Ts, train) +
             (1 + ddrop) * at__f(nt * m->E) + at_arena_round(m->dec_ops->cache_size) + 2 * ddrop * at__f(nt * D) +
             at__f(at__out_block(nt) * V) + at__f(nt) + at__output_grad_bytes(m, nt);
  f += m->dec_ops->train_bytes(m->dec, B, Ts, Tt, train);
  /* backward: output gradient, target and source embedding gradients, encoder gradients */
  size_t g = at__f(nt * D) + at__f(nt * m->E) + at__f(ns * m->E) + at__f(ns * H) +
             2 * (size_t)m->cfg.layers * at__f((size_t)B * H);
  return f + g;
}

static at_status at__check_batch(const at_model *m, const at_batch *b, int train, at_rng *rng) {
  if (b->B < 1 || b->Ts < 1 || b->Tt < 1)
    return at_fail(AT_ERR_INVALID_ARG, "empty batch (B %d, Ts %d, Tt %d)", b->B, b->Ts, b->Tt);
  if (train && (m->cfg.dropout > 0 || m->cfg.attn_mode == AT_MODE_HARD) && !rng)
    return at_fail(AT_ERR_INVALID_ARG, "training with dropout or hard attention needs an rng");
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
  memcpy(tc->src, b->src, ns * sizeof(int));
  memcpy(tc->tgt_in, b->tgt_in, nt * sizeof(int));
  for (int t = 0; t < b->Tt; t++)
    for (int i = 0; i < b->B; i++) {
      size_t r = (size_t)t * b->B + i;
      tc->tmask[r] = t < b->tgt_len[i];
      tc->tgt_out[r] = tc->tmask[r] ? b->tgt_out[r] : 0;
    }
  return AT_OK;
}

/* Target embeddings (+ dropout) for all steps. */
static at_status at__train_targets(const at_model *m, at__train_cache *tc, at_rng *rng, at_arena *a) {
  size_t n = (size_t)tc->Tt * tc->B;
  AT__ALLOC(tc->ye, n * m->E);
  at_status s = at_embedding_forward(&m->tgt_emb, m->P.data, tc->tgt_in, (int)n, tc->ye);
  if (s == AT_OK && !m->dec_ops->own_input_dropout) s = at__dropout(rng, m->cfg.dropout, tc->ye, tc->Tt, tc->B, m->E, a, &tc->ye_mask);
  return s == AT_OK ? AT_OK : at_fail_context(s, "target");
}

/* The output layer's gradients at loss scale 1 (zeroed dW, db; dh written)
 * with the loss statistics into out (NULL: already known). */
static at_status at__output_grads(at_model *m, at__train_cache *tc, at_loss *out) {
  at_arena *a = &m->arena;
  size_t n = (size_t)tc->Tt * tc->B, V = (size_t)m->cfg.tgt_vocab;
  tc->dW = at_arena_zeros(a, V * m->D);
  tc->db = m->out.tied ? NULL : at_arena_zeros(a, V);
  AT__ALLOC(tc->dh, n * m->D);
  if (!tc->dW || (!m->out.tied && !tc->db)) return at_fail(AT_ERR_NOMEM, "output-layer gradients (%zu x %d)", V, m->D);
  at_loss discard;
  memset(&discard, 0, sizeof discard);
  at_output_train_rows(&m->out, m->P.data, tc->out_in, tc->tgt_out, (int)n, m->cfg.label_smoothing, AT__OUT_ROWS,
                       tc->logits, tc->dW, tc->db, tc->dh, out ? out : &discard, out ? tc->token_nll : NULL);
  return AT_OK;
}

/* Output layer over all Tt*B rows, AT__OUT_ROWS at a time, and the fused
 * loss; training also computes the output-layer gradients, a forward without
 * train the statistics only (the backward, if called, computes the rest). */
static at_status at__train_output(at_model *m, at__train_cache *tc, at_rng *rng, int train, at_loss *out) {
  at_arena *a = &m->arena;
  size_t n = (size_t)tc->Tt * tc->B, nd = n * m->D;
  tc->out_in = tc->dec_out;
  if (rng && m->cfg.dropout > 0 && !m->dec_ops->own_input_dropout) {
    float *x;
    AT__ALLOC(x, nd);
    memcpy(x, tc->out_in, nd * sizeof(float));
    tc->out_in = x;
    at_status s = at__dropout(rng, m->cfg.dropout, x, tc->Tt, tc->B, m->D, a, &tc->out_mask);
    if (s != AT_OK) return s;
  }
  AT__ALLOC(tc->logits, at__out_block(n) * (size_t)m->cfg.tgt_vocab);
  AT__ALLOC(tc->token_nll, n);
  memset(out, 0, sizeof(*out));
  if (train) return at__output_grads(m, tc, out);
  at_output_train_rows(&m->out, m->P.data, tc->out_in, tc->tgt_out, (int)n, m->cfg.label_smoothing, AT__OUT_ROWS,
                       tc->logits, NULL, NULL, NULL, out, tc->token_nll);
  return AT_OK;
}

/* The teacher-forced forward up to the decoder outputs, into cache tc with
 * memory from arena a: what the training forward and the attention maps
 * share. Reads the model only (any thread, any arena). */
static at_status at__forward_decoder(const at_model *m, const at_batch *b, at_rng *drng, at__train_cache *tc,
                                     at_arena *a) {
  at_status s = at__train_copy_batch(tc, b, a);
  if (s == AT_OK) s = at__encode(m, m->P.data, tc->src, b->src_len, b->Ts, b->B, drng, a, &tc->enc);
  if (s == AT_OK) s = at__train_targets(m, tc, drng, a);
  if (s == AT_OK) {
    tc->dec_cache = at_arena_alloc(a, m->dec_ops->cache_size);
    if (!tc->dec_cache) return at_fail(AT_ERR_NOMEM, "decoder cache");
    s = m->dec_ops->forward(m->dec, m->P.data, tc->enc.memory, tc->ye, tc->tmask, b->Tt, drng, tc->dec_cache,
                            &tc->dec_out, a);
  }
  return s;
}

static at_status at__forward(at_model *m, const at_batch *b, int train, at_rng *drng, at_loss *out) {
  at__train_cache *tc = &m->tc;
  at_status s = at__forward_decoder(m, b, drng, tc, &m->arena);
  if (s != AT_OK) return s;
  return at__train_output(m, tc, drng, train, out);
}

at_status at_model_forward(at_model *m, const at_batch *b, int train, at_rng *rng, at_loss *out) {
  at__train_cache *tc = &m->tc;
  at_arena_reset(&m->arena);
  memset(tc, 0, sizeof(*tc));
  at_status s = at__check_batch(m, b, train, rng);
  size_t need = at_model_train_bytes(m, b->B, b->Ts, b->Tt, train);
  if (s == AT_OK && at_arena_available(&m->arena) < need && at_arena_capacity(&m->arena) > 0) {
    /* A batch larger than the arena: free it before reserving rather than
     * chain a block next to the one the last batch touched (both resident
     * until the next reset), with 25% headroom; untouched pages cost nothing. */
    at_arena_free(&m->arena);
    need += need / 4;
  }
  if (s == AT_OK) s = at_arena_reserve(&m->arena, need);
  if (s != AT_OK) return s;
  tc->B = b->B;
  tc->Ts = b->Ts;
  tc->Tt = b->Tt;
  s = at__forward(m, b, train, train ? rng : NULL, out);
  if (s != AT_OK) return s;
  tc->valid = 1;
  return AT_OK;
}

size_t at_model_arena_used(const at_model *m) { return m->arena.used_total; }

/* ---- attention maps of one sentence pair ----------------------------------------------- */

/* Copies every layer's weights of one kind from a block's cache into map
 * (layers, heads, rows, cols), from arena a. */
typedef int (*at__maps_op)(const void *self, const void *cache, int kind, int layer, const float **att, int *heads,
                           int *rows, int *cols);
static at_status at__copy_maps(at__maps_op op, const void *self, const void *cache, int kind, at_arena *a,
                               at_attention_map *map) {
  memset(map, 0, sizeof(*map));
  int L = op(self, cache, kind, 0, NULL, NULL, NULL, NULL);
  if (L <= 0) return AT_OK;
  float *w = NULL;
  size_t each = 0;
  for (int l = 0; l < L; l++) {
    const float *att = NULL;
    int H = 0, R = 0, C = 0;
    op(self, cache, kind, l, &att, &H, &R, &C);
    if (!att) return at_fail(AT_ERR_INVALID_ARG, "attention maps: layer %d has no weights", l);
    if (!w) {
      map->heads = H, map->rows = R, map->cols = C;
      each = (size_t)H * R * C;
      if (!(w = at_arena_floats(a, (size_t)L * each))) return at_fail(AT_ERR_NOMEM, "attention maps (%d layers)", L);
    }
    AT_ASSERT(H == map->heads && R == map->rows && C == map->cols);
    memcpy(w + (size_t)l * each, att, each * sizeof(float)); /* one sentence: (1, H, R, C) */
  }
  map->layers = L;
  map->w = w;
  return AT_OK;
}

at_status at_model_attention_maps(const at_model *m, const int *src, int S, const int *tgt, int T, at_arena *arena,
                                  at_attention_maps *out) {
  memset(out, 0, sizeof(*out));
  if (S < 1 || T < 0) return at_fail(AT_ERR_INVALID_ARG, "attention maps: %d source and %d target pieces", S, T);
  const int Tt = T + 1;
  at_status s = at_arena_reserve(arena, 2 * at__i(Tt) + at__i(2) + at_model_train_bytes(m, 1, S, Tt, 0));
  if (s != AT_OK) return s;
  int *tin = at_arena_alloc(arena, (size_t)Tt * sizeof(int)), *tout = at_arena_alloc(arena, (size_t)Tt * sizeof(int));
  int *lens = at_arena_alloc(arena, 2 * sizeof(int));
  if (!tin || !tout || !lens) return at_fail(AT_ERR_NOMEM, "attention maps");
  tin[0] = AT_BOS_ID;
  for (int t = 0; t < T; t++) tin[t + 1] = tout[t] = tgt[t];
  tout[T] = AT_EOS_ID;
  lens[0] = S, lens[1] = Tt;
  at_batch b = {1, S, Tt, src, &lens[0], tin, tout, &lens[1]};
  s = at__check_batch(m, &b, 0, NULL);
  at__train_cache tc;
  memset(&tc, 0, sizeof(tc));
  tc.B = 1, tc.Ts = S, tc.Tt = Tt;
  if (s == AT_OK) s = at__forward_decoder(m, &b, NULL, &tc, arena); /* no rng: no dropout */
  if (s == AT_OK)
    s = at__copy_maps(m->enc_ops->attention_maps, m->enc, tc.enc.enc_cache, AT_MAP_SELF, arena, &out->enc_self);
  if (s == AT_OK)
    s = at__copy_maps(m->dec_ops->attention_maps, m->dec, tc.dec_cache, AT_MAP_SELF, arena, &out->dec_self);
  if (s == AT_OK)
    s = at__copy_maps(m->dec_ops->attention_maps, m->dec, tc.dec_cache, AT_MAP_CROSS, arena, &out->cross);
  return s == AT_OK ? AT_OK : at_fail_context(s, "attention maps");
}

at_status at_model_save_state(const at_model *m, at_checkpoint *ck) {
  at_status s = at_checkpoint_set_f64(ck, "model_reward_baseline", m->baseline);
  if (s == AT_OK) s = at_checkpoint_set_i64(ck, "model_reward_baseline_updates", m->baseline_updates);
  return s;
}

at_status at_model_load_state(at_model *m, const at_checkpoint *ck) {
  int64_t n = 0;
  double b = 0;
  at_status s = at_checkpoint_get(ck, "model_reward_baseline") ? at_checkpoint_get_f64(ck, "model_reward_baseline", &b) : AT_OK;
  if (s == AT_OK && at_checkpoint_get(ck, "model_reward_baseline_updates"))
    s = at_checkpoint_get_i64(ck, "model_reward_baseline_updates", &n);
  if (s != AT_OK) return s;
  m->baseline = b;
  m->baseline_updates = n;
  return AT_OK;
}

/* ---- training backward ------------------------------------------------------------- */

/* y (n) += alpha * x (n), element-wise (no dependence on the thread count). */
static void at__axpy(float alpha, const float *x, float *y, size_t n) {
  AT__OMP(omp parallel for simd schedule(static) if (n >= 262144))
  for (size_t i = 0; i < n; i++) y[i] += alpha * x[i];
}

/* The output layer's gradients scaled by loss_scale: ADDS dW/db, writes ddec
 * (through the output dropout). The forward of training computed them at
 * scale 1; after a forward without train they are computed here. */
static at_status at__bwd_output(at_model *m, float loss_scale, float *ddec) {
  at__train_cache *tc = &m->tc;
  size_t n = (size_t)tc->Tt * tc->B, V = (size_t)m->cfg.tgt_vocab;
  if (!tc->dW) {
    at_status s = at__output_grads(m, tc, NULL);
    if (s != AT_OK) return s;
  }
  at__axpy(loss_scale, tc->dW, m->P.grad + m->out.W, V * m->D);
  if (tc->db) at__axpy(loss_scale, tc->db, m->P.grad + m->out.b, V);
  at__axpy(loss_scale, tc->dh, ddec, n * m->D);
  if (tc->out_mask) at_dropout_apply(ddec, tc->out_mask, ddec, n * m->D);
  return AT_OK;
}

/* Zeroed encoder-gradient buffers shaped like the encoder output. */
static at_status at__enc_grad_alloc(at_model *m, const at_enc_out *e, at_enc_grad *g) {
  at_arena *a = &m->arena;
  size_t BD = (size_t)e->B * e->dim;
  memset(g, 0, sizeof(*g));
  g->dout = at_arena_zeros(a, (size_t)e->Ts * BD);
  if (!g->dout) return at_fail(AT_ERR_NOMEM, "encoder output gradient");
  for (int l = 0; l < e->layers; l++) {
    g->dh_final[l] = at_arena_zeros(a, BD);
    g->dc_final[l] = e->c_final[l] ? at_arena_zeros(a, BD) : NULL;
    if (!g->dh_final[l] || (e->c_final[l] && !g->dc_final[l])) return at_fail(AT_ERR_NOMEM, "bridge gradients");
  }
  return AT_OK;
}

at_status at_model_backward(at_model *m, float loss_scale) {
  at__train_cache *tc = &m->tc;
  at_encoded *e = &tc->enc;
  at_arena *a = &m->arena;
  if (!tc->valid) return at_fail(AT_ERR_INVALID_ARG, "at_model_backward without a successful forward");
  size_t nt = (size_t)tc->Tt * tc->B, ns = (size_t)tc->Ts * tc->B;
  float *ddec = at_arena_zeros(a, nt * m->D), *dye = at_arena_zeros(a, nt * m->E);
  if (!ddec || !dye) return at_fail(AT_ERR_NOMEM, "decoder gradients");
  at_enc_grad eg;
  at_status s = at__enc_grad_alloc(m, &e->out, &eg);
  if (s != AT_OK) return s;
  s = at__bwd_output(m, loss_scale, ddec);
  if (s != AT_OK) return s;
  at_dec_feedback fb = {tc->token_nll, loss_scale, &m->baseline, &m->baseline_updates};
  s = m->dec_ops->backward(m->dec, m->P.data, m->P.grad, e->memory, tc->dec_cache, ddec, dye, &eg, &fb, a);
  if (s != AT_OK) return s;
  if (tc->ye_mask) at_dropout_apply(dye, tc->ye_mask, dye, nt * m->E);
  at_embedding_backward(&m->tgt_emb, m->P.grad, tc->tgt_in, (int)nt, dye);
  float *dxs = at_arena_zeros(a, ns * m->E);
  if (!dxs) return at_fail(AT_ERR_NOMEM, "source embedding gradient");
  s = m->enc_ops->backward(m->enc, m->P.data, m->P.grad, e->enc_cache, &eg, dxs, a);
  if (s != AT_OK) return s;
  if (e->xs_mask) at_dropout_apply(dxs, e->xs_mask, dxs, ns * m->E);
  at_embedding_backward(&m->src_emb, m->P.grad, tc->src, (int)ns, dxs);
  return AT_OK;
}

/* ---- inference ----------------------------------------------------------------------- */
at_status at_model_state_alloc(const at_model *m, int N, int max_steps, at_arena *arena, at_dec_state *st) {
  memset(st, 0, sizeof(*st));
  if (N < 1 || max_steps < 1)
    return at_fail(AT_ERR_INVALID_ARG, "decoder state for %d hypotheses and %d steps", N, max_steps);
  st->N = st->cap = N;
  st->max_steps = max_steps;
  st->n_blocks = m->dec_ops->state_blocks(m->dec, max_steps, st->block);
  AT_ASSERT(st->n_blocks >= 0 && st->n_blocks <= AT_STATE_MAX_BLOCKS);
  for (int k = 0; k < st->n_blocks; k++) {
    st->block[k].data = at_arena_zeros(arena, (size_t)N * st->block[k].width);
    if (!st->block[k].data) return at_fail(AT_ERR_NOMEM, "decoder state for %d hypotheses", N);
  }
  return AT_OK;
}

at_status at_model_state_init(const at_model *m, const at_encoded *enc, at_dec_state *st) {
  if (st->N != enc->B || st->cap < enc->B)
    return at_fail(AT_ERR_SHAPE, "state_init: %d hypotheses for %d sentences", st->N, enc->B);
  m->dec_ops->state_init(m->dec, enc->memory, st);
  return AT_OK;
}

void at_model_state_gather(const at_model *m, const at_dec_state *src, const int *from, at_dec_state *dst) {
  (void)m;
  AT_ASSERT(src->n_blocks == dst->n_blocks && dst->N <= dst->cap);
  for (int k = 0; k < src->n_blocks; k++) {
    size_t w = (size_t)src->block[k].width, used = src->block[k].used > 0 ? (size_t)src->block[k].used : w;
    AT_ASSERT(dst->block[k].width == src->block[k].width && used <= w);
    for (int i = 0; i < dst->N; i++) {
      AT_ASSERT(from[i] >= 0 && from[i] < src->cap);
      memcpy(dst->block[k].data + i * w, src->block[k].data + (size_t)from[i] * w, used * sizeof(float));
    }
    dst->block[k].used = src->block[k].used;
  }
}

const at_state_block *at_dec_state_find(const at_dec_state *st, const char *name) {
  for (int k = 0; k < st->n_blocks; k++)
    if (!strcmp(st->block[k].name, name)) return &st->block[k];
  return NULL;
}

size_t at_model_step_bytes(const at_model *m, int N, int B, int Ts) {
  return at__f((size_t)N * m->E) + at__f((size_t)N * m->D) + at__f((size_t)m->cfg.tgt_vocab) +
         m->dec_ops->step_bytes(m->dec, N, B, Ts);
}

at_status at_model_vocab_subset(const at_model *m, const int *ids, int n, at_arena *arena, at_vocab_subset *out) {
  memset(out, 0, sizeof *out);
  if (n <= 0 || n > m->cfg.tgt_vocab)
    return at_fail(AT_ERR_INVALID_ARG, "vocabulary subset of %d pieces (the model has %d)", n, m->cfg.tgt_vocab);
  for (int i = 0; i < n; i++)
    if (ids[i] < 0 || ids[i] >= m->cfg.tgt_vocab || (i > 0 && ids[i] <= ids[i - 1]))
      return at_fail(AT_ERR_INVALID_ARG, "vocabulary subset: id %d at %d is out of range or not ascending", ids[i], i);
  out->n = n;
  out->ids = ids;
  const int q8 = m->int8 && m->qout.count; /* the int8 rows replace the float ones */
  out->W = q8 ? NULL : at_arena_floats(arena, (size_t)n * m->D);
  out->b = m->out.tied ? NULL : at_arena_floats(arena, (size_t)n);
  if ((!q8 && !out->W) || (!m->out.tied && !out->b)) return at_fail(AT_ERR_NOMEM, "vocabulary subset of %d pieces", n);
  if (!q8)
    at_output_pack_rows(&m->out, m->P.data, ids, n, out->W, out->b);
  else
    for (int i = 0; out->b && i < n; i++) out->b[i] = m->P.data[m->out.b + (size_t)ids[i]];
  if (q8) {
    at_qpacked *p = at_calloc(1, sizeof *p);
    if (!p) return at_fail(AT_ERR_NOMEM, "vocabulary subset of %d pieces (int8)", n);
    at_status s = at_qpack(m->qout.q[0], m->qout.scale[0], m->qout_cols, ids, n, 0, m->qout_cols, p);
    if (s != AT_OK) return at_free(p), at_fail_context(s, "vocabulary subset of %d pieces (int8)", n);
    out->qW = p;
  }
  return AT_OK;
}

void at_model_vocab_subset_release(at_vocab_subset *sub) {
  if (!sub || !sub->qW) return;
  at_qpacked_free(sub->qW);
  at_free(sub->qW);
  sub->qW = NULL;
}

int at_model_int8(const at_model *m) { return m->int8; }

at_status at_model_use_int8(at_model *m, const at_qparams *q) {
  if (m->int8) return at_fail(AT_ERR_INVALID_ARG, "int8: the model already uses int8 weights");
  if (q->count != m->P.count) return at_fail(AT_ERR_INVALID_ARG, "int8: %d quantised entries for %d parameters", q->count, m->P.count);
  if (!strcmp(at_qgemm_isa(), "scalar")) {
    /* Without AVX2 the portable int8 kernel is some 40x slower than sgemm
     * (bench_qgemm): the quantised model then multiplies its dequantised
     * weights (already the float values) in float32. */
    m->int8 = 1;
    return AT_OK;
  }
  int i = 0;
  while (i < m->P.count && m->P.info[i].offset != m->out.W) i++;
  if (i < m->P.count && q->q[i]) { /* the output matrix: its rows for subsets, packed whole for full steps */
    const at_param_info *pi = &m->P.info[i];
    m->qout.q = at_calloc(1, sizeof *m->qout.q);
    m->qout.scale = at_calloc(1, sizeof *m->qout.scale);
    if (m->qout.q) m->qout.q[0] = at_malloc(pi->size);
    if (m->qout.scale) m->qout.scale[0] = at_malloc((size_t)pi->shape[0] * sizeof(float));
    m->qout.count = 1;
    if (!m->qout.q || !m->qout.scale || !m->qout.q[0] || !m->qout.scale[0])
      return at_qparams_free(&m->qout), at_fail(AT_ERR_NOMEM, "int8 output layer");
    memcpy(m->qout.q[0], q->q[i], pi->size);
    memcpy(m->qout.scale[0], q->scale[i], (size_t)pi->shape[0] * sizeof(float));
    m->qout_rows = pi->shape[0], m->qout_cols = pi->shape[1];
  }
  at_status s = at_qmap_add(&m->qmap, &m->P, q, m->out.W, 0, m->D);
  if (s == AT_OK && m->dec_ops->use_int8) s = m->dec_ops->use_int8(m->dec, &m->P, q, &m->qmap);
  if (s != AT_OK) {
    at_qmap_free(&m->qmap);
    at_qparams_free(&m->qout);
    return s;
  }
  m->int8 = 1;
  return AT_OK;
}

at_status at_model_step(const at_model *m, const at_encoded *enc, int t, const int *sent, const at_dec_state *in,
                        const int *y_prev, at_dec_state *out, float *logprobs, float *attn, at_arena *arena) {
  return at_model_step_sub(m, enc, t, sent, in, y_prev, NULL, out, logprobs, attn, arena);
}

at_status at_model_step_sub(const at_model *m, const at_encoded *enc, int t, const int *sent, const at_dec_state *in,
                            const int *y_prev, const at_vocab_subset *sub, at_dec_state *out, float *logprobs,
                            float *attn, at_arena *arena) {
  int N = in->N, V = sub ? sub->n : m->cfg.tgt_vocab;
  const float *params = m->P.data;
  if (out->N != N || N > in->cap || N > out->cap)
    return at_fail(AT_ERR_SHAPE, "model step: %d hypotheses in, %d out (room for %d, %d)", N, out->N, in->cap,
                   out->cap);
  if (t < 0 || t >= in->max_steps)
    return at_fail(AT_ERR_INVALID_ARG, "model step %d: the state was sized for %d steps", t, in->max_steps);
  at_status s = at_arena_reserve(arena, at_model_step_bytes(m, N, enc->B, enc->Ts));
  if (s != AT_OK) return s;
  float *emb = at_arena_floats(arena, (size_t)N * m->E), *y = at_arena_floats(arena, (size_t)N * m->D);
  if (!emb || !y) return at_fail(AT_ERR_NOMEM, "model step");
  s = at_embedding_forward(&m->tgt_emb, params, y_prev, N, emb);
  if (s == AT_OK) s = m->dec_ops->step(m->dec, params, enc->memory, t, sent, in, emb, out, y, attn, arena);
  if (s != AT_OK) return at_fail_context(s, "model step");
  const at_qpacked *qout = m->int8 ? at_qmap_find(&m->qmap, params + m->out.W, m->D) : NULL;
  if (sub) {
    if (sub->qW)
      at_output_logits_q(&m->out, sub->qW, sub->b, y, N, logprobs);
    else
      at_output_logits_packed(&m->out, sub->W, sub->b, sub->n, y, N, logprobs);
    if (sub->own_start) {
      /* Each row's log-softmax over its sentence's own columns, gathered in
       * id order: the sums then never see where the batch's union put them
       * (the union depends on the other sentences, hence on batch and threads). */
      float *own = at_arena_floats(arena, (size_t)V);
      if (!own) return at_fail(AT_ERR_NOMEM, "model step");
      for (int i = 0; i < N; i++) {
        float *row = logprobs + (size_t)i * V;
        const int *c = sub->own_cols + sub->own_start[sent[i]], n = sub->own_start[sent[i] + 1] - sub->own_start[sent[i]];
        for (int k = 0; k < n; k++) own[k] = row[c[k]];
        at_log_softmax_rows(own, own, 1, n);
        for (int j = 0; j < V; j++) row[j] = -INFINITY;
        for (int k = 0; k < n; k++) row[c[k]] = own[k];
      }
      return AT_OK;
    }
  } else if (qout)
    at_output_logits_q(&m->out, qout, m->out.tied ? NULL : params + m->out.b, y, N, logprobs);
  else
    at_output_logits(&m->out, params, y, N, logprobs);
  at_log_softmax_rows(logprobs, logprobs, N, V);
  return AT_OK;
}
