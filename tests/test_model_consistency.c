/* Model consistency: (a) a padded batch equals the sum of its sentences alone
 * (loss and gradients); (b) at_model_step replayed with teacher forcing gives
 * the training forward's log-likelihood (the step is shared); (c) 1 and 2
 * threads agree; (d) state_gather reorders hypotheses; plus determinism and
 * backward accumulation. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "model_util.h"
#ifdef _OPENMP
#include <omp.h>
#endif

static double max_abs(const float *x, size_t n) {
  double m = 0;
  for (size_t i = 0; i < n; i++) m = fmax(m, fabs(x[i]));
  return m;
}

static double max_diff(const float *a, const float *b, size_t n) {
  double m = 0;
  for (size_t i = 0; i < n; i++) m = fmax(m, fabs((double)a[i] - b[i]));
  return m;
}

static at_model *make_model(at_model_config c, uint64_t seed) {
  at_model *m = NULL;
  CHECK_OK(at_model_create(&c, &m));
  if (m) at_model_init_params(m, seed, 0.3f);
  return m;
}

/* Loss of the batch and its gradient (scale 1) into grad (total). */
static double loss_and_grad(at_model *m, const at_batch *b, float *grad, at_loss *lo) {
  at_params *P = at_model_params(m);
  at_loss l;
  at_params_zero_grad(P);
  CHECK_OK(at_model_forward(m, b, 0, NULL, &l));
  CHECK_OK(at_model_backward(m, 1.0f));
  if (grad) memcpy(grad, P->grad, P->total * sizeof(float));
  if (lo) *lo = l;
  return l.loss_sum;
}

static void test_padding(at_model_config c, const char *label) {
  at_model *m = make_model(c, 3);
  if (!m) return;
  at_params *P = at_model_params(m);
  at_rng rng;
  at_rng_seed(&rng, 5, 5);
  enum { B = 4 };
  int slen[B] = {6, 2, 4, 1}, tlen[B] = {2, 5, 1, 3};
  mu_batch mb;
  mu_random(&mb, &rng, B, slen, tlen, c.src_vocab, c.tgt_vocab);
  float *g = malloc(P->total * sizeof(float)), *gsum = calloc(P->total, sizeof(float));
  float *g1 = malloc(P->total * sizeof(float));
  double loss = loss_and_grad(m, &mb.b, g, NULL), lsum = 0;
  for (int b = 0; b < B; b++) {
    mu_batch one;
    int s[MU_MAX_T], t[MU_MAX_T];
    for (int i = 0; i < slen[b]; i++) s[i] = mb.src[i * B + b];
    for (int i = 0; i < tlen[b]; i++) t[i] = mb.tgt_out[i * B + b];
    const int *sp = s, *tp = t;
    mu_fill(&one, 1, &sp, &slen[b], &tp, &tlen[b]);
    lsum += loss_and_grad(m, &one.b, g1, NULL);
    for (size_t i = 0; i < P->total; i++) gsum[i] += g1[i];
  }
  double gd = max_diff(g, gsum, P->total), gm = max_abs(gsum, P->total);
  printf("padding %-28s loss %.7f vs %.7f, grad max diff %.2e (max |g| %.2e)\n", label, loss, lsum, gd, gm);
  CHECK_NEAR(loss, lsum, 1e-5 * fabs(lsum));
  CHECK_MSG(gd <= 1e-5 * gm + 1e-7, "%s: gradient diff %g", label, gd);
  free(g), free(gsum), free(g1);
  at_model_free(m);
}

