/* bench_flops_check: checks the analytic FLOP count of bench_common.c
 * (bench_flops_count) against the matrix products the model really issues.
 *
 *   bench_flops_check [-v]
 *
 * Linked with -Wl,--wrap=at_gemm: every at_gemm call of libattend (all of
 * the model's linear layers, the output layer, the recurrences, and the
 * Transformer's attention GEMMs over whole sequences) adds M N K
 * multiply-adds to a counter. For batches without padding (B sentences of
 * the same S source tokens and T target steps) it requires, exactly:
 *
 *   training forward  == B * forward(S, T)                (transformer)
 *                     == B * (forward(S, T) - T S step_src)   (rnn: its
 *                        attention scores and context are loops, not GEMMs)
 *                     + 2 B T step_out                 (the output layer's dW and dh products,
 *                        which the training forward computes block by block)
 *   backward          == 2 x the forward's GEMMs - 2 B T step_out  (training = 3 x forward)
 *   encode (+ state init) == B * encode(S)
 *   search step t     == B * step                         (the attention of a
 *                        decoding step, S step_src + (t + 1) step_tgt, is a
 *                        loop in at_mha_self_step / at_mha_cross_step and the
 *                        rnn attention, so only the products are counted here)
 *
 * for the bench configurations (rnn with concat, general and dot scores; the
 * bench Transformer) and a small Transformer that exercises the other terms
 * (emb_dim != model_dim: the input projections; post-norm, GELU, learned
 * positions, 2 + 3 layers). Two shapes (S, T) = (7, 5) and (11, 13) tell the
 * per-token terms from the per-token^2 ones. Exits 1 on any mismatch. Run by
 * CTest (bench_flops_check). */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench/bench_common.h"

/* ---- the counter (-Wl,--wrap=at_gemm) -------------------------------------------------- */
static atomic_llong bench__madds;

void __real_at_gemm(int trans_a, int trans_b, int M, int N, int K, float alpha, const float *A, int lda,
                    const float *B, int ldb, float beta, float *C, int ldc);
void __wrap_at_gemm(int trans_a, int trans_b, int M, int N, int K, float alpha, const float *A, int lda,
                    const float *B, int ldb, float beta, float *C, int ldc);

void __wrap_at_gemm(int trans_a, int trans_b, int M, int N, int K, float alpha, const float *A, int lda,
                    const float *B, int ldb, float beta, float *C, int ldc) {
  if (M > 0 && N > 0 && K > 0) atomic_fetch_add(&bench__madds, (long long)M * N * K);
  __real_at_gemm(trans_a, trans_b, M, N, K, alpha, A, lda, B, ldb, beta, C, ldc);
}

/* FLOPs counted since the last call (2 per multiply-add). */
static double bench__take(void) { return 2.0 * (double)atomic_exchange(&bench__madds, 0); }

/* ---- checks ------------------------------------------------------------------------------ */
static int bench__verbose, bench__failures;

static void bench__expect(const char *name, const char *what, int S, int T, double counted, double expected) {
  int ok = counted == expected; /* integers far below 2^53: exact in double */
  if (!ok) bench__failures++;
  if (!ok || bench__verbose)
    printf("%-22s S %2d T %2d %-26s counted %14.0f formula %14.0f %s\n", name, S, T, what, counted, expected,
           ok ? "ok" : "MISMATCH");
}

typedef struct bench_case {
  const char *name;
  const char *arch, *score;     /* a bench configuration ... */
  const char *const (*kv)[2];   /* ... or these settings over the defaults (NULL-terminated) */
  int src_vocab, tgt_vocab;
} bench_case;

static at_status bench__config(const bench_case *k, at_model_config *cfg) {
  if (!k->kv) return bench_model_config_arch(cfg, k->src_vocab, k->tgt_vocab, k->arch, k->score);
  at_model_config_default(cfg);
  cfg->src_vocab = k->src_vocab, cfg->tgt_vocab = k->tgt_vocab;
  at_status s = AT_OK;
  for (int i = 0; s == AT_OK && k->kv[i][0]; i++) s = at_model_config_set(cfg, k->kv[i][0], k->kv[i][1]);
  return s == AT_OK ? at_model_config_validate(cfg) : s;
}

