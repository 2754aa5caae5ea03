/* Allocation failure at the N-th allocation, for every N (issue 13).
 *
 * core/alloc.c's hook makes the N-th allocation of attend's own code return
 * NULL (at_alloc_test_begin). For N = 1, 2, ... until an operation completes
 * without reaching its N-th allocation, each operation below runs once with
 * the failure injected and must
 *  - return an error status with a message (no crash; ASan/UBSan in the
 *    sanitizer leg), or succeed with the exact result of a run without
 *    injection (a failure the code absorbs);
 *  - after the failure, succeed when run again on the same objects (the
 *    injection fires once), with the result bitwise equal to a run that had
 *    no failure: nothing was left half-updated;
 *  - leave no block of its own allocated: the hook's live count is back to
 *    0 (LeakSanitizer checks the same in the sanitizer leg, HDF5's and
 *    SentencePiece's heaps included).
 * The operations: a training step (model creation, at_model_forward,
 * at_model_backward, clipping, an Adam step) of a GRU with Luong attention,
 * an LSTM with Bahdanau attention and input feeding, and a Transformer;
 * opening a translator and translating three lines (greedy, and beam 3 with
 * 2-best and attention) with the committed GRU checkpoint and a Transformer
 * checkpoint; loading a checkpoint (everything, the header, the parameters
 * into a layout) and saving one; loading a corpus and reading batches from
 * it (an epoch and a step into the next, a micro-batch slice, a restored
 * position); the greedy validation (BLEU and chrF of greedy translations).
 *
 * One OpenMP thread: the N-th allocation is then the same one each run. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "decoder/decoder.h"
#include "model/model.h"
#include "model_util.h"
#include "tokenizer/tokenizer.h"
#include "train/train.h"

enum { OOM_MAX_N = 100000 };

typedef at_status (*oom_op)(void *ctx, int *verified);

static long oom_absorbed_total = 0;

/* Runs op with the N-th allocation failing for N = 1, 2, ... until it no
 * longer reaches N allocations. op returns the status of its first attempt
 * and sets *verified when its final result (after retrying where the first
 * attempt failed) equals the reference. */
static void oom_loop_stride(const char *name, oom_op op, void *ctx, long stride) {
  double t0 = at_now();
  int verified = 0;
  at_alloc_test_begin(0);
  at_status s = op(ctx, &verified);
  at_alloc_stats st = at_alloc_test_end();
  CHECK_MSG(s == AT_OK && verified, "%s without injection: %s (%s), verified %d", name, at_status_name(s),
            at_last_error(), verified);
  CHECK_MSG(st.live == 0, "%s without injection: %ld blocks left", name, st.live);
  long n, errors = 0, absorbed = 0;
  long tried = 0;
  for (n = 1; n < OOM_MAX_N; n += stride) {
    verified = 0;
    tried++;
    at_fail(AT_OK, "%s", "");
    at_alloc_test_begin(n);
    s = op(ctx, &verified);
    st = at_alloc_test_end();
    CHECK_MSG(st.live == 0, "%s, allocation %ld failing: %ld blocks left (status %s: %s)", name, n, st.live,
              at_status_name(s), at_last_error());
    CHECK_MSG(verified, "%s, allocation %ld failing: the result after retrying differs (status %s: %s)", name, n,
              at_status_name(s), at_last_error());
    if (!st.failed) {
      CHECK_MSG(s == AT_OK, "%s, %ld allocations: %s", name, st.calls, at_status_name(s));
      break;
    }
    if (s == AT_OK) {
      absorbed++;
      if (getenv("OOM_VERBOSE")) printf("%s: allocation %ld failing: absorbed\n", name, n);
    } else {
      errors++;
      CHECK_MSG(s == AT_ERR_NOMEM && at_last_error()[0], "%s, allocation %ld failing: %s with message \"%s\"",
                name, n, at_status_name(s), at_last_error());
    }
  }
  CHECK_MSG(n < OOM_MAX_N, "%s: still allocating after %d allocations", name, OOM_MAX_N);
  CHECK_MSG(n > 1, "%s: no allocation to fail", name);
  oom_absorbed_total += absorbed;
  printf("%-40s %5ld allocations: %5ld clean errors, %ld failures absorbed", name, st.calls, errors, absorbed);
  if (stride > 1) printf(" (every %ld-th of them failed: %ld runs)", stride, tried);
  printf(" (%.2f s)\n", at_now() - t0);
  fflush(stdout);
}

