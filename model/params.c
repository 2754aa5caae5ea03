/* The flat parameter layout: every parameter is a named (rows, cols) block at
 * an offset into one data array and one gradient array of `total` floats.
 * Offsets are contiguous in declaration order. */
#include <math.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"

/* Empty layout (no parameters, nothing allocated). */
void at_params_init(at_params *p) { memset(p, 0, sizeof(*p)); }

/* Checks the declaration of one parameter; returns AT_OK or the failure. */
static at_status at__params_check(const at_params *p, const char *name, int ndim, int rows, int cols) {
  if (p->data) return at_fail(AT_ERR_INVALID_ARG, "parameter %s: declared after at_params_alloc", name);
  if (!name || !name[0]) return at_fail(AT_ERR_INVALID_ARG, "parameter with an empty name");
  if (strlen(name) >= sizeof(p->info[0].name))
    return at_fail(AT_ERR_INVALID_ARG, "parameter name too long: %s", name);
  if (ndim != 1 && ndim != 2) return at_fail(AT_ERR_INVALID_ARG, "parameter %s: ndim %d not 1 or 2", name, ndim);
  if (rows <= 0 || cols <= 0 || (ndim == 1 && cols != 1))
    return at_fail(AT_ERR_INVALID_ARG, "parameter %s: bad shape (%d, %d)", name, rows, cols);
  if (at_params_find(p, name)) return at_fail(AT_ERR_INVALID_ARG, "parameter %s declared twice", name);
  /* size_t products and sums, each checked: the layout never exceeds
   * AT_PARAMS_MAX_TOTAL floats, so every byte count below it fits. */
  size_t size = (size_t)rows * (size_t)cols;
  if ((size_t)rows > SIZE_MAX / (size_t)cols || size > AT_PARAMS_MAX_TOTAL || p->total > AT_PARAMS_MAX_TOTAL - size)
    return at_fail(AT_ERR_INVALID_ARG,
                   "parameter %s: shape (%d, %d) would bring the layout from %zu to more than %zu floats (the limit)",
                   name, rows, cols, p->total, (size_t)AT_PARAMS_MAX_TOTAL);
  return AT_OK;
}

/* Declares `name` of shape (rows, cols) (cols = 1 for ndim 1); *offset (may
 * be NULL) receives its offset in floats. Names must be unique. */
at_status at_params_add(at_params *p, const char *name, int ndim, int rows, int cols, size_t *offset) {
  at_status s = at__params_check(p, name, ndim, rows, cols);
  if (s != AT_OK) return s;
  if (p->count == p->cap) {
    if (p->cap > INT_MAX / 2) return at_fail(AT_ERR_NOMEM, "parameter table full (%d entries)", p->cap);
    int cap = p->cap ? 2 * p->cap : 32;
    at_param_info *info = at_realloc(p->info, (size_t)cap * sizeof(*info));
    if (!info) return at_fail(AT_ERR_NOMEM, "parameter table (%d entries)", cap);
    p->info = info;
    p->cap = cap;
  }
  at_param_info *pi = &p->info[p->count++];
  memset(pi, 0, sizeof(*pi));
  strcpy(pi->name, name);
  pi->ndim = ndim;
  pi->shape[0] = rows;
  pi->shape[1] = cols;
  pi->offset = p->total;
  pi->size = (size_t)rows * (size_t)cols;
  p->total += pi->size;
  if (offset) *offset = pi->offset;
  return AT_OK;
}

/* n floats, zeroed, 64-byte aligned (NULL on failure or when the byte count
 * would not fit in a size_t). */
static float *at__aligned_zeros(size_t n) {
  if (n > (SIZE_MAX - 63) / sizeof(float)) return NULL;
  size_t bytes = (n * sizeof(float) + 63) / 64 * 64;
  if (bytes == 0) bytes = 64;
  float *x = at_aligned_alloc(64, bytes);
  if (x) memset(x, 0, bytes);
  return x;
}

/* Allocates data and grad of p->total floats each, zeroed. */
at_status at_params_alloc(at_params *p) {
  if (p->data) return at_fail(AT_ERR_INVALID_ARG, "parameters allocated twice");
  if (p->total > AT_PARAMS_MAX_TOTAL)
    return at_fail(AT_ERR_INVALID_ARG, "parameters: %zu floats, more than the limit %zu", p->total,
                   (size_t)AT_PARAMS_MAX_TOTAL);
  p->data = at__aligned_zeros(p->total);
  p->grad = at__aligned_zeros(p->total);
  if (!p->data || !p->grad) {
    at_free(p->data);
    at_free(p->grad);
    p->data = p->grad = NULL;
    return at_fail(AT_ERR_NOMEM, "parameters: %zu floats", p->total);
  }
  return AT_OK;
}

/* Frees the table and the arrays; p becomes empty. NULL is a no-op. */
void at_params_free(at_params *p) {
  if (!p) return;
  at_free(p->info);
  at_free(p->data);
  at_free(p->grad);
  at_params_init(p);
}

/* The parameter called `name`, or NULL. */
const at_param_info *at_params_find(const at_params *p, const char *name) {
  if (!p || !name) return NULL;
  for (int i = 0; i < p->count; i++)
    if (strcmp(p->info[i].name, name) == 0) return &p->info[i];
  return NULL;
}

/* grad = 0 (no-op before alloc). */
void at_params_zero_grad(at_params *p) {
  if (p && p->grad) memset(p->grad, 0, p->total * sizeof(float));
}

at_status at_params_check_finite(const at_params *p, const char *file) {
  for (int i = 0; i < p->count; i++) {
    const at_param_info *pi = &p->info[i];
    const float *x = p->data + pi->offset;
    size_t bad = 0, first = 0;
    for (size_t j = 0; j < pi->size; j++)
      if (!isfinite(x[j]) && bad++ == 0) first = j;
    if (bad)
      return at_fail(AT_ERR_CHECKPOINT, "%s: parameter %s holds %zu non-finite value%s (the first, index %zu, is %g): "
                                        "the run that wrote it diverged", file, pi->name, bad, bad == 1 ? "" : "s",
                     first, (double)x[first]);
  }
  return AT_OK;
}
