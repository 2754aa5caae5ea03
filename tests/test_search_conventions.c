/* decoder/: the search conventions asserted with exact values, on scripted
 * log-probabilities.
 *
 * The test is linked with -Wl,--wrap=at_model_step_sub (tests/CMakeLists.txt):
 * at_search's calls reach __wrap_at_model_step_sub below, which runs the real
 * step of a tiny untrained model (so states, gathers and attention stay
 * real) and then overwrites its log-probabilities with a scripted
 * distribution that depends on the step t and the hypothesis' previous token
 * only. Every scripted row is a normalised distribution (log-probabilities
 * <= 0, as the early-stop bound assumes). The wrapper also counts the steps.
 *
 * Checked:
 *   1. GNMT length penalty lp(|Y|) = ((5 + |Y|) / 6)^alpha: the helper below
 *      against hand-computed numbers; every hypothesis' score equals its
 *      logprob / lp(|Y|) with |Y| = tokens + 1 (the EOS) for a finished
 *      hypothesis and tokens for one cut at the maximum length, for several
 *      lengths and alphas; and the penalty decides the ranking (alpha 0: a
 *      short hypothesis wins; alpha 1: the longer one, n-best in that order).
 *   2. --min-length: with EOS the most likely token at every step, no
 *      hypothesis (greedy or beam, whole n-best) is shorter than min_length,
 *      the best is exactly min_length long, and a min_length beyond the
 *      maximum length leaves only cut hypotheses.
 *   3. the early-stop bound: the search stops at the first step after which
 *      no open hypothesis, even with no further loss and the largest length
 *      penalty (that of the maximum length), could beat the nbest-th finished
 *      one (a tie does not keep it going); the number of steps is checked
 *      against that rule and against hand-computed counts (nbest 1 and 2,
 *      alpha 1 and 0), and a case where stopping as soon as the open
 *      hypotheses' current scores are worse would return the wrong (short)
 *      translation. */
#include <math.h>
#include <string.h>

#include "check.h"
#include "decoder/decoder.h"
#include "model/model.h"
#include "tokenizer/tokenizer.h"

enum { V = 16, FIRST = 4 };

/* ---- the scripted step --------------------------------------------------------- */

typedef void (*script_fn)(int t, int y_prev, double *p); /* fills p (V) with probabilities */

static script_fn g_script;
static int g_steps, g_last_t;

at_status __real_at_model_step_sub(const at_model *m, const at_encoded *enc, int t, const int *sent,
                                   const at_dec_state *in, const int *y_prev, const at_vocab_subset *sub,
                                   at_dec_state *out, float *logprobs, float *attn, at_arena *arena);
at_status __wrap_at_model_step_sub(const at_model *m, const at_encoded *enc, int t, const int *sent,
                                   const at_dec_state *in, const int *y_prev, const at_vocab_subset *sub,
                                   at_dec_state *out, float *logprobs, float *attn, at_arena *arena);

at_status __wrap_at_model_step_sub(const at_model *m, const at_encoded *enc, int t, const int *sent,
                                   const at_dec_state *in, const int *y_prev, const at_vocab_subset *sub,
                                   at_dec_state *out, float *logprobs, float *attn, at_arena *arena) {
  at_status st = __real_at_model_step_sub(m, enc, t, sent, in, y_prev, sub, out, logprobs, attn, arena);
  if (st || !g_script) return st;
  CHECK_MSG(sub == NULL, "the scripted steps assume the whole vocabulary");
  g_steps++;
  g_last_t = t;
  for (int i = 0; i < in->N; i++) {
    double p[V];
    g_script(t, y_prev[i], p);
    double sum = 0;
    for (int v = 0; v < V; v++) sum += p[v];
    CHECK_NEAR(sum, 1.0, 1e-9);
    for (int v = 0; v < V; v++) logprobs[(size_t)i * V + v] = (float)log(p[v]);
  }
  return AT_OK;
}

/* p: the n given (token, probability) pairs; the remaining mass spread evenly
 * over every other token (PAD and BOS included: the search must skip them). */
static void dist(double *p, int n, const int *tok, const double *prob) {
  double rest = 1.0;
  int others = V - n;
  for (int i = 0; i < n; i++) rest -= prob[i];
  for (int v = 0; v < V; v++) p[v] = rest / others;
  for (int i = 0; i < n; i++) p[tok[i]] = prob[i];
}