static void oom_loop(const char *name, oom_op op, void *ctx) { oom_loop_stride(name, op, ctx, 1); }

/* ---- (a) a training step --------------------------------------------------- */

typedef struct train_ctx {
  at_model_config cfg;
  mu_batch mb;
  float *ref;     /* parameters after the reference step */
  size_t total;
  double ref_loss;
} train_ctx;

/* zero grads, forward, backward, clip, Adam: one training step. */
static at_status train_step(at_model *m, at_optimizer *opt, const at_batch *b, double *loss_out) {
  at_params *P = at_model_params(m);
  at_rng rng;
  at_rng_seed(&rng, 7, 3);
  at_loss loss;
  at_params_zero_grad(P);
  at_status s = at_model_forward(m, b, 1, &rng, &loss);
  if (!s) s = at_model_backward(m, 1.0f / (float)loss.ntokens);
  if (s) return s;
  at_grad_clip(P->grad, P->total, 1.0);
  at_optim_step(opt, P->data, P->grad, 0.01);
  *loss_out = loss.nll_sum;
  return AT_OK;
}

/* Creates the model and its optimizer, takes the step (again on the same
 * objects when it fails), compares with ctx->ref (or records it), frees. */
static at_status train_attempt(train_ctx *c, int *verified, int *setup_failed) {
  at_model *m = NULL;
  at_optimizer opt;
  memset(&opt, 0, sizeof opt);
  at_optim_config oc;
  at_optim_config_default(&oc);
  *setup_failed = 0;
  at_status s = at_model_create(&c->cfg, &m);
  if (!s) {
    at_model_init_params(m, 11, 0.1f);
    s = at_optim_init(&opt, &oc, at_model_params(m)->total);
  }
  if (s) {
    *setup_failed = 1;
    at_optim_free(&opt);
    at_model_free(m);
    return s;
  }
  double loss = 0;
  at_status first = train_step(m, &opt, &c->mb.b, &loss);
  s = first ? train_step(m, &opt, &c->mb.b, &loss) : first;
  if (!s) {
    at_params *P = at_model_params(m);
    if (!c->ref) {
      c->total = P->total;
      c->ref = malloc(P->total * sizeof(float));
      if (c->ref) memcpy(c->ref, P->data, P->total * sizeof(float));
      c->ref_loss = loss;
    }
    *verified = c->ref && P->total == c->total && !memcmp(P->data, c->ref, c->total * sizeof(float)) &&
                loss == c->ref_loss && opt.t == 1;
  }
  at_optim_free(&opt);
  at_model_free(m);
  return first;
}

static at_status train_op(void *ctx, int *verified) {
  train_ctx *c = ctx;
  int setup_failed;
  at_status s = train_attempt(c, verified, &setup_failed);
  if (s && setup_failed) {
    at_status s2 = train_attempt(c, verified, &setup_failed);
    if (s2) *verified = 0;
  }
  return s;
}

