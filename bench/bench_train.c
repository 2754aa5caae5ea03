/* bench_train: training throughput of the bench-config model on real corpus
 * batches, with the machine's sgemm speed measured in the same run.
 *
 *   bench_train [--corpus DIR] [--src es] [--tgt en] [--cache DIR]
 *               [--src-spm FILE] [--tgt-spm FILE] [--vocab 8000]
 *               [--arch rnn|transformer] [--score dot|scaled|general|concat] [--threads N]
 *               [--seconds S] [--windows W] [--warmup N] [--batch 64]
 *               [--max-len 50] [--seed N] [--tsv FILE] [--input-feeding 0|1]
 *
 * Method (docs/performance.md): tokenize DIR/train.{src,tgt}, keep pairs
 * with both sides <= max-len pieces, sort by (source, target) length, cut
 * batches of `batch` pairs and shuffle their order (fixed seed). Each step is
 * a full training step: forward, backward, clip to norm 1.0, Adam 1e-3.
 * After `warmup` untimed steps, W windows of S/W seconds each are timed;
 * throughputs are the medians over windows. FLOPs per target token are
 * counted analytically (bench_common.h) from each batch's real lengths.
 * --arch transformer trains the bench Transformer (bench_model_config_transformer)
 * instead of the recurrent bench model (default rnn; --score is then ignored
 * and the TSV's score column reads "transformer"). --input-feeding 1 trains
 * the rnn bench model with Luong input feeding (the other wiring; the TSV's
 * score column then reads e.g. "concat+feed"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench/bench_common.h"
#include "bench/gemm_speed.h"
#include "train/train.h"

typedef struct bench_args {
  const char *corpus, *src, *tgt, *cache, *src_spm, *tgt_spm, *score, *arch, *tsv;
  long vocab, threads, windows, warmup, batch, max_len, seed, input_feeding;
  double seconds;
} bench_args;

static void bench__defaults(bench_args *a) {
  memset(a, 0, sizeof *a);
  a->corpus = "/work/corpus/bible";
  a->src = "es";
  a->tgt = "en";
  a->cache = "bench-cache";
  a->score = "concat";
  a->arch = "rnn";
  a->vocab = 8000;
  a->windows = 5;
  a->warmup = 2;
  a->batch = 64;
  a->max_len = 50;
  a->seed = 1;
  a->seconds = 30;
}

static int bench__usage(void) {
  fprintf(stderr,
          "usage: bench_train [--corpus DIR] [--src es] [--tgt en] [--cache DIR] [--src-spm F] [--tgt-spm F]\n"
          "                   [--vocab 8000] [--arch rnn|transformer] [--score dot|scaled|general|concat]\n"
          "                   [--threads N] [--seconds S]\n"
          "                   [--windows W] [--warmup N] [--batch 64] [--max-len 50] [--seed N] [--tsv FILE]\n"
          "                   [--input-feeding 0|1]\n");
  return 2;
}

static int bench__parse_string(const char *o, const char *v, bench_args *a) {
  static const char *const names[] = {"--corpus", "--src", "--tgt", "--cache", "--src-spm", "--tgt-spm", "--score",
                                      "--arch",   "--tsv"};
  const char **dst[] = {&a->corpus,  &a->src,     &a->tgt,   &a->cache, &a->src_spm,
                        &a->tgt_spm, &a->score,   &a->arch,  &a->tsv};
  for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
    if (!strcmp(o, names[k])) {
      *dst[k] = v;
      return v ? 0 : -1;
    }
  return 1; /* not a string option */
}

