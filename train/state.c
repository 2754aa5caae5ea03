/* Saving and restoring a run's full state through model/checkpoint: the
 * parameters, optimizer slots and the named values below, which together let
 * `--resume` continue bitwise-identically. */
#include <math.h>
#include <string.h>

#include "train/train_internal.h"

/* The named training-state values: X(type, name, expression-of-r). */
#define AT__STATE_I64(X)                                   \
  X(step, r->step)                                         \
  X(best_step, r->best_step)                               \
  X(patience_bad, r->bad_valid)                            \
  X(optim_t, r->opt.t)                                     \
  X(sched_bad, r->sched.bad)
#define AT__STATE_F64(X)                                   \
  X(best_dev_ppl, r->best_ppl)                             \
  X(best_dev_bleu, r->best_bleu)                           \
  X(first_dev_ppl, r->first_ppl)                           \
  X(sched_scale, r->sched.scale)                           \
  X(sched_best, r->sched.best)                             \
  X(elapsed_seconds, at__run_elapsed(r))

static at_status at__state_put(at__run *r, at_checkpoint *ck) {
  at_status s = AT_OK;
#define AT__PUT_I(name, expr) if (s == AT_OK) s = at_checkpoint_set_i64(ck, #name, (int64_t)(expr));
#define AT__PUT_F(name, expr) if (s == AT_OK) s = at_checkpoint_set_f64(ck, #name, (double)(expr));
  AT__STATE_I64(AT__PUT_I)
  AT__STATE_F64(AT__PUT_F)
#undef AT__PUT_I
#undef AT__PUT_F
  at_batcher_state bs;
  at_batcher_get_state(r->bt, &bs);
  if (s == AT_OK) s = at_checkpoint_set_i64(ck, "batch_epoch", bs.epoch);
  if (s == AT_OK) s = at_checkpoint_set_i64(ck, "batch_pos", bs.pos);
  if (s == AT_OK) s = at_checkpoint_set_u64(ck, "batch_rng_state", bs.rng_state);
  if (s == AT_OK) s = at_checkpoint_set_u64(ck, "batch_rng_inc", bs.rng_inc);
  if (s == AT_OK) s = at_checkpoint_set_u64(ck, "dropout_rng_state", r->drop_rng.state);
  if (s == AT_OK) s = at_checkpoint_set_u64(ck, "dropout_rng_inc", r->drop_rng.inc);
  if (s == AT_OK) s = at_checkpoint_set_f64(ck, "dev_ppl", r->last_ppl);
  if (s == AT_OK) s = at_checkpoint_set_f64(ck, "dev_bleu", r->last_bleu);
  if (s == AT_OK) s = at_model_save_state(r->m, ck);
  return s;
}

at_status at__save(at__run *r, const char *path, int full) {
  at_checkpoint ck;
  at_checkpoint_init(&ck);
  ck.config = *at_model_get_config(r->m);
  ck.run_config = r->run_yaml;
  const void *bytes;
  size_t n;
  at_status s = at_tokenizer_bytes(r->src_tok, &bytes, &n);
  ck.spm_src = (void *)bytes;
  ck.spm_src_size = n;
  if (s == AT_OK) s = at_tokenizer_bytes(r->tgt_tok, &bytes, &n);
  ck.spm_tgt = (void *)bytes;
  ck.spm_tgt_size = n;
  ck.params = at_model_params(r->m);
  if (full) {
    ck.n_slots = r->opt.nslots;
    for (int k = 0; k < r->opt.nslots; k++) {
      snprintf(ck.slot_names[k], sizeof ck.slot_names[k], "%s", r->opt.slot_name[k]);
      ck.slots[k] = r->opt.slot[k];
    }
  }
  if (s == AT_OK) s = at__state_put(r, &ck);
  if (s == AT_OK) s = at_checkpoint_save(path, &ck);
  return s; /* ck owns nothing: no at_checkpoint_free */
}

static at_status at__get_i(const at_checkpoint *ck, const char *name, int64_t *v) {
  return at_checkpoint_get_i64(ck, name, v);
}

/* A value that checkpoints written before it existed lack: kept as it is then. */
static at_status at__get_f_opt(const at_checkpoint *ck, const char *name, double *v) {
  return at_checkpoint_get(ck, name) ? at_checkpoint_get_f64(ck, name, v) : AT_OK;
}

