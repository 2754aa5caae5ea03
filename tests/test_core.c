/* core/: status strings, arena behaviour, RNG determinism, GEMM vs reference. */
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#include "check.h"
#include "core/core.h"

static void test_status(void) {
  CHECK(!strcmp(at_status_name(AT_OK), "AT_OK"));
  CHECK(!strcmp(at_status_name(AT_ERR_IO), "AT_ERR_IO"));
  CHECK(!strcmp(at_status_str(AT_ERR_NOMEM), "out of memory"));
  CHECK(!strcmp(at_status_name((at_status)999), "AT_ERR_UNKNOWN"));
  at_status s = at_fail(AT_ERR_IO, "%s: line %d", "file.txt", 7);
  CHECK(s == AT_ERR_IO);
  CHECK(!strcmp(at_last_error(), "file.txt: line 7"));
  at_fail_context(s, "reading corpus");
  CHECK(!strcmp(at_last_error(), "reading corpus: file.txt: line 7"));
}

static void test_arena(void) {
  at_arena a;
  at_arena_init(&a);
  float *p = at_arena_floats(&a, 10);
  CHECK(p != NULL && ((uintptr_t)p % 64) == 0);
  float *z = at_arena_zeros(&a, 1000000);
  CHECK(z != NULL && z[0] == 0.0f && z[999999] == 0.0f);
  size_t hw = a.high_water;
  CHECK(hw >= 1000000 * sizeof(float));
  at_arena_reset(&a);
  size_t cap = at_arena_capacity(&a);
  CHECK(cap >= hw);
  void *q = at_arena_alloc(&a, hw - 64); /* fits without a new block */
  CHECK(q != NULL && at_arena_capacity(&a) == cap);
  at_arena_free(&a);
  at_arena_free(NULL);

  /* reserve, then allocations up to the reserved bytes never chain a block;
   * rewind gives the same memory back */
  at_arena_init(&a);
  CHECK_OK(at_arena_reserve(&a, 3 * at_arena_round(1000) + at_arena_round(1)));
  size_t cap0 = at_arena_capacity(&a);
  CHECK(at_arena_available(&a) >= 3 * at_arena_round(1000) + 64);
  at_arena_mark mk = at_arena_get_mark(&a);
  void *p1 = at_arena_alloc(&a, 1000);
  for (int k = 0; k < 2; k++) CHECK(at_arena_alloc(&a, 1000) != NULL);
  CHECK(at_arena_alloc(&a, 0) != NULL);
  CHECK(at_arena_capacity(&a) == cap0);
  CHECK(at_arena_round(1000) == 1024 && at_arena_round(0) == 64);
  at_arena_rewind(&a, mk);
  CHECK(a.used_total == 0 && at_arena_alloc(&a, 8) == p1);
  /* a rewind past an overflow releases the chained block */
  mk = at_arena_get_mark(&a);
  CHECK(at_arena_alloc(&a, 1 << 20) != NULL && at_arena_capacity(&a) > cap0);
  at_arena_rewind(&a, mk);
  CHECK(at_arena_capacity(&a) == cap0 && a.used_total == at_arena_round(8));
  at_arena_free(&a);
}

static void test_rng(void) {
  at_rng a, b;
  at_rng_seed(&a, 42, 1);
  at_rng_seed(&b, 42, 1);
  int same = 1;
  for (int i = 0; i < 100; i++) same &= at_rng_u32(&a) == at_rng_u32(&b);
  CHECK(same);
  at_rng_seed(&b, 43, 1);
  CHECK(at_rng_u32(&a) != at_rng_u32(&b));
  double sum = 0, sq = 0;
  int inrange = 1;
  for (int i = 0; i < 100000; i++) {
    float u = at_rng_uniform(&a);
    inrange &= u >= 0.0f && u < 1.0f;
    float n = at_rng_normal(&a);
    sum += n;
    sq += (double)n * n;
  }
  CHECK(inrange);
  CHECK_NEAR(sum / 100000, 0.0, 0.02);
  CHECK_NEAR(sq / 100000, 1.0, 0.03);
  int below_ok = 1;
  for (int i = 0; i < 1000; i++) below_ok &= at_rng_below(&a, 7) < 7;
  CHECK(below_ok);
}

static void test_gemm(void) {
  at_rng r;
  at_rng_seed(&r, 1, 0);
  enum { M = 13, N = 17, K = 9 };
  for (int ta = 0; ta < 2; ta++)
    for (int tb = 0; tb < 2; tb++) {
      float A[M * K], B[K * N], C1[M * N], C2[M * N];
      for (int i = 0; i < M * K; i++) A[i] = at_rng_normal(&r);
      for (int i = 0; i < K * N; i++) B[i] = at_rng_normal(&r);
      for (int i = 0; i < M * N; i++) C1[i] = C2[i] = at_rng_normal(&r);
      int lda = ta ? M : K, ldb = tb ? K : N;
      at_gemm(ta, tb, M, N, K, 0.5f, A, lda, B, ldb, 0.25f, C1, N);
      at_gemm_ref(ta, tb, M, N, K, 0.5f, A, lda, B, ldb, 0.25f, C2, N);
      double maxdiff = 0;
      for (int i = 0; i < M * N; i++) maxdiff = fmax(maxdiff, fabs(C1[i] - C2[i]));
      CHECK_MSG(maxdiff < 1e-4, "trans %d %d: max diff %g", ta, tb, maxdiff);
    }
}

