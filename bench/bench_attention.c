#define _POSIX_C_SOURCE 200809L /* clock_gettime */
/* bench_attention: the cost of attention per decoder step, global against
 * local attention (Luong et al. 2015 section 3.2: local-m, local-p, and the
 * hybrid "local-global" Gaussian bias), for the question "the primer claims
 * local attention is faster: by how much?".
 *   bench_attention [--threads N] [--reps R] [--only SUBSTRING] [--min-ms MS] [--markdown]
 *
 * The layer alone (model/layers/layers.h), as the decoder uses it: query =
 * key = 512 (hidden 512), attention size 512, position network size 512
 * (model/blocks/rnn_decoder.c declares it with pos_dim = attn_dim), window
 * half-width D = 10 (the model's default; sigma = D/2). Every sentence has
 * Ts source positions (Ts = 50 and 200); B = 64 sentences with N = 64
 * hypotheses (one per sentence, greedy search and training) or N = 320
 * (beam 5: hypothesis i attends over sentence i / 5). Keys are projected
 * once (at_attention_project_keys, not timed: once per sentence, not per
 * step). The step index is t = Ts / 2, so local-m's window is never clipped;
 * with the random weights local-p predicts p_t near S / 2, so its window is
 * not clipped either: both score 2D + 1 = 21 positions (printed, measured
 * from the nonzero weights).
 *
 *   infer  at_attention_step_forward without a cache (greedy / beam step)
 *   train  at_attention_step_forward with a cache + at_attention_step_backward
 *          (one target step of a training batch; the key projection's
 *          backward, once per batch, is not included)
 *
 * The scratch arena is reserved once (at_attention_step_*_bytes) and reset
 * before every step. Timing: per configuration, one warm-up step and a
 * calibration, then R repetitions (default 15) of a loop of steps lasting
 * at least --min-ms (default 30 ms); the four localities of a group are
 * interleaved repetition by repetition (rotating which goes first), so that
 * a change in the machine's load hits them alike. Reported: the medians of
 * wall and process CPU time per step in microseconds, and each locality's
 * ratio to global of the same group (from CPU time with one thread, where it
 * is the steadier number on a shared machine; from wall time otherwise),
 * then the speed-up of local-p over global (global / local-p) per group.
 * --only keeps the groups and rows whose name ("concat Ts200 N320 train
 * local-p") contains SUBSTRING; global always runs for the ratios. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bench/bench_common.h"
#include "model/layers/layers.h"


#define NLOC 4
#define DIM 512
#define WINDOW 10
#define BATCH 64

static double clock_s(clockid_t id) {
  struct timespec t;
  clock_gettime(id, &t);
  return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static float *floats(size_t n) {
  float *p = calloc(n ? n : 1, sizeof(float));
  if (!p) {
    fprintf(stderr, "bench_attention: out of memory (%zu floats)\n", n);
    exit(1);
  }
  return p;
}

static void fill_uniform(at_rng *r, float *x, size_t n, float lo, float hi) {
  for (size_t i = 0; i < n; i++) x[i] = lo + (hi - lo) * at_rng_uniform(r);
}

/* "model name" of the first processor in /proc/cpuinfo, or "unknown". */
static void cpu_model(char *buf, size_t size) {
  snprintf(buf, size, "unknown");
  FILE *f = fopen("/proc/cpuinfo", "r");
  if (!f) return;
  char line[512];
  while (fgets(line, sizeof line, f)) {
    if (strncmp(line, "model name", 10) != 0) continue;
    const char *v = strchr(line, ':');
    if (!v) break;
    v++;
    while (*v == ' ' || *v == '\t') v++;
    snprintf(buf, size, "%s", v);
    buf[strcspn(buf, "\n")] = '\0';
    break;
  }
  fclose(f);
}

/* One (score, Ts, N) setting: inputs shared by the four localities, one
 * layer (own parameters, own projected keys) per locality. */
typedef struct setting {
  at_score_type score;
  int Ts, N, B;
  float *q, *keys, *alpha, *ctx, *dctx, *dq, *dkeys, *dpkeys, *cache; /* cache sized for the largest */
  int *sent, *src_len;
  at_params P[NLOC];
  at_attention L[NLOC];
  float *pkeys[NLOC];
  at_arena scratch;
} setting;