/* The probability the script gives token y after y_prev at step t (for sums). */
static double prob_of(int t, int y_prev, int y) {
  double p[V];
  g_script(t, y_prev, p);
  return p[y];
}

/* ---- running the search --------------------------------------------------------- */

static at_model *g_model;

/* One sentence (3 source ids, so the maximum length is ceil(2 * 3 + 10) = 16 by default). */
static void search(const at_search_options *o, script_fn script, at_search_result *r) {
  int src[3] = {5, 6, AT_EOS_ID}, len = 3;
  at_arena A;
  at_arena_init(&A);
  const at_model *ms[1] = {g_model};
  g_script = script;
  g_steps = 0, g_last_t = -1;
  CHECK_OK(at_search(ms, 1, src, &len, 3, 1, o, &A, r));
  CHECK_MSG(g_steps > 0, "at_model_step_sub was not wrapped (link with -Wl,--wrap=at_model_step_sub)");
  at_arena_free(&A);
}

static double gnmt(int len, double alpha) { return pow((5.0 + len) / 6.0, alpha); }

/* Sum of the scripted log-probabilities of h's tokens (and EOS when finished). */
static double path_logprob(const at_hypothesis *h) {
  double s = 0;
  int y = AT_BOS_ID;
  for (int t = 0; t < h->len; t++) s += log(prob_of(t, y, h->ids[t])), y = h->ids[t];
  if (h->finished) s += log(prob_of(h->len, y, AT_EOS_ID));
  return s;
}

/* ---- 1. the length penalty ---------------------------------------------------------- */

static int g_chain; /* tokens before EOS in script_chain */

/* BOS -> 4 -> 5 -> ... (g_chain tokens), then EOS, each with probability 0.9
 * (a hypothesis has t tokens at step t); every other row: EOS 0.9. The rest
 * (0.1 / 15 each) is far below, so the chain is the best hypothesis. */
static void script_chain(int t, int y_prev, double *p) {
  int on_chain = t == 0 ? y_prev == AT_BOS_ID : y_prev == FIRST + t - 1;
  int next = on_chain && t < g_chain ? FIRST + t : AT_EOS_ID;
  dist(p, 1, &next, (double[]){0.9});
}

static void test_length_penalty(void) {
  /* the formula against hand-computed values */
  CHECK_NEAR(gnmt(1, 0.6), 1.0, 1e-15);
  CHECK_NEAR(gnmt(7, 0.6), 1.515716566510398, 1e-15); /* 2^0.6 */
  CHECK_NEAR(gnmt(3, 0.6), 1.1884016386440022, 1e-15);
  CHECK_NEAR(gnmt(4, 2.0), 2.25, 1e-15);
  CHECK_NEAR(gnmt(13, 1.0), 3.0, 1e-15);
  CHECK_NEAR(gnmt(9, 0.0), 1.0, 1e-15);

  /* finished hypotheses: |Y| = tokens + EOS */
  const int lens[] = {0, 1, 2, 6, 12};
  const double alphas[] = {0.0, 0.6, 1.0, 2.0};
  at_search_options o;
  at_search_options_default(&o);
  o.beam = 3;
  for (size_t i = 0; i < sizeof lens / sizeof *lens; i++)
    for (size_t j = 0; j < sizeof alphas / sizeof *alphas; j++) {
      g_chain = lens[i];
      o.length_penalty = (float)alphas[j];
      at_search_result r;
      search(&o, script_chain, &r);
      CHECK(r.n == 1);
      if (r.n < 1) continue;
      const at_hypothesis *h = &r.hyps[0];
      CHECK(h->finished && h->len == lens[i]);
      double lp = path_logprob(h), want = lp / gnmt(lens[i] + 1, alphas[j]);
      CHECK_MSG(fabs(h->logprob - lp) <= 1e-5 * fabs(lp) + 1e-6, "len %d: logprob %.9g, scripted %.9g", h->len,
                h->logprob, lp);
      CHECK_MSG(fabs(h->score - want) <= 1e-5 * fabs(want) + 1e-6,
                "len %d alpha %g: score %.9g, want logprob / ((5 + %d) / 6)^alpha = %.9g", h->len, alphas[j],
                h->score, lens[i] + 1, want);
      at_search_result_free(&r);
    }
  /* the same against hand-computed penalties: logprob / score */
  const struct { int len; float alpha; double lp; } hand[] = {
      {6, 0.6f, 1.515716566510398}, /* |Y| 7: 2^0.6 */
      {2, 0.6f, 1.1884016386440022}, /* |Y| 3: (4/3)^0.6 */
      {3, 2.0f, 2.25},               /* |Y| 4: 1.5^2 */
      {12, 1.0f, 3.0},               /* |Y| 13 */
      {0, 2.0f, 1.0},                /* |Y| 1: EOS alone */
  };
  for (size_t i = 0; i < sizeof hand / sizeof *hand; i++) {
    g_chain = hand[i].len;
    o.length_penalty = hand[i].alpha;
    at_search_result r;
    search(&o, script_chain, &r);
    if (r.n < 1) continue;
    CHECK_MSG(fabs(r.hyps[0].logprob / r.hyps[0].score - hand[i].lp) <= 1e-5 * hand[i].lp,
              "len %d alpha %g: logprob / score = %.9g, want %.9g", hand[i].len, hand[i].alpha,
              r.hyps[0].logprob / r.hyps[0].score, hand[i].lp);
    at_search_result_free(&r);
  }

  /* cut hypotheses: |Y| = tokens (no EOS); maximum length 3 */
  g_chain = 100;
  o.max_len_ratio = 0, o.max_len_extra = 3;
  for (size_t j = 0; j < sizeof alphas / sizeof *alphas; j++) {
    o.length_penalty = (float)alphas[j];
    at_search_result r;
    search(&o, script_chain, &r);
    CHECK(r.n == 1);
    if (r.n < 1) continue;
    const at_hypothesis *h = &r.hyps[0];
    CHECK(!h->finished && h->len == 3);
    double lp = path_logprob(h), want = lp / gnmt(3, alphas[j]);
    CHECK_MSG(fabs(h->score - want) <= 1e-5 * fabs(want) + 1e-6, "cut, alpha %g: score %.9g, want %.9g", alphas[j],
              h->score, want);
    CHECK(g_steps == 3);
    at_search_result_free(&r);
  }
}