static void test_utf8(void) {
  size_t off = 0;
  CHECK(at_utf8_valid("", 0, &off));
  CHECK(at_utf8_valid("plain ascii", 11, &off));
  const char *es = "El año de la niñez: ¿qué?";
  CHECK(at_utf8_valid(es, strlen(es), &off));
  CHECK(at_utf8_valid("\xF0\x9F\x98\x80", 4, &off)); /* U+1F600 */
  CHECK(!at_utf8_valid("ab\xFF" "cd", 5, &off) && off == 2);
  CHECK(!at_utf8_valid("ab\xC3", 3, &off) && off == 2);          /* truncated */
  CHECK(!at_utf8_valid("\xC0\xAF", 2, &off) && off == 0);       /* overlong '/' */
  CHECK(!at_utf8_valid("x\xED\xA0\x80", 4, &off) && off == 1); /* surrogate */
  CHECK(!at_utf8_valid("\xF4\x90\x80\x80", 4, &off));         /* > U+10FFFF */
}

static void test_parse(void) {
  static const char *const names[] = {"rnn", "gru", "lstm", NULL};
  int v = -7;
  CHECK(at_parse_int("42", &v) && v == 42);
  CHECK(at_parse_int("-3", &v) && v == -3);
  v = 5;
  CHECK(!at_parse_int("4x", &v) && !at_parse_int("", &v) && !at_parse_int("99999999999", &v) && v == 5);
  CHECK(at_parse_bool("yes", &v) && v == 1);
  CHECK(at_parse_bool("off", &v) && v == 0);
  CHECK(!at_parse_bool("maybe", &v));
  CHECK(at_parse_enum("lstm", names, &v) && v == 2);
  CHECK(!at_parse_enum("LSTM", names, &v));
}

/* An error raised on an OpenMP worker thread, the way decoder/translate.c
 * and train/greedy.c run their loops: messages are thread-local, so the
 * caller must get the worker's message through an at_error_slot (issue 13,
 * item 3: "translating: invalid argument" with the cause lost). Thread 0
 * (the caller) leaves a message of its own that must be replaced. */
static void test_error_slot(void) {
  at_fail(AT_ERR_IO, "stale message of the calling thread");
  at_error_slot err = {0};
  CHECK(at_error_restore(&err) == AT_OK);
  CHECK(!strcmp(at_last_error(), "stale message of the calling thread"));
  int workers = 0;
#ifdef _OPENMP
#pragma omp parallel num_threads(2)
  {
#pragma omp single
    workers = omp_get_num_threads();
#pragma omp for schedule(static, 1)
    for (int k = 0; k < 2; k++) {
      at_status s = AT_OK;
      if (omp_get_thread_num() == 1) s = at_fail(AT_ERR_TOKENIZER, "piece id %d out of range (%d pieces)", 503, 500);
      if (s) at_error_capture(&err, at_fail_context(s, "batch %d", k));
    }
  }
#endif
  if (workers < 2) { /* no OpenMP (or one thread): the same on this thread */
    at_error_capture(&err, at_fail_context(at_fail(AT_ERR_TOKENIZER, "piece id %d out of range (%d pieces)", 503, 500),
                                           "batch %d", 1));
    at_fail(AT_ERR_IO, "stale message of the calling thread");
  }
  at_status st = at_error_restore(&err);
  CHECK(st == AT_ERR_TOKENIZER);
  CHECK_MSG(!strcmp(at_last_error(), "batch 1: piece id 503 out of range (500 pieces)"), "got \"%s\"", at_last_error());
  /* only the first error is kept */
  CHECK(at_error_capture(&err, at_fail(AT_ERR_IO, "second")) == AT_ERR_IO);
  CHECK(at_error_restore(&err) == AT_ERR_TOKENIZER);
  CHECK(!strcmp(at_last_error(), "batch 1: piece id 503 out of range (500 pieces)"));
  /* a long message is cut, not overrun */
  at_error_slot big = {0};
  char longmsg[3000];
  memset(longmsg, 'x', sizeof longmsg - 1);
  longmsg[sizeof longmsg - 1] = '\0';
  at_error_capture(&big, at_fail(AT_ERR_FORMAT, "%s", longmsg));
  at_fail(AT_ERR_IO, "other");
  CHECK(at_error_restore(&big) == AT_ERR_FORMAT);
  CHECK(strlen(at_last_error()) == sizeof big.msg - 1 && at_last_error()[0] == 'x');
}

/* The CPUs' busy share over 50 ms: a fraction, and not -1 where /proc/stat exists. */
static void test_cpu_busy(void) {
  double f = at_cpu_busy_fraction(50);
  CHECK_MSG(f == -1.0 || (f >= 0.0 && f <= 1.0), "busy fraction %g", f);
  FILE *st = fopen("/proc/stat", "r");
  if (st) {
    fclose(st);
    CHECK_MSG(f >= 0.0, "/proc/stat exists but the busy fraction is %g", f);
  }
}

int main(void) {
  test_cpu_busy();
  test_parse();
  test_utf8();
  test_status();
  test_error_slot();
  test_arena();
  test_rng();
  test_gemm();
  CHECK_DONE();
}
