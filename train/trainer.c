/* The training run: setup (run directory, tokenizers, corpora, model,
 * optimizer, schedule, batch iterator, or all of it restored), the step
 * (forward -> backward -> reduce -> clip -> optimizer step), validation,
 * checkpoints and the stopping rules. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "train/train_internal.h"

/* ---- setup -------------------------------------------------------------------------- */

/* mkdir -p */
static at_status at__mkdirs(const char *path) {
  char buf[AT_TRAIN_PATH_MAX];
  snprintf(buf, sizeof buf, "%s", path);
  for (char *p = buf + 1;; p++) {
    if (*p != '/' && *p) continue;
    char c = *p;
    *p = '\0';
    if (mkdir(buf, 0777) != 0 && errno != EEXIST) return at_fail(AT_ERR_IO, "cannot create %s: %s", buf, strerror(errno));
    *p = c;
    if (!c) break;
  }
  struct stat st;
  if (stat(path, &st) != 0) return at_fail(AT_ERR_IO, "%s: %s", path, strerror(errno));
  if (!S_ISDIR(st.st_mode)) return at_fail(AT_ERR_IO, "%s is not a directory", path);
  return AT_OK;
}

static int at__exists(const char *path) {
  struct stat st;
  return stat(path, &st) == 0;
}

/* Copies the file from to the new file to (an fsync'd copy: tmp files only). */
static at_status at__copy_file(const char *from, const char *to) {
  FILE *in = fopen(from, "rb");
  if (!in) return at_fail(AT_ERR_IO, "%s: %s", from, strerror(errno));
  FILE *out = fopen(to, "wb");
  if (!out) {
    at_status s = at_fail(AT_ERR_IO, "%s: %s", to, strerror(errno));
    fclose(in);
    return s;
  }
  char buf[65536];
  size_t n;
  int ok = 1;
  while (ok && (n = fread(buf, 1, sizeof buf, in)) > 0) ok = fwrite(buf, 1, n, out) == n;
  if (ferror(in)) ok = 0;
  int e = errno;
  fclose(in);
  if (fclose(out) != 0 && ok) ok = 0, e = errno;
  if (!ok) {
    unlink(to);
    return at_fail(AT_ERR_IO, "copying %s to %s: %s", from, to, strerror(e));
  }
  return AT_OK;
}

/* The vocabulary size a trained tokenizer gets: vocab_size when set, else the side's. */
static int at__vocab_of(const at_train_config *tc, int tgt) {
  return tc->vocab_size > 0 ? tc->vocab_size : tgt ? tc->tgt_vocab_size : tc->src_vocab_size;
}

/* Trains <save_dir>/<side>.model (and .vocab) on the n text files with the
 * configured vocabulary, atomically: SentencePiece writes
 * <side>.tmp.<pid>.model/.vocab, which are renamed into place only when
 * complete, so a kill or a full disk never leaves a truncated tokenizer that a
 * rerun would take. joint (shared_vocab): side is "src" and the same model is
 * also committed as tgt.model/.vocab (before src.model). */
static at_status at__spm_train(at__run *r, const char *const *texts, int n, const char *side, int vocab, int joint) {
  const at_train_config *tc = r->tc;
  char prefix[AT_TRAIN_PATH_MAX + 16], tmp_prefix[AT_TRAIN_PATH_MAX + 48];
  snprintf(prefix, sizeof prefix, "%s/%s", tc->save_dir, side);
  snprintf(tmp_prefix, sizeof tmp_prefix, "%s/%s.tmp.%ld", tc->save_dir, side, (long)getpid());
  at_spm_train_options o;
  at_spm_train_options_default(&o);
  o.inputs = texts;
  o.n_inputs = n;
  o.model_prefix = tmp_prefix;
  o.vocab_size = vocab;
  o.model_type = tc->spm_type == 1 ? AT_SPM_BPE : AT_SPM_UNIGRAM;
  o.input_sentence_size = tc->spm_sample;
  o.seed = (uint32_t)(tc->seed % 0xFFFFFFFFu);
  o.num_threads = at_get_threads();
  if (joint)
    at__say(r, "training the joint tokenizer (%s, %d pieces) on %s and %s into %s/src.model and %s/tgt.model",
            at_spm_type_names[tc->spm_type], vocab, texts[0], texts[1], tc->save_dir, tc->save_dir);
  else
    at__say(r, "training the %s tokenizer (%s, %d pieces) on %s into %s.model", side, at_spm_type_names[tc->spm_type],
            vocab, texts[0], prefix);
  at_status s = at_spm_train(&o);
  char tmp_model[AT_TRAIN_PATH_MAX + 64], tmp_vocab[AT_TRAIN_PATH_MAX + 64];
  char model[AT_TRAIN_PATH_MAX + 32], vocab_path[AT_TRAIN_PATH_MAX + 32];
  snprintf(tmp_model, sizeof tmp_model, "%s.model", tmp_prefix);
  snprintf(tmp_vocab, sizeof tmp_vocab, "%s.vocab", tmp_prefix);
  snprintf(model, sizeof model, "%s.model", prefix);
  snprintf(vocab_path, sizeof vocab_path, "%s.vocab", prefix);
  if (s == AT_OK) {
    /* SentencePiece does not report a failed write (a full disk, a file size
     * limit): the model it wrote must load before it is committed */
    at_tokenizer *check = NULL;
    s = at_tokenizer_load(tmp_model, &check);
    at_tokenizer_free(check);
    if (s != AT_OK)
      s = at_fail(AT_ERR_IO, "%s: the tokenizer SentencePiece wrote is incomplete (disk full or a file size limit?)",
                  tmp_model);
  }
  if (s != AT_OK) {
    unlink(tmp_model);
    unlink(tmp_vocab);
    return at_fail_context(s, joint ? "training the joint tokenizer (--shared-vocab)" : "training the %s tokenizer", side);
  }
  if (joint) { /* tgt.* first: src.model is written last */
    const char *kinds[2] = {"vocab", "model"};
    const char *tmps[2] = {tmp_vocab, tmp_model};
    for (int k = 0; s == AT_OK && k < 2; k++) {
      char tmp[AT_TRAIN_PATH_MAX + 64], dst[AT_TRAIN_PATH_MAX + 32];
      snprintf(tmp, sizeof tmp, "%s/tgt.tmp.%ld.%s", tc->save_dir, (long)getpid(), kinds[k]);
      snprintf(dst, sizeof dst, "%s/tgt.%s", tc->save_dir, kinds[k]);
      s = at__copy_file(tmps[k], tmp);
      if (s == AT_OK) s = at__commit_file(tmp, dst);
    }
    if (s != AT_OK) {
      unlink(tmp_model);
      unlink(tmp_vocab);
      return at_fail_context(s, "writing the joint tokenizer");
    }
  }
  /* .vocab first: <side>.model is what a later run looks for */
  s = at__commit_file(tmp_vocab, vocab_path);
  if (s == AT_OK) s = at__commit_file(tmp_model, model);
  else unlink(tmp_model);
  return s == AT_OK ? s : at_fail_context(s, "writing the %s tokenizer", joint ? "joint" : side);
}

