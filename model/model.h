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
/* Which source positions a decoder step attends to (docs/model.md, "Local attention"). */
typedef enum { AT_LOCAL_GLOBAL = 0, AT_LOCAL_M = 1, AT_LOCAL_P = 2, AT_LOCAL_HYBRID = 3 } at_locality_type;
/* Soft (weighted sum), hard (one position: sampled in training, argmax in
 * decoding) or top-k (softmax renormalised over the k best scores). */
typedef enum { AT_MODE_SOFT = 0, AT_MODE_HARD = 1, AT_MODE_TOPK = 2 } at_attn_mode;
/* The blocks (docs/model.md): a recurrent encoder, the same with self-attention
 * layers stacked on its outputs, or a Transformer encoder; a recurrent or a
 * Transformer decoder. Any encoder pairs with any decoder. */
typedef enum { AT_ENC_RNN = 0, AT_ENC_RNN_SA = 1, AT_ENC_TRANSFORMER = 2 } at_encoder_type;
typedef enum { AT_DEC_RNN = 0, AT_DEC_TRANSFORMER = 1 } at_decoder_type;
/* Transformer layers: layer norm before each sublayer (pre, with a final
 * layer norm) or after each residual sum (post, Vaswani et al. 2017). */
typedef enum { AT_NORM_PRE = 0, AT_NORM_POST = 1 } at_norm_type;
typedef enum { AT_FF_RELU = 0, AT_FF_GELU = 1 } at_ff_activation;
typedef enum { AT_POS_SINUSOIDAL = 0, AT_POS_LEARNED = 1 } at_position_type;

/* Names of enum values, in enum order, NULL-terminated ("rnn","gru","lstm"). */
extern const char *const at_cell_names[];
extern const char *const at_attn_names[];
extern const char *const at_score_names[];
extern const char *const at_bridge_names[];
extern const char *const at_locality_names[];
extern const char *const at_attn_mode_names[];
extern const char *const at_encoder_names[];
extern const char *const at_decoder_names[];
extern const char *const at_norm_names[];
extern const char *const at_ff_activation_names[];
extern const char *const at_position_names[];

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
  X(ENUM(at_locality_names), locality, AT_LOCAL_GLOBAL,                                             \
    "attention span: global, local-m (p_t = t), local-p (predicted p_t) or hybrid (global + Gaussian bias)") \
  X(INT, window, 10, "local attention window half-width D (Gaussian sigma = D/2)")                 \
  X(ENUM(at_attn_mode_names), attn_mode, AT_MODE_SOFT,                                             \
    "soft, hard (one position: sampled when training, argmax when decoding) or topk")             \
  X(INT, topk, 5, "topk attention: positions kept (softmax renormalised over them)")               \
  X(INT, heads, 0, "attention heads with query/key/value/output projections (0 = one head, none)") \
  X(FLOAT, hard_reinforce, 1.0, "hard attention: weight of the REINFORCE term of the score gradient") \
  X(FLOAT, hard_entropy, 0.1, "hard attention: weight of the attention-entropy bonus")             \
  X(FLOAT, hard_baseline_decay, 0.9, "hard attention: decay of the moving-average reward baseline") \
  X(FLOAT, hard_soft_fraction, 0.5, "hard attention: fraction of training batches attending softly") \
  X(INT, attn_dim, 0, "hidden size of concat scores and of the local-p position network (0 = hidden_dim)") \
  X(BOOL, input_feeding, 1, "Luong input feeding of the previous attentional state")             \
  X(ENUM(at_bridge_names), bridge, AT_BRIDGE_DENSE, "decoder initial state: zero or dense")       \
  X(BOOL, tie_embeddings, 0, "tie output projection to target embedding (emb_dim == hidden_dim)") \
  X(BOOL, emb_scale, 0, "multiply embeddings by sqrt(emb_dim)")                                    \
  X(BOOL, share_embeddings, 0, "one embedding matrix for source and target (needs one vocabulary: --shared-vocab)") \
  X(FLOAT, dropout, 0.0, "dropout on embeddings, between layers and on the attentional state")   \
  X(FLOAT, label_smoothing, 0.1, "label smoothing of the training loss")                        \
  X(ENUM(at_encoder_names), encoder, AT_ENC_RNN,                                                   \
    "encoder: rnn, rnn-sa (rnn with enc_layers self-attention layers on top) or transformer")      \
  X(ENUM(at_decoder_names), decoder, AT_DEC_RNN, "decoder: rnn or transformer")                   \
  X(INT, model_dim, 0, "width of Transformer layers (0 = emb_dim; rnn-sa layers use hidden_dim)") \
  X(INT, ff_dim, 0, "Transformer feed-forward inner size (0 = 4 x model width)")                 \
  X(INT, enc_layers, 6, "Transformer encoder layers, or self-attention layers of rnn-sa")          \
  X(INT, dec_layers, 6, "Transformer decoder layers")                                              \
  X(ENUM(at_norm_names), norm, AT_NORM_PRE, "Transformer layer norm: before each sublayer (pre) or after each residual sum (post); both end in a final norm") \
  X(ENUM(at_ff_activation_names), ff_activation, AT_FF_RELU, "Transformer feed-forward activation: relu or gelu") \
  X(ENUM(at_position_names), positions, AT_POS_SINUSOIDAL, "Transformer positions: sinusoidal or learned") \
  X(INT, max_positions, 1024, "learned positions: table size (longest sentence in pieces + 1)")   \
  X(FLOAT, attn_dropout, 0.0, "Transformer dropout on attention weights")                          \
  X(FLOAT, ff_dropout, 0.0, "Transformer dropout inside the feed-forward block (after the activation)")

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

