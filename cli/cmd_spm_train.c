/* attend spm-train: train a SentencePiece model on text files. */
#define _POSIX_C_SOURCE 200809L
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "tokenizer/tokenizer.h"

static const char *const CMD = "spm-train";

static void at__usage(FILE *f) {
  fprintf(f,
          "Usage: attend spm-train --input FILE[,FILE...] --model-prefix P --vocab-size N [options]\n"
          "\n"
          "Trains a SentencePiece tokenizer model on text files (one sentence a line) and\n"
          "writes P.model and P.vocab. Special ids are fixed: <pad> 0, <unk> 1, <s> 2,\n"
          "</s> 3. The same inputs, options, seed and threads give the same P.model.\n"
          "\n"
          "Options:\n"
          "  -i, --input FILE[,FILE...]    training text; may be repeated (required). Each\n"
          "                                must be a regular file of UTF-8 text: an empty,\n"
          "                                blank or binary file (a NUL byte, mostly invalid\n"
          "                                UTF-8 in its first MiB) is refused, naming it\n"
          "  -o, --model-prefix P          output prefix: writes P.model and P.vocab (required)\n"
          "  -v, --vocab-size N            vocabulary size, 5..10000000, special pieces included\n"
          "                                (required); fails, saying how many pieces the data\n"
          "                                can make, when it cannot fill it, unless\n"
          "                                --soft-vocab-limit\n"
          "  -t, --type unigram|bpe        model type (default: unigram)\n"
          "  -c, --character-coverage F    share of characters covered, in (0, 1] (default: 1.0)\n"
          "  -n, --input-sentence-size N   train on a sample of N lines (N > 100); 0 = all lines\n"
          "                                (default: 0)\n"
          "  -s, --seed N                  SentencePiece's random seed, 0..4294967294 (default: 1);\n"
          "                                SentencePiece 0.1.97 samples lines with its own fixed\n"
          "                                seed, so its models do not vary with this\n"
          "  -j, --threads N               training threads (default: 1); the unigram model\n"
          "                                may differ with the number of threads\n"
          "      --soft-vocab-limit        treat --vocab-size as a maximum, not a demand\n"
          "      --verbose                 show SentencePiece's progress log on stderr\n"
          "  -h, --help                    show this help and exit\n"
          "\n"
          "Exit status: 0 success, 1 failure, 2 usage error.\n");
}

typedef struct {
  char **names; /* (n,) malloc'd copies */
  int n, cap;
} name_list;

static void at__names_free(name_list *l) {
  for (int i = 0; i < l->n; i++) at_free(l->names[i]);
  at_free(l->names);
}

/* Appends each comma-separated name of arg; returns non-zero on failure. */
static int at__names_add(name_list *l, const char *arg) {
  const char *p = arg;
  for (;;) {
    const char *comma = strchr(p, ',');
    size_t n = comma ? (size_t)(comma - p) : strlen(p);
    if (n) {
      if (l->n == l->cap) {
        int cap = l->cap ? 2 * l->cap : 8;
        char **q = at_realloc(l->names, (size_t)cap * sizeof *q);
        if (!q) return -1;
        l->names = q;
        l->cap = cap;
      }
      char *s = at_strndup(p, n);
      if (!s) return -1;
      l->names[l->n++] = s;
    }
    if (!comma) return 0;
    p = comma + 1;
  }
}

enum { OPT_SOFT = 256, OPT_VERBOSE };

/* Parses argv into o and inputs; returns -1 to go on, else an exit status. */
static int at__parse_args(int argc, char **argv, at_spm_train_options *o, name_list *inputs) {
  static const struct option opts[] = {
      {"input", required_argument, NULL, 'i'},
      {"model-prefix", required_argument, NULL, 'o'},
      {"vocab-size", required_argument, NULL, 'v'},
      {"type", required_argument, NULL, 't'},
      {"character-coverage", required_argument, NULL, 'c'},
      {"input-sentence-size", required_argument, NULL, 'n'},
      {"seed", required_argument, NULL, 's'},
      {"threads", required_argument, NULL, 'j'},
      {"soft-vocab-limit", no_argument, NULL, OPT_SOFT},
      {"verbose", no_argument, NULL, OPT_VERBOSE},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  long v;
  double d;
  int c;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":i:o:v:t:c:n:s:j:h", opts, NULL)) != -1) {
    switch (c) {
      case 'i':
        if (at__names_add(inputs, optarg)) { cli_error(CMD, "out of memory"); return CLI_FAIL; }
        break;
      case 'o': o->model_prefix = optarg; break;
      case 'v':
        if (cli_parse_int(CMD, "vocab-size", optarg, 5, AT_SPM_VOCAB_MAX, &v)) return CLI_USAGE;
        o->vocab_size = (int)v;
        break;
      case 't':
        if (!strcmp(optarg, "unigram")) o->model_type = AT_SPM_UNIGRAM;
        else if (!strcmp(optarg, "bpe")) o->model_type = AT_SPM_BPE;
        else return cli_usage_error(CMD, "--type: expected unigram or bpe, got '%s'", optarg);
        break;
      case 'c':
        if (cli_parse_float(CMD, "character-coverage", optarg, 1e-6, 1.0, &d)) return CLI_USAGE;
        o->character_coverage = (float)d;
        break;
      case 'n':
        if (cli_parse_int(CMD, "input-sentence-size", optarg, 0, 2147483647L, &v)) return CLI_USAGE;
        if (v > 0 && v <= 100) return cli_usage_error(CMD, "--input-sentence-size: must be 0 (all) or more than 100");
        o->input_sentence_size = (int)v;
        break;
      case 's':
        if (cli_parse_int(CMD, "seed", optarg, 0, 4294967294L, &v)) return CLI_USAGE;
        o->seed = (uint32_t)v;
        break;
      case 'j':
        if (cli_parse_int(CMD, "threads", optarg, 1, 1024, &v)) return CLI_USAGE;
        o->num_threads = (int)v;
        break;
      case OPT_SOFT: o->soft_vocab_limit = 1; break;
      case OPT_VERBOSE: o->verbose = 1; break;
      case 'h': at__usage(stdout); return CLI_OK;
      default: return cli_getopt_error(CMD, c, argv);
    }
  }
  if (optind < argc) return cli_usage_error(CMD, "unexpected argument '%s'", argv[optind]);
  if (!inputs->n) return cli_usage_error(CMD, "--input is required");
  if (!o->model_prefix) return cli_usage_error(CMD, "--model-prefix is required");
  if (!o->vocab_size) return cli_usage_error(CMD, "--vocab-size is required");
  return -1;
}

int cmd_spm_train(int argc, char **argv) {
  at_spm_train_options o;
  at_spm_train_options_default(&o);
  name_list inputs = {0};
  int rc = at__parse_args(argc, argv, &o, &inputs);
  if (rc < 0) {
    o.inputs = (const char *const *)inputs.names;
    o.n_inputs = inputs.n;
    at_status s = at_spm_train(&o);
    if (s != AT_OK) rc = cli_fail_status(CMD, "training failed", s);
    else {
      fprintf(stderr, "attend %s: wrote %s.model and %s.vocab\n", CMD, o.model_prefix, o.model_prefix);
      rc = CLI_OK;
    }
  }
  at__names_free(&inputs);
  return rc;
}
