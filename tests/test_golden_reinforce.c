/* Golden tensors for hard attention's REINFORCE backward:
 * tests/data/golden_reinforce.h5 (scripts/make-golden-reinforce.py) holds,
 * per case "<score>_<locality>" (dot, general, concat x global, hybrid),
 * float32 inputs (queries, time-major keys with padding, source lengths
 * 5, 2, 4, the layer's parameters by their attend names, chosen positions z,
 * REINFORCE signals adv and ent, an upstream gradient dcontext) and what an
 * independent PyTorch implementation computes from them in float64: the
 * weights alpha and, by autograd of
 *   L = sum_i dcontext_i . k_{z_i} + sum_i [ -adv_i log a_{i z_i} - ent_i H(a_i) ]
 * with z fixed, dq, dkeys and every parameter's gradient.
 *
 * The layer (at_attention_set_mode AT_MODE_HARD) runs project_keys +
 * step_forward (t from the fixture, one hypothesis per sentence, a training
 * cache, rng NULL: argmax positions), then the fixture's samples are forced
 * into the cache (the last float of row i holds z_i), and step_backward
 * with rl = {adv, ent} + project_keys_backward run in float32. Every tensor
 * must match to 1e-5 of its largest reference value (the largest difference
 * per tensor is printed); also: alpha matches, the forward's context is the
 * key at its own argmax choice, at least one forced z differs from that
 * choice (so forcing matters), dkeys is exactly 0 at padded positions and
 * the scratch estimates cover what the step takes. */
#include <hdf5.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "golden_h5.h"
#include "model/layers/layers.h"

#define REL_TOL 1e-5

static const char *const CASES[] = {"dot_global",     "dot_hybrid",    "general_global",
                                    "general_hybrid", "concat_global", "concat_hybrid"};

/* Index of `name` in a NULL-terminated name table, -1 if absent. */
static int name_index(const char *const *names, const char *name) {
  for (int k = 0; names[k]; k++)
    if (strcmp(names[k], name) == 0) return k;
  return -1;
}

/* Datasets directly in group `path` of g (0 if there is no such group). */
static int group_links(hid_t g, const char *path) {
  if (H5Lexists(g, path, H5P_DEFAULT) <= 0) return 0;
  hid_t s = H5Gopen2(g, path, H5P_DEFAULT);
  H5G_info_t info;
  int n = s >= 0 && H5Gget_info(s, &info) >= 0 ? (int)info.nlinks : -1;
  if (s >= 0) H5Gclose(s);
  return n;
}