/* 1 when the two tokenizers are the same model (the same serialized bytes). */
static int at__same_tokenizer(const at_tokenizer *a, const at_tokenizer *b) {
  const void *pa, *pb;
  size_t na, nb;
  if (at_tokenizer_bytes(a, &pa, &na) != AT_OK || at_tokenizer_bytes(b, &pb, &nb) != AT_OK) return 0;
  return na == nb && !memcmp(pa, pb, na);
}

/* One side's tokenizer: from the checkpoint being resumed (always) or
 * initialised from (unless a model is given), the given model,
 * <save_dir>/<side>.model, or trained there. With shared_vocab a model given
 * for one side only is used for both, and the joint model is trained (when
 * the run directory has neither src.model nor tgt.model) with the source
 * side. origin receives where it came from, for messages. */
static at_status at__tokenizer(at__run *r, const at_checkpoint *ck, int tgt, at_tokenizer **out, char *origin,
                               size_t osize) {
  const at_train_config *tc = r->tc;
  const char *side = tgt ? "tgt" : "src", *given = tgt ? tc->tgt_spm : tc->src_spm;
  if (tc->shared_vocab && !given[0]) given = tgt ? tc->src_spm : tc->tgt_spm;
  if (ck && (tc->resume[0] || !given[0]) && (tgt ? ck->spm_tgt : ck->spm_src)) {
    snprintf(origin, osize, "the %s tokenizer of %s", side, tc->resume[0] ? tc->resume : tc->init_from);
    return at_tokenizer_load_bytes(tgt ? ck->spm_tgt : ck->spm_src, tgt ? ck->spm_tgt_size : ck->spm_src_size, out);
  }
  if (given[0]) {
    snprintf(origin, osize, "%s", given);
    at_status s = at_tokenizer_load(given, out);
    const void *blob = ck ? (tgt ? ck->spm_tgt : ck->spm_src) : NULL;
    if (s != AT_OK || !blob) return s;
    /* --init-from with a tokenizer given: the parameters were trained with the
     * checkpoint's, so another model (even of the same size) is refused */
    at_tokenizer *theirs = NULL;
    s = at_tokenizer_load_bytes(blob, tgt ? ck->spm_tgt_size : ck->spm_src_size, &theirs);
    if (s != AT_OK) return at_fail_context(s, "the %s tokenizer of %s", side, tc->init_from);
    int same = at__same_tokenizer(*out, theirs);
    int n_given = at_tokenizer_vocab_size(*out), n_theirs = at_tokenizer_vocab_size(theirs);
    at_tokenizer_free(theirs);
    if (same) return AT_OK;
    const char *flag = (tgt ? tc->tgt_spm : tc->src_spm)[0] ? side : tgt ? "src" : "tgt"; /* shared_vocab */
    at_tokenizer_free(*out);
    *out = NULL;
    return at_fail(AT_ERR_CONFIG, "--%s-spm %s (%d pieces) is not the %s tokenizer of --init-from %s (%d pieces, "
                   "another model): its parameters only mean something with that one; omit --%s-spm to use it",
                   flag, given, n_given, tgt ? "target" : "source", tc->init_from, n_theirs, flag);
  }
  char path[AT_TRAIN_PATH_MAX + 16], other[AT_TRAIN_PATH_MAX + 16];
  snprintf(path, sizeof path, "%s/%s.model", tc->save_dir, side);
  snprintf(other, sizeof other, "%s/%s.model", tc->save_dir, tgt ? "src" : "tgt");
  snprintf(origin, osize, "%s", path);
  int existed = at__exists(path);
  if (tc->shared_vocab && existed != at__exists(other))
    return at_fail(AT_ERR_CONFIG, "shared_vocab (--shared-vocab): the run directory has %s but not %s; remove it to "
                   "train the joint tokenizer, or give it as --src-spm", existed ? path : other, existed ? other : path);
  if (existed) {
    if (!(tc->shared_vocab && tgt)) at__say(r, "using the %s tokenizer %s", side, path); /* shared: said once */
  } else if (tc->shared_vocab) { /* neither exists: the source side trains both */
    const char *texts[2] = {tc->src, tc->tgt};
    at_status s = at__spm_train(r, texts, 2, "src", at__vocab_of(tc, 0), 1);
    if (s != AT_OK) return s;
  } else {
    const char *texts[1] = {tgt ? tc->tgt : tc->src};
    at_status s = at__spm_train(r, texts, 1, side, at__vocab_of(tc, tgt), 0);
    if (s != AT_OK) return s;
  }
  at_status s = at_tokenizer_load(path, out);
  if (s != AT_OK && existed)
    return at_fail_context(s, "the %s tokenizer %s does not load (remove it to train a new one)", side, path);
  return s;
}

