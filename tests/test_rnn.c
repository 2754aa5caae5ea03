/* Recurrent cells and sequences: gradient checks of one step and of whole
 * padded sequences (both directions, every cell), padding invariance (a
 * padded batch gives each sentence exactly what it gets alone, gradients
 * included) and one GRU step against the equations computed in double. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "gradcheck.h"
#include "model/layers/layers.h"

enum { IN = 4, H = 3, T = 5, B = 3, NS = 3 /* rows of the step test */ };
static const int LENS[B] = {5, 3, 1};
static const float FD_H = 3e-3f;
static const double ATOL = 5e-4, RTOL = 1e-2;
static const char *const CELLS[] = {"rnn", "gru", "lstm"};

static void fill(at_rng *r, float *x, size_t n, float scale) {
  for (size_t i = 0; i < n; i++) x[i] = scale * (2.0f * at_rng_uniform(r) - 1.0f);
}

static float *rnd(at_rng *r, size_t n, float scale) {
  float *x = malloc(n * sizeof(float));
  fill(r, x, n, scale);
  return x;
}

static int report(const char *what, gc_result g) {
  fprintf(stderr, "  %-28s %4d checked, %d failed, max abs diff %.2g\n", what, g.checked, g.failed, g.max_abs);
  return g.failed == 0 && g.checked > 0;
}

/* ---- one step ----------------------------------------------------------------- */
typedef struct step_ctx {
  const at_rnn *L;
  at_params *P;
  float x[NS * IN], hp[NS * H], cp[NS * H], rh[NS * H], rc[NS * H];
  unsigned char mask[NS];
  at_arena arena;
} step_ctx;

/* gx (N, GH) = x W_ih^T + b_ih, computed here as the caller would. */
static float *step_gx(step_ctx *c) {
  int GH = c->L->gates * H;
  float *gx = at_arena_floats(&c->arena, (size_t)NS * GH);
  for (int i = 0; i < NS; i++)
    for (int k = 0; k < GH; k++) {
      double s = c->P->data[c->L->b_ih + k];
      for (int j = 0; j < IN; j++) s += (double)c->P->data[c->L->W_ih + k * IN + j] * c->x[i * IN + j];
      gx[i * GH + k] = (float)s;
    }
  return gx;
}

static double step_loss(void *p) {
  step_ctx *c = p;
  at_arena_reset(&c->arena);
  float h[NS * H], cc[NS * H];
  float *gx = step_gx(c);
  int lstm = c->L->cell == AT_CELL_LSTM;
  at_rnn_step_forward(c->L, c->P->data, gx, c->hp, lstm ? c->cp : NULL, NS, c->mask, h, lstm ? cc : NULL, NULL,
                      &c->arena);
  return gc_dot(h, c->rh, NS * H) + (lstm ? gc_dot(cc, c->rc, NS * H) : 0.0);
}

