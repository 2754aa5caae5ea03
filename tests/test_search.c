/* decoder/: greedy and beam search on a tiny model trained here to reverse
 * random token sequences. Checks that the model learned (greedy reproduces
 * the reversals), beam 1 equals an independent greedy loop, n-best lists are
 * sorted with the first equal to the 1-best, results do not depend on batch
 * size or thread count, an ensemble of one model twice equals the model, and
 * attention rows are distributions over the real source positions. */
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#include "check.h"
#include "decoder/decoder.h"
#include "model/model.h"
#include "tokenizer/tokenizer.h"
#include "train/train.h"

enum { V = 16, NSENT = 100, MAXL = 8, FIRST_TOK = 4 };

typedef struct sent {
  int len;
  int tok[MAXL];
} sent;

static sent data[NSENT];

static void make_data(void) {
  at_rng r;
  at_rng_seed(&r, 7, 1);
  for (int i = 0; i < NSENT; i++) {
    data[i].len = 3 + (int)at_rng_below(&r, MAXL - 2);
    for (int t = 0; t < data[i].len; t++) data[i].tok[t] = FIRST_TOK + (int)at_rng_below(&r, V - FIRST_TOK);
  }
}

/* Source (Ts, B) = tokens + EOS, time-major. */
static int fill_src(const int *idx, int B, int *src, int *len) {
  int Ts = 0;
  for (int b = 0; b < B; b++) {
    len[b] = data[idx[b]].len + 1;
    if (len[b] > Ts) Ts = len[b];
  }
  for (int b = 0; b < B; b++)
    for (int t = 0; t < Ts; t++) {
      const sent *s = &data[idx[b]];
      src[t * B + b] = t < s->len ? s->tok[t] : t == s->len ? AT_EOS_ID : AT_PAD_ID;
    }
  return Ts;
}

static void train_model(at_model *m, double lr) {
  enum { B = 20 };
  static int src[(MAXL + 1) * B], slen[B], tin[(MAXL + 1) * B], tout[(MAXL + 1) * B], tlen[B];
  at_params *P = at_model_params(m);
  at_optim_config oc;
  at_optim_config_default(&oc);
  at_optimizer opt;
  CHECK_OK(at_optim_init(&opt, &oc, P->total));
  at_rng rng;
  at_rng_seed(&rng, 3, 3);
  double last = 0;
  for (int step = 0; step < 600; step++) {
    int idx[B];
    for (int b = 0; b < B; b++) idx[b] = (int)at_rng_below(&rng, NSENT);
    int Ts = fill_src(idx, B, src, slen), Tt = 0;
    for (int b = 0; b < B; b++) tlen[b] = data[idx[b]].len + 1, Tt = tlen[b] > Tt ? tlen[b] : Tt;
    for (int b = 0; b < B; b++) {
      const sent *s = &data[idx[b]];
      for (int t = 0; t < Tt; t++) {
        int y = t < s->len ? s->tok[s->len - 1 - t] : t == s->len ? AT_EOS_ID : AT_PAD_ID;
        tout[t * B + b] = y;
        tin[t * B + b] = t == 0 ? AT_BOS_ID : t <= s->len ? s->tok[s->len - t] : AT_PAD_ID;
      }
    }
    at_batch bt = {B, Ts, Tt, src, slen, tin, tout, tlen};
    at_loss loss;
    at_params_zero_grad(P);
    CHECK_OK(at_model_forward(m, &bt, 1, &rng, &loss));
    CHECK_OK(at_model_backward(m, 1.0f / (float)loss.ntokens));
    at_grad_clip(P->grad, P->total, 5.0);
    at_optim_step(&opt, P->data, P->grad, lr);
    last = loss.nll_sum / loss.ntokens;
  }
  fprintf(stderr, "trained: last batch nll/token %.4f\n", last);
  CHECK(last < 0.2);
  at_optim_free(&opt);
}

/* Independent greedy reference: argmax of at_model_step until EOS or max length. */
static void greedy_ref(const at_model *m, int i, const at_search_options *o, int *out, int *out_len) {
  at_arena A;
  at_arena_init(&A);
  int idx[1] = {i}, src[MAXL + 1], len[1];
  int Ts = fill_src(idx, 1, src, len);
  at_encoded *enc;
  at_dec_state s0, s1;
  CHECK_OK(at_model_encode(m, src, len, Ts, 1, &A, &enc));
  int maxlen = (int)(o->max_len_ratio * len[0] + o->max_len_extra + 0.999f), y = AT_BOS_ID, sent0 = 0, n = 0;
  CHECK_OK(at_model_state_alloc(m, 1, maxlen + 1, &A, &s0));
  CHECK_OK(at_model_state_alloc(m, 1, maxlen + 1, &A, &s1));
  CHECK_OK(at_model_state_init(m, enc, &s0));
  float lp[V];
  while (n < maxlen) {
    CHECK_OK(at_model_step(m, enc, n, &sent0, &s0, &y, &s1, lp, NULL, &A));
    int best = -1;
    for (int v = 0; v < V; v++) {
      if (v == AT_PAD_ID || v == AT_BOS_ID || (v == AT_EOS_ID && n < o->min_length)) continue;
      if (best < 0 || lp[v] > lp[best]) best = v;
    }
    if (best == AT_EOS_ID) break;
    out[n++] = y = best;
    at_dec_state t = s0;
    s0 = s1;
    s1 = t;
  }
  *out_len = n;
  at_arena_free(&A);
}

