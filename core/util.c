#include "core/core.h"

#include <math.h>
#include <stdarg.h>
#include <time.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#ifndef ATTEND_VERSION
#define ATTEND_VERSION "0.0.0"
#endif

/* ---- PCG32 (O'Neill), the XSH-RR variant ---- */
void at_rng_seed(at_rng *r, uint64_t seed, uint64_t stream) {
  r->state = 0;
  r->rows = NULL;
  r->inc = (stream << 1u) | 1u;
  (void)at_rng_u32(r);
  r->state += seed;
  (void)at_rng_u32(r);
}

uint32_t at_rng_u32(at_rng *r) {
  uint64_t old = r->state;
  r->state = old * 6364136223846793005ULL + r->inc;
  uint32_t xorshifted = (uint32_t)(((old >> 18u) ^ old) >> 27u);
  uint32_t rot = (uint32_t)(old >> 59u);
  return (xorshifted >> rot) | (xorshifted << ((-rot) & 31));
}

float at_rng_uniform(at_rng *r) { return (float)(at_rng_u32(r) >> 8) * (1.0f / 16777216.0f); }

uint32_t at_rng_below(at_rng *r, uint32_t n) {
  if (n == 0) return 0;
  uint32_t threshold = (uint32_t)(-n) % n; /* rejection for an unbiased result */
  for (;;) {
    uint32_t x = at_rng_u32(r);
    if (x >= threshold) return x % n;
  }
}

float at_rng_normal(at_rng *r) {
  /* Box-Muller; uses two uniforms per call so the stream stays simple */
  float u1 = at_rng_uniform(r), u2 = at_rng_uniform(r);
  if (u1 < 1e-12f) u1 = 1e-12f;
  return sqrtf(-2.0f * logf(u1)) * cosf(6.28318530717958647692f * u2);
}

/* ---- logging ---- */
static at_log_level at__log_level = AT_LOG_INFO;
void at_log_set_level(at_log_level level) { at__log_level = level; }
at_log_level at_log_get_level(void) { return at__log_level; }

void at_log(at_log_level level, const char *fmt, ...) {
  static const char *const names[] = {"error", "warning", "info", "debug"};
  if (level > at__log_level) return;
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "[%s] ", names[level]);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

double at_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

const char *at_version(void) { return ATTEND_VERSION; }

/* The largest team at_set_threads() asks for, as `attend translate --threads`
 * and `attend train --threads` accept: libgomp crashes creating 100,000 threads
 * and hangs at exit after 20,000. */
#define AT__MAX_THREADS 1024

void at_set_threads(int n) {
#ifdef _OPENMP
  if (n <= 0) n = omp_get_num_procs();
  if (n > AT__MAX_THREADS) n = AT__MAX_THREADS;
  if (n < 1) n = 1;
  omp_set_num_threads(n);
#else
  (void)n;
#endif
}

int at_get_threads(void) {
#ifdef _OPENMP
  return omp_get_max_threads();
#else
  return 1;
#endif
}

/* ---- how busy the machine is ---- */
/* Busy and total jiffies of all CPUs (the "cpu" line of /proc/stat). */
static int at__cpu_jiffies(unsigned long long *busy, unsigned long long *total) {
  FILE *f = fopen("/proc/stat", "r");
  if (!f) return -1;
  unsigned long long v[8] = {0};
  int n = fscanf(f, "cpu %llu %llu %llu %llu %llu %llu %llu %llu", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6],
                 &v[7]);
  fclose(f);
  if (n < 4) return -1;
  *total = 0;
  for (int i = 0; i < 8; i++) *total += v[i];
  *busy = *total - v[3] - v[4]; /* idle and iowait */
  return 0;
}

double at_cpu_busy_fraction(int ms) {
  unsigned long long b0, t0, b1, t1;
  if (at__cpu_jiffies(&b0, &t0)) return -1.0;
  struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
  nanosleep(&ts, NULL);
  if (at__cpu_jiffies(&b1, &t1) || t1 <= t0) return -1.0;
  return (double)(b1 - b0) / (double)(t1 - t0);
}