static int bench__parse_number(const char *o, const char *v, bench_args *a) {
  if (!strcmp(o, "--vocab")) return bench_parse_int(o, v, 8, 1 << 20, &a->vocab);
  if (!strcmp(o, "--threads")) return bench_parse_int(o, v, 0, 1024, &a->threads);
  if (!strcmp(o, "--windows")) return bench_parse_int(o, v, 1, 1000, &a->windows);
  if (!strcmp(o, "--warmup")) return bench_parse_int(o, v, 0, 1000, &a->warmup);
  if (!strcmp(o, "--batch")) return bench_parse_int(o, v, 1, 100000, &a->batch);
  if (!strcmp(o, "--max-len")) return bench_parse_int(o, v, 1, 10000, &a->max_len);
  if (!strcmp(o, "--seed")) return bench_parse_int(o, v, 0, 1L << 30, &a->seed);
  if (!strcmp(o, "--input-feeding")) return bench_parse_int(o, v, 0, 1, &a->input_feeding);
  if (!strcmp(o, "--seconds")) return bench_parse_double(o, v, 0.01, 86400, &a->seconds);
  fprintf(stderr, "bench_train: unknown option %s\n", o);
  return -1;
}

static int bench__parse(int argc, char **argv, bench_args *a) {
  for (int i = 1; i < argc; i += 2) {
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    int r = bench__parse_string(argv[i], v, a);
    if (r == 1) r = bench__parse_number(argv[i], v, a);
    if (r != 0) return -1;
  }
  if (strcmp(a->arch, "rnn") && strcmp(a->arch, "transformer")) {
    fprintf(stderr, "bench_train: --arch must be rnn or transformer\n");
    return -1;
  }
  return 0;
}

/* ---- batches: sorted by length, cut, order shuffled ------------------------------- */

typedef struct bench_batches {
  const at_corpus *c;
  int *order;     /* (n) pair indices sorted by (src_len, tgt_len) */
  int *perm;      /* (nb) batch order */
  int n, nb, size;
  int *src, *src_len, *tgt_in, *tgt_out, *tgt_len; /* buffers for the largest batch */
} bench_batches;

static const at_corpus *bench__sort_corpus;
static int bench__cmp_pair(const void *x, const void *y) {
  const at_corpus *c = bench__sort_corpus;
  int i = *(const int *)x, j = *(const int *)y;
  if (c->src_len[i] != c->src_len[j]) return c->src_len[i] - c->src_len[j];
  if (c->tgt_len[i] != c->tgt_len[j]) return c->tgt_len[i] - c->tgt_len[j];
  return i - j;
}

static void bench__batches_free(bench_batches *b) {
  free(b->order), free(b->perm), free(b->src), free(b->src_len), free(b->tgt_in), free(b->tgt_out), free(b->tgt_len);
}

static at_status bench__batches_init(bench_batches *b, const at_corpus *c, int size, uint64_t seed) {
  memset(b, 0, sizeof *b);
  b->c = c, b->n = c->n, b->size = size, b->nb = (c->n + size - 1) / size;
  size_t ms = (size_t)size * c->max_src_len, mt = (size_t)size * (c->max_tgt_len + 1);
  b->order = malloc((size_t)c->n * sizeof(int));
  b->perm = malloc((size_t)b->nb * sizeof(int));
  b->src = malloc(ms * sizeof(int)), b->tgt_in = malloc(mt * sizeof(int)), b->tgt_out = malloc(mt * sizeof(int));
  b->src_len = malloc((size_t)size * sizeof(int)), b->tgt_len = malloc((size_t)size * sizeof(int));
  if (!b->order || !b->perm || !b->src || !b->tgt_in || !b->tgt_out || !b->src_len || !b->tgt_len) {
    bench__batches_free(b);
    return at_fail(AT_ERR_NOMEM, "bench batches");
  }
  for (int i = 0; i < c->n; i++) b->order[i] = i;
  bench__sort_corpus = c;
  qsort(b->order, (size_t)c->n, sizeof(int), bench__cmp_pair);
  at_rng rng;
  at_rng_seed(&rng, seed, 7);
  for (int k = 0; k < b->nb; k++) b->perm[k] = k;
  for (int k = b->nb - 1; k > 0; k--) {
    int j = (int)at_rng_below(&rng, (uint32_t)k + 1), t = b->perm[k];
    b->perm[k] = b->perm[j], b->perm[j] = t;
  }
  return AT_OK;
}

