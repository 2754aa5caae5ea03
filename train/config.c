/* The training run configuration: a field table generated from
 * AT_TRAIN_CONFIG_FIELDS (defaults, set/get by name, printing), the combined
 * run config (training + model fields) as YAML, and a flat YAML reader. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "train/train.h"

const char *const at_spm_type_names[] = {"unigram", "bpe", NULL};
const char *const at_best_metric_names[] = {"ppl", "bleu", NULL};

typedef enum { AT__TK_STR, AT__TK_INT, AT__TK_FLOAT, AT__TK_BOOL, AT__TK_ENUM } at__tkind;

typedef struct at__tfield {
  const char *name;
  at__tkind kind;
  const char *const *names; /* ENUM only */
  size_t offset;
  const char *help;
} at__tfield;

#define AT__TKIND_STR AT__TK_STR, NULL
#define AT__TKIND_INT AT__TK_INT, NULL
#define AT__TKIND_FLOAT AT__TK_FLOAT, NULL
#define AT__TKIND_BOOL AT__TK_BOOL, NULL
#define AT__TKIND_ENUM(t) AT__TK_ENUM, t
#define AT__TENTRY(kind, name, def, help) {#name, AT__TKIND_##kind, offsetof(at_train_config, name), help},
static const at__tfield at__tfields[] = {AT_TRAIN_CONFIG_FIELDS(AT__TENTRY)};
#undef AT__TENTRY
#define AT__NTFIELDS ((int)(sizeof at__tfields / sizeof at__tfields[0]))

#define AT__TDEF_STR(name, def) snprintf(c->name, sizeof c->name, "%s", def)
#define AT__TDEF_INT(name, def) c->name = (def)
#define AT__TDEF_FLOAT(name, def) c->name = (def)
#define AT__TDEF_BOOL(name, def) c->name = (def)
#define AT__TDEF_ENUM(t) AT__TDEF_INT
#define AT__TDEFAULT(kind, name, def, help) AT__TDEF_##kind(name, def);

void at_train_config_default(at_train_config *c) {
  memset(c, 0, sizeof *c);
  AT_TRAIN_CONFIG_FIELDS(AT__TDEFAULT)
}
#undef AT__TDEFAULT

/* Field by name; '-' in key matches '_'. */
static const at__tfield *at__tfield_find(const char *key) {
  for (int i = 0; i < AT__NTFIELDS; i++) {
    const char *a = at__tfields[i].name, *k = key;
    while (*a && (*k == *a || (*k == '-' && *a == '_'))) a++, k++;
    if (!*a && !*k) return &at__tfields[i];
  }
  return NULL;
}

static void *at__tptr(const at_train_config *c, const at__tfield *f) { return (char *)c + f->offset; }

static int at__tparse_value(const at__tfield *f, void *p, const char *value) {
  switch (f->kind) {
  case AT__TK_STR:
    if (strlen(value) >= AT_TRAIN_PATH_MAX) return 0;
    strcpy((char *)p, value);
    return 1;
  case AT__TK_INT: return at_parse_int(value, (int *)p);
  case AT__TK_BOOL: return at_parse_bool(value, (int *)p);
  case AT__TK_ENUM: return at_parse_enum(value, f->names, (int *)p);
  case AT__TK_FLOAT: {
    char *end;
    errno = 0;
    double v = strtod(value, &end);
    if (end == value || *end || errno || !isfinite(v)) return 0;
    *(double *)p = v;
    return 1;
  }
  }
  return 0;
}

at_status at_train_config_set(at_train_config *c, const char *key, const char *value) {
  const at__tfield *f = at__tfield_find(key);
  if (!f) return at_fail(AT_ERR_NOT_FOUND, "unknown config key '%s'", key);
  if (!at__tparse_value(f, at__tptr(c, f), value))
    return at_fail(AT_ERR_CONFIG, "config %s: bad value '%s' (%s)", f->name, value, f->help);
  return AT_OK;
}