/* ---- the penalty decides the ranking; stopping too early ----------------------------- */

/* BOS: EOS e^-1, 4 e^-1.2; then 4 -> 5 -> 6 -> 7 -> EOS with 0.95 each.
 * Short: EOS alone, logprob -1, |Y| 1. Long: 4 5 6 7, logprob -1.2 + 4 ln 0.95
 * = -1.4052, |Y| 5. alpha 0: short -1 > long -1.4052. alpha 1: long
 * -1.4052 / (10/6) = -0.8431 > short -1. After step 0 the open row (logprob
 * -1.2, one token) scores -1.2 / lp(1) = -1.2 < -1 under alpha 1: a search that
 * stopped there would return the short one; its bound with the penalty of the
 * maximum length, -1.2 / (21/6)^1 = -0.343 > -1, keeps it going. */
static void script_short_long(int t, int y_prev, double *p) {
  (void)t;
  if (y_prev == AT_BOS_ID) {
    dist(p, 2, (int[]){AT_EOS_ID, FIRST}, (double[]){exp(-1.0), exp(-1.2)});
  } else if (y_prev >= FIRST && y_prev < FIRST + 4) {
    int next = y_prev < FIRST + 3 ? y_prev + 1 : AT_EOS_ID;
    dist(p, 1, &next, (double[]){0.95});
  } else {
    dist(p, 1, (int[]){AT_EOS_ID}, (double[]){0.5}); /* anything else: noise rows */
  }
}

static void test_ranking_and_early_stop_too_early(void) {
  at_search_options o;
  at_search_options_default(&o);
  o.beam = 2, o.nbest = 2;
  const int long_ids[4] = {FIRST, FIRST + 1, FIRST + 2, FIRST + 3};
  double long_lp = -1.2 + 4 * log(0.95);
  for (int a = 0; a <= 1; a++) {
    o.length_penalty = (float)a;
    at_search_result r;
    search(&o, script_short_long, &r);
    CHECK(r.n == 2);
    if (r.n < 2) continue;
    const at_hypothesis *s = &r.hyps[a ? 1 : 0], *l = &r.hyps[a ? 0 : 1];
    CHECK_MSG(s->len == 0 && s->finished, "alpha %d: the short hypothesis is not ranked %d", a, a ? 2 : 1);
    CHECK_MSG(l->len == 4 && l->finished && !memcmp(l->ids, long_ids, sizeof long_ids),
              "alpha %d: the long hypothesis 4 5 6 7 is not ranked %d (len %d)", a, a ? 1 : 2, l->len);
    CHECK_NEAR(s->score, -1.0, 1e-6);
    CHECK_NEAR(l->score, long_lp / gnmt(5, a), 1e-5);
    CHECK_NEAR(l->score, a ? -0.843104 : -1.405173, 1e-5); /* by hand: (-1.2 + 4 ln 0.95) / (10/6)^alpha */
    at_search_result_free(&r);
  }
  /* nbest 1, alpha 1: the long one, found only because the search did not stop after step 0 */
  o.nbest = 1, o.length_penalty = 1.0f;
  at_search_result r;
  search(&o, script_short_long, &r);
  CHECK_MSG(r.n == 1 && r.hyps[0].len == 4, "alpha 1, nbest 1: got a hypothesis of %d tokens, want 4 (4 5 6 7)",
            r.n ? r.hyps[0].len : -1);
  CHECK_MSG(g_steps >= 5, "stopped after %d steps, before the long hypothesis could finish", g_steps);
  at_search_result_free(&r);
}

