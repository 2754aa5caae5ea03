/* Checkpoints: save/load round trip (bitwise), loading into a model's layout
 * with every kind of mismatch, corrupt, truncated, foreign and missing files,
 * and /config attributes of every HDF5 class. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <hdf5.h> /* only to forge bad files */

#include "check.h"
#include "model/model.h"

static char dir[512];

static const char *tmp_path(const char *name) {
  static char buf[4][700];
  static int k = 0;
  k = (k + 1) % 4;
  snprintf(buf[k], sizeof buf[k], "%s/%s", dir, name);
  return buf[k];
}

/* The test layout; declared out of group order on purpose. */
static void make_layout(at_params *p, int variant) {
  at_params_init(p);
  CHECK_OK(at_params_add(p, "encoder/emb", 2, 50, 8, NULL));
  CHECK_OK(at_params_add(p, "decoder/emb", 2, 40, 8, NULL));
  CHECK_OK(at_params_add(p, "encoder/l0/fwd/W_ih", 2, 8, variant == 1 ? 13 : 12, NULL));
  CHECK_OK(at_params_add(p, "encoder/l0/fwd/b", 1, 12, 1, NULL));
  if (variant != 2) CHECK_OK(at_params_add(p, "decoder/out/b", 1, 40, 1, NULL));
  if (variant == 3) CHECK_OK(at_params_add(p, "decoder/extra", 1, 3, 1, NULL));
  CHECK_OK(at_params_alloc(p));
}

static uint32_t bits(float x) {
  uint32_t u;
  memcpy(&u, &x, 4);
  return u;
}

static void fill(float *x, size_t n, uint64_t seed) {
  at_rng r;
  at_rng_seed(&r, seed, 7);
  for (size_t i = 0; i < n; i++) {
    uint32_t u = at_rng_u32(&r);
    memcpy(&x[i], &u, 4); /* arbitrary bit patterns, NaNs included */
  }
  x[0] = -0.0f;
}

static int same_bits(const float *a, const float *b, size_t n) { return memcmp(a, b, n * sizeof(float)) == 0; }

static int contains(const char *s, const char *sub) { return strstr(s, sub) != NULL; }

static void copy_file(const char *from, const char *to, double fraction) {
  FILE *f = fopen(from, "rb"), *g = fopen(to, "wb");
  CHECK(f && g);
  if (!f || !g) return;
  fseek(f, 0, SEEK_END);
  long n = ftell(f), keep = (long)(n * fraction);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)n);
  CHECK(fread(buf, 1, (size_t)n, f) == (size_t)n);
  fwrite(buf, 1, (size_t)keep, g);
  free(buf);
  fclose(f);
  fclose(g);
}

