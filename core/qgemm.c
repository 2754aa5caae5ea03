/* int8 matrix products for decoding (core/qgemm.h).
 *
 * Packed layout: the Np rows of W (output columns of C) in panels of 16; a
 * panel stores, for each group of 4 columns of K, the 4 bytes of each of its
 * 16 rows one after another: 64 bytes = one zmm (16 lanes of 4 k) or two ymm,
 * so the kernels load weights straight into the multiplier with no shuffle.
 * Padding (rows N..Np, columns K..Kp) is zero, hence contributes nothing.
 *
 * Every kernel computes the same exact int32 accumulators and dequantises
 * them with the same float expression (at__qdeq), so C is bitwise the same
 * whatever the processor:
 *   scalar  int8 x int8 in int32, portable C;
 *   AVX2    vpmaddubsw(|a|, sign(a) w): |a|, |w| <= 127 so a pair is at
 *           most 2 * 127 * 127 = 32258 and never saturates; vpmaddwd with
 *           ones widens the pairs into int32;
 *   VNNI    vpdpbusd on u = a + 128 (u8) and w (s8): sum u w = acc + 128 sum w,
 *           so acc = sum u w - 128 wsum with the packed rows' wsum.
 *
 * Work is split over tasks (a block of 32 output columns x a chunk of rows);
 * each element of C is computed by one task from the whole K range, so the
 * result does not depend on the thread count or the schedule. */
#include "core/qgemm.h"

#include <math.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "core/omp.h"

#if defined(__x86_64__)
#include <immintrin.h>
#define AT__QGEMM_X86 1
#define AT__TARGET_AVX2 __attribute__((target("avx2")))
#define AT__TARGET_VNNI __attribute__((target("avx512f,avx512bw,avx512vnni")))
#endif

#define AT__PANEL 16                /* output columns per panel */
#define AT__BLOCK_PANELS 2          /* panels per task (one column block) */
#define AT__ROW_CHUNK 64            /* rows of A per task */
#define AT__PAR_MACS (1L << 20)     /* multiply-adds below which one thread is faster */

enum { AT__ISA_SCALAR, AT__ISA_AVX2, AT__ISA_VNNI };
static const char *const at__isa_names[] = {"scalar", "avx2", "avx512vnni"};

static size_t at__round_up(size_t n, size_t m) { return (n + m - 1) / m * m; }
static int at__kp(int K) { return (int)at__round_up((size_t)K, 4); }

/* ---- quantisation ---------------------------------------------------------- */

/* Round to nearest, ties to even, for |t| < 2^22: adding 1.5 * 2^23 pushes
 * the fraction out of the mantissa. Plain float arithmetic (no rintf call)
 * so that the loop vectorises on baseline x86-64 (SSE2 has no round). */
static inline float at__rint_small(float t) { return (t + 12582912.0f) - 12582912.0f; }

/* One value: x / scale rounded and clamped to [-127, 127] (NaN -> 127: the
 * comparisons send it to the bound, so the cast is always defined). The
 * vector quantisers below do these same operations lane by lane, hence give
 * the same bytes. */
static inline int at__q1(float x, float scale) {
  float t = at__rint_small(x / scale);
  t = t < 127.0f ? t : 127.0f;
  t = t > -127.0f ? t : -127.0f;
  return (int)t;
}

/* q[0..n) = x quantised, plus `flip` (0, or 128 to store a + 128 as u8 for
 * VNNI); returns scale = max|x| / 127 (0, and q = flip, for a zero row). */
static float at__quantize_row(const float *x, int n, uint8_t *q, int flip) {
  float m = 0.0f; /* no `omp simd`: clang cannot vectorise a float max without -ffinite-math */
  for (int k = 0; k < n; k++) {
    float v = fabsf(x[k]);
    m = v > m ? v : m;
  }
  if (m == 0.0f) {
    memset(q, flip, (size_t)n);
    return 0.0f;
  }
  float scale = m / 127.0f;
  for (int k = 0; k < n; k++) q[k] = (uint8_t)(at__q1(x[k], scale) + flip);
  return scale;
}

/* ---- ISA choice ------------------------------------------------------------- */

static atomic_int at__isa = -1; /* the cached choice; -1 before the first use */

