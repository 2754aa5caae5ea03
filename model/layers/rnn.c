/* Recurrent cells (tanh RNN, GRU, LSTM; PyTorch's equations and gate order,
 * see layers.h) and whole-sequence forward/backward in one direction.
 *
 * Speed: the input projections of all time steps are one GEMM (T*B rows);
 * each step is one GEMM h_prev W_hh^T plus one fused element-wise pass over
 * the gates. Backward keeps the gate gradients of every step, so dW_ih, dW_hh
 * and dx are one GEMM each over all T*B rows; only dh_prev = dgates W_hh is
 * per step. All scratch comes from the arena passed in.
 *
 * Step cache per row (at_rnn_step_cache_floats):
 *   RNN  h'                     (H)
 *   GRU  r, z, n, Wh_n h + bh_n (4H)
 *   LSTM i, f, g, o, tanh(c')   (5H)
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/fastmath.h"
#include "core/omp.h"
#include "model/layers/layers.h"

#define AT__PAR_MIN 32768 /* elements below which threads cost more than they give */

/* Gate activations: core/fastmath.h's branch-free fp32 versions (libm calls
 * do not vectorize; these do, inside the `omp simd` gate loops). */
static inline float at__sig(float x) { return at__fast_sigmoid(x); }
static inline float at__tanh(float x) { return at__fast_tanh(x); }

/* ---- declaration ------------------------------------------------------------ */

/* Declares "<name>/W_ih" (G*H, in), "<name>/W_hh" (G*H, H), "<name>/b_ih",
 * "<name>/b_hh" (G*H) and fills L. */
at_status at_rnn_declare(at_rnn *L, at_params *P, const char *name, at_cell_type cell, int in_dim, int hidden) {
  static const int gates[] = {1, 3, 4};
  char full[128];
  if ((int)cell < 0 || (int)cell > 2 || in_dim <= 0 || hidden <= 0)
    return at_fail(AT_ERR_INVALID_ARG, "rnn %s: cell %d, in_dim %d, hidden %d", name, (int)cell, in_dim, hidden);
  memset(L, 0, sizeof *L); /* float32 products (L->q NULL) until a model goes int8 */
  L->cell = cell;
  L->in_dim = in_dim;
  L->hidden = hidden;
  L->gates = gates[cell];
  int GH = L->gates * hidden;
  const char *names[4] = {"W_ih", "W_hh", "b_ih", "b_hh"};
  size_t *offs[4] = {&L->W_ih, &L->W_hh, &L->b_ih, &L->b_hh};
  int cols[4] = {in_dim, hidden, 1, 1};
  for (int k = 0; k < 4; k++) {
    snprintf(full, sizeof full, "%s/%s", name, names[k]);
    at_status s = at_params_add(P, full, k < 2 ? 2 : 1, GH, cols[k], offs[k]);
    if (s != AT_OK) return s;
  }
  return AT_OK;
}

size_t at_rnn_step_cache_floats(const at_rnn *L) {
  static const int per[] = {1, 4, 5};
  return (size_t)per[L->cell] * (size_t)L->hidden;
}

/* ---- small shared kernels ---------------------------------------------------- */

/* Y (rows, cols) = bias (cols) broadcast to every row, then += X (rows, K) W^T
 * with W (cols, K) (skipped when X is NULL). */
static void at__affine(const at_qmap *q, const float *X, int rows, int K, const float *W, const float *bias, int cols,
                       float *Y) {
  for (int r = 0; r < rows; r++) memcpy(Y + (size_t)r * cols, bias, (size_t)cols * sizeof(float));
  if (X) at_gemm_wt(q, rows, cols, K, X, K, W, K, 1.0f, Y, cols);
}

/* out (cols) += column sums of A (rows, cols); parallel over column blocks. */
static void at__add_colsum(const float *A, size_t rows, int cols, float *out) {
  int nblk = (cols + 63) / 64;
  AT__OMP(omp parallel for schedule(static) if (rows * (size_t)cols >= AT__PAR_MIN && nblk > 1))
  for (int bk = 0; bk < nblk; bk++) {
    int j0 = bk * 64, j1 = j0 + 64 < cols ? j0 + 64 : cols;
    for (size_t r = 0; r < rows; r++) {
      const float *a = A + r * (size_t)cols;
      for (int j = j0; j < j1; j++) out[j] += a[j];
    }
  }
}

