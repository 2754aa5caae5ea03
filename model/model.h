/* attend model/: the seq2seq network (embeddings, recurrent encoder and
 * decoder, attention, output layer and loss), its parameters and checkpoints.
 *
 * Layout conventions: sequences are time-major, (T, B, D) with row t*B + b;
 * token ids are time-major (T, B); pad id is 0 and padded positions never
 * influence a sentence's result. Parameters, gradients and optimizer state
 * share one flat layout (at_params), so zeroing, clipping and Adam are flat
 * loops and every parameter has a hierarchical name used as its checkpoint
 * dataset name, e.g. "encoder/l0/fwd/W_ih".
 */
#ifndef ATTEND_MODEL_H
#define ATTEND_MODEL_H

#include "core/core.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- configuration --------------------------------------------------------- */
typedef enum { AT_CELL_RNN = 0, AT_CELL_GRU = 1, AT_CELL_LSTM = 2 } at_cell_type;
typedef enum { AT_ATTN_NONE = 0, AT_ATTN_BAHDANAU = 1, AT_ATTN_LUONG = 2 } at_attn_type;
typedef enum { AT_SCORE_DOT = 0, AT_SCORE_SCALED = 1, AT_SCORE_GENERAL = 2, AT_SCORE_CONCAT = 3 } at_score_type;
typedef enum { AT_BRIDGE_ZERO = 0, AT_BRIDGE_DENSE = 1 } at_bridge_type;

/* Names of enum values, in enum order, NULL-terminated ("rnn","gru","lstm"). */
extern const char *const at_cell_names[];
extern const char *const at_attn_names[];
extern const char *const at_score_names[];
extern const char *const at_bridge_names[];

/* The model's configuration as one list: X(kind, name, default, help), kind
 * INT, FLOAT, BOOL or ENUM(names-table). The same list drives the struct, the
 * defaults, command-line flags (--name with '_' -> '-'), YAML config keys and
 * the checkpoint's config attributes. */
#define AT_MODEL_CONFIG_FIELDS(X)                                                                   \
  X(INT, src_vocab, 8000, "source vocabulary size (pieces)")                                       \
  X(INT, tgt_vocab, 8000, "target vocabulary size (pieces)")                                       \
  X(ENUM(at_cell_names), cell, AT_CELL_GRU, "recurrent cell: rnn, gru or lstm")                   \
  X(INT, layers, 1, "recurrent layers in encoder and decoder")                                     \
  X(BOOL, bidirectional, 1, "bidirectional encoder (hidden_dim/2 per direction)")                  \
  X(INT, emb_dim, 256, "embedding size, source and target")                                        \
  X(INT, hidden_dim, 512, "decoder state size = encoder output size")                             \
  X(ENUM(at_attn_names), attention, AT_ATTN_LUONG, "attention: none, bahdanau or luong")          \
  X(ENUM(at_score_names), score, AT_SCORE_GENERAL, "score: dot, scaled, general or concat")       \
  X(INT, attn_dim, 0, "hidden size of concat scores (0 = hidden_dim)")                             \
  X(BOOL, input_feeding, 1, "Luong input feeding of the previous attentional state")             \
  X(ENUM(at_bridge_names), bridge, AT_BRIDGE_DENSE, "decoder initial state: zero or dense")       \
  X(BOOL, tie_embeddings, 0, "tie output projection to target embedding (emb_dim == hidden_dim)") \
  X(BOOL, emb_scale, 0, "multiply embeddings by sqrt(emb_dim)")                                    \
  X(FLOAT, dropout, 0.0, "dropout on embeddings, between layers and on the attentional state")   \
  X(FLOAT, label_smoothing, 0.1, "label smoothing of the training loss")

#define AT__CFG_CTYPE_INT int
#define AT__CFG_CTYPE_FLOAT float
#define AT__CFG_CTYPE_BOOL int
#define AT__CFG_CTYPE_ENUM(t) int
#define AT__CFG_FIELD(kind, name, def, help) AT__CFG_CTYPE_##kind name;
typedef struct at_model_config {
  AT_MODEL_CONFIG_FIELDS(AT__CFG_FIELD)
} at_model_config;
#undef AT__CFG_FIELD

void at_model_config_default(at_model_config *cfg);
/* Checks ranges and combinations (e.g. dot scores need equal query and key
 * sizes, tying needs emb_dim == hidden_dim); the message names the field. */
at_status at_model_config_validate(const at_model_config *cfg);
/* Sets field `key` (e.g. "cell", "hidden_dim"; '-' accepted for '_') from
 * text; AT_ERR_NOT_FOUND for an unknown key, AT_ERR_CONFIG for a bad value. */
at_status at_model_config_set(at_model_config *cfg, const char *key, const char *value);
/* Writes field `key` as text into buf. */
at_status at_model_config_get(const at_model_config *cfg, const char *key, char *buf, size_t size);
/* Prints "key: value" lines (YAML) to f. */
void at_model_config_print(const at_model_config *cfg, FILE *f);