/* Teacher-forced replay of at_model_step equals the training forward's NLL. */
static void test_step_replay(at_model_config c, const char *label) {
  c.label_smoothing = 0;
  at_model *m = make_model(c, 11);
  if (!m) return;
  at_rng rng;
  at_rng_seed(&rng, 8, 8);
  enum { B = 3 };
  int slen[B] = {3, 5, 2}, tlen[B] = {4, 1, 2};
  mu_batch mb;
  mu_random(&mb, &rng, B, slen, tlen, c.src_vocab, c.tgt_vocab);
  at_loss l;
  CHECK_OK(at_model_forward(m, &mb.b, 0, NULL, &l));
  at_arena a;
  at_arena_init(&a);
  at_encoded *enc = NULL;
  at_dec_state st[2];
  int V = c.tgt_vocab, Ts = mb.b.Ts, sent[B] = {0, 1, 2}, R = at_model_attention_rows(m);
  float *lp = malloc((size_t)B * V * sizeof(float)), *attn = malloc((size_t)B * R * Ts * sizeof(float));
  int tf = c.decoder == AT_DEC_TRANSFORMER;
  CHECK(R == (tf ? 1 + c.dec_layers * c.heads : c.heads > 0 ? 1 + c.heads : 1));
  CHECK_OK(at_model_encode(m, mb.src, mb.src_len, Ts, B, &a, &enc));
  CHECK_OK(at_model_state_alloc(m, B, mb.b.Tt, &a, &st[0]));
  CHECK_OK(at_model_state_alloc(m, B, mb.b.Tt, &a, &st[1]));
  if (!enc) return;
  CHECK_OK(at_model_state_init(m, enc, &st[0]));
  double nll = 0, worst_attn = 0;
  long correct = 0, ntok = 0;
  for (int t = 0; t < mb.b.Tt; t++) {
    at_arena_mark mark = at_arena_get_mark(&a);
    size_t before = a.used_total, avail = at_arena_available(&a), need = at_model_step_bytes(m, B, B, Ts);
    CHECK_OK(at_model_step(m, enc, t, sent, &st[t % 2], mb.tgt_in + t * B, &st[(t + 1) % 2], lp, attn, &a));
    /* the step stays inside its own estimate, and the estimate was reserved */
    CHECK_MSG(a.used_total - before <= need, "%s: step %d took %zu bytes, estimate %zu", label, t,
              a.used_total - before, need);
    CHECK(avail >= need || at_arena_available(&a) + (a.used_total - before) >= need);
    at_arena_rewind(&a, mark);
    for (int b = 0; b < B; b++) {
      /* row 0 the weights alignments use; multi-head: then each head (the
       * transformer: layer by layer), the last layer's heads averaging to row 0 */
      const float *ab = attn + (size_t)b * R * Ts;
      for (int j = 0; R > 1 && j < Ts; j++) {
        double mean = 0;
        for (int h = R - c.heads; h < R; h++) mean += ab[h * Ts + j];
        worst_attn = fmax(worst_attn, fabs(mean / c.heads - ab[j]));
      }
      for (int h = 1; h < R; h++) { /* every head's row is a distribution over the sentence */
        double sum = 0;
        for (int j = 0; j < Ts; j++) sum += ab[h * Ts + j];
        for (int j = mb.src_len[b]; j < Ts; j++) worst_attn = fmax(worst_attn, fabs(ab[h * Ts + j]));
        if (c.locality != AT_LOCAL_P) worst_attn = fmax(worst_attn, fabs(sum - 1));
      }
      double sum = 0;
      for (int j = 0; j < Ts; j++) sum += ab[j];
      for (int j = mb.src_len[b]; j < Ts; j++) worst_attn = fmax(worst_attn, fabs(ab[j]));
      if (c.attention != AT_ATTN_NONE && c.locality != AT_LOCAL_P) worst_attn = fmax(worst_attn, fabs(sum - 1));
      if (c.locality == AT_LOCAL_P) worst_attn = fmax(worst_attn, sum > 1 + 1e-6 || sum <= 0 ? 1.0 : 0.0);
      if (t >= mb.tgt_len[b]) continue;
      int y = mb.tgt_out[t * B + b], best = 0;
      for (int v = 1; v < V; v++)
        if (lp[b * V + v] > lp[b * V + best]) best = v;
      nll -= lp[b * V + y];
      correct += best == y;
      ntok++;
    }
  }
  printf("replay  %-28s nll %.7f vs forward %.7f, tokens %ld/%ld, correct %ld/%ld\n", label, nll, l.nll_sum, ntok,
         l.ntokens, correct, l.ncorrect);
  CHECK_NEAR(nll, l.nll_sum, 1e-5 * fabs(nll));
  CHECK_NEAR(l.loss_sum, l.nll_sum, 1e-9 * fabs(nll)); /* no smoothing */
  CHECK(ntok == l.ntokens);
  CHECK(correct == l.ncorrect);
  CHECK_MSG(worst_attn < 1e-5, "attention weights: padding or normalisation off by %g", worst_attn);
  free(lp), free(attn);
  at_arena_free(&a);
  at_model_free(m);
}

