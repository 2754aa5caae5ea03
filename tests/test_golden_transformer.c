/* Golden tensors for the Transformer (encoder=transformer, decoder=transformer):
 * tests/data/golden_transformer.h5 (scripts/make-golden-transformer.py)
 * holds, per case (pre_relu, post_gelu, pre_gelu_eps0, post_relu_eps0: layer
 * norm before each sublayer or after each residual sum, relu or exact-erf
 * gelu, label smoothing 0.1 or 0), a tiny model's config (d 8, 2 heads,
 * feed-forward 16, 2 + 2 layers, vocabularies 11 and 13), its float32
 * parameters, a padded batch (source lengths 5, 2, 4, target lengths 4, 6,
 * 2) and what torch.nn.Transformer (with nn.Embedding, sinusoidal positions,
 * nn.Linear and CrossEntropyLoss(label_smoothing, ignore_index=0, sum))
 * computes from them in float64: loss_sum, nll_sum, ntokens and every
 * parameter's gradient. The model must declare exactly the documented
 * parameters (names and shapes, so that a renaming is caught), match the
 * loss to 1e-5 relative and every gradient to 1e-5 of its largest reference
 * value; the inference forward must give the same loss, and the arena must
 * stay within at_model_train_bytes. The largest difference per tensor is
 * printed. */
#include <hdf5.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "golden_h5.h"
#include "model/model.h"

#define REL_TOL 1e-5

static const char *const CASES[] = {"pre_relu", "post_gelu", "pre_gelu_eps0", "post_relu_eps0"};

/* The parameters the Transformer model must have: names and shapes. */
typedef struct expected_param {
  char name[96];
  int ndim, rows, cols;
} expected_param;

static int expect(expected_param *e, int n, const char *prefix, const char *leaf, int ndim, int rows, int cols) {
  snprintf(e[n].name, sizeof e[n].name, "%s%s", prefix, leaf);
  e[n].ndim = ndim, e[n].rows = rows, e[n].cols = ndim == 1 ? 1 : cols;
  return n + 1;
}

/* Fills e (room for enough entries) with the documented parameter list; returns the count. */
static int expected_params(const at_model_config *c, expected_param *e) {
  const int d = c->emb_dim, F = c->ff_dim, Vs = c->src_vocab, Vt = c->tgt_vocab;
  char p[64];
  int n = 0;
  n = expect(e, n, "", "src_emb/W", 2, Vs, d);
  n = expect(e, n, "", "tgt_emb/W", 2, Vt, d);
  n = expect(e, n, "", "output/W", 2, Vt, d);
  n = expect(e, n, "", "output/b", 1, Vt, 1);
  for (int side = 0; side < 2; side++) {
    const int L = side ? c->dec_layers : c->enc_layers;
    const char *stack = side ? "decoder" : "encoder";
    for (int k = 0; k < L; k++) {
      snprintf(p, sizeof p, "%s/l%d/", stack, k);
      n = expect(e, n, p, "ln1/g", 1, d, 1);
      n = expect(e, n, p, "ln1/b", 1, d, 1);
      n = expect(e, n, p, "self/W_qkv", 2, 3 * d, d);
      n = expect(e, n, p, "self/b_qkv", 1, 3 * d, 1);
      n = expect(e, n, p, "self/W_o", 2, d, d);
      n = expect(e, n, p, "self/b_o", 1, d, 1);
      n = expect(e, n, p, "ln2/g", 1, d, 1);
      n = expect(e, n, p, "ln2/b", 1, d, 1);
      if (side) {
        n = expect(e, n, p, "cross/W_q", 2, d, d);
        n = expect(e, n, p, "cross/b_q", 1, d, 1);
        n = expect(e, n, p, "cross/W_kv", 2, 2 * d, d);
        n = expect(e, n, p, "cross/b_kv", 1, 2 * d, 1);
        n = expect(e, n, p, "cross/W_o", 2, d, d);
        n = expect(e, n, p, "cross/b_o", 1, d, 1);
        n = expect(e, n, p, "ln3/g", 1, d, 1);
        n = expect(e, n, p, "ln3/b", 1, d, 1);
      }
      n = expect(e, n, p, "ff/W_1", 2, F, d);
      n = expect(e, n, p, "ff/b_1", 1, F, 1);
      n = expect(e, n, p, "ff/W_2", 2, d, F);
      n = expect(e, n, p, "ff/b_2", 1, d, 1);
    }
    snprintf(p, sizeof p, "%s/", stack);
    n = expect(e, n, p, "ln/g", 1, d, 1);
    n = expect(e, n, p, "ln/b", 1, d, 1);
  }
  return n;
}