static void test_train(const char *name, at_model_config cfg) {
  train_ctx c;
  memset(&c, 0, sizeof c);
  c.cfg = cfg;
  at_rng rng;
  at_rng_seed(&rng, 3, 1);
  int slen[3] = {5, 3, 4}, tlen[3] = {4, 5, 2};
  mu_random(&c.mb, &rng, 3, slen, tlen, cfg.src_vocab, cfg.tgt_vocab);
  oom_loop(name, train_op, &c);
  free(c.ref);
  /* after the first step a step allocates nothing (the arena keeps its
   * high-water size), so the hook costs nothing while training */
  at_model *m = NULL;
  at_optimizer opt;
  memset(&opt, 0, sizeof opt);
  at_optim_config oc;
  at_optim_config_default(&oc);
  double loss;
  CHECK_OK(at_model_create(&cfg, &m));
  if (!m) return;
  CHECK_OK(at_optim_init(&opt, &oc, at_model_params(m)->total));
  CHECK_OK(train_step(m, &opt, &c.mb.b, &loss));
  at_alloc_test_begin(0);
  for (int i = 0; i < 3; i++) CHECK_OK(train_step(m, &opt, &c.mb.b, &loss));
  at_alloc_stats st = at_alloc_test_end();
  CHECK_MSG(st.calls == 0, "%s: steps 2 to 4 made %ld allocations", name, st.calls);
  at_optim_free(&opt);
  at_model_free(m);
}

/* ---- (b) translating --------------------------------------------------------- */

enum { TR_LINES = 3, TR_MAX_HYPS = 4 };
static const char *const tr_lines[TR_LINES] = {"En el principio creó Dios los cielos y la tierra.", "",
                                               "Y dijo Dios: Sea la luz\xff"};

typedef struct tr_ref {
  int have;
  at_status status[TR_LINES];
  int n[TR_LINES];
  char text[TR_LINES][TR_MAX_HYPS][512];
  float score[TR_LINES][TR_MAX_HYPS];
  int tgt_rows[TR_LINES];
} tr_ref;

typedef struct tr_ctx {
  const char *path;
  at_translator_options opt;
  tr_ref ref;
} tr_ctx;

/* Compares out with the reference (records it the first time). */
static int tr_same(tr_ctx *c, const at_translation *out) {
  tr_ref *r = &c->ref;
  if (!r->have) {
    for (int i = 0; i < TR_LINES; i++) {
      r->status[i] = out[i].status, r->n[i] = out[i].n, r->tgt_rows[i] = out[i].tgt_rows;
      if (out[i].n > TR_MAX_HYPS) return 0;
      for (int k = 0; k < out[i].n; k++) {
        snprintf(r->text[i][k], sizeof r->text[i][k], "%s", out[i].text[k]);
        r->score[i][k] = out[i].score[k];
      }
    }
    r->have = 1;
    return 1;
  }
  for (int i = 0; i < TR_LINES; i++) {
    if (out[i].status != r->status[i] || out[i].n != r->n[i] || out[i].tgt_rows != r->tgt_rows[i]) return 0;
    for (int k = 0; k < out[i].n; k++)
      if (strcmp(out[i].text[k], r->text[i][k]) || out[i].score[k] != r->score[i][k]) return 0;
  }
  return 1;
}

static at_status tr_op(void *ctx, int *verified) {
  tr_ctx *c = ctx;
  at_translator *tr = NULL;
  const char *paths[1] = {c->path};
  at_status first = at_translator_open(paths, 1, &c->opt, &tr);
  if (first) {
    if (tr) return AT_ERR_INTERNAL; /* a failed open must not hand out a translator */
    if (at_translator_open(paths, 1, &c->opt, &tr)) return first;
  }
  at_translation out[TR_LINES];
  at_status s = at_translator_translate(tr, tr_lines, TR_LINES, out);
  if (s) {
    if (!first) first = s;
    s = at_translator_translate(tr, tr_lines, TR_LINES, out);
  }
  if (!s) {
    *verified = tr_same(c, out);
    if (c->opt.search.want_attention) {
      /* the alignments of the best hypothesis too */
      char *al = NULL;
      at_status sa = at_translation_alignment(&out[0], &al);
      if (sa) {
        if (!first) first = sa;
        sa = at_translation_alignment(&out[0], &al);
      }
      if (sa) *verified = 0;
      at_free(al);
    }
    for (int i = 0; i < TR_LINES; i++) at_translation_free(&out[i]);
  }
  at_translator_close(tr);
  return first;
}

