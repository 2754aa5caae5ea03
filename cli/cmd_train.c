/* attend train: train a translation model. The flags are generated from the
 * training and model config lists (AT_TRAIN_CONFIG_FIELDS,
 * AT_MODEL_CONFIG_FIELDS); a YAML file given with --config uses the same keys.
 * Precedence: defaults < the resumed run's saved config < --config < flags. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "model/model.h"
#include "train/train.h"

static const char *const CMD = "train";

/* ---- the flag table, generated from the two config lists --------------------------- */

enum { KIND_STR, KIND_INT, KIND_FLOAT, KIND_BOOL, KIND_ENUM };
typedef struct flag_def {
  const char *key; /* config key, with '_' */
  int kind, model;
  const char *help;
} flag_def;

#define KIND_OF_STR KIND_STR
#define KIND_OF_INT KIND_INT
#define KIND_OF_FLOAT KIND_FLOAT
#define KIND_OF_BOOL KIND_BOOL
#define KIND_OF_ENUM(t) KIND_ENUM
#define TRAIN_FLAG(kind, name, def, help) {#name, KIND_OF_##kind, 0, help},
#define MODEL_FLAG(kind, name, def, help) {#name, KIND_OF_##kind, 1, help},
static const flag_def at__flag_defs[] = {AT_TRAIN_CONFIG_FIELDS(TRAIN_FLAG) AT_MODEL_CONFIG_FIELDS(MODEL_FLAG)};
#undef TRAIN_FLAG
#undef MODEL_FLAG
#define NFLAGS ((int)(sizeof at__flag_defs / sizeof at__flag_defs[0]))

/* The vocabulary sizes of the model come from the tokenizers: no flags. */
static int at__flag_hidden(const flag_def *d) { return d->model && (!strcmp(d->key, "src_vocab") || !strcmp(d->key, "tgt_vocab")); }

enum { OPT_CONFIG = 1000, OPT_HELP, OPT_FIELD = 2000, OPT_NEG = 3000 };

/* "max_len" -> "max-len" (with an optional "no-" prefix) into buf. */
static const char *at__flag_name(const char *key, int neg, char *buf, size_t size) {
  snprintf(buf, size, "%s%s", neg ? "no-" : "", key);
  for (char *p = buf; *p; p++)
    if (*p == '_') *p = '-';
  return buf;
}

/* ---- key/value pairs, in the order given ----------------------------------------- */

typedef struct kv_list {
  char **key, **value; /* (n) malloc'd */
  int *line;           /* (n) YAML line, 0 for flags */
  int n, cap;
} kv_list;

static void at__kv_free(kv_list *l) {
  for (int i = 0; i < l->n; i++) at_free(l->key[i]), at_free(l->value[i]);
  at_free(l->key);
  at_free(l->value);
  at_free(l->line);
  memset(l, 0, sizeof *l);
}

static at_status at__kv_add(void *ctx, const char *key, const char *value, int line) {
  kv_list *l = ctx;
  if (l->n == l->cap) {
    int cap = l->cap ? 2 * l->cap : 32;
    char **k = at_realloc(l->key, (size_t)cap * sizeof *k);
    if (k) l->key = k;
    char **v = at_realloc(l->value, (size_t)cap * sizeof *v);
    if (v) l->value = v;
    int *ln = at_realloc(l->line, (size_t)cap * sizeof *ln);
    if (ln) l->line = ln;
    if (!k || !v || !ln) return at_fail(AT_ERR_NOMEM, "options");
    l->cap = cap;
  }
  l->key[l->n] = at_strdup(key);
  l->value[l->n] = at_strdup(value);
  l->line[l->n] = line;
  if (!l->key[l->n] || !l->value[l->n]) return at_fail(AT_ERR_NOMEM, "options");
  l->n++;
  return AT_OK;
}

/* ---- help -------------------------------------------------------------------------- */

static void at__field_default(const flag_def *d, char *buf, size_t size) {
  at_train_config tc;
  at_model_config mc;
  at_train_config_default(&tc);
  at_model_config_default(&mc);
  at_status s = d->model ? at_model_config_get(&mc, d->key, buf, size) : at_train_config_get(&tc, d->key, buf, size);
  if (s != AT_OK || !buf[0]) snprintf(buf, size, "none");
}

