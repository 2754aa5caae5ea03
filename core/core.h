/* attend core: status codes and messages, arenas, RNG, logging, timing and
 * the numeric kernels (GEMM wrapper, softmax, activations).
 *
 * Conventions used throughout attend:
 *  - functions that can fail return at_status and leave a message for
 *    at_last_error() naming the cause (file, dataset, line);
 *  - at_*_free(NULL) is a no-op;
 *  - matrices are row-major float32; shapes are written in comments as
 *    (rows, cols), sequences are time-major (T, B, D).
 */
#ifndef ATTEND_CORE_H
#define ATTEND_CORE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- status codes: one list makes the enum, the names and the messages ---- */
#define AT_STATUS_LIST(X)                                            \
  X(AT_OK, "success")                                                \
  X(AT_ERR_NOMEM, "out of memory")                                   \
  X(AT_ERR_IO, "input/output error")                                 \
  X(AT_ERR_FORMAT, "malformed input")                                \
  X(AT_ERR_INVALID_ARG, "invalid argument")                          \
  X(AT_ERR_UTF8, "invalid UTF-8")                                    \
  X(AT_ERR_TOKENIZER, "tokenizer error")                             \
  X(AT_ERR_CHECKPOINT, "bad checkpoint")                             \
  X(AT_ERR_SHAPE, "shape mismatch")                                  \
  X(AT_ERR_NOT_FOUND, "not found")                                   \
  X(AT_ERR_VERSION, "unsupported version")                           \
  X(AT_ERR_CONFIG, "invalid configuration")                          \
  X(AT_ERR_INTERRUPTED, "interrupted")                               \
  X(AT_ERR_INTERNAL, "internal error")

typedef enum {
#define AT__ENUM(name, msg) name,
  AT_STATUS_LIST(AT__ENUM)
#undef AT__ENUM
  AT_STATUS_COUNT
} at_status;

/* "AT_ERR_IO" etc. */
const char *at_status_name(at_status s);
/* "input/output error" etc. */
const char *at_status_str(at_status s);
/* Records a formatted message for this thread and returns s, so that callers
 * write `return at_fail(AT_ERR_IO, "%s: %s", path, strerror(errno));`. */