static void test_translate(const char *name, const char *path, int beam) {
  tr_ctx c;
  memset(&c, 0, sizeof c);
  c.path = path;
  at_translator_options_default(&c.opt);
  c.opt.threads = 1;
  c.opt.search.beam = beam;
  c.opt.search.max_len_extra = 4;
  if (beam > 1) c.opt.search.nbest = 2, c.opt.search.want_attention = 1;
  oom_loop(name, tr_op, &c);
}

/* A Transformer checkpoint over the committed 500-piece tokenizers
 * (untrained, 1 + 1 layers of width 8), for the translate test. */
static int make_transformer_ckpt(const char *src_tree, const char *path) {
  char ps[4096], pt[4096];
  snprintf(ps, sizeof ps, "%s/data/spm/tiny.es.model", src_tree);
  snprintf(pt, sizeof pt, "%s/data/spm/tiny.en.model", src_tree);
  at_tokenizer *ts = NULL, *tt = NULL;
  at_model *m = NULL;
  at_status st = at_tokenizer_load(ps, &ts);
  if (!st) st = at_tokenizer_load(pt, &tt);
  at_model_config cfg;
  at_model_config_default(&cfg);
  cfg.src_vocab = 500, cfg.tgt_vocab = 500;
  cfg.encoder = AT_ENC_TRANSFORMER, cfg.decoder = AT_DEC_TRANSFORMER;
  cfg.emb_dim = 8, cfg.hidden_dim = 8, cfg.heads = 2, cfg.ff_dim = 16, cfg.enc_layers = 1, cfg.dec_layers = 1;
  cfg.dropout = 0;
  if (!st) st = at_model_create(&cfg, &m);
  if (!st) {
    at_model_init_params(m, 5, 0.3f);
    at_checkpoint ck;
    at_checkpoint_init(&ck);
    ck.config = *at_model_get_config(m);
    const void *bs, *bt;
    st = at_tokenizer_bytes(ts, &bs, &ck.spm_src_size);
    if (!st) st = at_tokenizer_bytes(tt, &bt, &ck.spm_tgt_size);
    if (!st) {
      ck.spm_src = (void *)bs, ck.spm_tgt = (void *)bt;
      ck.params = at_model_params(m);
      ck.run_config = "src_eos: true\n";
      st = at_checkpoint_save(path, &ck);
    }
  }
  if (st) fprintf(stderr, "making %s: %s\n", path, at_last_error());
  at_model_free(m);
  at_tokenizer_free(ts);
  at_tokenizer_free(tt);
  return st == AT_OK;
}

/* ---- (c) loading and saving checkpoints --------------------------------------- */

typedef struct ck_ctx {
  const char *path, *out;
  at_checkpoint ref; /* loaded without injection */
  int have_ref;
} ck_ctx;

static int ck_same(const at_checkpoint *a, const at_checkpoint *b) {
  if (memcmp(&a->config, &b->config, sizeof a->config) || a->spm_src_size != b->spm_src_size ||
      a->spm_tgt_size != b->spm_tgt_size || a->n_slots != b->n_slots || a->n_state != b->n_state)
    return 0;
  if ((a->run_config == NULL) != (b->run_config == NULL) || (a->run_config && strcmp(a->run_config, b->run_config)))
    return 0;
  if (a->spm_src_size && memcmp(a->spm_src, b->spm_src, a->spm_src_size)) return 0;
  if (a->spm_tgt_size && memcmp(a->spm_tgt, b->spm_tgt, a->spm_tgt_size)) return 0;
  if ((a->params == NULL) != (b->params == NULL)) return 0;
  if (a->params) {
    if (a->params->total != b->params->total || a->params->count != b->params->count) return 0;
    if (memcmp(a->params->data, b->params->data, a->params->total * sizeof(float))) return 0;
    for (int i = 0; i < a->params->count; i++)
      if (strcmp(a->params->info[i].name, b->params->info[i].name)) return 0;
  }
  return !memcmp(a->state, b->state, sizeof a->state);
}

