/* Encoder: gradient check of a 2-layer encoder (bidirectional for every
 * cell, unidirectional LSTM) on a padded batch w.r.t. all parameters and the
 * input, through the outputs and every layer's final states; with dropout on,
 * a fixed RNG seed gives identical outputs (and gradients that check); outputs
 * at padded positions are zero. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "gradcheck.h"
#include "model/blocks/blocks.h"

enum { IN = 4, HID = 6, T = 5, B = 3, NL = 2 };
static const int LENS[B] = {5, 3, 1};
static const char *const CELLS[] = {"rnn", "gru", "lstm"};

typedef struct ctx {
  const at_encoder *E;
  at_params *P;
  float *x;                         /* (T, B, IN) */
  float *rout, *rh[NL], *rc[NL];    /* random projections */
  uint64_t seed;                    /* dropout seed, 0 = no dropout */
  at_arena arena;
  at_encoder_cache cache;
} ctx;

static void fill(at_rng *r, float *x, size_t n, float scale) {
  for (size_t i = 0; i < n; i++) x[i] = scale * (2.0f * at_rng_uniform(r) - 1.0f);
}

static float *rnd(at_rng *r, size_t n) {
  float *x = malloc(n * sizeof(float));
  fill(r, x, n, 1.0f);
  return x;
}

/* Forward into c->cache (fresh arena); returns the projection loss. */
static double run(ctx *c) {
  at_arena_reset(&c->arena);
  at_rng rng;
  at_rng_seed(&rng, c->seed, 9);
  if (at_encoder_forward(c->E, c->P->data, c->x, T, B, LENS, c->seed ? &rng : NULL, &c->cache, &c->arena) != AT_OK)
    return NAN;
  double l = gc_dot(c->cache.out, c->rout, T * B * HID);
  for (int k = 0; k < NL; k++) {
    l += gc_dot(c->cache.h_final[k], c->rh[k], B * HID);
    if (c->cache.c_final[k]) l += gc_dot(c->cache.c_final[k], c->rc[k], B * HID);
  }
  return l;
}

static double loss(void *p) { return run(p); }

static int zero_at_padding(const float *out) {
  int ok = 1;
  for (int t = 0; t < T; t++)
    for (int b = 0; b < B; b++)
      for (int j = 0; j < HID; j++) ok &= t < LENS[b] || out[(t * B + b) * HID + j] == 0.0f;
  return ok;
}

static void test_encoder(at_cell_type cell, int bidir, float dropout, at_rng *rng) {
  at_params P;
  at_encoder E;
  at_params_init(&P);
  CHECK_OK(at_encoder_declare(&E, &P, "encoder", cell, NL, bidir, IN, HID, dropout));
  CHECK_OK(at_params_alloc(&P));
  fill(rng, P.data, P.total, 0.5f);
  ctx c = {&E, &P, rnd(rng, T * B * IN), rnd(rng, T * B * HID), {rnd(rng, B * HID), rnd(rng, B * HID)},
           {rnd(rng, B * HID), rnd(rng, B * HID)}, dropout > 0 ? 77 : 0, {0}, {0}};
  at_arena_init(&c.arena);
  run(&c);
  CHECK(zero_at_padding(c.cache.out));
  float *dx = calloc(T * B * IN, sizeof(float));
  CHECK_OK(at_encoder_backward(&E, P.data, P.grad, &c.cache, c.rout, c.rh, cell == AT_CELL_LSTM ? c.rc : NULL, dx,
                               &c.arena));
  gc_result gp = gc_check("params", loss, &c, P.data, P.grad, P.total, 2000, 3e-3f, 5e-4, 1e-2);
  gc_result gx = gc_check("x", loss, &c, c.x, dx, T * B * IN, 200, 3e-3f, 5e-4, 1e-2);
  fprintf(stderr, "  %s bidir %d dropout %.1f: %d params (max diff %.2g), %d inputs (max diff %.2g), %d+%d failed\n",
          CELLS[cell], bidir, dropout, gp.checked, gp.max_abs, gx.checked, gx.max_abs, gp.failed, gx.failed);
  CHECK(gp.failed == 0 && gx.failed == 0 && gp.checked == (int)P.total);
  if (dropout > 0) { /* same seed, same output; dropout changes it */
    float *o1 = malloc(T * B * HID * sizeof(float));
    run(&c);
    memcpy(o1, c.cache.out, T * B * HID * sizeof(float));
    run(&c);
    CHECK(memcmp(o1, c.cache.out, T * B * HID * sizeof(float)) == 0);
    CHECK(zero_at_padding(c.cache.out));
    c.seed = 0;
    run(&c);
    CHECK(memcmp(o1, c.cache.out, T * B * HID * sizeof(float)) != 0);
    free(o1);
  }
  free(c.x), free(c.rout), free(dx);
  for (int k = 0; k < NL; k++) free(c.rh[k]), free(c.rc[k]);
  at_arena_free(&c.arena);
  at_params_free(&P);
}

int main(void) {
  at_rng rng;
  at_rng_seed(&rng, 99, 1);
  for (int cell = 0; cell < 3; cell++) test_encoder((at_cell_type)cell, 1, 0.0f, &rng);
  test_encoder(AT_CELL_LSTM, 0, 0.0f, &rng);
  test_encoder(AT_CELL_GRU, 1, 0.3f, &rng);
  /* names and sizes */
  at_params P;
  at_encoder E;
  at_params_init(&P);
  CHECK_OK(at_encoder_declare(&E, &P, "encoder", AT_CELL_GRU, 2, 1, IN, HID, 0.0f));
  const at_param_info *pi = at_params_find(&P, "encoder/l1/bwd/W_ih");
  CHECK(pi && pi->shape[0] == 3 * HID / 2 && pi->shape[1] == HID);
  CHECK_STATUS(at_encoder_declare(&E, &P, "odd", AT_CELL_GRU, 1, 1, IN, 5, 0.0f), AT_ERR_INVALID_ARG);
  CHECK_STATUS(at_encoder_declare(&E, &P, "deep", AT_CELL_GRU, AT_MAX_LAYERS + 1, 0, IN, 4, 0.0f),
               AT_ERR_INVALID_ARG);
  at_params_free(&P);
  CHECK_DONE();
}
