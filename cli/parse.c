/* The option parsers shared by the commands (strict numbers with a range),
 * in their own file so that the fuzz harness of cmd_score.c links the same
 * code attend runs; the messages go through cli_usage_error. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>

#include "cli/cli.h"

int cli_parse_int(const char *cmd, const char *opt, const char *text, long min, long max, long *out) {
  char *end = NULL;
  errno = 0;
  long v = strtol(text, &end, 10);
  if (errno || end == text || *end != '\0' || v < min || v > max) {
    cli_usage_error(cmd, "--%s: expected an integer from %ld to %ld, got '%s'", opt, min, max, text);
    return 1;
  }
  *out = v;
  return 0;
}

int cli_parse_float(const char *cmd, const char *opt, const char *text, double min, double max, double *out) {
  char *end = NULL;
  errno = 0;
  double v = strtod(text, &end);
  if (errno || end == text || *end != '\0' || !(v >= min && v <= max)) {
    cli_usage_error(cmd, "--%s: expected a number from %g to %g, got '%s'", opt, min, max, text);
    return 1;
  }
  *out = v;
  return 0;
}

int cli_getopt_error(const char *cmd, int c, char **argv) {
  if (c == ':') return cli_usage_error(cmd, "option '%s' needs a value", argv[optind - 1]);
  if (optopt) return cli_usage_error(cmd, "unknown option '-%c'", optopt);
  return cli_usage_error(cmd, "unknown option '%s'", argv[optind - 1]);
}