at_status at_train_config_get(const at_train_config *c, const char *key, char *buf, size_t size) {
  const at__tfield *f = at__tfield_find(key);
  if (!f) return at_fail(AT_ERR_NOT_FOUND, "unknown config key '%s'", key);
  const void *p = at__tptr(c, f);
  int n = 0;
  switch (f->kind) {
  case AT__TK_STR: n = snprintf(buf, size, "%s", (const char *)p); break;
  case AT__TK_INT: n = snprintf(buf, size, "%d", *(const int *)p); break;
  case AT__TK_BOOL: n = snprintf(buf, size, "%s", *(const int *)p ? "true" : "false"); break;
  case AT__TK_FLOAT: n = snprintf(buf, size, "%.17g", *(const double *)p);
    if (n > 0 && (size_t)n < size) { /* shortest text that reads back exactly */
      for (int prec = 6; prec <= 17; prec++) { /* from %g's 6 digits: 70, not 7e+01 */
        char tmp[64];
        snprintf(tmp, sizeof tmp, "%.*g", prec, *(const double *)p);
        if (strtod(tmp, NULL) == *(const double *)p) { n = snprintf(buf, size, "%s", tmp); break; }
      }
    }
    break;
  case AT__TK_ENUM: {
    int v = *(const int *)p, count = 0;
    while (f->names[count]) count++;
    if (v < 0 || v >= count) return at_fail(AT_ERR_CONFIG, "config %s: value %d out of range", f->name, v);
    n = snprintf(buf, size, "%s", f->names[v]);
    break;
  }
  }
  if (n < 0 || (size_t)n >= size) return at_fail(AT_ERR_INVALID_ARG, "config %s: buffer too small", f->name);
  return AT_OK;
}

#define AT__REQ(cond, ...)                                   \
  do {                                                       \
    if (!(cond)) return at_fail(AT_ERR_CONFIG, __VA_ARGS__); \
  } while (0)

at_status at_train_config_validate(const at_train_config *c) {
  AT__REQ(c->src[0] && c->tgt[0], "the training data is missing: set src and tgt");
  AT__REQ(c->save_dir[0], "save_dir is missing");
  AT__REQ(!c->dev_src[0] == !c->dev_tgt[0], "dev_src and dev_tgt go together");
  /* at most what spm-train accepts (a model allows 2^24): SentencePiece given
   * 2^31-1 pieces to make ran for minutes, deaf to SIGTERM */
  AT__REQ(c->src_vocab_size >= 5 && c->src_vocab_size <= AT_SPM_VOCAB_MAX, "src_vocab_size: %d, must be 5 to %d",
          c->src_vocab_size, AT_SPM_VOCAB_MAX);
  AT__REQ(c->tgt_vocab_size >= 5 && c->tgt_vocab_size <= AT_SPM_VOCAB_MAX, "tgt_vocab_size: %d, must be 5 to %d",
          c->tgt_vocab_size, AT_SPM_VOCAB_MAX);
  AT__REQ(c->vocab_size == 0 || (c->vocab_size >= 5 && c->vocab_size <= AT_SPM_VOCAB_MAX),
          "vocab_size: %d, must be 0 or 5 to %d", c->vocab_size, AT_SPM_VOCAB_MAX);
  AT__REQ(!c->shared_vocab || c->vocab_size > 0 || c->src_vocab_size == c->tgt_vocab_size,
          "shared_vocab: one tokenizer has one size, but src_vocab_size %d != tgt_vocab_size %d (set vocab_size)",
          c->src_vocab_size, c->tgt_vocab_size);
  AT__REQ(c->spm_sample >= 0, "spm_sample: %d, must be >= 0", c->spm_sample);
  AT__REQ(c->lr > 0, "lr: %g, must be positive", c->lr);
  AT__REQ(c->beta1 >= 0 && c->beta1 < 1 && c->beta2 >= 0 && c->beta2 < 1, "beta1/beta2: must be in [0, 1)");
  AT__REQ(c->eps > 0, "eps: %g, must be positive", c->eps);
  AT__REQ(c->momentum >= 0 && c->momentum < 1, "momentum: %g, must be in [0, 1)", c->momentum);
  AT__REQ(c->weight_decay >= 0, "weight_decay: %g, must be >= 0", c->weight_decay);
  AT__REQ(c->clip_norm >= 0, "clip_norm: %g, must be >= 0", c->clip_norm);
  AT__REQ(c->warmup >= 0, "warmup: %d, must be >= 0", c->warmup);
  AT__REQ(c->lr_decay > 0 && c->lr_decay <= 1, "lr_decay: %g, must be in (0, 1]", c->lr_decay);
  AT__REQ(c->lr_patience >= 1, "lr_patience: %d, must be >= 1", c->lr_patience);
  AT__REQ(c->min_lr >= 0, "min_lr: %g, must be >= 0", c->min_lr);
  AT__REQ(c->batch_size >= 1, "batch_size: %d, must be positive", c->batch_size);
  AT__REQ(c->accum_steps >= 1 && c->accum_steps <= AT_TRAIN_MAX_ACCUM,
          "accum_steps (--accum-steps): %d, must be 1 to %d", c->accum_steps, AT_TRAIN_MAX_ACCUM);
  AT__REQ(c->valid_batch_size >= 0, "valid_batch_size: %d, must be >= 0", c->valid_batch_size);
  AT__REQ(c->max_len >= 0, "max_len: %d, must be >= 0", c->max_len);
  AT__REQ(c->max_steps >= 0 && c->max_epochs >= 0 && c->max_minutes >= 0, "max_steps/max_epochs/max_minutes: must be >= 0");
  AT__REQ(c->valid_every >= 0 && c->save_every >= 0 && c->patience >= 0, "valid_every/save_every/patience: must be >= 0");
  AT__REQ(c->log_every >= 1, "log_every: %d, must be positive", c->log_every);
  AT__REQ(c->init_scale > 0, "init_scale: %g, must be positive", c->init_scale);
  AT__REQ(c->threads >= 0 && c->threads <= AT_TRAIN_MAX_THREADS,
          "threads (--threads): %d, must be 0 (all cores) to %d", c->threads, AT_TRAIN_MAX_THREADS);
  AT__REQ(c->valid_bleu_max >= 0, "valid_bleu_max: %d, must be >= 0", c->valid_bleu_max);
  AT__REQ(c->best_metric != AT_BEST_BLEU || c->valid_bleu, "best_metric bleu needs valid_bleu");
  AT__REQ(!(c->resume[0] && c->init_from[0]), "resume and init_from exclude each other");
  return AT_OK;
}

