/* attend average: element-wise mean of the parameters of checkpoints. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "model/model.h"

static const char *const CMD = "average";

static void at__usage(FILE *f) {
  fprintf(f,
          "Usage: attend average A.h5 B.h5 [...] -o OUT.h5\n"
          "\n"
          "Writes the element-wise mean of the parameters of the given checkpoints\n"
          "(e.g. the last few of a training run). All of them must have the same model\n"
          "config, the same tokenizers (byte for byte) and the same parameter names and\n"
          "shapes. OUT keeps the first file's\n"
          "config, training config and tokenizers, and no optimizer state; its training\n"
          "state only records averaged_from = the number of inputs. OUT is written\n"
          "atomically, so it may be one of the inputs.\n"
          "\n"
          "Options:\n"
          "  -o, --output FILE   checkpoint to write (required)\n"
          "  -h, --help          show this help and exit\n"
          "\n"
          "Exit status: 0 success, 1 unreadable or mismatching inputs or write failure,\n"
          "2 usage error.\n");
}

#define AVG__NAME(kind, name, def, help) #name,
static const char *const at__config_keys[] = {AT_MODEL_CONFIG_FIELDS(AVG__NAME)};
#undef AVG__NAME

/* 0 when a and b agree on every model config field, else prints which. */
static int at__config_differs(const char *first, const at_model_config *a, const char *path, const at_model_config *b) {
  char x[64], y[64];
  for (size_t i = 0; i < sizeof at__config_keys / sizeof at__config_keys[0]; i++) {
    if (at_model_config_get(a, at__config_keys[i], x, sizeof x) != AT_OK ||
        at_model_config_get(b, at__config_keys[i], y, sizeof y) != AT_OK || strcmp(x, y) != 0) {
      cli_error(CMD, "%s: model config %s is %s, but %s in %s", path, at__config_keys[i], y, x, first);
      return 1;
    }
  }
  return 0;
}

/* 0 when b holds the same tokenizers as a (the same bytes, or both none),
 * else prints which side differs: parameters trained with one tokenizer mean
 * nothing with another of the same size. */
static int at__tokenizers_differ(const char *first, const at_checkpoint *a, const char *path, const at_checkpoint *b) {
  static const char *const side[2] = {"source", "target"};
  for (int k = 0; k < 2; k++) {
    const void *x = k ? a->spm_tgt : a->spm_src, *y = k ? b->spm_tgt : b->spm_src;
    size_t nx = k ? a->spm_tgt_size : a->spm_src_size, ny = k ? b->spm_tgt_size : b->spm_src_size;
    if (!x != !y || nx != ny || (nx && memcmp(x, y, nx))) {
      cli_error(CMD, "%s: the %s tokenizer differs from the one of %s (%zu bytes, %zu in %s): the parameters of "
                "checkpoints with other tokenizers cannot be averaged", path, side[k], first, ny, nx, first);
      return 1;
    }
  }
  return 0;
}

/* A copy of p's layout (names and shapes), allocated. */
static at_status at__layout_copy(const at_params *p, at_params *out) {
  at_params_init(out);
  at_status s = AT_OK;
  for (int i = 0; i < p->count && s == AT_OK; i++)
    s = at_params_add(out, p->info[i].name, p->info[i].ndim, p->info[i].shape[0], p->info[i].shape[1], NULL);
  return s == AT_OK ? at_params_alloc(out) : s;
}

/* Adds the parameters of `path` (checked against first's config and layout) to acc. */
static int at__accumulate(const at_checkpoint *first, const char *first_path, const char *path, double *acc) {
  at_checkpoint h;
  at_status s = at_checkpoint_load_header(path, &h);
  if (s != AT_OK) return cli_fail_status(CMD, "cannot read checkpoint", s);
  int bad = at__config_differs(first_path, &first->config, path, &h.config) ||
            at__tokenizers_differ(first_path, first, path, &h);
  at_checkpoint_free(&h);
  if (bad) return CLI_FAIL;
  at_params p;
  s = at__layout_copy(first->params, &p);
  if (s == AT_OK) s = at_checkpoint_load_params(path, &p);
  if (s == AT_OK)
    for (size_t i = 0; i < p.total; i++) acc[i] += p.data[i];
  at_params_free(&p);
  if (s != AT_OK) return cli_fail_status(CMD, "parameters do not match the first checkpoint", s);
  return CLI_OK;
}

/* Averages inputs[0..n) into out. */
static int at__average(char **inputs, int n, const char *out) {
  at_checkpoint ck;
  at_status s = at_checkpoint_load(inputs[0], &ck);
  if (s != AT_OK) return cli_fail_status(CMD, "cannot read checkpoint", s);
  at_params *p = ck.params;
  double *acc = at_calloc(p->total ? p->total : 1, sizeof *acc); /* (total) */
  int rc = acc ? CLI_OK : (cli_error(CMD, "out of memory (%zu parameters)", p->total), CLI_FAIL);
  for (size_t i = 0; acc && i < p->total; i++) acc[i] = p->data[i];
  for (int k = 1; k < n && rc == CLI_OK; k++) rc = at__accumulate(&ck, inputs[0], inputs[k], acc);
  if (rc == CLI_OK) {
    for (size_t i = 0; i < p->total; i++) p->data[i] = (float)(acc[i] / n);
    for (int k = 0; k < AT_CKPT_MAX_SLOTS; k++) at_free(ck.slots[k]), ck.slots[k] = NULL;
    ck.n_slots = 0;
    ck.n_state = 0;
    at_qparams_free(ck.quant); /* the mean is float32, even of int8 inputs */
    at_free(ck.quant);
    ck.quant = NULL;
    s = at_checkpoint_set_i64(&ck, "averaged_from", n);
    if (s == AT_OK) s = at_checkpoint_save(out, &ck);
    if (s != AT_OK) rc = cli_fail_status(CMD, "cannot write the average", s);
    else fprintf(stderr, "attend %s: wrote the mean of %d checkpoints to %s\n", CMD, n, out);
  }
  at_free(acc);
  at_checkpoint_free(&ck);
  return rc;
}

int cmd_average(int argc, char **argv) {
  static const struct option opts[] = {
      {"output", required_argument, NULL, 'o'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  const char *out = NULL;
  int c;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
    switch (c) {
      case 'o': out = optarg; break;
      case 'h': at__usage(stdout); return CLI_OK;
      default: return cli_getopt_error(CMD, c, argv);
    }
  }
  if (!out) return cli_usage_error(CMD, "--output is required");
  if (optind >= argc) return cli_usage_error(CMD, "expected at least one checkpoint to average");
  return at__average(argv + optind, argc - optind, out);
}
