#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "core/core.h"

int at_parse_int(const char *s, int *out) {
  char *end;
  errno = 0;
  long v = strtol(s, &end, 10);
  if (end == s || *end || errno || v < INT_MIN || v > INT_MAX) return 0;
  *out = (int)v;
  return 1;
}

int at_parse_bool(const char *s, int *out) {
  static const char *const yes[] = {"1", "true", "yes", "on", NULL}, *const no[] = {"0", "false", "no", "off", NULL};
  int i;
  if (at_parse_enum(s, yes, &i)) return *out = 1, 1;
  if (at_parse_enum(s, no, &i)) return *out = 0, 1;
  return 0;
}

int at_parse_enum(const char *s, const char *const *names, int *out) {
  for (int i = 0; names[i]; i++)
    if (!strcmp(s, names[i])) return *out = i, 1;
  return 0;
}
