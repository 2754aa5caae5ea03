/* attend model/blocks/: encoders and decoders behind one small interface
 * (internal header, used by model/ and tests).
 *
 * model/seq2seq.c assembles a model from an encoder block and a decoder
 * block through the two operation tables below and knows no cell or
 * attention type. A block is a struct of its own (its layers' descriptors,
 * declared once), a table of functions, and three kinds of memory, each
 * sized before it is bound:
 *   - parameters, declared into the shared at_params layout (declare);
 *   - per-batch activations in the model's arena: the encoder's and the
 *     decoder's training caches (act/train bytes), the decoder's
 *     per-sentence memory (prepare bytes: projected keys, initial states);
 *   - per-step scratch (step bytes), reserved before each decoder step.
 * Every forward fills a cache struct; every backward reads it and ADDS into
 * gradients (llm.c's layer pattern, one level up).
 *
 * The decoder contract, tested for every decoder (tests/test_model_consistency.c,
 * test_step_replay): stepping through `step` for t = 0, 1, ... with the
 * reference prefix reproduces the training forward's outputs. */
#ifndef ATTEND_MODEL_BLOCKS_H
#define ATTEND_MODEL_BLOCKS_H

#include "model/layers/layers.h"

/* ---- what an encoder hands a decoder ------------------------------------------- */
typedef struct at_enc_out {
  int Ts, B, dim;                      /* dim: width of out */
  const int *src_len;                  /* (B) */
  const float *out;                    /* (Ts, B, dim), zero at padded positions */
  int layers;                          /* entries of h_final / c_final (0: none) */
  const float *h_final[AT_MAX_LAYERS]; /* (B, dim) per layer */
  const float *c_final[AT_MAX_LAYERS]; /* (B, dim) per layer, LSTM only, else NULL */
} at_enc_out;

/* Gradients a decoder hands back, shaped like at_enc_out; ADDED into. */
typedef struct at_enc_grad {
  float *dout;                          /* (Ts, B, dim) */
  float *dh_final[AT_MAX_LAYERS];       /* (B, dim) or NULL */
  float *dc_final[AT_MAX_LAYERS];       /* (B, dim) or NULL */
} at_enc_grad;

/* What the loss tells a decoder beyond the gradient of its outputs: the
 * reward of a decoder that samples (hard attention learns its scores by
 * REINFORCE from it). */
typedef struct at_dec_feedback {
  const float *token_nll; /* (Tt, B) -log p(y_t) of the last forward, 0 at padding */
  float loss_scale;     /* the scale of the loss gradient (1/tokens) */
  double *baseline;     /* the model's moving-average reward baseline: read, then updated */
  int64_t *updates;     /* how many batches have updated it */
} at_dec_feedback;

/* Kinds of attention weights a block's training cache may hold (the
 * attention_maps op): self-attention (an encoder's over the source, a
 * decoder's causal one over its inputs) and a decoder's cross-attention. */
enum { AT_MAP_SELF = 0, AT_MAP_CROSS = 1 };

/* ---- encoders -------------------------------------------------------------------- */
typedef struct at_encoder_ops {
  const char *name;
  size_t self_size;  /* bytes of the block struct */
  size_t cache_size; /* bytes of the per-forward cache struct */
  /* 1: the block applies dropout to its input embeddings itself (after
   * adding positions); seq2seq then applies none to them. */
  int own_input_dropout;
  /* Declares the parameters (names under "encoder/"); in_dim = embedding size. */
  at_status (*declare)(void *self, const at_model_config *cfg, int in_dim, at_params *P);
  /* Width of the outputs (at_enc_out.dim), after declare. */
  int (*out_dim)(const void *self);
  /* Arena bytes forward + backward take for B sentences of Ts positions at
   * most (train: dropout masks included). */
  size_t (*act_bytes)(const void *self, int B, int Ts, int train);
  /* x (Ts, B, in_dim) must outlive backward; rng != NULL enables dropout. */
  at_status (*forward)(const void *self, const float *params, const float *x, int Ts, int B, const int *len,
                       at_rng *rng, void *cache, at_enc_out *out, at_arena *a);
  /* ADDS dx (Ts, B, in_dim) and parameter gradients. */
  at_status (*backward)(const void *self, const float *params, float *grads, const void *cache,
                        const at_enc_grad *g, float *dx, at_arena *a);
  /* The attention weights of kind (AT_MAP_SELF) the last forward left in
   * cache: returns the layers that have them (0: none, e.g. a recurrent
   * encoder); for 0 <= layer < that and att != NULL, *att points into the
   * cache at layer `layer`'s softmax weights (B, *heads, *rows, *cols) (query
   * positions x key positions, 0 where masked, before attention dropout). */
  int (*attention_maps)(const void *self, const void *cache, int kind, int layer, const float **att, int *heads,
                        int *rows, int *cols);
} at_encoder_ops;