static void at__print_flag(FILE *f, const flag_def *d) {
  static const char *const meta[] = {"PATH", "N", "X", "", "NAME"};
  char name[80], left[120], def[64];
  at__flag_name(d->key, 0, name, sizeof name);
  if (d->kind == KIND_BOOL) snprintf(left, sizeof left, "--[no-]%s", name);
  else snprintf(left, sizeof left, "--%s %s", name, meta[d->kind]);
  at__field_default(d, def, sizeof def);
  fprintf(f, "  %-30s %s [%s]\n", left, d->help, def);
}

static void at__usage(FILE *f) {
  fprintf(f,
          "Usage: attend train --src FILE --tgt FILE --save-dir DIR [options]\n"
          "       attend train --config FILE [options]\n"
          "       attend train --resume DIR/last.h5 [options]\n"
          "\n"
          "Trains a sequence-to-sequence translation model on a line-aligned parallel\n"
          "corpus. When the run directory has no tokenizers (src.model, tgt.model) and\n"
          "none are given, SentencePiece models are trained there first; with\n"
          "--shared-vocab one model is trained on both sides' text and used for both\n"
          "(written as src.model and tgt.model; given --src-spm/--tgt-spm must be one\n"
          "model). --share-embeddings (one source/target embedding matrix; with\n"
          "--tie-embeddings also the output layer's) needs --shared-vocab. The run\n"
          "directory receives config.yaml (the effective configuration, also printed on\n"
          "stdout), last.h5 (every --save-every steps and at the end, with the full\n"
          "training state), best.h5 (best dev perplexity, or greedy dev BLEU with\n"
          "--best-metric bleu) and metrics.tsv. Validation reports dev loss,\n"
          "perplexity, accuracy and (--valid-bleu) greedy BLEU and chrF. Ctrl-C or\n"
          "SIGTERM finishes the current step, writes last.h5 and exits with status 0\n"
          "(a second Ctrl-C aborts); --resume DIR/last.h5 then continues\n"
          "bitwise-identically for the same data and --threads, writing into DIR (or\n"
          "into --save-dir when given). One run at a time uses a run directory (it\n"
          "holds DIR/.lock); a second one fails at once. --resume and --init-from\n"
          "use the checkpoint's tokenizers: a --src-spm/--tgt-spm of another model, or a\n"
          "vocabulary size other than the checkpoint's, is an error. The corpus files\n"
          "must be regular files (they are read more than once).\n"
          "\n"
          "Every option is also a key of the YAML --config file ('-' or '_'); flags\n"
          "win over the file, the file over a resumed run's saved config. Defaults in\n"
          "brackets.\n"
          "\n"
          "  --config FILE                  read options from a YAML file (flat 'key: value')\n"
          "  -h, --help                     show this help and exit\n"
          "\nRun, data and training:\n");
  for (int i = 0; i < NFLAGS; i++)
    if (!at__flag_defs[i].model) at__print_flag(f, &at__flag_defs[i]);
  fprintf(f, "\nModel (fixed when resuming; the vocabulary sizes come from the tokenizers):\n");
  for (int i = 0; i < NFLAGS; i++)
    if (at__flag_defs[i].model && !at__flag_hidden(&at__flag_defs[i])) at__print_flag(f, &at__flag_defs[i]);
  fprintf(f,
          "\nExit status: 0 success (also after a clean interruption), 1 failure, 2 usage error.\n");
}

/* ---- argv ------------------------------------------------------------------------- */

typedef struct cli_train {
  kv_list flags, file;
  const char *config_path;
  at_train_config tc;
  at_model_config mc;
} cli_train;

/* Builds the getopt table: every field, "no-" forms of booleans, specials. */
static struct option *at__build_options(void) {
  struct option *o = at_calloc((size_t)(2 * NFLAGS + 3), sizeof *o);
  if (!o) return NULL;
  int n = 0;
  for (int i = 0; i < NFLAGS; i++) {
    if (at__flag_hidden(&at__flag_defs[i])) continue;
    char buf[96];
    int is_bool = at__flag_defs[i].kind == KIND_BOOL;
    o[n++] = (struct option){at_strdup(at__flag_name(at__flag_defs[i].key, 0, buf, sizeof buf)),
                             is_bool ? no_argument : required_argument, NULL, OPT_FIELD + i};
    if (is_bool) o[n++] = (struct option){at_strdup(at__flag_name(at__flag_defs[i].key, 1, buf, sizeof buf)), no_argument, NULL, OPT_NEG + i};
  }
  o[n++] = (struct option){"config", required_argument, NULL, OPT_CONFIG};
  o[n++] = (struct option){"help", no_argument, NULL, OPT_HELP};
  return o;
}

