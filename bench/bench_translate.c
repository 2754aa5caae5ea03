/* bench_translate: translation throughput (sentences/s, target tokens/s) of
 * greedy and beam search over test sentences, with the machine's sgemm speed
 * measured in the same run.
 *
 *   bench_translate [--model CKPT] [--corpus DIR] [--src es] [--tgt en]
 *                   [--cache DIR] [--src-spm FILE] [--vocab 8000]
 *                   [--arch rnn|transformer] [--score concat] [--threads N] [--sentences 1000]
 *                   [--batch 128] [--beam 5] [--mode greedy|beam|both]
 *                   [--seconds S] [--seed N] [--tsv FILE] [--out PREFIX]
 *                   [--shortlist FILE [--shortlist-k K] [--shortlist-frequent F]]
 *                   [--precision fp32|int8]
 *
 * Without --model the bench-config model gets random weights: its outputs
 * then almost never end with EOS, so the maximum length is set to
 * source length * 1 + 5 to keep the work comparable to real translations
 * (with --model: the search defaults, 2 * source + 10).
 *
 * Method (docs/performance.md): the first `sentences` lines of
 * DIR/test.<src> are tokenized (+ EOS, as in training), sorted by length and
 * cut into batches of `batch` sentences; the batches are searched in a
 * shuffled (fixed-seed) order, so that a run cut short by --seconds measures
 * a representative sample. Target tokens are the best hypothesis' pieces plus
 * its EOS. FLOPs are counted per executed call: every at_model_encode and
 * at_model_step passes through a counting wrapper (linked with GNU ld
 * --wrap), which adds the analytic cost (bench_common.h) of each sentence
 * encoded and of each hypothesis stepped over its own source length (and,
 * for a Transformer decoder, over the t + 1 target positions step t attends
 * to). --out PREFIX writes each mode's best hypothesis per test line, as
 * space-separated ids in input order, to PREFIX.greedy.ids / PREFIX.beam.ids
 * (an empty line for a sentence not searched before --seconds ran out): what
 * scripts/bench.sh compares with bench/torch_baseline.py's translations of
 * the same checkpoint. --shortlist (needs --model; made by `attend shortlist`
 * for its tokenizers) decodes each sentence over its vocabulary shortlist, as
 * `attend translate --shortlist` does; FLOPs then count the output layer over
 * the columns actually computed, and the TSV's last column gives the mean
 * number of them per step ("full" without a shortlist). --arch transformer gives the random-weight model the bench Transformer
 * configuration (bench_model_config_transformer); with --model the
 * checkpoint decides. The TSV's column 20 names the architecture. --precision int8 decodes
 * with int8 weights (the checkpoint quantised as it loads, as `attend
 * translate --int8`; an int8 checkpoint of `attend quantize` always does);
 * FLOPs are counted the same way; the TSV's column 22 says which. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench/bench_common.h"
#include "bench/gemm_speed.h"
#include "decoder/decoder.h"

/* ---- counting wrappers (-Wl,--wrap=at_model_step_sub,--wrap=at_model_encode) ------------ */

typedef struct bench_counts {
  double flops;     /* analytic forward FLOPs executed */
  long hyp_steps;   /* hypotheses stepped, summed over calls */
  long steps;       /* at_model_step_sub calls */
  double subset_cols; /* output columns summed over calls (tgt_vocab each without a shortlist) */
} bench_counts;

static bench_counts bench__counts;
static bench_flops bench__flops;

at_status __real_at_model_step_sub(const at_model *m, const at_encoded *enc, int t, const int *sent,
                                   const at_dec_state *in, const int *y_prev, const at_vocab_subset *sub,
                                   at_dec_state *out, float *logprobs, float *attn, at_arena *arena);
at_status __real_at_model_encode(const at_model *m, const int *src, const int *src_len, int Ts, int B,
                                 at_arena *arena, at_encoded **out);
at_status __wrap_at_model_step_sub(const at_model *m, const at_encoded *enc, int t, const int *sent,
                                   const at_dec_state *in, const int *y_prev, const at_vocab_subset *sub,
                                   at_dec_state *out, float *logprobs, float *attn, at_arena *arena);
at_status __wrap_at_model_encode(const at_model *m, const int *src, const int *src_len, int Ts, int B,
                                 at_arena *arena, at_encoded **out);

