/* Gradient reduction and clipping, Adam and SGD over flat arrays, and the
 * learning-rate schedules. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "train/train.h"
#include "train/train_internal.h"

const char *const at_optim_names[] = {"adam", "sgd", NULL};
const char *const at_sched_names[] = {"constant", "plateau", "noam", NULL};

enum { AT__NORM_CHUNKS = 64, AT__NORM_MIN_CHUNK = 4096 };
#define AT__PAR_MIN 16384 /* below this many floats a loop runs on one thread */

/* ---- gradients ------------------------------------------------------------------ */

at_status at_grad_reduce(float *grad, size_t n) { return at_dist_allreduce_f32(grad, n); }

double at_grad_norm(const float *grad, size_t n) {
  /* At most AT__NORM_CHUNKS chunks of a size fixed by n alone, each summed
   * in double, then added in chunk order: no allocation, and the same bits
   * for any number of threads. */
  double part[AT__NORM_CHUNKS];
  size_t chunk = (n + AT__NORM_CHUNKS - 1) / AT__NORM_CHUNKS;
  if (chunk < AT__NORM_MIN_CHUNK) chunk = AT__NORM_MIN_CHUNK;
  int nchunks = (int)((n + chunk - 1) / chunk);
  AT__OMP(omp parallel for schedule(static) if (n >= AT__PAR_MIN))
  for (int k = 0; k < nchunks; k++) {
    size_t lo = (size_t)k * chunk, hi = lo + chunk < n ? lo + chunk : n;
    double s = 0;
    for (size_t i = lo; i < hi; i++) s += (double)grad[i] * grad[i];
    part[k] = s;
  }
  double total = 0;
  for (int k = 0; k < nchunks; k++) total += part[k];
  return sqrt(total);
}

double at_grad_clip(float *grad, size_t n, double max_norm) {
  double norm = at_grad_norm(grad, n);
  if (max_norm > 0 && norm > max_norm) {
    float scale = (float)(max_norm / norm);
    AT__OMP(omp parallel for schedule(static) if (n >= AT__PAR_MIN))
    for (size_t i = 0; i < n; i++) grad[i] *= scale;
  }
  return norm;
}

/* ---- optimizers ------------------------------------------------------------------ */

void at_optim_config_default(at_optim_config *c) {
  memset(c, 0, sizeof *c);
  c->type = AT_OPTIM_ADAM;
  c->beta1 = 0.9;
  c->beta2 = 0.999;
  c->eps = 1e-8;
}

at_status at_optim_init(at_optimizer *o, const at_optim_config *cfg, size_t n) {
  memset(o, 0, sizeof *o);
  if (cfg->type != AT_OPTIM_ADAM && cfg->type != AT_OPTIM_SGD)
    return at_fail(AT_ERR_INVALID_ARG, "optimizer: unknown type %d", cfg->type);
  o->cfg = *cfg;
  o->n = n;
  if (cfg->type == AT_OPTIM_ADAM) {
    o->nslots = 2;
    o->slot_name[0] = "adam_m";
    o->slot_name[1] = "adam_v";
  } else if (cfg->momentum != 0) {
    o->nslots = 1;
    o->slot_name[0] = "sgd_momentum";
  }
  for (int k = 0; k < o->nslots; k++) {
    o->slot[k] = at_calloc(n ? n : 1, sizeof(float));
    if (!o->slot[k]) {
      at_optim_free(o);
      return at_fail(AT_ERR_NOMEM, "optimizer slot %d (%zu floats)", k, n);
    }
  }
  return AT_OK;
}

void at_optim_free(at_optimizer *o) {
  if (!o) return;
  for (int k = 0; k < 2; k++) at_free(o->slot[k]);
  memset(o, 0, sizeof *o);
}

static void at__adam_step(at_optimizer *o, float *p, const float *g, double lr) {
  const at_optim_config *c = &o->cfg;
  o->t++;
  const float b1 = (float)c->beta1, b2 = (float)c->beta2, eps = (float)c->eps;
  const float a1 = (float)(1.0 - c->beta1), a2 = (float)(1.0 - c->beta2);
  const float bc1 = (float)(1.0 - pow(c->beta1, (double)o->t)), bc2 = (float)(1.0 - pow(c->beta2, (double)o->t));
  const float step = (float)lr, decay = (float)(lr * c->weight_decay);
  float *m = o->slot[0], *v = o->slot[1];
  size_t n = o->n;
  AT__OMP(omp parallel for schedule(static) if (n >= AT__PAR_MIN))
  for (size_t i = 0; i < n; i++) {
    float gi = g[i];
    m[i] = b1 * m[i] + a1 * gi;
    v[i] = b2 * v[i] + a2 * gi * gi;
    float pi = p[i] - decay * p[i];
    p[i] = pi - step * (m[i] / bc1) / (sqrtf(v[i] / bc2) + eps);
  }
}

static void at__sgd_step(at_optimizer *o, float *p, const float *g, double lr) {
  const float step = (float)lr, wd = (float)o->cfg.weight_decay, mu = (float)o->cfg.momentum;
  float *u = o->slot[0];
  size_t n = o->n;
  o->t++;
  if (u) {
    AT__OMP(omp parallel for schedule(static) if (n >= AT__PAR_MIN))
    for (size_t i = 0; i < n; i++) {
      u[i] = mu * u[i] + (g[i] + wd * p[i]);
      p[i] -= step * u[i];
    }
  } else {
    AT__OMP(omp parallel for schedule(static) if (n >= AT__PAR_MIN))
    for (size_t i = 0; i < n; i++) p[i] -= step * (g[i] + wd * p[i]);
  }
}

void at_optim_step(at_optimizer *o, float *param, const float *grad, double lr) {
  if (o->cfg.type == AT_OPTIM_ADAM)
    at__adam_step(o, param, grad, lr);
  else
    at__sgd_step(o, param, grad, lr);
}

/* ---- schedules ------------------------------------------------------------------- */

void at_schedule_init(at_schedule *s, int type, double lr, int warmup) {
  memset(s, 0, sizeof *s);
  s->type = type;
  s->lr = lr;
  s->warmup = warmup;
  s->decay = 0.5;
  s->patience = 2;
  s->min_lr = 0;
  s->scale = 1;
  s->best = INFINITY;
}

double at_schedule_lr(const at_schedule *s, int64_t step) {
  double st = step < 1 ? 1.0 : (double)step, w = s->warmup;
  if (s->type == AT_SCHED_NOAM) {
    if (w <= 0) return s->lr / sqrt(st);
    double up = st / w, down = sqrt(w / st);
    return s->lr * (up < down ? up : down);
  }
  double warm = w > 0 && st < w ? st / w : 1.0;
  double lr = s->lr * s->scale;
  if (s->type == AT_SCHED_PLATEAU && lr < s->min_lr) lr = s->min_lr;
  return lr * warm;
}

int at_schedule_on_valid(at_schedule *s, double dev_ppl) {
  if (s->type != AT_SCHED_PLATEAU) return 0;
  if (dev_ppl < s->best) {
    s->best = dev_ppl;
    s->bad = 0;
    return 0;
  }
  if (++s->bad < s->patience) return 0;
  s->bad = 0;
  s->scale *= s->decay;
  return 1;
}