static void test_round_trip(const char *path, at_params *P, float **slots) {
  at_checkpoint ck;
  at_checkpoint_init(&ck);
  CHECK_OK(at_model_config_set(&ck.config, "cell", "lstm"));
  CHECK_OK(at_model_config_set(&ck.config, "hidden_dim", "64"));
  CHECK_OK(at_model_config_set(&ck.config, "bidirectional", "false"));
  CHECK_OK(at_model_config_set(&ck.config, "dropout", "0.3"));
  CHECK_OK(at_model_config_set(&ck.config, "score", "concat"));
  ck.run_config = "model:\n  cell: lstm\ndata: caf\xc3\xa9.txt\n";
  unsigned char src[1000], tgt[3] = {0, 255, 0};
  for (int i = 0; i < 1000; i++) src[i] = (unsigned char)(i * 7);
  ck.spm_src = src, ck.spm_src_size = sizeof src;
  ck.spm_tgt = tgt, ck.spm_tgt_size = sizeof tgt;
  ck.params = P;
  ck.n_slots = 2;
  strcpy(ck.slot_names[0], "adam_m");
  strcpy(ck.slot_names[1], "adam_v");
  ck.slots[0] = slots[0], ck.slots[1] = slots[1];
  CHECK_OK(at_checkpoint_set_i64(&ck, "step", 12345));
  CHECK_OK(at_checkpoint_set_i64(&ck, "neg", -7));
  CHECK_OK(at_checkpoint_set_u64(&ck, "rng_state", UINT64_MAX));
  CHECK_OK(at_checkpoint_set_f64(&ck, "best_bleu", 27.31));
  CHECK_OK(at_checkpoint_set_i64(&ck, "step", 12346)); /* replaces */
  CHECK(ck.n_state == 4);
  CHECK_STATUS(at_checkpoint_set_i64(&ck, "a/b", 1), AT_ERR_INVALID_ARG);
  CHECK_OK(at_checkpoint_save(path, &ck));

  at_checkpoint L;
  CHECK_OK(at_checkpoint_load(path, &L));
  CHECK(memcmp(&L.config, &ck.config, sizeof L.config) == 0);
  CHECK(L.config.cell == AT_CELL_LSTM && L.config.hidden_dim == 64 && L.config.bidirectional == 0);
  CHECK(L.config.dropout == 0.3f);
  CHECK(L.run_config && !strcmp(L.run_config, ck.run_config));
  CHECK(L.spm_src_size == sizeof src && L.spm_src && !memcmp(L.spm_src, src, sizeof src));
  CHECK(L.spm_tgt_size == sizeof tgt && L.spm_tgt && !memcmp(L.spm_tgt, tgt, sizeof tgt));
  CHECK(L.format_version == AT_CHECKPOINT_VERSION && !strcmp(L.toolkit_version, at_version()));
  CHECK(strlen(L.created) == 20 && L.created[10] == 'T' && L.created[19] == 'Z');
  CHECK(L.params && L.params->count == P->count && L.params->total == P->total);
  for (int i = 0; L.params && i < P->count; i++) {
    const at_param_info *a = &P->info[i], *b = at_params_find(L.params, a->name);
    CHECK_MSG(b && b->ndim == a->ndim && b->shape[0] == a->shape[0] && b->shape[1] == a->shape[1], "%s", a->name);
    if (!b) continue;
    CHECK_MSG(same_bits(P->data + a->offset, L.params->data + b->offset, a->size), "%s", a->name);
    CHECK(same_bits(slots[0] + a->offset, L.slots[0] + b->offset, a->size));
    CHECK(same_bits(slots[1] + a->offset, L.slots[1] + b->offset, a->size));
  }
  /* creation order: depth-first over groups in the order they were created */
  CHECK(L.params && !strcmp(L.params->info[0].name, "encoder/emb") && !strcmp(L.params->info[1].name, "encoder/l0/fwd/W_ih"));
  CHECK(L.n_slots == 2 && !strcmp(L.slot_names[0], "adam_m") && !strcmp(L.slot_names[1], "adam_v"));
  CHECK(L.n_state == 4 && !strcmp(L.state[0].name, "step") && !strcmp(L.state[3].name, "best_bleu"));
  int64_t i64 = 0;
  uint64_t u64 = 0;
  double f64 = 0;
  CHECK_OK(at_checkpoint_get_i64(&L, "step", &i64));
  CHECK(i64 == 12346);
  CHECK_OK(at_checkpoint_get_i64(&L, "neg", &i64));
  CHECK(i64 == -7);
  CHECK_OK(at_checkpoint_get_u64(&L, "rng_state", &u64));
  CHECK(u64 == UINT64_MAX);
  CHECK_OK(at_checkpoint_get_f64(&L, "best_bleu", &f64));
  CHECK(f64 == 27.31);
  CHECK_STATUS(at_checkpoint_get_i64(&L, "rng_state", &i64), AT_ERR_CHECKPOINT);
  CHECK_STATUS(at_checkpoint_get_f64(&L, "nope", &f64), AT_ERR_NOT_FOUND);
  at_checkpoint_free(&L);
  at_checkpoint_free(&L); /* zeroed: harmless */
  at_checkpoint_free(NULL);

  CHECK_OK(at_checkpoint_load_header(path, &L));
  CHECK(L.params == NULL && L.slots[0] == NULL && L.n_slots == 2 && L.n_state == 4 && L.config.hidden_dim == 64);
  at_checkpoint_free(&L);
}