static at_status at__tokenizers(at__run *r) {
  const at_train_config *tc = r->tc;
  const char *from = tc->resume[0] ? tc->resume : tc->init_from[0] ? tc->init_from : NULL;
  at_checkpoint ck;
  at_status s = AT_OK;
  char src_origin[AT_TRAIN_PATH_MAX + 64] = "", tgt_origin[AT_TRAIN_PATH_MAX + 64] = "";
  if (from) s = at_checkpoint_load_header(from, &ck);
  if (s == AT_OK) s = at__tokenizer(r, from ? &ck : NULL, 0, &r->src_tok, src_origin, sizeof src_origin);
  if (s == AT_OK) s = at__tokenizer(r, from ? &ck : NULL, 1, &r->tgt_tok, tgt_origin, sizeof tgt_origin);
  if (from) at_checkpoint_free(&ck);
  if (s != AT_OK) return s;
  int same = at__same_tokenizer(r->src_tok, r->tgt_tok);
  if (tc->shared_vocab && !same)
    return at_fail(AT_ERR_CONFIG, "shared_vocab (--shared-vocab) needs one tokenizer for both sides, but the source "
                   "tokenizer %s and the target tokenizer %s are different models", src_origin, tgt_origin);
  if (r->mc->share_embeddings && !same)
    return at_fail(AT_ERR_CONFIG, "share_embeddings (--share-embeddings) needs one vocabulary, but the source "
                   "tokenizer %s and the target tokenizer %s are different models; train with --shared-vocab",
                   src_origin, tgt_origin);
  if (same && tc->shared_vocab) at__say(r, "one tokenizer for both sides (%d pieces)", at_tokenizer_vocab_size(r->src_tok));
  r->mc->src_vocab = at_tokenizer_vocab_size(r->src_tok);
  r->mc->tgt_vocab = at_tokenizer_vocab_size(r->tgt_tok);
  return AT_OK;
}

/* The reference text of the dev pairs greedy BLEU scores: the first
 * valid_bleu_max kept pairs, each against its own line of dev_tgt. */
static at_status at__load_refs(at__run *r) {
  const at_train_config *tc = r->tc;
  int n = tc->valid_bleu_max > 0 && tc->valid_bleu_max < r->dev.n ? tc->valid_bleu_max : r->dev.n;
  at_status s = at_corpus_read_lines(tc->dev_tgt, r->dev.line, n, &r->dev_refs);
  if (s != AT_OK) return at_fail_context(s, "dev references");
  r->n_refs = n;
  at__say(r, "dev: greedy BLEU and chrF on %d of %d pairs at every validation", n, r->dev.n);
  return AT_OK;
}

static at_status at__load_corpora(at__run *r) {
  const at_train_config *tc = r->tc;
  at_corpus_stats st;
  at_status s = at_corpus_load(tc->src, tc->tgt, r->src_tok, r->tgt_tok, tc->max_len, &r->train, &st);
  if (s != AT_OK) return s;
  at__say(r, "train: %ld pairs of %ld lines (%ld empty, %ld invalid UTF-8 or NUL, %ld longer than %d pieces); "
          "%ld source and %ld target tokens", st.kept, st.lines, st.empty, st.invalid_utf8, st.too_long, tc->max_len,
          r->train.src_tokens, r->train.tgt_tokens);
  if (!tc->dev_src[0] || r->dist_rank != 0) return AT_OK; /* rank 0 alone validates */
  s = at_corpus_load(tc->dev_src, tc->dev_tgt, r->src_tok, r->tgt_tok, 0, &r->dev, &st);
  if (s == AT_OK) at__say(r, "dev: %ld pairs of %ld lines", st.kept, st.lines);
  if (s == AT_OK && tc->valid_bleu) s = at__load_refs(r);
  return s;
}

