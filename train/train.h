/* attend train/: reading a parallel corpus into ids, bucketing and batching,
 * optimizers and learning-rate schedules, and the training loop.
 *
 * The data's way: two line-aligned text files --at_corpus_load--> one flat
 * array of ids (at_corpus) --at_batcher--> padded time-major at_batch -->
 * model forward/backward --> at_grad_reduce (no-op today) --> at_grad_clip -->
 * at_optim_step, with the learning rate from at_schedule.
 *
 * Source sentences get EOS appended (x1 .. xn </s>): the encoder sees an
 * explicit end marker, as in joeynmt and OpenNMT. Anything that encodes source
 * text for a model trained here (translation) must append AT_EOS_ID too; the
 * run config saved in checkpoints records it as `src_eos: true`. Targets are
 * stored as pieces only; batches add BOS/EOS (at_batch in model/model.h).
 */
#ifndef ATTEND_TRAIN_H
#define ATTEND_TRAIN_H

#include <signal.h>
#include <stdint.h>

#include "core/core.h"
#include "model/model.h"
#include "tokenizer/tokenizer.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ==== corpus ================================================================= */

/* How many line numbers of each kind of skipped line the stats remember. */
#define AT_CORPUS_REPORT 5

typedef struct at_corpus_stats {
  long lines;        /* lines in each file */
  long kept;         /* pairs stored */
  long empty;        /* pairs skipped: a side empty (or no pieces after normalization) */
  long invalid_utf8; /* pairs skipped: a side not valid UTF-8, or holding a NUL byte */
  long too_long;     /* pairs skipped: a side longer than max_len pieces */
  long empty_lines[AT_CORPUS_REPORT];   /* first 1-based line numbers, min(empty, REPORT) valid */
  long invalid_lines[AT_CORPUS_REPORT]; /* first 1-based line numbers, min(invalid_utf8, REPORT) */
} at_corpus_stats;

/* Sentence pairs as ids. Pair i occupies ids[off[i] .. off[i+1]): first its
 * src_len[i] source ids (the last is AT_EOS_ID), then its tgt_len[i] target
 * pieces (no BOS/EOS). */
typedef struct at_corpus {
  int n;            /* pairs */
  int *ids;         /* (off[n]) */
  size_t *off;      /* (n + 1) */
  int *src_len;     /* (n) source length including the appended EOS, >= 2 */
  int *tgt_len;     /* (n) target pieces, >= 1 */
  long *line;       /* (n) 1-based line number of the pair in the files */
  int max_src_len;  /* max of src_len */
  int max_tgt_len;  /* max of tgt_len */
  long src_tokens;  /* sum of src_len */
  long tgt_tokens;  /* sum of tgt_len + 1 (the EOS a batch adds) */
} at_corpus;

/* Reads src_path and tgt_path (line-aligned UTF-8; a '\r' before '\n' is
 * dropped; a last line without '\n' counts), skips and counts pairs with an
 * empty or invalid-UTF-8 side (never shifting the other pairs), encodes both
 * sides with all OpenMP threads, and drops pairs with a side longer than
 * max_len pieces (max_len <= 0: no limit; EOS not counted; a side of more
 * than max_len * AT_TOKENIZER_BYTES_PER_PIECE bytes is dropped as too long
 * without being tokenized). Skipped lines are
 * reported with at_log warnings. stats may be NULL.
 * Errors: AT_ERR_IO (a file unreadable, named), AT_ERR_FORMAT (line counts
 * differ: the message names both files and both counts; or nothing left),
 * AT_ERR_TOKENIZER (encoding failed, the line named). On error *out is empty. */
at_status at_corpus_load(const char *src_path, const char *tgt_path, const at_tokenizer *src_tok,
                         const at_tokenizer *tgt_tok, int max_len, at_corpus *out, at_corpus_stats *stats);
void at_corpus_free(at_corpus *c);

/* ==== batching =============================================================== */

typedef enum { AT_BATCH_SENTS = 0, AT_BATCH_TOKENS = 1 } at_batch_type;
extern const char *const at_batch_type_names[]; /* "sents", "tokens", NULL */

typedef struct at_batcher_options {
  int type;       /* at_batch_type */
  int size;       /* sentences per batch, or max padded tokens B * (Ts + Tt) */
  int shuffle;    /* 1: training (shuffled chunks, shuffled batch order every
                     epoch); 0: evaluation (whole corpus sorted, fixed order) */
  int pool;       /* sentences sorted together when shuffling; 0 = auto
                     (100 batches' worth, at least 1000) */
  uint64_t seed;  /* seeds the batcher's own rng */
} at_batcher_options;