static void test_load_into(const char *path, const at_params *P, float **slots) {
  at_params Q;
  make_layout(&Q, 0);
  CHECK_OK(at_checkpoint_load_params(path, &Q));
  CHECK(same_bits(Q.data, P->data, P->total));
  float *m = malloc(Q.total * sizeof(float));
  CHECK_OK(at_checkpoint_load_slot(path, "adam_v", &Q, m));
  CHECK(same_bits(m, slots[1], Q.total));
  CHECK_STATUS(at_checkpoint_load_slot(path, "sgd", &Q, m), AT_ERR_CHECKPOINT);
  CHECK(contains(at_last_error(), "/optimizer/sgd"));
  free(m);
  at_params_free(&Q);

  make_layout(&Q, 1); /* wrong shape */
  CHECK_STATUS(at_checkpoint_load_params(path, &Q), AT_ERR_CHECKPOINT);
  CHECK_MSG(contains(at_last_error(), "/params/encoder/l0/fwd/W_ih") && contains(at_last_error(), "(8, 12)") &&
                contains(at_last_error(), "(8, 13)") && contains(at_last_error(), path),
            "%s", at_last_error());
  at_params_free(&Q);
  make_layout(&Q, 2); /* file has an extra dataset */
  CHECK_STATUS(at_checkpoint_load_params(path, &Q), AT_ERR_CHECKPOINT);
  CHECK_MSG(contains(at_last_error(), "/params/decoder/out/b") && contains(at_last_error(), "not a parameter"), "%s",
            at_last_error());
  at_params_free(&Q);
  make_layout(&Q, 3); /* file lacks a dataset */
  CHECK_STATUS(at_checkpoint_load_params(path, &Q), AT_ERR_CHECKPOINT);
  CHECK_MSG(contains(at_last_error(), "/params/decoder/extra") && contains(at_last_error(), "missing") &&
                contains(at_last_error(), "(3)"),
            "%s", at_last_error());
  at_params_free(&Q);
}

/* Copies path to `to` and rewrites it with HDF5: a float64 parameter, or
 * format_version AT_CHECKPOINT_VERSION_MAX + 1, or another format name, or no format attribute. */