/* ---- 3. the early-stop bound: the exact step ------------------------------------------ */

/* BOS: 8 0.4, EOS 0.3, 9 0.2. 8 -> 8 with 0.7 (EOS 0.001): a babbling
 * hypothesis that never ends before the maximum length (16). 9 -> EOS 0.9.
 * Everything else: EOS 0.001. With beam 3 and alpha 1, finished after step 0:
 * EOS alone, ln 0.3 = -1.2040; after step 1: 9 EOS, (ln 0.2 + ln 0.9) / (7/6)
 * = -1.4698. The best open row after step t is 8^(t+1), logprob ln 0.4 +
 * t ln 0.7, and its bound divides by lp(16) = 21/6 = 3.5:
 *   nbest 1 (against -1.2040): t = 9 gives -1.1790 (go on), t = 10 -1.2809
 *           (stop): 11 steps;
 *   nbest 2 (against the second, -1.4698): t = 11 -1.3828, t = 12 -1.4847:
 *           13 steps;
 *   alpha 0, nbest 1 (raw logprob against ln 0.3): t = 0 -0.9163, t = 1
 *           -1.2730: 2 steps. */
static void script_babble(int t, int y_prev, double *p) {
  (void)t;
  if (y_prev == AT_BOS_ID)
    dist(p, 3, (int[]){8, AT_EOS_ID, 9}, (double[]){0.4, 0.3, 0.2});
  else if (y_prev == 8)
    dist(p, 2, (int[]){8, AT_EOS_ID}, (double[]){0.7, 0.001});
  else if (y_prev == 9)
    dist(p, 1, (int[]){AT_EOS_ID}, (double[]){0.9});
  else
    dist(p, 1, (int[]){AT_EOS_ID}, (double[]){0.001});
}

/* BOS: EOS 0.4 and 8 0.4, exactly the same float log-probability; 8 -> 8 0.9.
 * alpha 0: the open row can at best tie the finished EOS, which cannot be
 * beaten by a tie: the search stops after step 0. */
static void script_tie(int t, int y_prev, double *p) {
  (void)t;
  if (y_prev == AT_BOS_ID)
    dist(p, 2, (int[]){AT_EOS_ID, 8}, (double[]){0.4, 0.4});
  else
    dist(p, 1, (int[]){y_prev == 8 ? 8 : AT_EOS_ID}, (double[]){0.9});
}

/* The rule, computed here: steps until (ln 0.4 + t ln 0.7) / lp(max_len)^alpha
 * <= the nbest-th finished score (which is known after step 1), or max_len. */
static int steps_by_rule(double kth_score, double alpha, int max_len) {
  for (int t = 0; t < max_len; t++)
    if ((log(0.4) + t * log(0.7)) / gnmt(max_len, alpha) <= kth_score) return t + 1;
  return max_len;
}

