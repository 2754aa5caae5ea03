/* bench_gemm: the machine's sgemm speed for the model's shapes.
 *   bench_gemm [--threads N] [--reps R] [--rep-seconds S] [--tsv FILE]
 * Shapes: see bench/gemm_speed.h. */
#include <stdio.h>
#include <string.h>

#include "bench/bench_common.h"
#include "bench/gemm_speed.h"

typedef struct bench_gemm_args {
  long threads, reps;
  double rep_seconds;
  const char *tsv;
} bench_gemm_args;

static int bench__usage(void) {
  fprintf(stderr, "usage: bench_gemm [--threads N] [--reps R] [--rep-seconds S] [--tsv FILE]\n");
  return 2;
}

static int bench__parse(int argc, char **argv, bench_gemm_args *a) {
  for (int i = 1; i < argc; i++) {
    const char *o = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
    int bad = 0;
    if (!strcmp(o, "--threads")) bad = bench_parse_int(o, v, 0, 1024, &a->threads), i++;
    else if (!strcmp(o, "--reps")) bad = bench_parse_int(o, v, 1, 1000, &a->reps), i++;
    else if (!strcmp(o, "--rep-seconds")) bad = bench_parse_double(o, v, 0.001, 60, &a->rep_seconds), i++;
    else if (!strcmp(o, "--tsv") && v) a->tsv = v, i++;
    else return -1;
    if (bad) return -1;
  }
  return 0;
}

int main(int argc, char **argv) {
  bench_gemm_args a = {0, 7, 0.1, NULL};
  if (bench__parse(argc, argv, &a) != 0) return bench__usage();
  at_set_threads((int)a.threads);
  const bench_gemm_shape *shapes[2] = {&bench_gemm_batch_shape, &bench_gemm_step_shape};
  bench_gemm_result r[2];
  for (int i = 0; i < 2; i++) {
    if (bench_gemm_measure(shapes[i], (int)a.reps, a.rep_seconds, &r[i]) != AT_OK) {
      fprintf(stderr, "bench_gemm: %s\n", at_last_error());
      return 1;
    }
    bench_gemm_print(&r[i], stdout);
  }
  char when[32], line[256];
  bench_timestamp(when, sizeof when);
  snprintf(line, sizeof line, "%s\t%d\t%.2f\t%.1f\t%.1f", when, at_get_threads(), bench_loadavg(), r[0].gflops,
           r[1].gflops);
  printf("TSV\t%s\n", line);
  if (a.tsv && bench_tsv_append(a.tsv, "time\tthreads\tload\tgemm_batch_gflops\tgemm_step_gflops", line) != AT_OK) {
    fprintf(stderr, "bench_gemm: %s\n", at_last_error());
    return 1;
  }
  return 0;
}