static void test_step(at_cell_type cell, at_rng *rng) {
  at_params P;
  at_rnn L;
  at_params_init(&P);
  CHECK_OK(at_rnn_declare(&L, &P, "rnn", cell, IN, H));
  CHECK_OK(at_params_alloc(&P));
  fill(rng, P.data, P.total, 0.5f);
  step_ctx c = {.L = &L, .P = &P, .mask = {1, 0, 1}};
  fill(rng, c.x, NS * IN, 1.0f), fill(rng, c.hp, NS * H, 0.8f), fill(rng, c.cp, NS * H, 0.8f);
  fill(rng, c.rh, NS * H, 1.0f), fill(rng, c.rc, NS * H, 1.0f);
  at_arena_init(&c.arena);
  int lstm = cell == AT_CELL_LSTM, GH = L.gates * H;
  size_t CF = at_rnn_step_cache_floats(&L);
  /* analytic gradients */
  float *gx = step_gx(&c), h[NS * H], cc[NS * H], dhp[NS * H] = {0}, dcp[NS * H] = {0};
  float *cache = malloc(NS * CF * sizeof(float)), *dgx = calloc((size_t)NS * GH, sizeof(float));
  at_rnn_step_forward(&L, P.data, gx, c.hp, lstm ? c.cp : NULL, NS, c.mask, h, lstm ? cc : NULL, cache, &c.arena);
  at_rnn_step_backward(&L, P.data, P.grad, c.hp, lstm ? c.cp : NULL, NS, c.mask, cache, c.rh, lstm ? c.rc : NULL,
                       dgx, dhp, lstm ? dcp : NULL, &c.arena);
  for (int i = 0; i < NS; i++) /* the caller's part: W_ih and b_ih from dgx */
    for (int k = 0; k < GH; k++) {
      P.grad[L.b_ih + k] += dgx[i * GH + k];
      for (int j = 0; j < IN; j++) P.grad[L.W_ih + k * IN + j] += dgx[i * GH + k] * c.x[i * IN + j];
    }
  int ok = report("step params", gc_check("params", step_loss, &c, P.data, P.grad, P.total, 400, FD_H, ATOL, RTOL));
  ok &= report("step h_prev", gc_check("h_prev", step_loss, &c, c.hp, dhp, NS * H, 100, FD_H, ATOL, RTOL));
  if (lstm) ok &= report("step c_prev", gc_check("c_prev", step_loss, &c, c.cp, dcp, NS * H, 100, FD_H, ATOL, RTOL));
  CHECK_MSG(ok, "step gradcheck, cell %s", CELLS[cell]);
  /* masked row: state copied */
  CHECK(memcmp(h + H, c.hp + H, H * sizeof(float)) == 0);
  /* h_prev = NULL means zeros */
  float h2[NS * H], h3[NS * H], zero[NS * H] = {0};
  at_rnn_step_forward(&L, P.data, gx, NULL, NULL, NS, NULL, h2, lstm ? cc : NULL, NULL, &c.arena);
  at_rnn_step_forward(&L, P.data, gx, zero, lstm ? zero : NULL, NS, NULL, h3, lstm ? cc : NULL, NULL, &c.arena);
  CHECK(memcmp(h2, h3, sizeof h2) == 0);
  free(cache), free(dgx);
  at_arena_free(&c.arena);
  at_params_free(&P);
}

/* ---- sequences ----------------------------------------------------------------- */
typedef struct seq_ctx {
  const at_rnn *L;
  at_params *P;
  int reverse;
  float *x, *h0, *c0;      /* (T, B, IN), (B, H), (B, H) */
  float *rout, *rh, *rc;   /* projections of out, h_final, c_final */
  at_arena arena;
} seq_ctx;

static double seq_loss(void *p) {
  seq_ctx *c = p;
  at_arena_reset(&c->arena);
  at_rnn_seq_cache sc;
  float out[T * B * H];
  if (at_rnn_seq_forward(c->L, c->P->data, c->x, T, B, LENS, c->reverse, c->h0, c->c0, out, &sc, &c->arena))
    return NAN;
  double l = gc_dot(out, c->rout, T * B * H) + gc_dot(sc.h_final, c->rh, B * H);
  return sc.c_final ? l + gc_dot(sc.c_final, c->rc, B * H) : l;
}

static void test_seq_grad(at_cell_type cell, int reverse, at_rng *rng) {
  at_params P;
  at_rnn L;
  at_params_init(&P);
  CHECK_OK(at_rnn_declare(&L, &P, "rnn", cell, IN, H));
  CHECK_OK(at_params_alloc(&P));
  fill(rng, P.data, P.total, 0.5f);
  int lstm = cell == AT_CELL_LSTM;
  seq_ctx c = {&L, &P, reverse, rnd(rng, T * B * IN, 1), rnd(rng, B * H, 0.8f), lstm ? rnd(rng, B * H, 0.8f) : NULL,
               rnd(rng, T * B * H, 1), rnd(rng, B * H, 1), rnd(rng, B * H, 1), {0}};
  at_arena_init(&c.arena);
  at_rnn_seq_cache sc;
  float out[T * B * H], dx[T * B * IN] = {0}, dh0[B * H] = {0}, dc0[B * H] = {0};
  CHECK_OK(at_rnn_seq_forward(&L, P.data, c.x, T, B, LENS, reverse, c.h0, c.c0, out, &sc, &c.arena));
  int zero_pad = 1;
  for (int t = 0; t < T; t++)
    for (int b = 0; b < B; b++)
      for (int j = 0; j < H; j++) zero_pad &= t < LENS[b] || out[(t * B + b) * H + j] == 0.0f;
  CHECK(zero_pad);
  CHECK_OK(at_rnn_seq_backward(&L, P.data, P.grad, &sc, c.rout, c.rh, lstm ? c.rc : NULL, dx, dh0, lstm ? dc0 : NULL,
                               &c.arena));
  int ok = report("seq params", gc_check("params", seq_loss, &c, P.data, P.grad, P.total, 400, FD_H, ATOL, RTOL));
  ok &= report("seq x", gc_check("x", seq_loss, &c, c.x, dx, T * B * IN, 200, FD_H, ATOL, RTOL));
  ok &= report("seq h0", gc_check("h0", seq_loss, &c, c.h0, dh0, B * H, 100, FD_H, ATOL, RTOL));
  if (lstm) ok &= report("seq c0", gc_check("c0", seq_loss, &c, c.c0, dc0, B * H, 100, FD_H, ATOL, RTOL));
  CHECK_MSG(ok, "sequence gradcheck, cell %s, reverse %d", CELLS[cell], reverse);
  free(c.x), free(c.h0), free(c.c0), free(c.rout), free(c.rh), free(c.rc);
  at_arena_free(&c.arena);
  at_params_free(&P);
}