/* Runs the search over sentences [0, n) in batches of bs. */
static void run_search(const at_model *const *ms, int nm, const at_search_options *o, int n, int bs,
                       at_search_result *res) {
  at_arena A;
  at_arena_init(&A);
  static int src[(MAXL + 1) * NSENT], len[NSENT], idx[NSENT];
  for (int b0 = 0; b0 < n; b0 += bs) {
    int B = n - b0 < bs ? n - b0 : bs;
    for (int b = 0; b < B; b++) idx[b] = b0 + b;
    int Ts = fill_src(idx, B, src, len);
    at_arena_reset(&A);
    CHECK_OK(at_search(ms, nm, src, len, Ts, B, o, &A, res + b0));
  }
  at_arena_free(&A);
}

/* Same hypotheses (ids exactly) with scores equal up to fp32 rounding: BLAS
 * kernels may accumulate in another order for another number of rows, so the
 * last bits of a score can depend on the batch; the ids must not. */
static int same_results(const at_search_result *a, const at_search_result *b, int n) {
  for (int i = 0; i < n; i++) {
    if (a[i].n != b[i].n) return 0;
    for (int k = 0; k < a[i].n; k++) {
      const at_hypothesis *x = &a[i].hyps[k], *y = &b[i].hyps[k];
      if (x->len != y->len || fabsf(x->score - y->score) > 1e-5f * (1.0f + fabsf(x->score)) || memcmp(x->ids, y->ids, sizeof(int) * x->len)) {
        fprintf(stderr, "  sentence %d hyp %d: len %d vs %d, score %.9g vs %.9g, ids %s\n", i, k, x->len, y->len,
                x->score, y->score, x->len == y->len && !memcmp(x->ids, y->ids, sizeof(int) * x->len) ? "same" : "differ");
        return 0;
      }
    }
  }
  return 1;
}

static void free_results(at_search_result *r, int n) {
  for (int i = 0; i < n; i++) at_search_result_free(&r[i]);
}

/* Every search check on one trained model (the default GRU with Luong
 * attention, then a Transformer with its cached decoder). */
