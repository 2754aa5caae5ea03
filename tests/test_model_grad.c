/* Finite-difference gradient check of the whole seq2seq model (loss =
 * at_model_forward's loss_sum * scale) for every cell x attention x score x
 * input feeding x tying, with padding in source and target, 1 and 2 layers,
 * uni- and bidirectional encoders, dense and zero bridges; then every local
 * attention (local-m, local-p, hybrid) x score x wiring with window D = 1. A few random
 * coordinates of every parameter tensor are checked. */
#include <string.h>

#include "check.h"
#include "gradcheck.h"
#include "model_util.h"

typedef struct gctx {
  at_model *m;
  const at_batch *b;
  float scale;
} gctx;

static double loss_fn(void *p) {
  gctx *g = p;
  at_loss l;
  if (at_model_forward(g->m, g->b, 0, NULL, &l) != AT_OK) return NAN;
  return l.loss_sum * g->scale;
}

/* h: finite-difference step. Local-p windows are centred on round(p_t), a
 * step function of the parameters; h = 1e-2 can move a centre across a
 * rounding point (a jump the analytic gradient rightly ignores), so the
 * local configurations use 1e-3. */
static int check_config(const at_model_config *cfg, const char *label, float h) {
  at_model *m = NULL;
  CHECK_OK(at_model_create(cfg, &m));
  if (!m) return 1;
  at_model_init_params(m, 7, 0.5f);
  at_rng rng;
  at_rng_seed(&rng, 100, 1); /* seed 99 (with ids from 4) puts a local-p window centre within h of a rounding point */
  mu_batch mb;
  int slen[3] = {5, 3, 2}, tlen[3] = {2, 3, 1}; /* Ts 5, Tt 4: padding on both sides */
  mu_random(&mb, &rng, 3, slen, tlen, cfg->src_vocab, cfg->tgt_vocab);
  at_params *P = at_model_params(m);
  at_loss l;
  CHECK_OK(at_model_forward(m, &mb.b, 0, NULL, &l));
  gctx g = {m, &mb.b, 1.0f / (float)l.ntokens};
  at_params_zero_grad(P);
  CHECK_OK(at_model_backward(m, g.scale));
  size_t used = at_model_arena_used(m), need = at_model_train_bytes(m, mb.b.B, mb.b.Ts, mb.b.Tt, 0);
  CHECK_MSG(used <= need, "%s: forward+backward took %zu arena bytes, estimate %zu", label, used, need);
  float *grad = malloc(P->total * sizeof(float));
  memcpy(grad, P->grad, P->total * sizeof(float));
  double max_abs = 0, max_rel = 0;
  int failed = 0, checked = 0;
  for (int i = 0; i < P->count; i++) {
    const at_param_info *pi = &P->info[i];
    gc_result r = gc_check(pi->name, loss_fn, &g, P->data + pi->offset, grad + pi->offset, pi->size, 3, h,
                           2e-4, 2e-2);
    failed += r.failed, checked += r.checked;
    if (r.max_abs > max_abs) max_abs = r.max_abs;
    if (r.max_rel > max_rel) max_rel = r.max_rel;
  }
  printf("%-44s params %3d checked %3d failed %d  max abs %.2e  max rel %.2e\n", label, P->count, checked, failed,
         max_abs, max_rel);
  CHECK_MSG(failed == 0, "%s: %d coordinates failed", label, failed);
  free(grad);
  at_model_free(m);
  return failed;
}

