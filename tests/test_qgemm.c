/* core/qgemm.h: quantisation on known values, at_qgemm against an exact
 * integer reference for many shapes (M = 1, odd K, N not a multiple of 16,
 * column slices, row subsets, beta 0 and 1), every ISA of this processor
 * bitwise equal, the error against fp32 within the quantisation bound, and
 * 1 vs 2 threads bitwise equal. */
#include <math.h>
#include <stdint.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#include "check.h"
#include "core/core.h"
#include "core/qgemm.h"

static const char *const isas[] = {"scalar", "avx2", "avx512vnni"};

/* A small LCG: the test does not depend on core's RNG. */
static uint32_t rng_state = 12345u;
static float rnd(void) {
  rng_state = rng_state * 1664525u + 1013904223u;
  return (float)((rng_state >> 8) & 0xffffff) / 8388608.0f - 1.0f; /* [-1, 1) */
}

static void test_quantize_known(void) {
  /* max 254 -> scale 2: 63.5 and 0.5 tie to even, -1.5 to -2, 2.5 to 2 */
  const float W[3][6] = {{254, 127, 1, -3, 5, -254}, {0, 0, 0, 0, 0, 0}, {-1e-3f, 5e-4f, 0, 0, 0, 2.5e-4f}};
  const int8_t want0[6] = {127, 64, 0, -2, 2, -127};
  int8_t q[18];
  float s[3];
  memset(q, 99, sizeof q);
  at_quantize_rows(&W[0][0], 3, 6, q, s);
  CHECK(s[0] == 2.0f);
  CHECK(!memcmp(q, want0, 6));
  CHECK(s[1] == 0.0f);
  for (int k = 0; k < 6; k++) CHECK(q[6 + k] == 0);
  CHECK(s[2] == 1e-3f / 127.0f);
  CHECK(q[12] == -127 && (q[13] == 63 || q[13] == 64) && q[14] == 0 && q[17] == 32); /* ~63.5, 31.75 */
  /* random rows: |q| <= 127, the largest |w| maps to +-127, |w - s q| <= s / 2 */
  enum { R = 50, K = 77 };
  static float Wr[R * K];
  static int8_t qr[R * K];
  float sr[R];
  for (int i = 0; i < R * K; i++) Wr[i] = rnd() * (float)(1 + i % 7) * 10.0f;
  at_quantize_rows(Wr, R, K, qr, sr);
  int bad = 0, hit = 0;
  for (int r = 0; r < R; r++) {
    float m = 0;
    for (int k = 0; k < K; k++) m = fmaxf(m, fabsf(Wr[r * K + k]));
    bad += sr[r] != m / 127.0f;
    for (int k = 0; k < K; k++) {
      int v = qr[r * K + k];
      bad += v < -127 || v > 127;
      bad += fabs((double)Wr[r * K + k] - (double)sr[r] * v) > sr[r] * 0.5 * (1 + 1e-5);
      hit += fabsf(Wr[r * K + k]) == m && abs(v) == 127;
    }
  }
  CHECK_MSG(bad == 0, "%d bad quantised values", bad);
  CHECK(hit >= R);
}

/* at_quantize_rows gives the same bytes and scales with every ISA (its
 * vector paths), for every length 1..80 and 513 (vector tails), ties included. */
static void test_quantize_isas(void) {
  enum { LEN = 513 };
  static float x[LEN];
  for (int k = 0; k < LEN; k++) x[k] = k % 5 == 0 ? (float)(k % 254) - 127.0f : rnd() * 4.0f; /* integers: ties */
  x[100] = 127.0f;
  int8_t q0[LEN], q[LEN];
  for (int n = 1; n <= LEN; n = n < 80 ? n + 1 : LEN) {
    float s0, s;
    CHECK(at__qgemm_force_isa("scalar") == 0);
    at_quantize_rows(x + (n < 80 ? 81 - n : 0), 1, n, q0, &s0);
    for (int i = 1; i < 3; i++) {
      if (!at__qgemm_isa_available(isas[i])) continue;
      at__qgemm_force_isa(isas[i]);
      at_quantize_rows(x + (n < 80 ? 81 - n : 0), 1, n, q, &s);
      CHECK_MSG(s == s0 && !memcmp(q, q0, (size_t)n), "%s: quantize_rows differs from scalar at length %d", isas[i],
                n);
    }
    if (n == LEN) break;
  }
}