static at_status at__batchers(at__run *r) {
  const at_train_config *tc = r->tc;
  at_batcher_options o;
  at_batcher_options_default(&o);
  o.type = tc->batch_type;
  o.size = tc->batch_size;
  o.seed = (uint64_t)tc->seed;
  at_status s = at_batcher_create(&r->train, &o, &r->bt);
  if (s != AT_OK || !r->dev.n) return s;
  o.shuffle = 0;
  o.size = tc->valid_batch_size > 0 ? tc->valid_batch_size : tc->batch_size;
  return at_batcher_create(&r->dev, &o, &r->dev_bt);
}

static at_status at__optimizer(at__run *r) {
  const at_train_config *tc = r->tc;
  at_optim_config oc;
  at_optim_config_default(&oc);
  oc.type = tc->optimizer;
  oc.beta1 = tc->beta1;
  oc.beta2 = tc->beta2;
  oc.eps = tc->eps;
  oc.momentum = tc->momentum;
  oc.weight_decay = tc->weight_decay;
  at_schedule_init(&r->sched, tc->lr_schedule, tc->lr, tc->warmup);
  r->sched.decay = tc->lr_decay;
  r->sched.patience = tc->lr_patience;
  r->sched.min_lr = tc->min_lr;
  return at_optim_init(&r->opt, &oc, at_model_params(r->m)->total);
}

/* Parameters: restored (resume), copied (init_from) or drawn (seed). */
static at_status at__model(at__run *r) {
  const at_train_config *tc = r->tc;
  at_status s = at_model_create(r->mc, &r->m);
  if (s == AT_OK) s = at__optimizer(r);
  if (s != AT_OK) return s;
  if (tc->accum_steps > 1) { /* this process' micro-batch gradients are summed here */
    size_t n = at_model_params(r->m)->total;
    r->acc = at_malloc((n ? n : 1) * sizeof *r->acc);
    if (!r->acc) return at_fail(AT_ERR_NOMEM, "gradient accumulation buffer (%zu floats)", n);
  }
  at_rng_seed(&r->drop_rng, (uint64_t)tc->seed, 0x64726f70ULL);
  r->best_ppl = r->first_ppl = r->last_ppl = r->best_file = INFINITY;
  r->best_bleu = -INFINITY;
  r->last_bleu = NAN;
  if (tc->resume[0]) {
    s = at__restore(r, tc->resume);
    double best;
    if (s == AT_OK && at__exists(r->path_best) && at__read_best(r, r->path_best, &best) == AT_OK) r->best_file = best;
    if (s == AT_OK) at__say(r, "resumed from %s at step %lld (epoch %lld)", tc->resume, (long long)r->step,
                            (long long)at_batcher_epoch(r->bt) + 1);
    return s;
  }
  if (tc->init_from[0]) {
    s = at_checkpoint_load_params(tc->init_from, at_model_params(r->m));
    if (s == AT_OK) at__say(r, "parameters initialised from %s", tc->init_from);
    return s;
  }
  at_model_init_params(r->m, (uint64_t)tc->seed, (float)tc->init_scale);
  return AT_OK;
}

/* Writes the effective config to config_out and <save_dir>/config.yaml. */
static at_status at__publish_config(at__run *r) {
  at_status s = at_run_config_yaml(r->tc, r->mc, &r->run_yaml);
  if (s != AT_OK) return s;
  if (r->io->config_out) {
    fputs(r->run_yaml, r->io->config_out);
    fflush(r->io->config_out);
  }
  char path[AT_TRAIN_PATH_MAX + 16];
  snprintf(path, sizeof path, "%s/config.yaml", r->tc->save_dir);
  return at__write_atomic(path, r->run_yaml, strlen(r->run_yaml));
}

/* A distributed run: rank 0 finds, loads or trains the tokenizers (it alone
 * writes into the run directory); the others get their bytes. */
static at_status at__dist_tokenizers(at__run *r) {
  at_status s = r->dist_rank == 0 ? at__tokenizers(r) : AT_OK;
  if (s != AT_OK || r->dist_size == 1) return s;
  for (int tgt = 0; tgt < 2; tgt++) {
    at_tokenizer **tok = tgt ? &r->tgt_tok : &r->src_tok;
    const void *bytes = NULL;
    int64_t n = 0;
    if (r->dist_rank == 0) {
      size_t len;
      if ((s = at_tokenizer_bytes(*tok, &bytes, &len)) != AT_OK) return s;
      n = (int64_t)len;
    }
    if ((s = at_dist_bcast(&n, sizeof n, 0)) != AT_OK) return s;
    void *buf = r->dist_rank == 0 ? (void *)bytes : at_malloc(n > 0 ? (size_t)n : 1);
    if (!buf) return at_fail(AT_ERR_NOMEM, "tokenizer bytes (%lld)", (long long)n);
    s = at_dist_bcast(buf, (size_t)n, 0);
    if (s == AT_OK && r->dist_rank != 0) s = at_tokenizer_load_bytes(buf, (size_t)n, tok);
    if (r->dist_rank != 0) at_free(buf);
    if (s != AT_OK) return at_fail_context(s, "the %s tokenizer from rank 0", tgt ? "target" : "source");
  }
  r->mc->src_vocab = at_tokenizer_vocab_size(r->src_tok);
  r->mc->tgt_vocab = at_tokenizer_vocab_size(r->tgt_tok);
  return AT_OK;
}