static void check_searches(const at_model_config *cfg_in, const char *label, double lr) {
  at_model_config cfg = *cfg_in;
  fprintf(stderr, "== %s\n", label);
  at_model *m = NULL;
  CHECK_OK(at_model_create(&cfg, &m));
  if (!m) return;
  at_model_init_params(m, 11, 0.1f);
  double t0 = at_now();
  int threads = at_get_threads();
  at_set_threads(1); /* tiny matrices: one thread is fastest, and the machine may be busy */
  train_model(m, lr);
  at_set_threads(threads);
  fprintf(stderr, "trained in %.1f s\n", at_now() - t0);
  const at_model *ms[2] = {m, m};

  static at_search_result g[NSENT], b1[NSENT], b5[NSENT], b5nb[NSENT], tmp[NSENT];
  at_search_options o;
  at_search_options_default(&o);
  o.beam = 1;
  o.want_attention = 1;
  run_search(ms, 1, &o, NSENT, 32, g);

  /* learned: greedy output is the reversal for most sentences */
  int correct = 0, ref_equal = 0;
  for (int i = 0; i < NSENT; i++) {
    const at_hypothesis *h = &g[i].hyps[0];
    int ok = h->len == data[i].len;
    for (int t = 0; ok && t < h->len; t++) ok = h->ids[t] == data[i].tok[data[i].len - 1 - t];
    correct += ok;
    int ref[64], rlen;
    greedy_ref(m, i, &o, ref, &rlen);
    ref_equal += rlen == h->len && !memcmp(ref, h->ids, sizeof(int) * rlen);
  }
  fprintf(stderr, "greedy: %d/%d reversals correct; beam-1 search equals reference greedy on %d/%d\n", correct,
          NSENT, ref_equal, NSENT);
  CHECK(correct >= NSENT * 8 / 10);
  CHECK(ref_equal == NSENT);

  /* attention rows: distributions over the real source positions */
  int attn_ok = 1;
  for (int i = 0; i < NSENT; i++) {
    const at_hypothesis *h = &g[i].hyps[0];
    int rows = h->len + h->finished, slen = data[i].len + 1;
    for (int r = 0; r < rows; r++) {
      double s = 0;
      for (int j = 0; j < h->Ts; j++) {
        float a = h->attn[(size_t)r * h->attn_rows * h->Ts + j]; /* row 0 of each step */
        if (j >= slen && a != 0.0f) attn_ok = 0;
        s += a;
      }
      if (fabs(s - 1.0) > 1e-4) attn_ok = 0;
    }
  }
  CHECK(attn_ok);

  /* batch-size invariance, greedy and beam */
  o.want_attention = 0;
  run_search(ms, 1, &o, NSENT, 1, tmp);
  CHECK_MSG(same_results(g, tmp, NSENT), "greedy: batch 1 differs from batch 32");
  free_results(tmp, NSENT);
  o.beam = 5;
  run_search(ms, 1, &o, NSENT, 32, b5);
  run_search(ms, 1, &o, NSENT, 1, tmp);
  CHECK_MSG(same_results(b5, tmp, NSENT), "beam 5: batch 1 differs from batch 32");
  free_results(tmp, NSENT);
  run_search(ms, 1, &o, NSENT, 100, tmp);
  CHECK_MSG(same_results(b5, tmp, NSENT), "beam 5: batch 100 differs from batch 32");
  free_results(tmp, NSENT);

  /* n-best: sorted, first equals the 1-best, all distinct */
  o.nbest = 5;
  run_search(ms, 1, &o, NSENT, 32, b5nb);
  int sorted = 1, first = 1, distinct = 1;
  for (int i = 0; i < NSENT; i++) {
    for (int k = 1; k < b5nb[i].n; k++) {
      sorted &= b5nb[i].hyps[k - 1].score >= b5nb[i].hyps[k].score;
      for (int j = 0; j < k; j++) {
        const at_hypothesis *x = &b5nb[i].hyps[j], *y = &b5nb[i].hyps[k];
        distinct &= !(x->len == y->len && !memcmp(x->ids, y->ids, sizeof(int) * x->len));
      }
    }
    const at_hypothesis *x = &b5nb[i].hyps[0], *y = &b5[i].hyps[0];
    first &= x->len == y->len && fabsf(x->score - y->score) <= 1e-5f * (1.0f + fabsf(x->score)) && !memcmp(x->ids, y->ids, sizeof(int) * y->len);
  }
  CHECK(b5nb[0].n == 5);
  CHECK(sorted);
  CHECK(first);
  CHECK(distinct);
  o.nbest = 1;

  /* beam finds at least as good a score as greedy under the same normalisation */
  int beam_ge = 1;
  for (int i = 0; i < NSENT; i++) beam_ge &= b5[i].hyps[0].score >= g[i].hyps[0].score - 1e-5f;
  CHECK(beam_ge);

  /* ensemble of the same model twice equals the model alone */
  run_search(ms, 2, &o, NSENT, 32, tmp);
  CHECK_MSG(same_results(b5, tmp, NSENT), "ensemble of one model twice differs from the model");
  free_results(tmp, NSENT);

#ifdef _OPENMP
  omp_set_num_threads(1);
  run_search(ms, 1, &o, NSENT, 32, tmp);
  CHECK_MSG(same_results(b5, tmp, NSENT), "1 thread differs from 2");
  free_results(tmp, NSENT);
  omp_set_num_threads(2);
#endif

  /* bad options */
  o.nbest = 6;
  CHECK_STATUS(at_search_options_validate(&o), AT_ERR_INVALID_ARG);
  o.nbest = 1;
  o.beam = 0;
  CHECK_STATUS(at_search_options_validate(&o), AT_ERR_INVALID_ARG);

  free_results(g, NSENT);
  free_results(b5, NSENT);
  free_results(b5nb, NSENT);
  (void)b1;
  at_model_free(m);
}

int main(void) {
  make_data();
  at_model_config cfg;
  at_model_config_default(&cfg);
  cfg.src_vocab = cfg.tgt_vocab = V;
  cfg.emb_dim = 16;
  cfg.hidden_dim = 32;
  cfg.label_smoothing = 0;
  check_searches(&cfg, "gru luong general", 0.01);
  cfg.encoder = AT_ENC_TRANSFORMER, cfg.decoder = AT_DEC_TRANSFORMER;
  cfg.emb_dim = 32, cfg.heads = 4, cfg.ff_dim = 64, cfg.enc_layers = cfg.dec_layers = 2;
  check_searches(&cfg, "transformer", 0.003);
  CHECK_DONE();
}
