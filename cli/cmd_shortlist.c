/* attend shortlist: build a vocabulary shortlist for faster decoding. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "decoder/decoder.h"
#include "model/model.h"
#include "tokenizer/tokenizer.h"
#include "train/train.h"

static const char *const CMD = "shortlist";

static void at__usage(FILE *f) {
  fprintf(f,
          "Usage: attend shortlist --model CKPT.h5 --src FILE --tgt FILE -o SHORTLIST [options]\n"
          "\n"
          "Builds a vocabulary shortlist for 'attend translate --shortlist': for every\n"
          "source piece, the target pieces that co-occur with it most in the parallel\n"
          "corpus (Dice coefficient over sentence pairs), and the corpus's most frequent\n"
          "target pieces. Translating with it, each sentence's output layer covers only\n"
          "the frequent pieces and those of its own source pieces (Marian's lexical\n"
          "shortlist): a faster output layer, at a small cost in BLEU (measure it: the\n"
          "numbers in docs/performance.md). The corpus is tokenized with the\n"
          "checkpoint's tokenizers (usually its training data), and the shortlist is tied\n"
          "to them: translate refuses it with a checkpoint whose tokenizers differ.\n"
          "\n"
          "Options:\n"
          "  -m, --model FILE     checkpoint whose tokenizers to use (required)\n"
          "      --src FILE       source side of the corpus (required)\n"
          "      --tgt FILE       target side, line-aligned with --src (required)\n"
          "  -o, --output FILE    shortlist to write (text; written atomically) (required)\n"
          "  -k, --top-k N        target pieces kept per source piece (default 100)\n"
          "  -f, --frequent N     most frequent target pieces kept (default 1000)\n"
          "      --max-len N      skip pairs with a side longer than N pieces (default 0: none)\n"
          "  -t, --threads N      threads (default: all cores)\n"
          "  -h, --help           show this help and exit\n"
          "\n"
          "translate can use fewer of them: --shortlist-k and --shortlist-frequent.\n"
          "\n"
          "Exit status: 0 success, 1 unreadable input or write failure, 2 usage error.\n");
}

typedef struct at__opts {
  const char *model, *src, *tgt, *out;
  long top_k, frequent, max_len, threads;
} at__opts;

static int at__build(const at__opts *o) {
  at_checkpoint ck;
  at_checkpoint_init(&ck);
  at_tokenizer *st = NULL, *tt = NULL;
  at_corpus c;
  memset(&c, 0, sizeof c);
  const int **src = NULL, **tgt = NULL;
  at_shortlist *sl = NULL;
  int rc = CLI_OK;
  at_status s = at_checkpoint_load_header(o->model, &ck);
  if (s == AT_OK && (!ck.spm_src || !ck.spm_tgt))
    s = at_fail(AT_ERR_CHECKPOINT, "%s: no tokenizer models stored", o->model);
  if (s == AT_OK) s = at_tokenizer_load_bytes(ck.spm_src, ck.spm_src_size, &st);
  if (s == AT_OK) s = at_tokenizer_load_bytes(ck.spm_tgt, ck.spm_tgt_size, &tt);
  if (s != AT_OK) {
    rc = cli_fail_status(CMD, "cannot read the checkpoint", s);
    goto out;
  }
  if (at_tokenizer_vocab_size(st) != ck.config.src_vocab || at_tokenizer_vocab_size(tt) != ck.config.tgt_vocab) {
    cli_error(CMD, "%s: tokenizers of %d/%d pieces, the model has %d/%d", o->model, at_tokenizer_vocab_size(st),
              at_tokenizer_vocab_size(tt), ck.config.src_vocab, ck.config.tgt_vocab);
    rc = CLI_FAIL;
    goto out;
  }
  double t0 = at_now();
  at_corpus_stats stats;
  s = at_corpus_load(o->src, o->tgt, st, tt, (int)o->max_len, &c, &stats);
  if (s != AT_OK) {
    rc = cli_fail_status(CMD, "cannot read the corpus", s);
    goto out;
  }
  if (c.n == 0) {
    cli_error(CMD, "%s / %s: no usable sentence pairs", o->src, o->tgt);
    rc = CLI_FAIL;
    goto out;
  }
  src = at_malloc((size_t)c.n * sizeof *src);
  tgt = at_malloc((size_t)c.n * sizeof *tgt);
  if (!src || !tgt) {
    cli_error(CMD, "out of memory for %d pairs", c.n);
    rc = CLI_FAIL;
    goto out;
  }
  for (int p = 0; p < c.n; p++) src[p] = c.ids + c.off[p], tgt[p] = src[p] + c.src_len[p];
  at_shortlist_corpus in = {c.n, src, c.src_len, tgt, c.tgt_len, ck.config.src_vocab, ck.config.tgt_vocab,
                            at_fnv1a64(ck.spm_src, ck.spm_src_size), at_fnv1a64(ck.spm_tgt, ck.spm_tgt_size)};
  fprintf(stderr, "attend %s: %d sentence pairs tokenized in %.1f s; counting co-occurrences\n", CMD, c.n,
          at_now() - t0);
  int frequent = o->frequent > ck.config.tgt_vocab ? ck.config.tgt_vocab : (int)o->frequent;
  s = at_shortlist_build(&in, (int)o->top_k, frequent, &sl);
  if (s == AT_OK) s = at_shortlist_save(sl, o->out);
  if (s != AT_OK) {
    rc = cli_fail_status(CMD, "cannot build the shortlist", s);
    goto out;
  }
  fprintf(stderr, "attend %s: wrote %s: %d frequent pieces, up to %d per source piece (%d source pieces) in %.1f s\n",
          CMD, o->out, at_shortlist_frequent(sl), at_shortlist_top_k(sl), at_shortlist_src_vocab(sl), at_now() - t0);
out:
  at_shortlist_free(sl);
  at_free(src), at_free(tgt);
  at_corpus_free(&c);
  at_tokenizer_free(st), at_tokenizer_free(tt);
  at_checkpoint_free(&ck);
  return rc;
}

int cmd_shortlist(int argc, char **argv) {
  enum { OPT_SRC = 256, OPT_TGT, OPT_MAX_LEN };
  static const struct option opts[] = {
      {"model", required_argument, NULL, 'm'},   {"src", required_argument, NULL, OPT_SRC},
      {"tgt", required_argument, NULL, OPT_TGT}, {"output", required_argument, NULL, 'o'},
      {"top-k", required_argument, NULL, 'k'},   {"frequent", required_argument, NULL, 'f'},
      {"max-len", required_argument, NULL, OPT_MAX_LEN}, {"threads", required_argument, NULL, 't'},
      {"help", no_argument, NULL, 'h'},          {NULL, 0, NULL, 0},
  };
  at__opts o = {NULL, NULL, NULL, NULL, 100, 1000, 0, 0};
  int c;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":m:o:k:f:t:h", opts, NULL)) != -1) {
    switch (c) {
      case 'm': o.model = optarg; break;
      case OPT_SRC: o.src = optarg; break;
      case OPT_TGT: o.tgt = optarg; break;
      case 'o': o.out = optarg; break;
      case 'k':
        if (cli_parse_int(CMD, "top-k", optarg, 1, 100000, &o.top_k)) return CLI_USAGE;
        break;
      case 'f':
        if (cli_parse_int(CMD, "frequent", optarg, 0, 1 << 24, &o.frequent)) return CLI_USAGE;
        break;
      case OPT_MAX_LEN:
        if (cli_parse_int(CMD, "max-len", optarg, 0, 1 << 30, &o.max_len)) return CLI_USAGE;
        break;
      case 't':
        if (cli_parse_int(CMD, "threads", optarg, 0, 1024, &o.threads)) return CLI_USAGE;
        break;
      case 'h': at__usage(stdout); return CLI_OK;
      default: return cli_getopt_error(CMD, c, argv);
    }
  }
  if (optind < argc) return cli_usage_error(CMD, "unexpected argument '%s'", argv[optind]);
  if (!o.model || !o.src || !o.tgt || !o.out) return cli_usage_error(CMD, "--model, --src, --tgt and -o are required");
  at_set_threads((int)o.threads);
  return at__build(&o);
}
