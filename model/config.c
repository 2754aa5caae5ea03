/* Model configuration: names of enum values and the field table generated
 * from AT_MODEL_CONFIG_FIELDS, which drives defaults, validation messages,
 * set/get by name and printing (no per-field code). */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "model/layers/layers.h"

const char *const at_cell_names[] = {"rnn", "gru", "lstm", NULL};
const char *const at_attn_names[] = {"none", "bahdanau", "luong", NULL};
const char *const at_score_names[] = {"dot", "scaled", "general", "concat", NULL};
const char *const at_bridge_names[] = {"zero", "dense", NULL};
const char *const at_locality_names[] = {"global", "local-m", "local-p", "hybrid", NULL};
const char *const at_attn_mode_names[] = {"soft", "hard", "topk", NULL};
const char *const at_encoder_names[] = {"rnn", "rnn-sa", "transformer", NULL};
const char *const at_decoder_names[] = {"rnn", "transformer", NULL};
const char *const at_norm_names[] = {"pre", "post", NULL};
const char *const at_ff_activation_names[] = {"relu", "gelu", NULL};
const char *const at_position_names[] = {"sinusoidal", "learned", NULL};

typedef enum { AT__K_INT, AT__K_FLOAT, AT__K_BOOL, AT__K_ENUM } at__cfg_kind;

typedef struct at__cfg_field {
  const char *name;
  at__cfg_kind kind;
  const char *const *names; /* ENUM only: NULL-terminated value names */
  size_t offset;            /* into at_model_config */
  const char *help;
} at__cfg_field;

/* X(kind, ...) -> "AT__K_<kind>, names-table" */
#define AT__KIND_INT AT__K_INT, NULL
#define AT__KIND_FLOAT AT__K_FLOAT, NULL
#define AT__KIND_BOOL AT__K_BOOL, NULL
#define AT__KIND_ENUM(t) AT__K_ENUM, t
#define AT__FIELD_ENTRY(kind, name, def, help) {#name, AT__KIND_##kind, offsetof(at_model_config, name), help},
static const at__cfg_field at__fields[] = {AT_MODEL_CONFIG_FIELDS(AT__FIELD_ENTRY)};
#undef AT__FIELD_ENTRY
#define AT__NFIELDS ((int)(sizeof(at__fields) / sizeof(at__fields[0])))

void at_model_config_default(at_model_config *cfg) {
  memset(cfg, 0, sizeof(*cfg));
#define AT__FIELD_DEFAULT(kind, name, def, help) cfg->name = def;
  AT_MODEL_CONFIG_FIELDS(AT__FIELD_DEFAULT)
#undef AT__FIELD_DEFAULT
}

/* Field by name; '-' in key matches '_'. */
static const at__cfg_field *at__field_find(const char *key) {
  for (int i = 0; i < AT__NFIELDS; i++) {
    const char *a = at__fields[i].name, *k = key;
    while (*a && (*k == *a || (*k == '-' && *a == '_'))) a++, k++;
    if (!*a && !*k) return &at__fields[i];
  }
  return NULL;
}

static int *at__int_ptr(at_model_config *cfg, const at__cfg_field *f) { return (int *)((char *)cfg + f->offset); }
static float *at__float_ptr(at_model_config *cfg, const at__cfg_field *f) {
  return (float *)((char *)cfg + f->offset);
}

at_status at_model_config_set(at_model_config *cfg, const char *key, const char *value) {
  const at__cfg_field *f = at__field_find(key);
  if (!f) return at_fail(AT_ERR_NOT_FOUND, "unknown model config key '%s'", key);
  int ok = 0;
  switch (f->kind) {
  case AT__K_INT: ok = at_parse_int(value, at__int_ptr(cfg, f)); break;
  case AT__K_BOOL: ok = at_parse_bool(value, at__int_ptr(cfg, f)); break;
  case AT__K_ENUM: ok = at_parse_enum(value, f->names, at__int_ptr(cfg, f)); break;
  case AT__K_FLOAT: {
    char *end;
    errno = 0;
    float v = strtof(value, &end);
    ok = end != value && !*end && !errno && isfinite(v);
    if (ok) *at__float_ptr(cfg, f) = v;
    break;
  }
  }
  if (!ok) return at_fail(AT_ERR_CONFIG, "model config %s: bad value '%s' (%s)", f->name, value, f->help);
  return AT_OK;
}

