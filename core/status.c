#include "core/core.h"
#include "core/omp.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static const char *const at__status_names[] = {
#define AT__NAME(name, msg) #name,
    AT_STATUS_LIST(AT__NAME)
#undef AT__NAME
};
static const char *const at__status_msgs[] = {
#define AT__MSG(name, msg) msg,
    AT_STATUS_LIST(AT__MSG)
#undef AT__MSG
};

enum { AT__ERRMSG_MAX = 1024 };
static _Thread_local char errmsg[AT__ERRMSG_MAX];

const char *at_status_name(at_status s) {
  if ((int)s < 0 || s >= AT_STATUS_COUNT) return "AT_ERR_UNKNOWN";
  return at__status_names[s];
}

const char *at_status_str(at_status s) {
  if ((int)s < 0 || s >= AT_STATUS_COUNT) return "unknown status";
  return at__status_msgs[s];
}

at_status at_fail(at_status s, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(errmsg, sizeof errmsg, fmt, ap);
  va_end(ap);
  return s;
}

at_status at_fail_context(at_status s, const char *fmt, ...) {
  char prefix[AT__ERRMSG_MAX], old[AT__ERRMSG_MAX];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(prefix, sizeof prefix, fmt, ap);
  va_end(ap);
  memcpy(old, errmsg, sizeof old);
  const char *rest = old[0] ? old : at_status_str(s);
  /* join by hand: snprintf("%s: %s") into a buffer of the same size warns */
  size_t n = strlen(prefix);
  memcpy(errmsg, prefix, n);
  if (n + 2 < sizeof errmsg) {
    errmsg[n++] = ':';
    errmsg[n++] = ' ';
  }
  size_t m = strlen(rest);
  if (m > sizeof errmsg - 1 - n) m = sizeof errmsg - 1 - n;
  memcpy(errmsg + n, rest, m);
  errmsg[n + m] = '\0';
  return s;
}

const char *at_last_error(void) { return errmsg; }

at_status at_error_capture(at_error_slot *slot, at_status s) {
  if (s == AT_OK) return s;
  AT__OMP(omp critical(at__error_slot))
  if (slot->status == AT_OK) {
    slot->status = s;
    size_t n = strlen(errmsg);
    if (n > sizeof slot->msg - 1) n = sizeof slot->msg - 1;
    memcpy(slot->msg, errmsg, n);
    slot->msg[n] = '\0';
  }
  return s;
}

at_status at_error_restore(const at_error_slot *slot) {
  if (slot->status == AT_OK) return AT_OK;
  size_t n = strnlen(slot->msg, sizeof slot->msg);
  if (n > sizeof errmsg - 1) n = sizeof errmsg - 1;
  memcpy(errmsg, slot->msg, n);
  errmsg[n] = '\0';
  return slot->status;
}

void at__assert_fail(const char *expr, const char *file, int line) {
  fprintf(stderr, "attend: internal error: assertion `%s' failed at %s:%d\n", expr, file, line);
  abort();
}