at_status at_run_config_set(at_train_config *tc, at_model_config *mc, const char *key, const char *value) {
  if (!strcmp(key, "src_vocab") || !strcmp(key, "tgt_vocab") || !strcmp(key, "src-vocab") ||
      !strcmp(key, "tgt-vocab") || !strcmp(key, "src_eos"))
    return AT_OK; /* derived: from the tokenizers / fixed */
  at_status s = at_train_config_set(tc, key, value);
  if (s != AT_ERR_NOT_FOUND) return s;
  s = at_model_config_set(mc, key, value);
  if (s == AT_ERR_NOT_FOUND) return at_fail(AT_ERR_NOT_FOUND, "unknown config key '%s'", key);
  return s;
}

/* Appends "key: value\n" to a growing string; strings are double-quoted,
 * with '"', '\\' and control characters escaped (a newline as \n, others as
 * \xNN), so that at_yaml_each reads back the same value (before, a value with
 * a newline came back with a space: found by fuzz/fuzz_config.c). */
static at_status at__yaml_line(char **buf, size_t *len, size_t *cap, const char *key, const char *value, int quote) {
  size_t need = *len + strlen(key) + 4 * strlen(value) + 8;
  if (need > *cap) {
    size_t nc = *cap ? *cap : 4096;
    while (nc < need) nc *= 2;
    char *p = at_realloc(*buf, nc);
    if (!p) return at_fail(AT_ERR_NOMEM, "run config text");
    *buf = p;
    *cap = nc;
  }
  char *o = *buf + *len;
  o += sprintf(o, "%s: ", key);
  if (quote) {
    *o++ = '"';
    for (const char *v = value; *v; v++) {
      unsigned char ch = (unsigned char)*v;
      if (ch == '\n') {
        *o++ = '\\', *o++ = 'n';
      } else if (ch < 0x20 || ch == 0x7f) {
        o += sprintf(o, "\\x%02x", ch);
      } else {
        if (ch == '"' || ch == '\\') *o++ = '\\';
        *o++ = *v;
      }
    }
    *o++ = '"';
  } else {
    o += sprintf(o, "%s", value);
  }
  *o++ = '\n';
  *o = '\0';
  *len = (size_t)(o - *buf);
  return AT_OK;
}

