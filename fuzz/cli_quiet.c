/* The cli/ message helpers cmd_score.c needs (cli/main.c defines them for attend),
 * for the score harness: messages are formatted (so their arguments are
 * exercised) into a buffer and dropped, not printed for every input. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli/cli.h"

static char fuzz__msg[1024];

void cli_error(const char *cmd, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  (void)cmd;
  vsnprintf(fuzz__msg, sizeof fuzz__msg, fmt, ap);
  va_end(ap);
}

int cli_fail_status(const char *cmd, const char *what, at_status s) {
  const char *why = at_last_error();
  cli_error(cmd, "%s: %s", what, why && *why ? why : at_status_str(s));
  return CLI_FAIL;
}

int cli_usage_error(const char *cmd, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  (void)cmd;
  vsnprintf(fuzz__msg, sizeof fuzz__msg, fmt, ap);
  va_end(ap);
  return CLI_USAGE;
}