/* Ids in 4..V-1 (above the special ids), time-major (T, B). */
static void bench__fill_ids(at_rng *rng, int *ids, int n, int V) {
  for (int i = 0; i < n; i++) ids[i] = 4 + (int)at_rng_below(rng, (uint32_t)(V - 4));
}

static at_status bench__check_training(const bench_case *k, at_model *m, const bench_flops *f, int B, int S, int T,
                                       at_rng *rng) {
  const at_model_config *c = at_model_get_config(m);
  int *src = malloc(sizeof(int) * (size_t)S * B), *tin = malloc(sizeof(int) * (size_t)T * B);
  int *tout = malloc(sizeof(int) * (size_t)T * B), *sl = malloc(sizeof(int) * B), *tl = malloc(sizeof(int) * B);
  if (!src || !tin || !tout || !sl || !tl) return free(src), free(tin), free(tout), free(sl), free(tl), AT_ERR_NOMEM;
  bench__fill_ids(rng, src, S * B, c->src_vocab);
  bench__fill_ids(rng, tout, T * B, c->tgt_vocab);
  for (int b = 0; b < B; b++) {
    sl[b] = S, tl[b] = T;
    src[(S - 1) * B + b] = AT_EOS_ID, tout[(T - 1) * B + b] = AT_EOS_ID, tin[b] = AT_BOS_ID;
    for (int t = 1; t < T; t++) tin[t * B + b] = tout[(t - 1) * B + b];
  }
  at_batch batch = {B, S, T, src, sl, tin, tout, tl};
  at_loss loss;
  bench__take();
  at_status s = at_model_forward(m, &batch, 1, rng, &loss);
  double fwd = bench__take();
  if (s == AT_OK) s = at_model_backward(m, 1.0f / (float)loss.ntokens);
  double bwd = bench__take();
  if (s == AT_OK) {
    int rnn_dec = c->decoder == AT_DEC_RNN;
    double loops = rnn_dec ? (double)T * S * f->step_src : 0.0; /* rnn attention: not GEMMs */
    double out_grads = 2.0 * B * T * f->step_out; /* dW and dh of the output layer, in the training forward */
    double fwd0 = B * (bench_flops_forward(f, S, T) - loops);
    bench__expect(k->name, "training forward", S, T, fwd, fwd0 + out_grads);
    /* The rnn's concat-score backward adds one GEMM for the v-dot's weight
     * gradient (2 A per step and source token), part of the loops' 2 x. */
    double extra = rnn_dec && c->score == AT_SCORE_CONCAT && c->attention != AT_ATTN_NONE
                       ? B * (double)T * S * 2.0 * (c->attn_dim > 0 ? c->attn_dim : c->hidden_dim)
                       : 0.0;
    bench__expect(k->name, "backward = 2 x forward", S, T, bwd, 2 * fwd0 + extra - out_grads);
  }
  free(src), free(tin), free(tout), free(sl), free(tl);
  return s;
}