/* ---- decoders -------------------------------------------------------------------- */
typedef struct at_decoder_ops {
  const char *name;
  size_t self_size, memory_size, cache_size; /* bytes of the block, memory and cache structs */
  /* 1: the block applies dropout to its input embeddings itself (after
   * adding positions) and wants none on its outputs; seq2seq then applies
   * neither. */
  int own_input_dropout;
  /* Declares the parameters; emb_dim = target embedding size, enc_dim = the
   * encoder's output width. The output width (at_decoder_ops.out_dim) is what
   * the output layer reads. */
  at_status (*declare)(void *self, const at_model_config *cfg, int emb_dim, int enc_dim, at_params *P);
  int (*out_dim)(const void *self);
  /* Attention rows per hypothesis a step reports: the weights alignments
   * use (multi-head: the head average), then each head's. */
  int (*attn_rows)(const void *self);
  /* Arena bytes of prepare; of forward + backward; of one step (N rows). */
  size_t (*prepare_bytes)(const void *self, int B, int Ts);
  size_t (*train_bytes)(const void *self, int B, int Ts, int Tt, int train);
  size_t (*step_bytes)(const void *self, int N, int B, int Ts);
  /* Per-sentence memory from the encoder output (projected keys, initial
   * states); enc must outlive the memory. */
  at_status (*prepare)(const void *self, const float *params, const at_enc_out *enc, void *memory, at_arena *a);
  /* Teacher-forced training forward over all Tt steps: ye (Tt, B, emb_dim)
   * target-side inputs (must outlive backward), tmask (Tt, B) 1 where
   * t < tgt_len; *out (Tt, B, out_dim) the outputs for the output layer. */
  at_status (*forward)(const void *self, const float *params, const void *memory, const float *ye,
                       const unsigned char *tmask, int Tt, at_rng *rng, void *cache, float **out, at_arena *a);
  /* dout (Tt, B, out_dim) (scratch: may be overwritten). ADDS dye (Tt, B,
   * emb_dim), the encoder gradients g (through prepare too) and parameter
   * gradients. fb: the loss's feedback (a decoder that sampled in forward
   * uses it and updates the baseline). */
  at_status (*backward)(const void *self, const float *params, float *grads, const void *memory, const void *cache,
                        float *dout, float *dye, at_enc_grad *g, const at_dec_feedback *fb, at_arena *a);
  /* The state's blocks for max_steps steps: fills names and widths of up to
   * AT_STATE_MAX_BLOCKS entries, returns their count. */
  int (*state_blocks)(const void *self, int max_steps, at_state_block *blocks);
  /* Initial state of every sentence (st->N == B). */
  void (*state_init)(const void *self, const void *memory, at_dec_state *st);
  /* Step t for N = in->N hypotheses (sent (N) -> sentence): y_emb (N,
   * emb_dim) the embedded previous tokens; writes the new state, h_out (N,
   * out_dim) and, if attn != NULL, attention weights (N, attn_rows, Ts).
   * Scratch from `a`, step_bytes of it reserved by the caller. */
  at_status (*step)(const void *self, const float *params, const void *memory, int t, const int *sent,
                    const at_dec_state *in, const float *y_emb, at_dec_state *out, float *h_out, float *attn,
                    at_arena *a);
  /* As at_encoder_ops.attention_maps, kind AT_MAP_SELF (causal
   * self-attention, (B, heads, Tt, Tt)) or AT_MAP_CROSS ((B, heads, Tt, Ts));
   * a recurrent decoder reports none (its attention reaches search through
   * step). */
  int (*attention_maps)(const void *self, const void *cache, int kind, int layer, const float **att, int *heads,
                        int *rows, int *cols);
  /* Optional (NULL: steps multiply in float32): adds the matrices the block's
   * step multiplies to the model's int8 map (at_qmap_add) and points its
   * layers at it. */
  at_status (*use_int8)(void *self, const at_params *P, const at_qparams *q, at_qmap *map);
} at_decoder_ops;