/* at_search steps through at_model_step_sub; with a shortlist the output
 * layer is (D x n) instead of (D x V). */
at_status __wrap_at_model_step_sub(const at_model *m, const at_encoded *enc, int t, const int *sent,
                                   const at_dec_state *in, const int *y_prev, const at_vocab_subset *sub,
                                   at_dec_state *out, float *logprobs, float *attn, at_arena *arena) {
  const at_model_config *c = at_model_get_config(m);
  double D = c->decoder == AT_DEC_TRANSFORMER ? (c->model_dim > 0 ? c->model_dim : c->emb_dim) : c->hidden_dim;
  double less = sub ? 2.0 * D * (double)(c->tgt_vocab - sub->n) : 0.0;
  for (int i = 0; i < in->N; i++)
    bench__counts.flops += bench_flops_search_step(&bench__flops, at_encoded_src_len(enc, sent[i]), t) - less;
  bench__counts.hyp_steps += in->N;
  bench__counts.steps++;
  bench__counts.subset_cols += sub ? sub->n : c->tgt_vocab;
  return __real_at_model_step_sub(m, enc, t, sent, in, y_prev, sub, out, logprobs, attn, arena);
}

at_status __wrap_at_model_encode(const at_model *m, const int *src, const int *src_len, int Ts, int B,
                                 at_arena *arena, at_encoded **out) {
  for (int b = 0; b < B; b++) bench__counts.flops += bench_flops_encode(&bench__flops, src_len[b]);
  return __real_at_model_encode(m, src, src_len, Ts, B, arena, out);
}

/* ---- options ------------------------------------------------------------------------- */

typedef struct bench_args {
  const char *model, *corpus, *src, *tgt, *cache, *src_spm, *score, *arch, *mode, *tsv, *out, *shortlist, *precision;
  long vocab, threads, sentences, batch, beam, seed, shortlist_k, shortlist_frequent;
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
  a->mode = "both";
  a->vocab = 8000;
  a->sentences = 1000;
  a->batch = 128;
  a->beam = 5;
  a->seed = 1;
  a->seconds = 0;
  a->shortlist_frequent = -1;
  a->precision = "fp32";
}

static int bench__usage(void) {
  fprintf(stderr,
          "usage: bench_translate [--model CKPT] [--corpus DIR] [--src es] [--tgt en] [--cache DIR] [--src-spm F]\n"
          "                       [--vocab 8000] [--arch rnn|transformer] [--score concat] [--threads N]\n"
          "                       [--sentences 1000] [--batch 128]\n"
          "                       [--beam 5] [--mode greedy|beam|both] [--seconds S (per mode; 0 = all)]\n"
          "                       [--seed N] [--tsv FILE] [--out PREFIX]\n"
          "                       [--shortlist FILE [--shortlist-k K] [--shortlist-frequent F]]\n"
          "                       [--precision fp32|int8]\n");
  return 2;
}

static int bench__parse_string(const char *o, const char *v, bench_args *a) {
  static const char *const names[] = {"--model",   "--corpus", "--src",  "--tgt",  "--cache", "--src-spm",
                                      "--score",   "--arch",   "--mode", "--tsv",  "--out",   "--shortlist", "--precision"};
  const char **dst[] = {&a->model, &a->corpus, &a->src,  &a->tgt, &a->cache, &a->src_spm,
                        &a->score, &a->arch,   &a->mode, &a->tsv, &a->out,   &a->shortlist, &a->precision};
  for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
    if (!strcmp(o, names[k])) {
      *dst[k] = v;
      return v ? 0 : -1;
    }
  return 1;
}