static void at__add(float *y, const float *x, size_t n) {
  for (size_t i = 0; i < n; i++) y[i] += x[i];
}

/* ---- one step, forward ----------------------------------------------------- */

/* One row of each cell. gx, gh (G*H) pre-activations from input and state;
 * hp/cp (H) previous state; writes h (and c) (H) and the row's cache. */
static void at__rnn_row_fwd(int H, const float *gx, const float *gh, float *h, float *cache) {
  AT__OMP(omp simd)
  for (int j = 0; j < H; j++) h[j] = cache[j] = at__tanh(gx[j] + gh[j]);
}

static void at__gru_row_fwd(int H, const float *gx, const float *gh, const float *hp, float *h, float *cache) {
  float *r = cache, *z = cache + H, *n = cache + 2 * H, *hn = cache + 3 * H;
  AT__OMP(omp simd)
  for (int j = 0; j < H; j++) {
    float rr = at__sig(gx[j] + gh[j]), zz = at__sig(gx[H + j] + gh[H + j]), a = gh[2 * H + j];
    float nn = at__tanh(gx[2 * H + j] + rr * a);
    h[j] = (1.0f - zz) * nn + zz * hp[j];
    r[j] = rr, z[j] = zz, n[j] = nn, hn[j] = a;
  }
}

static void at__lstm_row_fwd(int H, const float *gx, const float *gh, const float *cp, float *h, float *c,
                             float *cache) {
  float *i_ = cache, *f_ = cache + H, *g_ = cache + 2 * H, *o_ = cache + 3 * H, *tc = cache + 4 * H;
  AT__OMP(omp simd)
  for (int j = 0; j < H; j++) {
    float ii = at__sig(gx[j] + gh[j]), ff = at__sig(gx[H + j] + gh[H + j]);
    float gg = at__tanh(gx[2 * H + j] + gh[2 * H + j]), oo = at__sig(gx[3 * H + j] + gh[3 * H + j]);
    float cc = ff * cp[j] + ii * gg, t = at__tanh(cc);
    c[j] = cc;
    h[j] = oo * t;
    i_[j] = ii, f_[j] = ff, g_[j] = gg, o_[j] = oo, tc[j] = t;
  }
}

/* Step for N rows with non-NULL hp, cp (N, H) (cp only for LSTM); gh (N, G*H)
 * is scratch. Masked rows copy the previous state. No aliasing of h with hp. */
static void at__step_fwd(const at_rnn *L, const float *params, const float *gx, const float *hp, const float *cp,
                         int N, const unsigned char *mask, float *h, float *c, float *cache, float *gh) {
  int H = L->hidden, GH = L->gates * H;
  size_t CF = at_rnn_step_cache_floats(L);
  at__affine(L->q, hp, N, H, params + L->W_hh, params + L->b_hh, GH, gh);
  AT__OMP(omp parallel for schedule(static) if ((size_t)N * GH >= AT__PAR_MIN))
  for (int i = 0; i < N; i++) {
    size_t oh = (size_t)i * H, og = (size_t)i * GH;
    if (mask && !mask[i]) {
      memcpy(h + oh, hp + oh, (size_t)H * sizeof(float));
      if (L->cell == AT_CELL_LSTM) memcpy(c + oh, cp + oh, (size_t)H * sizeof(float));
      continue;
    }
    float *ch = cache + (size_t)i * CF;
    if (L->cell == AT_CELL_RNN) at__rnn_row_fwd(H, gx + og, gh + og, h + oh, ch);
    else if (L->cell == AT_CELL_GRU) at__gru_row_fwd(H, gx + og, gh + og, hp + oh, h + oh, ch);
    else at__lstm_row_fwd(H, gx + og, gh + og, cp + oh, h + oh, c + oh, ch);
  }
}

size_t at_rnn_step_forward_bytes(const at_rnn *L, int N) {
  size_t NH = (size_t)N * L->hidden, NG = NH * L->gates, F = sizeof(float);
  return at_arena_round(NG * F) + at_arena_round((size_t)N * at_rnn_step_cache_floats(L) * F) +
         2 * at_arena_round(NH * F);
}

size_t at_rnn_step_backward_bytes(const at_rnn *L, int N) {
  size_t NH = (size_t)N * L->hidden, NG = NH * L->gates, F = sizeof(float);
  return 2 * at_arena_round(NG * F) + 6 * at_arena_round(NH * F);
}

