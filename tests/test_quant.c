/* int8 weights (model/quant.c, model/layers/qmap.c, issue 11 item 6): the
 * per-row quantisation, an int8 model's decoder steps against the float32
 * model with the same (dequantised) weights, vocabulary subsets in int8, and
 * the int8 checkpoint's round trip. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "core/qgemm.h"
#include "model_util.h"

static char g_dir[512];

static void test_quantize_rows(void) {
  enum { R = 4, C = 37 };
  float W[R * C], back;
  int8_t q[R * C];
  float s[R];
  at_rng rng;
  at_rng_seed(&rng, 5, 5);
  for (int i = 0; i < R * C; i++) W[i] = (at_rng_uniform(&rng) - 0.5f) * (float)(1 + i / C);
  for (int k = 0; k < C; k++) W[2 * C + k] = 0.0f; /* an all-zero row */
  W[3 * C + 7] = -9.0f;                            /* row 3's largest magnitude is negative */
  at_quantize_rows(W, R, C, q, s);
  CHECK(s[2] == 0.0f);
  CHECK_NEAR(s[3], 9.0 / 127.0, 1e-7);
  CHECK(q[3 * C + 7] == -127);
  for (int r = 0; r < R; r++) {
    int top = 0;
    for (int k = 0; k < C; k++) {
      int v = q[r * C + k];
      CHECK(v >= -127 && v <= 127);
      top = abs(v) > top ? abs(v) : top;
      back = s[r] * (float)v;
      CHECK_MSG(fabsf(back - W[r * C + k]) <= 0.5f * s[r] * 1.0001f + 1e-7f, "row %d col %d: %g -> %g", r, k,
                (double)W[r * C + k], (double)back);
    }
    CHECK(r == 2 ? top == 0 : top == 127);
  }
}

static at_model *make(at_model_config c) {
  at_model *m = NULL;
  CHECK_OK(at_model_create(&c, &m));
  if (m) at_model_init_params(m, 17, 0.3f);
  return m;
}

/* Steps of the int8 model B and of the float32 model A holding B's
 * dequantised weights, teacher-forced on the same tokens. */
