/* The one allocation hook of attend (core.h): every malloc/calloc/realloc/
 * free of the library goes through these, so that a test can make the N-th
 * allocation fail (tests/test_oom.c) and count the blocks still live.
 *
 * In a normal run at__alloc_on is 0 and each call costs one relaxed load and
 * a branch that is always taken the same way. */
#include "core/core.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

static atomic_int at__alloc_on;        /* 1 between at_alloc_test_begin and _end */
static atomic_long at__alloc_calls;    /* allocations attempted since begin */
static atomic_long at__alloc_fail_at;  /* the call (1-based) that fails; 0 none */
static atomic_long at__alloc_live;     /* blocks allocated minus blocks freed since begin */
static atomic_int at__alloc_fired;     /* the injected failure happened */

/* Counts one allocation attempt; 1 when it is the one to fail. */
static int at__alloc_fail_now(void) {
  long n = atomic_fetch_add_explicit(&at__alloc_calls, 1, memory_order_relaxed) + 1;
  if (n == atomic_load_explicit(&at__alloc_fail_at, memory_order_relaxed)) {
    atomic_store(&at__alloc_fired, 1);
    return 1;
  }
  return 0;
}

#define AT__ON() __builtin_expect(atomic_load_explicit(&at__alloc_on, memory_order_relaxed), 0)

void *at_malloc(size_t n) {
  if (AT__ON()) {
    if (at__alloc_fail_now()) return NULL;
    void *p = malloc(n);
    if (p) atomic_fetch_add_explicit(&at__alloc_live, 1, memory_order_relaxed);
    return p;
  }
  return malloc(n);
}

void *at_calloc(size_t count, size_t size) {
  if (AT__ON()) {
    if (at__alloc_fail_now()) return NULL;
    void *p = calloc(count, size);
    if (p) atomic_fetch_add_explicit(&at__alloc_live, 1, memory_order_relaxed);
    return p;
  }
  return calloc(count, size);
}

void *at_realloc(void *p, size_t n) {
  if (AT__ON()) {
    if (at__alloc_fail_now()) return NULL;
    void *q = realloc(p, n);
    if (q && !p) atomic_fetch_add_explicit(&at__alloc_live, 1, memory_order_relaxed);
    return q;
  }
  return realloc(p, n);
}

void *at_aligned_alloc(size_t align, size_t n) {
  if (AT__ON()) {
    if (at__alloc_fail_now()) return NULL;
    void *p = aligned_alloc(align, n);
    if (p) atomic_fetch_add_explicit(&at__alloc_live, 1, memory_order_relaxed);
    return p;
  }
  return aligned_alloc(align, n);
}

void at_free(void *p) {
  if (p && AT__ON()) atomic_fetch_sub_explicit(&at__alloc_live, 1, memory_order_relaxed);
  free(p);
}

char *at_strndup(const char *s, size_t n) {
  size_t len = strnlen(s, n);
  char *d = at_malloc(len + 1);
  if (d) {
    memcpy(d, s, len);
    d[len] = '\0';
  }
  return d;
}

char *at_strdup(const char *s) { return at_strndup(s, strlen(s)); }

void at_alloc_test_begin(long fail_at) {
  atomic_store(&at__alloc_on, 0);
  atomic_store(&at__alloc_calls, 0);
  atomic_store(&at__alloc_live, 0);
  atomic_store(&at__alloc_fired, 0);
  atomic_store(&at__alloc_fail_at, fail_at > 0 ? fail_at : 0);
  atomic_store(&at__alloc_on, 1);
}

at_alloc_stats at_alloc_test_end(void) {
  atomic_store(&at__alloc_on, 0);
  at_alloc_stats st = {atomic_load(&at__alloc_calls), atomic_load(&at__alloc_live), atomic_load(&at__alloc_fired)};
  atomic_store(&at__alloc_fail_at, 0);
  return st;
}
