#include "core/core.h"

#include <stdlib.h>
#include <string.h>

enum { AT__ALIGN = 64 };

struct at__arena_block {
  at__arena_block *prev;
  size_t size; /* usable bytes in data */
  size_t used;
  unsigned char *data; /* AT__ALIGN-aligned */
};

static size_t at__align_up(size_t n) { return (n + AT__ALIGN - 1) & ~(size_t)(AT__ALIGN - 1); }

static at__arena_block *at__block_new(size_t size) {
  at__arena_block *b = at_malloc(sizeof *b);
  if (!b) return NULL;
  b->data = at_aligned_alloc(AT__ALIGN, at__align_up(size ? size : AT__ALIGN));
  if (!b->data) {
    at_free(b);
    return NULL;
  }
  b->size = at__align_up(size ? size : AT__ALIGN);
  b->used = 0;
  b->prev = NULL;
  return b;
}

static void at__blocks_free(at__arena_block *b) {
  while (b) {
    at__arena_block *p = b->prev;
    at_free(b->data);
    at_free(b);
    b = p;
  }
}

void at_arena_init(at_arena *a) { memset(a, 0, sizeof *a); }

at_status at_arena_reserve(at_arena *a, size_t bytes) {
  if (at_arena_available(a) >= bytes) return AT_OK;
  at__arena_block *b = at__block_new(bytes);
  if (!b) return at_fail(AT_ERR_NOMEM, "arena: cannot reserve %zu bytes", bytes);
  b->prev = a->head;
  a->head = b;
  return AT_OK;
}

size_t at_arena_round(size_t bytes) { return at__align_up(bytes ? bytes : 1); }

size_t at_arena_available(const at_arena *a) { return a->head ? a->head->size - a->head->used : 0; }

at_arena_mark at_arena_get_mark(const at_arena *a) {
  at_arena_mark m = {a->head, a->head ? a->head->used : 0, a->used_total};
  return m;
}

void at_arena_rewind(at_arena *a, at_arena_mark m) {
  while (a->head && a->head != m.block) {
    at__arena_block *p = a->head->prev;
    at_free(a->head->data);
    at_free(a->head);
    a->head = p;
  }
  if (a->head) a->head->used = m.used;
  a->used_total = m.used_total;
}

void *at_arena_alloc(at_arena *a, size_t bytes) {
  size_t n = at__align_up(bytes ? bytes : 1);
  at__arena_block *b = a->head;
  if (!b || b->size - b->used < n) {
    size_t want = n;
    if (b && b->size * 2 > want) want = b->size * 2;
    if (want < (size_t)1 << 16) want = (size_t)1 << 16;
    at__arena_block *nb = at__block_new(want);
    if (!nb) return NULL;
    nb->prev = b;
    a->head = b = nb;
  }
  void *p = b->data + b->used;
  b->used += n;
  a->used_total += n;
  if (a->used_total > a->high_water) a->high_water = a->used_total;
  return p;
}

float *at_arena_floats(at_arena *a, size_t n) { return at_arena_alloc(a, n * sizeof(float)); }

float *at_arena_zeros(at_arena *a, size_t n) {
  float *p = at_arena_floats(a, n);
  if (p) memset(p, 0, n * sizeof(float));
  return p;
}

void at_arena_reset(at_arena *a) {
  if (a->head && a->head->prev) {
    /* several blocks: replace them with one block of the high-water size plus
     * 25% headroom, so that a slightly larger next use (training batches vary
     * in length) does not chain a block and re-fault the whole arena at the
     * next reset; pages never touched cost no memory. */
    size_t want = a->high_water + a->high_water / 4;
    at__blocks_free(a->head);
    a->head = at__block_new(want);
  }
  if (a->head) a->head->used = 0;
  a->used_total = 0;
}

void at_arena_free(at_arena *a) {
  if (!a) return;
  at__blocks_free(a->head);
  memset(a, 0, sizeof *a);
}

size_t at_arena_capacity(const at_arena *a) {
  size_t n = 0;
  for (const at__arena_block *b = a->head; b; b = b->prev) n += b->size;
  return n;
}