static void test_pack_args(void) {
  int8_t q[8] = {0};
  float s[2] = {1, 1};
  at_qpacked p;
  int bad_id = -1;
  CHECK_STATUS(at_qpack(q, s, 4, NULL, 2, 1, 4, &p), AT_ERR_INVALID_ARG); /* k0 + K > ld */
  CHECK_STATUS(at_qpack(q, s, 4, NULL, 0, 0, 4, &p), AT_ERR_INVALID_ARG);
  CHECK_STATUS(at_qpack(q, s, 4, NULL, 2, 0, 0, &p), AT_ERR_INVALID_ARG);
  CHECK_STATUS(at_qpack(q, s, 4, &bad_id, 1, 0, 4, &p), AT_ERR_INVALID_ARG);
  CHECK(p.data == NULL);
  at_qpacked_free(&p);
  at_qpacked_free(NULL);
  CHECK_OK(at_qpack(q, s, 4, NULL, 2, 1, 3, &p));
  CHECK(p.N == 2 && p.K == 3 && p.Np == 16 && p.Kp == 4 && ((uintptr_t)p.data % 64) == 0);
  CHECK(p.scale[1] == 1.0f && p.scale[2] == 0.0f);
  at_qpacked_free(&p);
}

/* One product's inputs: W (Nfull, Kfull) quantised, rows ids (or 0..N-1),
 * columns [k0, k0 + K); A (M, lda) whose columns [0, K) multiply. */
typedef struct shape {
  int M, N, K, k0, use_ids, beta;
} shape;

typedef struct problem {
  shape sh;
  int Nfull, Kfull, lda, ldc;
  float *Wf, *A, *C0; /* (Nfull, Kfull), (M, lda), (M, ldc) initial C */
  int8_t *Wq;
  float *Ws;
  int *ids;
  at_qpacked P;
} problem;

static int problem_make(problem *p, shape sh) {
  memset(p, 0, sizeof *p);
  p->sh = sh;
  p->Nfull = sh.use_ids ? 2 * sh.N + 3 : sh.N;
  p->Kfull = sh.k0 + sh.K + (sh.k0 ? 2 : 0);
  p->lda = sh.K + 3, p->ldc = sh.N + 5;
  p->Wf = malloc(sizeof(float) * p->Nfull * p->Kfull);
  p->Wq = malloc((size_t)p->Nfull * p->Kfull);
  p->Ws = malloc(sizeof(float) * p->Nfull);
  p->A = malloc(sizeof(float) * sh.M * p->lda);
  p->C0 = malloc(sizeof(float) * sh.M * p->ldc);
  p->ids = malloc(sizeof(int) * sh.N);
  for (int i = 0; i < p->Nfull * p->Kfull; i++) p->Wf[i] = rnd();
  if (p->Nfull > 1) /* an all-zero row: scale 0 */
    for (int k = 0; k < p->Kfull; k++) p->Wf[k] = 0.0f;
  for (int i = 0; i < sh.M * p->lda; i++) p->A[i] = rnd() * 3.0f;
  if (sh.M > 2) /* an all-zero row of A */
    for (int k = 0; k < p->lda; k++) p->A[p->lda + k] = 0.0f;
  for (int i = 0; i < sh.M * p->ldc; i++) p->C0[i] = rnd();
  for (int j = 0; j < sh.N; j++) p->ids[j] = (p->Nfull - 1 - 2 * j + p->Nfull) % p->Nfull;
  at_quantize_rows(p->Wf, p->Nfull, p->Kfull, p->Wq, p->Ws);
  return at_qpack(p->Wq, p->Ws, p->Kfull, sh.use_ids ? p->ids : NULL, sh.N, sh.k0, sh.K, &p->P) == AT_OK;
}