/* A distributed run: every process starts from rank 0's parameters (and,
 * resumed, its optimizer slots), whatever it computed or read itself. */
static at_status at__dist_sync_params(at__run *r) {
  if (r->dist_size == 1) return AT_OK;
  at_params *P = at_model_params(r->m);
  at_status s = at_dist_bcast(P->data, P->total * sizeof *P->data, 0);
  for (int k = 0; s == AT_OK && r->tc->resume[0] && k < r->opt.nslots; k++)
    s = at_dist_bcast(r->opt.slot[k], P->total * sizeof *r->opt.slot[k], 0);
  return s;
}

static at_status at__setup(at__run *r) {
  const at_train_config *tc = r->tc;
  int root = r->dist_rank == 0; /* only rank 0 writes into the run directory */
  at_status s = root ? at__mkdirs(tc->save_dir) : AT_OK;
  /* held until the run ends: a second run on this directory fails here */
  if (s == AT_OK && root) s = at__rundir_lock(tc->save_dir, &r->lock_fd);
  if (s == AT_OK && root) at__rundir_clean(r);
  if (s == AT_OK) s = at__corpus_check_lines(tc->src, tc->tgt, NULL);
  if (s == AT_OK && tc->dev_src[0]) s = at__corpus_check_lines(tc->dev_src, tc->dev_tgt, NULL);
  if (s == AT_OK && tc->resume[0] && !at__exists(tc->resume))
    s = at_fail(AT_ERR_IO, "nothing to resume: %s does not exist", tc->resume);
  if (s == AT_OK) s = at__dist_tokenizers(r);
  if (s == AT_OK) s = at_model_config_validate(r->mc);
  if (s == AT_OK && root) s = at__publish_config(r);
  if (s == AT_OK) s = at__load_corpora(r);
  if (s == AT_OK) s = at__batchers(r);
  if (s == AT_OK) s = at__model(r);
  if (s == AT_OK) s = at__dist_sync_params(r);
  if (s == AT_OK && r->dist_size > 1)
    at__say(r, "distributed: %d processes; rank r computes micro-batches r, r + %d, ... of every batch; %zu floats "
            "(%.1f MB) summed over the processes a step", r->dist_size, r->dist_size, at_model_params(r->m)->total,
            at_model_params(r->m)->total * 4.0 / 1e6);
  if (s == AT_OK) {
    at_params *P = at_model_params(r->m);
#ifdef _OPENMP
    const char *wait = getenv("OMP_WAIT_POLICY"), *tuned = getenv("ATTEND_OMP_TUNED");
    const char *waiting = tuned && !strcmp(tuned, "spin") ? "spin (the CPUs were idle)"
                          : tuned                          ? "passive (the CPUs were busy)"
                          : wait                           ? wait
                                                           : "default";
#else
    const char *waiting = "none (a build without OpenMP)";
#endif
    at__say(r, "model: %zu parameters (%d tensors); optimizer %s; %d batches per epoch; %d thread(s), OpenMP waiting %s",
            P->total, P->count, at_optim_names[tc->optimizer], at_batcher_num_batches(r->bt), at_get_threads(), waiting);
    if (tc->accum_steps > 1 || r->dist_size > 1)
      at__say(r, "each batch of --batch-size %d is split into %d micro-batches (%d per process, %d process(es))",
              tc->batch_size, tc->accum_steps * r->dist_size, tc->accum_steps, r->dist_size);
  }
  if (s == AT_OK && root) s = at__metrics_open(r);
  return s;
}

static void at__teardown(at__run *r) {
  if (r->metrics) fclose(r->metrics);
  at_model_free(r->m);
  at_optim_free(&r->opt);
  at_free(r->acc);
  at_free(r->row_ids);
  at_batcher_free(r->bt);
  at_batcher_free(r->dev_bt);
  at_corpus_free(&r->train);
  at_corpus_free(&r->dev);
  at_lines_free(r->dev_refs, r->n_refs);
  at_tokenizer_free(r->src_tok);
  at_tokenizer_free(r->tgt_tok);
  at_free(r->run_yaml);
  at__rundir_unlock(r->lock_fd); /* last: after every write into the directory */
}

/* ---- training ------------------------------------------------------------------------ */

/* The random draws (dropout masks, hard attention's samples) of micro-batch j
 * of m at step `step`: per sentence (at_rng_rows), each a hash of the seed, the
 * step, the sentence's index in the step's whole length-sorted batch (row i
 * of micro-batch j is sentence j + i * m), the site and the element. Any
 * split of a batch (--accum-steps, processes) draws the same masks for the
 * same sentence, so K = 1, 2, ... and -np N compute the same gradient up to
 * the order of its sums. */
static at_status at__micro_rng(at__run *r, int64_t step, int j, int m, int B, at_rng *out, at_rng_rows *rows) {
  if (B > r->row_ids_cap) {
    int64_t *ids = at_realloc(r->row_ids, sizeof *ids * (size_t)B);
    if (!ids) return at_fail(AT_ERR_NOMEM, "sentence ids (%d)", B);
    r->row_ids = ids;
    r->row_ids_cap = B;
  }
  for (int i = 0; i < B; i++) r->row_ids[i] = j + (int64_t)i * m;
  at_rng_seed(out, 0, 0);
  rows->key = at_rng_mix64((uint64_t)r->tc->seed * 0x9E3779B97F4A7C15ULL ^ at_rng_mix64((uint64_t)step));
  rows->id = r->row_ids;
  rows->B = B;
  rows->site = 0;
  out->rows = rows;
  return AT_OK;
}