static int at__isa_cpu(void) {
#ifdef AT__QGEMM_X86
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
      __builtin_cpu_supports("avx512vnni"))
    return AT__ISA_VNNI;
  if (__builtin_cpu_supports("avx2")) return AT__ISA_AVX2;
#endif
  return AT__ISA_SCALAR;
}

static int at__isa_by_name(const char *name) {
  for (int i = 0; i < 3; i++)
    if (name && !strcmp(name, at__isa_names[i])) return i;
  return -1;
}

/* Computed once; threads racing on the first call compute the same value. */
static int at__isa_level(void) {
  int isa = atomic_load_explicit(&at__isa, memory_order_acquire);
  if (isa >= 0) return isa;
  isa = at__isa_cpu();
  int want = at__isa_by_name(getenv("ATTEND_ISA"));
  if (want >= 0 && want < isa) isa = want;
  atomic_store_explicit(&at__isa, isa, memory_order_release);
  return isa;
}

const char *at_qgemm_isa(void) { return at__isa_names[at__isa_level()]; }

int at__qgemm_force_isa(const char *name) {
  int want = at__isa_by_name(name);
  if (want < 0 || want > at__isa_cpu()) return -1;
  atomic_store_explicit(&at__isa, want, memory_order_release);
  return 0;
}

int at__qgemm_isa_available(const char *name) {
  int want = at__isa_by_name(name);
  return want >= 0 && want <= at__isa_cpu();
}

/* ---- packing ------------------------------------------------------------------ */

void at_qpacked_free(at_qpacked *p) {
  if (!p) return;
  at_free(p->data);
  at_free(p->scale);
  at_free(p->wsum);
  memset(p, 0, sizeof *p);
}

/* Byte offset of element (row n, column k) of the packed matrix. */
static size_t at__pack_offset(int Kp, int n, int k) {
  return (size_t)(n / AT__PANEL) * Kp * AT__PANEL + (size_t)(k / 4) * (4 * AT__PANEL) + (n % AT__PANEL) * 4 +
         k % 4;
}

at_status at_qpack(const int8_t *q, const float *scale, int ld, const int *ids, int N, int k0, int K,
                   at_qpacked *out) {
  memset(out, 0, sizeof *out);
  if (!q || !scale || N < 1 || K < 1 || k0 < 0 || ld < k0 + K)
    return at_fail(AT_ERR_INVALID_ARG, "at_qpack: N %d, k0 %d, K %d, ld %d (need N, K >= 1, k0 >= 0, ld >= k0 + K)",
                   N, k0, K, ld);
  for (int n = 0; ids && n < N; n++)
    if (ids[n] < 0) return at_fail(AT_ERR_INVALID_ARG, "at_qpack: ids[%d] = %d", n, ids[n]);
  int Np = (int)at__round_up((size_t)N, AT__PANEL), Kp = at__kp(K);
  out->data = at_aligned_alloc(64, (size_t)Np * Kp); /* Kp * 16: a multiple of 64 */
  out->scale = at_aligned_alloc(64, at__round_up((size_t)Np * sizeof(float), 64));
  out->wsum = at_aligned_alloc(64, at__round_up((size_t)Np * sizeof(int32_t), 64));
  if (!out->data || !out->scale || !out->wsum) {
    at_qpacked_free(out);
    return at_fail(AT_ERR_NOMEM, "at_qpack: %d x %d int8", Np, Kp);
  }
  out->N = N, out->K = K, out->Np = Np, out->Kp = Kp;
  memset(out->data, 0, (size_t)Np * Kp);
  for (int n = 0; n < Np; n++) {
    int32_t sum = 0;
    if (n < N) {
      size_t row = (size_t)(ids ? ids[n] : n);
      const int8_t *src = q + row * ld + k0;
      for (int k = 0; k < K; k++) {
        out->data[at__pack_offset(Kp, n, k)] = src[k];
        sum += src[k];
      }
      out->scale[n] = scale[row];
    } else {
      out->scale[n] = 0.0f;
    }
    out->wsum[n] = sum;
  }
  return AT_OK;
}

/* ---- the shared dequantisation ------------------------------------------------ */