/* Most floats one layout may hold (2^31, 8 GiB of values): at_params_add
 * refuses a parameter that would go past it, so element and byte counts of a
 * layout (and of a checkpoint's arrays) can never overflow. */
#define AT_PARAMS_MAX_TOTAL ((size_t)1 << 31)

void at_params_init(at_params *p);
/* Declares a parameter; *offset receives its offset. Before at_params_alloc
 * only. AT_ERR_INVALID_ARG for a bad name or shape, or when the layout would
 * exceed AT_PARAMS_MAX_TOTAL floats. */
at_status at_params_add(at_params *p, const char *name, int ndim, int rows, int cols, size_t *offset);
/* Allocates data and grad (zeroed), 64-byte aligned. */
at_status at_params_alloc(at_params *p);
void at_params_free(at_params *p);
const at_param_info *at_params_find(const at_params *p, const char *name);
void at_params_zero_grad(at_params *p);
/* AT_ERR_CHECKPOINT when a value of p->data is NaN or infinite (a diverged
 * run's checkpoint): the message names `file`, the parameter, how many values
 * and the first one's index. */
at_status at_params_check_finite(const at_params *p, const char *file);

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
 * backward needs. train != 0 enables dropout (drawn from rng) and computes
 * the output layer's gradients here, block by block (no (Tt*B, V) logits
 * matrix is kept); train == 0 (validation) computes the loss only, and a
 * backward after it does that work then, with the same bits. */
at_status at_model_forward(at_model *m, const at_batch *b, int train, at_rng *rng, at_loss *out);
/* Bytes of the model's arena the last forward (and backward, once run) took;
 * never more than at_model_train_bytes for that batch (tested). */
size_t at_model_arena_used(const at_model *m);
/* Training state the model keeps outside its parameters (the reward baseline
 * of hard attention), as named values of a checkpoint's training state:
 * save adds them to ck; load reads them (absent values: a fresh start). */
typedef struct at_checkpoint at_checkpoint;
at_status at_model_save_state(const at_model *m, at_checkpoint *ck);
at_status at_model_load_state(at_model *m, const at_checkpoint *ck);
/* Backward of the last forward; ADDS gradients (scaled by loss_scale, e.g.
 * 1/ntokens) into at_model_params(m)->grad. */
at_status at_model_backward(at_model *m, float loss_scale);

/* ---- inference: encode once, then one decoder step at a time ------------------ *
 * The decoder step below is the same code the training forward runs. */
typedef struct at_encoded at_encoded; /* encoder outputs and the decoder's per-sentence memory */

