/* attend info: what a checkpoint holds (format, config, sizes, state). */
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "model/model.h"

static const char *const CMD = "info";

static void at__usage(FILE *f) {
  fprintf(f,
          "Usage: attend info [--params] [--run-config] CKPT.h5\n"
          "\n"
          "Prints what a checkpoint holds: format and version, the toolkit version that\n"
          "wrote it and when, the model config, the parameter count (total and per\n"
          "top-level group), tokenizer sizes, optimizer slots and the training state.\n"
          "Every array is read, so a damaged file is reported. The format is described\n"
          "in docs/checkpoint-format.md.\n"
          "\n"
          "Options:\n"
          "  -p, --params       also list every parameter with its shape\n"
          "  -r, --run-config   also print the stored training config (YAML)\n"
          "  -h, --help         show this help and exit\n"
          "\n"
          "Exit status: 0 success, 1 unreadable or invalid checkpoint, 2 usage error.\n");
}

#define INFO__NAME(kind, name, def, help) #name,
static const char *const at__config_keys[] = {AT_MODEL_CONFIG_FIELDS(INFO__NAME)};
#undef INFO__NAME

static void at__print_config(const at_model_config *cfg) {
  char buf[64];
  printf("model config:\n");
  for (size_t i = 0; i < sizeof at__config_keys / sizeof at__config_keys[0]; i++) {
    if (at_model_config_get(cfg, at__config_keys[i], buf, sizeof buf) != AT_OK) snprintf(buf, sizeof buf, "?");
    printf("  %s: %s\n", at__config_keys[i], buf);
  }
}

/* Length of the top-level group of a parameter name ("encoder/l0/W" -> 7). */
static size_t at__top_len(const char *name) {
  const char *slash = strchr(name, '/');
  return slash ? (size_t)(slash - name) : strlen(name);
}

/* Total and per top-level group, groups in order of first appearance. */
static void at__print_param_counts(const at_params *p) {
  printf("parameters: %zu in %d arrays\n", p->total, p->count);
  for (int i = 0; i < p->count; i++) {
    const char *name = p->info[i].name;
    size_t n = at__top_len(name), sum = 0;
    int seen = 0;
    for (int j = 0; j < i && !seen; j++) seen = at__top_len(p->info[j].name) == n && !strncmp(p->info[j].name, name, n);
    if (seen) continue;
    for (int j = i; j < p->count; j++)
      if (at__top_len(p->info[j].name) == n && !strncmp(p->info[j].name, name, n)) sum += p->info[j].size;
    printf("  %.*s: %zu\n", (int)n, name, sum);
  }
}

static void at__print_param_list(const at_params *p) {
  printf("parameter list:\n");
  for (int i = 0; i < p->count; i++) {
    const at_param_info *pi = &p->info[i];
    if (pi->ndim == 1) printf("  %s (%d)\n", pi->name, pi->shape[0]);
    else printf("  %s (%d, %d)\n", pi->name, pi->shape[0], pi->shape[1]);
  }
}

/* Shortest of %.15g / %.17g that reads back as the same double. */
static void at__print_double(const char *name, double x) {
  char buf[40];
  snprintf(buf, sizeof buf, "%.15g", x);
  if (strtod(buf, NULL) != x) snprintf(buf, sizeof buf, "%.17g", x);
  printf("  %s: %s\n", name, buf);
}

static void at__print_state(const at_checkpoint *ck) {
  printf("optimizer slots:");
  for (int k = 0; k < ck->n_slots; k++) printf(" %s", ck->slot_names[k]);
  printf("%s\n", ck->n_slots ? "" : " none");
  printf("training state:%s\n", ck->n_state ? "" : " none");
  for (int i = 0; i < ck->n_state; i++) {
    const at_ckpt_value *v = &ck->state[i];
    if (v->type == AT_CKPT_I64) printf("  %s: %" PRId64 "\n", v->name, v->v.i);
    else if (v->type == AT_CKPT_U64) printf("  %s: %" PRIu64 "\n", v->name, v->v.u);
    else at__print_double(v->name, v->v.f);
  }
}

static void at__print_info(const char *path, const at_checkpoint *ck, int list, int run_config) {
  printf("file: %s\n", path);
  printf("format: %s version %d\n", AT_CHECKPOINT_FORMAT, ck->format_version);
  printf("toolkit: attend %s\n", ck->toolkit_version[0] ? ck->toolkit_version : "?");
  printf("created: %s\n", ck->created[0] ? ck->created : "?");
  at__print_config(&ck->config);
  at__print_param_counts(ck->params);
  if (ck->quant) {
    int n = 0;
    for (int i = 0; i < ck->quant->count; i++) n += ck->quant->q[i] != NULL;
    printf("int8: %d of %d arrays (per-row scales; %zu bytes of int8 values and scales)\n", n, ck->params->count,
           at_qparams_bytes(ck->quant, ck->params));
  }
  if (list) at__print_param_list(ck->params);
  printf("tokenizers: src %zu bytes, tgt %zu bytes\n", ck->spm_src_size, ck->spm_tgt_size);
  at__print_state(ck);
  size_t lines = 0;
  for (const char *c = ck->run_config; c && *c; c++) lines += *c == '\n';
  printf("run config: %zu lines%s\n", lines, run_config || !lines ? "" : " (show with --run-config)");
  if (run_config && ck->run_config) fputs(ck->run_config, stdout);
}

int cmd_info(int argc, char **argv) {
  static const struct option opts[] = {
      {"params", no_argument, NULL, 'p'},
      {"run-config", no_argument, NULL, 'r'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  int list = 0, run_config = 0, c;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":prh", opts, NULL)) != -1) {
    switch (c) {
      case 'p': list = 1; break;
      case 'r': run_config = 1; break;
      case 'h': at__usage(stdout); return CLI_OK;
      default:
        if (optopt) return cli_usage_error(CMD, "unknown option '-%c'", optopt);
        return cli_usage_error(CMD, "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (optind != argc - 1) return cli_usage_error(CMD, "expected one checkpoint file");
  const char *path = argv[optind];
  at_checkpoint ck;
  at_status s = at_checkpoint_load(path, &ck);
  if (s != AT_OK) return cli_fail_status(CMD, "cannot read checkpoint", s);
  at__print_info(path, &ck, list, run_config);
  /* printed first (what is there), then the verdict: NaN or Inf weights fail */
  s = ck.params ? at_params_check_finite(ck.params, path) : AT_OK;
  at_checkpoint_free(&ck);
  if (s != AT_OK) return cli_fail_status(CMD, "unusable checkpoint", s);
  return fflush(stdout) == 0 ? CLI_OK : CLI_FAIL;
}