static at_status setting_init(setting *s, at_score_type score, int Ts, int N, at_rng *rng) {
  memset(s, 0, sizeof *s);
  s->score = score, s->Ts = Ts, s->N = N, s->B = BATCH;
  const int B = s->B, D = DIM;
  size_t cache_max = 0, bytes_max = 0;
  for (int l = 0; l < NLOC; l++) {
    at_params_init(&s->P[l]);
    at_status st = at_attention_declare(&s->L[l], &s->P[l], "att", score, D, D, DIM);
    if (st == AT_OK && l != AT_LOCAL_GLOBAL)
      st = at_attention_set_locality(&s->L[l], &s->P[l], "att", (at_locality_type)l, WINDOW, DIM);
    if (st == AT_OK) st = at_params_alloc(&s->P[l]);
    if (st != AT_OK) return st;
    fill_uniform(rng, s->P[l].data, s->P[l].total, -0.05f, 0.05f);
    size_t cf = at_attention_step_cache_floats(&s->L[l], Ts);
    cache_max = cf > cache_max ? cf : cache_max;
    size_t infer = at_attention_step_forward_bytes(&s->L[l], N, Ts, 0);
    size_t train =
        at_attention_step_forward_bytes(&s->L[l], N, Ts, 1) + at_attention_step_backward_bytes(&s->L[l], N, B, Ts);
    bytes_max = infer > bytes_max ? infer : bytes_max;
    bytes_max = train > bytes_max ? train : bytes_max;
  }
  const size_t keys = (size_t)Ts * B * D;
  s->q = floats((size_t)N * D), s->keys = floats(keys), s->alpha = floats((size_t)N * Ts);
  s->ctx = floats((size_t)N * D), s->dctx = floats((size_t)N * D), s->dq = floats((size_t)N * D);
  s->dkeys = floats(keys), s->dpkeys = floats(keys); /* pkey width is D for every score here */
  s->cache = floats((size_t)N * cache_max);
  s->sent = malloc((size_t)N * sizeof(int)), s->src_len = malloc((size_t)B * sizeof(int));
  if (!s->sent || !s->src_len) return at_fail(AT_ERR_NOMEM, "bench_attention: maps");
  fill_uniform(rng, s->q, (size_t)N * D, -1.0f, 1.0f);
  fill_uniform(rng, s->keys, keys, -1.0f, 1.0f);
  fill_uniform(rng, s->dctx, (size_t)N * D, -1.0f, 1.0f);
  const int per = N / B; /* hypotheses per sentence: 1 (greedy) or 5 (beam) */
  for (int i = 0; i < N; i++) s->sent[i] = i / per;
  for (int b = 0; b < B; b++) s->src_len[b] = Ts; /* all sentences full length */
  for (int l = 0; l < NLOC; l++) {
    AT_ASSERT(at_attention_pkey_dim(&s->L[l]) == D);
    s->pkeys[l] = floats(keys);
    at_attention_project_keys(&s->L[l], s->P[l].data, s->keys, Ts, B, s->pkeys[l]);
  }
  at_arena_init(&s->scratch);
  return at_arena_reserve(&s->scratch, bytes_max);
}

static void setting_free(setting *s) {
  for (int l = 0; l < NLOC; l++) at_params_free(&s->P[l]), free(s->pkeys[l]);
  at_arena_free(&s->scratch);
  free(s->q), free(s->keys), free(s->alpha), free(s->ctx), free(s->dctx), free(s->dq), free(s->dkeys);
  free(s->dpkeys), free(s->cache), free(s->sent), free(s->src_len);
}

/* One decoder step of locality l: inference (forward, no cache) or training
 * (forward with cache + backward). */
static void step(setting *s, int l, int train) {
  const at_attention *L = &s->L[l];
  const int t = s->Ts / 2;
  at_arena_reset(&s->scratch);
  if (!train) {
    at_attention_step_forward(L, s->P[l].data, t, s->q, s->N, s->sent, s->keys, s->pkeys[l], s->Ts, s->B, s->src_len,
                              NULL, s->alpha, s->ctx, NULL, &s->scratch);
    return;
  }
  at_attention_step_forward(L, s->P[l].data, t, s->q, s->N, s->sent, s->keys, s->pkeys[l], s->Ts, s->B, s->src_len,
                            NULL, s->alpha, s->ctx, s->cache, &s->scratch);
  at_attention_step_backward(L, s->P[l].data, s->P[l].grad, t, s->q, s->N, s->sent, s->keys, s->pkeys[l], s->Ts,
                             s->B, s->src_len, s->alpha, s->cache, s->dctx, NULL, s->dq, s->dkeys, s->dpkeys,
                             &s->scratch);
}

/* Mean number of source positions a row scores: the whole sentence for
 * global and hybrid (hybrid's far weights may underflow to 0 but are
 * computed), the nonzero weights of the window for local-m / local-p. Also
 * checks that the context is finite. */