static void forge(const char *path, const char *to, int how) {
  copy_file(path, to, 1.0);
  hid_t f = H5Fopen(to, H5F_ACC_RDWR, H5P_DEFAULT);
  CHECK(f >= 0);
  hid_t sp = H5Screate(H5S_SCALAR);
  if (how == 0) {
    CHECK(H5Ldelete(f, "/params/decoder/out/b", H5P_DEFAULT) >= 0);
    hsize_t dims[1] = {40};
    double v[40] = {0};
    hid_t s1 = H5Screate_simple(1, dims, NULL);
    hid_t d = H5Dcreate2(f, "/params/decoder/out/b", H5T_IEEE_F64LE, s1, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    CHECK(d >= 0 && H5Dwrite(d, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, v) >= 0);
    H5Dclose(d);
    H5Sclose(s1);
  } else if (how == 1) {
    long long next = AT_CHECKPOINT_VERSION_MAX + 1;
    CHECK(H5Adelete(f, "format_version") >= 0);
    hid_t a = H5Acreate2(f, "format_version", H5T_STD_I64LE, sp, H5P_DEFAULT, H5P_DEFAULT);
    CHECK(a >= 0 && H5Awrite(a, H5T_NATIVE_LLONG, &next) >= 0);
    H5Aclose(a);
  } else {
    CHECK(H5Adelete(f, "format") >= 0);
    if (how == 2) {
      hid_t t = H5Tcopy(H5T_C_S1);
      H5Tset_size(t, 5);
      hid_t a = H5Acreate2(f, "format", t, sp, H5P_DEFAULT, H5P_DEFAULT);
      CHECK(a >= 0 && H5Awrite(a, t, "other") >= 0);
      H5Aclose(a);
      H5Tclose(t);
    }
  }
  H5Sclose(sp);
  H5Fclose(f);
}

/* Copies path to `to` with /config/<name> replaced by a scalar attribute of
 * file type `type` holding *val (memory type = type). */
static void forge_config(const char *path, const char *to, const char *name, hid_t type, const void *val) {
  copy_file(path, to, 1.0);
  hid_t f = H5Fopen(to, H5F_ACC_RDWR, H5P_DEFAULT);
  hid_t g = f < 0 ? -1 : H5Gopen2(f, "config", H5P_DEFAULT);
  CHECK(g >= 0);
  if (H5Aexists(g, name) > 0) CHECK(H5Adelete(g, name) >= 0);
  hid_t sp = H5Screate(H5S_SCALAR);
  hid_t a = H5Acreate2(g, name, type, sp, H5P_DEFAULT, H5P_DEFAULT);
  CHECK_MSG(a >= 0 && H5Awrite(a, type, val) >= 0, "writing /config/%s", name);
  H5Aclose(a);
  H5Sclose(sp);
  H5Gclose(g);
  H5Fclose(f);
}

/* An enum over int8 with the given two members, valued 0 and 1 (h5py's bool
 * is FALSE = 0, TRUE = 1). */
static hid_t enum_type(const char *zero, const char *one) {
  hid_t t = H5Tenum_create(H5T_NATIVE_INT8);
  signed char v0 = 0, v1 = 1;
  CHECK(t >= 0 && H5Tenum_insert(t, zero, &v0) >= 0 && H5Tenum_insert(t, one, &v1) >= 0);
  return t;
}

/* Loads p; expects AT_OK, or AT_ERR_CHECKPOINT naming p, /config/<name> and `why`. */
static void expect_config_error(const char *p, const char *name, const char *why) {
  char where[128];
  snprintf(where, sizeof where, "/config/%s", name);
  at_checkpoint L;
  CHECK_STATUS(at_checkpoint_load(p, &L), AT_ERR_CHECKPOINT);
  CHECK_MSG(contains(at_last_error(), p) && contains(at_last_error(), where) && contains(at_last_error(), why),
            "%s: %s", where, at_last_error());
  CHECK_STATUS(at_checkpoint_load_header(p, &L), AT_ERR_CHECKPOINT);
}

/* Issue 13, item 2: config attributes of every HDF5 class. What is
 * unambiguous loads (h5py's bool enum, integers of any size, integral floats
 * for integer fields, strings); everything else is AT_ERR_CHECKPOINT naming
 * the file and the attribute (before the fix it was read as 0). */
static void test_config_attr_types(const char *path) {
  char p[700], q[700]; /* own copies: tmp_path's buffers rotate */
  snprintf(p, sizeof p, "%s", tmp_path("cfgattr.h5"));
  snprintf(q, sizeof q, "%s", tmp_path("cfgattr2.h5"));
  at_checkpoint L;
  signed char t1 = 1, f0 = 0;

  hid_t b = enum_type("FALSE", "TRUE");
  forge_config(path, p, "emb_scale", b, &t1);
  CHECK_OK(at_checkpoint_load_header(p, &L));
  CHECK_MSG(L.config.emb_scale == 1, "emb_scale = np.bool_(True) loads as %d", L.config.emb_scale);
  at_checkpoint_free(&L);
  if (getenv("ATTEND")) { /* attend info shows it too */
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "'%s' info '%s' | grep -q '^  emb_scale: true$'", getenv("ATTEND"), p);
    CHECK_MSG(system(cmd) == 0, "attend info %s does not show emb_scale: true", p);
  }
  forge_config(path, p, "bidirectional", b, &t1); /* the file has false */
  CHECK_OK(at_checkpoint_load(p, &L));
  CHECK(L.config.bidirectional == 1);
  at_checkpoint_free(&L);
  forge_config(path, p, "input_feeding", b, &f0);
  CHECK_OK(at_checkpoint_load_header(p, &L));
  CHECK(L.config.input_feeding == 0);
  at_checkpoint_free(&L);
  signed char two = 2; /* not a member */
  forge_config(path, p, "emb_scale", b, &two);
  expect_config_error(p, "emb_scale", "neither FALSE nor TRUE");
  forge_config(path, p, "hidden_dim", b, &t1); /* a bool for an integer field */
  expect_config_error(p, "hidden_dim", "expected an integer");
  H5Tclose(b);
  hid_t rg = enum_type("RED", "GREEN");
  forge_config(path, p, "emb_scale", rg, &t1);
  expect_config_error(p, "emb_scale", "not a boolean");
  H5Tclose(rg);

  /* integers of any size and signedness */
  int8_t i8 = 2;
  uint16_t u16 = 128;
  int32_t i32 = 16;
  uint64_t u64 = 100;
  forge_config(path, p, "layers", H5T_STD_I8LE, &i8);
  forge_config(p, q, "hidden_dim", H5T_NATIVE_UINT16, &u16);
  forge_config(q, p, "emb_dim", H5T_STD_I32LE, &i32);
  forge_config(p, q, "src_vocab", H5T_STD_U64LE, &u64);
  CHECK_OK(at_checkpoint_load_header(q, &L));
  CHECK(L.config.layers == 2 && L.config.hidden_dim == 128 && L.config.emb_dim == 16 && L.config.src_vocab == 100);
  at_checkpoint_free(&L);
  uint64_t huge = UINT64_MAX;
  forge_config(path, p, "hidden_dim", H5T_STD_U64LE, &huge);
  expect_config_error(p, "hidden_dim", "bad value");

  /* floats: any value for a float field, integral ones for int and bool fields */
  double d = 64.0, half = 1.5, one = 1.0;
  int64_t zero = 0;
  forge_config(path, p, "hidden_dim", H5T_IEEE_F64LE, &d);
  forge_config(p, q, "emb_scale", H5T_IEEE_F64LE, &one);
  forge_config(q, p, "dropout", H5T_STD_I64LE, &zero);
  CHECK_OK(at_checkpoint_load_header(p, &L));
  CHECK(L.config.hidden_dim == 64 && L.config.emb_scale == 1 && L.config.dropout == 0.0f);
  at_checkpoint_free(&L);
  forge_config(path, p, "hidden_dim", H5T_IEEE_F64LE, &half);
  expect_config_error(p, "hidden_dim", "expected an integer");
  forge_config(path, p, "emb_scale", H5T_IEEE_F64LE, &half);
  expect_config_error(p, "emb_scale", "expected an integer");

  /* an integer for an enumeration (its name is the stored form) */
  int64_t cell = 2;
  forge_config(path, p, "cell", H5T_STD_I64LE, &cell);
  expect_config_error(p, "cell", "expected a string");

  /* other classes */
  struct {
    int64_t a;
    double b;
  } cv = {64, 1.0};
  hid_t ct = H5Tcreate(H5T_COMPOUND, sizeof cv);
  H5Tinsert(ct, "a", 0, H5T_NATIVE_INT64);
  H5Tinsert(ct, "b", sizeof(int64_t), H5T_NATIVE_DOUBLE);
  forge_config(path, p, "hidden_dim", ct, &cv);
  expect_config_error(p, "hidden_dim", "compound");
  forge_config(path, p, "emb_scale", ct, &cv);
  expect_config_error(p, "emb_scale", "compound");
  H5Tclose(ct);
  hsize_t n2[1] = {2};
  int64_t av[2] = {2, 2};
  hid_t at = H5Tarray_create2(H5T_NATIVE_INT64, 1, n2);
  forge_config(path, p, "layers", at, av);
  expect_config_error(p, "layers", "array");
  H5Tclose(at);
  hid_t ot = H5Tcreate(H5T_OPAQUE, 4);
  H5Tset_tag(ot, "blob");
  unsigned char ov[4] = {1, 0, 0, 0};
  forge_config(path, p, "emb_dim", ot, ov);
  expect_config_error(p, "emb_dim", "opaque");
  forge_config(path, p, "dropout", ot, ov);
  expect_config_error(p, "dropout", "opaque");
  H5Tclose(ot);
  /* a string attribute holding two strings (h5py: attrs["cell"] = ["gru", "lstm"]):
   * before, H5Aread wrote both into room for one */
  for (int k = 0; k < 3; k++) {
    static const char *const names[] = {"cell", "run_config", "format"};
    copy_file(path, p, 1.0);
    hid_t f = H5Fopen(p, H5F_ACC_RDWR, H5P_DEFAULT);
    hid_t g = H5Gopen2(f, k == 2 ? "/" : "config", H5P_DEFAULT);
    CHECK(g >= 0 && H5Adelete(g, names[k]) >= 0);
    hsize_t n3[1] = {3};
    hid_t sp = H5Screate_simple(1, n3, NULL), st = H5Tcopy(H5T_C_S1);
    H5Tset_size(st, k == 0 ? H5T_VARIABLE : 8);
    const char *vs[3] = {"gru", "lstm", "rnn"};
    char fs[3][8] = {"gru", "lstm", "rnn"};
    hid_t a = H5Acreate2(g, names[k], st, sp, H5P_DEFAULT, H5P_DEFAULT);
    CHECK(a >= 0 && H5Awrite(a, st, k == 0 ? (const void *)vs : (const void *)fs) >= 0);
    H5Aclose(a);
    H5Tclose(st);
    H5Sclose(sp);
    H5Gclose(g);
    H5Fclose(f);
    CHECK_STATUS(at_checkpoint_load_header(p, &L), AT_ERR_CHECKPOINT);
    CHECK_MSG(contains(at_last_error(), p) && contains(at_last_error(), names[k]) &&
                  contains(at_last_error(), "not a single string"),
              "%s", at_last_error());
  }

  hid_t bt = H5Tcopy(H5T_NATIVE_B8);
  unsigned char bv = 1;
  forge_config(path, p, "tie_embeddings", bt, &bv);
  expect_config_error(p, "tie_embeddings", "bitfield");
  H5Tclose(bt);
}