void at_batcher_options_default(at_batcher_options *o);

/* The iterator position as a few integers (saved in checkpoints): the epoch
 * the next batch comes from (0-based; = epochs completed), batches of it
 * already returned, and the rng state that epoch's order was built from. */
typedef struct at_batcher_state {
  int64_t epoch;
  int64_t pos;
  uint64_t rng_state, rng_inc;
} at_batcher_state;

/* Each epoch: shuffle all pairs, cut them into chunks of `pool`, sort each
 * chunk by (src_len, tgt_len), cut batches (by sentences, or as many pairs as
 * keep B * (max Ts + max Tt) within `size`; a single pair over the budget is
 * a batch alone), then shuffle the batch order. Batches are built into
 * buffers reserved once for the worst case. */
typedef struct at_batcher at_batcher;

/* The corpus must outlive the batcher. Builds epoch 0. */
at_status at_batcher_create(const at_corpus *c, const at_batcher_options *o, at_batcher **out);
void at_batcher_free(at_batcher *bt);
/* The next batch of the current epoch; after its last batch the next epoch's
 * order is built at once (at_batcher_epoch() then counts it). *out points
 * into the batcher's buffers, valid until the next call. */
at_status at_batcher_next(at_batcher *bt, at_batch *out);
/* Batch k (0 <= k < at_batcher_num_batches) of the current epoch's order,
 * without moving the iterator (evaluation: a batcher with shuffle 0). */
at_status at_batcher_get(at_batcher *bt, int k, at_batch *out);
/* The corpus pair indices of batch k of the current epoch, in batch column
 * order (column b of the at_batch is pair idx[b]); *n receives B. */
const int *at_batcher_pairs(const at_batcher *bt, int k, int *n);
/* The pair indices of the batch at_batcher_next returned last (*n = B). */
const int *at_batcher_last_pairs(const at_batcher *bt, int *n);
/* Micro-batch j (0 <= j < m) of the batch at_batcher_next returned last: its
 * columns j, j + m, j + 2m, ... (every m-th pair of the length-sorted batch,
 * so that the m micro-batches hold similar lengths: equal work for the
 * processes of a distributed run), padded to its own longest sentences.
 * out->B is 0 when the slice is empty (B < m). Overwrites the buffers of the
 * batch itself. */
at_status at_batcher_last_slice(at_batcher *bt, int j, int m, at_batch *out);
/* Batches in the current epoch (may differ a little between epochs). */
int at_batcher_num_batches(const at_batcher *bt);
/* The epoch the next batch comes from (0-based) = epochs completed, and the
 * batches of it already returned. */
int64_t at_batcher_epoch(const at_batcher *bt);
int64_t at_batcher_pos(const at_batcher *bt);
void at_batcher_get_state(const at_batcher *bt, at_batcher_state *st);
/* Rebuilds the saved epoch's order and position: the next batches equal the
 * ones the saved batcher would have returned. AT_ERR_INVALID_ARG when pos is
 * not below that epoch's batch count (different corpus or options). */
at_status at_batcher_set_state(at_batcher *bt, const at_batcher_state *st);

/* ==== gradients, optimizers, schedules ======================================== */

/* Sums gradients over the processes of a distributed run (train/dist.c)
 * before clipping; a no-op in one process. */
at_status at_grad_reduce(float *grad /* (n) */, size_t n);
/* Global L2 norm, computed in double over at most 64 chunks whose size depends
 * on n only, their sums added in chunk order: the same bits for any thread
 * count, and no allocation. */
double at_grad_norm(const float *grad /* (n) */, size_t n);
/* Scales grad by max_norm / norm when norm > max_norm (max_norm <= 0: no
 * clipping). Returns the norm before clipping. */
double at_grad_clip(float *grad /* (n) */, size_t n, double max_norm);

typedef enum { AT_OPTIM_ADAM = 0, AT_OPTIM_SGD = 1 } at_optim_type;
extern const char *const at_optim_names[]; /* "adam", "sgd", NULL */

typedef struct at_optim_config {
  int type;             /* at_optim_type */
  double beta1, beta2;  /* Adam (0.9, 0.999) */
  double eps;           /* Adam (1e-8) */
  double momentum;      /* SGD (0: plain SGD) */
  double weight_decay;  /* Adam: decoupled (AdamW, p -= lr * wd * p, applied
                           before the Adam update); SGD: L2, g += wd * p. 0 = off */
} at_optim_config;