static void test_steps(at_model_config c, const char *label) {
  c.src_vocab = 40, c.tgt_vocab = 48;
  at_model *A = make(c), *Bm = make(c);
  if (!A || !Bm) return;
  at_params *PA = at_model_params(A), *PB = at_model_params(Bm);
  at_qparams q;
  CHECK_OK(at_qparams_quantize(PA, &q));
  memcpy(PB->data, PA->data, PA->total * sizeof(float));
  int nq = 0;
  for (int i = 0; i < q.count; i++) nq += q.q[i] != NULL;
  CHECK_MSG(nq > 0, "%s: nothing quantised", label);
  CHECK(!at_model_int8(Bm));
  CHECK_OK(at_model_use_int8(Bm, &q));
  CHECK(at_model_int8(Bm));
  CHECK(at_model_use_int8(Bm, &q) != AT_OK); /* once */

  enum { B = 3, T = 5 };
  at_rng rng;
  at_rng_seed(&rng, 3, 4);
  int slen[B] = {4, 6, 2}, tlen[B] = {T - 1, T - 1, T - 1};
  mu_batch mb;
  mu_random(&mb, &rng, B, slen, tlen, c.src_vocab, c.tgt_vocab);
  const int V = c.tgt_vocab, Ts = mb.b.Ts, sent[B] = {0, 1, 2};
  at_arena a;
  at_arena_init(&a);
  at_encoded *ea = NULL, *eb = NULL;
  at_dec_state sa[2], sb[2];
  CHECK_OK(at_model_encode(A, mb.src, mb.src_len, Ts, B, &a, &ea));
  CHECK_OK(at_model_encode(Bm, mb.src, mb.src_len, Ts, B, &a, &eb));
  for (int k = 0; k < 2; k++) {
    CHECK_OK(at_model_state_alloc(A, B, T, &a, &sa[k]));
    CHECK_OK(at_model_state_alloc(Bm, B, T, &a, &sb[k]));
  }
  if (!ea || !eb) return;
  CHECK_OK(at_model_state_init(A, ea, &sa[0]));
  CHECK_OK(at_model_state_init(Bm, eb, &sb[0]));
  /* a subset: the special pieces and every third id */
  int ids[64], n = 0;
  for (int v = 0; v < V; v++)
    if (v < 4 || v % 3 == 0) ids[n++] = v;
  at_vocab_subset sub;
  CHECK_OK(at_model_vocab_subset(Bm, ids, n, &a, &sub));
  CHECK(!strcmp(at_qgemm_isa(), "scalar") ? sub.qW == NULL : sub.qW != NULL);
  float lpa[B * 64], lpb[B * 64], lps[B * 64];
  double worst = 0, any = 0, worst_sub = 0;
  for (int t = 0; t < T; t++) {
    at_dec_state tmp;
    CHECK_OK(at_model_step(A, ea, t, sent, &sa[t % 2], mb.tgt_in + t * B, &sa[(t + 1) % 2], lpa, NULL, &a));
    /* the subset step from the same state, into a scratch state */
    CHECK_OK(at_model_state_alloc(Bm, B, T, &a, &tmp));
    CHECK_OK(at_model_step_sub(Bm, eb, t, sent, &sb[t % 2], mb.tgt_in + t * B, &sub, &tmp, lps, NULL, &a));
    CHECK_OK(at_model_step(Bm, eb, t, sent, &sb[t % 2], mb.tgt_in + t * B, &sb[(t + 1) % 2], lpb, NULL, &a));
    for (int i = 0; i < B * V; i++) {
      worst = fmax(worst, fabs((double)lpa[i] - lpb[i]));
      any = fmax(any, fabs((double)lpa[i] - lpb[i]));
    }
    /* subset log-probabilities = the full ones renormalised: a constant shift per row */
    for (int b = 0; b < B; b++) {
      double shift = lps[b * n] - lpb[b * V + ids[0]];
      for (int j = 1; j < n; j++)
        worst_sub = fmax(worst_sub, fabs(lps[b * n + j] - lpb[b * V + ids[j]] - shift));
    }
  }
  printf("%-34s %2d int8 matrices (%s): max |log p int8 - float32| %.2e, subset shift spread %.1e\n", label, nq,
         at_qgemm_isa(), worst, worst_sub);
  CHECK_MSG(worst < 0.05, "%s: int8 log-probabilities %g from float32", label, worst);
  /* (the portable kernel is not used for decoding: float32 on the dequantised weights) */
  const int scalar = !strcmp(at_qgemm_isa(), "scalar");
  CHECK_MSG(scalar ? any == 0 : any > 0, "%s: int8 steps %s float32 exactly (kernel %s)", label,
            scalar ? "differ from" : "equal", at_qgemm_isa());
  CHECK_MSG(worst_sub < 1e-5, "%s: the int8 subset is not the full int8 output renormalised (%g)", label, worst_sub);
  at_model_vocab_subset_release(&sub);
  at_model_vocab_subset_release(&sub); /* twice: a no-op */
  at_arena_free(&a);
  at_qparams_free(&q);
  at_model_free(A);
  at_model_free(Bm);
}