#define AT__MFIELD_NAME(kind, name, def, help) #name,
static const char *const at__model_keys[] = {AT_MODEL_CONFIG_FIELDS(AT__MFIELD_NAME) NULL};
#undef AT__MFIELD_NAME

at_status at_run_config_yaml(const at_train_config *tc, const at_model_config *mc, char **out) {
  char *buf = NULL, value[AT_TRAIN_PATH_MAX + 64];
  size_t len = 0, cap = 0;
  at_status s = AT_OK;
  for (int i = 0; s == AT_OK && i < AT__NTFIELDS; i++) {
    s = at_train_config_get(tc, at__tfields[i].name, value, sizeof value);
    if (s == AT_OK) s = at__yaml_line(&buf, &len, &cap, at__tfields[i].name, value, at__tfields[i].kind == AT__TK_STR);
  }
  if (s == AT_OK) s = at__yaml_line(&buf, &len, &cap, "src_eos", "true", 0);
  for (int i = 0; s == AT_OK && at__model_keys[i]; i++) {
    s = at_model_config_get(mc, at__model_keys[i], value, sizeof value);
    if (s == AT_OK) s = at__yaml_line(&buf, &len, &cap, at__model_keys[i], value, 0);
  }
  if (s != AT_OK) {
    at_free(buf);
    return s;
  }
  *out = buf;
  return AT_OK;
}

/* ---- YAML reading (libyaml events) ---------------------------------------------- */

enum { AT__YAML_MAX_KEYS = 512 };
typedef struct at__yaml_walk {
  yaml_parser_t parser;
  const char *name;
  at_yaml_fn fn;
  void *ctx;
  char key[256];
  int have_key, key_line;
  int n_seen;                        /* keys given so far, '-' as '_' (sections flatten into one set) */
  char (*seen)[256];
  int *seen_line;
} at__yaml_walk;

/* A key given twice (also once per section: sections are flattened) is an
 * error naming both lines, not a silent "the last one wins". */
static at_status at__yaml_note_key(at__yaml_walk *w, const char *key, int line) {
  char k[256];
  size_t i = 0;
  for (; key[i] && i + 1 < sizeof k; i++) k[i] = key[i] == '-' ? '_' : key[i];
  k[i] = 0;
  for (int j = 0; j < w->n_seen; j++)
    if (!strcmp(w->seen[j], k))
      return at_fail(AT_ERR_CONFIG, "%s:%d: key '%s' is given twice (first at line %d)", w->name, line, key,
                     w->seen_line[j]);
  if (w->n_seen >= AT__YAML_MAX_KEYS) return at_fail(AT_ERR_CONFIG, "%s:%d: more than %d keys", w->name, line, AT__YAML_MAX_KEYS);
  memcpy(w->seen[w->n_seen], k, i + 1);
  w->seen_line[w->n_seen++] = line;
  return AT_OK;
}

/* Handles one scalar inside a mapping: a key, or the value of the pending key. */
static at_status at__yaml_scalar(at__yaml_walk *w, const yaml_event_t *ev) {
  const char *text = (const char *)ev->data.scalar.value;
  int line = (int)ev->start_mark.line + 1;
  if (!w->have_key) {
    if (strlen(text) >= sizeof w->key) return at_fail(AT_ERR_CONFIG, "%s:%d: key too long", w->name, line);
    strcpy(w->key, text);
    w->have_key = 1;
    w->key_line = line;
    return AT_OK;
  }
  w->have_key = 0;
  at_status s = at__yaml_note_key(w, w->key, w->key_line);
  if (s != AT_OK) return s;
  s = w->fn(w->ctx, w->key, text, w->key_line);
  if (s != AT_OK) return at_fail_context(s, "%s:%d", w->name, w->key_line);
  return AT_OK;
}

