/* Golden tensors: tests/data/golden_<name>.h5 hold a tiny model's config,
 * parameters, a padded batch, the loss and every parameter's gradient,
 * computed by an independent PyTorch implementation (scripts/make-golden.py).
 * The C model loads the parameters, runs forward/backward and must match the
 * loss and every gradient; the largest difference per tensor is printed.
 * Fixtures: gru_bahdanau, lstm_luong (global attention), lstm_luong_localp
 * (local-p, general scores) and gru_luong_hybrid (hybrid, dot scores), the
 * last two on a batch whose source lengths 7, 4, 6, 2 the window cuts or clips,
 * and gru_luong_heads2 (multi-head attention, heads 2, scaled scores). */
#include <hdf5.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "golden_h5.h"
#include "model/model.h"

/* Sets one config field from a string attribute. */
static herr_t set_attr(hid_t loc, const char *name, const H5A_info_t *info, void *op) {
  (void)info;
  at_model_config *cfg = op;
  char buf[128] = {0};
  hid_t a = H5Aopen(loc, name, H5P_DEFAULT), t = a >= 0 ? H5Aget_type(a) : -1;
  int ok = t >= 0 && H5Tget_class(t) == H5T_STRING && !H5Tis_variable_str(t) && H5Tget_size(t) < sizeof buf &&
           H5Aread(a, t, buf) >= 0;
  if (t >= 0) H5Tclose(t);
  if (a >= 0) H5Aclose(a);
  CHECK_MSG(ok, "attribute %s not a fixed-length string", name);
  if (ok) CHECK_OK(at_model_config_set(cfg, name, buf));
  return 0;
}

static void golden(const char *src_dir, const char *name) {
  char path[1024], ds[160];
  snprintf(path, sizeof path, "%s/tests/data/golden_%s.h5", src_dir, name);
  hid_t f = H5Fopen(path, H5F_ACC_RDONLY, H5P_DEFAULT);
  CHECK_MSG(f >= 0, "cannot open %s", path);
  if (f < 0) return;
  at_model_config cfg;
  at_model_config_default(&cfg);
  H5Aiterate2(f, H5_INDEX_NAME, H5_ITER_NATIVE, NULL, set_attr, &cfg);
  at_model *m = NULL;
  CHECK_OK(at_model_create(&cfg, &m));
  if (!m) {
    H5Fclose(f);
    return;
  }
  at_params *P = at_model_params(m);
  for (int i = 0; i < P->count; i++) {
    snprintf(ds, sizeof ds, "params/%s", P->info[i].name);
    CHECK_MSG(read_ds(f, ds, H5T_NATIVE_FLOAT, P->data + P->info[i].offset, P->info[i].size), "%s", ds);
  }
  /* the batch */
  int dims[2];
  {
    hid_t d = H5Dopen2(f, "batch/src", H5P_DEFAULT), s = H5Dget_space(d);
    hsize_t hd[2] = {0, 0};
    H5Sget_simple_extent_dims(s, hd, NULL);
    dims[0] = (int)hd[0], dims[1] = (int)hd[1];
    H5Sclose(s), H5Dclose(d);
  }
  int Ts = dims[0], B = dims[1], Tt = 0;
  int *src = calloc((size_t)Ts * B, sizeof(int)), *src_len = calloc(B, sizeof(int)), *tgt_len = calloc(B, sizeof(int));
  CHECK(read_ds(f, "batch/src", H5T_NATIVE_INT, src, (size_t)Ts * B));
  CHECK(read_ds(f, "batch/src_len", H5T_NATIVE_INT, src_len, B));
  CHECK(read_ds(f, "batch/tgt_len", H5T_NATIVE_INT, tgt_len, B));
  for (int b = 0; b < B; b++) Tt = tgt_len[b] > Tt ? tgt_len[b] : Tt;
  int *tgt_in = calloc((size_t)Tt * B, sizeof(int)), *tgt_out = calloc((size_t)Tt * B, sizeof(int));
  CHECK(read_ds(f, "batch/tgt_in", H5T_NATIVE_INT, tgt_in, (size_t)Tt * B));
  CHECK(read_ds(f, "batch/tgt_out", H5T_NATIVE_INT, tgt_out, (size_t)Tt * B));
  double loss_ref = 0, nll_ref = 0;
  long long ntok_ref = 0;
  CHECK(read_ds(f, "loss/loss_sum", H5T_NATIVE_DOUBLE, &loss_ref, 1));
  CHECK(read_ds(f, "loss/nll_sum", H5T_NATIVE_DOUBLE, &nll_ref, 1));
  CHECK(read_ds(f, "loss/ntokens", H5T_NATIVE_LLONG, &ntok_ref, 1));
  at_batch batch = {B, Ts, Tt, src, src_len, tgt_in, tgt_out, tgt_len};
  at_loss l;
  at_params_zero_grad(P);
  CHECK_OK(at_model_forward(m, &batch, 0, NULL, &l));
  CHECK_OK(at_model_backward(m, 1.0f));
  printf("%s: loss_sum %.7f (ref %.7f), nll_sum %.7f (ref %.7f), ntokens %ld (ref %lld)\n", name, l.loss_sum,
         loss_ref, l.nll_sum, nll_ref, l.ntokens, ntok_ref);
  CHECK_NEAR(l.loss_sum, loss_ref, 1e-5 * fabs(loss_ref));
  CHECK_NEAR(l.nll_sum, nll_ref, 1e-5 * fabs(nll_ref));
  CHECK(l.ntokens == ntok_ref);
  double worst = 0;
  for (int i = 0; i < P->count; i++) {
    const at_param_info *pi = &P->info[i];
    double *ref = malloc(pi->size * sizeof(double)), md = 0, mx = 0;
    snprintf(ds, sizeof ds, "grads/%s", pi->name);
    CHECK_MSG(read_ds(f, ds, H5T_NATIVE_DOUBLE, ref, pi->size), "%s", ds);
    for (size_t j = 0; j < pi->size; j++) {
      md = fmax(md, fabs(P->grad[pi->offset + j] - ref[j]));
      mx = fmax(mx, fabs(ref[j]));
    }
    double rel = md / fmax(mx, 1e-3);
    worst = fmax(worst, rel);
    printf("  %-28s (%3d x %2d) max |ref| %.3e  max diff %.2e  rel %.2e\n", pi->name, pi->shape[0], pi->shape[1], mx,
           md, rel);
    CHECK_MSG(rel <= 1e-4, "%s: gradient differs by %g (relative %g)", pi->name, md, rel);
    free(ref);
  }
  printf("%s: %d tensors, worst relative gradient difference %.2e\n", name, P->count, worst);
  free(src), free(src_len), free(tgt_len), free(tgt_in), free(tgt_out);
  at_model_free(m);
  H5Fclose(f);
}

int main(void) {
  const char *src = getenv("ATTEND_SRC");
  if (!src) src = ".";
  H5Eset_auto2(H5E_DEFAULT, NULL, NULL);
  golden(src, "gru_bahdanau");
  golden(src, "lstm_luong");
  golden(src, "lstm_luong_localp"); /* local-p, window 2: cut windows, Gaussian, p through W_p, v_p */
  golden(src, "gru_luong_hybrid");  /* hybrid: Gaussian bias on all s < S before the softmax */
  golden(src, "gru_luong_heads2");  /* 2 heads (torch.nn.MultiheadAttention), scaled scores */
  CHECK_DONE();
}