static void test_bad_files(const char *path) {
  at_checkpoint L;
  at_params Q;
  const char *p;

  p = tmp_path("float64.h5");
  forge(path, p, 0);
  make_layout(&Q, 0);
  CHECK_STATUS(at_checkpoint_load_params(p, &Q), AT_ERR_CHECKPOINT);
  CHECK_MSG(contains(at_last_error(), "/params/decoder/out/b") && contains(at_last_error(), "float32"), "%s",
            at_last_error());
  at_params_free(&Q);
  CHECK_STATUS(at_checkpoint_load(p, &L), AT_ERR_CHECKPOINT);

  p = tmp_path("version4.h5");
  forge(path, p, 1);
  CHECK_STATUS(at_checkpoint_load(p, &L), AT_ERR_VERSION);
  CHECK_MSG(contains(at_last_error(), "format_version 4") && contains(at_last_error(), p), "%s", at_last_error());
  p = tmp_path("other.h5");
  forge(path, p, 2);
  CHECK_STATUS(at_checkpoint_load(p, &L), AT_ERR_VERSION);
  CHECK(contains(at_last_error(), "'other'"));
  p = tmp_path("noformat.h5");
  forge(path, p, 3);
  CHECK_STATUS(at_checkpoint_load_header(p, &L), AT_ERR_CHECKPOINT);
  CHECK(contains(at_last_error(), "not an attend checkpoint"));

  p = tmp_path("random.h5");
  FILE *f = fopen(p, "wb");
  at_rng r;
  at_rng_seed(&r, 3, 3);
  for (int i = 0; i < 5000; i++) fputc((int)(at_rng_u32(&r) & 255), f);
  fclose(f);
  CHECK_STATUS(at_checkpoint_load(p, &L), AT_ERR_CHECKPOINT);
  CHECK_MSG(contains(at_last_error(), p) && contains(at_last_error(), "not an HDF5 file or truncated"), "%s",
            at_last_error());
  CHECK(L.params == NULL && L.run_config == NULL); /* left empty */

  p = tmp_path("half.h5");
  copy_file(path, p, 0.5);
  CHECK_STATUS(at_checkpoint_load(p, &L), AT_ERR_CHECKPOINT);
  CHECK_MSG(contains(at_last_error(), p) && contains(at_last_error(), "truncated"), "%s", at_last_error());
  make_layout(&Q, 0);
  CHECK_STATUS(at_checkpoint_load_params(p, &Q), AT_ERR_CHECKPOINT);
  at_params_free(&Q);

  p = tmp_path("empty.h5");
  copy_file(path, p, 0.0);
  CHECK_STATUS(at_checkpoint_load(p, &L), AT_ERR_CHECKPOINT);

  p = tmp_path("does-not-exist.h5");
  CHECK_STATUS(at_checkpoint_load(p, &L), AT_ERR_IO);
  CHECK_MSG(contains(at_last_error(), p) && contains(at_last_error(), "No such file"), "%s", at_last_error());
  CHECK_STATUS(at_checkpoint_load(dir, &L), AT_ERR_IO);
}