void at_optim_config_default(at_optim_config *c);

/* Optimizer state: slots laid out like at_params.data (checkpointed as
 * "adam_m"/"adam_v", or "sgd_momentum"), plus the step count. */
typedef struct at_optimizer {
  at_optim_config cfg;
  size_t n;        /* floats per slot */
  int nslots;      /* 2 (adam), 1 (sgd with momentum), 0 */
  float *slot[2];  /* (n) each, zero-initialised */
  const char *slot_name[2];
  int64_t t;       /* steps taken (Adam bias correction) */
} at_optimizer;

at_status at_optim_init(at_optimizer *o, const at_optim_config *cfg, size_t n);
void at_optim_free(at_optimizer *o); /* NULL ok */
/* One update of param with grad at learning rate lr (OpenMP over elements).
 * Adam: t += 1; m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2;
 *       p -= lr * (m / (1-b1^t)) / (sqrt(v / (1-b2^t)) + eps).
 * SGD: g' = g + wd p; with momentum u = mu u + g', p -= lr u; else p -= lr g'. */
void at_optim_step(at_optimizer *o, float *param /* (n) */, const float *grad /* (n) */, double lr);

typedef enum { AT_SCHED_CONSTANT = 0, AT_SCHED_PLATEAU = 1, AT_SCHED_NOAM = 2 } at_sched_type;
extern const char *const at_sched_names[]; /* "constant", "plateau", "noam", NULL */

/* Learning rate as a function of the step (1-based) and validations:
 *  constant: lr * warm(step)
 *  plateau:  lr * decay^k * warm(step), k = times dev perplexity failed to
 *            improve for `patience` validations in a row; never below min_lr
 *  noam:     lr * min(step / warmup, sqrt(warmup / step)) (inverse square
 *            root after a linear warm-up; peaks at lr on step == warmup;
 *            warmup 0: lr / sqrt(step))
 * where warm(step) = min(1, step / warmup) when warmup > 0, else 1. */
typedef struct at_schedule {
  int type;
  double lr, min_lr, decay;
  int warmup, patience;
  /* state (checkpointed) */
  double scale;   /* plateau multiplier, starts at 1 */
  double best;    /* best dev perplexity seen (plateau), starts at +inf */
  int bad;        /* validations since the last improvement */
} at_schedule;

void at_schedule_init(at_schedule *s, int type, double lr, int warmup);
double at_schedule_lr(const at_schedule *s, int64_t step);
/* Feeds a dev perplexity (plateau only; others ignore it). Returns 1 when the
 * rate was just decayed. */
int at_schedule_on_valid(at_schedule *s, double dev_ppl);

/* ==== processes of a distributed run (train/dist.c) ============================ */

/* The one place that talks MPI (and the only file that includes mpi.h). Built
 * without MPI (ATTEND_MPI=OFF), or run without mpirun, everything is serial:
 * rank 0 of 1, reductions and broadcasts change nothing. */
typedef enum { AT_DIST_SUM = 0, AT_DIST_MAX = 1 } at_dist_op;

/* Joins the job when the process was started by mpirun (MPI_Init_thread; the
 * environment says so), else stays serial. Idempotent; MPI_Finalize runs at
 * exit. AT_ERR_INTERNAL when MPI fails to start. */
at_status at_dist_init(void);
/* 1 when built with MPI. */
int at_dist_built(void);
int at_dist_rank(void);
int at_dist_size(void);
/* In-place reductions over all processes, every process gets the result
 * (floats: sum only). */
at_status at_dist_allreduce_f32(float *buf /* (n) */, size_t n);
at_status at_dist_allreduce_f64(double *buf /* (n) */, size_t n, at_dist_op op);
at_status at_dist_allreduce_i64(int64_t *buf /* (n) */, size_t n, at_dist_op op);
/* Copies root's bytes into every other process' buf. */
at_status at_dist_bcast(void *buf, size_t bytes, int root);
/* Byte buffers of any size between root and the other processes (sharded
 * translation). scatter: root passes bufs[r] / lens[r] for every rank r
 * (its own included); each process gets a malloc'd copy of its buffer in
 * *out, *out_len (NULL, 0 when empty). gather: each process passes its
 * buffer; root gets a malloc'd copy of every rank's in bufs[r], lens[r]
 * (arrays of at_dist_size() entries, only read on root; free each). */