static double golden_case(hid_t f, const char *cname) {
  hid_t g = H5Gopen2(f, cname, H5P_DEFAULT);
  CHECK_MSG(g >= 0, "no group %s", cname);
  if (g < 0) return INFINITY;
  char score_name[32], loc_name[32], want[80];
  int window = 0, A = 0, Ap = 0, t = -1, qd[3], kd[3], nd;
  CHECK_MSG(read_str_attr(g, "score", score_name, sizeof score_name), "%s: attribute score", cname);
  CHECK_MSG(read_str_attr(g, "locality", loc_name, sizeof loc_name), "%s: attribute locality", cname);
  CHECK_MSG(read_int_attr(g, "window", &window) && read_int_attr(g, "attn_dim", &A) &&
                read_int_attr(g, "pos_dim", &Ap) && read_int_attr(g, "t", &t),
            "%s: attributes window, attn_dim, pos_dim, t", cname);
  const int si = name_index(at_score_names, score_name), li = name_index(at_locality_names, loc_name);
  snprintf(want, sizeof want, "%s_%s", score_name, loc_name);
  CHECK_MSG(strcmp(want, cname) == 0, "group %s holds %s", cname, want); /* the case is what its name says */
  CHECK_MSG(si >= 0 && li >= 0, "%s: score %s, locality %s", cname, score_name, loc_name);
  nd = ds_dims(g, "q", qd);
  CHECK_MSG(nd == 2, "%s: q rank %d", cname, nd);
  nd = ds_dims(g, "keys", kd);
  CHECK_MSG(nd == 3, "%s: keys rank %d", cname, nd);
  const int N = qd[0], Dq = qd[1], Ts = kd[0], B = kd[1], Dk = kd[2];
  const int sane = si >= 0 && li >= 0 && N == B && N > 0 && Ts > 0 && Dq > 0 && Dk > 0 && t >= 0;
  CHECK_MSG(sane, "%s: N %d B %d Ts %d Dq %d Dk %d t %d", cname, N, B, Ts, Dq, Dk, t);
  if (!sane) {
    H5Gclose(g);
    return INFINITY;
  }
  const at_score_type score = (at_score_type)si;
  const at_locality_type loc = (at_locality_type)li;
  printf("%s: %s scores, %s (window %d), hard, N = B = %d, Ts %d, Dq %d, Dk %d, A %d, Ap %d\n", cname, score_name,
         loc_name, window, N, Ts, Dq, Dk, A, Ap);

  at_attention L;
  at_params P;
  at_arena arena;
  at_params_init(&P);
  at_arena_init(&arena);
  CHECK_OK(at_attention_declare(&L, &P, "attn", score, Dq, Dk, A));
  CHECK_OK(at_attention_set_locality(&L, &P, "attn", loc, window, Ap));
  CHECK_OK(at_attention_set_mode(&L, "attn", AT_MODE_HARD, 1));
  CHECK_OK(at_params_alloc(&P));
  /* the fixture holds exactly the layer's parameters, by name */
  const int links = group_links(g, "attn");
  CHECK_MSG(links == P.count, "%s: the fixture has %d parameters, the layer %d", cname, links, P.count);
  for (int k = 0; k < P.count; k++)
    CHECK_MSG(read_ds(g, P.info[k].name, H5T_NATIVE_FLOAT, P.data + P.info[k].offset, P.info[k].size), "%s: %s",
              cname, P.info[k].name);

  const size_t nk = (size_t)Ts * B, Pd = (size_t)at_attention_pkey_dim(&L), CF = at_attention_step_cache_floats(&L, Ts);
  CHECK(CF >= 1);
  float *q = malloc((size_t)N * Dq * sizeof(float)), *keys = malloc(nk * Dk * sizeof(float));
  float *dcontext = malloc((size_t)N * Dk * sizeof(float)), *pkeys = malloc(nk * Pd * sizeof(float));
  float *alpha = malloc((size_t)N * Ts * sizeof(float)), *context = malloc((size_t)N * Dk * sizeof(float));
  float *cache = malloc((size_t)N * CF * sizeof(float));
  float *adv = malloc((size_t)N * sizeof(float)), *ent = malloc((size_t)N * sizeof(float));
  float *dq = calloc((size_t)N * Dq, sizeof(float)), *dkeys = calloc(nk * Dk, sizeof(float));
  float *dpkeys = calloc(nk * Pd, sizeof(float));
  int *src_len = malloc((size_t)B * sizeof(int)), *sent = malloc((size_t)N * sizeof(int));
  int *z = malloc((size_t)N * sizeof(int));
  for (int i = 0; i < N; i++) sent[i] = i;
  CHECK(read_ds(g, "q", H5T_NATIVE_FLOAT, q, (size_t)N * Dq));
  CHECK(read_ds(g, "keys", H5T_NATIVE_FLOAT, keys, nk * Dk));
  CHECK(read_ds(g, "dcontext", H5T_NATIVE_FLOAT, dcontext, (size_t)N * Dk));
  CHECK(read_ds(g, "adv", H5T_NATIVE_FLOAT, adv, (size_t)N));
  CHECK(read_ds(g, "ent", H5T_NATIVE_FLOAT, ent, (size_t)N));
  CHECK(read_ds(g, "src_len", H5T_NATIVE_INT, src_len, (size_t)B));
  CHECK(read_ds(g, "z", H5T_NATIVE_INT, z, (size_t)N));
  for (int b = 0; b < B; b++) {
    CHECK_MSG(src_len[b] >= 1 && src_len[b] <= Ts, "%s: src_len[%d] %d", cname, b, src_len[b]);
    src_len[b] = src_len[b] < 1 ? 1 : src_len[b] > Ts ? Ts : src_len[b];
  }
  for (int i = 0; i < N; i++) {
    CHECK_MSG(z[i] >= 0 && z[i] < src_len[i], "%s: z[%d] = %d, length %d", cname, i, z[i], src_len[i]);
    z[i] = z[i] < 0 ? 0 : z[i] >= src_len[i] ? src_len[i] - 1 : z[i];
  }

  /* forward: training (a cache), argmax positions */
  at_attention_project_keys(&L, P.data, keys, Ts, B, pkeys);
  size_t fb = at_attention_step_forward_bytes(&L, N, Ts, 1);
  CHECK_OK(at_arena_reserve(&arena, fb));
  at_attention_step_forward(&L, P.data, t, q, N, sent, keys, pkeys, Ts, B, src_len, NULL, alpha, context, cache,
                            &arena);
  CHECK_MSG(arena.used_total <= fb, "%s: forward took %zu scratch bytes, estimate %zu", cname, arena.used_total, fb);
  at_arena_reset(&arena);
  for (int i = 0; i < N; i++)
    for (int j = src_len[i]; j < Ts; j++)
      CHECK_MSG(alpha[(size_t)i * Ts + j] == 0.0f, "%s: alpha[%d][%d] = %g beyond the length %d", cname, i, j,
                alpha[(size_t)i * Ts + j], src_len[i]);

  /* the forward's own choice (argmax) and its context; then force the fixture's samples */
  int forced = 0;
  for (int i = 0; i < N; i++) {
    float *slot = cache + (size_t)i * CF + CF - 1;
    const int z0 = (int)*slot;
    int best = 0;
    for (int j = 1; j < src_len[i]; j++) best = alpha[(size_t)i * Ts + j] > alpha[(size_t)i * Ts + best] ? j : best;
    CHECK_MSG(*slot == (float)z0 && z0 == best, "%s: row %d: cached choice %g, argmax %d", cname, i, *slot, best);
    CHECK_MSG(z0 >= 0 && z0 < src_len[i] &&
                  memcmp(context + (size_t)i * Dk, keys + ((size_t)z0 * B + i) * Dk, (size_t)Dk * sizeof(float)) == 0,
              "%s: row %d: context is not key %d", cname, i, z0);
    forced += z[i] != z0;
    *slot = (float)z[i];
  }
  CHECK_MSG(forced > 0, "%s: every fixture sample equals the argmax: forcing tests nothing", cname);

  /* backward with the REINFORCE signals */
  const at_attention_rl rl = {adv, ent};
  size_t bb = at_attention_step_backward_bytes(&L, N, B, Ts);
  CHECK_OK(at_arena_reserve(&arena, bb));
  at_attention_step_backward(&L, P.data, P.grad, t, q, N, sent, keys, pkeys, Ts, B, src_len, alpha, cache, dcontext,
                             &rl, dq, dkeys, dpkeys, &arena);
  CHECK_MSG(arena.used_total <= bb, "%s: backward took %zu scratch bytes, estimate %zu", cname, arena.used_total, bb);
  at_arena_reset(&arena);
  at_attention_project_keys_backward(&L, P.data, P.grad, keys, Ts, B, dpkeys, dkeys);
  for (int j = 0; j < Ts; j++)
    for (int b = 0; b < B; b++)
      for (int d = 0; j >= src_len[b] && d < Dk; d++)
        CHECK_MSG(dkeys[((size_t)j * B + b) * Dk + d] == 0.0f, "%s: dkeys[%d][%d][%d] = %g at a padded position",
                  cname, j, b, d, dkeys[((size_t)j * B + b) * Dk + d]);

  printf("  forced z differs from the argmax in %d of %d rows\n", forced, N);
  double worst = 0;
  worst = fmax(worst, golden_compare(g, REL_TOL, cname, "alpha", "alpha", alpha, (size_t)N * Ts));
  worst = fmax(worst, golden_compare(g, REL_TOL, cname, "dq", "dq", dq, (size_t)N * Dq));
  worst = fmax(worst, golden_compare(g, REL_TOL, cname, "dkeys", "dkeys", dkeys, nk * Dk));
  for (int k = 0; k < P.count; k++) {
    char path[128], what[128];
    snprintf(path, sizeof path, "grad/%s", P.info[k].name);
    const char *leaf = strrchr(P.info[k].name, '/');
    snprintf(what, sizeof what, "d%s", leaf ? leaf + 1 : P.info[k].name);
    worst = fmax(worst, golden_compare(g, REL_TOL, cname, what, path, P.grad + P.info[k].offset, P.info[k].size));
  }
  CHECK_MSG(group_links(g, "grad/attn") == P.count, "%s: the fixture has %d gradients, the layer %d parameters",
            cname, group_links(g, "grad/attn"), P.count);
  printf("%s: worst relative difference %.2e\n", cname, worst);

  free(q), free(keys), free(dcontext), free(pkeys), free(alpha), free(context), free(cache), free(adv), free(ent);
  free(dq), free(dkeys), free(dpkeys), free(src_len), free(sent), free(z);
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
  snprintf(path, sizeof path, "%s/tests/data/golden_reinforce.h5", src);
  hid_t f = H5Fopen(path, H5F_ACC_RDONLY, H5P_DEFAULT);
  CHECK_MSG(f >= 0, "cannot open %s", path);
  if (f < 0) CHECK_DONE();
  double worst = 0;
  for (size_t c = 0; c < sizeof CASES / sizeof *CASES; c++) worst = fmax(worst, golden_case(f, CASES[c]));
  H5G_info_t info;
  hsize_t ngroups = H5Gget_info(f, &info) >= 0 ? info.nlinks : 0;
  CHECK_MSG(ngroups == sizeof CASES / sizeof *CASES, "%s holds %llu groups, this test reads %zu", path,
            (unsigned long long)ngroups, sizeof CASES / sizeof *CASES);
  printf("golden_reinforce: %zu cases, worst relative difference %.2e (tolerance %.0e)\n",
         sizeof CASES / sizeof *CASES, worst, REL_TOL);
  H5Fclose(f);
  fflush(stdout);
  CHECK_DONE();
}