static void test_early_stop_exact(void) {
  const int max_len = 16;
  const double first = log(0.3), second = (log(0.2) + log(0.9)) / gnmt(2, 1.0);
  CHECK(steps_by_rule(first, 1.0, max_len) == 11); /* by hand, see script_babble */
  CHECK(steps_by_rule(second, 1.0, max_len) == 13);
  CHECK(steps_by_rule(first, 0.0, max_len) == 2);
  const struct { int nbest; float alpha; int want; } cases[] = {{1, 1.0f, 11}, {2, 1.0f, 13}, {1, 0.0f, 2}};
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    at_search_options o;
    at_search_options_default(&o);
    o.beam = 3, o.nbest = cases[i].nbest, o.length_penalty = cases[i].alpha;
    at_search_result r;
    search(&o, script_babble, &r);
    CHECK_MSG(g_steps == cases[i].want && g_last_t == cases[i].want - 1,
              "nbest %d alpha %g: stopped after %d steps (last t %d), want exactly %d: %s", cases[i].nbest,
              cases[i].alpha, g_steps, g_last_t, cases[i].want, g_steps > cases[i].want ? "too late" : "too early");
    /* the result: EOS alone, then (nbest 2) 9 EOS */
    CHECK(r.n == cases[i].nbest);
    if (r.n >= 1) CHECK(r.hyps[0].len == 0 && r.hyps[0].finished && fabs(r.hyps[0].score - first) < 1e-6);
    if (r.n >= 2) CHECK(r.hyps[1].len == 1 && r.hyps[1].ids[0] == 9 && fabs(r.hyps[1].score - second) < 1e-6);
    at_search_result_free(&r);
  }
  /* a tie cannot beat the finished hypothesis: stop at once */
  at_search_options o;
  at_search_options_default(&o);
  o.beam = 2, o.length_penalty = 0.0f;
  at_search_result r;
  search(&o, script_tie, &r);
  CHECK_MSG(g_steps == 1, "tie: %d steps, want 1", g_steps);
  CHECK(r.n == 1 && r.hyps[0].len == 0);
  at_search_result_free(&r);
}

/* ---- 2. --min-length ---------------------------------------------------------------- */

/* EOS 0.6 at every step; the next token y_prev + 1 (4..15, cycling) 0.3. */
static void script_eos_first(int t, int y_prev, double *p) {
  (void)t;
  int next = y_prev < FIRST || y_prev == V - 1 ? FIRST : y_prev + 1;
  dist(p, 2, (int[]){AT_EOS_ID, next}, (double[]){0.6, 0.3});
}

static void test_min_length(void) {
  at_search_options o;
  at_search_options_default(&o);
  const int mins[] = {0, 1, 3, 7};
  for (int beam = 1; beam <= 4; beam += 3)
    for (size_t i = 0; i < sizeof mins / sizeof *mins; i++) {
      o.beam = o.nbest = beam, o.min_length = mins[i], o.length_penalty = 0.6f;
      at_search_result r;
      search(&o, script_eos_first, &r);
      CHECK(r.n == beam);
      int shortest = 1 << 30;
      for (int k = 0; k < r.n; k++) {
        shortest = r.hyps[k].len < shortest ? r.hyps[k].len : shortest;
        CHECK(r.hyps[k].finished);
      }
      CHECK_MSG(shortest >= mins[i], "beam %d min_length %d: a hypothesis of %d tokens", beam, mins[i], shortest);
      /* EOS is preferred as soon as it is allowed: the best is exactly min_length long */
      CHECK_MSG(r.n && r.hyps[0].len == mins[i], "beam %d min_length %d: best has %d tokens", beam, mins[i],
                r.n ? r.hyps[0].len : -1);
      if (r.n && r.hyps[0].len == mins[i]) {
        double want = mins[i] * log(0.3) + log(0.6);
        CHECK_NEAR(r.hyps[0].logprob, want, 1e-5);
      }
      at_search_result_free(&r);
    }
  /* a minimum beyond the maximum length (16): EOS never allowed, every hypothesis cut */
  o.beam = o.nbest = 2, o.min_length = 20;
  at_search_result r;
  search(&o, script_eos_first, &r);
  CHECK(r.n == 2);
  for (int k = 0; k < r.n; k++) CHECK(!r.hyps[k].finished && r.hyps[k].len == 16);
  CHECK(g_steps == 16);
  at_search_result_free(&r);
}

int main(void) {
  at_model_config cfg;
  at_model_config_default(&cfg);
  cfg.src_vocab = cfg.tgt_vocab = V;
  cfg.emb_dim = 4, cfg.hidden_dim = 6, cfg.attn_dim = 4;
  CHECK_OK(at_model_create(&cfg, &g_model));
  if (!g_model) CHECK_DONE();
  at_model_init_params(g_model, 5, 0.1f);
  test_length_penalty();
  test_ranking_and_early_stop_too_early();
  test_early_stop_exact();
  test_min_length();
  at_model_free(g_model);
  CHECK_DONE();
}
