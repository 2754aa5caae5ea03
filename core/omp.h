/* attend core/: the one place that spells OpenMP pragmas (internal header).
 *
 *   AT__OMP(omp parallel for schedule(static) if (n >= AT__PAR_MIN))
 *   AT__OMP(omp simd reduction(+ : s))
 *
 * expand to the pragma when the build has OpenMP and to nothing otherwise
 * (the no-OpenMP build compiles with -fopenmp-simd, so `omp simd` still
 * vectorizes there). at__thread_id() is the OpenMP thread number, 0 without
 * OpenMP. AT__AVX2_CLONES marks a purely element-wise kernel for an AVX2
 * clone picked at load time (GCC target_clones / ifunc): same bits as the
 * default, since -std=c11 turns FMA contraction off and such kernels have no
 * reduction whose order the vector width could change. AT__SIMD_CLONES adds
 * an AVX-512 clone, for kernels with sum or max reductions (the decoder's
 * log-softmax over the vocabulary):
 * their last bits then depend on the processor's widest clone, never on the
 * thread count or the run. */
#ifndef ATTEND_CORE_OMP_H
#define ATTEND_CORE_OMP_H

#define AT__OMP(...) _Pragma(#__VA_ARGS__)

#ifdef _OPENMP
#include <omp.h>
static inline int at__thread_id(void) { return omp_get_thread_num(); }
#else
static inline int at__thread_id(void) { return 0; }
#endif

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__) && \
    !defined(__SANITIZE_ADDRESS__)
#define AT__AVX2_CLONES __attribute__((target_clones("avx2", "default")))
#define AT__SIMD_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define AT__AVX2_CLONES
#define AT__SIMD_CLONES
#endif

#endif