/* acc (n) += g (n), elementwise (the same bits for any thread count). */
static void at__add_into(float *acc, const float *g, size_t n) {
  AT__OMP(omp parallel for schedule(static) if (n >= 16384))
  for (size_t i = 0; i < n; i++) acc[i] += g[i];
}

/* Forward and backward of this process' micro-batches of the batch just
 * taken: slices j = rank, rank + size, ... of m = accum_steps * size. Each
 * micro-batch's gradient is computed from zero, scaled by 1 / (target tokens
 * of the whole batch), and added to the earlier ones in slice order (acc), so
 * that one process with accum_steps = N adds exactly what N processes with one
 * micro-batch each and a sum over processes add. The gradient ends in P->grad;
 * *loss sums this process' micro-batches. */
static at_status at__micro_batches(at__run *r, long ntokens, at_loss *loss) {
  at_params *P = at_model_params(r->m);
  int size = r->dist_size, m = r->tc->accum_steps * size, first = 1;
  float scale = 1.0f / (float)(ntokens > 0 ? ntokens : 1);
  memset(loss, 0, sizeof *loss);
  at_params_zero_grad(P);
  for (int j = r->dist_rank; j < m; j += size) {
    at_batch mb;
    at_loss l;
    at_rng rng;
    at_rng_rows rows;
    at_status s = at_batcher_last_slice(r->bt, j, m, &mb);
    if (s != AT_OK) return s;
    if (mb.B == 0) continue;
    s = at__micro_rng(r, r->step + 1, j, m, mb.B, &rng, &rows);
    if (s != AT_OK) return s;
    if (!first) at_params_zero_grad(P);
    s = at_model_forward(r->m, &mb, 1, &rng, &l);
    if (s == AT_OK && !isfinite(l.loss_sum))
      s = at_fail(AT_ERR_INTERNAL, "training diverged: the loss is not finite at step %lld (try a lower --lr or "
                  "--clip-norm)", (long long)r->step + 1);
    if (s == AT_OK) s = at_model_backward(r->m, scale);
    if (s != AT_OK) return s;
    loss->loss_sum += l.loss_sum;
    loss->nll_sum += l.nll_sum;
    loss->ntokens += l.ntokens;
    loss->ncorrect += l.ncorrect;
    if (m / size > 1) { /* more than one micro-batch here: keep the sum in acc */
      if (first) memcpy(r->acc, P->grad, P->total * sizeof *P->grad);
      else at__add_into(r->acc, P->grad, P->total);
    }
    first = 0;
  }
  if (m / size > 1) {
    if (first) memset(r->acc, 0, P->total * sizeof *r->acc); /* no slice here (a batch smaller than m) */
    memcpy(P->grad, r->acc, P->total * sizeof *P->grad);
  }
  return AT_OK;
}

/* One step: take a batch, forward and backward of its micro-batches (the
 * loss scaled by 1 / the batch's target tokens), reduce, clip, update. */
static at_status at__step(at__run *r) {
  at_batch b;
  at_loss loss;
  at_params *P = at_model_params(r->m);
  at_status s = at_batcher_next(r->bt, &b);
  if (s != AT_OK) return s;
  long ntokens = 0, src_tokens = 0;
  for (int i = 0; i < b.B; i++) ntokens += b.tgt_len[i], src_tokens += b.src_len[i];
  s = at__micro_batches(r, ntokens, &loss);
  double t0 = at_now();
  if (s == AT_OK) s = at_grad_reduce(P->grad, P->total);
  if (s == AT_OK && r->dist_size > 1) { /* the loss statistics of the whole batch (logging) */
    double st[4] = {loss.loss_sum, loss.nll_sum, (double)loss.ntokens, (double)loss.ncorrect};
    s = at_dist_allreduce_f64(st, 4, AT_DIST_SUM);
    loss.loss_sum = st[0], loss.nll_sum = st[1], loss.ntokens = (long)st[2], loss.ncorrect = (long)st[3];
    r->comm_seconds += at_now() - t0;
    if (s == AT_OK && loss.ntokens != ntokens)
      s = at_fail(AT_ERR_INTERNAL, "the processes counted %ld target tokens in a batch of %ld: they do not read the "
                  "same corpus with the same options", loss.ntokens, ntokens);
  }
  if (s != AT_OK) return at_fail_context(s, "step %lld", (long long)r->step + 1);
  r->gnorm = at_grad_clip(P->grad, P->total, r->tc->clip_norm);
  r->step++;
  r->lr = at_schedule_lr(&r->sched, r->step);
  at_optim_step(&r->opt, P->data, P->grad, r->lr);
  if (r->dist_rank == 0) at__progress_step(r, &loss, src_tokens);
  return AT_OK;
}