/* Public step: see layers.h. Scratch (gh, zero states, a cache when none is
 * given) comes from `scratch`, which the caller reserved
 * (at_rnn_step_forward_bytes): running out is an internal error. */
void at_rnn_step_forward(const at_rnn *L, const float *params, const float *gx, const float *h_prev,
                         const float *c_prev, int N, const unsigned char *mask, float *h, float *c, float *cache,
                         at_arena *scratch) {
  size_t NH = (size_t)N * L->hidden;
  float *gh = at_arena_floats(scratch, (size_t)N * L->gates * L->hidden);
  if (!cache) cache = at_arena_floats(scratch, (size_t)N * at_rnn_step_cache_floats(L));
  if (!h_prev) h_prev = at_arena_zeros(scratch, NH);
  if (!c_prev && L->cell == AT_CELL_LSTM) c_prev = at_arena_zeros(scratch, NH);
  AT_ASSERT(gh && cache && h_prev && (c_prev || L->cell != AT_CELL_LSTM));
  at__step_fwd(L, params, gx, h_prev, c_prev, N, mask, h, c, cache, gh);
}

/* ---- one step, backward ---------------------------------------------------- */

/* One row of each cell: dh (H) gradient at h'; writes
 * dgx, dgh (G*H) (may alias for RNN/LSTM) and ADDS the direct paths to dhp
 * (GRU) and dcp (LSTM). */
static void at__rnn_row_bwd(int H, const float *cache, const float *dh, float *dgx, float *dgh) {
  AT__OMP(omp simd)
  for (int j = 0; j < H; j++) {
    float y = cache[j];
    dgx[j] = dgh[j] = dh[j] * (1.0f - y * y);
  }
}

static void at__gru_row_bwd(int H, const float *cache, const float *hp, const float *dh, float *dgx, float *dgh, float *dhp) {
  const float *r = cache, *z = cache + H, *n = cache + 2 * H, *hn = cache + 3 * H;
  AT__OMP(omp simd)
  for (int j = 0; j < H; j++) {
    float g = dh[j], rr = r[j], zz = z[j], nn = n[j];
    float pn = g * (1.0f - zz) * (1.0f - nn * nn);
    float pr = pn * hn[j] * rr * (1.0f - rr), pz = g * (hp[j] - nn) * zz * (1.0f - zz);
    dhp[j] += g * zz;
    dgx[j] = dgh[j] = pr;
    dgx[H + j] = dgh[H + j] = pz;
    dgx[2 * H + j] = pn;
    dgh[2 * H + j] = pn * rr;
  }
}

static void at__lstm_row_bwd(int H, const float *cache, const float *cp, const float *dh, const float *dc, float *dgx, float *dgh, float *dcp) {
  const float *i_ = cache, *f_ = cache + H, *g_ = cache + 2 * H, *o_ = cache + 3 * H, *tc = cache + 4 * H;
  AT__OMP(omp simd)
  for (int j = 0; j < H; j++) {
    float g = dh[j], ii = i_[j], ff = f_[j], gg = g_[j], oo = o_[j], t = tc[j];
    float dct = dc[j] + g * oo * (1.0f - t * t);
    float pi = dct * gg * ii * (1.0f - ii), pf = dct * cp[j] * ff * (1.0f - ff);
    float pg = dct * ii * (1.0f - gg * gg), po = g * t * oo * (1.0f - oo);
    dcp[j] += dct * ff;
    dgx[j] = dgh[j] = pi;
    dgx[H + j] = dgh[H + j] = pf;
    dgx[2 * H + j] = dgh[2 * H + j] = pg;
    dgx[3 * H + j] = dgh[3 * H + j] = po;
  }
}

/* Element-wise backward of a step for N rows: dh (N, H) is the carried
 * gradient at h', to which dout (N, H) (NULL = none) is added IN PLACE on
 * unmasked rows (dh is scratch); writes dgx, dgh (N, G*H)
 * (zero for masked rows) and ADDS into dhp, dcp (N, H) the paths that do not
 * go through W_hh (masked rows pass dh, dc through; dout is ignored there).
 * hp, cp, dc, dcp non-NULL where the cell uses them. */