/* Shortest of %g / %.9g that reads back as the same float. */
static int at__format_float(float v, char *buf, size_t size) {
  int n = snprintf(buf, size, "%g", (double)v);
  if (n >= 0 && (size_t)n < size && strtof(buf, NULL) == v) return n;
  return snprintf(buf, size, "%.9g", (double)v);
}

at_status at_model_config_get(const at_model_config *cfg, const char *key, char *buf, size_t size) {
  const at__cfg_field *f = at__field_find(key);
  if (!f) return at_fail(AT_ERR_NOT_FOUND, "unknown model config key '%s'", key);
  at_model_config *c = (at_model_config *)cfg;
  int n = 0, v = f->kind == AT__K_FLOAT ? 0 : *at__int_ptr(c, f);
  switch (f->kind) {
  case AT__K_INT: n = snprintf(buf, size, "%d", v); break;
  case AT__K_BOOL: n = snprintf(buf, size, "%s", v ? "true" : "false"); break;
  case AT__K_FLOAT: n = at__format_float(*at__float_ptr(c, f), buf, size); break;
  case AT__K_ENUM: {
    int count = 0;
    while (f->names[count]) count++;
    if (v < 0 || v >= count) return at_fail(AT_ERR_CONFIG, "model config %s: value %d out of range", f->name, v);
    n = snprintf(buf, size, "%s", f->names[v]);
    break;
  }
  }
  if (n < 0 || (size_t)n >= size) return at_fail(AT_ERR_INVALID_ARG, "model config %s: buffer too small", f->name);
  return AT_OK;
}

void at_model_config_print(const at_model_config *cfg, FILE *f) {
  char buf[64];
  for (int i = 0; i < AT__NFIELDS; i++) {
    if (at_model_config_get(cfg, at__fields[i].name, buf, sizeof buf) != AT_OK) snprintf(buf, sizeof buf, "?");
    fprintf(f, "%s: %s\n", at__fields[i].name, buf);
  }
}

/* Range checks every field can have on its own (enum in range, bool 0/1). */
static at_status at__validate_field(const at_model_config *cfg, const at__cfg_field *f) {
  if (f->kind == AT__K_FLOAT) return AT_OK;
  int v = *at__int_ptr((at_model_config *)cfg, f), count = 0;
  if (f->kind == AT__K_BOOL && v != 0 && v != 1)
    return at_fail(AT_ERR_CONFIG, "model config %s: %d is not a boolean", f->name, v);
  if (f->kind == AT__K_ENUM) {
    while (f->names[count]) count++;
    if (v < 0 || v >= count) return at_fail(AT_ERR_CONFIG, "model config %s: %d out of range", f->name, v);
  }
  return AT_OK;
}

/* Limits of the size fields (layers: AT_MAX_LAYERS in layers.h). */
enum { AT_MAX_VOCAB = 1 << 24, AT_MAX_DIM = 1 << 16, AT_MAX_WINDOW = 10000, AT_MAX_HEADS = 64, AT_MAX_POSITIONS = 1 << 16 };

#define AT__REQUIRE(cond, ...)                                 \
  do {                                                         \
    if (!(cond)) return at_fail(AT_ERR_CONFIG, __VA_ARGS__);   \
  } while (0)

/* Width of the Transformer layers of a config. */
static int at__tf_dim(const at_model_config *cfg) { return cfg->model_dim > 0 ? cfg->model_dim : cfg->emb_dim; }