/* 1 vs 2 threads: the same loss and gradients (to summation order) for model c. */
static void test_threads(at_model_config c, const char *label, uint64_t seed) {
#ifdef _OPENMP
  c.src_vocab = 300, c.tgt_vocab = 400;
  at_model *m = make_model(c, seed);
  if (!m) return;
  at_params *P = at_model_params(m);
  at_rng rng;
  at_rng_seed(&rng, seed, seed);
  int slen[8] = {12, 9, 3, 12, 7, 10, 5, 1}, tlen[8] = {11, 4, 12, 8, 2, 10, 6, 3};
  mu_batch mb;
  mu_random(&mb, &rng, 8, slen, tlen, c.src_vocab, c.tgt_vocab);
  float *g1 = malloc(P->total * sizeof(float)), *g2 = malloc(P->total * sizeof(float));
  int before = at_get_threads();
  at_set_threads(1);
  double l1 = loss_and_grad(m, &mb.b, g1, NULL);
  at_set_threads(2);
  double l2 = loss_and_grad(m, &mb.b, g2, NULL);
  at_set_threads(before);
  double gd = max_diff(g1, g2, P->total), gm = max_abs(g1, P->total);
  printf("threads 1 vs 2, %s: loss %.7f vs %.7f, grad max diff %.2e (max |g| %.2e)\n", label, l1, l2, gd, gm);
  CHECK_NEAR(l1, l2, 1e-6 * fabs(l1));
  CHECK(gd <= 1e-5 * gm);
  free(g1), free(g2);
  at_model_free(m);
#else
  (void)c, (void)seed;
  printf("threads, %s: built without OpenMP, skipped\n", label);
#endif
}

static void test_gather(void) {
  at_model_config c = mu_config(AT_CELL_LSTM, AT_ATTN_LUONG, AT_SCORE_DOT, 1, 0, 2, 0, 4, 6);
  at_model *m = make_model(c, 1);
  if (!m) return;
  at_arena a;
  at_arena_init(&a);
  at_dec_state s3, s4;
  CHECK_OK(at_model_state_alloc(m, 3, 5, &a, &s3));
  CHECK_OK(at_model_state_alloc(m, 4, 5, &a, &s4));
  /* LSTM, 2 layers, input feeding: h and c per layer and the fed-back state */
  static const char *const names[] = {"h/l0", "h/l1", "c/l0", "c/l1", "feed"};
  CHECK(s3.n_blocks == 5 && s4.n_blocks == 5);
  int H = 6, from[4] = {2, 0, 2, 1};
  for (int k = 0; k < 5; k++) {
    const at_state_block *b = at_dec_state_find(&s3, names[k]);
    CHECK_MSG(b && b->width == H, "state block %s", names[k]);
    if (!b) return;
    for (int i = 0; i < 3; i++)
      for (int j = 0; j < H; j++) b->data[i * H + j] = 100 * k + 10 * i + j;
  }
  CHECK(at_dec_state_find(&s3, "missing") == NULL);
  at_model_state_gather(m, &s3, from, &s4);
  int bad = 0;
  for (int k = 0; k < 5; k++) {
    const at_state_block *b = at_dec_state_find(&s4, names[k]);
    for (int i = 0; i < 4; i++)
      for (int j = 0; j < H; j++) bad += b->data[i * H + j] != 100 * k + 10 * from[i] + j;
  }
  CHECK(bad == 0);
  CHECK(s4.N == 4 && s4.cap == 4 && s4.max_steps == 5);
  at_arena_free(&a);
  at_model_free(m);
}

/* Same forward twice gives identical loss; backward twice doubles the grads;
 * backward without forward fails; bad lengths and ids are rejected. */
static void test_api(void) {
  at_model_config c = mu_config(AT_CELL_GRU, AT_ATTN_BAHDANAU, AT_SCORE_CONCAT, 0, 0, 1, 1, 4, 6);
  at_model *m = make_model(c, 2);
  if (!m) return;
  at_params *P = at_model_params(m);
  CHECK_STATUS(at_model_backward(m, 1.0f), AT_ERR_INVALID_ARG);
  at_rng rng;
  at_rng_seed(&rng, 1, 1);
  int slen[2] = {3, 4}, tlen[2] = {2, 3};
  mu_batch mb;
  mu_random(&mb, &rng, 2, slen, tlen, c.src_vocab, c.tgt_vocab);
  float *g = malloc(P->total * sizeof(float));
  double l1 = loss_and_grad(m, &mb.b, g, NULL), l2 = loss_and_grad(m, &mb.b, NULL, NULL);
  CHECK(l1 == l2);
  CHECK(max_diff(g, P->grad, P->total) == 0);
  CHECK_OK(at_model_backward(m, 0.5f));
  double d = 0;
  for (size_t i = 0; i < P->total; i++) d = fmax(d, fabs(P->grad[i] - 1.5 * g[i]));
  CHECK(d <= 1e-6 * max_abs(g, P->total));
  at_loss l;
  mb.src_len[1] = 0;
  CHECK_STATUS(at_model_forward(m, &mb.b, 0, NULL, &l), AT_ERR_INVALID_ARG);
  mb.src_len[1] = 4;
  mb.src[0] = c.src_vocab;
  CHECK(at_model_forward(m, &mb.b, 0, NULL, &l) != AT_OK);
  mb.src[0] = 3;
  CHECK_STATUS(at_model_forward(m, &mb.b, 1, NULL, &l), AT_OK); /* no dropout: rng not needed */
  free(g);
  at_model_free(m);
  c.dropout = 0.3f;
  CHECK_OK(at_model_create(&c, &m));
  CHECK_STATUS(at_model_forward(m, &mb.b, 1, NULL, &l), AT_ERR_INVALID_ARG);
  CHECK_OK(at_model_forward(m, &mb.b, 1, &rng, &l));
  CHECK_OK(at_model_backward(m, 1.0f));
  /* with dropout masks everywhere, forward+backward still fit their estimate */
  CHECK(at_model_arena_used(m) <= at_model_train_bytes(m, mb.b.B, mb.b.Ts, mb.b.Tt, 1));
  at_model_free(m);
  c.layers = 2;
  CHECK_OK(at_model_create(&c, &m));
  CHECK_OK(at_model_forward(m, &mb.b, 1, &rng, &l));
  CHECK_OK(at_model_backward(m, 1.0f));
  CHECK(at_model_arena_used(m) <= at_model_train_bytes(m, mb.b.B, mb.b.Ts, mb.b.Tt, 1));
  at_model_free(m);
}

