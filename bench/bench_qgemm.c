/* bench_qgemm: int8 at_qgemm against fp32 sgemm for the decoder's shapes.
 *   bench_qgemm [--threads N] [--reps R] [--rep-seconds S]
 * Each line: C (M, N) = A (M, K) W^T, GFLOP/s at 2 M N K per product for
 * cblas_sgemm (at_gemm) and at_qgemm with every kernel this processor has
 * (the quantisation of A included, the packing of W not: that is done once
 * per model), and qgemm / sgemm. Shapes (D = 512, V = 8000): the output layer
 * (N = 8000) and a shortlist of it (N = 2000), the GRU's input projection
 * (N = 1536), the combine layer (N = 512, K = 512 and 1024); M = 1 (one
 * sentence, greedy), 5 (beam 5), 128 (a greedy batch), 640 (beam 5 x 128). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench/bench_common.h"
#include "core/core.h"
#include "core/qgemm.h"

typedef struct bq_args {
  long threads, reps;
  double rep_seconds;
} bq_args;

typedef struct bq_shape {
  const char *what;
  int M, N, K;
} bq_shape;

static const bq_shape bq_shapes[] = {
    {"output", 1, 8000, 512},    {"output", 5, 8000, 512},   {"output", 128, 8000, 512},
    {"output", 640, 8000, 512},  {"shortlist", 5, 2000, 512}, {"shortlist", 128, 2000, 512},
    {"shortlist", 640, 2000, 512}, {"gru", 1, 1536, 512},    {"gru", 128, 1536, 512},
    {"gru", 640, 1536, 512},     {"combine", 128, 512, 512}, {"combine", 640, 512, 512},
    {"combine", 128, 512, 1024}, {"combine", 640, 512, 1024},
};
static const char *const bq_isas[] = {"scalar", "avx2", "avx512vnni"};

/* One product of a shape, by either route. */
typedef struct bq_case {
  const bq_shape *s;
  const float *A, *W; /* (M, K), (N, K) */
  const at_qpacked *P;
  float *C;           /* (M, N) */
  void *scratch;
} bq_case;

static void bq_sgemm(const bq_case *c) {
  at_gemm(0, 1, c->s->M, c->s->N, c->s->K, 1.0f, c->A, c->s->K, c->W, c->s->K, 0.0f, c->C, c->s->N);
}

static void bq_qgemm(const bq_case *c) { at_qgemm(c->s->M, c->A, c->s->K, c->P, 0.0f, c->C, c->s->N, c->scratch); }

/* Median seconds per call: `reps` samples, each repeating the call for at
 * least rep_seconds (the count fixed by a first timed call). */
static double bq_time(void (*fn)(const bq_case *), const bq_case *c, const bq_args *a) {
  fn(c); /* warm: caches, OpenMP team */
  double t0 = at_now();
  fn(c);
  double once = at_now() - t0;
  long n = once > 0 ? (long)(a->rep_seconds / once) + 1 : 1000;
  double samples[1000];
  int reps = (int)(a->reps < 1000 ? a->reps : 1000);
  for (int r = 0; r < reps; r++) {
    t0 = at_now();
    for (long i = 0; i < n; i++) fn(c);
    samples[r] = (at_now() - t0) / (double)n;
  }
  return bench_median(samples, reps);
}

static int bq_usage(void) {
  fprintf(stderr, "usage: bench_qgemm [--threads N] [--reps R] [--rep-seconds S]\n");
  return 2;
}

static int bq_parse(int argc, char **argv, bq_args *a) {
  for (int i = 1; i < argc; i++) {
    const char *o = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
    int bad = 0;
    if (!strcmp(o, "--threads")) bad = bench_parse_int(o, v, 0, 1024, &a->threads), i++;
    else if (!strcmp(o, "--reps")) bad = bench_parse_int(o, v, 1, 1000, &a->reps), i++;
    else if (!strcmp(o, "--rep-seconds")) bad = bench_parse_double(o, v, 0.001, 60, &a->rep_seconds), i++;
    else return -1;
    if (bad) return -1;
  }
  return 0;
}

static void bq_cpu_name(char *buf, size_t size) {
  snprintf(buf, size, "unknown");
  FILE *f = fopen("/proc/cpuinfo", "r");
  if (!f) return;
  char line[512];
  while (fgets(line, sizeof line, f)) {
    char *colon = strchr(line, ':');
    if (!strncmp(line, "model name", 10) && colon) {
      snprintf(buf, size, "%s", colon + 2);
      buf[strcspn(buf, "\n")] = 0;
      break;
    }
  }
  fclose(f);
}

/* Random A and W, W quantised and packed; then every route timed. */
static int bq_run_shape(const bq_shape *s, const bq_args *a) {
  size_t nA = (size_t)s->M * s->K, nW = (size_t)s->N * s->K;
  float *A = at_malloc(sizeof(float) * nA), *W = at_malloc(sizeof(float) * nW);
  float *C = at_malloc(sizeof(float) * s->M * s->N), *ws = at_malloc(sizeof(float) * s->N);
  int8_t *q = at_malloc(nW);
  void *scratch = at_aligned_alloc(64, at_qgemm_scratch_bytes(s->M, s->K));
  at_qpacked P = {0};
  int ok = A && W && C && ws && q && scratch;
  if (ok) {
    at_rng rng;
    at_rng_seed(&rng, 7, 0);
    for (size_t i = 0; i < nA; i++) A[i] = at_rng_uniform(&rng) * 2.0f - 1.0f;
    for (size_t i = 0; i < nW; i++) W[i] = (at_rng_uniform(&rng) * 2.0f - 1.0f) * 0.05f;
    at_quantize_rows(W, s->N, s->K, q, ws);
    ok = at_qpack(q, ws, s->K, NULL, s->N, 0, s->K, &P) == AT_OK;
  }
  if (ok) {
    bq_case c = {s, A, W, &P, C, scratch};
    double flop = 2.0 * s->M * s->N * s->K, t_s = bq_time(bq_sgemm, &c, a);
    printf("%-9s %4d %5d %5d  sgemm %7.1f", s->what, s->M, s->N, s->K, flop / t_s * 1e-9);
    for (int i = 0; i < 3; i++) {
      if (!at__qgemm_isa_available(bq_isas[i])) continue;
      at__qgemm_force_isa(bq_isas[i]);
      double t_q = bq_time(bq_qgemm, &c, a);
      printf("  %s %7.1f (%5.2fx)", bq_isas[i], flop / t_q * 1e-9, t_s / t_q);
    }
    printf("\n");
    fflush(stdout);
  }
  at_qpacked_free(&P);
  at_free(A), at_free(W), at_free(C), at_free(ws), at_free(q), at_free(scratch);
  return ok;
}

int main(int argc, char **argv) {
  bq_args a = {0, 5, 0.05};
  if (bq_parse(argc, argv, &a) != 0) return bq_usage();
  at_set_threads((int)a.threads);
  char cpu[256];
  bq_cpu_name(cpu, sizeof cpu);
  printf("# %s, %d threads, load %.2f, OMP_WAIT_POLICY %s; GFLOP/s (2 M N K), (qgemm / sgemm)\n", cpu,
         at_get_threads(), bench_loadavg(), bench_omp_wait_policy());
  printf("# what         M     N     K\n");
  for (size_t i = 0; i < sizeof bq_shapes / sizeof bq_shapes[0]; i++)
    if (!bq_run_shape(&bq_shapes[i], &a)) {
      fprintf(stderr, "bench_qgemm: out of memory\n");
      return 1;
    }
  return 0;
}
