/* Minimal test harness: every CHECK that fails is printed and counted, and
 * CHECK_DONE() makes main return non-zero when anything failed. */
#ifndef ATTEND_TESTS_CHECK_H
#define ATTEND_TESTS_CHECK_H
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static int check_failures_ = 0;
static int check_count_ = 0;

#define CHECK(cond) do { check_count_++; if (!(cond)) { check_failures_++; \
  fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)

#define CHECK_MSG(cond, ...) do { check_count_++; if (!(cond)) { check_failures_++; \
  fprintf(stderr, "%s:%d: CHECK failed: %s: ", __FILE__, __LINE__, #cond); \
  fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } } while (0)

#define CHECK_OK(expr) do { at_status s_ = (expr); check_count_++; if (s_ != AT_OK) { \
  check_failures_++; fprintf(stderr, "%s:%d: %s returned %s: %s\n", __FILE__, __LINE__, \
  #expr, at_status_name(s_), at_last_error()); } } while (0)

#define CHECK_STATUS(expr, want) do { at_status s_ = (expr); check_count_++; if (s_ != (want)) { \
  check_failures_++; fprintf(stderr, "%s:%d: %s returned %s, expected %s (%s)\n", __FILE__, \
  __LINE__, #expr, at_status_name(s_), at_status_name(want), at_last_error()); } } while (0)

#define CHECK_NEAR(a, b, tol) do { double a_ = (a), b_ = (b); check_count_++; \
  if (!(fabs(a_ - b_) <= (tol))) { check_failures_++; fprintf(stderr, \
  "%s:%d: CHECK_NEAR failed: %s = %.9g vs %s = %.9g (tol %g)\n", __FILE__, __LINE__, \
  #a, a_, #b, b_, (double)(tol)); } } while (0)

#define CHECK_DONE() do { if (check_count_ == 0) { fprintf(stderr, "no checks ran\n"); return 1; } \
  fprintf(stderr, "%d checks, %d failed\n", check_count_, check_failures_); \
  return check_failures_ ? 1 : 0; } while (0)

#endif