/* The decoder state of N hypotheses, opaque outside model/: a list of named
 * blocks, each (cap rows, width floats) with row i belonging to hypothesis i
 * (a recurrent decoder keeps h/c per layer and the fed-back attentional
 * state there; a Transformer decoder its key/value cache). Search reorders
 * it with at_model_state_gather and sets N; nothing else looks inside. */
enum { AT_STATE_MAX_BLOCKS = 24 };
typedef struct at_state_block {
  char name[16];  /* e.g. "h/l0", "c/l1", "feed" */
  int width;      /* floats per hypothesis */
  int used;       /* floats of each row in use (0: all width); gather copies only those */
  float *data;    /* (cap, width) */
} at_state_block;
typedef struct at_dec_state {
  int N;          /* hypotheses in use (<= cap); the caller sets it */
  int cap;        /* rows allocated */
  int max_steps;  /* decoder steps the state was sized for */
  int n_blocks;
  at_state_block block[AT_STATE_MAX_BLOCKS];
} at_dec_state;

/* Encodes B source sentences (src (Ts, B), lengths (B)); memory from arena. */
at_status at_model_encode(const at_model *m, const int *src, const int *src_len, int Ts, int B, at_arena *arena,
                          at_encoded **out);
/* Allocates a state for up to N hypotheses and max_steps decoder steps
 * (steps t = 0 .. max_steps-1) from arena; st->N = N. */
at_status at_model_state_alloc(const at_model *m, int N, int max_steps, at_arena *arena, at_dec_state *st);
/* Initial decoder state of each sentence b (st->N == B). */
at_status at_model_state_init(const at_model *m, const at_encoded *enc, at_dec_state *st);
/* Copies rows of every block: dst hypothesis i takes src hypothesis from[i]
 * (beam reordering), for i < dst->N. */
void at_model_state_gather(const at_model *m, const at_dec_state *src, const int *from, at_dec_state *dst);
/* The block called name, or NULL (tests and tools; search never needs it). */
const at_state_block *at_dec_state_find(const at_dec_state *st, const char *name);
/* Scratch bytes at_model_step takes from its arena for N hypotheses of B
 * sentences of up to Ts positions; at_model_step reserves them itself, so a
 * caller that reserves them once (and rewinds between steps) never mallocs
 * inside the decoding loop. */
size_t at_model_step_bytes(const at_model *m, int N, int B, int Ts);
/* Decoder step t (0 for the first target token) for N = in->N hypotheses;
 * hypothesis i belongs to source sentence sent[i]. y_prev (N) previous tokens
 * (BOS at t = 0). Writes the new state into `out` (may not alias `in`; its N
 * must equal in->N), log-probabilities (N, tgt_vocab), and, if attn != NULL,
 * attention weights (N, at_model_attention_rows(m), Ts): for each hypothesis
 * first the weights alignments use (multi-head: the head average; zeros for
 * attention none), then each head's. t < in->max_steps. */
at_status at_model_step(const at_model *m, const at_encoded *enc, int t, const int *sent, const at_dec_state *in,
                        const int *y_prev, at_dec_state *out, float *logprobs, float *attn, at_arena *arena);
/* A subset of the target vocabulary (a shortlist, decoder/shortlist.c): the
 * ids (ascending, each 0..tgt_vocab-1) and the output layer's rows for them,
 * packed once (at_model_vocab_subset) for every step of a batch. */
typedef struct at_vocab_subset {
  int n;
  const int *ids; /* (n), the caller's */
  float *W;       /* (n, D); NULL for an int8 model (qW holds the rows) */
  float *b;       /* (n), NULL when the output layer is tied (no bias) */
  void *qW;       /* int8 model (at_model_use_int8): the rows packed for the int8 product, else NULL */
  const int *own_start, *own_cols; /* or NULL: sentence b's own columns (its own shortlist),
                                      ascending in own_cols[own_start[b] .. own_start[b+1]); the
                                      others' log-probabilities are then -inf (the caller's) */
} at_vocab_subset;
/* Packs the output rows of ids[0..n) from arena (memory stays until the
 * caller rewinds); an int8 model also packs them for its kernels, which
 * at_model_vocab_subset_release frees (a no-op for a zeroed subset). */