/* One element of C from its exact accumulator: every kernel's vector code
 * performs these same three roundings in this order (no FMA contraction:
 * separate statements, and -std=c11 turns GCC's contraction off). */
static inline float at__qdeq(float sa, float sw, int32_t acc, float beta, float c) {
  float s = sa * sw;
  float v = s * (float)acc;
  if (beta == 0.0f) return v;
  float r = c + v;
  return r;
}

/* C row segment (ncols <= 16) from a panel's accumulators. */
static void at__qdeq_row(float sa, const float *sw, const int32_t *acc, int ncols, float beta, float *c) {
  for (int j = 0; j < ncols; j++) c[j] = at__qdeq(sa, sw[j], acc[j], beta, c[j]);
}

/* Arguments of one task's kernel: rows [0, mr) of the quantised A (row
 * stride Kp) against panels [p0, p0 + np) of W. */
typedef struct at__qtask {
  const uint8_t *a;   /* (mr, Kp) quantised rows (int8, or a + 128 for VNNI) */
  const float *sa;    /* (mr) their scales */
  const at_qpacked *W;
  int p0, np;         /* first panel, panels (1 or 2) */
  float beta;
  float *c;           /* C at (row 0, column 16 p0) */
  int ldc;
} at__qtask;

static int at__cols_in_panel(const at_qpacked *W, int p) {
  int n = W->N - p * AT__PANEL;
  return n < AT__PANEL ? n : AT__PANEL;
}

/* ---- scalar kernel ------------------------------------------------------------- */

static void at__qkernel_scalar(const at__qtask *t, int mr) {
  const at_qpacked *W = t->W;
  int Kp = W->Kp, kg = Kp / 4;
  for (int p = t->p0; p < t->p0 + t->np; p++) {
    const int8_t *wp = W->data + (size_t)p * Kp * AT__PANEL;
    for (int r = 0; r < mr; r++) {
      const int8_t *a = (const int8_t *)t->a + (size_t)r * Kp;
      int32_t acc[AT__PANEL] = {0};
      for (int g = 0; g < kg; g++)
        for (int j = 0; j < AT__PANEL; j++)
          for (int u = 0; u < 4; u++) acc[j] += (int32_t)a[4 * g + u] * wp[(size_t)g * 64 + 4 * j + u];
      at__qdeq_row(t->sa[r], W->scale + p * AT__PANEL, acc, at__cols_in_panel(W, p), t->beta,
                   t->c + (size_t)r * t->ldc + (p - t->p0) * AT__PANEL);
    }
  }
}

/* ---- AVX2 kernel ----------------------------------------------------------------- */
#ifdef AT__QGEMM_X86

#define AT__AVX2_MR 4 /* rows per micro-kernel: 8 accumulators + 7 temporaries of 16 ymm */

static inline int32_t at__load4(const uint8_t *p) {
  int32_t v;
  memcpy(&v, p, 4);
  return v;
}

/* Dequantises 16 columns of one row (8 + 8 int32 in two ymm). */
AT__TARGET_AVX2 static inline void at__qdeq_avx2(float sa, const float *sw, __m256i acc0, __m256i acc1, int ncols,
                                                 float beta, float *c) {
  if (ncols < AT__PANEL) { /* the last panel: the scalar expression, same bits */
    int32_t tmp[AT__PANEL];
    _mm256_storeu_si256((__m256i *)tmp, acc0);
    _mm256_storeu_si256((__m256i *)(tmp + 8), acc1);
    at__qdeq_row(sa, sw, tmp, ncols, beta, c);
    return;
  }
  __m256 vsa = _mm256_set1_ps(sa);
  __m256 v0 = _mm256_mul_ps(_mm256_mul_ps(vsa, _mm256_loadu_ps(sw)), _mm256_cvtepi32_ps(acc0));
  __m256 v1 = _mm256_mul_ps(_mm256_mul_ps(vsa, _mm256_loadu_ps(sw + 8)), _mm256_cvtepi32_ps(acc1));
  if (beta != 0.0f) {
    v0 = _mm256_add_ps(_mm256_loadu_ps(c), v0);
    v1 = _mm256_add_ps(_mm256_loadu_ps(c + 8), v1);
  }
  _mm256_storeu_ps(c, v0);
  _mm256_storeu_ps(c + 8, v1);
}