/* The output layer runs in blocks of rows: a batch of more than one block
 * (16 x 20 = 320 target rows, a ragged last block, padding) gives bitwise
 * the same loss and gradients whether the forward computes the output
 * layer's gradients (train) or the backward does (a forward without train),
 * and both stay within the arena estimate. */
static void test_output_blocks(void) {
  at_model_config c = mu_config(AT_CELL_GRU, AT_ATTN_LUONG, AT_SCORE_GENERAL, 1, 0, 1, 1, 12, 12);
  c.tgt_vocab = 300, c.label_smoothing = 0.1f;
  for (int tied = 0; tied <= 1; tied++) {
    c.tie_embeddings = tied;
    at_model *m = make_model(c, 9);
    if (!m) return;
    at_params *P = at_model_params(m);
    at_rng rng;
    at_rng_seed(&rng, 3, (uint64_t)tied);
    int slen[16], tlen[16];
    for (int b = 0; b < 16; b++) slen[b] = 3 + b % 5, tlen[b] = b == 5 ? 19 : 1 + (b * 7) % 18; /* Tt = 20 with EOS */
    mu_batch mb;
    mu_random(&mb, &rng, 16, slen, tlen, c.src_vocab, c.tgt_vocab);
    CHECK(mb.b.Tt == 20);
    float *g = malloc(P->total * sizeof(float));
    at_loss l0, l1;
    double v0 = loss_and_grad(m, &mb.b, g, &l0); /* forward without train */
    CHECK(at_model_arena_used(m) <= at_model_train_bytes(m, mb.b.B, mb.b.Ts, mb.b.Tt, 0));
    at_params_zero_grad(P);
    CHECK_OK(at_model_forward(m, &mb.b, 1, &rng, &l1)); /* no dropout configured */
    CHECK_OK(at_model_backward(m, 1.0f));
    CHECK(at_model_arena_used(m) <= at_model_train_bytes(m, mb.b.B, mb.b.Ts, mb.b.Tt, 1));
    CHECK(v0 == l1.loss_sum && l0.nll_sum == l1.nll_sum && l0.ntokens == l1.ntokens && l0.ncorrect == l1.ncorrect);
    CHECK_MSG(!memcmp(g, P->grad, P->total * sizeof(float)), "tied %d: gradients differ by %g", tied,
              max_diff(g, P->grad, P->total));
    free(g);
    at_model_free(m);
  }
}

