/* attend core: int8 matrix products for decoding (issue 11, item 6).
 *
 * Weights are quantised per row, symmetrically: row r of W (rows, cols) is
 * stored as int8 q[r][k] in -127..127 with one float scale s[r] = max|W[r]| / 127
 * (0 for an all-zero row), so W[r][k] ~= s[r] * q[r][k].
 *
 * A product C = A W^T (A (M, K) float, W (N, K) int8 rows) quantises each row
 * of A on the fly the same way (int8, per-row scale), multiplies in exact
 * int32 and dequantises: C[i][j] = beta C[i][j] + sa[i] s[j] acc[i][j]. The
 * int32 accumulators are exact, so every kernel (scalar, AVX2, AVX-512 VNNI,
 * chosen at run time from the processor) gives bitwise the same C.
 *
 * A packed matrix holds rows `ids` (or 0..N-1) and columns k0..k0+K-1 of a
 * row-major int8 matrix, rearranged for the kernels; the row scales stay the
 * full rows' scales, so column slices of one stored matrix (e.g. the two
 * halves of [W_c1 W_c2]) are packed separately and multiply their own slice
 * of the input. */
#ifndef ATTEND_CORE_QGEMM_H
#define ATTEND_CORE_QGEMM_H

#include <stdint.h>

#include "core/core.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Quantises each row of W (rows, cols): q (rows, cols) row-major, scale (rows).
 * q = W / scale rounded to nearest (ties to even, as rintf in the default
 * rounding mode) and clamped to [-127, 127]; an all-zero row gets scale 0 and
 * q 0. at_qgemm quantises the rows of A with the same function. */
void at_quantize_rows(const float *W, int rows, int cols, int8_t *q, float *scale);

typedef struct at_qpacked {
  int N, K;          /* output columns (packed rows of W) and inner size */
  int Np, Kp;        /* N and K rounded up to the kernels' blocking */
  int8_t *data;      /* packed weights (opaque layout), at_malloc'ed, 64-byte aligned */
  float *scale;      /* (Np) row scales, 0 for padding */
  int32_t *wsum;     /* (Np) per packed row: sum of its int8 values over the K columns */
} at_qpacked;

/* Packs rows ids[0..N) (ids NULL: rows 0..N-1) and columns [k0, k0+K) of the
 * int8 matrix q (row stride ld) with the full rows' scales. Any k0 and K >= 1;
 * AT_ERR_NOMEM or AT_ERR_INVALID_ARG. */
at_status at_qpack(const int8_t *q, const float *scale, int ld, const int *ids, int N, int k0, int K,
                   at_qpacked *out);
void at_qpacked_free(at_qpacked *p);
/* Bytes at_qgemm needs in scratch for M rows of A (quantised rows, scales). */
size_t at_qgemm_scratch_bytes(int M, int K);
/* C (M, W->N, row stride ldc) = beta * C + A (M, W->K, row stride lda) W^T,
 * beta 0 or 1 (0 overwrites, C need not be initialised). scratch: at least
 * at_qgemm_scratch_bytes(M, W->K) bytes, 64-byte aligned (NULL: allocated and
 * freed inside; a failed allocation there is an AT_ASSERT failure, so pass
 * scratch where that matters). Threads (OpenMP) over tasks of 32 columns x 64
 * rows when M N K >= 2^20; each element of C is computed by one task over the
 * whole K, so the result does not depend on the thread count. */
void at_qgemm(int M, const float *A, int lda, const at_qpacked *W, float beta, float *C, int ldc, void *scratch);

/* The kernel at_qgemm uses: "avx512vnni", "avx2" or "scalar". The
 * environment variable ATTEND_ISA (scalar, avx2, avx512vnni) lowers the choice
 * (never above what the processor has), for tests and benchmarks. */
const char *at_qgemm_isa(void);

/* ---- internal (tests and benchmarks) ----
 * at__qgemm_force_isa replaces the cached choice (ATTEND_ISA is read once)
 * with `name`; -1 (and no change) when the name is unknown or the processor
 * lacks it. Call it outside parallel regions, between products.
 * at__qgemm_isa_available: 1 when the processor has the kernel `name`. */
int at__qgemm_force_isa(const char *name);
int at__qgemm_isa_available(const char *name);

#ifdef __cplusplus
}
#endif
#endif