at_status at_model_vocab_subset(const at_model *m, const int *ids, int n, at_arena *arena, at_vocab_subset *out);
void at_model_vocab_subset_release(at_vocab_subset *sub);
/* at_model_step over a subset: logprobs (N, sub->n), the log-softmax over the
 * subset's columns only (renormalised, as Marian's shortlist does; with
 * sub->own_start, over the columns of the hypothesis' sentence); column
 * j is token sub->ids[j]. sub NULL: at_model_step. */
at_status at_model_step_sub(const at_model *m, const at_encoded *enc, int t, const int *sent, const at_dec_state *in,
                            const int *y_prev, const at_vocab_subset *sub, at_dec_state *out, float *logprobs,
                            float *attn, at_arena *arena);
/* Attention rows a step reports per hypothesis: 1, 1 + heads (multi-head rnn
 * decoder) or 1 + dec_layers x heads (Transformer decoder: its cross-attention,
 * layer by layer; row 0 the last layer's head average). */
int at_model_attention_rows(const at_model *m);
/* The layers rows 1.. span, layer-major: 1, or the Transformer decoder's layers. */
int at_model_attention_layers(const at_model *m);
/* Arena bytes at_model_forward + at_model_backward use for a batch of B
 * sentences padded to Ts / Tt (reserved by at_model_forward itself). */
size_t at_model_train_bytes(const at_model *m, int B, int Ts, int Tt, int train);
int at_encoded_src_len(const at_encoded *enc, int b);
int at_encoded_Ts(const at_encoded *enc);

/* ---- attention maps of one sentence pair ---------------------------------------------
 * A teacher-forced forward of one pair without dropout, in the caller's arena:
 * src (S) the source ids as search takes them (EOS included), tgt (T) the
 * target ids without BOS/EOS (e.g. a hypothesis); the decoder reads
 * BOS y_1 .. y_T, so it has T' = T + 1 positions (the last predicts EOS).
 * Every kind holds (layers, heads, rows, cols) softmax weights, row = query
 * position, column = key position, 0 where masked; layers = 0 when the
 * model's blocks have none of that kind. The model is only read (neither its
 * arena nor its training cache is touched): threads may call it on one model,
 * each with its own arena. Memory stays in arena until the caller rewinds it. */
typedef struct at_attention_map {
  int layers, heads, rows, cols; /* layers = 0: none */
  const float *w;                /* (layers, heads, rows, cols), in the caller's arena */
} at_attention_map;
typedef struct at_attention_maps {
  at_attention_map enc_self; /* (S, S): Transformer encoder, rnn-sa's self-attention layers */
  at_attention_map dec_self; /* (T', T'), causal: Transformer decoder */
  at_attention_map cross;    /* (T', S): Transformer decoder (a recurrent decoder's comes from at_model_step) */
} at_attention_maps;
at_status at_model_attention_maps(const at_model *m, const int *src, int S, const int *tgt, int T, at_arena *arena,
                                  at_attention_maps *out);

/* ---- int8 weights (model/quant.c; `attend quantize`, `attend translate --int8`) ----
 * Every matrix parameter (2-D, at least AT_QUANT_MIN_COLS columns: weights,
 * embeddings) is quantised per row, symmetrically: int8 q[r][k] in -127..127
 * and one float scale s[r] = max|W[r]| / 127 (core/qgemm.h). The float32
 * values of such a parameter are then replaced by s[r] q[r][k], so every code
 * path that reads floats (the encoder, embeddings) runs the quantised model,
 * and the int8 matrix products of decoding (at_model_use_int8) compute the
 * same model with int8 arithmetic. Vectors (biases, layer-norm gains) stay
 * float32. */
enum { AT_QUANT_MIN_COLS = 16 };
typedef struct at_qparams {
  int count;     /* the layout's parameter count; 0: nothing quantised */
  int8_t **q;    /* (count): (rows, cols) int8 of parameter i, NULL when it stays float32 */
  float **scale; /* (count): its row scales (rows), NULL with q[i] */
} at_qparams;
/* 1 when parameter pi is quantised by at_qparams_quantize. */
int at_qparams_eligible(const at_param_info *pi);
/* Quantises every eligible parameter of p into out (allocated; free with
 * at_qparams_free) and replaces their values in p->data with the dequantised ones. */