/* ---- padding invariance -------------------------------------------------------- */
static double maxdiff(const float *a, const float *b, size_t n) {
  double m = 0;
  for (size_t i = 0; i < n; i++) m = fmax(m, fabs((double)a[i] - b[i]));
  return m;
}

/* Sentence b alone (T = len): forward, compare with the batch, backward into
 * grads_sum (ADDS). bx etc. are the batch arrays. */
static double single_run(const at_rnn *L, const float *params, float *grads_sum, int b, int reverse,
                         const float *bx, const float *bh0, const float *bc0, const float *bout,
                         const at_rnn_seq_cache *bsc, const float *bdout, const float *bdh, const float *bdc,
                         const float *bdx, const float *bdh0, at_arena *arena) {
  int n = LENS[b], lstm = L->cell == AT_CELL_LSTM;
  float x[T * IN], out[T * H], dout[T * H], dx[T * IN] = {0}, dh0[H] = {0};
  for (int t = 0; t < n; t++) {
    memcpy(x + t * IN, bx + (t * B + b) * IN, IN * sizeof(float));
    memcpy(dout + t * H, bdout + (t * B + b) * H, H * sizeof(float));
  }
  at_rnn_seq_cache sc;
  int len1[1] = {n};
  CHECK_OK(at_rnn_seq_forward(L, params, x, n, 1, len1, reverse, bh0 + b * H, lstm ? bc0 + b * H : NULL, out, &sc,
                              arena));
  CHECK_OK(at_rnn_seq_backward(L, params, grads_sum, &sc, dout, bdh + b * H, lstm ? bdc + b * H : NULL, dx, dh0,
                               NULL, arena));
  double m = maxdiff(sc.h_final, bsc->h_final + b * H, H);
  if (lstm) m = fmax(m, maxdiff(sc.c_final, bsc->c_final + b * H, H));
  m = fmax(m, maxdiff(dh0, bdh0 + b * H, H));
  for (int t = 0; t < n; t++) {
    m = fmax(m, maxdiff(out + t * H, bout + (t * B + b) * H, H));
    m = fmax(m, maxdiff(dx + t * IN, bdx + (t * B + b) * IN, IN));
  }
  for (int t = n; t < T; t++) {
    const float *z = bdx + (t * B + b) * IN;
    for (int j = 0; j < IN; j++) m = fmax(m, fabs(z[j])); /* no gradient reaches padded inputs */
  }
  return m;
}

static void test_padding(at_cell_type cell, int reverse, at_rng *rng) {
  at_params P;
  at_rnn L;
  at_params_init(&P);
  CHECK_OK(at_rnn_declare(&L, &P, "rnn", cell, IN, H));
  CHECK_OK(at_params_alloc(&P));
  fill(rng, P.data, P.total, 0.5f);
  float *x = rnd(rng, T * B * IN, 1), *h0 = rnd(rng, B * H, 0.8f), *c0 = rnd(rng, B * H, 0.8f);
  for (int t = 0; t < T; t++) /* garbage at padded positions must not matter */
    for (int b = 0; b < B; b++)
      if (t >= LENS[b]) fill(rng, x + (t * B + b) * IN, IN, 50.0f);
  float *dout = rnd(rng, T * B * H, 1), *dh = rnd(rng, B * H, 1), *dc = rnd(rng, B * H, 1);
  float out[T * B * H], dx[T * B * IN] = {0}, dh0[B * H] = {0};
  float *gsum = calloc(P.total, sizeof(float));
  at_arena arena;
  at_arena_init(&arena);
  at_rnn_seq_cache sc;
  int lstm = cell == AT_CELL_LSTM;
  CHECK_OK(at_rnn_seq_forward(&L, P.data, x, T, B, LENS, reverse, h0, lstm ? c0 : NULL, out, &sc, &arena));
  CHECK_OK(at_rnn_seq_backward(&L, P.data, P.grad, &sc, dout, dh, lstm ? dc : NULL, dx, dh0, NULL, &arena));
  double m = 0;
  for (int b = 0; b < B; b++)
    m = fmax(m, single_run(&L, P.data, gsum, b, reverse, x, h0, c0, out, &sc, dout, dh, dc, dx, dh0, &arena));
  double mg = maxdiff(gsum, P.grad, P.total);
  fprintf(stderr, "  padding %s reverse %d: max diff states/outputs/dx %.2g, param grads %.2g\n",
          CELLS[cell], reverse, m, mg);
  CHECK(m < 1e-6 && mg < 1e-5);
  free(x), free(h0), free(c0), free(dout), free(dh), free(dc), free(gsum);
  at_arena_free(&arena);
  at_params_free(&P);
}

