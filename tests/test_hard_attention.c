/* Hard attention learns a task whose answer sits at one source position:
 * reversing sequences (tokens 4..12 (MU_FIRST_ID..), lengths 3..7; target token t is source
 * token len-1-t). Training samples one position per step from the attention
 * distribution (Xu et al. 2015): the decoder learns through the sampled key,
 * the scores by REINFORCE with the moving-average baseline and the entropy
 * bonus, on fresh random batches (half of them attend softly, the
 * configured default after Xu et al.). On 200 unseen sequences, decoded greedily
 * through at_model_step with argmax positions:
 *   token accuracy >= 95%, and the chosen position is the answer's position
 *   (len-1-t) for >= 90% of the target tokens.
 * Also: the same seed gives the same run (sampling draws from the training
 * rng), and the baseline tracks the reward. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "model_util.h"

enum { VOCAB = 13, MINLEN = 3, MAXLEN = 7, TEST = 200 };
#define ANS(len, t) ((len) - 1 - (t)) /* the source position holding target token t */


/* A batch of n reversal pairs drawn from rng. */
static void reversal_batch(mu_batch *mb, at_rng *rng, int n, int src[][MAXLEN], int *len) {
  static int tgt[MU_MAX_B][MAXLEN];
  const int *sp[MU_MAX_B], *tp[MU_MAX_B];
  for (int i = 0; i < n; i++) {
    len[i] = MINLEN + (int)at_rng_below(rng, MAXLEN - MINLEN + 1);
    for (int t = 0; t < len[i]; t++) src[i][t] = MU_FIRST_ID + (int)at_rng_below(rng, VOCAB - MU_FIRST_ID);
    for (int t = 0; t < len[i]; t++) tgt[i][t] = src[i][ANS(len[i], t)];
    sp[i] = src[i], tp[i] = tgt[i];
  }
  mu_fill(mb, n, sp, len, tp, len);
}

/* Greedy decoding of one sequence: counts correct tokens and tokens whose
 * chosen (argmax) position is the answer's. */
static void decode_one(const at_model *m, const int *src, int len, int *correct, int *aligned) {
  at_arena a;
  at_arena_init(&a);
  at_encoded *enc = NULL;
  at_dec_state st[2];
  float lp[VOCAB], attn[MAXLEN];
  int sent = 0, y = MU_BOS;
  CHECK_OK(at_model_encode(m, src, &len, len, 1, &a, &enc));
  CHECK_OK(at_model_state_alloc(m, 1, len + 1, &a, &st[0]));
  CHECK_OK(at_model_state_alloc(m, 1, len + 1, &a, &st[1]));
  if (!enc) return;
  CHECK_OK(at_model_state_init(m, enc, &st[0]));
  for (int t = 0; t < len; t++) {
    CHECK_OK(at_model_step(m, enc, t, &sent, &st[t % 2], &y, &st[(t + 1) % 2], lp, attn, &a));
    int best = 1;
    for (int v = 2; v < VOCAB; v++) best = lp[v] > lp[best] ? v : best;
    *correct += best == src[ANS(len, t)];
    int pos = 0, ones = 0;
    for (int j = 0; j < len; j++) {
      ones += attn[j] == 1.0f;
      if (attn[j] == 1.0f) pos = j;
    }
    CHECK_MSG(ones == 1, "hard attention export: %d one-hot entries", ones);
    *aligned += pos == ANS(len, t);
    y = best;
  }
  at_arena_free(&a);
}