/* Sets one config field from a string attribute of the case's group. */
static herr_t set_attr(hid_t loc, const char *name, const H5A_info_t *info, void *op) {
  (void)info;
  char buf[128];
  int ok = read_str_attr(loc, name, buf, sizeof buf);
  CHECK_MSG(ok, "attribute %s not a fixed-length string", name);
  if (ok) CHECK_OK(at_model_config_set(op, name, buf));
  return 0;
}

/* Counts the datasets below group `path` (names hold '/', so the group nests). */
static herr_t count_dataset(hid_t loc, const char *name, const H5L_info_t *info, void *op) {
  (void)info;
  hid_t o = H5Oopen(loc, name, H5P_DEFAULT);
  if (o >= 0 && H5Iget_type(o) == H5I_DATASET) ++*(hsize_t *)op;
  if (o >= 0) H5Oclose(o);
  return 0;
}

static hsize_t datasets_below(hid_t g, const char *path) {
  hsize_t n = 0;
  hid_t s = H5Gopen2(g, path, H5P_DEFAULT);
  if (s >= 0) H5Lvisit(s, H5_INDEX_NAME, H5_ITER_NATIVE, count_dataset, &n);
  if (s >= 0) H5Gclose(s);
  return n;
}

static double golden_case(hid_t f, const char *cname) {
  hid_t g = H5Gopen2(f, cname, H5P_DEFAULT);
  CHECK_MSG(g >= 0, "no group %s", cname);
  if (g < 0) return INFINITY;
  at_model_config cfg;
  at_model_config_default(&cfg);
  H5Aiterate2(g, H5_INDEX_NAME, H5_ITER_NATIVE, NULL, set_attr, &cfg);
  /* the case is what its name says */
  char norm[16], act[16], want[64];
  CHECK_OK(at_model_config_get(&cfg, "norm", norm, sizeof norm));
  CHECK_OK(at_model_config_get(&cfg, "ff_activation", act, sizeof act));
  snprintf(want, sizeof want, "%s_%s%s", norm, act, cfg.label_smoothing == 0.0f ? "_eps0" : "");
  CHECK_MSG(strcmp(want, cname) == 0, "group %s holds %s", cname, want);
  CHECK(cfg.encoder == AT_ENC_TRANSFORMER && cfg.decoder == AT_DEC_TRANSFORMER);
  CHECK(cfg.dropout == 0.0f && cfg.attn_dropout == 0.0f && cfg.ff_dropout == 0.0f);
  printf("%s: norm %s, %s, label smoothing %g, d %d, heads %d, ff %d, layers %d + %d, vocab %d / %d\n", cname, norm,
         act, cfg.label_smoothing, cfg.emb_dim, cfg.heads, cfg.ff_dim, cfg.enc_layers, cfg.dec_layers, cfg.src_vocab,
         cfg.tgt_vocab);

  at_model *m = NULL;
  CHECK_OK(at_model_create(&cfg, &m));
  if (!m) {
    H5Gclose(g);
    return INFINITY;
  }
  at_params *P = at_model_params(m);

  /* exactly the documented parameters, with their shapes */
  expected_param *want_p = calloc(16 + 32 * (size_t)(cfg.enc_layers + cfg.dec_layers), sizeof *want_p);
  const int ne = expected_params(&cfg, want_p);
  size_t total = 0;
  CHECK_MSG(P->count == ne, "%s: the model has %d parameters, documented %d", cname, P->count, ne);
  for (int i = 0; i < ne; i++) {
    const at_param_info *pi = at_params_find(P, want_p[i].name);
    CHECK_MSG(pi != NULL, "%s: no parameter %s", cname, want_p[i].name);
    if (!pi) continue;
    total += pi->size;
    CHECK_MSG(pi->ndim == want_p[i].ndim && pi->shape[0] == want_p[i].rows && pi->shape[1] == want_p[i].cols,
              "%s: %s has shape %d x %d (ndim %d), documented %d x %d (ndim %d)", cname, want_p[i].name, pi->shape[0],
              pi->shape[1], pi->ndim, want_p[i].rows, want_p[i].cols, want_p[i].ndim);
  }
  CHECK_MSG(total == P->total, "%s: documented parameters hold %zu floats, the layout %zu", cname, total, P->total);
  free(want_p);
  CHECK_MSG(datasets_below(g, "params") == (hsize_t)P->count && datasets_below(g, "grads") == (hsize_t)P->count,
            "%s: the fixture holds %llu parameters and %llu gradients, the model %d", cname,
            (unsigned long long)datasets_below(g, "params"), (unsigned long long)datasets_below(g, "grads"), P->count);
  char ds[160];
  for (int i = 0; i < P->count; i++) {
    snprintf(ds, sizeof ds, "params/%s", P->info[i].name);
    CHECK_MSG(read_ds(g, ds, H5T_NATIVE_FLOAT, P->data + P->info[i].offset, P->info[i].size), "%s: %s", cname, ds);
  }

  /* the batch */
  int sd[3], td[3];
  CHECK(ds_dims(g, "batch/src", sd) == 2);
  CHECK(ds_dims(g, "batch/tgt_in", td) == 2);
  const int Ts = sd[0], B = sd[1], Tt = td[0];
  CHECK_MSG(B > 0 && Ts > 0 && Tt > 0 && td[1] == B, "%s: src %d x %d, tgt_in %d x %d", cname, Ts, B, Tt, td[1]);
  if (!(B > 0 && Ts > 0 && Tt > 0 && td[1] == B)) {
    at_model_free(m);
    H5Gclose(g);
    return INFINITY;
  }
  int *src = calloc((size_t)Ts * B, sizeof(int)), *src_len = calloc((size_t)B, sizeof(int));
  int *tgt_in = calloc((size_t)Tt * B, sizeof(int)), *tgt_out = calloc((size_t)Tt * B, sizeof(int));
  int *tgt_len = calloc((size_t)B, sizeof(int));
  CHECK(read_ds(g, "batch/src", H5T_NATIVE_INT, src, (size_t)Ts * B));
  CHECK(read_ds(g, "batch/src_len", H5T_NATIVE_INT, src_len, (size_t)B));
  CHECK(read_ds(g, "batch/tgt_in", H5T_NATIVE_INT, tgt_in, (size_t)Tt * B));
  CHECK(read_ds(g, "batch/tgt_out", H5T_NATIVE_INT, tgt_out, (size_t)Tt * B));
  CHECK(read_ds(g, "batch/tgt_len", H5T_NATIVE_INT, tgt_len, (size_t)B));
  for (int b = 0; b < B; b++)
    CHECK_MSG(src_len[b] >= 1 && src_len[b] <= Ts && tgt_len[b] >= 1 && tgt_len[b] <= Tt,
              "%s: sentence %d lengths %d, %d", cname, b, src_len[b], tgt_len[b]);
  double loss_ref = 0, nll_ref = 0;
  long long ntok_ref = 0;
  CHECK(read_ds(g, "loss/loss_sum", H5T_NATIVE_DOUBLE, &loss_ref, 1));
  CHECK(read_ds(g, "loss/nll_sum", H5T_NATIVE_DOUBLE, &nll_ref, 1));
  CHECK(read_ds(g, "loss/ntokens", H5T_NATIVE_LLONG, &ntok_ref, 1));
  at_batch batch = {B, Ts, Tt, src, src_len, tgt_in, tgt_out, tgt_len};

  /* inference forward (no dropout anyway): the same loss */
  at_loss le;
  CHECK_OK(at_model_forward(m, &batch, 0, NULL, &le));
  /* training forward (dropout 0) and backward */
  at_rng rng;
  at_rng_seed(&rng, 1, 0);
  at_loss l;
  at_params_zero_grad(P);
  CHECK_OK(at_model_forward(m, &batch, 1, &rng, &l));
  CHECK_OK(at_model_backward(m, 1.0f));
  const size_t used = at_model_arena_used(m), est = at_model_train_bytes(m, B, Ts, Tt, 1);
  CHECK_MSG(used <= est, "%s: forward + backward took %zu arena bytes, estimate %zu", cname, used, est);

  const double loss_rel = fabs(l.loss_sum - loss_ref) / fabs(loss_ref);
  printf("  loss_sum %.7f (torch %.7f, rel %.1e), inference %.7f; nll_sum %.7f (torch %.7f); ntokens %ld (%lld)\n",
         l.loss_sum, loss_ref, loss_rel, le.loss_sum, l.nll_sum, nll_ref, l.ntokens, ntok_ref);
  CHECK_MSG(loss_rel <= REL_TOL, "%s: loss_sum %.9g, torch %.9g", cname, l.loss_sum, loss_ref);
  CHECK_MSG(fabs(le.loss_sum - loss_ref) <= REL_TOL * fabs(loss_ref), "%s: inference loss_sum %.9g, torch %.9g", cname,
            le.loss_sum, loss_ref);
  CHECK_MSG(fabs(l.nll_sum - nll_ref) <= REL_TOL * fabs(nll_ref), "%s: nll_sum %.9g, torch %.9g", cname, l.nll_sum,
            nll_ref);
  CHECK(l.ntokens == ntok_ref && le.ntokens == ntok_ref);

  double worst = loss_rel;
  for (int i = 0; i < P->count; i++) {
    const at_param_info *pi = &P->info[i];
    snprintf(ds, sizeof ds, "grads/%s", pi->name);
    worst = fmax(worst, golden_compare(g, REL_TOL, cname, pi->name, ds, P->grad + pi->offset, pi->size));
  }
  printf("%s: %d tensors, worst relative difference %.2e\n", cname, P->count, worst);

  free(src), free(src_len), free(tgt_in), free(tgt_out), free(tgt_len);
  at_model_free(m);
  H5Gclose(g);
  return worst;
}

