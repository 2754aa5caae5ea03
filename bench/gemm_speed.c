#include "bench/gemm_speed.h"

#include <stdlib.h>
#include <string.h>

const bench_gemm_shape bench_gemm_batch_shape = {"batch", 3200, 1536, 512};
const bench_gemm_shape bench_gemm_step_shape = {"step", 64, 1536, 512};

static int bench__cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static void bench__fill(float *x, size_t n, at_rng *rng) {
  for (size_t i = 0; i < n; i++) x[i] = at_rng_uniform(rng) - 0.5f;
}

/* One call: C (M,N) = A (M,K) B^T, B (N,K). */
static void bench__gemm_call(const bench_gemm_shape *s, const float *A, const float *B, float *C) {
  at_gemm(0, 1, s->M, s->N, s->K, 1.0f, A, s->K, B, s->K, 0.0f, C, s->N);
}

/* Seconds of one repetition: `calls` calls back to back. */
static double bench__time_calls(const bench_gemm_shape *s, const float *A, const float *B, float *C, long calls) {
  double t0 = at_now();
  for (long i = 0; i < calls; i++) bench__gemm_call(s, A, B, C);
  return at_now() - t0;
}

/* Calls per repetition so that one lasts at least min_seconds. */
static long bench__calibrate(const bench_gemm_shape *s, const float *A, const float *B, float *C,
                             double min_seconds) {
  long calls = 1;
  for (;;) {
    double t = bench__time_calls(s, A, B, C, calls);
    if (t >= min_seconds || calls >= (1L << 20)) return calls;
    long next = t > 0 ? (long)(calls * (1.2 * min_seconds / t)) + 1 : calls * 8;
    calls = next > calls * 8 ? calls * 8 : (next > calls ? next : calls + 1);
  }
}

static void bench__time_reps(const bench_gemm_shape *s, const float *A, const float *B, float *C, int reps,
                             double *gf, bench_gemm_result *out) {
  double flops = 2.0 * s->M * (double)s->N * s->K * (double)out->calls;
  for (int r = 0; r < reps; r++) {
    double t = bench__time_calls(s, A, B, C, out->calls);
    gf[r] = t > 0 ? flops / t * 1e-9 : 0.0;
  }
  qsort(gf, (size_t)reps, sizeof *gf, bench__cmp_double);
  out->gflops = reps % 2 ? gf[reps / 2] : 0.5 * (gf[reps / 2 - 1] + gf[reps / 2]);
  out->gflops_min = gf[0];
  out->gflops_max = gf[reps - 1];
}

at_status bench_gemm_measure(const bench_gemm_shape *shape, int reps, double min_rep_seconds,
                             bench_gemm_result *out) {
  if (reps < 1 || shape->M < 1 || shape->N < 1 || shape->K < 1)
    return at_fail(AT_ERR_INVALID_ARG, "bench_gemm_measure: bad shape or reps");
  size_t na = (size_t)shape->M * shape->K, nb = (size_t)shape->N * shape->K, nc = (size_t)shape->M * shape->N;
  float *A = malloc(na * sizeof *A), *B = malloc(nb * sizeof *B), *C = malloc(nc * sizeof *C); /* (M,K) (N,K) (M,N) */
  double *gf = malloc((size_t)reps * sizeof *gf);
  if (!A || !B || !C || !gf) {
    free(A), free(B), free(C), free(gf);
    return at_fail(AT_ERR_NOMEM, "bench_gemm_measure: %dx%dx%d", shape->M, shape->N, shape->K);
  }
  at_rng rng;
  at_rng_seed(&rng, 1234, 1);
  bench__fill(A, na, &rng);
  bench__fill(B, nb, &rng);
  memset(out, 0, sizeof *out);
  out->shape = *shape;
  out->reps = reps;
  bench__gemm_call(shape, A, B, C); /* warm-up: thread pool start, page faults */
  out->calls = bench__calibrate(shape, A, B, C, min_rep_seconds);
  bench__time_reps(shape, A, B, C, reps, gf, out);
  free(A), free(B), free(C), free(gf);
  return AT_OK;
}

void bench_gemm_print(const bench_gemm_result *r, FILE *f) {
  fprintf(f, "sgemm %-5s %dx%dx%d: %.1f GFLOP/s (min %.1f, max %.1f; %d reps x %ld calls)\n", r->shape.name,
          r->shape.M, r->shape.N, r->shape.K, r->gflops, r->gflops_min, r->gflops_max, r->reps, r->calls);
}