static void test_checkpoint(void) {
  at_model_config c = mu_config(AT_CELL_GRU, AT_ATTN_LUONG, AT_SCORE_CONCAT, 1, 0, 1, 1, 16, 32);
  c.attn_dim = 16;
  at_model *m = make(c);
  if (!m) return;
  at_params *P = at_model_params(m);
  at_qparams *q = calloc(1, sizeof *q);
  CHECK_OK(at_qparams_quantize(P, q));
  char fp[600], qp[600];
  snprintf(fp, sizeof fp, "%s/f32.h5", g_dir);
  snprintf(qp, sizeof qp, "%s/int8.h5", g_dir);
  at_checkpoint ck;
  at_checkpoint_init(&ck);
  ck.config = c;
  ck.params = P;
  CHECK_OK(at_checkpoint_save(fp, &ck));
  ck.quant = q;
  CHECK_OK(at_checkpoint_save(qp, &ck));
  struct stat s1, s2;
  CHECK(stat(fp, &s1) == 0 && stat(qp, &s2) == 0 && s2.st_size < s1.st_size);
  at_checkpoint back;
  CHECK_OK(at_checkpoint_load(qp, &back));
  CHECK(back.format_version == AT_CHECKPOINT_VERSION_INT8);
  CHECK(back.quant != NULL);
  if (back.quant && back.params) {
    CHECK(back.quant->count == P->count);
    for (int i = 0; i < P->count && i < back.quant->count; i++) {
      CHECK(!q->q[i] == !back.quant->q[i]);
      if (!q->q[i] || !back.quant->q[i]) continue;
      CHECK(memcmp(q->q[i], back.quant->q[i], P->info[i].size) == 0);
      CHECK(memcmp(q->scale[i], back.quant->scale[i], (size_t)P->info[i].shape[0] * sizeof(float)) == 0);
    }
    CHECK(memcmp(back.params->data, P->data, P->total * sizeof(float)) == 0); /* the dequantised values */
  }
  at_checkpoint_free(&back);
  /* a float32 file: load_params_q hands over nothing; the int8 file: everything */
  at_model *m2 = make(c);
  at_qparams q2;
  if (m2) {
    CHECK_OK(at_checkpoint_load_params_q(fp, at_model_params(m2), &q2));
    CHECK(q2.count == 0);
    at_qparams_free(&q2);
    CHECK_OK(at_checkpoint_load_params_q(qp, at_model_params(m2), &q2));
    CHECK(q2.count == P->count);
    CHECK(memcmp(at_model_params(m2)->data, P->data, P->total * sizeof(float)) == 0);
    at_qparams_free(&q2);
    CHECK_OK(at_checkpoint_load_params(qp, at_model_params(m2))); /* plain: dequantised */
    CHECK(memcmp(at_model_params(m2)->data, P->data, P->total * sizeof(float)) == 0);
    int is8 = 0;
    CHECK_OK(at_model_load_params(m2, qp, 0, &is8));
    CHECK(is8 && at_model_int8(m2));
    at_model_free(m2);
  }
  m2 = make(c);
  if (m2) {
    int is8 = 1;
    CHECK_OK(at_model_load_params(m2, fp, 0, &is8));
    CHECK(!is8 && !at_model_int8(m2));
    at_model_free(m2);
  }
  at_qparams_free(q);
  free(q);
  at_model_free(m);
}

int main(void) {
  const char *t = getenv("ATTEND_TMP");
  snprintf(g_dir, sizeof g_dir, "%s", t && *t ? t : "/tmp");
  mkdir(g_dir, 0755);
  test_quantize_rows();
  at_model_config c = mu_config(AT_CELL_GRU, AT_ATTN_LUONG, AT_SCORE_CONCAT, 1, 0, 1, 1, 16, 32);
  c.attn_dim = 16;
  test_steps(c, "gru luong concat, input feeding");
  c = mu_config(AT_CELL_LSTM, AT_ATTN_LUONG, AT_SCORE_GENERAL, 0, 0, 2, 1, 32, 32);
  test_steps(c, "lstm x2 luong general, tied-free");
  c = mu_config(AT_CELL_GRU, AT_ATTN_BAHDANAU, AT_SCORE_CONCAT, 0, 0, 1, 1, 16, 32);
  c.attn_dim = 16;
  test_steps(c, "gru bahdanau");
  c = mu_config(AT_CELL_GRU, AT_ATTN_NONE, AT_SCORE_DOT, 0, 1, 1, 1, 32, 32);
  test_steps(c, "gru no attention, tied output");
  c = mu_config(AT_CELL_GRU, AT_ATTN_LUONG, AT_SCORE_DOT, 0, 0, 1, 1, 32, 32);
  c.encoder = AT_ENC_TRANSFORMER, c.decoder = AT_DEC_TRANSFORMER, c.heads = 2, c.enc_layers = 1, c.dec_layers = 1;
  c.ff_dim = 64;
  test_steps(c, "transformer");
  test_checkpoint();
  CHECK_DONE();
}
