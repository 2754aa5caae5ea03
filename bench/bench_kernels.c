#define _POSIX_C_SOURCE 200809L /* clock_gettime */
/* bench_kernels: ns per element of the element-wise kernels (everything in
 * a training or translation step that is not a GEMM).
 *   bench_kernels [--threads N] [--reps R] [--only NAME]
 * Each kernel runs R timed repetitions (after one warm-up); the medians of
 * wall time and of process CPU time are reported per element (with one
 * thread, CPU time is the steadier number on a shared machine). Kernels:
 *   exp/tanh/sigmoid libm  scalar libm loops (expf, tanhf, the stable sigmoid)
 *   exp/tanh/sigmoid fast  the core/fastmath.h versions in an omp simd loop
 *   at_tanh, at_sigmoid    the library kernels, n = 1M
 *   memcpy_logits          memcpy of the 3200 x 8000 logits: the memory floor
 *                          of one read-and-write pass (102 MB, not cached)
 *   softmax, log_softmax   at_softmax_rows / at_log_softmax_rows, 3200 x 8000
 *   output_loss            at_output_loss (fused log-softmax, label-smoothed
 *                          loss and dlogits), N = 3200, V = 8000 (per logit)
 *   attn_concat_fwd        at_attention_step_forward, concat scores, training
 *                          (with cache), N = 64, Ts = 50, A = Dq = Dk = 512 (per
 *                          N*Ts*A; includes the N x A x Dq query GEMM)
 *   attn_concat_bwd        its backward (per N*Ts*A; includes the GEMMs)
 * The element loops (libm / fast) are single-threaded by construction; the
 * library kernels use --threads (default 1, so that numbers are per core). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench/bench_common.h"
#include "core/fastmath.h"
#include "model/layers/layers.h"

static double clock_s(clockid_t id) {
  struct timespec t;
  clock_gettime(id, &t);
  return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

typedef struct kctx {
  size_t n;                      /* elements of the element loops */
  float *x, *y;                  /* (n) */
  int N, V;                      /* output loss */
  float *logits, *logits0;       /* (N, V) */
  int *targets;                  /* (N) */
  at_output out;
  at_params aP;                  /* attention parameters */
  at_attention att;
  int aN, Ts, A;
  float *q, *keys, *pkeys, *alpha, *ctx, *cache, *dctx, *dq, *dkeys, *dpkeys; /* attention buffers */
  int *sent, *src_len;
  at_arena scratch;
} kctx;

typedef void (*kernel_fn)(kctx *c);
typedef void (*prep_fn)(kctx *c); /* untimed, before each repetition */

static float sig_libm(float x) {
  float e = expf(-fabsf(x)), s = 1.0f / (1.0f + e);
  return x >= 0.0f ? s : e * s;
}

static void k_exp_libm(kctx *c) {
  for (size_t i = 0; i < c->n; i++) c->y[i] = expf(c->x[i]);
}
static void k_tanh_libm(kctx *c) {
  for (size_t i = 0; i < c->n; i++) c->y[i] = tanhf(c->x[i]);
}
static void k_sig_libm(kctx *c) {
  for (size_t i = 0; i < c->n; i++) c->y[i] = sig_libm(c->x[i]);
}
static void k_exp_fast(kctx *c) {
  long n = (long)c->n;
  _Pragma("omp simd") for (long i = 0; i < n; i++) c->y[i] = at__fast_exp(c->x[i]);
}
static void k_tanh_fast(kctx *c) {
  long n = (long)c->n;
  _Pragma("omp simd") for (long i = 0; i < n; i++) c->y[i] = at__fast_tanh(c->x[i]);
}
static void k_sig_fast(kctx *c) {
  long n = (long)c->n;
  _Pragma("omp simd") for (long i = 0; i < n; i++) c->y[i] = at__fast_sigmoid(c->x[i]);
}
static void k_at_tanh(kctx *c) { at_tanh(c->x, c->y, c->n); }
static void k_at_sigmoid(kctx *c) { at_sigmoid(c->x, c->y, c->n); }
static void k_softmax(kctx *c) { at_softmax_rows(c->logits0, c->logits, c->N, c->V); }
static void k_log_softmax(kctx *c) { at_log_softmax_rows(c->logits0, c->logits, c->N, c->V); }
static void p_logits(kctx *c) { memcpy(c->logits, c->logits0, (size_t)c->N * c->V * sizeof(float)); }
static void k_memcpy(kctx *c) { p_logits(c); }
static void k_output_loss(kctx *c) {
  at_loss st;
  memset(&st, 0, sizeof st);
  at_output_loss(&c->out, c->logits, c->targets, c->N, 0.1f, 1.0f / (float)c->N, &st);
}
static void k_attn_fwd(kctx *c) {
  at_arena_reset(&c->scratch);
  at_attention_step_forward(&c->att, c->aP.data, 0, c->q, c->aN, c->sent, c->keys, c->pkeys, c->Ts, c->aN, c->src_len,
                            NULL, c->alpha, c->ctx, c->cache, &c->scratch);
}
static void k_attn_bwd(kctx *c) {
  at_arena_reset(&c->scratch);
  at_attention_step_backward(&c->att, c->aP.data, c->aP.grad, 0, c->q, c->aN, c->sent, c->keys, c->pkeys, c->Ts,
                             c->aN, c->src_len, c->alpha, c->cache, c->dctx, NULL, c->dq, c->dkeys, c->dpkeys, &c->scratch);
}