static void problem_free(problem *p) {
  free(p->Wf), free(p->Wq), free(p->Ws), free(p->A), free(p->C0), free(p->ids);
  at_qpacked_free(&p->P);
}

static int problem_row(const problem *p, int j) { return p->sh.use_ids ? p->ids[j] : j; }

/* C = the product with the current ISA, from C0 (beta 1) or garbage (beta 0). */
static void problem_run(const problem *p, float *C, int own_scratch) {
  const shape *sh = &p->sh;
  for (int i = 0; i < sh->M * p->ldc; i++) C[i] = sh->beta ? p->C0[i] : NAN;
  void *scratch = own_scratch ? at_aligned_alloc(64, at_qgemm_scratch_bytes(sh->M, sh->K)) : NULL;
  at_qgemm(sh->M, p->A, p->lda, &p->P, (float)sh->beta, C, p->ldc, scratch);
  at_free(scratch);
}

/* Exact reference: the test's own quantisation of A, int64 dot products and
 * the header's dequantisation expression (bitwise), plus the fp32 bound. */
static void problem_check(const problem *p, const float *C, const char *isa) {
  const shape *sh = &p->sh;
  int K = sh->K, exact_bad = 0, ref_bad = 0, bound_bad = 0, pad_bad = 0;
  int8_t *qa = malloc((size_t)K);
  float *arow = malloc(sizeof(float) * K);
  for (int i = 0; i < sh->M; i++) {
    memcpy(arow, p->A + (size_t)i * p->lda, sizeof(float) * K);
    float sa;
    at_quantize_rows(arow, 1, K, qa, &sa);
    for (int j = 0; j < sh->N; j++) {
      const int8_t *wq = p->Wq + (size_t)problem_row(p, j) * p->Kfull + sh->k0;
      const float *wf = p->Wf + (size_t)problem_row(p, j) * p->Kfull + sh->k0;
      float sw = p->Ws[problem_row(p, j)];
      int64_t acc = 0;
      double exact = 0, sum_aw = 0, sum_w = 0, sum_a = 0;
      for (int k = 0; k < K; k++) {
        acc += (int64_t)qa[k] * wq[k];
        exact += (double)arow[k] * wf[k];
        sum_w += fabs(wf[k]), sum_a += fabs(arow[k]);
        sum_aw += fabs((double)arow[k] * wf[k]);
      }
      float c0 = p->C0[(size_t)i * p->ldc + j], got = C[(size_t)i * p->ldc + j];
      float s = sa * sw;
      float v = s * (float)acc;
      float want = sh->beta ? c0 + v : v;
      exact_bad += memcmp(&got, &want, sizeof got) != 0;
      double ref = (double)sa * sw * (double)acc + (sh->beta ? c0 : 0.0);
      ref_bad += !(fabs(got - ref) <= 1e-6 * (fabs(ref) + fabs(c0)) + 1e-30);
      /* |a.w - (sa qa).(sw qw)| <= sa/2 sum|w| + sw/2 (sum|a| + K sa/2), plus rounding */
      double bound = sa * 0.5 * sum_w + sw * 0.5 * (sum_a + K * sa * 0.5);
      double full = exact + (sh->beta ? c0 : 0.0);
      bound_bad += !(fabs(got - full) <= bound * (1 + 1e-4) + 1e-6 * (sum_aw + fabs(c0)) + 1e-30);
    }
    for (int j = sh->N; j < p->ldc; j++) { /* beyond N: untouched */
      float want = sh->beta ? p->C0[(size_t)i * p->ldc + j] : NAN, got = C[(size_t)i * p->ldc + j];
      pad_bad += memcmp(&got, &want, sizeof got) != 0;
    }
  }
  CHECK_MSG(!exact_bad && !ref_bad && !bound_bad && !pad_bad,
            "%s M %d N %d K %d k0 %d ids %d beta %d: %d not the exact value, %d off the reference, %d beyond the "
            "quantisation bound, %d padding overwritten",
            isa, sh->M, sh->N, sh->K, sh->k0, sh->use_ids, sh->beta, exact_bad, ref_bad, bound_bad, pad_bad);
  free(qa), free(arow);
}