at_status at_dist_scatter_bytes(const void *const *bufs, const size_t *lens, void **out, size_t *out_len, int root);
at_status at_dist_gather_bytes(const void *buf, size_t len, void **bufs, size_t *lens, int root);
/* Ends the whole job (MPI_Abort; exit in one process). Print first. */
void at_dist_abort(int code)
#if defined(__GNUC__)
    __attribute__((noreturn))
#endif
    ;
/* Seconds spent inside the reductions and broadcasts above, and their count. */
double at_dist_comm_seconds(void);
/* Of those, the seconds spent waiting at the barrier before each gradient sum
 * for the slowest process (so the sum itself is the rest). */
double at_dist_wait_seconds(void);
long at_dist_comm_calls(void);

/* ==== the training run ======================================================== */

enum { AT_TRAIN_PATH_MAX = 1024 };
/* The most threads a run takes (the threads field; 0 = all cores, also capped). */
enum { AT_TRAIN_MAX_THREADS = 1024 };
/* The most micro-batches a batch is split into (accum_steps). */
enum { AT_TRAIN_MAX_ACCUM = 1024 };
extern const char *const at_spm_type_names[]; /* "unigram", "bpe", NULL */
typedef enum { AT_BEST_PPL = 0, AT_BEST_BLEU = 1 } at_best_metric;
extern const char *const at_best_metric_names[]; /* "ppl", "bleu", NULL */

/* The run's settings besides the model: X(kind, name, default, help), kind STR,
 * INT, FLOAT (double), BOOL or ENUM(names-table). The list drives the struct,
 * defaults, `attend train` flags (--name with '_' -> '-'), YAML config keys,
 * --help and the run config saved in checkpoints. */
#define AT_TRAIN_CONFIG_FIELDS(X)                                                                        \
  X(STR, src, "", "training source text, one sentence a line")                                          \
  X(STR, tgt, "", "training target text, line-aligned with --src")                                       \
  X(STR, dev_src, "", "dev source text (validation; optional)")                                          \
  X(STR, dev_tgt, "", "dev target text")                                                                  \
  X(STR, save_dir, "", "run directory: checkpoints, tokenizers, config.yaml, metrics.tsv")                \
  X(STR, src_spm, "", "source SentencePiece model (default: <save-dir>/src.model, trained if missing)")    \
  X(STR, tgt_spm, "", "target SentencePiece model (default: <save-dir>/tgt.model, trained if missing)")    \
  X(INT, src_vocab_size, 8000, "source vocabulary size when a tokenizer is trained (5..10000000)")                      \
  X(INT, tgt_vocab_size, 8000, "target vocabulary size when a tokenizer is trained (5..10000000)")                      \
  X(INT, vocab_size, 0, "pieces of each trained tokenizer, of the joint one with --shared-vocab (0 = --src/--tgt-vocab-size)") \
  X(BOOL, shared_vocab, 0, "one tokenizer for both sides, trained on both texts (or --src-spm = --tgt-spm); --share-embeddings needs it") \
  X(ENUM(at_spm_type_names), spm_type, 0, "tokenizer model type when trained: unigram or bpe")           \
  X(INT, spm_sample, 1000000, "lines sampled to train a tokenizer (0 = all)")                            \
  X(ENUM(at_optim_names), optimizer, AT_OPTIM_ADAM, "optimizer: adam or sgd")                             \
  X(FLOAT, lr, 0.001, "learning rate (peak rate for noam)")                                              \
  X(FLOAT, beta1, 0.9, "Adam beta1")                                                                      \
  X(FLOAT, beta2, 0.999, "Adam beta2")                                                                    \
  X(FLOAT, eps, 1e-8, "Adam epsilon")                                                                     \
  X(FLOAT, momentum, 0.0, "SGD momentum (0 = plain SGD)")                                                 \
  X(FLOAT, weight_decay, 0.0, "weight decay: decoupled (AdamW) for adam, L2 for sgd")                    \
  X(FLOAT, clip_norm, 1.0, "clip the global gradient L2 norm to this (0 = off)")                         \
  X(ENUM(at_sched_names), lr_schedule, AT_SCHED_CONSTANT, "lr schedule: constant, plateau or noam")       \
  X(INT, warmup, 0, "linear warm-up steps (noam: steps to the peak)")                                    \
  X(FLOAT, lr_decay, 0.5, "plateau: multiply the lr by this when dev perplexity stalls")                 \
  X(INT, lr_patience, 2, "plateau: validations without improvement before a decay")                       \
  X(FLOAT, min_lr, 0.0, "plateau: lower bound of the lr")                                                 \
  X(INT, batch_size, 64, "sentences per batch, or padded tokens with --batch-type tokens")               \
  X(ENUM(at_batch_type_names), batch_type, AT_BATCH_SENTS, "batch size unit: sents or tokens")           \
  X(INT, accum_steps, 1, "split each batch into this many micro-batches, one optimizer step (1 to 1024)")   \
  X(INT, valid_batch_size, 0, "batch size for validation (0 = --batch-size)")                            \
  X(INT, max_len, 100, "drop training pairs with a side longer than this many pieces (0 = no limit)")     \
  X(INT, max_steps, 0, "stop after this many steps (0 = no limit)")                                       \
  X(FLOAT, max_minutes, 0.0, "stop after this many minutes of training, resumes included (0 = no limit)") \
  X(INT, max_epochs, 10, "stop after this many epochs (0 = no limit)")                                    \
  X(INT, valid_every, 1000, "validate on the dev set every N steps (0 = only at the end)")                \
  X(INT, save_every, 1000, "write last.h5 every N steps (0 = only at the end)")                           \
  X(INT, patience, 0, "stop after N validations without a better --best-metric (0 = off)")                \
  X(BOOL, valid_bleu, 1, "validation also translates the dev set greedily and reports BLEU and chrF")    \
  X(INT, valid_bleu_max, 500, "greedy BLEU on at most the first N dev pairs (0 = all)")                  \
  X(ENUM(at_best_metric_names), best_metric, AT_BEST_PPL, "what decides best.h5 and --patience: ppl or bleu") \
  X(INT, log_every, 100, "a metrics row (and a log line when not on a terminal) every N steps")          \
  X(INT, seed, 1, "random seed: initialisation, batch order, dropout")                                    \
  X(FLOAT, init_scale, 0.1, "initial weights uniform in [-s, s]")                                         \
  X(INT, threads, 0, "OpenMP threads, at most 1024 (0 = all cores)")                                      \
  X(STR, resume, "", "continue the run saved in this checkpoint (e.g. runs/x/last.h5)")                \
  X(STR, init_from, "", "start from this checkpoint's parameters and tokenizers (new optimizer and schedule)")