/* Counts the variable-length string attributes of the object at path in f. */
static herr_t count_vlen_cb(hid_t obj, const char *name, const H5A_info_t *info, void *data) {
  (void)info;
  hid_t a = H5Aopen(obj, name, H5P_DEFAULT), t = H5Aget_type(a);
  if (H5Tget_class(t) == H5T_STRING && H5Tis_variable_str(t) > 0) ++*(int *)data;
  H5Tclose(t);
  H5Aclose(a);
  return 0;
}

static int count_vlen(hid_t f, const char *path) {
  int n = 0;
  hsize_t idx = 0;
  hid_t g = H5Oopen(f, path, H5P_DEFAULT);
  CHECK(g >= 0 && H5Aiterate2(g, H5_INDEX_NAME, H5_ITER_INC, &idx, count_vlen_cb, &n) >= 0);
  H5Oclose(g);
  return n;
}

/* Replaces attribute name of the object at path with a scalar variable-length
 * string (what attend 0.1 wrote and h5py writes for a str), and sets
 * format_version to version. */
static void forge_vlen(const char *from, const char *to, const char *path, const char *name, const char *text,
                       long long version) {
  copy_file(from, to, 1.0);
  hid_t f = H5Fopen(to, H5F_ACC_RDWR, H5P_DEFAULT);
  hid_t g = H5Oopen(f, path, H5P_DEFAULT);
  CHECK(g >= 0 && H5Adelete(g, name) >= 0 && H5Adelete(f, "format_version") >= 0);
  hid_t sp = H5Screate(H5S_SCALAR), st = H5Tcopy(H5T_C_S1);
  H5Tset_size(st, H5T_VARIABLE);
  hid_t a = H5Acreate2(g, name, st, sp, H5P_DEFAULT, H5P_DEFAULT);
  CHECK(a >= 0 && H5Awrite(a, st, &text) >= 0);
  H5Aclose(a);
  a = H5Acreate2(f, "format_version", H5T_STD_I64LE, sp, H5P_DEFAULT, H5P_DEFAULT);
  CHECK(a >= 0 && H5Awrite(a, H5T_NATIVE_LLONG, &version) >= 0);
  H5Aclose(a);
  H5Tclose(st);
  H5Sclose(sp);
  H5Oclose(g);
  H5Fclose(f);
}

