/* attend bench: the machine's sgemm speed, measured in the same run as a
 * benchmark so that "fraction of peak" compares like with like (same thread
 * count, same load from whatever else runs on the machine).
 *
 * A shape is timed as: one untimed warm-up call, then `reps` timed
 * repetitions, each a loop of calls lasting at least `min_rep_seconds`; the
 * result is the median repetition. FLOPs per call = 2 * M * N * K. B is used
 * transposed, as the model's weights (out, in) are: C (M,N) = A (M,K) B^T. */
#ifndef ATTEND_BENCH_GEMM_SPEED_H
#define ATTEND_BENCH_GEMM_SPEED_H

#include "core/core.h"

typedef struct bench_gemm_shape {
  const char *name;  /* e.g. "batch", "step" */
  int M, N, K;
} bench_gemm_shape;

typedef struct bench_gemm_result {
  bench_gemm_shape shape;
  int reps;          /* timed repetitions */
  long calls;        /* calls per repetition */
  double gflops;     /* median over repetitions, 1e9 FLOP/s */
  double gflops_min, gflops_max;
} bench_gemm_result;

/* The model's representative shapes for the bench config (hidden 512,
 * 3 GRU gates, 64 sentences x 50 steps):
 *   batch: M=3200 (all time steps of a batch), N=1536 (3 * 512), K=512
 *   step:  M=64   (one decoder step),          N=1536,           K=512 */
extern const bench_gemm_shape bench_gemm_batch_shape;
extern const bench_gemm_shape bench_gemm_step_shape;

/* Times one shape with the current OpenMP thread count (at_set_threads).
 * AT_ERR_NOMEM when the matrices cannot be allocated. */
at_status bench_gemm_measure(const bench_gemm_shape *shape, int reps, double min_rep_seconds,
                             bench_gemm_result *out);
/* Prints "sgemm <name> MxNxK: G GFLOP/s (min..max, reps x calls)" to f. */
void bench_gemm_print(const bench_gemm_result *r, FILE *f);

#endif