static void at__step_bwd_gates(const at_rnn *L, const float *cache, const float *hp, const float *cp, int N,
                               const unsigned char *mask, float *dh, const float *dout, const float *dc,
                               float *dgx, float *dgh, float *dhp, float *dcp) {
  int H = L->hidden, GH = L->gates * H;
  size_t CF = at_rnn_step_cache_floats(L);
  AT__OMP(omp parallel for schedule(static) if ((size_t)N * GH >= AT__PAR_MIN))
  for (int i = 0; i < N; i++) {
    size_t oh = (size_t)i * H, og = (size_t)i * GH;
    const float *ch = cache + (size_t)i * CF;
    if (mask && !mask[i]) {
      memset(dgx + og, 0, (size_t)GH * sizeof(float));
      memset(dgh + og, 0, (size_t)GH * sizeof(float));
      at__add(dhp + oh, dh + oh, (size_t)H);
      if (L->cell == AT_CELL_LSTM) at__add(dcp + oh, dc + oh, (size_t)H);
      continue;
    }
    if (dout) at__add(dh + oh, dout + oh, (size_t)H);
    if (L->cell == AT_CELL_RNN) at__rnn_row_bwd(H, ch, dh + oh, dgx + og, dgh + og);
    else if (L->cell == AT_CELL_GRU) at__gru_row_bwd(H, ch, hp + oh, dh + oh, dgx + og, dgh + og, dhp + oh);
    else at__lstm_row_bwd(H, ch, cp + oh, dh + oh, dc + oh, dgx + og, dgh + og, dcp + oh);
  }
}

/* Gradients of W_hh (G*H, H) and b_hh from dgh (rows, G*H) and the states
 * hp (rows, H) that were multiplied: dW_hh += dgh^T hp, db_hh += sum dgh. */
static void at__hidden_weight_grads(const at_rnn *L, float *grads, const float *dgh, const float *hp, size_t rows) {
  int H = L->hidden, GH = L->gates * H;
  at_gemm(1, 0, GH, H, (int)rows, 1.0f, dgh, GH, hp, H, 1.0f, grads + L->W_hh, H);
  at__add_colsum(dgh, rows, GH, grads + L->b_hh);
}

/* Public step backward: see layers.h. Scratch from `scratch`, reserved by the
 * caller (at_rnn_step_backward_bytes). */
void at_rnn_step_backward(const at_rnn *L, const float *params, float *grads, const float *h_prev,
                          const float *c_prev, int N, const unsigned char *mask, const float *cache,
                          const float *dh, const float *dc, float *dgx, float *dh_prev, float *dc_prev,
                          at_arena *scratch) {
  int H = L->hidden, GH = L->gates * H, lstm = L->cell == AT_CELL_LSTM;
  size_t NH = (size_t)N * H, NG = (size_t)N * GH;
  float *tgx = at_arena_floats(scratch, NG);
  float *tgh = L->cell == AT_CELL_GRU ? at_arena_floats(scratch, NG) : tgx;
  const float *hp = h_prev ? h_prev : at_arena_zeros(scratch, NH);
  const float *cp = c_prev || !lstm ? c_prev : at_arena_zeros(scratch, NH);
  const float *dcin = dc || !lstm ? dc : at_arena_zeros(scratch, NH);
  float *dhp = dh_prev ? dh_prev : at_arena_zeros(scratch, NH);
  float *dcp = dc_prev || !lstm ? dc_prev : at_arena_zeros(scratch, NH);
  float *dhc = at_arena_floats(scratch, NH); /* the gates pass takes a mutable dh */
  AT_ASSERT(tgx && tgh && hp && dhp && dhc && (!lstm || (cp && dcin && dcp)));
  memcpy(dhc, dh, NH * sizeof(float));
  at__step_bwd_gates(L, cache, hp, cp, N, mask, dhc, NULL, dcin, tgx, tgh, dhp, dcp);
  at_gemm(0, 0, N, H, GH, 1.0f, tgh, GH, params + L->W_hh, H, 1.0f, dhp, H);
  if (h_prev) at_gemm(1, 0, GH, H, N, 1.0f, tgh, GH, h_prev, H, 1.0f, grads + L->W_hh, H);
  at__add_colsum(tgh, (size_t)N, GH, grads + L->b_hh);
  at__add(dgx, tgx, NG);
}

/* ---- sequences ----------------------------------------------------------------- */