/* Restores the named values from ck into r. */
static at_status at__state_get(at__run *r, const at_checkpoint *ck) {
  at_status s = AT_OK;
  int64_t i;
#define AT__GET_I(name, expr) if (s == AT_OK && (s = at__get_i(ck, #name, &i)) == AT_OK) expr = i;
  AT__STATE_I64(AT__GET_I)
#undef AT__GET_I
  if (s == AT_OK) s = at_checkpoint_get_f64(ck, "best_dev_ppl", &r->best_ppl);
  if (s == AT_OK) s = at_checkpoint_get_f64(ck, "first_dev_ppl", &r->first_ppl);
  if (s == AT_OK) s = at_checkpoint_get_f64(ck, "sched_scale", &r->sched.scale);
  if (s == AT_OK) s = at_checkpoint_get_f64(ck, "sched_best", &r->sched.best);
  if (s == AT_OK) s = at_checkpoint_get_f64(ck, "elapsed_seconds", &r->elapsed_prev);
  if (s == AT_OK) s = at_checkpoint_get_f64(ck, "dev_ppl", &r->last_ppl);
  if (s == AT_OK) s = at__get_f_opt(ck, "best_dev_bleu", &r->best_bleu);
  if (s == AT_OK) s = at__get_f_opt(ck, "dev_bleu", &r->last_bleu);
  if (s == AT_OK) s = at_checkpoint_get_u64(ck, "dropout_rng_state", &r->drop_rng.state);
  if (s == AT_OK) s = at_checkpoint_get_u64(ck, "dropout_rng_inc", &r->drop_rng.inc);
  at_batcher_state bs;
  if (s == AT_OK) s = at_checkpoint_get_i64(ck, "batch_epoch", &bs.epoch);
  if (s == AT_OK) s = at_checkpoint_get_i64(ck, "batch_pos", &bs.pos);
  if (s == AT_OK) s = at_checkpoint_get_u64(ck, "batch_rng_state", &bs.rng_state);
  if (s == AT_OK) s = at_checkpoint_get_u64(ck, "batch_rng_inc", &bs.rng_inc);
  if (s == AT_OK) s = at_batcher_set_state(r->bt, &bs);
  if (s == AT_OK) s = at_model_load_state(r->m, ck);
  return s;
}

/* The optimizer slots in the file must be the ones this optimizer keeps. */
static at_status at__check_slots(const at__run *r, const at_checkpoint *ck, const char *path) {
  int same = ck->n_slots == r->opt.nslots;
  for (int k = 0; same && k < ck->n_slots; k++) same = !strcmp(ck->slot_names[k], r->opt.slot_name[k]);
  if (!same)
    return at_fail(AT_ERR_CHECKPOINT, "%s: its optimizer state (%d slot(s)%s%s) does not fit --optimizer %s%s; "
                   "use --init-from to start a new optimizer", path, ck->n_slots, ck->n_slots ? ", first " : "",
                   ck->n_slots ? ck->slot_names[0] : "", at_optim_names[r->opt.cfg.type],
                   r->opt.cfg.type == AT_OPTIM_SGD ? (r->opt.nslots ? " with momentum" : " without momentum") : "");
  return AT_OK;
}

at_status at__restore(at__run *r, const char *path) {
  at_checkpoint ck;
  at_status s = at_checkpoint_load_header(path, &ck);
  if (s != AT_OK) return s;
  s = at__check_slots(r, &ck, path);
  if (s == AT_OK) s = at__state_get(r, &ck);
  if (s == AT_OK) s = at_checkpoint_load_params(path, at_model_params(r->m));
  for (int k = 0; s == AT_OK && k < r->opt.nslots; k++)
    s = at_checkpoint_load_slot(path, r->opt.slot_name[k], at_model_params(r->m), r->opt.slot[k]);
  at_checkpoint_free(&ck);
  if (s != AT_OK) return at_fail_context(s, "cannot resume from %s", path);
  return AT_OK;
}

double at__valid_loss(const at__run *r, const at__valid *v) {
  if (r->tc->best_metric == AT_BEST_BLEU) return v->scored ? -v->bleu : INFINITY;
  return v->ppl;
}

at_status at__read_best(const at__run *r, const char *path, double *loss) {
  at_checkpoint ck;
  at_status s = at_checkpoint_load_header(path, &ck);
  int bleu = r->tc->best_metric == AT_BEST_BLEU;
  double v = 0;
  if (s == AT_OK) s = at_checkpoint_get_f64(&ck, bleu ? "dev_bleu" : "dev_ppl", &v);
  if (s == AT_OK) *loss = bleu ? (isnan(v) ? INFINITY : -v) : v;
  at_checkpoint_free(&ck);
  return s;
}
