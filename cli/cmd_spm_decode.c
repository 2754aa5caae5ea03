/* attend spm-decode: id lines on stdin back to text on stdout. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "tokenizer/tokenizer.h"

static const char *const CMD = "spm-decode";

static void at__usage(FILE *f) {
  fprintf(f,
          "Usage: attend spm-decode --model P.model < ids > text\n"
          "\n"
          "Turns each line of token ids (integers separated by spaces or tabs) on standard\n"
          "input back into text, one output line per input line. <pad>, <s> and </s> (ids\n"
          "0, 2, 3) are skipped; <unk> (1) becomes \" \xe2\x81\x87 \". An empty line gives an empty line. A\n"
          "line with something that is not an id of the model is reported on stderr with\n"
          "its line number and gives an empty line.\n"
          "\n"
          "Options:\n"
          "  -m, --model FILE   SentencePiece model (.model) the ids were made with (required)\n"
          "  -h, --help         show this help and exit\n"
          "\n"
          "Exit status: 0 success, 1 failure (some line failed, or the model did not load),\n"
          "2 usage error.\n");
}

typedef struct {
  const at_tokenizer *tok;
  at_ids ids;
  at_buf buf;
} decode_ctx;

static int at__is_blank(char ch) { return ch == ' ' || ch == '\t'; }

/* Parses the integers of line[0..len) into ids. */
static at_status at__parse_ids(const char *line, size_t len, at_ids *ids) {
  ids->n = 0;
  size_t i = 0;
  while (i < len) {
    if (at__is_blank(line[i])) { i++; continue; }
    size_t start = i;
    while (i < len && !at__is_blank(line[i])) i++;
    char tok[32];
    size_t n = i - start;
    if (n >= sizeof tok) n = sizeof tok - 1;
    memcpy(tok, line + start, n);
    tok[n] = '\0';
    char *end = NULL;
    errno = 0;
    long v = strtol(tok, &end, 10);
    if (errno || end == tok || *end || i - start >= sizeof tok || v < 0 || v > INT_MAX)
      return at_fail(AT_ERR_FORMAT, "'%s' at byte offset %zu is not a token id", tok, start);
    at_status s = at_ids_reserve(ids, ids->n + 1);
    if (s != AT_OK) return s;
    ids->ids[ids->n++] = (int)v;
  }
  return AT_OK;
}

static at_status at__decode_line(void *vctx, const char *line, size_t len, char **out, size_t *out_len) {
  decode_ctx *c = vctx;
  at_status s = at__parse_ids(line, len, &c->ids);
  if (s != AT_OK) return s;
  s = at_tokenizer_decode(c->tok, c->ids.ids, c->ids.n, &c->buf);
  *out = c->buf.data;
  *out_len = c->buf.len;
  return s;
}

int cmd_spm_decode(int argc, char **argv) {
  static const struct option opts[] = {
      {"model", required_argument, NULL, 'm'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  const char *model = NULL;
  int c;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":m:h", opts, NULL)) != -1) {
    switch (c) {
      case 'm': model = optarg; break;
      case 'h': at__usage(stdout); return CLI_OK;
      default: return cli_getopt_error(CMD, c, argv);
    }
  }
  if (optind < argc) return cli_usage_error(CMD, "unexpected argument '%s'", argv[optind]);
  if (!model) return cli_usage_error(CMD, "--model is required");
  at_tokenizer *tok = NULL;
  at_status s = at_tokenizer_load(model, &tok);
  if (s != AT_OK) return cli_fail_status(CMD, "loading the model", s);
  decode_ctx ctx = {.tok = tok};
  int rc = cli_each_line(CMD, stdin, stdout, at__decode_line, &ctx);
  at_ids_free(&ctx.ids);
  at_buf_free(&ctx.buf);
  at_tokenizer_free(tok);
  return rc;
}