int main(void) {
  const char *src = getenv("ATTEND_SRC");
  if (!src) src = ".";
  H5Eset_auto2(H5E_DEFAULT, NULL, NULL);
  char path[1024];
  snprintf(path, sizeof path, "%s/tests/data/golden_transformer.h5", src);
  hid_t f = H5Fopen(path, H5F_ACC_RDONLY, H5P_DEFAULT);
  CHECK_MSG(f >= 0, "cannot open %s", path);
  if (f < 0) CHECK_DONE();
  double worst = 0;
  for (size_t c = 0; c < sizeof CASES / sizeof *CASES; c++) worst = fmax(worst, golden_case(f, CASES[c]));
  H5G_info_t info;
  hsize_t ngroups = H5Gget_info(f, &info) >= 0 ? info.nlinks : 0;
  CHECK_MSG(ngroups == sizeof CASES / sizeof *CASES, "%s holds %llu groups, this test reads %zu", path,
            (unsigned long long)ngroups, sizeof CASES / sizeof *CASES);
  printf("golden_transformer: %zu cases, worst relative difference %.2e (tolerance %.0e)\n",
         sizeof CASES / sizeof *CASES, worst, REL_TOL);
  H5Fclose(f);
  fflush(stdout);
  CHECK_DONE();
}