/* Walks the events; depth counts open mappings. */
static at_status at__yaml_walk_events(at__yaml_walk *w) {
  int depth = 0;
  for (;;) {
    yaml_event_t ev;
    if (!yaml_parser_parse(&w->parser, &ev))
      return at_fail(AT_ERR_CONFIG, "%s:%zu: YAML error: %s", w->name, w->parser.problem_mark.line + 1,
                     w->parser.problem ? w->parser.problem : "malformed");
    at_status s = AT_OK;
    int line = (int)ev.start_mark.line + 1, done = ev.type == YAML_STREAM_END_EVENT;
    switch (ev.type) {
    case YAML_MAPPING_START_EVENT: depth++; w->have_key = 0; break; /* a nested mapping: flatten */
    case YAML_MAPPING_END_EVENT: depth--; w->have_key = 0; break;
    case YAML_SEQUENCE_START_EVENT: s = at_fail(AT_ERR_CONFIG, "%s:%d: lists are not supported", w->name, line); break;
    case YAML_ALIAS_EVENT: s = at_fail(AT_ERR_CONFIG, "%s:%d: aliases are not supported", w->name, line); break;
    case YAML_SCALAR_EVENT:
      s = depth > 0 ? at__yaml_scalar(w, &ev)
                    : (ev.data.scalar.length ? at_fail(AT_ERR_CONFIG, "%s:%d: expected 'key: value' lines", w->name, line)
                                             : AT_OK);
      break;
    default: break;
    }
    yaml_event_delete(&ev);
    if (s != AT_OK) return s;
    if (done) return AT_OK;
  }
}

at_status at_yaml_each(const char *text, size_t n, const char *name, at_yaml_fn fn, void *ctx) {
  at__yaml_walk w;
  memset(&w, 0, sizeof w);
  w.name = name ? name : "config";
  w.fn = fn;
  w.ctx = ctx;
  w.seen = at_malloc(sizeof *w.seen * AT__YAML_MAX_KEYS);
  w.seen_line = at_malloc(sizeof *w.seen_line * AT__YAML_MAX_KEYS);
  if (!w.seen || !w.seen_line || !yaml_parser_initialize(&w.parser)) {
    at_free(w.seen), at_free(w.seen_line);
    return at_fail(AT_ERR_NOMEM, "%s: YAML parser", w.name);
  }
  yaml_parser_set_input_string(&w.parser, (const unsigned char *)text, n);
  at_status s = at__yaml_walk_events(&w);
  yaml_parser_delete(&w.parser);
  at_free(w.seen), at_free(w.seen_line);
  return s;
}

typedef struct at__both {
  at_train_config *tc;
  at_model_config *mc;
} at__both;

static at_status at__apply_both(void *ctx, const char *key, const char *value, int line) {
  (void)line;
  at__both *b = ctx;
  return at_run_config_set(b->tc, b->mc, key, value);
}

/* The directory part of path ("." when it has none) into buf. */
static at_status at__dirname(const char *path, char *buf, size_t size) {
  const char *slash = strrchr(path, '/');
  size_t n = slash ? (size_t)(slash - path) : 0;
  if (slash && n == 0) n = 1; /* "/x.h5" -> "/" */
  if (!slash) return snprintf(buf, size, "."), AT_OK;
  if (n >= size) return at_fail(AT_ERR_INVALID_ARG, "path too long: %s", path);
  memcpy(buf, path, n);
  buf[n] = '\0';
  return AT_OK;
}

at_status at_train_load_run_config(const char *ckpt_path, at_train_config *tc, at_model_config *mc) {
  char path[AT_TRAIN_PATH_MAX], dir[AT_TRAIN_PATH_MAX];
  if (strlen(ckpt_path) >= sizeof path) return at_fail(AT_ERR_INVALID_ARG, "path too long: %s", ckpt_path);
  strcpy(path, ckpt_path); /* ckpt_path may be tc->resume, which the saved config overwrites */
  at_status s = at__dirname(path, dir, sizeof dir);
  if (s != AT_OK) return s;
  ckpt_path = path;
  at_checkpoint ck;
  s = at_checkpoint_load_header(ckpt_path, &ck);
  if (s != AT_OK) return s;
  *mc = ck.config;
  if (ck.run_config) {
    at__both b = {tc, mc};
    s = at_yaml_each(ck.run_config, strlen(ck.run_config), ckpt_path, at__apply_both, &b);
  }
  at_checkpoint_free(&ck);
  tc->init_from[0] = '\0'; /* a resumed run continues; it does not re-initialise */
  strcpy(tc->resume, path);
  strcpy(tc->save_dir, dir);
  return s;
}
