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
  long invalid_utf8; /* pairs skipped: a side not valid UTF-8 */
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
 * max_len pieces (max_len <= 0: no limit; EOS not counted). Skipped lines are
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

/* Sums gradients over processes before clipping. A no-op today (one process);
 * the training loop already calls it at the right place. */
at_status at_grad_reduce(float *grad /* (n) */, size_t n);
/* Global L2 norm, computed in double over fixed 4096-float blocks whose sums are
 * added in block order: the same bits for any thread count. */
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

#ifdef __cplusplus
}
#endif
#endif