static void at__free_options(struct option *o) {
  for (int i = 0; o && o[i].name; i++)
    if (o[i].val >= OPT_FIELD) at_free((char *)o[i].name);
  at_free(o);
}

/* Returns -1 to go on, else an exit status. */
static int at__parse_argv(int argc, char **argv, cli_train *c) {
  struct option *opts = at__build_options();
  if (!opts) return cli_fail_status(CMD, "options", AT_ERR_NOMEM);
  int ret = -1, ch;
  opterr = 0;
  optind = 1;
  while (ret < 0 && (ch = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
    if (ch == 'h' || ch == OPT_HELP) {
      at__usage(stdout);
      ret = CLI_OK;
    } else if (ch == OPT_CONFIG) {
      c->config_path = optarg;
    } else if (ch >= OPT_NEG) {
      if (at__kv_add(&c->flags, at__flag_defs[ch - OPT_NEG].key, "false", 0) != AT_OK) ret = CLI_FAIL;
    } else if (ch >= OPT_FIELD) {
      const flag_def *d = &at__flag_defs[ch - OPT_FIELD];
      if (!strcmp(d->key, "resume") && optarg[0] == '-')
        ret = cli_usage_error(CMD, "--resume takes the checkpoint to continue, e.g. --resume runs/x/last.h5");
      else if (at__kv_add(&c->flags, d->key, d->kind == KIND_BOOL ? "true" : optarg, 0) != AT_OK) ret = CLI_FAIL;
    } else if (ch == ':') {
      ret = cli_usage_error(CMD, "option '%s' needs a value", argv[optind - 1]);
    } else {
      ret = optopt ? cli_usage_error(CMD, "unknown option '-%c'", optopt)
                   : cli_usage_error(CMD, "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (ret < 0 && optind < argc) ret = cli_usage_error(CMD, "unexpected argument '%s'", argv[optind]);
  at__free_options(opts);
  return ret;
}

static int at__read_config_file(cli_train *c) {
  FILE *f = fopen(c->config_path, "rb");
  if (!f) {
    cli_error(CMD, "cannot open the config file %s: %s", c->config_path, strerror(errno));
    return CLI_USAGE;
  }
  /* Read whole, at most 1 MiB (a config is a few KB: /dev/zero would fill
   * the memory); a read error (a directory: EISDIR) is an error, not an
   * empty config as before. */
  enum { CONFIG_MAX = 1 << 20 };
  char *text = NULL;
  size_t len = 0, cap = 0, got;
  char chunk[8192];
  const char *bad = NULL;
  while (!bad && (got = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (len + got > CONFIG_MAX) {
      bad = "larger than 1 MiB, not a config file";
    } else if (len + got + 1 > cap) {
      cap = 2 * (len + got + 1);
      char *p = at_realloc(text, cap);
      if (!p) bad = "out of memory";
      else text = p;
    }
    if (!bad) memcpy(text + len, chunk, got), len += got;
  }
  int e = !bad && ferror(f) ? errno : 0;
  fclose(f);
  if (bad || e) {
    at_free(text);
    cli_error(CMD, "cannot read the config file %s: %s", c->config_path, bad ? bad : strerror(e));
    return CLI_USAGE;
  }
  at_status s = at_yaml_each(text ? text : "", len, c->config_path, at__kv_add, &c->file);
  at_free(text);
  if (s != AT_OK) return cli_usage_error(CMD, "%s", at_last_error());
  return -1;
}

/* Applies pairs in order; a bad key or value is a usage error. */
static int at__apply(cli_train *c, const kv_list *l, const char *where) {
  for (int i = 0; i < l->n; i++) {
    at_status s = at_run_config_set(&c->tc, &c->mc, l->key[i], l->value[i]);
    if (s == AT_OK) continue;
    if (l->line[i]) return cli_usage_error(CMD, "%s:%d: %s", where, l->line[i], at_last_error());
    char name[96];
    return cli_usage_error(CMD, "--%s: %s", at__flag_name(l->key[i], 0, name, sizeof name), at_last_error());
  }
  return -1;
}

/* The model fields that differ between a and b, for the resume message. */
static int at__model_differs(const at_model_config *a, const at_model_config *b, char *which, size_t size) {
  static const char *const keys[] = {
#define MODEL_KEY(kind, name, def, help) #name,
      AT_MODEL_CONFIG_FIELDS(MODEL_KEY)
#undef MODEL_KEY
  };
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
    char x[64], y[64];
    if (at_model_config_get(a, keys[i], x, sizeof x) != AT_OK || at_model_config_get(b, keys[i], y, sizeof y) != AT_OK)
      continue;
    if (strcmp(x, y)) return snprintf(which, size, "%s: %s in the checkpoint, %s asked", keys[i], x, y), 1;
  }
  return 0;
}

/* Where the run directory and the resume/init flags end up (before the base). */
static void at__peek(const cli_train *c, at_train_config *tc) {
  at_model_config mc;
  at_train_config_default(tc);
  at_model_config_default(&mc);
  const kv_list *lists[2] = {&c->file, &c->flags};
  for (int k = 0; k < 2; k++)
    for (int i = 0; i < lists[k]->n; i++) (void)at_run_config_set(tc, &mc, lists[k]->key[i], lists[k]->value[i]);
}

/* The base below the file and the flags: a resumed run's saved config, or the
 * model config of --init-from. */
static int at__load_base(cli_train *c) {
  at_train_config tc;
  at__peek(c, &tc);
  char path[AT_TRAIN_PATH_MAX + 16];
  if (tc.resume[0] && !tc.init_from[0]) {
    snprintf(path, sizeof path, "%s", tc.resume);
    at_status s = at_train_load_run_config(path, &c->tc, &c->mc);
    if (s != AT_OK) return cli_fail_status(CMD, "cannot resume", s);
  } else if (tc.init_from[0]) {
    at_checkpoint ck;
    at_status s = at_checkpoint_load_header(tc.init_from, &ck);
    if (s != AT_OK) return cli_fail_status(CMD, "--init-from", s);
    c->mc = ck.config;
    at_checkpoint_free(&ck);
  }
  return -1;
}

/* 1 when key (with '-' or '_') is name. */
static int at__key_is(const char *key, const char *name) {
  for (; *key && *name; key++, name++)
    if (*key != *name && !(*key == '-' && *name == '_')) return 0;
  return !*key && !*name;
}

/* Where key was set last: 2 a flag, 1 the config file, 0 neither (the default or
 * the resumed run's saved config). */
static int at__layer(const cli_train *c, const char *key) {
  for (int i = 0; i < c->flags.n; i++)
    if (at__key_is(c->flags.key[i], key)) return 2;
  for (int i = 0; i < c->file.n; i++)
    if (at__key_is(c->file.key[i], key)) return 1;
  return 0;
}

/* 1 when the files a and b hold the same bytes, 0 when not, -1 when one cannot be read. */
static int at__same_bytes(const char *a, const char *b) {
  FILE *fa = fopen(a, "rb"), *fb = fopen(b, "rb");
  int same = fa && fb ? 1 : -1;
  while (same == 1) {
    char x[8192], y[8192];
    size_t na = fread(x, 1, sizeof x, fa), nb = fread(y, 1, sizeof y, fb);
    if (na != nb || memcmp(x, y, na)) same = 0;
    else if (na == 0) break;
  }
  if (same == 1 && (ferror(fa) || ferror(fb))) same = -1;
  if (fa) fclose(fa);
  if (fb) fclose(fb);
  return same;
}

/* The vocabulary sizes of trained tokenizers: --vocab-size sets both (a
 * --src-vocab-size/--tgt-vocab-size of another value given at the same level
 * or above is a conflict); --shared-vocab trains one tokenizer, so its size is
 * the one of the two that was given (both given and different: a conflict).
 * Then src_vocab_size == tgt_vocab_size (== vocab_size when set), so the saved
 * config reads back the same. */
static int at__vocab_sizes(cli_train *c) {
  at_train_config *tc = &c->tc;
  int lv = at__layer(c, "vocab_size"), ls = at__layer(c, "src_vocab_size"), lt = at__layer(c, "tgt_vocab_size");
  if (tc->vocab_size > 0) {
    if (ls >= lv && tc->src_vocab_size != tc->vocab_size)
      return cli_usage_error(CMD, "--vocab-size %d and --src-vocab-size %d conflict (--vocab-size sets both sides)",
                             tc->vocab_size, tc->src_vocab_size);
    if (lt >= lv && tc->tgt_vocab_size != tc->vocab_size)
      return cli_usage_error(CMD, "--vocab-size %d and --tgt-vocab-size %d conflict (--vocab-size sets both sides)",
                             tc->vocab_size, tc->tgt_vocab_size);
    tc->src_vocab_size = tc->tgt_vocab_size = tc->vocab_size;
  } else if (tc->shared_vocab && tc->src_vocab_size != tc->tgt_vocab_size) {
    if (ls == lt)
      return cli_usage_error(CMD, "--shared-vocab trains one tokenizer, but --src-vocab-size %d and --tgt-vocab-size %d "
                             "differ; give one size with --vocab-size N", tc->src_vocab_size, tc->tgt_vocab_size);
    if (ls > lt) tc->tgt_vocab_size = tc->src_vocab_size;
    else tc->src_vocab_size = tc->tgt_vocab_size;
  }
  return -1;
}

/* With --resume or --init-from the tokenizers come from the checkpoint, so
 * no tokenizer is trained and the vocabulary sizes are not used: a size given
 * (on the command line or in the config file) that differs from the
 * checkpoint's vocabulary is an error, one that equals it a note. For a
 * resumed run, a config file's value equal to the saved config's is no
 * request (the same config file given again). ck_mc is the
 * checkpoint's model config, base the resumed run's saved training config. */
static int at__vocab_vs_checkpoint(cli_train *c, const at_model_config *ck_mc, const at_train_config *base) {
  const at_train_config *tc = &c->tc;
  const char *from = tc->resume[0] ? tc->resume : tc->init_from;
  const char *how = tc->resume[0] ? "--resume" : "--init-from";
  int lv = at__layer(c, "vocab_size");
  for (int tgt = 0; tgt < 2; tgt++) {
    const char *key = tgt ? "tgt_vocab_size" : "src_vocab_size";
    int layer = at__layer(c, key) > lv ? at__layer(c, key) : lv;
    int asked = tgt ? tc->tgt_vocab_size : tc->src_vocab_size, have = tgt ? ck_mc->tgt_vocab : ck_mc->src_vocab;
    int saved = tgt ? base->tgt_vocab_size : base->src_vocab_size;
    if (layer == 0 || have < 4 || (layer == 1 && tc->resume[0] && asked == saved)) continue;
    const char *flag = at__layer(c, key) >= lv ? (tgt ? "tgt-vocab-size" : "src-vocab-size") : "vocab-size";
    if (asked != have)
      return cli_usage_error(CMD, "--%s %d conflicts with %s %s: its %s tokenizer has %d pieces, and %s uses the "
                             "checkpoint's tokenizers (no tokenizer is trained); drop --%s", flag, asked, how, from,
                             tgt ? "target" : "source", have, how, flag);
    fprintf(stderr, "attend %s: note: --%s %d has no effect with %s: the checkpoint's %s tokenizer (%d pieces) is "
            "used\n", CMD, flag, asked, how, tgt ? "target" : "source", have);
  }
  return -1;
}

static int at__build_config(cli_train *c) {
  at_train_config_default(&c->tc);
  at_model_config_default(&c->mc);
  int ret = c->config_path ? at__read_config_file(c) : -1;
  if (ret < 0) ret = at__load_base(c);
  if (ret >= 0) return ret;
  at_model_config base = c->mc;
  at_train_config base_tc = c->tc;
  int base_shared = c->tc.shared_vocab;
  if ((ret = at__apply(c, &c->file, c->config_path)) >= 0 || (ret = at__apply(c, &c->flags, "")) >= 0) return ret;
  char which[200];
  if (c->tc.resume[0] && at__model_differs(&base, &c->mc, which, sizeof which))
    return cli_usage_error(CMD, "the model cannot change when resuming (%s); use --init-from", which);
  if (c->tc.resume[0] && c->tc.shared_vocab != base_shared)
    return cli_usage_error(CMD, "the tokenizers cannot change when resuming (shared_vocab: %s in the checkpoint, %s "
                           "asked); start a new run", base_shared ? "true" : "false", c->tc.shared_vocab ? "true" : "false");
  if (!c->tc.resume[0] && c->mc.share_embeddings && !c->tc.shared_vocab)
    return cli_usage_error(CMD, "--share-embeddings needs one vocabulary for both sides: add --shared-vocab (which "
                           "trains one tokenizer on both sides' text, or takes one model as --src-spm and --tgt-spm)");
  if (!c->tc.resume[0] && c->tc.shared_vocab && c->tc.src_spm[0] && c->tc.tgt_spm[0] &&
      at__same_bytes(c->tc.src_spm, c->tc.tgt_spm) == 0)
    return cli_usage_error(CMD, "--shared-vocab uses one tokenizer for both sides, but --src-spm %s and --tgt-spm %s "
                           "are different models (give the same model, or neither to train one on both sides)",
                           c->tc.src_spm, c->tc.tgt_spm);
  if ((ret = at__vocab_sizes(c)) >= 0) return ret;
  if ((c->tc.resume[0] || c->tc.init_from[0]) && (ret = at__vocab_vs_checkpoint(c, &base, &base_tc)) >= 0) return ret;
  if (at_train_config_validate(&c->tc) != AT_OK) return cli_usage_error(CMD, "%s", at_last_error());
  at_model_config check = c->mc;
  if (check.src_vocab < 4) check.src_vocab = 8000;
  if (check.tgt_vocab < 4) check.tgt_vocab = 8000;
  if (at_model_config_validate(&check) != AT_OK) return cli_usage_error(CMD, "%s", at_last_error());
  return -1;
}

/* ---- signals ------------------------------------------------------------------------- */

static volatile sig_atomic_t stop_flag = 0;
static int signal_quiet = 0; /* ranks other than 0 of an mpirun job say nothing */

static void at__on_signal(int sig) {
  static const char msg[] = "\nattend train: stopping after this step and writing last.h5 (again to abort)\n";
  if (stop_flag) {
    signal(sig, SIG_DFL);
    raise(sig);
    return;
  }
  stop_flag = 1;
  if (signal_quiet) return;
  ssize_t w = write(STDERR_FILENO, msg, sizeof msg - 1);
  (void)w;
}

static void at__install_signals(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = at__on_signal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
}

/* ---- main -------------------------------------------------------------------------- */

static int at__run(cli_train *c) {
  /* joins an mpirun job (a no-op otherwise; at_train_run would do it too) */
  if (at_dist_init() != AT_OK) return cli_fail_status(CMD, "distributed run", AT_ERR_INTERNAL);
  signal_quiet = at_dist_rank() != 0;
  at__install_signals();
  at_train_io io = {0};
  io.log = stderr;
  io.live = isatty(STDERR_FILENO);
  io.config_out = stdout;
  io.stop = &stop_flag;
  at_train_result res;
  memset(&res, 0, sizeof res);
  at_status s = at_train_run(&c->tc, &c->mc, &io, &res);
  if (s != AT_OK && s != AT_ERR_INTERRUPTED && at_dist_size() > 1) {
    /* one process of an mpirun job failed: the others would wait for it forever */
    char what[96];
    snprintf(what, sizeof what, "training failed on rank %d of %d", at_dist_rank(), at_dist_size());
    int rc = cli_fail_status(CMD, what, s);
    fprintf(stderr, "attend train: rank %d ends the whole job (MPI_Abort)\n", at_dist_rank());
    at_dist_abort(rc);
  }
  if (at_dist_rank() != 0) return s == AT_OK || s == AT_ERR_INTERRUPTED ? CLI_OK : CLI_FAIL; /* rank 0 reports */
  if (s == AT_ERR_INTERRUPTED) {
    fprintf(stderr, "attend train: interrupted at step %lld; continue with --resume %s/last.h5\n",
            (long long)res.steps, c->tc.save_dir);
    return CLI_OK;
  }
  if (s != AT_OK) return cli_fail_status(CMD, "training failed", s);
  if (c->tc.best_metric == AT_BEST_BLEU && res.best_dev_bleu >= 0)
    fprintf(stderr, "attend train: done after %lld steps; best greedy dev BLEU %.2f at step %lld (%s/best.h5)\n",
            (long long)res.steps, res.best_dev_bleu, (long long)res.best_step, c->tc.save_dir);
  else if (res.best_step > 0 || res.best_dev_ppl < 1e300)
    fprintf(stderr, "attend train: done after %lld steps; best dev perplexity %.3f at step %lld (%s/best.h5)\n",
            (long long)res.steps, res.best_dev_ppl, (long long)res.best_step, c->tc.save_dir);
  else
    fprintf(stderr, "attend train: done after %lld steps (%s/last.h5)\n", (long long)res.steps, c->tc.save_dir);
  return CLI_OK;
}

int cmd_train(int argc, char **argv) {
  cli_train c;
  memset(&c, 0, sizeof c);
  int ret = at__parse_argv(argc, argv, &c);
  if (ret < 0) ret = at__build_config(&c);
  if (ret < 0) ret = at__run(&c);
  at__kv_free(&c.flags);
  at__kv_free(&c.file);
  return ret;
}
