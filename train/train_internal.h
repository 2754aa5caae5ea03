/* train/: helpers shared by the files of this folder only. */
#ifndef ATTEND_TRAIN_INTERNAL_H
#define ATTEND_TRAIN_INTERNAL_H

#include "train/train.h"

#include "core/omp.h"

/* corpus.c: counts the lines of both files and fails (AT_ERR_FORMAT, both
 * files and counts named) when they differ; cheap check before any work. */
at_status at__corpus_check_lines(const char *src_path, const char *tgt_path, long *lines);

/* Dev-set results of one validation. */
typedef struct at__valid {
  double loss, ppl, acc; /* per-token NLL, exp(loss), token accuracy */
  long ntokens;
  int scored;            /* bleu and chrf are set (greedy translation ran) */
  double bleu, chrf;     /* greedy corpus BLEU and chrF on the first dev pairs */
} at__valid;

/* Training statistics since the last metrics row. */
typedef struct at__interval {
  double t0;          /* at_now() at the start */
  double loss_sum, nll_sum, gnorm_sum;
  long tgt_tokens, src_tokens;
  int64_t steps;
} at__interval;

/* Everything a run holds. */
typedef struct at__run {
  const at_train_config *tc;
  at_model_config *mc;
  const at_train_io *io;
  char path_last[AT_TRAIN_PATH_MAX + 16], path_best[AT_TRAIN_PATH_MAX + 16];
  char path_metrics[AT_TRAIN_PATH_MAX + 16];
  char *run_yaml;                      /* the effective config (saved in checkpoints) */
  at_tokenizer *src_tok, *tgt_tok;
  at_corpus train, dev;
  char **dev_refs;                     /* (n_refs) reference text of the first dev pairs (greedy BLEU) */
  int n_refs;
  at_batcher *bt, *dev_bt;
  at_model *m;
  at_optimizer opt;
  at_schedule sched;
  at_rng drop_rng;                     /* saved in checkpoints; draws come from at__micro_rng since issue 12 */
  double wait_start;                   /* at_dist_wait_seconds() when the loop started */
  int64_t *row_ids;                    /* (row_ids_cap) sentence ids of a micro-batch's rows (at__micro_rng) */
  int row_ids_cap;
  float *acc;                          /* (params) micro-batch gradient sum; NULL when one micro-batch a process */
  int dist_rank, dist_size;            /* this process among the run's processes (0 of 1 alone) */
  double comm_seconds;                 /* spent summing gradients and statistics over processes */
  /* training state (checkpointed) */
  int64_t step;
  double best_ppl, first_ppl;          /* lowest and first dev perplexity */
  double best_bleu;                    /* highest greedy dev BLEU (-inf: none) */
  int64_t best_step;                   /* step of the best --best-metric */
  int bad_valid;                       /* validations since the best (early stopping) */
  double elapsed_prev;                 /* seconds trained by earlier processes */
  /* this process */
  double t_start, last_ppl, last_bleu, last_status;
  double best_file;                    /* --best-metric of best.h5 as a loss (ppl, or -bleu); +inf: none */
  int64_t step_start, last_valid_step;
  double lr, gnorm;
  at__interval iv;
  FILE *metrics;
  long metrics_lost;                   /* rows whose write failed (full disk, quota) */
  char metrics_err[96];                /* the first failure's reason */
  const char *stop_reason;
  int status_shown;                    /* a live status line is on the terminal */
  int lock_fd;                         /* <save_dir>/.lock, held for the run (-1: none) */
  /* resumed: what metrics.tsv already holds at the checkpoint's step (rows
   * there are not written twice) */
  int64_t metrics_step;                /* -1: nothing */
  int metrics_has_train, metrics_has_dev;
} at__run;

/* rundir.c: the run directory's lock, stale temporary files, atomic writes. */
/* Takes an exclusive lock on dir/.lock (flock, released when the process
 * ends however it ends) and writes the pid there; fails at once (AT_ERR_IO,
 * naming dir and the holder's pid) when another process holds it. */
at_status at__rundir_lock(const char *dir, int *fd);
void at__rundir_unlock(int fd);
/* Removes the temporary files (X.h5.tmp.PID, metrics.tsv.tmp.PID,
 * config.yaml.tmp.PID, src|tgt.tmp.PID.model|vocab) whose process is gone,
 * saying so; returns how many. Call with the lock held. */
int at__rundir_clean(at__run *r);
/* "<path>.tmp.<pid>" into buf. */
void at__tmp_name(const char *path, char *buf, size_t size);
/* fsync tmp, rename it to path, fsync the directory (tmp is removed on failure). */
at_status at__commit_file(const char *tmp, const char *path);
/* Writes path atomically: a crash leaves the old file or the new one. */
at_status at__write_atomic(const char *path, const void *data, size_t n);

/* progress.c */
double at__run_elapsed(const at__run *r);
void at__say(at__run *r, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
at_status at__metrics_open(at__run *r);
void at__progress_step(at__run *r, const at_loss *loss, long src_tokens);
void at__progress_valid(at__run *r, const at__valid *v);
void at__progress_end(at__run *r);

/* state.c */
at_status at__save(at__run *r, const char *path, int full);
at_status at__restore(at__run *r, const char *path);
/* The --best-metric value of a checkpoint written by at__save, as a loss
 * (ppl, or -bleu). */
at_status at__read_best(const at__run *r, const char *path, double *loss);
/* The --best-metric of a validation as a loss: ppl, or -bleu (+inf unscored). */
double at__valid_loss(const at__run *r, const at__valid *v);

#endif