static int bench__parse_number(const char *o, const char *v, bench_args *a) {
  if (!strcmp(o, "--vocab")) return bench_parse_int(o, v, 8, 1 << 20, &a->vocab);
  if (!strcmp(o, "--threads")) return bench_parse_int(o, v, 0, 1024, &a->threads);
  if (!strcmp(o, "--sentences")) return bench_parse_int(o, v, 1, 1000000, &a->sentences);
  if (!strcmp(o, "--batch")) return bench_parse_int(o, v, 1, 100000, &a->batch);
  if (!strcmp(o, "--beam")) return bench_parse_int(o, v, 1, 1000, &a->beam);
  if (!strcmp(o, "--seed")) return bench_parse_int(o, v, 0, 1L << 30, &a->seed);
  if (!strcmp(o, "--shortlist-k")) return bench_parse_int(o, v, 0, 100000, &a->shortlist_k);
  if (!strcmp(o, "--shortlist-frequent")) return bench_parse_int(o, v, -1, 1 << 24, &a->shortlist_frequent);
  if (!strcmp(o, "--seconds")) return bench_parse_double(o, v, 0, 86400, &a->seconds);
  fprintf(stderr, "bench_translate: unknown option %s\n", o);
  return -1;
}

static int bench__parse(int argc, char **argv, bench_args *a) {
  for (int i = 1; i < argc; i += 2) {
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    int r = bench__parse_string(argv[i], v, a);
    if (r == 1) r = bench__parse_number(argv[i], v, a);
    if (r != 0) return -1;
  }
  if (strcmp(a->mode, "greedy") && strcmp(a->mode, "beam") && strcmp(a->mode, "both")) {
    fprintf(stderr, "bench_translate: --mode must be greedy, beam or both\n");
    return -1;
  }
  if (strcmp(a->arch, "rnn") && strcmp(a->arch, "transformer")) {
    fprintf(stderr, "bench_translate: --arch must be rnn or transformer\n");
    return -1;
  }
  if (strcmp(a->precision, "fp32") && strcmp(a->precision, "int8")) {
    fprintf(stderr, "bench_translate: --precision must be fp32 or int8\n");
    return -1;
  }
  if (a->shortlist && !a->model) {
    fprintf(stderr, "bench_translate: --shortlist needs --model\n");
    return -1;
  }
  return 0;
}

/* ---- the model ------------------------------------------------------------------------ */

typedef struct bench_state {
  at_model *m;
  at_shortlist *sl;  /* --shortlist or NULL */
  at_tokenizer *tok;
  int random;        /* 1 when the weights are random */
  int n;             /* sentences */
  int **ids;         /* (n) source ids + EOS */
  int *len;          /* (n) */
  int *order;        /* (n) sentence indices sorted by length */
  int nb, *perm;     /* batches, their shuffled order */
  double tok_seconds;
} bench_state;

static at_status bench__load_checkpoint(const char *path, int int8, bench_state *st) {
  at_checkpoint ck;
  at_checkpoint_init(&ck);
  at_status s = at_checkpoint_load_header(path, &ck);
  if (s == AT_OK && !ck.spm_src) s = at_fail(AT_ERR_CHECKPOINT, "%s: no source tokenizer", path);
  if (s == AT_OK) s = at_tokenizer_load_bytes(ck.spm_src, ck.spm_src_size, &st->tok);
  if (s == AT_OK) s = at_model_create(&ck.config, &st->m);
  if (s == AT_OK) s = at_model_load_params(st->m, path, int8, NULL);
  if (s == AT_OK && st->sl)
    s = at_shortlist_check(st->sl, ck.config.src_vocab, ck.config.tgt_vocab, at_fnv1a64(ck.spm_src, ck.spm_src_size),
                           ck.spm_tgt ? at_fnv1a64(ck.spm_tgt, ck.spm_tgt_size) : 0, path);
  at_checkpoint_free(&ck);
  return s;
}

static at_status bench__random_model(const bench_args *a, bench_state *st) {
  char train[1024], used[1024];
  at_model_config cfg;
  snprintf(train, sizeof train, "%s/train.%s", a->corpus, a->src);
  at_status s = bench_tokenizer_get(a->src_spm, a->cache, train, a->src, (int)a->vocab, at_get_threads(), &st->tok,
                                    used, sizeof used);
  if (s == AT_OK) fprintf(stderr, "tokenizer %s: %s\n", a->src, used);
  /* the target vocabulary only sizes the output layer: the bench config's */
  if (s == AT_OK)
    s = bench_model_config_arch(&cfg, at_tokenizer_vocab_size(st->tok), (int)a->vocab, a->arch, a->score);
  if (s == AT_OK) s = at_model_create(&cfg, &st->m);
  if (s != AT_OK) return s;
  at_model_init_params(st->m, (uint64_t)a->seed, 0.1f);
  st->random = 1;
  return AT_OK;
}