#define AT__TCFG_CTYPE_STR(name) char name[AT_TRAIN_PATH_MAX]
#define AT__TCFG_CTYPE_INT(name) int name
#define AT__TCFG_CTYPE_FLOAT(name) double name
#define AT__TCFG_CTYPE_BOOL(name) int name
#define AT__TCFG_CTYPE_ENUM(t) AT__TCFG_CTYPE_INT
#define AT__TCFG_FIELD(kind, name, def, help) AT__TCFG_CTYPE_##kind(name);
typedef struct at_train_config {
  AT_TRAIN_CONFIG_FIELDS(AT__TCFG_FIELD)
} at_train_config;
#undef AT__TCFG_FIELD

void at_train_config_default(at_train_config *c);
/* Sets field `key` ('-' accepted for '_') from text: AT_ERR_NOT_FOUND for an
 * unknown key, AT_ERR_CONFIG for a bad value (the message names the key). */
at_status at_train_config_set(at_train_config *c, const char *key, const char *value);
at_status at_train_config_get(const at_train_config *c, const char *key, char *buf, size_t size);
/* Ranges and required fields (src, tgt, save_dir; dev_src with dev_tgt). */
at_status at_train_config_validate(const at_train_config *c);
/* Sets `key` in whichever of the two configs has it. The model's vocabulary
 * sizes come from the tokenizers: src_vocab and tgt_vocab are accepted and
 * ignored (a saved run config lists them). */
at_status at_run_config_set(at_train_config *tc, at_model_config *mc, const char *key, const char *value);
/* The full effective configuration as flat YAML ("key: value" lines, strings
 * quoted): training fields, then `src_eos: true`, then the model fields.
 * *out is malloc'd. */
at_status at_run_config_yaml(const at_train_config *tc, const at_model_config *mc, char **out);
/* Applies the run config and model config saved in a checkpoint (e.g.
 * <save_dir>/last.h5) to tc and mc: the base of a resumed run. Then
 * tc->resume = ckpt_path, tc->save_dir = the checkpoint's directory and
 * tc->init_from = "" (a caller may still set another save_dir). */
