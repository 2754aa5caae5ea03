/* What a run shows and records: the live status line (terminal), plain log
 * lines (otherwise), and metrics.tsv in the run directory. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "train/train_internal.h"

static const char *const at__metrics_header =
    "step\tepoch\twall_s\ttrain_loss\ttrain_ppl\tlr\tgrad_norm\tsrc_tok_s\ttgt_tok_s\tdev_loss\tdev_ppl\tdev_acc\tdev_bleu\tdev_chrf\n";

double at__run_elapsed(const at__run *r) { return r->elapsed_prev + (at_now() - r->t_start); }

/* Removes the live status line before other output. */
static void at__clear_status(at__run *r) {
  if (r->status_shown && r->io->log) fputs("\r\033[K", r->io->log);
  r->status_shown = 0;
}

void at__say(at__run *r, const char *fmt, ...) {
  FILE *f = r->io->log;
  if (!f) return;
  at__clear_status(r);
  va_list ap;
  va_start(ap, fmt);
  vfprintf(f, fmt, ap);
  va_end(ap);
  fputc('\n', f);
  fflush(f);
}

/* "1:02:03" or "4:05" into buf; "--" for a negative or infinite time. */
static const char *at__hms(double sec, char *buf, size_t size) {
  if (!(sec >= 0) || !isfinite(sec) || sec > 1e8) return snprintf(buf, size, "--"), buf;
  long s = (long)(sec + 0.5);
  if (s >= 3600) snprintf(buf, size, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else snprintf(buf, size, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

/* Seconds to the nearest of the step, epoch and time budgets; -1 when unknown. */
static double at__eta(const at__run *r) {
  const at_train_config *tc = r->tc;
  double spent = at_now() - r->t_start, eta = INFINITY;
  int64_t done = r->step - r->step_start;
  if (done <= 0 || spent <= 0) return tc->max_minutes > 0 ? tc->max_minutes * 60 - at__run_elapsed(r) : -1;
  double rate = done / spent; /* steps per second */
  if (tc->max_steps > 0) eta = fmin(eta, (tc->max_steps - r->step) / rate);
  if (tc->max_epochs > 0) {
    double left = (double)(tc->max_epochs - at_batcher_epoch(r->bt)) * at_batcher_num_batches(r->bt) -
                  (double)at_batcher_pos(r->bt);
    eta = fmin(eta, left / rate);
  }
  if (tc->max_minutes > 0) eta = fmin(eta, tc->max_minutes * 60 - at__run_elapsed(r));
  return isfinite(eta) ? eta : -1;
}

static double at__epoch_progress(const at__run *r) {
  int nb = at_batcher_num_batches(r->bt);
  return (double)at_batcher_epoch(r->bt) + (nb ? (double)at_batcher_pos(r->bt) / nb : 0);
}

/* "12.3k" style rate. */
static const char *at__rate(double v, char *buf, size_t size) {
  if (v >= 1e6) snprintf(buf, size, "%.1fM", v / 1e6);
  else if (v >= 1e3) snprintf(buf, size, "%.1fk", v / 1e3);
  else snprintf(buf, size, "%.0f", v);
  return buf;
}

/* One status text from the current interval. */
static void at__status_text(const at__run *r, char *buf, size_t size) {
  const at__interval *iv = &r->iv;
  double dt = at_now() - iv->t0, tok = iv->tgt_tokens > 0 ? (double)iv->tgt_tokens : 1;
  char a[32], b[32], c[32], d[32];
  snprintf(buf, size, "step %lld | epoch %.2f | loss %.3f | ppl %.2f | lr %.2e | gnorm %.2f | tok/s src %s tgt %s | %s | ETA %s",
           (long long)r->step, at__epoch_progress(r), iv->loss_sum / tok, exp(iv->nll_sum / tok), r->lr,
           iv->steps ? iv->gnorm_sum / (double)iv->steps : 0.0, at__rate(iv->src_tokens / (dt > 0 ? dt : 1), a, sizeof a),
           at__rate(iv->tgt_tokens / (dt > 0 ? dt : 1), b, sizeof b), at__hms(at__run_elapsed(r), c, sizeof c),
           at__hms(at__eta(r), d, sizeof d));
}

void at__progress_step(at__run *r, const at_loss *loss, long src_tokens) {
  at__interval *iv = &r->iv;
  iv->loss_sum += loss->loss_sum;
  iv->nll_sum += loss->nll_sum;
  iv->tgt_tokens += loss->ntokens;
  iv->src_tokens += src_tokens;
  iv->gnorm_sum += r->gnorm;
  iv->steps++;
  FILE *f = r->io->log;
  if (!r->io->live || !f || at_now() - r->last_status < 0.25) return;
  char line[400];
  at__status_text(r, line, sizeof line);
  fprintf(f, "\r\033[K%s", line);
  fflush(f);
  r->status_shown = 1;
  r->last_status = at_now();
}

/* Appends one metrics row: the interval's training numbers (blank when the
 * interval is empty) and the dev numbers (blank without a validation). */
static void at__metrics_row(at__run *r, const at__valid *v) {
  FILE *f = r->metrics;
  if (!f) return;
  const at__interval *iv = &r->iv;
  int train = iv->steps > 0 && iv->tgt_tokens > 0;
  /* resumed at a step whose row the file already has: no second row */
  if (r->step == r->metrics_step && (!train || r->metrics_has_train) && (!v || r->metrics_has_dev)) return;
  double dt = at_now() - iv->t0;
  fprintf(f, "%lld\t%.4f\t%.1f\t", (long long)r->step, at__epoch_progress(r), at__run_elapsed(r));
  if (train) {
    double tok = (double)iv->tgt_tokens;
    fprintf(f, "%.5f\t%.4f\t%.6g\t%.4f\t%.1f\t%.1f\t", iv->loss_sum / tok, exp(iv->nll_sum / tok), r->lr,
            iv->gnorm_sum / (double)iv->steps, iv->src_tokens / dt, iv->tgt_tokens / dt);
  } else {
    fputs("\t\t\t\t\t\t", f);
  }
  if (v) fprintf(f, "%.5f\t%.4f\t%.5f\t", v->loss, v->ppl, v->acc);
  else fputs("\t\t\t", f);
  if (v && v->scored) fprintf(f, "%.4f\t%.4f\n", v->bleu, v->chrf);
  else fputs("\t\n", f);
  if (fflush(f) != 0 || ferror(f)) {
    /* a full disk or a quota: training goes on (the checkpoints say whether
     * they were written), the loss is said at once and fails the run at its end */
    if (r->metrics_lost++ == 0) {
      snprintf(r->metrics_err, sizeof r->metrics_err, "%s", strerror(errno ? errno : EIO));
      at__say(r, "warning: %s: writing the row of step %lld failed: %s (the run goes on; it will exit with an error)",
              r->path_metrics, (long long)r->step, r->metrics_err);
    }
    clearerr(f);
  }
}

static void at__interval_reset(at__interval *iv) {
  memset(iv, 0, sizeof *iv);
  iv->t0 = at_now();
}

/* "validation at step 1500: dev loss 3.2154 | ppl 24.913 | acc 0.4121 | bleu 12.34 | chrf 40.1 |
 * best ppl 24.913 at step 1500" (bleu and chrf when scored; best by --best-metric). */
static void at__say_valid(at__run *r, const at__valid *v) {
  char scores[64] = "", best[64];
  if (v->scored) snprintf(scores, sizeof scores, " | bleu %.2f | chrf %.1f", v->bleu, v->chrf);
  if (r->tc->best_metric == AT_BEST_BLEU) snprintf(best, sizeof best, "best bleu %.2f", r->best_bleu);
  else snprintf(best, sizeof best, "best ppl %.3f", r->best_ppl);
  at__say(r, "validation at step %lld: dev loss %.4f | ppl %.3f | acc %.4f%s | %s at step %lld", (long long)r->step,
          v->loss, v->ppl, v->acc, scores, best, (long long)r->best_step);
}

void at__progress_valid(at__run *r, const at__valid *v) {
  at__metrics_row(r, v);
  if (!r->io->live && r->iv.steps > 0) {
    char line[400];
    at__status_text(r, line, sizeof line);
    at__say(r, "%s", line);
  }
  if (v) at__say_valid(r, v);
  at__interval_reset(&r->iv);
}

void at__progress_end(at__run *r) { at__clear_status(r); }

/* Whether a metrics row has its training (column 4) and dev (column 10) numbers. */
static void at__row_kind(const char *line, int *train, int *dev) {
  int col = 1;
  *train = *dev = 0;
  for (const char *p = line; *p && *p != '\n'; p++) {
    if (*p == '\t') {
      col++;
      continue;
    }
    if (col == 4 && *p != '\r') *train = 1;
    if (col == 10 && *p != '\r') *dev = 1;
  }
}

/* A resumed run: metrics.tsv of the checkpoint's directory (from) becomes
 * the run directory's, atomically, with the current header and the rows up
 * to r->step (what came after the checkpoint is rewritten by this run). Rows
 * are unique by step: a row that adds nothing to the rows of its step before
 * it (a repeated validation, as resuming a finished run used to append) is
 * dropped. What is left at r->step is remembered, so this run does not write
 * it again. */
static at_status at__metrics_truncate(at__run *r, const char *from) {
  FILE *f = fopen(from, "rb");
  if (!f) return errno == ENOENT ? AT_OK : at_fail(AT_ERR_IO, "%s: %s", from, strerror(errno));
  char *line = NULL, *keep = NULL;
  size_t cap = 0, klen = 0;
  ssize_t n;
  FILE *mem = open_memstream(&keep, &klen);
  int first = 1, has_train = 0, has_dev = 0;
  long long group = -1; /* the step of the rows seen last */
  while (mem && (n = getline(&line, &cap, f)) > 0) {
    if (first) {
      fputs(at__metrics_header, mem);
      first = 0;
      continue;
    }
    long long step = atoll(line);
    if (step > r->step) continue;
    int train, dev;
    at__row_kind(line, &train, &dev);
    if (step != group) group = step, has_train = has_dev = 0;
    else if ((!train || has_train) && (!dev || has_dev)) continue; /* nothing new for this step */
    has_train |= train;
    has_dev |= dev;
    if (step == r->step) r->metrics_step = step, r->metrics_has_train = has_train, r->metrics_has_dev = has_dev;
    fwrite(line, 1, (size_t)n, mem);
  }
  free(line); /* getline's and open_memstream's buffers are libc's, outside the hook */
  fclose(f);
  if (!mem) return at_fail(AT_ERR_NOMEM, "%s", r->path_metrics);
  fclose(mem);
  at_status s = at__write_atomic(r->path_metrics, keep, klen);
  free(keep);
  return s;
}

at_status at__metrics_open(at__run *r) {
  at_status s = AT_OK;
  if (r->tc->resume[0]) {
    char from[AT_TRAIN_PATH_MAX + 16];
    const char *slash = strrchr(r->tc->resume, '/');
    int dir = slash ? (int)(slash - r->tc->resume) : 0;
    if (slash) snprintf(from, sizeof from, "%.*s/metrics.tsv", dir ? dir : 1, r->tc->resume);
    else snprintf(from, sizeof from, "metrics.tsv");
    s = at__metrics_truncate(r, from);
  }
  if (s != AT_OK) return s;
  FILE *probe = fopen(r->path_metrics, "rb");
  int fresh = !probe || fgetc(probe) == EOF;
  if (probe) fclose(probe);
  r->metrics = fopen(r->path_metrics, fresh ? "wb" : "ab");
  if (!r->metrics) return at_fail(AT_ERR_IO, "%s: %s", r->path_metrics, strerror(errno));
  if (fresh) fputs(at__metrics_header, r->metrics);
  at__interval_reset(&r->iv);
  return AT_OK;
}
