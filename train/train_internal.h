/* train/: helpers shared by the files of this folder only. */
#ifndef ATTEND_TRAIN_INTERNAL_H
#define ATTEND_TRAIN_INTERNAL_H

#ifdef _OPENMP
#include <omp.h>
#define AT__OMP(...) _Pragma(#__VA_ARGS__)
#else
#define AT__OMP(...)
#endif

#endif
