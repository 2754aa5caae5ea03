/* model/linear.c: forward against a double computation, and finite-difference
 * gradient checks of W, b, x1, x2 with and without tanh, with one input block
 * and with a split input [x1 x2]. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "gradcheck.h"
#include "model/layers/layers.h"

typedef struct ctx {
  at_linear L;
  at_params P;
  int N, in1, split;
  float *x1, *x2, *y, *r, *dy, *dx1, *dx2;
} ctx;

static double loss_fn(void *p) {
  ctx *c = p;
  at_linear_forward(&c->L, c->P.data, c->x1, c->in1, c->split ? c->x2 : NULL, c->N, c->y);
  return gc_dot(c->r, c->y, (size_t)c->N * c->L.out_dim);
}

static void fill(at_rng *rng, float *x, size_t n) {
  for (size_t i = 0; i < n; i++) x[i] = at_rng_uniform(rng) - 0.5f;
}

static void check_grad(const char *what, ctx *c, float *x, const float *g, size_t n) {
  gc_result r = gc_check(what, loss_fn, c, x, g, n, 60, 3e-3f, 1e-3, 1e-2);
  CHECK_MSG(r.failed == 0, "%s: %d of %d coordinates wrong (max abs %g)", what, r.failed, r.checked, r.max_abs);
}

static void run(int has_bias, at_activation act, int split) {
  ctx c;
  memset(&c, 0, sizeof c);
  const int N = 4, in = 7, out = 5;
  c.N = N;
  c.split = split;
  c.in1 = split ? 3 : in;
  const int in2 = in - c.in1;
  at_params_init(&c.P);
  CHECK_OK(at_linear_declare(&c.L, &c.P, "lin", in, out, has_bias, act));
  CHECK(at_params_find(&c.P, "lin/W") != NULL);
  CHECK((at_params_find(&c.P, "lin/b") != NULL) == (has_bias != 0));
  CHECK_OK(at_params_alloc(&c.P));
  at_rng rng;
  at_rng_seed(&rng, 11, (uint64_t)(has_bias * 4 + act * 2 + split));
  fill(&rng, c.P.data, c.P.total);
  c.x1 = malloc((size_t)N * in * sizeof(float));
  c.x2 = malloc((size_t)N * in * sizeof(float));
  c.y = malloc((size_t)N * out * sizeof(float));
  c.r = malloc((size_t)N * out * sizeof(float));
  c.dy = malloc((size_t)N * out * sizeof(float));
  c.dx1 = calloc((size_t)N * in, sizeof(float));
  c.dx2 = calloc((size_t)N * in, sizeof(float));
  fill(&rng, c.x1, (size_t)N * c.in1);
  fill(&rng, c.x2, (size_t)N * in2);
  fill(&rng, c.r, (size_t)N * out);

  /* forward vs double */
  loss_fn(&c);
  const float *W = c.P.data + c.L.W;
  double maxd = 0;
  for (int i = 0; i < N; i++)
    for (int o = 0; o < out; o++) {
      double s = has_bias ? c.P.data[c.L.b + o] : 0.0;
      for (int k = 0; k < in; k++) {
        double xv = k < c.in1 ? c.x1[i * c.in1 + k] : c.x2[i * in2 + (k - c.in1)];
        s += (double)W[o * in + k] * xv;
      }
      if (act == AT_ACT_TANH) s = tanh(s);
      maxd = fmax(maxd, fabs(s - c.y[i * out + o]));
    }
  CHECK_MSG(maxd < 1e-5, "forward differs by %g", maxd);

  /* backward, then finite differences */
  memcpy(c.dy, c.r, (size_t)N * out * sizeof(float));
  at_linear_backward(&c.L, c.P.data, c.P.grad, c.x1, c.in1, split ? c.x2 : NULL, N, c.y, c.dy, c.dx1,
                     split ? c.dx2 : NULL);
  check_grad("W", &c, c.P.data + c.L.W, c.P.grad + c.L.W, (size_t)out * in);
  if (has_bias) check_grad("b", &c, c.P.data + c.L.b, c.P.grad + c.L.b, (size_t)out);
  check_grad("x1", &c, c.x1, c.dx1, (size_t)N * c.in1);
  if (split) check_grad("x2", &c, c.x2, c.dx2, (size_t)N * in2);

  /* gradients accumulate: a second backward doubles them */
  float g0 = c.P.grad[c.L.W], d0 = c.dx1[0];
  loss_fn(&c);
  memcpy(c.dy, c.r, (size_t)N * out * sizeof(float));
  at_linear_backward(&c.L, c.P.data, c.P.grad, c.x1, c.in1, split ? c.x2 : NULL, N, c.y, c.dy, c.dx1,
                     split ? c.dx2 : NULL);
  CHECK_NEAR(c.P.grad[c.L.W], 2 * g0, 1e-5);
  CHECK_NEAR(c.dx1[0], 2 * d0, 1e-5);

  free(c.x1);
  free(c.x2);
  free(c.y);
  free(c.r);
  free(c.dy);
  free(c.dx1);
  free(c.dx2);
  at_params_free(&c.P);
}

int main(void) {
  for (int bias = 0; bias <= 1; bias++)
    for (int act = 0; act <= 1; act++)
      for (int split = 0; split <= 1; split++) run(bias, (at_activation)act, split);
  CHECK_DONE();
}