static void fill_uniform(at_rng *r, float *x, size_t n, float lo, float hi) {
  for (size_t i = 0; i < n; i++) x[i] = lo + (hi - lo) * at_rng_uniform(r);
}

static float *floats(size_t n) {
  float *p = calloc(n ? n : 1, sizeof(float));
  if (!p) {
    fprintf(stderr, "bench_kernels: out of memory\n");
    exit(1);
  }
  return p;
}

static at_status setup_output(kctx *c, at_rng *r) {
  static at_params P; /* only for the declaration */
  at_params_init(&P);
  at_status s = at_output_declare(&c->out, &P, "out", 16, c->V, 0, NULL);
  at_params_free(&P);
  if (s != AT_OK) return s;
  c->logits0 = floats((size_t)c->N * c->V);
  c->logits = floats((size_t)c->N * c->V);
  c->targets = malloc((size_t)c->N * sizeof(int));
  if (!c->targets) return at_fail(AT_ERR_NOMEM, "bench_kernels: targets");
  fill_uniform(r, c->logits0, (size_t)c->N * c->V, -8.0f, 8.0f);
  for (int i = 0; i < c->N; i++) c->targets[i] = 1 + (int)(at_rng_below(r, (uint32_t)(c->V - 1)));
  return AT_OK;
}

static at_status setup_attention(kctx *c, at_rng *r) {
  const int N = c->aN, Ts = c->Ts, A = c->A, D = A;
  at_params_init(&c->aP);
  at_status s = at_attention_declare(&c->att, &c->aP, "att", AT_SCORE_CONCAT, D, D, A);
  if (s == AT_OK) s = at_params_alloc(&c->aP);
  if (s != AT_OK) return s;
  fill_uniform(r, c->aP.data, c->aP.total, -0.05f, 0.05f);
  size_t keys = (size_t)Ts * N * D;
  c->q = floats((size_t)N * D), c->keys = floats(keys), c->pkeys = floats((size_t)Ts * N * A);
  c->alpha = floats((size_t)N * Ts), c->ctx = floats((size_t)N * D), c->dctx = floats((size_t)N * D);
  c->cache = floats((size_t)N * at_attention_step_cache_floats(&c->att, Ts));
  c->dq = floats((size_t)N * D), c->dkeys = floats(keys), c->dpkeys = floats((size_t)Ts * N * A);
  c->sent = malloc((size_t)N * sizeof(int)), c->src_len = malloc((size_t)N * sizeof(int));
  if (!c->sent || !c->src_len) return at_fail(AT_ERR_NOMEM, "bench_kernels: attention maps");
  fill_uniform(r, c->q, (size_t)N * D, -1.0f, 1.0f);
  fill_uniform(r, c->keys, keys, -1.0f, 1.0f);
  fill_uniform(r, c->dctx, (size_t)N * D, -1.0f, 1.0f);
  for (int i = 0; i < N; i++) c->sent[i] = i, c->src_len[i] = Ts; /* full length: N*Ts*A tanh */
  at_attention_project_keys(&c->att, c->aP.data, c->keys, Ts, N, c->pkeys);
  at_arena_init(&c->scratch);
  return at_arena_reserve(&c->scratch, (size_t)64 << 20);
}

typedef struct kernel {
  const char *name;
  kernel_fn run;
  prep_fn prep;
  int kind; /* 0 element loops (n), 1 logits (N*V), 2 attention (N*Ts*A) */
} kernel;

