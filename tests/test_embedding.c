/* Embedding: row lookup, scale, pad rows, id range errors, gradient check. */
#include <string.h>

#include "check.h"
#include "gradcheck.h"
#include "model/layers/layers.h"

enum { V = 6, D = 4, N = 7 };
typedef struct ctx {
  at_embedding *L;
  at_params *P;
  const int *ids;
  float r[N * D];
} ctx;

static double loss(void *p) {
  ctx *c = p;
  float out[N * D];
  if (at_embedding_forward(c->L, c->P->data, c->ids, N, out) != AT_OK) return NAN;
  return gc_dot(out, c->r, N * D);
}

int main(void) {
  at_params P;
  at_params_init(&P);
  at_embedding L;
  at_rng rng;
  at_rng_seed(&rng, 7, 1);
  CHECK_OK(at_embedding_declare(&L, &P, "src_emb", V, D, 0, 2.0f));
  CHECK(at_params_find(&P, "src_emb/W") != NULL);
  CHECK_OK(at_params_alloc(&P));
  for (size_t i = 0; i < P.total; i++) P.data[i] = at_rng_uniform(&rng) - 0.5f;
  const float *W = P.data + L.W;
  int ids[N] = {3, 0, 5, 1, 3, 0, 2};
  float out[N * D];
  CHECK_OK(at_embedding_forward(&L, P.data, ids, N, out));
  int ok = 1;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < D; j++) ok &= out[i * D + j] == (ids[i] == 0 ? 0.0f : 2.0f * W[ids[i] * D + j]);
  CHECK(ok);
  int bad[2] = {1, V};
  CHECK_STATUS(at_embedding_forward(&L, P.data, bad, 2, out), AT_ERR_INVALID_ARG);
  CHECK(strstr(at_last_error(), "6") != NULL);
  bad[1] = -1;
  CHECK_STATUS(at_embedding_forward(&L, P.data, bad, 2, out), AT_ERR_INVALID_ARG);

  ctx c = {&L, &P, ids, {0}};
  for (int i = 0; i < N * D; i++) c.r[i] = at_rng_uniform(&rng) - 0.5f;
  at_params_zero_grad(&P);
  at_embedding_backward(&L, P.grad, ids, N, c.r);
  gc_result g = gc_check("emb/W", loss, &c, P.data + L.W, P.grad + L.W, (size_t)V * D, 1000, 1e-2f, 1e-4, 1e-3);
  fprintf(stderr, "embedding gradcheck: %d checked, max abs diff %.3g\n", g.checked, g.max_abs);
  CHECK(g.failed == 0 && g.checked == V * D);
  int pad_zero = 1, row4_zero = 1;
  for (int j = 0; j < D; j++) pad_zero &= P.grad[L.W + j] == 0.0f, row4_zero &= P.grad[L.W + 4 * D + j] == 0.0f;
  CHECK(pad_zero && row4_zero);
  /* repeated id 3 accumulates both rows */
  CHECK_NEAR(P.grad[L.W + 3 * D], 2.0f * (c.r[0] + c.r[4 * D]), 1e-6);
  at_params_free(&P);
  CHECK_DONE();
}