/* mr (constant after inlining) rows x one panel. */
AT__TARGET_AVX2 static inline __attribute__((always_inline)) void at__qtile_avx2(const at__qtask *t, int p, int mr) {
  const at_qpacked *W = t->W;
  int Kp = W->Kp, kg = Kp / 4;
  const int8_t *wp = W->data + (size_t)p * Kp * AT__PANEL;
  const __m256i ones = _mm256_set1_epi16(1);
  __m256i acc[AT__AVX2_MR][2];
#pragma GCC unroll 4
  for (int r = 0; r < mr; r++) acc[r][0] = acc[r][1] = _mm256_setzero_si256();
  for (int g = 0; g < kg; g++) {
    __m256i w0 = _mm256_load_si256((const __m256i *)(wp + (size_t)g * 64));
    __m256i w1 = _mm256_load_si256((const __m256i *)(wp + (size_t)g * 64 + 32));
#pragma GCC unroll 4
    for (int r = 0; r < mr; r++) {
      __m256i av = _mm256_set1_epi32(at__load4(t->a + (size_t)r * Kp + 4 * g));
      __m256i aa = _mm256_abs_epi8(av);
      __m256i p0 = _mm256_maddubs_epi16(aa, _mm256_sign_epi8(w0, av));
      __m256i p1 = _mm256_maddubs_epi16(aa, _mm256_sign_epi8(w1, av));
      acc[r][0] = _mm256_add_epi32(acc[r][0], _mm256_madd_epi16(p0, ones));
      acc[r][1] = _mm256_add_epi32(acc[r][1], _mm256_madd_epi16(p1, ones));
    }
  }
  int ncols = at__cols_in_panel(W, p);
#pragma GCC unroll 4
  for (int r = 0; r < mr; r++)
    at__qdeq_avx2(t->sa[r], W->scale + p * AT__PANEL, acc[r][0], acc[r][1], ncols, t->beta,
                  t->c + (size_t)r * t->ldc + (p - t->p0) * AT__PANEL);
}

AT__TARGET_AVX2 static void at__qkernel_avx2(const at__qtask *t, int mr) {
  for (int p = t->p0; p < t->p0 + t->np; p++) {
    switch (mr) {
      case 1: at__qtile_avx2(t, p, 1); break;
      case 2: at__qtile_avx2(t, p, 2); break;
      case 3: at__qtile_avx2(t, p, 3); break;
      default: at__qtile_avx2(t, p, 4); break;
    }
  }
}

/* ---- AVX-512 VNNI kernel ---------------------------------------------------------- */

#define AT__VNNI_MR 8 /* rows per micro-kernel: 8 x 2 panels = 16 accumulators of 32 zmm */

/* acc += u8 x s8 dot products of 4. GCC 12 compiles the intrinsic in the
 * unrolled tile with a register copy per accumulator per iteration (twice
 * the instructions of the dot products); the same instruction as inline asm
 * does not. */
AT__TARGET_VNNI static inline __m512i at__dpbusd(__m512i acc, __m512i u, __m512i w) {
#if defined(__GNUC__) && !defined(__clang__)
  __asm__("vpdpbusd %2, %1, %0" : "+v"(acc) : "v"(u), "v"(w));
  return acc;
#else
  return _mm512_dpbusd_epi32(acc, u, w);
#endif
}

/* Dequantises one row's 16 columns: acc - 128 wsum, then at__qdeq's roundings. */
AT__TARGET_VNNI static inline void at__qdeq_vnni(float sa, const at_qpacked *W, int p, __m512i acc, float beta,
                                                 float *c) {
  int ncols = at__cols_in_panel(W, p);
  __mmask16 m = (__mmask16)(ncols >= 16 ? 0xffff : (1u << ncols) - 1);
  __m512i wsum = _mm512_load_si512((const void *)(W->wsum + p * AT__PANEL));
  acc = _mm512_sub_epi32(acc, _mm512_slli_epi32(wsum, 7));
  __m512 s = _mm512_mul_ps(_mm512_set1_ps(sa), _mm512_load_ps(W->scale + p * AT__PANEL));
  __m512 v = _mm512_mul_ps(s, _mm512_cvtepi32_ps(acc));
  if (beta != 0.0f) v = _mm512_add_ps(_mm512_maskz_loadu_ps(m, c), v);
  _mm512_mask_storeu_ps(c, m, v);
}