/* The keys of self-attention layers and Transformer blocks. */
static at_status at__validate_transformer(const at_model_config *cfg) {
  int tf_enc = cfg->encoder == AT_ENC_TRANSFORMER, tf_dec = cfg->decoder == AT_DEC_TRANSFORMER;
  int sa = tf_enc || tf_dec || cfg->encoder == AT_ENC_RNN_SA;
  AT__REQUIRE(cfg->model_dim >= 0 && cfg->model_dim <= AT_MAX_DIM, "model config model_dim: %d, must be in 0..%d",
              cfg->model_dim, AT_MAX_DIM);
  AT__REQUIRE(cfg->ff_dim >= 0 && cfg->ff_dim <= 4 * AT_MAX_DIM, "model config ff_dim: %d, must be in 0..%d",
              cfg->ff_dim, 4 * AT_MAX_DIM);
  AT__REQUIRE(cfg->enc_layers >= 1 && cfg->enc_layers <= AT_MAX_LAYERS, "model config enc_layers: %d, must be in 1..%d",
              cfg->enc_layers, AT_MAX_LAYERS);
  AT__REQUIRE(cfg->dec_layers >= 1 && cfg->dec_layers <= AT_MAX_LAYERS, "model config dec_layers: %d, must be in 1..%d",
              cfg->dec_layers, AT_MAX_LAYERS);
  AT__REQUIRE(cfg->max_positions >= 1 && cfg->max_positions <= AT_MAX_POSITIONS,
              "model config max_positions: %d, must be in 1..%d", cfg->max_positions, AT_MAX_POSITIONS);
  AT__REQUIRE(cfg->attn_dropout >= 0 && cfg->attn_dropout < 1, "model config attn_dropout: %g, must be in [0, 1)",
              (double)cfg->attn_dropout);
  AT__REQUIRE(cfg->ff_dropout >= 0 && cfg->ff_dropout < 1, "model config ff_dropout: %g, must be in [0, 1)",
              (double)cfg->ff_dropout);
  if (!sa) return AT_OK;
  int d = at__tf_dim(cfg);
  AT__REQUIRE(cfg->heads >= 1, "model config heads: self-attention layers and Transformer blocks need heads >= 1 "
                               "(e.g. --heads 4)");
  if (tf_enc || tf_dec)
    AT__REQUIRE(d % cfg->heads == 0, "model config heads: %d heads do not divide the model width %d (model_dim, or "
                                     "emb_dim when model_dim is 0)", cfg->heads, d);
  if (cfg->encoder == AT_ENC_RNN_SA)
    AT__REQUIRE(cfg->hidden_dim % cfg->heads == 0,
                "model config heads: %d heads do not divide hidden_dim %d (the width of rnn-sa's self-attention)",
                cfg->heads, cfg->hidden_dim);
  if (tf_enc && !tf_dec)
    AT__REQUIRE(d == cfg->hidden_dim,
                "model config model_dim: a transformer encoder with an rnn decoder needs the model width (%d) == "
                "hidden_dim (%d)", d, cfg->hidden_dim);
  if (tf_dec) {
    AT__REQUIRE(!cfg->tie_embeddings || cfg->emb_dim == d,
                "model config tie_embeddings: needs emb_dim (%d) == the model width (%d)", cfg->emb_dim, d);
    AT__REQUIRE(cfg->locality == AT_LOCAL_GLOBAL && cfg->attn_mode == AT_MODE_SOFT,
                "model config locality, attn_mode: local and hard attention belong to the rnn decoder; the "
                "transformer decoder attends globally and softly");
  }
  return AT_OK;
}