/* Column col of a batch with Ts, Tt from pair p (source includes EOS). */
static void bench__fill_column(const bench_batches *bb, const at_batch *out, int B, int col, int p) {
  const at_corpus *c = bb->c;
  const int *s = c->ids + c->off[p], *t = s + c->src_len[p];
  for (int i = 0; i < out->Ts; i++) bb->src[i * B + col] = i < c->src_len[p] ? s[i] : AT_PAD_ID;
  for (int i = 0; i < out->Tt; i++) {
    int n = c->tgt_len[p];
    bb->tgt_in[i * B + col] = i == 0 ? AT_BOS_ID : i <= n ? t[i - 1] : AT_PAD_ID;
    bb->tgt_out[i * B + col] = i < n ? t[i] : i == n ? AT_EOS_ID : AT_PAD_ID;
  }
  bb->src_len[col] = c->src_len[p];
  bb->tgt_len[col] = c->tgt_len[p] + 1;
}

/* The k-th batch in shuffled order (k taken modulo the number of batches). */
static void bench__batch_get(bench_batches *bb, long k, at_batch *out) {
  int first = bb->perm[k % bb->nb] * bb->size, B = bb->n - first < bb->size ? bb->n - first : bb->size;
  const int *idx = bb->order + first;
  out->B = B, out->Ts = 0, out->Tt = 0;
  for (int j = 0; j < B; j++) {
    if (bb->c->src_len[idx[j]] > out->Ts) out->Ts = bb->c->src_len[idx[j]];
    if (bb->c->tgt_len[idx[j]] + 1 > out->Tt) out->Tt = bb->c->tgt_len[idx[j]] + 1;
  }
  for (int j = 0; j < B; j++) bench__fill_column(bb, out, B, j, idx[j]);
  out->src = bb->src, out->src_len = bb->src_len, out->tgt_in = bb->tgt_in, out->tgt_out = bb->tgt_out,
  out->tgt_len = bb->tgt_len;
}

/* ---- one training step -------------------------------------------------------------- */

typedef struct bench_trainer {
  at_model *m;
  at_optimizer opt;
  at_rng rng;
  bench_flops flops;
} bench_trainer;

/* Returns the batch's counts in *tgt, *src, *flops (training FLOPs, real lengths). */
static at_status bench__train_step(bench_trainer *tr, const at_batch *b, at_loss *loss, double *flops) {
  at_params *P = at_model_params(tr->m);
  at_params_zero_grad(P);
  memset(loss, 0, sizeof *loss);
  at_status s = at_model_forward(tr->m, b, 1, &tr->rng, loss);
  if (s == AT_OK) s = at_model_backward(tr->m, loss->ntokens > 0 ? 1.0f / (float)loss->ntokens : 0.0f);
  if (s != AT_OK) return s;
  at_grad_clip(P->grad, P->total, 1.0);
  at_optim_step(&tr->opt, P->data, P->grad, 1e-3);
  *flops = 0;
  for (int j = 0; j < b->B; j++) *flops += 3.0 * bench_flops_forward(&tr->flops, b->src_len[j], b->tgt_len[j]);
  return AT_OK;
}

/* ---- timing windows ------------------------------------------------------------------ */

typedef struct bench_window {
  double seconds, tgt, src, flops, loss;
  long steps;
  double gemm_batch, gemm_step; /* sgemm GFLOP/s measured right after the window */
} bench_window;

typedef struct bench_run {
  int nw;
  bench_window *w;  /* (nw) */
  long next_batch;  /* batches consumed so far */
} bench_run;