/* ---- the test sentences ------------------------------------------------------------------ */

static char *bench__read_line(FILE *f) {
  size_t cap = 256, n = 0;
  char *s = malloc(cap);
  int c;
  while (s && (c = fgetc(f)) != EOF && c != '\n') {
    if (n + 1 >= cap) {
      char *t = realloc(s, cap *= 2);
      if (!t) free(s);
      s = t;
    }
    if (s) s[n++] = (char)c;
  }
  if (s && n == 0 && c == EOF) free(s), s = NULL;
  if (s) {
    if (n > 0 && s[n - 1] == '\r') n--;
    s[n] = '\0';
  }
  return s;
}

static at_status bench__encode_line(bench_state *st, const char *line, at_ids *ids) {
  at_status s = at_tokenizer_encode(st->tok, line, strlen(line), ids);
  if (s == AT_OK && ids->n > 250) ids->n = 250; /* the translator's default max_src_len */
  if (s != AT_OK) return s;
  int *v = malloc(((size_t)ids->n + 1) * sizeof(int));
  if (!v) return at_fail(AT_ERR_NOMEM, "sentence");
  memcpy(v, ids->ids, (size_t)ids->n * sizeof(int));
  v[ids->n] = AT_EOS_ID;
  st->ids[st->n] = v;
  st->len[st->n++] = ids->n + 1;
  return AT_OK;
}

static at_status bench__read_test(const bench_args *a, bench_state *st) {
  char path[1024];
  snprintf(path, sizeof path, "%s/test.%s", a->corpus, a->src);
  FILE *f = fopen(path, "r");
  if (!f) return at_fail(AT_ERR_IO, "%s: cannot open", path);
  st->ids = calloc((size_t)a->sentences, sizeof *st->ids);
  st->len = calloc((size_t)a->sentences, sizeof *st->len);
  at_ids ids = {0};
  at_status s = st->ids && st->len ? AT_OK : at_fail(AT_ERR_NOMEM, "sentences");
  double t0 = at_now();
  char *line;
  while (s == AT_OK && st->n < a->sentences && (line = bench__read_line(f))) {
    s = bench__encode_line(st, line, &ids);
    if (s != AT_OK) at_fail_context(s, "%s line %d", path, st->n + 1);
    free(line);
  }
  st->tok_seconds = at_now() - t0;
  at_ids_free(&ids);
  fclose(f);
  if (s == AT_OK && st->n == 0) s = at_fail(AT_ERR_FORMAT, "%s: no sentences", path);
  return s;
}

static const int *bench__sort_len;
static int bench__cmp_len(const void *x, const void *y) {
  int i = *(const int *)x, j = *(const int *)y;
  return bench__sort_len[i] != bench__sort_len[j] ? bench__sort_len[i] - bench__sort_len[j] : i - j;
}

static at_status bench__make_batches(const bench_args *a, bench_state *st) {
  st->nb = (st->n + (int)a->batch - 1) / (int)a->batch;
  st->order = malloc((size_t)st->n * sizeof(int));
  st->perm = malloc((size_t)st->nb * sizeof(int));
  if (!st->order || !st->perm) return at_fail(AT_ERR_NOMEM, "batches");
  for (int i = 0; i < st->n; i++) st->order[i] = i;
  bench__sort_len = st->len;
  qsort(st->order, (size_t)st->n, sizeof(int), bench__cmp_len);
  at_rng rng;
  at_rng_seed(&rng, (uint64_t)a->seed, 11);
  for (int k = 0; k < st->nb; k++) st->perm[k] = k;
  for (int k = st->nb - 1; k > 0; k--) {
    int j = (int)at_rng_below(&rng, (uint32_t)k + 1), t = st->perm[k];
    st->perm[k] = st->perm[j], st->perm[j] = t;
  }
  return AT_OK;
}

static void bench__state_free(bench_state *st) {
  for (int i = 0; st->ids && i < st->n; i++) free(st->ids[i]);
  free(st->ids), free(st->len), free(st->order), free(st->perm);
  at_model_free(st->m);
  at_tokenizer_free(st->tok);
  at_shortlist_free(st->sl);
}

