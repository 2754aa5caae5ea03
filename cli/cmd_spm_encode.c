/* attend spm-encode: text lines on stdin to ids (or pieces) on stdout. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "tokenizer/tokenizer.h"

static const char *const CMD = "spm-encode";

static void at__usage(FILE *f) {
  fprintf(f,
          "Usage: attend spm-encode --model P.model [--pieces] < text > ids\n"
          "\n"
          "Tokenizes each line of standard input with a SentencePiece model and writes\n"
          "one line per input line: the token ids separated by spaces (no <s> or </s>\n"
          "added), or with --pieces the pieces separated by spaces. An empty line gives\n"
          "an empty line; a '\\r' before the newline is dropped; a line with invalid\n"
          "UTF-8 is reported on stderr with its line number and gives an empty line.\n"
          "\n"
          "Options:\n"
          "  -m, --model FILE   SentencePiece model (.model) made by 'attend spm-train' (required)\n"
          "  -p, --pieces       write pieces (e.g. \xe2\x96\x81the) instead of ids\n"
          "  -h, --help         show this help and exit\n"
          "\n"
          "Exit status: 0 success, 1 failure (some line failed, or the model did not load),\n"
          "2 usage error.\n");
}

typedef struct {
  const at_tokenizer *tok;
  at_ids ids;
  at_buf buf;
} encode_ctx;

static at_status at__encode_ids(void *vctx, const char *line, size_t len, char **out, size_t *out_len) {
  encode_ctx *c = vctx;
  at_status s = at_tokenizer_encode(c->tok, line, len, &c->ids);
  if (s != AT_OK) return s;
  s = at_buf_reserve(&c->buf, (size_t)c->ids.n * 12);
  if (s != AT_OK) return s;
  size_t k = 0;
  for (int i = 0; i < c->ids.n; i++)
    k += (size_t)snprintf(c->buf.data + k, c->buf.cap - k, i ? " %d" : "%d", c->ids.ids[i]);
  c->buf.len = k;
  *out = c->buf.data;
  *out_len = k;
  return AT_OK;
}

static at_status at__encode_pieces(void *vctx, const char *line, size_t len, char **out, size_t *out_len) {
  encode_ctx *c = vctx;
  at_status s = at_tokenizer_encode_pieces(c->tok, line, len, &c->buf);
  *out = c->buf.data;
  *out_len = c->buf.len;
  return s;
}

int cmd_spm_encode(int argc, char **argv) {
  static const struct option opts[] = {
      {"model", required_argument, NULL, 'm'},
      {"pieces", no_argument, NULL, 'p'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  const char *model = NULL;
  int pieces = 0, c;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":m:ph", opts, NULL)) != -1) {
    switch (c) {
      case 'm': model = optarg; break;
      case 'p': pieces = 1; break;
      case 'h': at__usage(stdout); return CLI_OK;
      default: return cli_getopt_error(CMD, c, argv);
    }
  }
  if (optind < argc) return cli_usage_error(CMD, "unexpected argument '%s'", argv[optind]);
  if (!model) return cli_usage_error(CMD, "--model is required");
  encode_ctx ctx = {0};
  at_tokenizer *tok = NULL;
  at_status s = at_tokenizer_load(model, &tok);
  if (s != AT_OK) return cli_fail_status(CMD, "loading the model", s);
  ctx.tok = tok;
  int rc = cli_each_line(CMD, stdin, stdout, pieces ? at__encode_pieces : at__encode_ids, &ctx);
  at_ids_free(&ctx.ids);
  at_buf_free(&ctx.buf);
  at_tokenizer_free(tok);
  return rc;
}
