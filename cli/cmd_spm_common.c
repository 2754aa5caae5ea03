/* The line loop shared by spm-encode and spm-decode (see cli/cli.h). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

/* Writes one output line; returns 0 on success. */
static int at__write_line(FILE *out, const char *s, size_t n) {
  if (n && fwrite(s, 1, n, out) != n) return -1;
  return putc('\n', out) == EOF ? -1 : 0;
}

int cli_each_line(const char *cmd, FILE *in, FILE *out, cli_line_fn fn, void *ctx) {
  char *line = NULL; /* (cap,) */
  size_t cap = 0;
  long lineno = 0;
  int failed = 0, io_error = 0;
  ssize_t got;
  errno = 0;
  while ((got = getline(&line, &cap, in)) >= 0) {
    size_t len = (size_t)got;
    lineno++;
    if (len && line[len - 1] == '\n') len--;
    if (len && line[len - 1] == '\r') len--;
    char *res = NULL;
    size_t res_len = 0;
    at_status s = fn(ctx, line, len, &res, &res_len);
    if (s != AT_OK) {
      cli_error(cmd, "line %ld: %s", lineno, *at_last_error() ? at_last_error() : at_status_str(s));
      failed = 1;
      res_len = 0;
    }
    if (at__write_line(out, res, res_len)) {
      cli_error(cmd, "writing output: %s", strerror(errno));
      io_error = 1;
      break;
    }
    errno = 0;
  }
  if (!io_error && ferror(in)) {
    cli_error(cmd, "reading input after line %ld: %s", lineno, strerror(errno));
    io_error = 1;
  }
  at_free(line);
  if (!io_error && fflush(out)) {
    cli_error(cmd, "writing output: %s", strerror(errno));
    io_error = 1;
  }
  return failed || io_error ? CLI_FAIL : CLI_OK;
}
