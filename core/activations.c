/* Element-wise activations over float arrays. Accuracy first: each element
 * uses libm's expf / tanhf in a form that neither overflows nor loses
 * relative precision for large |x|. Large arrays are split across OpenMP
 * threads. */
#include <math.h>

#include "core/core.h"

#ifdef _OPENMP
#define AT__PRAGMA(x) _Pragma(#x)
#define AT__PAR_FOR_LARGE(n) AT__PRAGMA(omp parallel for schedule(static) if ((n) >= 32768))
#else
#define AT__PAR_FOR_LARGE(n)
#endif

/* sigmoid(x) = 1 / (1 + e^-x) for x >= 0 and e^x / (1 + e^x) for x < 0, both
 * from e = e^-|x| in (0, 1], so nothing overflows. */
static inline float at__sigmoid1(float x) {
  float e = expf(-fabsf(x));
  float s = 1.0f / (1.0f + e);
  return x >= 0.0f ? s : e * s;
}

/* y (n) = sigmoid(x (n)); y == x allowed. */
void at_sigmoid(const float *x, float *y, size_t n) {
  long nn = (long)n;
  AT__PAR_FOR_LARGE(nn)
  for (long i = 0; i < nn; i++) y[i] = at__sigmoid1(x[i]);
}

/* y (n) = tanh(x (n)); y == x allowed. */
void at_tanh(const float *x, float *y, size_t n) {
  long nn = (long)n;
  AT__PAR_FOR_LARGE(nn)
  for (long i = 0; i < nn; i++) y[i] = tanhf(x[i]);
}