static at_status ck_op(void *ctx, int *verified) {
  ck_ctx *c = ctx;
  at_checkpoint ck, hd;
  at_status first = at_checkpoint_load(c->path, &ck);
  if (first && at_checkpoint_load(c->path, &ck)) return first;
  int ok = c->have_ref ? ck_same(&ck, &c->ref) : 1;
  /* the header alone */
  at_status s = at_checkpoint_load_header(c->path, &hd);
  if (s) {
    if (!first) first = s;
    s = at_checkpoint_load_header(c->path, &hd);
  }
  if (s || memcmp(&hd.config, &ck.config, sizeof hd.config) || hd.params) ok = 0;
  if (!s) at_checkpoint_free(&hd);
  /* the parameters into a layout, as resuming does */
  at_model *m = NULL;
  s = at_model_create(&ck.config, &m);
  if (s) {
    if (!first) first = s;
    s = at_model_create(&ck.config, &m);
  }
  if (!s) {
    at_params *P = at_model_params(m);
    s = at_checkpoint_load_params(c->path, P);
    if (s) {
      if (!first) first = s;
      s = at_checkpoint_load_params(c->path, P);
    }
    if (s || P->total != ck.params->total || memcmp(P->data, ck.params->data, P->total * sizeof(float))) ok = 0;
  }
  if (s) ok = 0;
  at_model_free(m);
  /* and a save of what was loaded */
  remove(c->out);
  s = at_checkpoint_save(c->out, &ck);
  if (s) {
    if (!first) first = s;
    s = at_checkpoint_save(c->out, &ck);
  }
  if (s) ok = 0;
  if (!c->have_ref) {
    c->ref = ck;
    c->have_ref = 1;
  } else {
    at_checkpoint_free(&ck);
  }
  *verified = ok;
  return first;
}

static void test_checkpoint(const char *path, const char *out) {
  ck_ctx c;
  memset(&c, 0, sizeof c);
  c.path = path, c.out = out;
  /* the reference is loaded outside the counted runs */
  at_checkpoint ref;
  CHECK_OK(at_checkpoint_load(path, &ref));
  c.ref = ref, c.have_ref = 1;
  oom_loop("checkpoint load + save", ck_op, &c);
  /* what was saved loads back to the same */
  at_checkpoint back;
  CHECK_OK(at_checkpoint_load(out, &back));
  CHECK(ck_same(&back, &c.ref));
  at_checkpoint_free(&back);
  at_checkpoint_free(&c.ref);
}

/* ---- (d) training data and validation ------------------------------------------ */

typedef struct data_ctx {
  const char *src, *tgt;
  const at_tokenizer *ts, *tt;
  const at_model *m; /* for the greedy validation */
  int have_ref;
  long pairs;
  int batches, epoch_batches;
  int sig[64];       /* B, Ts, Tt and the first id of the first batches */
  at_corpus corpus;  /* for the greedy validation */
  double bleu, chrf; /* its reference result (bleu -1: none yet) */
  long sents;
} data_ctx;

/* Loads the corpus, reads the batches of one epoch and one of the next,
 * slices the last in two and restores a saved position. */
static at_status data_attempt(data_ctx *c, int *sig, int *nb) {
  at_corpus corpus;
  at_batcher *bt = NULL;
  at_status s = at_corpus_load(c->src, c->tgt, c->ts, c->tt, 0, &corpus, NULL);
  if (s) return s;
  at_batcher_options bo;
  at_batcher_options_default(&bo);
  bo.type = AT_BATCH_SENTS, bo.size = 2, bo.shuffle = 1, bo.seed = 9;
  s = at_batcher_create(&corpus, &bo, &bt);
  int k = 0;
  at_batcher_state saved;
  memset(&saved, 0, sizeof saved);
  if (!s) {
    *nb = at_batcher_num_batches(bt);
    for (int i = 0; i <= *nb && !s; i++) {
      at_batch b;
      if (i == 1) at_batcher_get_state(bt, &saved);
      s = at_batcher_next(bt, &b);
      if (!s && k + 3 < 60) sig[k] = b.B, sig[k + 1] = b.Ts, sig[k + 2] = b.Tt, sig[k + 3] = b.src[0], k += 4;
    }
  }
  if (!s) {
    at_batch half;
    s = at_batcher_last_slice(bt, 1, 2, &half);
    if (!s) sig[60] = half.B, sig[61] = half.Ts;
  }
  if (!s) {
    at_batch b;
    s = at_batcher_set_state(bt, &saved);
    if (!s) s = at_batcher_next(bt, &b);
    if (!s) sig[62] = b.B * 1000 + b.src[0];
  }
  at_batcher_free(bt);
  at_corpus_free(&corpus);
  return s;
}