static double positions(setting *s, int l) {
  step(s, l, 0);
  for (size_t k = 0; k < (size_t)s->N * DIM; k++)
    if (!isfinite(s->ctx[k])) {
      fprintf(stderr, "bench_attention: non-finite context (%s)\n", at_locality_names[l]);
      exit(1);
    }
  if (l == AT_LOCAL_GLOBAL || l == AT_LOCAL_HYBRID) return (double)s->Ts;
  size_t nz = 0;
  for (size_t k = 0; k < (size_t)s->N * s->Ts; k++) nz += s->alpha[k] != 0.0f;
  return (double)nz / s->N;
}

typedef struct row {
  double wall_us, cpu_us, pos, load;
  int run;
} row;

/* Times the selected localities of one group, interleaved; fills r[l]. */
static void time_group(setting *s, int train, const int *sel, int reps, double min_s, row *r) {
  int iters[NLOC] = {0};
  double *w = malloc((size_t)2 * NLOC * reps * sizeof(double)), *u = w + NLOC * reps;
  if (!w) exit(1);
  for (int l = 0; l < NLOC; l++) {
    if (!sel[l]) continue;
    r[l].pos = positions(s, l);
    step(s, l, train); /* warm-up (first touch of the cache and scratch) */
    double t0 = clock_s(CLOCK_MONOTONIC);
    step(s, l, train);
    double one = clock_s(CLOCK_MONOTONIC) - t0;
    iters[l] = one >= min_s ? 1 : (int)ceil(min_s / (one > 1e-7 ? one : 1e-7));
  }
  for (int k = 0; k < reps; k++) {
    for (int o = 0; o < NLOC; o++) {
      const int l = (o + k) % NLOC;
      if (!sel[l]) continue;
      double t0 = clock_s(CLOCK_MONOTONIC), c0 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
      for (int i = 0; i < iters[l]; i++) step(s, l, train);
      u[l * reps + k] = (clock_s(CLOCK_PROCESS_CPUTIME_ID) - c0) / iters[l];
      w[l * reps + k] = (clock_s(CLOCK_MONOTONIC) - t0) / iters[l];
    }
  }
  for (int l = 0; l < NLOC; l++) {
    r[l].run = sel[l];
    if (!sel[l]) continue;
    r[l].wall_us = 1e6 * bench_median(w + l * reps, reps);
    r[l].cpu_us = 1e6 * bench_median(u + l * reps, reps);
    r[l].load = bench_loadavg();
  }
  free(w);
}

static void group_name(char *buf, size_t size, at_score_type score, int Ts, int N, int train, int l) {
  snprintf(buf, size, "%s Ts%d N%d %s %s", at_score_names[score], Ts, N, train ? "train" : "infer",
           at_locality_names[l]);
}

typedef struct summary {
  at_score_type score;
  int Ts, N, train;
  double global_us, localp_us;
} summary;