/* ---- one GRU step in double ----------------------------------------------------- */
static double dsig(double x) { return 1.0 / (1.0 + exp(-x)); }

static void test_gru_value(at_rng *rng) {
  enum { I2 = 2, H2 = 2 };
  at_params P;
  at_rnn L;
  at_params_init(&P);
  CHECK_OK(at_rnn_declare(&L, &P, "gru", AT_CELL_GRU, I2, H2));
  CHECK_OK(at_params_alloc(&P));
  fill(rng, P.data, P.total, 1.0f);
  const float *Wi = P.data + L.W_ih, *Wh = P.data + L.W_hh, *bi = P.data + L.b_ih, *bh = P.data + L.b_hh;
  float x[I2] = {0.7f, -1.3f}, hp[H2] = {0.4f, -0.9f}, gx[3 * H2], h[H2];
  double a[3 * H2], g[3 * H2]; /* input and hidden pre-activations per gate row */
  for (int k = 0; k < 3 * H2; k++) {
    a[k] = bi[k], g[k] = bh[k];
    for (int j = 0; j < I2; j++) a[k] += (double)Wi[k * I2 + j] * x[j];
    for (int j = 0; j < H2; j++) g[k] += (double)Wh[k * H2 + j] * hp[j];
    gx[k] = (float)a[k];
  }
  at_arena arena;
  at_arena_init(&arena);
  at_rnn_step_forward(&L, P.data, gx, hp, NULL, 1, NULL, h, NULL, NULL, &arena);
  for (int j = 0; j < H2; j++) {
    double r = dsig(a[j] + g[j]), z = dsig(a[H2 + j] + g[H2 + j]);
    double n = tanh(a[2 * H2 + j] + r * g[2 * H2 + j]);
    CHECK_NEAR(h[j], (1 - z) * n + z * hp[j], 1e-6);
  }
  at_arena_free(&arena);
  at_params_free(&P);
}

/* ---- the cells' activations against double libm --------------------------------- */
/* With W_hh = 0, b_hh = 0 and zero states the cells expose their activations:
 * RNN h = tanh(a), GRU h = (1 - s(a_z)) tanh(a_n), LSTM h = s(a_o) tanh(s(a_i) tanh(a_g)). */
static void test_activation_accuracy(at_cell_type cell) {
  enum { HA = 2001 };
  at_params P;
  at_rnn L;
  at_params_init(&P);
  CHECK_OK(at_rnn_declare(&L, &P, "acc", cell, 1, HA));
  CHECK_OK(at_params_alloc(&P));
  int G = L.gates;
  float *gx = malloc(sizeof(float) * G * HA), *h = malloc(sizeof(float) * HA), *c = malloc(sizeof(float) * HA);
  for (int k = 0; k < G; k++)
    for (int j = 0; j < HA; j++) { /* each gate sweeps [-30, 30] in a different order, some tiny values */
      int jj = (j * (2 * k + 1)) % HA;
      gx[k * HA + j] = jj % 50 == 7 ? 1e-6f * (float)(jj - 1000) : -30.0f + 60.0f * (float)jj / (HA - 1);
    }
  at_arena arena;
  at_arena_init(&arena);
  at_rnn_step_forward(&L, P.data, gx, NULL, NULL, 1, NULL, h, cell == AT_CELL_LSTM ? c : NULL, NULL, &arena);
  double ea = 0, er = 0;
  for (int j = 0; j < HA; j++) {
    const float *a = gx + j;
    double want = cell == AT_CELL_RNN   ? tanh(a[0])
                  : cell == AT_CELL_GRU ? (1 - dsig(a[HA])) * tanh(a[2 * HA])
                                        : dsig(a[3 * HA]) * tanh(dsig(a[0]) * tanh(a[2 * HA]));
    double d = fabs(h[j] - want);
    ea = fmax(ea, d);
    if (fabs(want) > 1e-30) er = fmax(er, d / fabs(want));
  }
  fprintf(stderr, "  %s activations vs double libm: max abs err %.2g, max rel err %.2g\n", CELLS[cell], ea, er);
  /* relative error only means something for RNN: (1 - z) and the LSTM
   * products lose relative precision in float whatever the activations */
  CHECK(ea < 5e-7 && (cell != AT_CELL_RNN || er < 5e-7));
  free(gx), free(h), free(c);
  at_arena_free(&arena);
  at_params_free(&P);
}