at_status at_qparams_quantize(at_params *p, at_qparams *out);
/* Writes s[r] q[r][k] into p->data for every parameter q holds (q->count == p->count). */
void at_qparams_dequantize(const at_qparams *q, at_params *p);
/* Bytes of the int8 values and scales of q. */
size_t at_qparams_bytes(const at_qparams *q, const at_params *p);
void at_qparams_free(at_qparams *q);
/* From now on the model's decoder steps multiply with int8 kernels where it
 * has them (the output layer; a recurrent decoder's GRU/LSTM/RNN matrices,
 * its combine layer and attention query projection), packed here from q
 * (which must hold every eligible parameter of the model's layout; the
 * model's float values must be q's dequantised ones, e.g. after
 * at_qparams_quantize on at_model_params(m)). The model may not be trained
 * afterwards. q is not kept. */
at_status at_model_use_int8(at_model *m, const at_qparams *q);
/* 1 after at_model_use_int8. */
int at_model_int8(const at_model *m);
/* Reads path's parameters into m (created from the file's config) for
 * decoding: an int8 checkpoint, or any checkpoint when int8 != 0 (quantised
 * as it loads), makes m an int8 model. *is_int8 (may be NULL) says which. */
at_status at_model_load_params(at_model *m, const char *path, int int8, int *is_int8);

/* ---- checkpoints (model/checkpoint.c; HDF5 layout in docs/checkpoint-format.md) ----
 * One file holds the model config, the effective training config (YAML), both
 * SentencePiece models, every parameter under /params/<name> with its shape,
 * optimizer slots under /optimizer/<slot>/<name> and named training-state
 * values. Saving is atomic: a crash at any moment leaves the previous file. */
#define AT_CHECKPOINT_FORMAT "attend-checkpoint"
/* Version 2 (attend 0.2): every string is fixed-length (no HDF5 global heap).
 * Version 1 files (variable-length strings) are still read. */
#define AT_CHECKPOINT_VERSION 2
#define AT_CHECKPOINT_VERSION_MIN 1
/* Version 3: version 2 with int8 parameters (/params/<name> int8 and its row
 * scales /params_scale/<name>), written only for a quantised checkpoint, so
 * an older attend refuses it by its version. */
#define AT_CHECKPOINT_VERSION_INT8 3
#define AT_CHECKPOINT_VERSION_MAX AT_CHECKPOINT_VERSION_INT8
enum { AT_CKPT_MAX_SLOTS = 4, AT_CKPT_MAX_STATE = 64, AT_CKPT_NAME_MAX = 48 };

typedef enum { AT_CKPT_I64 = 0, AT_CKPT_U64 = 1, AT_CKPT_F64 = 2 } at_ckpt_type;
/* One named training-state value (step, epoch, rng state, best dev BLEU, ...). */
typedef struct at_ckpt_value {
  char name[AT_CKPT_NAME_MAX];
  at_ckpt_type type;
  union {
    int64_t i;
    uint64_t u;
    double f;
  } v;
} at_ckpt_value;

/* For saving, the caller fills the fields with pointers it owns (nothing is
 * copied or freed). at_checkpoint_load* allocate every pointer; release those
 * with at_checkpoint_free. */
typedef struct at_checkpoint {
  at_model_config config;
  char *run_config;                 /* YAML text of the full effective training config, or NULL */
  void *spm_src, *spm_tgt;          /* serialized SentencePiece models, or NULL */
  size_t spm_src_size, spm_tgt_size; /* their sizes in bytes */
  at_params *params;                /* names, shapes, data (total); grad is NULL after loading */
  int n_slots;                      /* optimizer slots, 0..AT_CKPT_MAX_SLOTS */
  char slot_names[AT_CKPT_MAX_SLOTS][32]; /* e.g. "adam_m", "adam_v" */
  float *slots[AT_CKPT_MAX_SLOTS];  /* each (params->total), laid out like params->data */
  int n_state;
  at_ckpt_value state[AT_CKPT_MAX_STATE];
  /* int8 parameters (format_version 3, written by `attend quantize`), or
   * NULL: saving writes each parameter q holds as int8 with its row scales;
   * loading fills it (and params->data with the dequantised values). */
  at_qparams *quant;
  /* filled by loading, ignored by saving: */
  int format_version;
  char toolkit_version[32];         /* at_version() of the writer */
  char created[32];                 /* ISO 8601 UTC, e.g. "2024-05-01T12:00:00Z" */
} at_checkpoint;