/* Format version 2: attend writes only fixed-length strings (no global heap,
 * where HDF5 1.10.8 overflows or hangs on a corrupt file); a variable-length
 * string is read in a version 1 file and refused, unread, in a version 2 one. */
static void test_string_kinds(const char *path) {
  hid_t f = H5Fopen(path, H5F_ACC_RDONLY, H5P_DEFAULT);
  CHECK(f >= 0);
  CHECK_MSG(count_vlen(f, "/") == 0, "%d variable-length strings in /", count_vlen(f, "/"));
  CHECK_MSG(count_vlen(f, "/config") == 0, "%d variable-length strings in /config", count_vlen(f, "/config"));
  hid_t a = H5Aopen(f, "format", H5P_DEFAULT), t = H5Aget_type(a);
  CHECK(H5Tget_class(t) == H5T_STRING && H5Tget_size(t) == strlen(AT_CHECKPOINT_FORMAT) + 1 &&
        H5Tget_cset(t) == H5T_CSET_UTF8);
  H5Tclose(t);
  H5Aclose(a);
  H5Fclose(f);

  static const struct {
    const char *obj, *name, *text;
  } cases[] = {{"/", "format", AT_CHECKPOINT_FORMAT}, {"/", "created", "2024-01-01T00:00:00Z"},
               {"/config", "cell", "lstm"}, {"/config", "run_config", "lr: 0.5\n"}};
  at_checkpoint L;
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    const char *p = tmp_path("vlen.h5");
    forge_vlen(path, p, cases[k].obj, cases[k].name, cases[k].text, AT_CHECKPOINT_VERSION);
    CHECK_STATUS(at_checkpoint_load_header(p, &L), AT_ERR_CHECKPOINT);
    CHECK_MSG(contains(at_last_error(), p) && contains(at_last_error(), cases[k].name) &&
                  contains(at_last_error(), "variable-length string"),
              "%s", at_last_error());
    forge_vlen(path, p, cases[k].obj, cases[k].name, cases[k].text, 1); /* a version 1 file: read */
    CHECK_OK(at_checkpoint_load_header(p, &L));
    CHECK(L.format_version == 1);
    char cell[16] = "";
    CHECK_OK(at_model_config_get(&L.config, "cell", cell, sizeof cell));
    if (k == 1) CHECK(!strcmp(L.created, cases[k].text));
    if (k == 2) CHECK(!strcmp(cell, "lstm"));
    if (k == 3) CHECK(L.run_config && !strcmp(L.run_config, cases[k].text));
    at_checkpoint_free(&L);
  }
  /* a long fixed-length string (a run config of 200 KB: more than an object
   * header's 64 KB, HDF5 stores it densely) and an empty one round-trip */
  const char *big = tmp_path("bigstr.h5");
  for (int k = 0; k < 2; k++) {
    at_checkpoint ck;
    CHECK_OK(at_checkpoint_load(path, &ck));
    char *yaml = malloc(200001);
    for (int i = 0; i < 200000; i++) yaml[i] = i % 50 == 49 ? '\n' : (char)('a' + i % 26);
    yaml[k ? 0 : 200000] = '\0';
    free(ck.run_config);
    ck.run_config = yaml;
    CHECK_OK(at_checkpoint_save(big, &ck));
    CHECK_OK(at_checkpoint_load_header(big, &L));
    CHECK(L.run_config && !strcmp(L.run_config, yaml));
    at_checkpoint_free(&L);
    at_checkpoint_free(&ck);
  }
  /* an unknown version with a variable-length format: the version error, the string unread */
  const char *p = tmp_path("vlen.h5");
  forge_vlen(path, p, "/", "format", "other", AT_CHECKPOINT_VERSION_MAX + 1);
  CHECK_STATUS(at_checkpoint_load_header(p, &L), AT_ERR_VERSION);
  CHECK_MSG(contains(at_last_error(), "format_version 4"), "%s", at_last_error());
}