/* Allocates the cache arrays for T steps of B rows from the arena. */
static at_status at__seq_alloc(const at_rnn *L, int T, int B, at_rnn_seq_cache *C, at_arena *arena) {
  size_t TB = (size_t)T * B, H = (size_t)L->hidden, GH = (size_t)L->gates * H;
  C->gx = at_arena_floats(arena, TB * GH);
  C->h = at_arena_floats(arena, (TB + B) * H);
  C->c = L->cell == AT_CELL_LSTM ? at_arena_floats(arena, (TB + B) * H) : NULL;
  C->step = at_arena_floats(arena, TB * at_rnn_step_cache_floats(L));
  C->mask = at_arena_alloc(arena, TB);
  if (!C->gx || !C->h || !C->step || !C->mask || (L->cell == AT_CELL_LSTM && !C->c))
    return at_fail(AT_ERR_NOMEM, "rnn sequence cache (T %d, B %d, H %zu)", T, B, H);
  return AT_OK;
}

size_t at_rnn_seq_bytes(const at_rnn *L, int T, int B) {
  size_t TB = (size_t)T * B, H = (size_t)L->hidden, GH = (size_t)L->gates * H, F = sizeof(float);
  size_t fwd = at_arena_round(TB * GH * F) + 2 * at_arena_round((TB + B) * H * F) +
               at_arena_round(TB * at_rnn_step_cache_floats(L) * F) + at_arena_round(TB) +
               at_arena_round((size_t)B * GH * F);
  size_t bwd = 2 * at_arena_round(TB * GH * F) + 4 * at_arena_round((size_t)B * H * F);
  return fwd + bwd;
}

/* Checks sizes and lengths and fills the mask (T, B): 1 where t < len[b]. */
static at_status at__seq_mask(int T, int B, const int *lengths, unsigned char *mask) {
  for (int b = 0; b < B; b++)
    if (lengths[b] < 0 || lengths[b] > T)
      return at_fail(AT_ERR_INVALID_ARG, "rnn: length %d of sentence %d outside 0..%d", lengths[b], b, T);
  for (int t = 0; t < T; t++)
    for (int b = 0; b < B; b++) mask[(size_t)t * B + b] = t < lengths[b];
  return AT_OK;
}

/* dst (B, H) = src where mask, else 0 (outputs at padded positions). */
static void at__masked_copy(float *dst, const float *src, const unsigned char *mask, int B, int H) {
  for (int b = 0; b < B; b++) {
    float *d = dst + (size_t)b * H;
    if (mask[b]) memcpy(d, src + (size_t)b * H, (size_t)H * sizeof(float));
    else memset(d, 0, (size_t)H * sizeof(float));
  }
}

/* state (B, H) = init or zeros. */
static void at__init_state(float *state, const float *init, size_t n) {
  if (init) memcpy(state, init, n * sizeof(float));
  else memset(state, 0, n * sizeof(float));
}

/* See layers.h. x (T, B, in), lengths (B), h0/c0 (B, H) or NULL, out (T, B, H)
 * or NULL. cache arrays live in `arena` (gx, mask by time; h, c, step in
 * processing order: index s is time T-1-s when reverse); cache->x points at
 * the caller's x, which must outlive backward. */
at_status at_rnn_seq_forward(const at_rnn *L, const float *params, const float *x, int T, int B,
                             const int *lengths, int reverse, const float *h0, const float *c0, float *out,
                             at_rnn_seq_cache *cache, at_arena *arena) {
  if (T <= 0 || B <= 0) return at_fail(AT_ERR_INVALID_ARG, "rnn: T %d, B %d", T, B);
  memset(cache, 0, sizeof(*cache));
  cache->T = T, cache->B = B, cache->x = x, cache->reverse = reverse;
  at_status s = at__seq_alloc(L, T, B, cache, arena);
  if (s == AT_OK) s = at__seq_mask(T, B, lengths, cache->mask);
  float *gh = at_arena_floats(arena, (size_t)B * L->gates * L->hidden);
  if (s != AT_OK) return s;
  if (!gh) return at_fail(AT_ERR_NOMEM, "rnn scratch");
  size_t H = (size_t)L->hidden, GH = (size_t)L->gates * H, BH = (size_t)B * H, CF = at_rnn_step_cache_floats(L);
  at__affine(NULL, x, T * B, L->in_dim, params + L->W_ih, params + L->b_ih, (int)GH, cache->gx);
  at__init_state(cache->h, h0, BH);
  if (cache->c) at__init_state(cache->c, c0, BH);
  for (int st = 0; st < T; st++) {
    int t = reverse ? T - 1 - st : st;
    float *c_prev = cache->c ? cache->c + st * BH : NULL, *c_new = cache->c ? c_prev + BH : NULL;
    at__step_fwd(L, params, cache->gx + t * B * GH, cache->h + st * BH, c_prev, B, cache->mask + (size_t)t * B,
                 cache->h + (st + 1) * BH, c_new, cache->step + st * B * CF, gh);
    if (out) at__masked_copy(out + t * BH, cache->h + (st + 1) * BH, cache->mask + (size_t)t * B, B, (int)H);
  }
  cache->h_final = cache->h + (size_t)T * BH;
  cache->c_final = cache->c ? cache->c + (size_t)T * BH : NULL;
  return AT_OK;
}