/* Zeroes ck and sets the default model config. */
void at_checkpoint_init(at_checkpoint *ck);
/* Adds or replaces a training-state value; AT_ERR_INVALID_ARG when the name is
 * empty, too long or the table is full. */
at_status at_checkpoint_set_i64(at_checkpoint *ck, const char *name, int64_t v);
at_status at_checkpoint_set_u64(at_checkpoint *ck, const char *name, uint64_t v);
at_status at_checkpoint_set_f64(at_checkpoint *ck, const char *name, double v);
/* The value called name, or NULL. */
const at_ckpt_value *at_checkpoint_get(const at_checkpoint *ck, const char *name);
/* Typed reads: AT_ERR_NOT_FOUND when missing, AT_ERR_CHECKPOINT when stored
 * with another type (i64 and u64 convert when the value fits). */
at_status at_checkpoint_get_i64(const at_checkpoint *ck, const char *name, int64_t *out);
at_status at_checkpoint_get_u64(const at_checkpoint *ck, const char *name, uint64_t *out);
at_status at_checkpoint_get_f64(const at_checkpoint *ck, const char *name, double *out);

/* Writes ck to path atomically: a temporary file path.tmp.<pid> in the same
 * directory is written, flushed and fsync'ed, renamed over path, and the
 * directory is fsync'ed. ck->params (with data) is required; slots need
 * params->total floats each. On failure path is untouched. */
at_status at_checkpoint_save(const char *path, const at_checkpoint *ck);
/* Reads everything: config, run_config, tokenizers, parameters (in the
 * file's creation order), slots and state; *out is overwritten (not freed).
 * Errors: AT_ERR_IO (cannot open), AT_ERR_CHECKPOINT (not HDF5, truncated,
 * missing or malformed dataset; the message names file and dataset),
 * AT_ERR_VERSION (other format name or version). */
at_status at_checkpoint_load(const char *path, at_checkpoint *out);
/* Like at_checkpoint_load without the arrays: params and slots stay NULL,
 * slot_names/n_slots are filled. Cheap; for `attend info` or for building a
 * model before at_checkpoint_load_params. */
at_status at_checkpoint_load_header(const char *path, at_checkpoint *out);
/* at_checkpoint_load and at_checkpoint_load_header from the n bytes of a whole
 * checkpoint file in memory (HDF5's core driver; the bytes are copied, nothing
 * touches the disk), validated exactly as a file with those bytes; `name`
 * names it in messages (NULL: "(file image)"). For the fuzz harnesses. */
at_status at_checkpoint_load_image(const void *buf, size_t n, const char *name, at_checkpoint *out);
at_status at_checkpoint_load_header_image(const void *buf, size_t n, const char *name, at_checkpoint *out);
/* Reads /params into p->data (allocated) after checking that the file holds
 * exactly p's parameters with p's shapes as float32: a missing, extra,
 * wrongly shaped or wrongly typed dataset is AT_ERR_CHECKPOINT with a message
 * naming the file, the dataset and both shapes. */
at_status at_checkpoint_load_params(const char *path, at_params *p);
/* at_checkpoint_load_params that also hands over an int8 checkpoint's int8
 * values: *q is filled (allocated; q->count 0 for a float32 checkpoint) and
 * p->data holds the dequantised values. at_checkpoint_load_params alone
 * reads an int8 checkpoint too (dequantised values only). */
at_status at_checkpoint_load_params_q(const char *path, at_params *p, at_qparams *q);
/* Same for optimizer slot `slot`: /optimizer/<slot>/... into dst (layout->total),
 * laid out like layout. */
at_status at_checkpoint_load_slot(const char *path, const char *slot, const at_params *layout, float *dst);
/* Frees what loading allocated and zeroes ck. NULL is a no-op. */
void at_checkpoint_free(at_checkpoint *ck);

#ifdef __cplusplus
}
#endif
#endif