static at_status bench__window(bench_trainer *tr, bench_batches *bb, bench_run *r, double budget, bench_window *w) {
  memset(w, 0, sizeof *w);
  double t0 = at_now();
  do { /* at least one step */
    at_batch b;
    at_loss loss;
    double fl;
    bench__batch_get(bb, r->next_batch++, &b);
    at_status s = bench__train_step(tr, &b, &loss, &fl);
    if (s != AT_OK) return s;
    w->tgt += (double)loss.ntokens, w->flops += fl, w->loss += loss.nll_sum, w->steps++;
    for (int j = 0; j < b.B; j++) w->src += b.src_len[j];
    w->seconds = at_now() - t0;
  } while (w->seconds < budget);
  w->loss /= w->tgt > 0 ? w->tgt : 1;
  return AT_OK;
}

/* A short sgemm measurement (3 repetitions of >= 50 ms per shape) after each
 * window, so that every window's fraction compares with the machine's speed
 * under the same load. */
static at_status bench__window_gemm(bench_window *w) {
  bench_gemm_result g;
  at_status s = bench_gemm_measure(&bench_gemm_batch_shape, 3, 0.05, &g);
  w->gemm_batch = g.gflops;
  if (s == AT_OK) s = bench_gemm_measure(&bench_gemm_step_shape, 3, 0.05, &g);
  w->gemm_step = g.gflops;
  return s;
}

static at_status bench__run(bench_trainer *tr, bench_batches *bb, const bench_args *a, bench_run *r) {
  bench_window warm;
  for (long k = 0; k < a->warmup; k++) {
    at_status s = bench__window(tr, bb, r, 0.0, &warm); /* budget 0: exactly one step */
    if (s != AT_OK) return s;
  }
  for (int i = 0; i < r->nw; i++) {
    at_status s = bench__window(tr, bb, r, a->seconds / r->nw, &r->w[i]);
    if (s == AT_OK) s = bench__window_gemm(&r->w[i]);
    if (s != AT_OK) return s;
    fprintf(stderr, "window %d: %ld steps, %.1f s, %.0f tgt tok/s, nll/token %.3f, sgemm %.1f / %.1f GFLOP/s\n",
            i + 1, r->w[i].steps, r->w[i].seconds, r->w[i].tgt / r->w[i].seconds, r->w[i].loss, r->w[i].gemm_batch,
            r->w[i].gemm_step);
  }
  return AT_OK;
}

/* ---- report --------------------------------------------------------------------------- */

typedef struct bench_report {
  double tgt_s, all_s, gflops, flops_per_tgt, peak_mib, load0, load1;
  bench_gemm_result g0[2];         /* sgemm at start (also warms the BLAS threads up) */
  double gemm_batch, gemm_step;    /* medians over the per-window measurements */
  double frac;                     /* median over windows of achieved / sgemm batch shape */
  long steps;
} bench_report;

static void bench__summarize(const bench_run *r, bench_report *rep) {
  int n = r->nw;
  double *v = malloc(6 * (size_t)n * sizeof *v), fl = 0, tg = 0;
  if (!v) return;
  for (int i = 0; i < n; i++) {
    const bench_window *w = &r->w[i];
    v[i] = w->tgt / w->seconds;
    v[n + i] = (w->tgt + w->src) / w->seconds;
    v[2 * n + i] = w->flops / w->seconds * 1e-9;
    v[3 * n + i] = w->gemm_batch;
    v[4 * n + i] = w->gemm_step;
    v[5 * n + i] = w->gemm_batch > 0 ? v[2 * n + i] / w->gemm_batch : 0;
    fl += w->flops, tg += w->tgt, rep->steps += w->steps;
  }
  rep->tgt_s = bench_median(v, n);
  rep->all_s = bench_median(v + n, n);
  rep->gflops = bench_median(v + 2 * n, n);
  rep->gemm_batch = bench_median(v + 3 * n, n);
  rep->gemm_step = bench_median(v + 4 * n, n);
  rep->frac = bench_median(v + 5 * n, n);
  rep->flops_per_tgt = tg > 0 ? fl / tg : 0;
  free(v);
}

/* The TSV's score column: the rnn's attention score, or "transformer". */
static const char *bench__score_label(const at_model_config *cfg) {
  static char buf[32];
  if (strcmp(bench_model_arch(cfg), "rnn")) return bench_model_arch(cfg);
  snprintf(buf, sizeof buf, "%s%s", at_score_names[cfg->score], cfg->input_feeding ? "+feed" : "");
  return buf;
}