/* ---- parameters -------------------------------------------------------------- */
typedef struct at_param_info {
  char name[96];   /* hierarchical, e.g. "decoder/l0/W_hh" */
  int ndim;        /* 1 or 2 */
  int shape[2];    /* (rows, cols); shape[1] == 1 when ndim == 1 */
  size_t offset;   /* in floats, into at_params.data / .grad */
  size_t size;     /* shape[0] * shape[1] */
} at_param_info;

typedef struct at_params {
  at_param_info *info; /* (count) */
  int count, cap;
  size_t total;        /* floats in the layout */
  float *data;         /* (total) values, after at_params_alloc */
  float *grad;         /* (total) gradients, after at_params_alloc */
} at_params;

void at_params_init(at_params *p);
/* Declares a parameter; *offset receives its offset. Before at_params_alloc only. */
at_status at_params_add(at_params *p, const char *name, int ndim, int rows, int cols, size_t *offset);
/* Allocates data and grad (zeroed), 64-byte aligned. */
at_status at_params_alloc(at_params *p);
void at_params_free(at_params *p);
const at_param_info *at_params_find(const at_params *p, const char *name);
void at_params_zero_grad(at_params *p);

/* ---- batches ------------------------------------------------------------------- */
/* A padded batch of sentence pairs, time-major ids (pad = 0). Target rows are
 * shifted: tgt_in = BOS y1 .. yn, tgt_out = y1 .. yn EOS, tgt_len = n + 1. */
typedef struct at_batch {
  int B;              /* sentences */
  int Ts, Tt;         /* padded source / target lengths */
  const int *src;     /* (Ts, B) */
  const int *src_len; /* (B), each in 1..Ts */
  const int *tgt_in;  /* (Tt, B) */
  const int *tgt_out; /* (Tt, B) */
  const int *tgt_len; /* (B), each in 1..Tt */
} at_batch;

typedef struct at_loss {
  double loss_sum;   /* label-smoothed cross-entropy summed over non-pad tokens */
  double nll_sum;    /* plain negative log-likelihood summed (for perplexity) */
  long ntokens;      /* non-pad target tokens */
  long ncorrect;     /* tokens whose argmax equals the reference */
} at_loss;

/* ---- the model ------------------------------------------------------------------ */
typedef struct at_model at_model;

/* Builds the network for cfg (validated), declares and allocates parameters
 * (zero) and gradients. Free with at_model_free. */
at_status at_model_create(const at_model_config *cfg, at_model **out);
void at_model_free(at_model *m);
const at_model_config *at_model_get_config(const at_model *m);
at_params *at_model_params(at_model *m);
/* Random initialisation, deterministic for a seed: weights uniform in
 * [-scale, scale], biases zero. */
void at_model_init_params(at_model *m, uint64_t seed, float scale);

/* Training forward: loss over the batch, keeping in the model's arena what
 * backward needs. train != 0 enables dropout (drawn from rng). */
at_status at_model_forward(at_model *m, const at_batch *b, int train, at_rng *rng, at_loss *out);
/* Backward of the last forward; ADDS gradients (scaled by loss_scale, e.g.
 * 1/ntokens) into at_model_params(m)->grad. */
at_status at_model_backward(at_model *m, float loss_scale);

/* ---- inference: encode once, then one decoder step at a time ------------------ *
 * The decoder step below is the same code the training forward runs. */
typedef struct at_encoded at_encoded; /* encoder outputs, projected keys, lengths */
typedef struct at_dec_state {
  int N;          /* hypotheses */
  float *h;       /* (layers, N, hidden_dim) */
  float *c;       /* (layers, N, hidden_dim), LSTM only, else NULL */
  float *feed;    /* (N, hidden_dim) previous attentional state (input feeding) or NULL */
} at_dec_state;

/* Encodes B source sentences (src (Ts, B), lengths (B)); memory from arena. */
at_status at_model_encode(const at_model *m, const int *src, const int *src_len, int Ts, int B, at_arena *arena,
                          at_encoded **out);
/* Allocates a state for N hypotheses from arena. */
at_status at_model_state_alloc(const at_model *m, int N, at_arena *arena, at_dec_state *st);
/* Initial decoder state of each sentence b (N == B). */
at_status at_model_state_init(const at_model *m, const at_encoded *enc, at_dec_state *st);
/* Copies rows: dst hypothesis i takes src hypothesis from[i] (beam reordering). */
void at_model_state_gather(const at_model *m, const at_dec_state *src, const int *from, at_dec_state *dst);
/* One decoder step for N hypotheses; hypothesis i belongs to source sentence
 * sent[i]. y_prev (N) previous tokens (BOS at the start). Writes the new state
 * into `out` (may not alias `in`), log-probabilities (N, tgt_vocab), and, if
 * attn != NULL, attention weights (N, Ts) (zeros for attention none). */
at_status at_model_step(const at_model *m, const at_encoded *enc, const int *sent, const at_dec_state *in,
                        const int *y_prev, at_dec_state *out, float *logprobs, float *attn, at_arena *arena);
int at_encoded_src_len(const at_encoded *enc, int b);
int at_encoded_Ts(const at_encoded *enc);

#ifdef __cplusplus
}
#endif
#endif