/* Per-step part of the backward: walks the steps in reverse processing order
 * carrying dh (and dc) in dh/dc (B, H) (in: gradient at the final state; out:
 * gradient at h0/c0). Writes dgx (T, B, G*H) by time and dgh (T, B, G*H) by
 * processing step. tmp_h/tmp_c (B, H) scratch. */
static void at__seq_bwd_steps(const at_rnn *L, const float *params, const at_rnn_seq_cache *C, const float *dout,
                              float **dh, float **dc, float *tmp_h, float *tmp_c, float *dgx, float *dgh) {
  int T = C->T, B = C->B, H = L->hidden, GH = L->gates * H;
  size_t BH = (size_t)B * H, BG = (size_t)B * GH, CF = at_rnn_step_cache_floats(L);
  float *nh = tmp_h, *nc = tmp_c;
  for (int st = T - 1; st >= 0; st--) {
    int t = C->reverse ? T - 1 - st : st;
    memset(nh, 0, BH * sizeof(float));
    if (nc) memset(nc, 0, BH * sizeof(float));
    const float *cp = C->c ? C->c + st * BH : NULL;
    at__step_bwd_gates(L, C->step + st * B * CF, C->h + st * BH, cp, B, C->mask + (size_t)t * B, *dh,
                       dout ? dout + t * BH : NULL, *dc, dgx + t * BG, dgh + st * BG, nh, nc);
    at_gemm(0, 0, B, H, GH, 1.0f, dgh + st * BG, GH, params + L->W_hh, H, 1.0f, nh, H);
    float *sw = *dh;
    *dh = nh, nh = sw;
    if (nc) sw = *dc, *dc = nc, nc = sw;
  }
}

/* See layers.h. All scratch (gate gradients of every step, carries) comes
 * from `arena`. */
at_status at_rnn_seq_backward(const at_rnn *L, const float *params, float *grads, const at_rnn_seq_cache *cache,
                              const float *dout, const float *dh_final, const float *dc_final, float *dx,
                              float *dh0, float *dc0, at_arena *arena) {
  int T = cache->T, B = cache->B, H = L->hidden, GH = L->gates * H, in = L->in_dim, lstm = cache->c != NULL;
  size_t TB = (size_t)T * B, BH = (size_t)B * H;
  float *dgx = at_arena_floats(arena, TB * GH);
  float *dgh = L->cell == AT_CELL_GRU || cache->reverse ? at_arena_floats(arena, TB * GH) : dgx;
  float *dh = at_arena_floats(arena, BH), *th = at_arena_floats(arena, BH);
  float *dc = lstm ? at_arena_floats(arena, BH) : NULL, *tc = lstm ? at_arena_floats(arena, BH) : NULL;
  if (!dgx || !dgh || !dh || !th || (lstm && (!dc || !tc)))
    return at_fail(AT_ERR_NOMEM, "rnn backward scratch (T %d, B %d, H %d)", T, B, H);
  at__init_state(dh, dh_final, BH);
  if (lstm) at__init_state(dc, dc_final, BH);
  at__seq_bwd_steps(L, params, cache, dout, &dh, &dc, th, tc, dgx, dgh);
  if (dh0) at__add(dh0, dh, BH);
  if (dc0 && lstm) at__add(dc0, dc, BH);
  at__hidden_weight_grads(L, grads, dgh, cache->h, TB);
  at_gemm(1, 0, GH, in, (int)TB, 1.0f, dgx, GH, cache->x, in, 1.0f, grads + L->W_ih, in);
  at__add_colsum(dgx, TB, GH, grads + L->b_ih);
  if (dx) at_gemm(0, 0, (int)TB, in, GH, 1.0f, dgx, GH, params + L->W_ih, in, 1.0f, dx, in);
  return AT_OK;
}