/* ---- threads: sizes large enough for the parallel loops; 1 and 2 threads agree */
static void run_big(const at_rnn *L, at_params *P, const float *x, const int *len, int Tb, int Bb, float *out,
                    at_arena *arena) {
  at_rnn_seq_cache sc;
  at_arena_reset(arena);
  at_params_zero_grad(P);
  CHECK_OK(at_rnn_seq_forward(L, P->data, x, Tb, Bb, len, 1, NULL, NULL, out, &sc, arena));
  CHECK_OK(at_rnn_seq_backward(L, P->data, P->grad, &sc, out, NULL, NULL, NULL, NULL, NULL, arena));
}

static void test_threads(at_rng *rng) {
  enum { TB = 3, BB = 32, IB = 8, HB = 400 };
  at_params P;
  at_rnn L;
  at_params_init(&P);
  CHECK_OK(at_rnn_declare(&L, &P, "big", AT_CELL_LSTM, IB, HB));
  CHECK_OK(at_params_alloc(&P));
  fill(rng, P.data, P.total, 0.1f);
  int len[BB];
  for (int b = 0; b < BB; b++) len[b] = 1 + b % TB;
  float *x = rnd(rng, TB * BB * IB, 1), *o1 = malloc(sizeof(float) * TB * BB * HB);
  float *o2 = malloc(sizeof(float) * TB * BB * HB), *g1 = malloc(sizeof(float) * P.total);
  at_arena arena;
  at_arena_init(&arena);
  int nt = at_get_threads();
  at_set_threads(1);
  run_big(&L, &P, x, len, TB, BB, o1, &arena);
  memcpy(g1, P.grad, sizeof(float) * P.total);
  at_set_threads(2);
  run_big(&L, &P, x, len, TB, BB, o2, &arena);
  at_set_threads(nt);
  double d = maxdiff(o1, o2, TB * BB * HB), dg = maxdiff(g1, P.grad, P.total);
  fprintf(stderr, "  1 vs 2 threads: outputs %.2g, gradients %.2g\n", d, dg);
  CHECK(d < 1e-6 && dg < 1e-5);
  free(x), free(o1), free(o2), free(g1);
  at_arena_free(&arena);
  at_params_free(&P);
}

int main(void) {
  at_rng rng;
  at_rng_seed(&rng, 2024, 3);
  for (int cell = 0; cell < 3; cell++) {
    fprintf(stderr, "cell %s\n", CELLS[cell]);
    test_step((at_cell_type)cell, &rng);
    for (int rev = 0; rev < 2; rev++) {
      test_seq_grad((at_cell_type)cell, rev, &rng);
      test_padding((at_cell_type)cell, rev, &rng);
    }
  }
  test_gru_value(&rng);
  for (int cell = 0; cell < 3; cell++) test_activation_accuracy((at_cell_type)cell);
  test_threads(&rng);
  /* parameter names */
  at_params P;
  at_rnn L;
  at_params_init(&P);
  CHECK_OK(at_rnn_declare(&L, &P, "enc/l0/fwd", AT_CELL_LSTM, IN, H));
  const at_param_info *pi = at_params_find(&P, "enc/l0/fwd/W_hh");
  CHECK(pi && pi->shape[0] == 4 * H && pi->shape[1] == H && at_params_find(&P, "enc/l0/fwd/b_ih"));
  CHECK_STATUS(at_rnn_declare(&L, &P, "enc/l0/fwd", AT_CELL_LSTM, IN, H), AT_ERR_INVALID_ARG);
  at_params_free(&P);
  CHECK_DONE();
}