at_status at_model_config_validate(const at_model_config *cfg) {
  for (int i = 0; i < AT__NFIELDS; i++) {
    at_status s = at__validate_field(cfg, &at__fields[i]);
    if (s != AT_OK) return s;
  }
  /* Upper bounds (docs/checkpoint-format.md, "Limits"): with them every int
   * product of two config sizes the model forms (gates x hidden_dim,
   * emb_dim + hidden_dim, heads x head size, window widths) fits in an int;
   * vocab x dim products are size_t and the whole layout is capped by
   * AT_PARAMS_MAX_TOTAL. */
  AT__REQUIRE(cfg->src_vocab >= 4 && cfg->src_vocab <= AT_MAX_VOCAB, "model config src_vocab: %d, must be in 4..%d",
              cfg->src_vocab, AT_MAX_VOCAB);
  AT__REQUIRE(cfg->tgt_vocab >= 4 && cfg->tgt_vocab <= AT_MAX_VOCAB, "model config tgt_vocab: %d, must be in 4..%d",
              cfg->tgt_vocab, AT_MAX_VOCAB);
  AT__REQUIRE(cfg->layers >= 1 && cfg->layers <= AT_MAX_LAYERS, "model config layers: %d, must be in 1..%d",
              cfg->layers, AT_MAX_LAYERS);
  AT__REQUIRE(cfg->emb_dim >= 1 && cfg->emb_dim <= AT_MAX_DIM, "model config emb_dim: %d, must be in 1..%d",
              cfg->emb_dim, AT_MAX_DIM);
  AT__REQUIRE(cfg->hidden_dim >= 1 && cfg->hidden_dim <= AT_MAX_DIM, "model config hidden_dim: %d, must be in 1..%d",
              cfg->hidden_dim, AT_MAX_DIM);
  AT__REQUIRE(!cfg->bidirectional || cfg->hidden_dim % 2 == 0,
              "model config hidden_dim: %d must be even with a bidirectional encoder", cfg->hidden_dim);
  AT__REQUIRE(cfg->attn_dim >= 0 && cfg->attn_dim <= AT_MAX_DIM, "model config attn_dim: %d, must be in 0..%d",
              cfg->attn_dim, AT_MAX_DIM);
  AT__REQUIRE(cfg->window >= 1 && cfg->window <= AT_MAX_WINDOW, "model config window: %d, must be in 1..%d",
              cfg->window, AT_MAX_WINDOW);
  AT__REQUIRE(cfg->locality == AT_LOCAL_GLOBAL || cfg->attention != AT_ATTN_NONE,
              "model config locality: %s needs attention (bahdanau or luong), not none",
              at_locality_names[cfg->locality]);
  AT__REQUIRE(cfg->attn_mode == AT_MODE_SOFT || cfg->attention != AT_ATTN_NONE,
              "model config attn_mode: %s needs attention (bahdanau or luong), not none",
              at_attn_mode_names[cfg->attn_mode]);
  AT__REQUIRE(cfg->attn_mode != AT_MODE_HARD || cfg->locality != AT_LOCAL_P,
              "model config attn_mode: hard attention samples from a distribution, and local-p weights are not "
              "normalised; use local-m, hybrid or global");
  AT__REQUIRE(cfg->topk >= 1 && cfg->topk <= AT_MAX_WINDOW, "model config topk: %d, must be in 1..%d", cfg->topk,
              AT_MAX_WINDOW);
  AT__REQUIRE(cfg->heads >= 0 && cfg->heads <= AT_MAX_HEADS, "model config heads: %d, must be in 0..%d", cfg->heads,
              AT_MAX_HEADS);
  if (cfg->heads > 0 && cfg->decoder == AT_DEC_RNN) {
    AT__REQUIRE(cfg->attention != AT_ATTN_NONE, "model config heads: %d heads need attention (bahdanau or luong)",
                cfg->heads);
    AT__REQUIRE(cfg->score == AT_SCORE_SCALED || cfg->score == AT_SCORE_GENERAL,
                "model config heads: multi-head attention takes score scaled or general, not %s",
                at_score_names[cfg->score]);
    AT__REQUIRE(cfg->hidden_dim % cfg->heads == 0, "model config heads: %d heads do not divide hidden_dim %d",
                cfg->heads, cfg->hidden_dim);
    AT__REQUIRE(cfg->attn_mode != AT_MODE_HARD, "model config heads: hard attention has a single head");
  }
  AT__REQUIRE(cfg->hard_reinforce >= 0 && cfg->hard_entropy >= 0, "model config hard_reinforce, hard_entropy: must be >= 0");
  AT__REQUIRE(cfg->hard_baseline_decay >= 0 && cfg->hard_baseline_decay < 1,
              "model config hard_baseline_decay: %g, must be in [0, 1)", (double)cfg->hard_baseline_decay);
  AT__REQUIRE(cfg->hard_soft_fraction >= 0 && cfg->hard_soft_fraction <= 1,
              "model config hard_soft_fraction: %g, must be in [0, 1]", (double)cfg->hard_soft_fraction);
  /* dot/scaled scores compare the query (decoder state, hidden_dim) with the
   * keys (encoder outputs, hidden_dim): always equal in this model. */
  AT__REQUIRE(!cfg->tie_embeddings || cfg->decoder == AT_DEC_TRANSFORMER || cfg->emb_dim == cfg->hidden_dim,
              "model config tie_embeddings: needs emb_dim (%d) == hidden_dim (%d)", cfg->emb_dim, cfg->hidden_dim);
  AT__REQUIRE(!cfg->share_embeddings || cfg->src_vocab == cfg->tgt_vocab,
              "model config share_embeddings: needs one vocabulary (src_vocab %d != tgt_vocab %d; train with "
              "--shared-vocab)", cfg->src_vocab, cfg->tgt_vocab);
  AT__REQUIRE(cfg->dropout >= 0 && cfg->dropout < 1, "model config dropout: %g, must be in [0, 1)",
              (double)cfg->dropout);
  AT__REQUIRE(cfg->label_smoothing >= 0 && cfg->label_smoothing < 1,
              "model config label_smoothing: %g, must be in [0, 1)", (double)cfg->label_smoothing);
  return at__validate_transformer(cfg);
}