at_status at_fail(at_status s, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* The message left by the last at_fail() on this thread ("" when none). */
const char *at_last_error(void);
/* Prepends "prefix: " to this thread's message (adds context while an error
 * travels up) and returns s. */
at_status at_fail_context(at_status s, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Carrying an error out of an OpenMP parallel region. Messages are
 * thread-local, so a status a worker thread returns reaches the calling
 * thread without its message unless it travels with it:
 *
 *   at_error_slot err = {0};
 *   #pragma omp parallel for
 *   for (...) { at_status s = work(i); if (s) at_error_capture(&err, s); }
 *   at_status st = at_error_restore(&err);   // after the region
 *
 * at_error_capture keeps the first error (status and this thread's message;
 * it takes its own critical section) and returns s; at_error_restore makes
 * the recorded message the calling thread's and returns the status (AT_OK,
 * message untouched, when nothing was recorded). */
typedef struct at_error_slot {
  at_status status;
  char msg[1024];
} at_error_slot;
at_status at_error_capture(at_error_slot *slot, at_status s);
at_status at_error_restore(const at_error_slot *slot);

/* Internal invariant check that stays on in release builds. */
void at__assert_fail(const char *expr, const char *file, int line);
#define AT_ASSERT(cond) ((cond) ? (void)0 : at__assert_fail(#cond, __FILE__, __LINE__))

/* ---- the allocation hook ------------------------------------------------
 * Every heap allocation of attend's own code goes through these (same
 * contracts as malloc, calloc, realloc, aligned_alloc, free, strdup and
 * strndup; at_free frees what any of them returned). In a normal run they
 * cost one predictable branch. HDF5, OpenBLAS, libyaml and SentencePiece
 * allocate on their own, outside the hook. */
void *at_malloc(size_t n);
void *at_calloc(size_t count, size_t size);
void *at_realloc(void *p, size_t n);
void *at_aligned_alloc(size_t align, size_t n);
void at_free(void *p);
char *at_strdup(const char *s);
char *at_strndup(const char *s, size_t n);

/* Test-only control of the hook (tests/test_oom.c): at_alloc_test_begin(N)
 * resets the counters and, when N > 0, makes the N-th allocation from now
 * (counting every thread) return NULL, once; N = 0 only counts.
 * at_alloc_test_end() stops counting and says how many allocations were
 * attempted, how many blocks allocated since begin are still live (those
 * freed count down; a block from before begin freed in between makes it
 * negative) and whether the failure was injected. Not for concurrent use by
 * two tests. */
typedef struct at_alloc_stats {
  long calls;
  long live;
  int failed;
} at_alloc_stats;
void at_alloc_test_begin(long fail_at);
at_alloc_stats at_alloc_test_end(void);

/* ---- arena: bump allocator for activations and scratch ------------------
 * Allocation is a pointer bump inside one block. When a block is full the
 * arena chains another; at_arena_reset() then merges everything into one
 * block of the high-water size, so after the first worst-case step no
 * further malloc happens. All allocations are 64-byte aligned. */
typedef struct at__arena_block at__arena_block;
typedef struct at_arena {
  at__arena_block *head;   /* current block (newest) */
  size_t used_total;       /* bytes handed out since the last reset */
  size_t high_water;       /* largest used_total ever seen */
} at_arena;

void at_arena_init(at_arena *a);
/* Makes sure the next `bytes` bytes of allocations (each counted as
 * at_arena_round of its size) come from memory the arena already holds, so
 * none of them mallocs or fails: the "estimate, then reserve" step before a
 * forward pass or a decoder step. AT_ERR_NOMEM when it cannot. */
at_status at_arena_reserve(at_arena *a, size_t bytes);
/* Bytes that an allocation of `bytes` takes from the arena (64-byte rounding). */
size_t at_arena_round(size_t bytes);
/* Free bytes left in the current block. */
size_t at_arena_available(const at_arena *a);
/* A point to come back to: at_arena_rewind(a, m) forgets every allocation
 * made after at_arena_mark (blocks chained since then are released), so a
 * loop can reuse the same scratch each iteration. */
typedef struct at_arena_mark {
  at__arena_block *block;
  size_t used, used_total;
} at_arena_mark;
at_arena_mark at_arena_get_mark(const at_arena *a);
void at_arena_rewind(at_arena *a, at_arena_mark m);
/* Returns NULL when memory runs out (the caller returns AT_ERR_NOMEM). */
void *at_arena_alloc(at_arena *a, size_t bytes);
/* n floats, uninitialised / zeroed. */
float *at_arena_floats(at_arena *a, size_t n);
float *at_arena_zeros(at_arena *a, size_t n);
/* Forgets all allocations; keeps (and consolidates) memory. */
void at_arena_reset(at_arena *a);
void at_arena_free(at_arena *a);
/* Bytes currently reserved by the arena. */
size_t at_arena_capacity(const at_arena *a);

/* ---- random numbers: PCG32, explicit state (saved in checkpoints) ------- */
/* Per-sentence random numbers for training (dropout masks, hard attention's
 * samples): counter-based, each draw a hash of (key, site, the row's sentence
 * id, element), so a sentence gets the same masks whatever micro-batch or
 * process computes it and whatever the padding or thread count. */
typedef struct at_rng_rows {
  uint64_t key;       /* the seed and the step */
  const int64_t *id;  /* (B) each row's sentence: its index in the step's whole batch */
  int B;
  uint32_t site;      /* the next mask's site, advanced by each mask drawn */
} at_rng_rows;

typedef struct at_rng {
  uint64_t state;
  uint64_t inc;
  at_rng_rows *rows; /* NULL: one sequential stream; else the per-sentence draws above */
} at_rng;

/* Sites of draws made once per decoder step (their number depends on the
 * padded length, so they take fixed sites, the step in the element index). */
enum { AT_RNG_SITE_DEC_DROPOUT = 0x7fff0000, AT_RNG_SITE_HARD = 0x7fff0001, AT_RNG_SITE_SOFT_BATCH = 0x7fff0002 };

static inline uint64_t at_rng_mix64(uint64_t z) { /* SplitMix64's finaliser */
  z ^= z >> 30;
  z *= 0xbf58476d1ce4e5b9ULL;
  z ^= z >> 27;
  z *= 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}
/* The key of row b's draws at a site (rows mode; b < 0: one key for all rows). */
static inline uint64_t at_rng_row_key(const at_rng_rows *R, uint32_t site, int b) {
  uint64_t k = at_rng_mix64(R->key ^ (0x9E3779B97F4A7C15ULL * ((uint64_t)site + 1)));
  return b < 0 ? k : at_rng_mix64(k ^ (0xD1B54A32D192ED03ULL * ((uint64_t)R->id[b] + 1)));
}
/* Uniform in [0, 1) of element e of a row key (24 bits, as at_rng_uniform). */
static inline float at_rng_hash_uniform(uint64_t row_key, uint64_t e) {
  return (float)(at_rng_mix64(row_key + 0x9E3779B97F4A7C15ULL * (e + 1)) >> 40) * (1.0f / 16777216.0f);
}

void at_rng_seed(at_rng *r, uint64_t seed, uint64_t stream);
uint32_t at_rng_u32(at_rng *r);
/* uniform in [0, 1) */
float at_rng_uniform(at_rng *r);
/* uniform integer in [0, n) */
uint32_t at_rng_below(at_rng *r, uint32_t n);
/* standard normal */
float at_rng_normal(at_rng *r);

/* ---- logging and time ----------------------------------------------------- */
typedef enum { AT_LOG_ERROR = 0, AT_LOG_WARN = 1, AT_LOG_INFO = 2, AT_LOG_DEBUG = 3 } at_log_level;
void at_log_set_level(at_log_level level);
at_log_level at_log_get_level(void);
/* Writes "[level] message\n" to stderr when level <= the current level. */
void at_log(at_log_level level, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Monotonic wall-clock seconds. */
double at_now(void);
/* The share (0..1) of all CPUs' time that was busy (not idle or waiting for
 * I/O) over the next `ms` milliseconds, from /proc/stat; -1 when it cannot be
 * read (not Linux). The caller's own sleeping is included, so an idle
 * machine reads near 0. */
double at_cpu_busy_fraction(int ms);
/* Version string of the toolkit, e.g. "0.1.0". */
const char *at_version(void);

/* ---- threads ----------------------------------------------------------------
 * OpenMP owns all threads. at_set_threads(n) sets the OpenMP team size (BLAS
 * follows, being Debian's OpenMP build of OpenBLAS). n <= 0 means all cores. */
void at_set_threads(int n);
int at_get_threads(void);

/* ---- text ------------------------------------------------------------------ */
/* Returns 1 when s[0..n) is valid UTF-8 (no overlongs, surrogates or code
 * points above U+10FFFF); otherwise 0 and, if bad_offset is not NULL, the
 * byte offset of the first invalid sequence. */
int at_utf8_valid(const char *s, size_t n, size_t *bad_offset);

/* Strict parsing of a whole string (config files, flags): 1 and *out set, or 0. */
int at_parse_int(const char *s, int *out);
/* "1", "true", "yes", "on" -> 1; "0", "false", "no", "off" -> 0. */
int at_parse_bool(const char *s, int *out);
/* The index of s in a NULL-terminated table of names. */
int at_parse_enum(const char *s, const char *const *names, int *out);

/* ---- kernels ---------------------------------------------------------------
 * C (M,N) = alpha * op(A) (M,K) * op(B) (K,N) + beta * C, row-major; lda/ldb/ldc
 * are the row strides of A, B, C as stored. trans_a/trans_b: 0 or 1. */
void at_gemm(int trans_a, int trans_b, int M, int N, int K, float alpha, const float *A, int lda,
             const float *B, int ldb, float beta, float *C, int ldc);
/* Naive triple loop, same contract; for tests. */
void at_gemm_ref(int trans_a, int trans_b, int M, int N, int K, float alpha, const float *A, int lda,
                 const float *B, int ldb, float beta, float *C, int ldc);

/* Element-wise and row kernels. All are OpenMP-parallel over rows where the
 * work is large enough, and have a scalar reference version *_ref for tests. */
/* y[i] = sigmoid(x[i]) / tanh(x[i]); in-place allowed (y == x). */
void at_sigmoid(const float *x, float *y, size_t n);
void at_tanh(const float *x, float *y, size_t n);
/* Row-wise softmax / log-softmax of X (rows, cols) into Y; in-place allowed.
 * Numerically stable (max subtracted). */
void at_softmax_rows(const float *X, float *Y, int rows, int cols);
void at_log_softmax_rows(const float *X, float *Y, int rows, int cols);
/* Softmax of each row over its first len[r] columns only; columns >= len[r]
 * get exactly 0. len may be NULL (all columns). X/Y (rows, cols), ld = cols. */
void at_masked_softmax_rows(const float *X, float *Y, int rows, int cols, const int *len);
void at_softmax_rows_ref(const float *X, float *Y, int rows, int cols);
void at_log_softmax_rows_ref(const float *X, float *Y, int rows, int cols);

#ifdef __cplusplus
}
#endif
#endif