static const kernel kernels[] = {
    {"exp_libm", k_exp_libm, NULL, 0},
    {"exp_fast", k_exp_fast, NULL, 0},
    {"tanh_libm", k_tanh_libm, NULL, 0},
    {"tanh_fast", k_tanh_fast, NULL, 0},
    {"sigmoid_libm", k_sig_libm, NULL, 0},
    {"sigmoid_fast", k_sig_fast, NULL, 0},
    {"at_tanh", k_at_tanh, NULL, 0},
    {"at_sigmoid", k_at_sigmoid, NULL, 0},
    {"memcpy_logits", k_memcpy, NULL, 1},
    {"softmax", k_softmax, NULL, 1},
    {"log_softmax", k_log_softmax, NULL, 1},
    {"output_loss", k_output_loss, p_logits, 1},
    {"attn_concat_fwd", k_attn_fwd, NULL, 2},
    {"attn_concat_bwd", k_attn_bwd, NULL, 2},
};

static double elements(const kctx *c, int kind) {
  return kind == 0 ? (double)c->n : kind == 1 ? (double)c->N * c->V : (double)c->aN * c->Ts * c->A;
}

/* Median wall and process-CPU seconds of one run. On a shared machine the
 * CPU time of a 1-thread run is the steadier per-core measure. */
static void time_kernel(kctx *c, const kernel *k, int reps, double *wall, double *cpu) {
  double *t = malloc(2 * (size_t)reps * sizeof(double)), *u = t + reps;
  if (!t) exit(1);
  if (k->prep) k->prep(c);
  k->run(c); /* warm-up */
  for (int i = 0; i < reps; i++) {
    if (k->prep) k->prep(c);
    double t0 = clock_s(CLOCK_MONOTONIC), u0 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
    k->run(c);
    u[i] = clock_s(CLOCK_PROCESS_CPUTIME_ID) - u0;
    t[i] = clock_s(CLOCK_MONOTONIC) - t0;
  }
  *wall = bench_median(t, reps);
  *cpu = bench_median(u, reps);
  free(t);
}

int main(int argc, char **argv) {
  long threads = 1, reps = 11;
  const char *only = NULL;
  for (int i = 1; i < argc; i++) {
    const char *o = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
    int bad = 0;
    if (!strcmp(o, "--threads")) bad = bench_parse_int(o, v, 1, 1024, &threads), i++;
    else if (!strcmp(o, "--reps")) bad = bench_parse_int(o, v, 1, 1000, &reps), i++;
    else if (!strcmp(o, "--only") && v) only = v, i++;
    else bad = 1;
    if (bad) {
      fprintf(stderr, "usage: bench_kernels [--threads N] [--reps R] [--only NAME]\n");
      return 2;
    }
  }
  at_set_threads((int)threads);
  kctx c;
  memset(&c, 0, sizeof c);
  c.n = (size_t)1 << 20, c.N = 3200, c.V = 8000, c.aN = 64, c.Ts = 50, c.A = 512;
  at_rng rng;
  at_rng_seed(&rng, 7, 1);
  c.x = floats(c.n), c.y = floats(c.n);
  fill_uniform(&rng, c.x, c.n, -10.0f, 10.0f);
  if (setup_output(&c, &rng) != AT_OK || setup_attention(&c, &rng) != AT_OK) {
    fprintf(stderr, "bench_kernels: %s\n", at_last_error());
    return 1;
  }
  printf("bench_kernels: threads %d, reps %ld (medians), load %.2f\n", at_get_threads(), reps, bench_loadavg());
  printf("%-16s %10s %10s %10s %12s\n", "kernel", "elements", "wall ms", "ns/elem", "cpu ns/elem");
  for (size_t k = 0; k < sizeof kernels / sizeof kernels[0]; k++) {
    if (only && !strstr(kernels[k].name, only)) continue;
    double s, u, n = elements(&c, kernels[k].kind);
    time_kernel(&c, &kernels[k], (int)reps, &s, &u);
    printf("%-16s %10.0f %10.3f %10.3f %12.3f\n", kernels[k].name, n, 1e3 * s, 1e9 * s / n, 1e9 * u / n);
    fflush(stdout);
  }
  at_arena_free(&c.scratch);
  at_params_free(&c.aP);
  free(c.x), free(c.y), free(c.logits), free(c.logits0), free(c.targets);
  free(c.q), free(c.keys), free(c.pkeys), free(c.alpha), free(c.ctx), free(c.cache), free(c.dctx), free(c.dq);
  free(c.dkeys), free(c.dpkeys), free(c.sent), free(c.src_len);
  return 0;
}