static at_status data_op(void *ctx, int *verified) {
  data_ctx *c = ctx;
  int sig[64] = {0}, nb = 0;
  at_status first = data_attempt(c, sig, &nb);
  at_status s = first;
  if (s) {
    memset(sig, 0, sizeof sig);
    s = data_attempt(c, sig, &nb);
  }
  if (s) return first;
  if (!c->have_ref) {
    memcpy(c->sig, sig, sizeof sig);
    c->epoch_batches = nb, c->have_ref = 1;
  }
  *verified = !memcmp(sig, c->sig, sizeof sig) && nb == c->epoch_batches;
  return first;
}

/* The validation during training: the target lines read back, and the
 * model's greedy translations scored against them. */
static at_status greedy_attempt(data_ctx *c, double *bleu, double *chrf, long *sents) {
  long lines[16];
  int n = (int)(c->corpus.n < 3 ? c->corpus.n : 3);
  for (int i = 0; i < n; i++) lines[i] = c->corpus.line[i];
  char **refs = NULL;
  at_status s = at_corpus_read_lines(c->tgt, lines, n, &refs);
  if (s) return s;
  at_greedy_score g;
  s = at_greedy_score_corpus(c->m, c->tt, &c->corpus, n, (const char *const *)refs, 2, &g);
  if (!s) *bleu = g.bleu, *chrf = g.chrf, *sents = g.sentences;
  at_lines_free(refs, n);
  return s;
}

static at_status greedy_op(void *ctx, int *verified) {
  data_ctx *c = ctx;
  double bleu = -1, chrf = -1;
  long sents = 0;
  at_status first = greedy_attempt(c, &bleu, &chrf, &sents);
  if (first && greedy_attempt(c, &bleu, &chrf, &sents)) return first;
  if (c->bleu < 0) c->bleu = bleu, c->chrf = chrf, c->sents = sents;
  *verified = bleu == c->bleu && chrf == c->chrf && sents == c->sents;
  return first;
}

static void test_train_run(const char *src_tree, const char *tmp, const char *es, const char *en);

static void test_data(const char *src_tree, const char *tmp, const char *ckpt) {
  data_ctx c;
  memset(&c, 0, sizeof c);
  char in_es[4096], in_en[4096];
  /* the first 6 pairs of data/bible/train, and an empty pair and a line
   * of invalid UTF-8 that the reader skips */
  char cmd[32768];
  snprintf(in_es, sizeof in_es, "%s/data.es", tmp);
  snprintf(in_en, sizeof in_en, "%s/data.en", tmp);
  snprintf(cmd, sizeof cmd,
           "head -n 6 '%s/data/bible/train.es' > '%s' && printf '\\n\\377x\\n' >> '%s' && "
           "head -n 6 '%s/data/bible/train.en' > '%s' && printf '\\nfine\\n' >> '%s'",
           src_tree, in_es, in_es, src_tree, in_en, in_en);
  CHECK(system(cmd) == 0);
  at_tokenizer *ts = NULL, *tt = NULL;
  at_checkpoint ck;
  at_model *m = NULL;
  CHECK_OK(at_checkpoint_load(ckpt, &ck));
  CHECK_OK(at_tokenizer_load_bytes(ck.spm_src, ck.spm_src_size, &ts));
  CHECK_OK(at_tokenizer_load_bytes(ck.spm_tgt, ck.spm_tgt_size, &tt));
  CHECK_OK(at_model_create(&ck.config, &m));
  if (m) memcpy(at_model_params(m)->data, ck.params->data, ck.params->total * sizeof(float));
  at_checkpoint_free(&ck);
  if (ts && tt && m) {
    c.src = in_es, c.tgt = in_en, c.ts = ts, c.tt = tt, c.m = m;
    oom_loop("corpus and batcher", data_op, &c);
    CHECK(c.epoch_batches == 3);
    CHECK_OK(at_corpus_load(in_es, in_en, ts, tt, 0, &c.corpus, NULL));
    c.bleu = -1;
    oom_loop("greedy validation (BLEU, chrF)", greedy_op, &c);
    CHECK(c.sents == 3 && c.bleu >= 0 && c.chrf > 0);
    at_corpus_free(&c.corpus);
    test_train_run(src_tree, tmp, in_es, in_en);
  }
  at_model_free(m);
  at_tokenizer_free(ts);
  at_tokenizer_free(tt);
}