/* ---- searching ------------------------------------------------------------------------------- */

typedef struct bench_mode_result {
  const char *name;
  int beam, sentences;
  long tgt_tokens, finished;
  double seconds, flops;
  long hyp_steps;
  double gemm_batch, gemm_step, load; /* means of the measurements before and after this mode */
  int **best, *best_len;              /* (n) best hypothesis per test sentence (--out), NULL when not kept */
  double cols;                        /* output-layer columns per step (mean over steps) */
} bench_mode_result;

/* src (Ts, B) time-major from sentences idx[0..B). */
static void bench__batch_src(const bench_state *st, const int *idx, int B, int Ts, int *src, int *src_len) {
  for (int b = 0; b < B; b++) {
    src_len[b] = st->len[idx[b]];
    for (int t = 0; t < Ts; t++) src[t * B + b] = t < src_len[b] ? st->ids[idx[b]][t] : AT_PAD_ID;
  }
}

static at_status bench__search_batch(const bench_state *st, int k, int batch, const at_search_options *o,
                                     at_arena *arena, bench_mode_result *r) {
  int first = st->perm[k] * batch, B = st->n - first < batch ? st->n - first : batch, Ts = 0;
  const int *idx = st->order + first;
  for (int b = 0; b < B; b++) Ts = st->len[idx[b]] > Ts ? st->len[idx[b]] : Ts;
  int *src = malloc((size_t)Ts * B * sizeof(int)), *src_len = malloc((size_t)B * sizeof(int));
  at_search_result *res = calloc((size_t)B, sizeof *res);
  at_status s = src && src_len && res ? AT_OK : at_fail(AT_ERR_NOMEM, "batch");
  if (s == AT_OK) {
    const at_model *models[1] = {st->m};
    bench__batch_src(st, idx, B, Ts, src, src_len);
    s = at_search(models, 1, src, src_len, Ts, B, o, arena, res);
  }
  for (int b = 0; s == AT_OK && b < B; b++) {
    if (r->best && res[b].n > 0) { /* keep the ids: the result owns them until it is freed below */
      r->best[idx[b]] = res[b].hyps[0].ids, r->best_len[idx[b]] = res[b].hyps[0].len;
      res[b].hyps[0].ids = NULL;
    }
    r->tgt_tokens += res[b].n > 0 ? res[b].hyps[0].len + res[b].hyps[0].finished : 0;
    r->finished += res[b].n > 0 ? res[b].hyps[0].finished : 0;
  }
  for (int b = 0; res && b < B; b++) at_search_result_free(&res[b]);
  r->sentences += s == AT_OK ? B : 0;
  free(src), free(src_len), free(res);
  at_arena_reset(arena);
  return s;
}

static at_status bench__mode(const bench_args *a, const bench_state *st, int beam, bench_mode_result *r) {
  at_search_options o;
  at_search_options_default(&o);
  o.beam = beam;
  o.nbest = 1;
  o.shortlist = st->sl;
  o.shortlist_k = (int)a->shortlist_k;
  o.shortlist_frequent = (int)a->shortlist_frequent;
  if (st->random) o.max_len_ratio = 1.0f, o.max_len_extra = 5;
  at_arena arena;
  at_arena_init(&arena);
  memset(&bench__counts, 0, sizeof bench__counts);
  r->beam = beam;
  at_status s = AT_OK;
  double t0 = at_now();
  for (int k = 0; s == AT_OK && k < st->nb; k++) {
    s = bench__search_batch(st, k, (int)a->batch, &o, &arena, r);
    if (a->seconds > 0 && at_now() - t0 >= a->seconds) break;
  }
  r->seconds = at_now() - t0;
  r->flops = bench__counts.flops;
  r->hyp_steps = bench__counts.hyp_steps;
  r->cols = bench__counts.steps ? bench__counts.subset_cols / bench__counts.steps : 0.0;
  at_arena_free(&arena);
  return s;
}

