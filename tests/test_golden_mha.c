/* Golden tensors for the multi-head attention layer: tests/data/golden_mha.h5
 * (scripts/make-golden-mha.py) holds, per case "<score>_H<heads>" (scaled and
 * general, H = 1, 2, 4), float32 inputs (queries, time-major keys with
 * padding, source lengths 5, 2, 4, the four projections, an upstream gradient
 * dcontext) and what torch.nn.MultiheadAttention computes from them in
 * float64: context, head-averaged alpha and, by autograd of
 * sum(dcontext * context), dq, dkeys and dW_Q, dW_K, dW_V, dW_O. The layer
 * runs project_keys + step_forward (t = 0, one hypothesis per sentence, a
 * training cache) and step_backward + project_keys_backward in float32 and
 * must match every tensor to 1e-5 of its largest reference value; the
 * inference forward (no cache) must give the same context and alpha, alpha
 * must be exactly 0 beyond each length and the scratch estimates must cover
 * what the step takes. The largest difference per tensor is printed. */
#include <hdf5.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "golden_h5.h"
#include "model/layers/layers.h"

#define REL_TOL 1e-5

static const char *const CASES[] = {"scaled_H1", "scaled_H2", "scaled_H4", "general_H1", "general_H2", "general_H4"};

static double golden_case(hid_t f, const char *cname) {
  hid_t g = H5Gopen2(f, cname, H5P_DEFAULT);
  CHECK_MSG(g >= 0, "no group %s", cname);
  if (g < 0) return INFINITY;
  char score_name[32];
  int H = 0, qd[3], kd[3], nd;
  CHECK_MSG(read_str_attr(g, "score", score_name, sizeof score_name), "%s: attribute score", cname);
  CHECK_MSG(read_int_attr(g, "heads", &H), "%s: attribute heads", cname);
  at_score_type score = strcmp(score_name, "scaled") == 0 ? AT_SCORE_SCALED : AT_SCORE_GENERAL;
  CHECK_MSG(strcmp(score_name, at_score_names[score]) == 0, "%s: score %s", cname, score_name);
  char want[80];
  snprintf(want, sizeof want, "%s_H%d", score_name, H);
  CHECK_MSG(strcmp(want, cname) == 0, "group %s holds %s", cname, want); /* the case is what its name says */
  nd = ds_dims(g, "q", qd);
  CHECK_MSG(nd == 2, "%s: q rank %d", cname, nd);
  nd = ds_dims(g, "keys", kd);
  CHECK_MSG(nd == 3, "%s: keys rank %d", cname, nd);
  const int N = qd[0], Dq = qd[1], Ts = kd[0], B = kd[1], Dk = kd[2];
  CHECK_MSG(N == B && N > 0 && Ts > 0 && Dq > 0 && Dk > 0 && H >= 1, "%s: N %d B %d Ts %d Dq %d Dk %d H %d", cname, N,
            B, Ts, Dq, Dk, H);
  if (!(N == B && N > 0 && Ts > 0 && Dq > 0 && Dk > 0 && H >= 1)) {
    H5Gclose(g);
    return INFINITY;
  }
  printf("%s: %s scores, %d heads, N = B = %d, Ts %d, Dq %d, Dk %d\n", cname, score_name, H, N, Ts, Dq, Dk);

  at_attention L;
  at_params P;
  at_arena arena;
  at_params_init(&P);
  at_arena_init(&arena);
  CHECK_OK(at_attention_declare_heads(&L, &P, "attn", score, Dq, Dk, H));
  CHECK_OK(at_params_alloc(&P));
  /* the parameters as documented: "attn/W_Q" (Dk, Dq), W_K, W_V, W_O (Dk, Dk), nothing else */
  static const char *const WN[4] = {"W_Q", "W_K", "W_V", "W_O"};
  const size_t WO[4] = {L.W_Q, L.W_K, L.W_V, L.W_O};
  CHECK_MSG(P.count == 4 && P.total == (size_t)Dk * Dq + 3 * (size_t)Dk * Dk, "%s: %d parameters, %zu floats", cname,
            P.count, P.total);
  for (int w = 0; w < 4; w++) {
    char pn[32];
    snprintf(pn, sizeof pn, "attn/%s", WN[w]);
    const at_param_info *pi = at_params_find(&P, pn);
    CHECK_MSG(pi && pi->offset == WO[w] && pi->shape[0] == Dk && pi->shape[1] == (w ? Dk : Dq), "%s: %s", cname, pn);
    CHECK_MSG(read_ds(g, WN[w], H5T_NATIVE_FLOAT, P.data + WO[w], (size_t)Dk * (w ? Dk : Dq)), "%s: %s", cname,
              WN[w]);
  }

  const size_t nk = (size_t)Ts * B, Pd = (size_t)at_attention_pkey_dim(&L), CF = at_attention_step_cache_floats(&L, Ts);
  CHECK(Pd == 2 * (size_t)Dk);
  float *q = malloc((size_t)N * Dq * sizeof(float)), *keys = malloc(nk * Dk * sizeof(float));
  float *dcontext = malloc((size_t)N * Dk * sizeof(float)), *pkeys = malloc(nk * Pd * sizeof(float));
  float *alpha = malloc((size_t)N * Ts * sizeof(float)), *context = malloc((size_t)N * Dk * sizeof(float));
  float *alpha2 = malloc((size_t)N * Ts * sizeof(float)), *context2 = malloc((size_t)N * Dk * sizeof(float));
  float *cache = malloc(((size_t)N * CF + 1) * sizeof(float));
  float *dq = calloc((size_t)N * Dq, sizeof(float)), *dkeys = calloc(nk * Dk, sizeof(float));
  float *dpkeys = calloc(nk * Pd, sizeof(float));
  int *src_len = malloc((size_t)B * sizeof(int)), *sent = malloc((size_t)N * sizeof(int));
  for (int i = 0; i < N; i++) sent[i] = i;
  CHECK(read_ds(g, "q", H5T_NATIVE_FLOAT, q, (size_t)N * Dq));
  CHECK(read_ds(g, "keys", H5T_NATIVE_FLOAT, keys, nk * Dk));
  CHECK(read_ds(g, "dcontext", H5T_NATIVE_FLOAT, dcontext, (size_t)N * Dk));
  CHECK(read_ds(g, "src_len", H5T_NATIVE_INT, src_len, (size_t)B));
  for (int b = 0; b < B; b++) CHECK_MSG(src_len[b] >= 1 && src_len[b] <= Ts, "%s: src_len[%d] %d", cname, b, src_len[b]);

  /* forward: training (a cache) and inference (none) */
  at_attention_project_keys(&L, P.data, keys, Ts, B, pkeys);
  size_t fb = at_attention_step_forward_bytes(&L, N, Ts, 1);
  CHECK_OK(at_arena_reserve(&arena, fb));
  at_attention_step_forward(&L, P.data, 0, q, N, sent, keys, pkeys, Ts, B, src_len, NULL, alpha, context, cache,
                            &arena);
  CHECK_MSG(arena.used_total <= fb, "%s: forward took %zu scratch bytes, estimate %zu", cname, arena.used_total, fb);
  at_arena_reset(&arena);
  size_t ib = at_attention_step_forward_bytes(&L, N, Ts, 0);
  CHECK_OK(at_arena_reserve(&arena, ib));
  at_attention_step_forward(&L, P.data, 0, q, N, sent, keys, pkeys, Ts, B, src_len, NULL, alpha2, context2, NULL,
                            &arena);
  CHECK_MSG(arena.used_total <= ib, "%s: inference took %zu scratch bytes, estimate %zu", cname, arena.used_total, ib);
  at_arena_reset(&arena);
  for (int i = 0; i < N; i++)
    for (int j = src_len[i]; j < Ts; j++)
      CHECK_MSG(alpha[(size_t)i * Ts + j] == 0.0f && alpha2[(size_t)i * Ts + j] == 0.0f,
                "%s: alpha[%d][%d] = %g beyond the length %d", cname, i, j, alpha[(size_t)i * Ts + j], src_len[i]);

  /* backward */
  size_t bb = at_attention_step_backward_bytes(&L, N, B, Ts);
  CHECK_OK(at_arena_reserve(&arena, bb));
  at_attention_step_backward(&L, P.data, P.grad, 0, q, N, sent, keys, pkeys, Ts, B, src_len, alpha, cache, dcontext,
                             NULL, dq, dkeys, dpkeys, &arena);
  CHECK_MSG(arena.used_total <= bb, "%s: backward took %zu scratch bytes, estimate %zu", cname, arena.used_total, bb);
  at_arena_reset(&arena);
  at_attention_project_keys_backward(&L, P.data, P.grad, keys, Ts, B, dpkeys, dkeys);

  double worst = 0;
  worst = fmax(worst, golden_compare(g, REL_TOL, cname, "context", "context", context, (size_t)N * Dk));
  worst = fmax(worst, golden_compare(g, REL_TOL, cname, "alpha", "alpha", alpha, (size_t)N * Ts));
  worst = fmax(worst, golden_compare(g, REL_TOL, cname, "context (no cache)", "context", context2, (size_t)N * Dk));
  worst = fmax(worst, golden_compare(g, REL_TOL, cname, "alpha (no cache)", "alpha", alpha2, (size_t)N * Ts));
  worst = fmax(worst, golden_compare(g, REL_TOL, cname, "dq", "dq", dq, (size_t)N * Dq));
  worst = fmax(worst, golden_compare(g, REL_TOL, cname, "dkeys", "dkeys", dkeys, nk * Dk));
  for (int w = 0; w < 4; w++) {
    char dn[8];
    snprintf(dn, sizeof dn, "d%s", WN[w]);
    worst = fmax(worst, golden_compare(g, REL_TOL, cname, dn, dn, P.grad + WO[w], (size_t)Dk * (w ? Dk : Dq)));
  }
  printf("%s: worst relative difference %.2e\n", cname, worst);

  free(q), free(keys), free(dcontext), free(pkeys), free(alpha), free(context), free(alpha2), free(context2);
  free(cache), free(dq), free(dkeys), free(dpkeys), free(src_len), free(sent);
  at_params_free(&P);
  at_arena_free(&arena);
  H5Gclose(g);
  return worst;
}

int main(void) {
  const char *src = getenv("ATTEND_SRC");
  if (!src) src = ".";
  H5Eset_auto2(H5E_DEFAULT, NULL, NULL);
  char path[1024];
  snprintf(path, sizeof path, "%s/tests/data/golden_mha.h5", src);
  hid_t f = H5Fopen(path, H5F_ACC_RDONLY, H5P_DEFAULT);
  CHECK_MSG(f >= 0, "cannot open %s", path);
  if (f < 0) CHECK_DONE();
  double worst = 0;
  for (size_t c = 0; c < sizeof CASES / sizeof *CASES; c++) worst = fmax(worst, golden_case(f, CASES[c]));
  H5G_info_t info;
  hsize_t ngroups = H5Gget_info(f, &info) >= 0 ? info.nlinks : 0;
  CHECK_MSG(ngroups == sizeof CASES / sizeof *CASES, "%s holds %llu groups, this test reads %zu", path,
            (unsigned long long)ngroups, sizeof CASES / sizeof *CASES);
  printf("golden_mha: %zu cases, worst relative difference %.2e (tolerance %.0e)\n", sizeof CASES / sizeof *CASES,
         worst, REL_TOL);
  H5Fclose(f);
  fflush(stdout);
  CHECK_DONE();
}