/* Loss, perplexity and token accuracy on the dev set. */
static at_status at__evaluate(at__run *r, at__valid *v) {
  double nll = 0;
  long ntok = 0, ncorrect = 0;
  for (int k = 0; k < at_batcher_num_batches(r->dev_bt); k++) {
    at_batch b;
    at_loss l;
    at_status s = at_batcher_get(r->dev_bt, k, &b);
    if (s == AT_OK) s = at_model_forward(r->m, &b, 0, NULL, &l);
    if (s != AT_OK) return at_fail_context(s, "validation");
    nll += l.nll_sum;
    ntok += l.ntokens;
    ncorrect += l.ncorrect;
  }
  v->ntokens = ntok;
  v->loss = ntok ? nll / ntok : 0;
  v->ppl = exp(v->loss);
  v->acc = ntok ? (double)ncorrect / ntok : 0;
  v->scored = 0;
  v->bleu = v->chrf = NAN;
  if (r->dev_refs) {
    at_greedy_score g;
    at_status s = at_greedy_score_corpus(r->m, r->tgt_tok, &r->dev, r->n_refs, (const char *const *)r->dev_refs, 0, &g);
    if (s != AT_OK) return at_fail_context(s, "validation");
    v->scored = 1;
    v->bleu = g.bleu;
    v->chrf = g.chrf;
  }
  if (r->io->on_valid) return r->io->on_valid(r->io->on_valid_ctx, r->m, r->step);
  return AT_OK;
}

/* Writes best.h5 when the validation's --best-metric beats every earlier one
 * in this run directory. */
static at_status at__keep_best(at__run *r, const at__valid *v) {
  double loss = at__valid_loss(r, v);
  if (!(loss < r->best_file)) return AT_OK;
  r->best_file = loss;
  return at__save(r, r->path_best, 0);
}

/* Records a validation's numbers; returns 1 when it is the best so far by
 * --best-metric. */
static int at__record(at__run *r, const at__valid *v) {
  double best = r->tc->best_metric == AT_BEST_BLEU ? -r->best_bleu : r->best_ppl;
  int improved = at__valid_loss(r, v) < best;
  r->last_ppl = v->ppl;
  r->last_bleu = v->bleu;
  if (!isfinite(r->first_ppl)) r->first_ppl = v->ppl;
  if (v->ppl < r->best_ppl) r->best_ppl = v->ppl;
  if (v->scored && v->bleu > r->best_bleu) r->best_bleu = v->bleu;
  if (improved) r->best_step = r->step;
  return improved;
}

/* A validation inside the run: feeds the schedule and early stopping. */
static at_status at__validate(at__run *r) {
  at__valid v;
  at_status s = at__evaluate(r, &v);
  if (s != AT_OK) return s;
  r->last_valid_step = r->step;
  r->bad_valid = at__record(r, &v) ? 0 : r->bad_valid + 1;
  if (at_schedule_on_valid(&r->sched, v.ppl))
    at__say(r, "dev perplexity stalled: learning rate now %.3g", at_schedule_lr(&r->sched, r->step + 1));
  at__progress_valid(r, &v);
  s = at__keep_best(r, &v);
  if (s == AT_OK && r->tc->patience > 0 && r->bad_valid >= r->tc->patience) r->stop_reason = "patience";
  return s;
}

/* A distributed run after a step with a validation (rank 0's): every process
 * takes rank 0's schedule state (the plateau rate) and early-stopping verdict. */
static at_status at__dist_sync_valid(at__run *r) {
  if (r->dist_size == 1) return AT_OK;
  int64_t stop = r->stop_reason != NULL;
  at_status s = at_dist_bcast(&r->sched, sizeof r->sched, 0);
  if (s == AT_OK) s = at_dist_bcast(&stop, sizeof stop, 0);
  if (s == AT_OK && stop && !r->stop_reason) r->stop_reason = "patience";
  return s;
}

/* The first budget reached, or NULL. */
static const char *at__budget(const at__run *r) {
  const at_train_config *tc = r->tc;
  if (tc->max_steps > 0 && r->step >= tc->max_steps) return "max-steps";
  if (tc->max_epochs > 0 && at_batcher_epoch(r->bt) >= tc->max_epochs) return "max-epochs";
  if (tc->max_minutes > 0 && at__run_elapsed(r) >= tc->max_minutes * 60) return "max-minutes";
  return NULL;
}

/* Whether to stop before the next step: a budget or a stop request; in a
 * distributed run all processes agree (any one's reason stops them all: the
 * wall-clock budget and signals are per process). */
static at_status at__should_stop(at__run *r) {
  static const char *const reasons[] = {NULL, "max-steps", "max-epochs", "max-minutes", "interrupted"};
  const char *why = at__budget(r);
  if (!why && r->io->stop && *r->io->stop) why = "interrupted";
  if (r->dist_size > 1) {
    int64_t code = 0;
    for (int k = 1; k < 5; k++)
      if (why && !strcmp(why, reasons[k])) code = k;
    at_status s = at_dist_allreduce_i64(&code, 1, AT_DIST_MAX);
    if (s != AT_OK) return s;
    why = reasons[code];
  }
  r->stop_reason = why;
  return AT_OK;
}