static void bench__print(const bench_args *a, const at_model_config *cfg, const at_corpus *c, const bench_report *rep,
                         char *tsv, size_t tsv_size) {
  char desc[256], when[32];
  bench_model_config_describe(cfg, desc, sizeof desc);
  bench_timestamp(when, sizeof when);
  double frac = rep->frac;
  printf("bench_train %s: %d threads (OMP_WAIT_POLICY %s), load %.2f at start, %.2f at end\n", when,
         at_get_threads(), bench_omp_wait_policy(), rep->load0, rep->load1);
  printf("model: %s; batch %ld pairs, max %ld pieces, Adam 1e-3, clip 1.0\n", desc, a->batch, a->max_len);
  printf("corpus: %d pairs kept, %ld source + %ld target tokens\n", c->n, c->src_tokens, c->tgt_tokens);
  printf("sgemm: batch shape %.1f GFLOP/s, step shape %.1f GFLOP/s (medians of the measurements after each window)\n",
         rep->gemm_batch, rep->gemm_step);
  printf("timed: %ld windows, %ld steps, %.0f s\n", a->windows, rep->steps, a->seconds);
  printf("target tokens/s:       %.0f (median over windows)\n", rep->tgt_s);
  printf("source+target tokens/s: %.0f\n", rep->all_s);
  printf("FLOPs per target token: %.2f M (training = 3 x forward)\n", rep->flops_per_tgt * 1e-6);
  printf("achieved: %.1f GFLOP/s; fraction of sgemm (batch shape): %.2f (median of per-window ratios)\n", rep->gflops,
         frac);
  printf("peak memory: %.0f MiB\n", rep->peak_mib);
  snprintf(tsv, tsv_size, "%s\tbench_train\t%s\t%d\t%s\t%.2f\t%.0f\t%.0f\t%.2f\t%.1f\t%.1f\t%.1f\t%.3f\t%.0f\t%ld\t%.0f",
           when, bench__score_label(cfg), at_get_threads(), bench_omp_wait_policy(), 0.5 * (rep->load0 + rep->load1), rep->tgt_s, rep->all_s,
           rep->flops_per_tgt * 1e-6, rep->gflops, rep->gemm_batch, rep->gemm_step, frac, rep->peak_mib, a->windows,
           a->seconds);
}

static const char bench__tsv_header[] =
    "time\tbench\tscore\tthreads\tomp_wait\tload\ttgt_tok_s\tall_tok_s\tmflop_per_tgt_tok\tachieved_gflops\tgemm_batch_gflops"
    "\tgemm_step_gflops\tfraction\tpeak_mib\twindows\tseconds";

/* ---- setup ------------------------------------------------------------------------------- */

typedef struct bench_state {
  at_tokenizer *tok[2];
  at_corpus corpus;
  bench_batches bb;
  bench_trainer tr;
  at_model_config cfg;
  bench_run run;
} bench_state;

static void bench__state_free(bench_state *st) {
  at_tokenizer_free(st->tok[0]);
  at_tokenizer_free(st->tok[1]);
  at_corpus_free(&st->corpus);
  bench__batches_free(&st->bb);
  at_optim_free(&st->tr.opt);
  at_model_free(st->tr.m);
  free(st->run.w);
}

static at_status bench__gemm(bench_gemm_result g[2]) {
  at_status s = bench_gemm_measure(&bench_gemm_batch_shape, 5, 0.1, &g[0]);
  if (s == AT_OK) s = bench_gemm_measure(&bench_gemm_step_shape, 5, 0.1, &g[1]);
  if (s == AT_OK) bench_gemm_print(&g[0], stderr), bench_gemm_print(&g[1], stderr);
  return s;
}

