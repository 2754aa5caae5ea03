/* Token embedding: a (vocab, dim) table, rows of the pad id read as zero. */
#include <stdio.h>
#include <string.h>

#include "model/layers/layers.h"

/* Declares "<name>/W" (vocab, dim) in P and fills the descriptor L. */
at_status at_embedding_declare(at_embedding *L, at_params *P, const char *name, int vocab, int dim, int pad_id,
                               float scale) {
  char full[128];
  if (vocab <= 0 || dim <= 0 || pad_id < -1 || pad_id >= vocab)
    return at_fail(AT_ERR_INVALID_ARG, "embedding %s: vocab %d, dim %d, pad %d", name, vocab, dim, pad_id);
  L->vocab = vocab;
  L->dim = dim;
  L->pad_id = pad_id;
  L->scale = scale;
  snprintf(full, sizeof full, "%s/W", name);
  return at_params_add(P, full, 2, vocab, dim, &L->W);
}

/* out (N, dim) = scale * W[ids[i]] (zero rows for pad ids). params: layout
 * base. Fails with AT_ERR_INVALID_ARG on an id outside [0, vocab) (out is
 * then partly written). */
at_status at_embedding_forward(const at_embedding *L, const float *params, const int *ids, int N, float *out) {
  const float *W = params + L->W;
  size_t D = (size_t)L->dim;
  for (int i = 0; i < N; i++) {
    int id = ids[i];
    float *o = out + (size_t)i * D;
    if (id < 0 || id >= L->vocab)
      return at_fail(AT_ERR_INVALID_ARG, "token id %d at position %d outside the vocabulary (%d)", id, i, L->vocab);
    if (id == L->pad_id) {
      memset(o, 0, D * sizeof(float));
      continue;
    }
    const float *w = W + (size_t)id * D;
    for (size_t j = 0; j < D; j++) o[j] = L->scale * w[j];
  }
  return AT_OK;
}

/* grads[W][ids[i]] += scale * dout[i] (N, dim) for non-pad ids (ids were
 * checked by forward). Serial: repeated ids would race across threads. */
void at_embedding_backward(const at_embedding *L, float *grads, const int *ids, int N, const float *dout) {
  float *dW = grads + L->W;
  size_t D = (size_t)L->dim;
  for (int i = 0; i < N; i++) {
    int id = ids[i];
    if (id == L->pad_id || id < 0 || id >= L->vocab) continue;
    float *g = dW + (size_t)id * D;
    const float *d = dout + (size_t)i * D;
    for (size_t j = 0; j < D; j++) g[j] += L->scale * d[j];
  }
}