static const shape shapes[] = {
    {1, 1, 1, 0, 0, 0},      {1, 16, 4, 0, 0, 1},    {1, 17, 3, 0, 0, 0},    {2, 15, 5, 0, 0, 1},
    {3, 33, 513, 0, 0, 0},   {5, 100, 512, 0, 1, 1}, {7, 31, 64, 3, 0, 0},   {8, 32, 16, 1, 1, 1},
    {9, 48, 1, 5, 1, 0},     {4, 7, 13, 2, 0, 1},    {13, 50, 37, 0, 1, 0},  {17, 64, 96, 0, 0, 1},
    {64, 40, 20, 7, 0, 0},   {65, 47, 33, 0, 1, 1},  {130, 300, 513, 0, 0, 1}, {70, 513, 128, 4, 1, 0},
    {1, 8000, 64, 0, 0, 0},  {640, 20, 24, 0, 0, 1},
};
enum { NSHAPES = sizeof shapes / sizeof shapes[0] };

/* (2) and (3): each ISA against the exact reference and bitwise against scalar. */
static void test_products(void) {
  char checked[64] = "";
  for (int s = 0; s < NSHAPES; s++) {
    problem p;
    CHECK(problem_make(&p, shapes[s]));
    size_t n = (size_t)p.sh.M * p.ldc;
    float *C = malloc(sizeof(float) * n), *C_scalar = malloc(sizeof(float) * n);
    for (int i = 0; i < 3; i++) {
      if (!at__qgemm_isa_available(isas[i])) continue;
      CHECK(at__qgemm_force_isa(isas[i]) == 0);
      CHECK(!strcmp(at_qgemm_isa(), isas[i]));
      problem_run(&p, C, s % 2);
      problem_check(&p, C, isas[i]);
      if (i == 0) memcpy(C_scalar, C, sizeof(float) * n);
      else CHECK_MSG(!memcmp(C, C_scalar, sizeof(float) * n), "%s differs from scalar, shape %d", isas[i], s);
      if (s == 0) strcat(strcat(checked, " "), isas[i]);
    }
    free(C), free(C_scalar);
    problem_free(&p);
  }
  fprintf(stderr, "ISAs checked (bitwise equal, exact):%s\n", checked);
  CHECK(at__qgemm_force_isa("no-such-isa") == -1);
}

/* (5) one thread and two give the same bits (a shape large enough to split). */
static void test_threads(void) {
  shape sh = {130, 700, 512, 0, 1, 1};
  problem p;
  CHECK(problem_make(&p, sh));
  size_t n = (size_t)sh.M * p.ldc;
  float *C1 = malloc(sizeof(float) * n), *C2 = malloc(sizeof(float) * n);
  for (int i = 0; i < 3; i++) {
    if (!at__qgemm_isa_available(isas[i])) continue;
    at__qgemm_force_isa(isas[i]);
#ifdef _OPENMP
    omp_set_num_threads(1);
#endif
    problem_run(&p, C1, 0);
#ifdef _OPENMP
    omp_set_num_threads(2);
#endif
    problem_run(&p, C2, 1);
    CHECK_MSG(!memcmp(C1, C2, sizeof(float) * n), "%s: 1 and 2 threads differ", isas[i]);
  }
  free(C1), free(C2);
  problem_free(&p);
}

int main(void) {
  fprintf(stderr, "at_qgemm_isa() = %s\n", at_qgemm_isa());
  test_quantize_known();
  test_quantize_isas();
  test_pack_args();
  test_products();
  test_threads();
  CHECK_DONE();
}