static at_status at__loop(at__run *r) {
  const at_train_config *tc = r->tc;
  int root = r->dist_rank == 0;
  while (!r->stop_reason) {
    at_status s = at__should_stop(r);
    if (s != AT_OK || r->stop_reason) return s;
    s = at__step(r);
    int valid = tc->dev_src[0] && tc->valid_every > 0 && r->step % tc->valid_every == 0;
    if (s == AT_OK && valid) {
      if (root) s = at__validate(r);
      if (s == AT_OK) s = at__dist_sync_valid(r);
    } else if (s == AT_OK && root && r->step % tc->log_every == 0) {
      at__progress_valid(r, NULL);
    }
    if (s == AT_OK && root && tc->save_every > 0 && r->step % tc->save_every == 0) s = at__save(r, r->path_last, 1);
    if (s != AT_OK) return s;
  }
  return AT_OK;
}

/* After last.h5 is written: a last validation when the final step had none.
 * It only writes a metrics row and maybe best.h5, so a resumed run never
 * sees it (resume stays bitwise-identical to an uninterrupted run). */
static at_status at__final_validation(at__run *r) {
  if (!r->dev_bt || r->last_valid_step == r->step || !strcmp(r->stop_reason, "interrupted")) return AT_OK;
  /* A resumed run that took no step, with this step's validation already in
   * metrics.tsv and a best.h5 here: it would find the same numbers. */
  if (r->step == r->metrics_step && r->metrics_has_dev && at__exists(r->path_best)) return AT_OK;
  at__valid v;
  at_status s = at__evaluate(r, &v);
  if (s != AT_OK) return s;
  at__record(r, &v);
  at__progress_valid(r, &v);
  return at__keep_best(r, &v);
}

static void at__result(const at__run *r, at_train_result *res) {
  if (!res) return;
  res->steps = r->step;
  res->epochs = r->bt ? at_batcher_epoch(r->bt) : 0;
  res->best_dev_ppl = r->best_ppl;
  res->best_dev_bleu = r->best_bleu;
  res->best_step = r->best_step;
  res->first_dev_ppl = r->first_ppl;
  res->last_dev_ppl = r->last_ppl;
  res->stop_reason = r->stop_reason;
}

at_status at_train_run(const at_train_config *tc, at_model_config *mc, const at_train_io *io, at_train_result *result) {
  static const at_train_io quiet = {0};
  at__run run, *r = &run;
  memset(r, 0, sizeof *r);
  at_status s = at_dist_init();
  if (s != AT_OK) return s;
  /* ranks other than 0 print nothing and write nothing; they only obey stop requests */
  at_train_io worker = {0};
  worker.stop = io ? io->stop : NULL;
  r->dist_rank = at_dist_rank();
  r->dist_size = at_dist_size();
  r->tc = tc;
  r->mc = mc;
  r->io = r->dist_rank != 0 ? &worker : io ? io : &quiet;
  r->t_start = at_now();
  r->last_valid_step = -1;
  r->lock_fd = -1;
  r->metrics_step = -1;
  s = at_train_config_validate(tc);
  if (s != AT_OK) return s;
  at_set_threads(tc->threads);
  snprintf(r->path_last, sizeof r->path_last, "%s/last.h5", tc->save_dir);
  snprintf(r->path_best, sizeof r->path_best, "%s/best.h5", tc->save_dir);
  snprintf(r->path_metrics, sizeof r->path_metrics, "%s/metrics.tsv", tc->save_dir);
  s = at__setup(r);
  r->t_start = at_now(); /* budgets and wall_s count training, not the setup */
  r->iv.t0 = r->t_start;
  r->step_start = r->step;
  r->wait_start = at_dist_wait_seconds();
  if (s == AT_OK) s = at__loop(r);
  if (s == AT_OK && tc->resume[0] && r->step == r->step_start && strcmp(r->stop_reason, "interrupted"))
    at__say(r, "nothing to do: the run is already at step %lld (%s reached)", (long long)r->step, r->stop_reason);
  int root = r->dist_rank == 0;
  if (s == AT_OK && root && r->iv.steps > 0) at__progress_valid(r, NULL);
  if (s == AT_OK && root) s = at__save(r, r->path_last, 1);
  if (s == AT_OK && root) s = at__final_validation(r);
  if (s == AT_OK && r->dist_size > 1 && r->step > r->step_start) {
    double n = (double)(r->step - r->step_start), wait = at_dist_wait_seconds() - r->wait_start;
    at__say(r, "communication: %.3f s in %lld steps (%.2f ms a step: the gradient sum and the loss statistics, "
            "waiting for the slowest process included; of which waiting %.2f ms, the sums %.2f ms)",
            r->comm_seconds, (long long)(r->step - r->step_start), 1e3 * r->comm_seconds / n, 1e3 * wait / n,
            1e3 * (r->comm_seconds - wait) / n);
  }
  at__progress_end(r);
  if (s == AT_OK && r->metrics_lost)
    s = at_fail(AT_ERR_IO, "%s: %ld row(s) could not be written (%s); the checkpoints are complete",
                r->path_metrics, r->metrics_lost, r->metrics_err);
  if (s == AT_OK)
    at__say(r, "stopped (%s) at step %lld, epoch %.2f; wrote %s", r->stop_reason, (long long)r->step,
            (double)at_batcher_epoch(r->bt) + (double)at_batcher_pos(r->bt) / at_batcher_num_batches(r->bt),
            r->path_last);
  at__result(r, result);
  if (s == AT_OK && !strcmp(r->stop_reason, "interrupted")) s = at_fail(AT_ERR_INTERRUPTED, "interrupted at step %lld", (long long)r->step);
  at__teardown(r);
  return s;
}