static at_status bench__tokenizers(const bench_args *a, bench_state *st) {
  const char *lang[2] = {a->src, a->tgt}, *spm[2] = {a->src_spm, a->tgt_spm};
  for (int k = 0; k < 2; k++) {
    char train[1024], used[1024];
    snprintf(train, sizeof train, "%s/train.%s", a->corpus, lang[k]);
    at_status s = bench_tokenizer_get(spm[k], a->cache, train, lang[k], (int)a->vocab, at_get_threads(), &st->tok[k],
                                      used, sizeof used);
    if (s != AT_OK) return s;
    fprintf(stderr, "tokenizer %s: %s (%d pieces)\n", lang[k], used, at_tokenizer_vocab_size(st->tok[k]));
  }
  return AT_OK;
}

static at_status bench__setup(const bench_args *a, bench_state *st) {
  char sp[1024], tp[1024];
  at_status s = bench__tokenizers(a, st);
  snprintf(sp, sizeof sp, "%s/train.%s", a->corpus, a->src);
  snprintf(tp, sizeof tp, "%s/train.%s", a->corpus, a->tgt);
  if (s == AT_OK) s = at_corpus_load(sp, tp, st->tok[0], st->tok[1], (int)a->max_len, &st->corpus, NULL);
  if (s == AT_OK) s = bench__batches_init(&st->bb, &st->corpus, (int)a->batch, (uint64_t)a->seed);
  if (s == AT_OK)
    s = bench_model_config_arch(&st->cfg, at_tokenizer_vocab_size(st->tok[0]), at_tokenizer_vocab_size(st->tok[1]),
                                a->arch, a->score);
  if (s == AT_OK && a->input_feeding) {
    if (strcmp(a->arch, "rnn")) s = at_fail(AT_ERR_CONFIG, "--input-feeding: the rnn bench model only");
    st->cfg.input_feeding = 1;
  }
  if (s == AT_OK) s = at_model_create(&st->cfg, &st->tr.m);
  if (s != AT_OK) return s;
  at_model_init_params(st->tr.m, (uint64_t)a->seed, 0.1f);
  at_rng_seed(&st->tr.rng, (uint64_t)a->seed, 3);
  bench_flops_count(&st->cfg, &st->tr.flops);
  bench_flops_print(&st->tr.flops, stderr);
  at_optim_config oc;
  at_optim_config_default(&oc);
  s = at_optim_init(&st->tr.opt, &oc, at_model_params(st->tr.m)->total);
  st->run.nw = (int)a->windows;
  st->run.w = calloc((size_t)a->windows, sizeof *st->run.w);
  if (s == AT_OK && !st->run.w) s = at_fail(AT_ERR_NOMEM, "windows");
  return s;
}

static at_status bench__main(const bench_args *a, bench_state *st) {
  bench_report rep;
  memset(&rep, 0, sizeof rep);
  rep.load0 = bench_loadavg();
  at_status s = bench__gemm(rep.g0);
  if (s == AT_OK) s = bench__setup(a, st);
  if (s == AT_OK) s = bench__run(&st->tr, &st->bb, a, &st->run);
  if (s != AT_OK) return s;
  rep.load1 = bench_loadavg();
  rep.peak_mib = bench_peak_rss_mib();
  bench__summarize(&st->run, &rep);
  char tsv[512];
  bench__print(a, &st->cfg, &st->corpus, &rep, tsv, sizeof tsv);
  printf("TSV\t%s\n", tsv);
  return a->tsv ? bench_tsv_append(a->tsv, bench__tsv_header, tsv) : AT_OK;
}

int main(int argc, char **argv) {
  bench_args a;
  bench__defaults(&a);
  if (bench__parse(argc, argv, &a) != 0) return bench__usage();
  at_set_threads((int)a.threads);
  bench_state st;
  memset(&st, 0, sizeof st);
  at_status s = bench__main(&a, &st);
  if (s != AT_OK) fprintf(stderr, "bench_train: %s: %s\n", at_status_str(s), at_last_error());
  bench__state_free(&st);
  return s == AT_OK ? 0 : 1;
}