int main(void) {
  int configs = 0;
  for (int cell = 0; cell < 3; cell++)
    for (int attn = 0; attn < 3; attn++)
      for (int score = 0; score < (attn ? 4 : 1); score++)
        for (int feed = 0; feed < (attn == AT_ATTN_LUONG ? 2 : 1); feed++)
          for (int tie = 0; tie < 2; tie++) {
            /* every third configuration: 2 layers, bidirectional; some with a zero bridge */
            int deep = configs % 3 == 1, H = 6, E = tie ? 6 : 4;
            at_model_config c = mu_config(cell, attn, score, feed, tie, deep ? 2 : 1, deep || configs % 2, E, H);
            c.bridge = configs % 5 == 3 ? AT_BRIDGE_ZERO : AT_BRIDGE_DENSE;
            c.emb_scale = configs % 4 == 2;
            char label[96];
            snprintf(label, sizeof label, "%s/%s/%s%s%s L%d%s%s", at_cell_names[cell], at_attn_names[attn],
                     attn ? at_score_names[score] : "-", feed ? "/feed" : "", tie ? "/tied" : "", c.layers,
                     c.bidirectional ? " bi" : "", c.bridge == AT_BRIDGE_ZERO ? " zero-bridge" : "");
            check_config(&c, label, 1e-2f);
            configs++;
          }
  /* local attention: every locality x score x wiring (input feeding for Luong),
   * on the same padded batch with a window that cuts the sentence (D = 1) */
  for (int loc = AT_LOCAL_M; loc <= AT_LOCAL_HYBRID; loc++)
    for (int attn = AT_ATTN_BAHDANAU; attn <= AT_ATTN_LUONG; attn++)
      for (int score = 0; score < 4; score++) {
        int cell = (loc + score) % 3, deep = (score + attn) % 3 == 0;
        at_model_config c = mu_config(cell, attn, score, attn == AT_ATTN_LUONG, 0, deep ? 2 : 1, 1, 4, 6);
        c.locality = loc;
        c.window = 1;
        char label[96];
        snprintf(label, sizeof label, "%s/%s/%s/%s L%d D1", at_cell_names[cell], at_attn_names[attn],
                 at_score_names[score], at_locality_names[loc], c.layers);
        check_config(&c, label, 1e-3f);
        configs++;
      }
  /* top-k and hard (argmax outside training: the chosen positions are fixed
   * and only the keys' path carries a gradient; REINFORCE is checked in
   * test_attention and test_hard_attention) */
  for (int mode = AT_MODE_HARD; mode <= AT_MODE_TOPK; mode++)
    for (int attn = AT_ATTN_BAHDANAU; attn <= AT_ATTN_LUONG; attn++)
      for (int loc = AT_LOCAL_GLOBAL; loc <= AT_LOCAL_HYBRID; loc++) {
        if (mode == AT_MODE_HARD && loc == AT_LOCAL_P) continue;
        int score = (loc + attn) % 4, cell = (loc + mode) % 3;
        at_model_config c = mu_config(cell, attn, score, attn == AT_ATTN_LUONG, 0, 1, 1, 4, 6);
        c.locality = loc, c.window = 2, c.attn_mode = mode, c.topk = 2;
        char label[96];
        snprintf(label, sizeof label, "%s/%s/%s/%s/%s D2", at_cell_names[cell], at_attn_names[attn],
                 at_score_names[score], at_locality_names[loc], at_attn_mode_names[mode]);
        check_config(&c, label, 1e-3f);
        configs++;
      }
  /* multi-head (H = 1, 2, 4; hidden 8) for scaled and general scores, both wirings, with locality */
  for (int heads = 1; heads <= 4; heads *= 2)
    for (int attn = AT_ATTN_BAHDANAU; attn <= AT_ATTN_LUONG; attn++)
      for (int score = AT_SCORE_SCALED; score <= AT_SCORE_GENERAL; score++) {
        int loc = (heads + attn + score) % 4, cell = (heads + score) % 3;
        at_model_config c = mu_config(cell, attn, score, attn == AT_ATTN_LUONG, 0, 1, 1, 4, 8);
        c.heads = heads, c.locality = loc, c.window = 2;
        char label[96];
        snprintf(label, sizeof label, "%s/%s/%s/%s H%d D2", at_cell_names[cell], at_attn_names[attn],
                 at_score_names[score], at_locality_names[loc], heads);
        check_config(&c, label, 1e-3f);
        configs++;
      }
  /* self-attention blocks: every encoder x decoder pairing with a
   * transformer or rnn-sa side, pre- and post-norm, ReLU and GELU,
   * sinusoidal and learned positions, with and without an input projection
   * (emb_dim != model width) and tying; padded batches as above. GELU
   * except in one configuration: a ReLU input within h of its kink makes the
   * finite difference wrong, not the gradient (ReLU itself is checked layer
   * by layer in test_transformer_layers). */
  for (int enc = AT_ENC_RNN; enc <= AT_ENC_TRANSFORMER; enc++)
    for (int dec = AT_DEC_RNN; dec <= AT_DEC_TRANSFORMER; dec++)
      for (int norm = AT_NORM_PRE; norm <= AT_NORM_POST; norm++) {
        if (enc == AT_ENC_RNN && dec == AT_DEC_RNN) continue;
        int k = enc * 4 + dec * 2 + norm;
        at_model_config c = mu_config(k % 3, AT_ATTN_LUONG, AT_SCORE_GENERAL, k % 2, 0, 1 + (k % 2), 1, 4, 8);
        c.encoder = enc, c.decoder = dec, c.norm = norm, c.heads = 2, c.ff_dim = 12;
        c.enc_layers = 1 + (k + 1) % 2, c.dec_layers = 2;
        c.model_dim = 8; /* emb 4: input projections */
        c.ff_activation = k == 10 ? AT_FF_RELU : AT_FF_GELU;
        c.positions = k % 3 == 1 ? AT_POS_LEARNED : AT_POS_SINUSOIDAL;
        c.max_positions = 8;
        c.emb_scale = 1;
        if (dec == AT_DEC_TRANSFORMER && k % 4 == 3) c.emb_dim = 8, c.model_dim = 0, c.tie_embeddings = 1;
        if (enc == AT_ENC_TRANSFORMER && c.tie_embeddings) c.share_embeddings = 1, c.src_vocab = c.tgt_vocab; /* three-way */
        char label[96];
        snprintf(label, sizeof label, "%s+%s %s-norm %s%s%s%s", at_encoder_names[enc], at_decoder_names[dec],
                 at_norm_names[norm], at_ff_activation_names[c.ff_activation],
                 c.positions == AT_POS_LEARNED ? " learned-pos" : "", c.emb_dim != 8 ? " in-proj" : "",
                 c.share_embeddings ? " shared+tied" : c.tie_embeddings ? " tied" : "");
        check_config(&c, label, 1e-3f);
        configs++;
      }
  printf("%d configurations\n", configs);
  CHECK_DONE();
}