at_status at_train_load_run_config(const char *ckpt_path, at_train_config *tc, at_model_config *mc);

/* Calls fn(ctx, key, value, line) for every scalar "key: value" of a YAML
 * mapping (keys inside nested mappings are flattened; lists are refused);
 * `name` names the text in messages (a file name). An empty value (`key:`)
 * gives "". Stops at the first failure of fn and returns it. */
typedef at_status (*at_yaml_fn)(void *ctx, const char *key, const char *value, int line);
at_status at_yaml_each(const char *text, size_t n, const char *name, at_yaml_fn fn, void *ctx);

/* ==== greedy translation scores (validation) =================================== */

/* Corpus BLEU and chrF (sacreBLEU defaults, eval/) of the model's greedy
 * (beam 1) translations of the first n pairs of `c` (their source ids, which
 * end with EOS), detokenized with tgt_tok, against refs[0..n) (reference text,
 * refs[i] for pair i). Sentences are sorted by source length into batches of
 * batch_size (<= 0: 64) translated in parallel, and put back in order; the
 * result does not depend on the batching. Uses no random numbers and does not
 * change the model. */
typedef struct at_greedy_score {
  double bleu, chrf; /* 0..100 */
  long sentences;
} at_greedy_score;

at_status at_greedy_score_corpus(const at_model *m, const at_tokenizer *tgt_tok, const at_corpus *c, int n,
                                 const char *const *refs /* (n) */, int batch_size, at_greedy_score *out);

/* The text of lines line[0..n) (1-based numbers, as at_corpus.line) of the
 * file at path, as at_corpus_load reads them (a '\r' before '\n' dropped).
 * *out (n) malloc'd strings in a malloc'd array: free with at_lines_free. */
at_status at_corpus_read_lines(const char *path, const long *line /* (n) */, int n, char ***out);
void at_lines_free(char **lines, int n);

/* What the caller (cli/) provides around a run. */
typedef struct at_train_io {
  FILE *log;            /* progress and messages; NULL = silent */
  int live;             /* 1: a one-line live status rewritten with '\r' (a terminal) */
  FILE *config_out;     /* the effective config (YAML) is printed here once known; NULL = not */
  volatile sig_atomic_t *stop; /* when set (e.g. by a signal handler), the run finishes the
                           current step, writes last.h5 and returns AT_ERR_INTERRUPTED */
  /* Hook for extra validation metrics (e.g. greedy BLEU on the dev set); may be
   * NULL. Called after each validation with the model in its current state. */
  at_status (*on_valid)(void *ctx, at_model *m, int64_t step);
  void *on_valid_ctx;
} at_train_io;

/* What a finished run reports. */
typedef struct at_train_result {
  int64_t steps;        /* total steps (resumed ones included) */
  int64_t epochs;       /* completed epochs */
  double best_dev_ppl;  /* +inf when never validated */
  double best_dev_bleu; /* -inf when never scored */
  int64_t best_step;    /* the step of the best --best-metric */
  double first_dev_ppl, last_dev_ppl;
  const char *stop_reason; /* static text: "max-steps", "max-epochs", "max-minutes",
                              "patience", "interrupted" */
} at_train_result;

/* The whole run: prepares the run directory and tokenizers (trained into
 * save_dir when missing), reads the corpora, builds or restores the model,
 * optimizer, schedule and batch iterator (tc->resume: everything from that
 * checkpoint, so that the run continues bitwise-identically for the same
 * threads; tc->init_from: parameters only), trains until a budget is reached,
 * validating (dev loss, and greedy BLEU/chrF with tc->valid_bleu) and saving
 * best.h5 / last.h5 into save_dir, and writes metrics.tsv.
 * mc's vocabulary sizes are replaced by the tokenizers' (mc is updated).
 * Started by mpirun (a build with MPI), the processes train together
 * (docs/distributed.md): each computes its micro-batches of every batch, the
 * gradients are summed over them, and only rank 0 validates, prints and writes;
 * a caller should end the job (at_dist_abort) when a rank fails.
 * Returns AT_OK, AT_ERR_INTERRUPTED after a clean stop (last.h5 written), or
 * the failure. result may be NULL. */
at_status at_train_run(const at_train_config *tc, at_model_config *mc, const at_train_io *io,
                       at_train_result *result);

#ifdef __cplusplus
}
#endif
#endif