/* Writes r's best hypotheses (input order) to PREFIX.<mode>.ids. */
static at_status bench__write_best(const char *prefix, const bench_state *st, const bench_mode_result *r) {
  char path[1024];
  if (snprintf(path, sizeof path, "%s.%s.ids", prefix, r->name) >= (int)sizeof path)
    return at_fail(AT_ERR_INVALID_ARG, "--out %s: path too long", prefix);
  FILE *f = fopen(path, "w");
  if (!f) return at_fail(AT_ERR_IO, "%s: cannot create: %s", path, strerror(errno));
  for (int i = 0; i < st->n; i++) {
    for (int t = 0; r->best[i] && t < r->best_len[i]; t++) fprintf(f, t ? " %d" : "%d", r->best[i][t]);
    fputc('\n', f);
  }
  int bad = ferror(f);
  if (fclose(f) != 0 || bad) return at_fail(AT_ERR_IO, "%s: write failed: %s", path, strerror(errno));
  printf("%s: best hypotheses written to %s\n", r->name, path);
  return AT_OK;
}

static void bench__best_free(const bench_state *st, bench_mode_result *r) {
  for (int i = 0; r->best && i < st->n; i++) free(r->best[i]);
  free(r->best), free(r->best_len);
  r->best = NULL, r->best_len = NULL;
}

/* ---- report ----------------------------------------------------------------------------------- */

static const char bench__tsv_header[] =
    "time\tbench\tmode\tbeam\tweights\tthreads\tomp_wait\tload\tsentences\tsent_s\ttgt_tok_s\tmflop_per_hyp_step"
    "\tachieved_gflops\tgemm_batch_gflops\tgemm_step_gflops\tfraction_batch\tfraction_step\tpeak_mib\tseconds\tarch\tshortlist_cols\tprecision";

static void bench__report(const bench_args *a, const bench_state *st, const bench_mode_result *r) {
  char when[32], line[512];
  double gb = r->gemm_batch, gs = r->gemm_step;
  bench_timestamp(when, sizeof when);
  double gf = r->flops / r->seconds * 1e-9;
  printf("%s (beam %d): %d sentences in %.1f s: %.2f sentences/s, %.0f target tokens/s; %ld of them ended with EOS\n",
         r->name, r->beam, r->sentences, r->seconds, r->sentences / r->seconds, r->tgt_tokens / r->seconds,
         r->finished);
  printf("  sgemm (mean of before and after): batch shape %.1f GFLOP/s, step shape %.1f GFLOP/s; load %.2f\n", gb,
         gs, r->load);
  printf("  work: %ld hypothesis-steps, %.2f GFLOP, %.1f GFLOP/s = %.2f of sgemm batch shape, %.2f of step shape\n",
         r->hyp_steps, r->flops * 1e-9, gf, gf / gb, gf / gs);
  char cols[32] = "full";
  if (st->sl) {
    snprintf(cols, sizeof cols, "%.0f", r->cols);
    printf("  shortlist %s: %.0f of %d output columns per step on average\n", a->shortlist, r->cols,
           at_model_get_config(st->m)->tgt_vocab);
  }
  snprintf(line, sizeof line, "%s\tbench_translate\t%s\t%d\t%s\t%d\t%s\t%.2f\t%d\t%.2f\t%.0f\t%.2f\t%.1f\t%.1f\t%.1f\t%.3f\t%.3f\t%.0f\t%.1f\t%s\t%s\t%s",
           when, r->name, r->beam, st->random ? "random" : "checkpoint", at_get_threads(),
           bench_omp_wait_policy(), r->load, r->sentences,
           r->sentences / r->seconds, r->tgt_tokens / r->seconds,
           r->hyp_steps ? (r->flops / r->hyp_steps) * 1e-6 : 0.0, gf, gb, gs, gf / gb, gf / gs, bench_peak_rss_mib(),
           r->seconds, bench_model_arch(at_model_get_config(st->m)), cols,
           at_model_int8(st->m) ? "int8" : "fp32");
  printf("TSV\t%s\n", line);
  if (a->tsv && bench_tsv_append(a->tsv, bench__tsv_header, line) != AT_OK)
    fprintf(stderr, "bench_translate: %s\n", at_last_error());
}

static at_status bench__gemm(bench_gemm_result g[2]) {
  at_status s = bench_gemm_measure(&bench_gemm_batch_shape, 5, 0.1, &g[0]);
  if (s == AT_OK) s = bench_gemm_measure(&bench_gemm_step_shape, 5, 0.1, &g[1]);
  if (s == AT_OK) bench_gemm_print(&g[0], stderr), bench_gemm_print(&g[1], stderr);
  return s;
}