/* Trains `steps` batches; returns the model (caller frees). */
static at_model *train(const at_model_config *c, int steps, uint64_t seed, double *last_loss) {
  at_model *m = NULL;
  CHECK_OK(at_model_create(c, &m));
  if (!m) return NULL;
  at_model_init_params(m, seed, 0.1f);
  at_params *P = at_model_params(m);
  at_rng data, drng;
  at_rng_seed(&data, seed, 1);
  at_rng_seed(&drng, seed, 2);
  mu_adam opt = {calloc(P->total, sizeof(float)), calloc(P->total, sizeof(float)), 0};
  static int src[MU_MAX_B][MAXLEN];
  int len[MU_MAX_B];
  mu_batch mb;
  double avg = 0;
  for (int s = 0; s < steps; s++) {
    reversal_batch(&mb, &data, MU_MAX_B, src, len);
    at_loss l;
    at_params_zero_grad(P);
    CHECK_OK(at_model_forward(m, &mb.b, 1, &drng, &l));
    CHECK_OK(at_model_backward(m, 1.0f / (float)l.ntokens));
    mu_adam_step(&opt, P, 0.01f);
    avg = s == 0 ? l.nll_sum / l.ntokens : 0.98 * avg + 0.02 * l.nll_sum / l.ntokens;
  }
  *last_loss = avg;
  free(opt.m), free(opt.v);
  return m;
}

int main(void) {
  at_model_config c = mu_config(AT_CELL_GRU, AT_ATTN_LUONG, AT_SCORE_GENERAL, 1, 0, 1, 1, 16, 32);
  c.src_vocab = c.tgt_vocab = VOCAB, c.label_smoothing = 0;
  c.attn_mode = AT_MODE_HARD; /* the defaults: entropy 0.1, half the batches soft (Xu et al.) */
  const int steps = 4000;
  double t0 = at_now(), loss = 0;
  at_model *m = train(&c, steps, 7, &loss);
  if (!m) CHECK_DONE();
  /* held-out sequences */
  at_rng test;
  at_rng_seed(&test, 999, 5);
  int correct = 0, aligned = 0, total = 0;
  for (int k = 0; k < TEST; k++) {
    int src[MAXLEN], len = MINLEN + (int)at_rng_below(&test, MAXLEN - MINLEN + 1);
    for (int t = 0; t < len; t++) src[t] = MU_FIRST_ID + (int)at_rng_below(&test, VOCAB - MU_FIRST_ID);
    decode_one(m, src, len, &correct, &aligned);
    total += len;
  }
  at_checkpoint ck;
  at_checkpoint_init(&ck);
  CHECK_OK(at_model_save_state(m, &ck));
  double baseline = 0;
  int64_t updates = 0;
  CHECK_OK(at_checkpoint_get_f64(&ck, "model_reward_baseline", &baseline));
  CHECK_OK(at_checkpoint_get_i64(&ck, "model_reward_baseline_updates", &updates));
  printf("hard attention, reversal: %.1f s, train nll/token %.4f, greedy token accuracy %d/%d (%.1f%%), "
         "argmax at the answer %d/%d (%.1f%%), baseline %.3f after %lld batches\n",
         at_now() - t0, loss, correct, total, 100.0 * correct / total, aligned, total, 100.0 * aligned / total,
         baseline, (long long)updates);
  CHECK_MSG(correct >= 0.95 * total, "token accuracy %d/%d below 95%%", correct, total);
  CHECK_MSG(aligned >= 0.90 * total, "chosen position at the answer %d/%d below 90%%", aligned, total);
  CHECK_MSG(updates > 0.35 * steps && updates < 0.65 * steps, "%lld of %d batches sampled (half expected)",
            (long long)updates, steps);
  CHECK(baseline < 0 && baseline > -20); /* mean log-likelihood per target token: negative, and it improved */
  /* the baseline is training state: a model loading it continues from it */
  at_model *m2 = NULL;
  CHECK_OK(at_model_create(&c, &m2));
  CHECK_OK(at_model_load_state(m2, &ck));
  at_checkpoint ck2;
  at_checkpoint_init(&ck2);
  CHECK_OK(at_model_save_state(m2, &ck2));
  double b2 = 0;
  CHECK_OK(at_checkpoint_get_f64(&ck2, "model_reward_baseline", &b2));
  CHECK(b2 == baseline);
  at_model_free(m2);
  /* reproducible: the same seed, the same parameters after a few steps */
  double l1, l2;
  at_model *a = train(&c, 20, 3, &l1), *b = train(&c, 20, 3, &l2);
  if (a && b)
    CHECK(!memcmp(at_model_params(a)->data, at_model_params(b)->data, at_model_params(a)->total * sizeof(float)));
  at_model_free(a);
  at_model_free(b);
  at_model_free(m);
  CHECK_DONE();
}