/* mr rows x np panels (both constant after inlining). The accumulators are
 * named variables, not an array: GCC keeps an array of vectors in registers
 * but copies it around every iteration. */
#define AT__VNNI_ROWS(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7)
#define AT__VNNI_DECL(r) __m512i c##r##0 = _mm512_setzero_si512(), c##r##1 = _mm512_setzero_si512();
#define AT__VNNI_STEP(r)                                                   \
  if (r < mr) {                                                            \
    __m512i av = _mm512_set1_epi32(at__load4(a + (size_t)(r) * Kp + 4 * g)); \
    c##r##0 = at__dpbusd(c##r##0, av, w0);                              \
    if (np > 1) c##r##1 = at__dpbusd(c##r##1, av, w1);                  \
  }
#define AT__VNNI_STORE(r)                                                          \
  if (r < mr) {                                                                    \
    float *c = t->c + (size_t)(r) * t->ldc;                                        \
    at__qdeq_vnni(t->sa[r], W, t->p0, c##r##0, t->beta, c);                        \
    if (np > 1) at__qdeq_vnni(t->sa[r], W, t->p0 + 1, c##r##1, t->beta, c + AT__PANEL); \
  }

AT__TARGET_VNNI static inline __attribute__((always_inline)) void at__qtile_vnni(const at__qtask *t, int mr,
                                                                                  int np) {
  const at_qpacked *W = t->W;
  const uint8_t *a = t->a;
  int Kp = W->Kp, kg = Kp / 4;
  const int8_t *w0p = W->data + (size_t)t->p0 * Kp * AT__PANEL, *w1p = w0p + (size_t)Kp * AT__PANEL;
  AT__VNNI_ROWS(AT__VNNI_DECL)
  for (int g = 0; g < kg; g++) {
    __m512i w0 = _mm512_load_si512((const void *)(w0p + (size_t)g * 64));
    __m512i w1 = np > 1 ? _mm512_load_si512((const void *)(w1p + (size_t)g * 64)) : w0;
    AT__VNNI_ROWS(AT__VNNI_STEP)
  }
  AT__VNNI_ROWS(AT__VNNI_STORE)
}

#define AT__VNNI_CASE(MR)                                 \
  case MR:                                                \
    if (t->np > 1) at__qtile_vnni(t, MR, 2);              \
    else at__qtile_vnni(t, MR, 1);                        \
    break;

AT__TARGET_VNNI static void at__qkernel_vnni(const at__qtask *t, int mr) {
  switch (mr) {
    AT__VNNI_CASE(1)
    AT__VNNI_CASE(2)
    AT__VNNI_CASE(3)
    AT__VNNI_CASE(4)
    AT__VNNI_CASE(5)
    AT__VNNI_CASE(6)
    AT__VNNI_CASE(7)
    default: AT__VNNI_CASE(8)
  }
}
/* ---- vector quantisation of rows (same bytes as at__quantize_row) -------------- */

/* At M x K = 640 x 512 the portable loop (SSE2: no vector float->int8 path)
 * costs about as much as the whole product for N = 512. */
AT__TARGET_VNNI static float at__quantize_row_avx512(const float *x, int n, uint8_t *q, int flip) {
  __m512 m = _mm512_setzero_ps();
  int k = 0;
  for (; k + 16 <= n; k += 16) m = _mm512_max_ps(_mm512_abs_ps(_mm512_loadu_ps(x + k)), m);
  __mmask16 tail = (__mmask16)((1u << (n - k)) - 1);
  if (tail) m = _mm512_max_ps(_mm512_abs_ps(_mm512_maskz_loadu_ps(tail, x + k)), m);
  float mx = _mm512_reduce_max_ps(m); /* max is exact: any order gives the same */
  if (mx == 0.0f) {
    memset(q, flip, (size_t)n);
    return 0.0f;
  }
  float scale = mx / 127.0f;
  const __m512 vs = _mm512_set1_ps(scale), magic = _mm512_set1_ps(12582912.0f);
  const __m512 hi = _mm512_set1_ps(127.0f), lo = _mm512_set1_ps(-127.0f);
  const __m512i vflip = _mm512_set1_epi32(flip);
  for (k = 0; k < n; k += 16) {
    __mmask16 mk = (__mmask16)(n - k >= 16 ? 0xffff : (1u << (n - k)) - 1);
    __m512 t = _mm512_div_ps(_mm512_maskz_loadu_ps(mk, x + k), vs);
    t = _mm512_sub_ps(_mm512_add_ps(t, magic), magic);
    t = _mm512_max_ps(_mm512_min_ps(t, hi), lo); /* min(t, b) = t < b ? t : b, as at__q1 */
    __m512i v = _mm512_add_epi32(_mm512_cvtps_epi32(t), vflip);
    _mm512_mask_cvtepi32_storeu_epi8(q + k, mk, v);
  }
  return scale;
}

AT__TARGET_AVX2 static float at__quantize_row_avx2(const float *x, int n, uint8_t *q, int flip) {
  const __m256 sign = _mm256_set1_ps(-0.0f);
  __m256 m = _mm256_setzero_ps();
  int k = 0;
  for (; k + 8 <= n; k += 8) m = _mm256_max_ps(_mm256_andnot_ps(sign, _mm256_loadu_ps(x + k)), m);
  float lanes[8], mx = 0.0f;
  _mm256_storeu_ps(lanes, m);
  for (int j = 0; j < 8; j++) mx = lanes[j] > mx ? lanes[j] : mx;
  for (; k < n; k++) mx = fabsf(x[k]) > mx ? fabsf(x[k]) : mx;
  if (mx == 0.0f) {
    memset(q, flip, (size_t)n);
    return 0.0f;
  }
  float scale = mx / 127.0f;
  const __m256 vs = _mm256_set1_ps(scale), magic = _mm256_set1_ps(12582912.0f);
  const __m256 hi = _mm256_set1_ps(127.0f), lo = _mm256_set1_ps(-127.0f);
  const __m256i order = _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7), vflip = _mm256_set1_epi8((char)flip);
  for (k = 0; k + 32 <= n; k += 32) {
    __m256i v[4];
    for (int j = 0; j < 4; j++) {
      __m256 t = _mm256_div_ps(_mm256_loadu_ps(x + k + 8 * j), vs);
      t = _mm256_sub_ps(_mm256_add_ps(t, magic), magic);
      v[j] = _mm256_cvtps_epi32(_mm256_max_ps(_mm256_min_ps(t, hi), lo));
    }
    /* packs work within 128-bit lanes: bytes come out as 4-groups of v0..v3
     * per lane, put back in order by the dword permutation */
    __m256i b = _mm256_packs_epi16(_mm256_packs_epi32(v[0], v[1]), _mm256_packs_epi32(v[2], v[3]));
    b = _mm256_xor_si256(_mm256_permutevar8x32_epi32(b, order), vflip); /* +128 mod 256 = ^ 0x80 */
    _mm256_storeu_si256((__m256i *)(q + k), b);
  }
  for (; k < n; k++) q[k] = (uint8_t)(at__q1(x[k], scale) + flip);
  return scale;
}
#endif /* AT__QGEMM_X86 */

static float at__quantize_row_isa(int isa, const float *x, int n, uint8_t *q, int flip) {
#ifdef AT__QGEMM_X86
  if (isa == AT__ISA_VNNI) return at__quantize_row_avx512(x, n, q, flip);
  if (isa == AT__ISA_AVX2) return at__quantize_row_avx2(x, n, q, flip);
#endif
  (void)isa;
  return at__quantize_row(x, n, q, flip);
}

void at_quantize_rows(const float *W, int rows, int cols, int8_t *q, float *scale) {
  int isa = at__isa_level();
  for (int r = 0; r < rows; r++)
    scale[r] = at__quantize_row_isa(isa, W + (size_t)r * cols, cols, (uint8_t *)q + (size_t)r * cols, 0);
}

/* ---- the product ------------------------------------------------------------------- */

static int at__kernel_mr(int isa) {
#ifdef AT__QGEMM_X86
  if (isa == AT__ISA_VNNI) return AT__VNNI_MR;
  if (isa == AT__ISA_AVX2) return AT__AVX2_MR;
#endif
  (void)isa;
  return 1;
}

/* Rows [0, rows) of one task, micro-kernel by micro-kernel. */
static void at__qrun_task(int isa, at__qtask t, int rows) {
  int mr_max = at__kernel_mr(isa);
  int Kp = t.W->Kp;
  for (int i = 0; i < rows; i += mr_max) {
    int mr = rows - i < mr_max ? rows - i : mr_max;
    at__qtask s = t;
    s.a = t.a + (size_t)i * Kp, s.sa = t.sa + i, s.c = t.c + (size_t)i * t.ldc;
#ifdef AT__QGEMM_X86
    if (isa == AT__ISA_VNNI) {
      at__qkernel_vnni(&s, mr);
      continue;
    }
    if (isa == AT__ISA_AVX2) {
      at__qkernel_avx2(&s, mr);
      continue;
    }
#endif
    at__qkernel_scalar(&s, mr);
  }
}

size_t at_qgemm_scratch_bytes(int M, int K) {
  if (M < 1) M = 1;
  return at__round_up((size_t)M * at__kp(K), 64) + at__round_up((size_t)M * sizeof(float), 64);
}

/* qa (M, Kp): A's rows quantised (padding 0); for VNNI stored as a + 128. */
static void at__quantize_a(int isa, int M, const float *A, int lda, int K, int Kp, uint8_t *qa, float *sa) {
  AT__OMP(omp parallel for schedule(static) if ((long)M * K >= (1L << 16)))
  for (int i = 0; i < M; i++) {
    uint8_t *q = qa + (size_t)i * Kp;
    int flip = isa == AT__ISA_VNNI ? 128 : 0;
    sa[i] = at__quantize_row_isa(isa, A + (size_t)i * lda, K, q, flip);
    memset(q + K, flip, (size_t)(Kp - K));
  }
}

void at_qgemm(int M, const float *A, int lda, const at_qpacked *W, float beta, float *C, int ldc, void *scratch) {
  AT_ASSERT(beta == 0.0f || beta == 1.0f);
  if (M <= 0) return;
  int isa = at__isa_level(); /* before any parallel region: the first call caches it */
  void *own = NULL;
  if (!scratch) {
    own = scratch = at_aligned_alloc(64, at_qgemm_scratch_bytes(M, W->K));
    AT_ASSERT(own != NULL);
  }
  int Kp = W->Kp;
  uint8_t *qa = scratch;
  float *sa = (float *)((char *)scratch + at__round_up((size_t)M * Kp, 64));
  at__quantize_a(isa, M, A, lda, W->K, Kp, qa, sa);

  int panels = W->Np / AT__PANEL;
  int nblocks = (panels + AT__BLOCK_PANELS - 1) / AT__BLOCK_PANELS;
  int nchunks = (M + AT__ROW_CHUNK - 1) / AT__ROW_CHUNK;
  long ntasks = (long)nblocks * nchunks;
  /* consecutive tasks share a column block: a thread's weights stay in cache */
  AT__OMP(omp parallel for schedule(static) if ((long)M * W->N * W->K >= AT__PAR_MACS && ntasks > 1))
  for (long task = 0; task < ntasks; task++) {
    int b = (int)(task / nchunks), i0 = (int)(task % nchunks) * AT__ROW_CHUNK;
    int rows = M - i0 < AT__ROW_CHUNK ? M - i0 : AT__ROW_CHUNK;
    at__qtask t;
    t.W = W, t.beta = beta, t.ldc = ldc;
    t.p0 = b * AT__BLOCK_PANELS;
    t.np = panels - t.p0 < AT__BLOCK_PANELS ? panels - t.p0 : AT__BLOCK_PANELS;
    t.a = qa + (size_t)i0 * Kp, t.sa = sa + i0;
    t.c = C + (size_t)i0 * ldc + (size_t)t.p0 * AT__PANEL;
    at__qrun_task(isa, t, rows);
  }
  at_free(own);
}