/* One search mode between two sgemm measurements. */
static at_status bench__mode_measured(const bench_args *a, const bench_state *st, int beam, bench_mode_result *r) {
  bench_gemm_result g0[2], g1[2];
  double load0 = bench_loadavg();
  at_status s = bench__gemm(g0);
  if (s == AT_OK) s = bench__mode(a, st, beam, r);
  if (s == AT_OK) s = bench__gemm(g1);
  r->gemm_batch = 0.5 * (g0[0].gflops + g1[0].gflops);
  r->gemm_step = 0.5 * (g0[1].gflops + g1[1].gflops);
  r->load = 0.5 * (load0 + bench_loadavg());
  return s;
}

static void bench__print_setup(const bench_args *a, const bench_state *st) {
  char desc[256], when[32];
  bench_model_config_describe(at_model_get_config(st->m), desc, sizeof desc);
  bench_timestamp(when, sizeof when);
  printf("bench_translate %s: %d threads (OMP_WAIT_POLICY %s), load %.2f\n", when, at_get_threads(),
         bench_omp_wait_policy(), bench_loadavg());
  printf("model: %s\n", desc);
  if (st->random)
    printf("weights: RANDOM (no --model): outputs run to the maximum length, set to source length + 5\n");
  else
    printf("weights: %s\n", a->model);
  printf("test: %d sentences of %s/test.%s (tokenized in %.2f s), batches of %ld, %d batches\n", st->n, a->corpus,
         a->src, st->tok_seconds, a->batch, st->nb);
  bench_flops_print(&bench__flops, stdout);
}

static at_status bench__main(const bench_args *a, bench_state *st) {
  bench_mode_result r[2];
  memset(r, 0, sizeof r);
  r[0].name = "greedy", r[1].name = "beam";
  int run[2] = {strcmp(a->mode, "beam") != 0, strcmp(a->mode, "greedy") != 0};
  at_status s = a->shortlist ? at_shortlist_load(a->shortlist, &st->sl) : AT_OK;
  const int int8 = !strcmp(a->precision, "int8");
  if (s == AT_OK) s = a->model ? bench__load_checkpoint(a->model, int8, st) : bench__random_model(a, st);
  if (s == AT_OK && !a->model && int8) {
    at_qparams q;
    s = at_qparams_quantize(at_model_params(st->m), &q);
    if (s == AT_OK) s = at_model_use_int8(st->m, &q);
    at_qparams_free(&q);
  }
  if (s == AT_OK) s = bench__read_test(a, st);
  if (s == AT_OK) s = bench__make_batches(a, st);
  if (s != AT_OK) return s;
  bench_flops_count(at_model_get_config(st->m), &bench__flops);
  bench__print_setup(a, st);
  for (int i = 0; s == AT_OK && i < 2; i++) {
    if (!run[i]) continue;
    if (a->out) {
      r[i].best = calloc((size_t)st->n, sizeof *r[i].best);
      r[i].best_len = calloc((size_t)st->n, sizeof *r[i].best_len);
      if (!r[i].best || !r[i].best_len) s = at_fail(AT_ERR_NOMEM, "--out");
    }
    if (s == AT_OK) s = bench__mode_measured(a, st, i == 0 ? 1 : (int)a->beam, &r[i]);
    if (s == AT_OK && a->out) s = bench__write_best(a->out, st, &r[i]);
    bench__best_free(st, &r[i]);
  }
  if (s != AT_OK) return s;
  for (int i = 0; i < 2; i++)
    if (run[i]) bench__report(a, st, &r[i]);
  printf("peak memory: %.0f MiB\n", bench_peak_rss_mib());
  return AT_OK;
}

int main(int argc, char **argv) {
  bench_args a;
  bench__defaults(&a);
  if (bench__parse(argc, argv, &a) != 0) return bench__usage();
  at_set_threads((int)a.threads);
  bench_state st;
  memset(&st, 0, sizeof st);
  at_status s = bench__main(&a, &st);
  if (s != AT_OK) fprintf(stderr, "bench_translate: %s: %s\n", at_status_str(s), at_last_error());
  bench__state_free(&st);
  return s == AT_OK ? 0 : 1;
}