int main(void) {
  struct { at_model_config c; const char *label; } cases[] = {
      {mu_config(AT_CELL_GRU, AT_ATTN_LUONG, AT_SCORE_GENERAL, 1, 0, 2, 1, 4, 6), "gru luong feed L2 bi"},
      {mu_config(AT_CELL_LSTM, AT_ATTN_BAHDANAU, AT_SCORE_CONCAT, 0, 1, 1, 1, 6, 6), "lstm bahdanau concat tied"},
      {mu_config(AT_CELL_RNN, AT_ATTN_NONE, AT_SCORE_DOT, 0, 0, 2, 0, 4, 6), "rnn none L2"},
      {mu_config(AT_CELL_LSTM, AT_ATTN_LUONG, AT_SCORE_DOT, 1, 0, 2, 1, 4, 6), "lstm luong dot feed L2 bi"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    test_padding(cases[i].c, cases[i].label);
    test_step_replay(cases[i].c, cases[i].label);
  }
  /* the step contract for every local attention, both wirings */
  for (int loc = AT_LOCAL_M; loc <= AT_LOCAL_HYBRID; loc++)
    for (int attn = AT_ATTN_BAHDANAU; attn <= AT_ATTN_LUONG; attn++) {
      at_model_config c = mu_config(AT_CELL_GRU, attn, loc == AT_LOCAL_P ? AT_SCORE_GENERAL : AT_SCORE_CONCAT,
                                    attn == AT_ATTN_LUONG, 0, 1, 1, 4, 6);
      c.locality = loc;
      c.window = 1;
      char label[64];
      snprintf(label, sizeof label, "%s %s D1", at_attn_names[attn], at_locality_names[loc]);
      test_padding(c, label);
      test_step_replay(c, label);
    }
  /* multi-head attention keeps the contract */
  for (int heads = 1; heads <= 4; heads *= 2) {
    at_model_config c = mu_config(AT_CELL_GRU, heads == 2 ? AT_ATTN_BAHDANAU : AT_ATTN_LUONG,
                                  heads == 4 ? AT_SCORE_GENERAL : AT_SCORE_SCALED, 1, 0, 1, 1, 4, 8);
    c.heads = heads;
    c.locality = heads == 4 ? AT_LOCAL_P : AT_LOCAL_GLOBAL, c.window = 2;
    char label[64];
    snprintf(label, sizeof label, "%s %s H%d", at_attn_names[c.attention], at_locality_names[c.locality], heads);
    test_padding(c, label);
    test_step_replay(c, label);
  }
  /* top-k and hard attention (argmax outside training) keep the contract */
  for (int mode = AT_MODE_HARD; mode <= AT_MODE_TOPK; mode++)
    for (int attn = AT_ATTN_BAHDANAU; attn <= AT_ATTN_LUONG; attn++) {
      at_model_config c = mu_config(AT_CELL_LSTM, attn, AT_SCORE_GENERAL, attn == AT_ATTN_LUONG, 0, 1, 1, 4, 6);
      c.attn_mode = mode, c.topk = 2;
      c.locality = attn == AT_ATTN_LUONG ? AT_LOCAL_HYBRID : AT_LOCAL_GLOBAL;
      char label[64];
      snprintf(label, sizeof label, "%s %s %s", at_attn_names[attn], at_locality_names[c.locality],
               at_attn_mode_names[mode]);
      test_padding(c, label);
      test_step_replay(c, label);
    }
  /* self-attention blocks: the cached Transformer decoder replays the
   * training forward; every pairing, pre and post norm, learned positions */
  for (int enc = AT_ENC_RNN; enc <= AT_ENC_TRANSFORMER; enc++)
    for (int dec = AT_DEC_RNN; dec <= AT_DEC_TRANSFORMER; dec++) {
      if (enc == AT_ENC_RNN && dec == AT_DEC_RNN) continue;
      at_model_config c = mu_config(AT_CELL_GRU, AT_ATTN_LUONG, AT_SCORE_GENERAL, 1, 0, 1, 1, 8, 8);
      c.encoder = enc, c.decoder = dec, c.heads = 2, c.ff_dim = 12, c.enc_layers = 2, c.dec_layers = 2;
      c.norm = (enc + dec) % 2 ? AT_NORM_POST : AT_NORM_PRE;
      c.positions = enc == AT_ENC_TRANSFORMER && dec == AT_DEC_TRANSFORMER ? AT_POS_LEARNED : AT_POS_SINUSOIDAL;
      c.max_positions = 8, c.emb_scale = 1;
      char label[64];
      snprintf(label, sizeof label, "%s+%s %s-norm", at_encoder_names[enc], at_decoder_names[dec], at_norm_names[c.norm]);
      test_padding(c, label);
      test_step_replay(c, label);
    }
  test_threads(mu_config(AT_CELL_LSTM, AT_ATTN_LUONG, AT_SCORE_GENERAL, 1, 0, 2, 1, 48, 64), "lstm luong", 4);
  at_model_config tf = mu_config(AT_CELL_GRU, AT_ATTN_LUONG, AT_SCORE_GENERAL, 1, 0, 1, 1, 32, 32);
  tf.encoder = AT_ENC_TRANSFORMER, tf.decoder = AT_DEC_TRANSFORMER, tf.heads = 4, tf.enc_layers = tf.dec_layers = 2;
  test_threads(tf, "transformer", 5);
  test_gather();
  test_api();
  test_output_blocks();
  CHECK_DONE();
}