static at_status bench__check_search(const bench_case *k, at_model *m, const bench_flops *f, int B, int S, int T,
                                     at_rng *rng) {
  const at_model_config *c = at_model_get_config(m);
  int *src = malloc(sizeof(int) * (size_t)S * B), *sl = malloc(sizeof(int) * B), *sent = malloc(sizeof(int) * B);
  int *y = malloc(sizeof(int) * B);
  float *lp = malloc(sizeof(float) * (size_t)B * c->tgt_vocab);
  at_status s = src && sl && sent && y && lp ? AT_OK : AT_ERR_NOMEM;
  at_arena arena;
  at_arena_init(&arena);
  at_encoded *enc = NULL;
  at_dec_state st[2];
  if (s == AT_OK) {
    bench__fill_ids(rng, src, S * B, c->src_vocab);
    for (int b = 0; b < B; b++) sl[b] = S, sent[b] = b, y[b] = AT_BOS_ID, src[(S - 1) * B + b] = AT_EOS_ID;
    bench__take();
    s = at_model_encode(m, src, sl, S, B, &arena, &enc);
  }
  if (s == AT_OK) s = at_model_state_alloc(m, B, T, &arena, &st[0]);
  if (s == AT_OK) s = at_model_state_alloc(m, B, T, &arena, &st[1]);
  if (s == AT_OK) s = at_model_state_init(m, enc, &st[0]);
  if (s == AT_OK) bench__expect(k->name, "encode + state init", S, T, bench__take(), B * bench_flops_encode(f, S));
  for (int t = 0; s == AT_OK && t < T; t++) {
    s = at_model_step(m, enc, t, sent, &st[t & 1], y, &st[(t + 1) & 1], lp, NULL, &arena);
    double got = bench__take();
    char what[48];
    snprintf(what, sizeof what, "search step %d (products)", t);
    if (s == AT_OK) bench__expect(k->name, what, S, T, got, B * f->step);
    for (int b = 0; b < B; b++) y[b] = 4 + (b + t) % (c->tgt_vocab - 4);
  }
  at_arena_free(&arena);
  free(src), free(sl), free(sent), free(y), free(lp);
  return s;
}

static at_status bench__check_case(const bench_case *k) {
  at_model_config cfg;
  at_model *m = NULL;
  bench_flops f;
  at_status s = bench__config(k, &cfg);
  if (s == AT_OK) s = at_model_create(&cfg, &m);
  if (s != AT_OK) return s;
  at_model_init_params(m, 1, 0.1f);
  bench_flops_count(&cfg, &f);
  if (!f.exact) bench__failures++, printf("%s: not marked exact\n", k->name);
  if (bench__verbose) printf("%s: ", k->name), bench_flops_print(&f, stdout);
  at_rng rng;
  at_rng_seed(&rng, 5, 1);
  static const int shapes[][2] = {{7, 5}, {11, 13}};
  for (int i = 0; s == AT_OK && i < 2; i++) {
    s = bench__check_training(k, m, &f, 3, shapes[i][0], shapes[i][1], &rng);
    if (s == AT_OK) s = bench__check_search(k, m, &f, 3, shapes[i][0], shapes[i][1], &rng);
  }
  at_model_free(m);
  return s;
}

int main(int argc, char **argv) {
  bench__verbose = argc > 1 && !strcmp(argv[1], "-v");
  at_set_threads(1);
  static const char *const small[][2] = {
      {"encoder", "transformer"}, {"decoder", "transformer"}, {"emb_dim", "48"},         {"model_dim", "32"},
      {"heads", "2"},             {"ff_dim", "0"},            {"enc_layers", "2"},       {"dec_layers", "3"},
      {"norm", "post"},           {"ff_activation", "gelu"},  {"positions", "learned"},  {"max_positions", "64"},
      {"dropout", "0"},           {NULL, NULL}};
  const bench_case cases[] = {
      {"rnn concat (bench)", "rnn", "concat", NULL, 8000, 8000},
      {"rnn general (bench)", "rnn", "general", NULL, 8000, 8000},
      {"rnn dot (bench)", "rnn", "dot", NULL, 8000, 8000},
      {"transformer (bench)", "transformer", NULL, NULL, 8000, 8000},
      {"transformer small", NULL, NULL, small, 50, 60},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    at_status s = bench__check_case(&cases[i]);
    if (s != AT_OK) {
      fprintf(stderr, "bench_flops_check: %s: %s: %s\n", cases[i].name, at_status_str(s), at_last_error());
      return 1;
    }
  }
  printf("bench_flops_check: %s (%d mismatches)\n", bench__failures ? "FAILED" : "all FLOP counts match",
         bench__failures);
  return bench__failures ? 1 : 0;
}