/* The blocks a configuration uses. */
const at_encoder_ops *at_encoder_for(const at_model_config *cfg);
const at_decoder_ops *at_decoder_for(const at_model_config *cfg);

/* ---- the recurrent encoder (blocks/rnn_encoder.c) ------------------------------------
 * Layer l input: embeddings (l = 0) or the previous layer's output (with
 * dropout between layers). Bidirectional: each layer has "fwd" and "bwd" with
 * H/2 each; the layer output is [fwd; bwd] (T, B, H). Parameter names:
 * "<name>/l<k>/fwd/W_ih" etc. (unidirectional: "<name>/l<k>/W_ih"). */
extern const at_encoder_ops at_rnn_encoder_ops;

typedef struct at_encoder {
  int layers, bidirectional, in_dim, out_dim; /* out_dim = H */
  float dropout;
  at_rnn fwd[AT_MAX_LAYERS], bwd[AT_MAX_LAYERS];
} at_encoder;

typedef struct at_encoder_cache {
  int T, B;
  at_rnn_seq_cache fwd[AT_MAX_LAYERS], bwd[AT_MAX_LAYERS];
  float *layer_in[AT_MAX_LAYERS];  /* (T, B, in_l) input of layer l after dropout */
  float *drop_mask[AT_MAX_LAYERS]; /* (T, B, in_l) inverted-dropout mask, or NULL */
  float *out;                      /* (T, B, H) final layer output */
  /* final states per layer for the bridge: (B, H) each, [fwd_last; bwd_first] */
  float *h_final[AT_MAX_LAYERS];
  float *c_final[AT_MAX_LAYERS];   /* LSTM only */
} at_encoder_cache;

at_status at_encoder_declare(at_encoder *E, at_params *P, const char *name, at_cell_type cell, int layers,
                             int bidirectional, int in_dim, int hidden, float dropout);
/* x (T, B, in_dim) embeddings. rng != NULL enables dropout between layers. */
at_status at_encoder_forward(const at_encoder *E, const float *params, const float *x, int T, int B,
                             const int *lengths, at_rng *rng, at_encoder_cache *cache, at_arena *arena);
/* dout (T, B, H), dh_final[l]/dc_final[l] (B, H) each or NULL. ADDS dx. */
at_status at_encoder_backward(const at_encoder *E, const float *params, float *grads, const at_encoder_cache *cache,
                              const float *dout, float *const *dh_final, float *const *dc_final, float *dx,
                              at_arena *arena);
/* Arena bytes of at_encoder_forward + at_encoder_backward at most. */
size_t at_encoder_act_bytes(const at_encoder *E, int T, int B, int train);

/* ---- the recurrent decoder with attention (blocks/rnn_decoder.c) ---------------------
 * Stacked cells, the bridge from the encoder's final states, attention in
 * the Luong or Bahdanau wiring (or none), and the combiner
 * ~h = tanh(W_c [c; h]). docs/model.md has the equations. */
extern const at_decoder_ops at_rnn_decoder_ops;

/* ---- self-attention blocks (blocks/transformer.c) ------------------------------------
 * The Transformer encoder and decoder, and the recurrent encoder with
 * enc_layers self-attention layers on its outputs. A Transformer encoder
 * hands an rnn decoder's bridge the mean of its outputs over each sentence
 * as every layer's final state. */
extern const at_encoder_ops at_transformer_encoder_ops;
extern const at_encoder_ops at_rnn_sa_encoder_ops;
extern const at_decoder_ops at_transformer_decoder_ops;

#endif