static void test_save_errors(const at_params *P) {
  at_checkpoint ck;
  at_checkpoint_init(&ck);
  CHECK_STATUS(at_checkpoint_save(tmp_path("x.h5"), &ck), AT_ERR_INVALID_ARG); /* no params */
  ck.params = (at_params *)P;
  CHECK_STATUS(at_checkpoint_save(tmp_path("no/such/dir/x.h5"), &ck), AT_ERR_IO);
  CHECK(contains(at_last_error(), "no/such/dir/x.h5"));
  ck.n_slots = 1; /* slot without data */
  strcpy(ck.slot_names[0], "m");
  CHECK_STATUS(at_checkpoint_save(tmp_path("x.h5"), &ck), AT_ERR_INVALID_ARG);
  struct stat st;
  CHECK(stat(tmp_path("x.h5"), &st) != 0);
  /* a checkpoint without tokenizers, slots, state or run_config loads */
  ck.n_slots = 0;
  CHECK_OK(at_checkpoint_save(tmp_path("bare.h5"), &ck));
  at_checkpoint L;
  CHECK_OK(at_checkpoint_load(tmp_path("bare.h5"), &L));
  CHECK(L.spm_src == NULL && L.spm_tgt_size == 0 && L.n_slots == 0 && L.n_state == 0);
  CHECK(L.run_config && L.run_config[0] == '\0');
  at_checkpoint_free(&L);
}

int main(void) {
  const char *t = getenv("ATTEND_TMP");
  snprintf(dir, sizeof dir, "%s", t ? t : "/tmp/attend_test_checkpoint");
  char cmd[600];
  snprintf(cmd, sizeof cmd, "mkdir -p '%s'", dir);
  CHECK(system(cmd) == 0);

  at_params P;
  make_layout(&P, 0);
  fill(P.data, P.total, 1);
  float *slots[2] = {malloc(P.total * sizeof(float)), malloc(P.total * sizeof(float))};
  fill(slots[0], P.total, 2);
  fill(slots[1], P.total, 3);
  CHECK(bits(P.data[0]) == 0x80000000u);
  char path[700];
  snprintf(path, sizeof path, "%s", tmp_path("ck.h5"));

  test_round_trip(path, &P, slots);
  test_load_into(path, &P, slots);
  test_bad_files(path);
  test_config_attr_types(path);
  test_string_kinds(path);
  test_save_errors(&P);

  free(slots[0]);
  free(slots[1]);
  at_params_free(&P);
  CHECK_DONE();
}