int main(int argc, char **argv) {
  long threads = 1, reps = 15, min_ms = 30;
  int markdown = 0;
  const char *only = NULL;
  for (int i = 1; i < argc; i++) {
    const char *o = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
    int bad = 0;
    if (!strcmp(o, "--threads")) bad = bench_parse_int(o, v, 1, 1024, &threads), i++;
    else if (!strcmp(o, "--reps")) bad = bench_parse_int(o, v, 1, 1000, &reps), i++;
    else if (!strcmp(o, "--min-ms")) bad = bench_parse_int(o, v, 0, 100000, &min_ms), i++;
    else if (!strcmp(o, "--only") && v) only = v, i++;
    else if (!strcmp(o, "--markdown")) markdown = 1;
    else bad = 1;
    if (bad) {
      fprintf(stderr, "usage: bench_attention [--threads N] [--reps R] [--only SUBSTRING] [--min-ms MS] [--markdown]\n");
      return 2;
    }
  }
  at_set_threads((int)threads);
  const int nthreads = at_get_threads();
  char cpu[256], when[32];
  cpu_model(cpu, sizeof cpu);
  bench_timestamp(when, sizeof when);
  printf("bench_attention: %s, cpu %s (%ld online), threads %d, OMP_WAIT_POLICY %s\n", when, cpu,
         sysconf(_SC_NPROCESSORS_ONLN), nthreads, bench_omp_wait_policy());
  printf("  query = key = attn = position-net size %d, window D %d (2D+1 = %d), B %d sentences all of length Ts, "
         "t = Ts/2\n",
         DIM, WINDOW, 2 * WINDOW + 1, BATCH);
  printf("  reps %ld (medians), >= %ld ms per rep, localities interleaved; ratio = time / global (%s time)\n", reps,
         min_ms, nthreads == 1 ? "CPU" : "wall");
  printf("  load %.2f at start\n\n", bench_loadavg());
  if (markdown) {
    printf("| score | Ts | N | step | locality | positions | wall us | CPU us | x global | load |\n");
    printf("|---|---:|---:|---|---|---:|---:|---:|---:|---:|\n");
  } else {
    printf("%-7s %4s %4s %-5s %-8s %9s %10s %10s %9s %5s\n", "score", "Ts", "N", "step", "locality", "positions",
           "wall us", "cpu us", "x global", "load");
  }
  fflush(stdout);

  static const at_score_type scores[] = {AT_SCORE_DOT, AT_SCORE_GENERAL, AT_SCORE_CONCAT};
  static const int lens[] = {50, 200}, hyps[] = {64, 320};
  summary sums[3 * 2 * 2 * 2];
  int nsum = 0;
  at_rng rng;
  at_rng_seed(&rng, 11, 1);
  for (size_t si = 0; si < sizeof scores / sizeof scores[0]; si++)
    for (size_t li = 0; li < 2; li++)
      for (size_t hi = 0; hi < 2; hi++) {
        const at_score_type score = scores[si];
        const int Ts = lens[li], N = hyps[hi];
        int sel[2][NLOC], any = 0;
        for (int train = 0; train < 2; train++) {
          int n = 0;
          for (int l = 0; l < NLOC; l++) {
            char name[96];
            group_name(name, sizeof name, score, Ts, N, train, l);
            sel[train][l] = !only || strstr(name, only) != NULL;
            n += sel[train][l];
          }
          if (n) sel[train][AT_LOCAL_GLOBAL] = 1, any = 1;
          else memset(sel[train], 0, sizeof sel[train]);
        }
        if (!any) continue;
        setting s;
        if (setting_init(&s, score, Ts, N, &rng) != AT_OK) {
          fprintf(stderr, "bench_attention: %s\n", at_last_error());
          return 1;
        }
        for (int train = 0; train < 2; train++) {
          if (!sel[train][AT_LOCAL_GLOBAL]) continue;
          row r[NLOC];
          memset(r, 0, sizeof r);
          time_group(&s, train, sel[train], (int)reps, 1e-3 * (double)min_ms, r);
          const double g = nthreads == 1 ? r[AT_LOCAL_GLOBAL].cpu_us : r[AT_LOCAL_GLOBAL].wall_us;
          for (int l = 0; l < NLOC; l++) {
            if (!r[l].run) continue;
            const double x = (nthreads == 1 ? r[l].cpu_us : r[l].wall_us) / g;
            if (markdown)
              printf("| %s | %d | %d | %s | %s | %.0f | %.1f | %.1f | %.2f | %.2f |\n", at_score_names[score], Ts, N,
                     train ? "train" : "infer", at_locality_names[l], r[l].pos, r[l].wall_us, r[l].cpu_us, x,
                     r[l].load);
            else
              printf("%-7s %4d %4d %-5s %-8s %9.0f %10.1f %10.1f %9.2f %5.2f\n", at_score_names[score], Ts, N,
                     train ? "train" : "infer", at_locality_names[l], r[l].pos, r[l].wall_us, r[l].cpu_us, x,
                     r[l].load);
          }
          if (r[AT_LOCAL_P].run) {
            summary *m = &sums[nsum++];
            m->score = score, m->Ts = Ts, m->N = N, m->train = train;
            m->global_us = g;
            m->localp_us = nthreads == 1 ? r[AT_LOCAL_P].cpu_us : r[AT_LOCAL_P].wall_us;
          }
          fflush(stdout);
        }
        setting_free(&s);
      }

  if (nsum) {
    printf("\nlocal-p speed-up over global (global / local-p, %s time per step):\n", nthreads == 1 ? "CPU" : "wall");
    if (markdown) {
      printf("| score | step | Ts | N | global us | local-p us | speed-up |\n|---|---|---:|---:|---:|---:|---:|\n");
    } else {
      printf("%-7s %-5s %4s %4s %10s %10s %8s\n", "score", "step", "Ts", "N", "global us", "local-p us", "speed-up");
    }
    for (int i = 0; i < nsum; i++) {
      const summary *m = &sums[i];
      if (markdown)
        printf("| %s | %s | %d | %d | %.1f | %.1f | %.2f |\n", at_score_names[m->score], m->train ? "train" : "infer",
               m->Ts, m->N, m->global_us, m->localp_us, m->global_us / m->localp_us);
      else
        printf("%-7s %-5s %4d %4d %10.1f %10.1f %8.2f\n", at_score_names[m->score], m->train ? "train" : "infer", m->Ts,
               m->N, m->global_us, m->localp_us, m->global_us / m->localp_us);
    }
  }
  printf("\nload %.2f at end, peak RSS %.0f MiB\n", bench_loadavg(), bench_peak_rss_mib());
  return 0;
}
