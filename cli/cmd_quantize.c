/* attend quantize: an int8 checkpoint for decoding. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "model/model.h"

static const char *const CMD = "quantize";

static void at__usage(FILE *f) {
  fprintf(f,
          "Usage: attend quantize -m MODEL.h5 -o OUT.h5\n"
          "\n"
          "Writes an int8 copy of a checkpoint for translation: every weight matrix and\n"
          "embedding is stored as int8 with one float scale per row (max |w| / 127),\n"
          "biases and layer-norm gains stay float32. 'attend translate -m OUT.h5' then\n"
          "multiplies in int8 on the CPU's widest integer kernels (AVX-512 VNNI, AVX2 or\n"
          "portable C, chosen at run time) and gives the same translations as\n"
          "'attend translate --int8 -m MODEL.h5'. OUT keeps MODEL's configs, tokenizers and\n"
          "training state but no optimizer state: it cannot resume training. It is a\n"
          "checkpoint of format_version 3, which attend before 0.3 refuses. OUT is\n"
          "written atomically.\n"
          "\n"
          "Options:\n"
          "  -m, --model FILE    float32 checkpoint to quantise (required)\n"
          "  -o, --output FILE   checkpoint to write (required)\n"
          "  -h, --help          show this help and exit\n"
          "\n"
          "Exit status: 0 success, 1 unreadable input or write failure, 2 usage error.\n");
}

static long long at__file_size(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 ? (long long)st.st_size : -1;
}

static int at__quantize(const char *in, const char *out) {
  at_checkpoint ck;
  at_status s = at_checkpoint_load(in, &ck);
  if (s != AT_OK) return cli_fail_status(CMD, "cannot read checkpoint", s);
  int rc = CLI_OK;
  if (ck.quant) {
    cli_error(CMD, "%s is already an int8 checkpoint", in);
    rc = CLI_FAIL;
  }
  if (rc == CLI_OK && (s = at_params_check_finite(ck.params, in)) != AT_OK)
    rc = cli_fail_status(CMD, "cannot quantise", s);
  at_qparams *q = rc == CLI_OK ? at_calloc(1, sizeof *q) : NULL;
  if (rc == CLI_OK && !q) rc = (cli_error(CMD, "out of memory"), CLI_FAIL);
  if (rc == CLI_OK && (s = at_qparams_quantize(ck.params, q)) != AT_OK) rc = cli_fail_status(CMD, "cannot quantise", s);
  if (q) ck.quant = q; /* at_checkpoint_free releases it */
  if (rc == CLI_OK) {
    for (int k = 0; k < AT_CKPT_MAX_SLOTS; k++) at_free(ck.slots[k]), ck.slots[k] = NULL;
    ck.n_slots = 0;
    int nq = 0;
    for (int i = 0; i < q->count; i++) nq += q->q[i] != NULL;
    if ((s = at_checkpoint_save(out, &ck)) != AT_OK) rc = cli_fail_status(CMD, "cannot write the int8 checkpoint", s);
    else
      fprintf(stderr, "attend %s: wrote %s: %d of %d parameters in int8 (%.1f MB of int8 values and scales); %lld bytes, "
              "%s has %lld\n", CMD, out, nq, ck.params->count, at_qparams_bytes(q, ck.params) / 1e6, at__file_size(out),
              in, at__file_size(in));
  }
  at_checkpoint_free(&ck);
  return rc;
}

int cmd_quantize(int argc, char **argv) {
  static const struct option opts[] = {
      {"model", required_argument, NULL, 'm'},
      {"output", required_argument, NULL, 'o'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  const char *in = NULL, *out = NULL;
  int c;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":m:o:h", opts, NULL)) != -1) {
    switch (c) {
      case 'm': in = optarg; break;
      case 'o': out = optarg; break;
      case 'h': at__usage(stdout); return CLI_OK;
      default: return cli_getopt_error(CMD, c, argv);
    }
  }
  if (optind < argc) return cli_usage_error(CMD, "unexpected argument '%s'", argv[optind]);
  if (!in) return cli_usage_error(CMD, "--model is required");
  if (!out) return cli_usage_error(CMD, "--output is required");
  return at__quantize(in, out);
}