/* ---- (e) a whole training run (at_train_run) ------------------------------------------- */

typedef struct run_ctx {
  char dir[4096], last[4200];
  at_train_config tc;
  at_model_config mc;
  float *ref; /* last.h5's parameters after a run without failure */
  size_t total;
  int tmp_left; /* a failed run left a temporary file */
} run_ctx;

static int run_dir_has_tmp(const char *dir) {
  char cmd[8192];
  snprintf(cmd, sizeof cmd, "ls -A '%s' 2>/dev/null | grep -q '[.]tmp[.]'", dir);
  return system(cmd) == 0;
}

/* A fresh run of 2 steps into an emptied run dir: last.h5 after each step, a
 * validation (with greedy BLEU) at the end, best.h5, metrics.tsv. */
static at_status run_attempt(run_ctx *c) {
  double t0 = at_now();
  char cmd[8192];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", c->dir);
  if (system(cmd) != 0) return AT_ERR_IO;
  at_model_config mc = c->mc;
  at_status s = at_train_run(&c->tc, &mc, &(at_train_io){0}, NULL);
  if (getenv("OOM_VERBOSE")) printf("run %.3f s\n", at_now() - t0);
  return s;
}

static at_status run_op(void *ctx, int *verified) {
  run_ctx *c = ctx;
  at_status first = run_attempt(c);
  if (first) {
    if (run_dir_has_tmp(c->dir)) c->tmp_left++;
    if (run_attempt(c)) return first;
  }
  /* the result is checked outside the counted window (its own loads would be
   * counted and could fail); oom_loop's at_alloc_test_end then reports the
   * same counts */
  (void)at_alloc_test_end();
  at_checkpoint ck;
  if (at_checkpoint_load(c->last, &ck)) return first ? first : AT_ERR_INTERNAL;
  if (!c->ref) {
    c->total = ck.params->total;
    c->ref = malloc(c->total * sizeof(float));
    if (c->ref) memcpy(c->ref, ck.params->data, c->total * sizeof(float));
  }
  int64_t step = 0;
  *verified = c->ref && ck.params->total == c->total &&
              !memcmp(ck.params->data, c->ref, c->total * sizeof(float)) &&
              at_checkpoint_get_i64(&ck, "step", &step) == AT_OK && step == 2 && !run_dir_has_tmp(c->dir);
  at_checkpoint_free(&ck);
  return first;
}

static void test_train_run(const char *src_tree, const char *tmp, const char *es, const char *en) {
  run_ctx c;
  memset(&c, 0, sizeof c);
  snprintf(c.dir, sizeof c.dir, "%s/run", tmp);
  snprintf(c.last, sizeof c.last, "%s/last.h5", c.dir);
  char ps[4096], pt[4096];
  snprintf(ps, sizeof ps, "%s/data/spm/tiny.es.model", src_tree);
  snprintf(pt, sizeof pt, "%s/data/spm/tiny.en.model", src_tree);
  at_train_config_default(&c.tc);
  c.mc = mu_config(AT_CELL_GRU, AT_ATTN_LUONG, AT_SCORE_GENERAL, 1, 0, 1, 1, 4, 6);
  const char *kv[][2] = {{"src", es}, {"tgt", en}, {"dev_src", es}, {"dev_tgt", en}, {"save_dir", c.dir},
                         {"src_spm", ps}, {"tgt_spm", pt}, {"batch_size", "2"}, {"max_steps", "2"},
                         {"valid_every", "0"}, {"save_every", "1"}, {"log_every", "1"}, {"threads", "1"},
                         {"best_metric", "bleu"}, {"valid_bleu_max", "2"}, {"dropout", "0.2"}};
  for (size_t i = 0; i < sizeof kv / sizeof kv[0]; i++) CHECK_OK(at_run_config_set(&c.tc, &c.mc, kv[i][0], kv[i][1]));
  /* each run writes and fsyncs three checkpoints: every OOM_RUN_STRIDE-th N
   * (default 7; OOM_RUN_STRIDE=1 for every N, docs/reliability.md) */
  const char *e = getenv("OOM_RUN_STRIDE");
  long stride = e && atol(e) > 0 ? atol(e) : 7;
  oom_loop_stride("training run (at_train_run, 2 steps)", run_op, &c, stride);
  CHECK_MSG(c.tmp_left == 0, "%d failed runs left a temporary file", c.tmp_left);
  free(c.ref);
}

int main(void) {
  at_set_threads(1);
  at_log_set_level(AT_LOG_ERROR); /* the corpus reader's warnings on every run */
  const char *src = getenv("ATTEND_SRC"), *tmp = getenv("ATTEND_TMP");
  if (!src) src = ".";
  if (!tmp) tmp = "/tmp";
  char cmd[8192];
  snprintf(cmd, sizeof cmd, "mkdir -p '%s'", tmp);
  if (system(cmd) != 0) return 1;

  at_model_config gru = mu_config(AT_CELL_GRU, AT_ATTN_LUONG, AT_SCORE_GENERAL, 1, 0, 1, 1, 4, 6);
  test_train("train step: GRU + Luong general", gru);
  at_model_config lstm = mu_config(AT_CELL_LSTM, AT_ATTN_BAHDANAU, AT_SCORE_CONCAT, 1, 0, 2, 1, 4, 6);
  test_train("train step: 2-layer LSTM + Bahdanau", lstm);
  at_model_config tf = mu_config(AT_CELL_GRU, AT_ATTN_LUONG, AT_SCORE_GENERAL, 0, 0, 1, 1, 8, 8);
  tf.encoder = AT_ENC_TRANSFORMER, tf.decoder = AT_DEC_TRANSFORMER;
  tf.heads = 2, tf.ff_dim = 16, tf.enc_layers = 2, tf.dec_layers = 1;
  test_train("train step: Transformer", tf);

  char gru_ckpt[4096], tf_ckpt[4096], out[4096];
  snprintf(gru_ckpt, sizeof gru_ckpt, "%s/tests/data/ckpt_v010_gru_luong.h5", src);
  snprintf(tf_ckpt, sizeof tf_ckpt, "%s/transformer.h5", tmp);
  snprintf(out, sizeof out, "%s/saved.h5", tmp);
  CHECK(make_transformer_ckpt(src, tf_ckpt));
  test_translate("translate: GRU, greedy", gru_ckpt, 1);
  test_translate("translate: GRU, beam 3, 2-best, attention", gru_ckpt, 3);
  test_translate("translate: Transformer, greedy", tf_ckpt, 1);
  test_translate("translate: Transformer, beam 3, attention", tf_ckpt, 3);
  test_checkpoint(gru_ckpt, out);
  test_data(src, tmp, gru_ckpt);
  printf("failures absorbed in all: %ld\n", oom_absorbed_total);
  CHECK_DONE();
}
