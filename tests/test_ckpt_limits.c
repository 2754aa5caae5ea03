/* Size limits (issue 13, item 1): a crafted checkpoint whose /params datasets
 * are huge but unwritten (chunked, so the file stays a few KB) must fail with
 * AT_ERR_CHECKPOINT naming the file, the dataset and its shape, in
 * at_checkpoint_load, `attend info` and `attend average` (exit status 1),
 * never allocate a wrapped byte count and let H5Dread write past it. Also:
 * at_params_add caps the layout at AT_PARAMS_MAX_TOTAL floats, and
 * at_model_config_validate bounds every size field of the model config (and
 * loading a checkpoint applies it). Built with the HDF5 C API, no Python. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

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

static int contains(const char *s, const char *sub) { return strstr(s, sub) != NULL; }

/* A valid checkpoint at path with one parameter "x" (4) and the default config. */
static void save_small(const char *path, const at_model_config *cfg) {
  at_params P;
  at_params_init(&P);
  CHECK_OK(at_params_add(&P, "x", 1, 4, 1, NULL));
  CHECK_OK(at_params_alloc(&P));
  at_checkpoint ck;
  at_checkpoint_init(&ck);
  if (cfg) ck.config = *cfg;
  ck.params = &P;
  CHECK_OK(at_checkpoint_save(path, &ck));
  at_params_free(&P);
}

/* Adds to the file a float32 dataset `name` of the given shape, chunked
 * (64 x 64 or 4096) and never written: HDF5 allocates no storage for it. */
static void add_unwritten(hid_t f, const char *name, int rank, hsize_t d0, hsize_t d1) {
  hsize_t dims[2] = {d0, d1}, chunk[2] = {rank == 1 ? 4096 : 64, 64};
  if (chunk[0] > d0) chunk[0] = d0;
  if (chunk[1] > d1) chunk[1] = d1;
  hid_t sp = H5Screate_simple(rank, dims, NULL), dcpl = H5Pcreate(H5P_DATASET_CREATE);
  CHECK(sp >= 0 && dcpl >= 0 && H5Pset_chunk(dcpl, rank, chunk) >= 0);
  hid_t lcpl = H5Pcreate(H5P_LINK_CREATE);
  H5Pset_create_intermediate_group(lcpl, 1);
  hid_t d = H5Dcreate2(f, name, H5T_IEEE_F32LE, sp, lcpl, dcpl, H5P_DEFAULT);
  CHECK_MSG(d >= 0, "creating %s", name);
  H5Dclose(d);
  H5Pclose(lcpl);
  H5Pclose(dcpl);
  H5Sclose(sp);
}

/* A checkpoint whose /params holds only the given unwritten datasets. */
typedef struct {
  const char *name;
  int rank;
  hsize_t d0, d1;
} spec;

static void craft(const char *path, const spec *s, int n) {
  save_small(path, NULL);
  hid_t f = H5Fopen(path, H5F_ACC_RDWR, H5P_DEFAULT);
  CHECK(f >= 0);
  CHECK(H5Ldelete(f, "/params/x", H5P_DEFAULT) >= 0);
  for (int i = 0; i < n; i++) add_unwritten(f, s[i].name, s[i].rank, s[i].d0, s[i].d1);
  H5Fclose(f);
}

static long file_size(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

/* Runs `$ATTEND args` with stderr into err_path; the exit status (-1 if it
 * did not exit normally, e.g. a crash). */
static int run_attend(const char *args, const char *err_path) {
  const char *attend = getenv("ATTEND");
  char cmd[4096];
  snprintf(cmd, sizeof cmd, "'%s' %s > /dev/null 2> '%s'", attend, args, err_path);
  int r = system(cmd);
  return WIFEXITED(r) ? WEXITSTATUS(r) : -1;
}

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  char *buf = calloc(1, 65536);
  if (f && buf) {
    size_t n = fread(buf, 1, 65535, f);
    buf[n] = '\0';
  }
  if (f) fclose(f);
  return buf;
}

/* The issue's file: (2^31-1, 2^31-1) and (2^31-1, 2) float32, whose byte
 * count wrapped to a 64-byte allocation. */
static void test_issue_file(void) {
  const char *p = tmp_path("wrap.h5");
  const hsize_t M = 2147483647u;
  spec s[] = {{"/params/a", 2, M, M}, {"/params/b", 2, M, 2}};
  craft(p, s, 2);
  CHECK_MSG(file_size(p) > 0 && file_size(p) < 64 * 1024, "%ld bytes", file_size(p));

  at_checkpoint L;
  CHECK_STATUS(at_checkpoint_load(p, &L), AT_ERR_CHECKPOINT);
  CHECK_MSG(contains(at_last_error(), p) && contains(at_last_error(), "/params/a") &&
                contains(at_last_error(), "(2147483647, 2147483647)") && contains(at_last_error(), "limit"),
            "%s", at_last_error());
  CHECK(L.params == NULL);
  /* the header alone does not touch the arrays */
  CHECK_OK(at_checkpoint_load_header(p, &L));
  at_checkpoint_free(&L);

  /* a layout that expects (4): the huge datasets are "not a parameter", nothing read */
  at_params Q;
  at_params_init(&Q);
  CHECK_OK(at_params_add(&Q, "a", 1, 4, 1, NULL));
  CHECK_STATUS(at_checkpoint_load_params(p, &Q), AT_ERR_CHECKPOINT);
  CHECK_MSG(contains(at_last_error(), "/params/a") && contains(at_last_error(), "(2147483647, 2147483647)"), "%s",
            at_last_error());
  at_params_free(&Q);

  if (!getenv("ATTEND")) return;
  char args[2048];
  const char *err = tmp_path("err.txt");
  snprintf(args, sizeof args, "info '%s'", p);
  int rc = run_attend(args, err);
  char *e = slurp(err);
  CHECK_MSG(rc == 1 && contains(e, p) && contains(e, "/params/a"), "attend info: exit %d: %s", rc, e);
  free(e);
  snprintf(args, sizeof args, "average '%s' '%s' -o '%s'", p, p, tmp_path("avg.h5"));
  rc = run_attend(args, err);
  e = slurp(err);
  CHECK_MSG(rc == 1 && contains(e, p) && contains(e, "/params/a"), "attend average: exit %d: %s", rc, e);
  free(e);
  CHECK(file_size(tmp_path("avg.h5")) < 0);
}

/* Each dataset fits in int dims, but the total goes over the cap. */
static void test_totals(void) {
  const char *p = tmp_path("total.h5");
  spec one[] = {{"/params/b", 2, 2147483647u, 2}};
  craft(p, one, 1);
  at_checkpoint L;
  CHECK_STATUS(at_checkpoint_load(p, &L), AT_ERR_CHECKPOINT);
  CHECK_MSG(contains(at_last_error(), p) && contains(at_last_error(), "/params/b") &&
                contains(at_last_error(), "(2147483647, 2)"),
            "%s", at_last_error());

  /* exactly the cap, then one more float (nothing is allocated: the sum is
   * checked while listing) */
  spec two[] = {{"/params/big", 2, 65536, 32768}, {"/params/one", 1, 1, 1}};
  craft(p, two, 2);
  CHECK_STATUS(at_checkpoint_load(p, &L), AT_ERR_CHECKPOINT);
  CHECK_MSG(contains(at_last_error(), p) && contains(at_last_error(), "/params/one") &&
                contains(at_last_error(), "2147483648"),
            "%s", at_last_error());

  /* a dimension above INT_MAX */
  spec wide[] = {{"/params/w", 1, (hsize_t)1 << 31, 1}};
  craft(p, wide, 1);
  CHECK_STATUS(at_checkpoint_load(p, &L), AT_ERR_CHECKPOINT);
  CHECK_MSG(contains(at_last_error(), "/params/w") && contains(at_last_error(), "(2147483648)"), "%s",
            at_last_error());
}

/* at_params_add: sizes are size_t and the layout is capped. */
static void test_params_cap(void) {
  CHECK(AT_PARAMS_MAX_TOTAL == (size_t)1 << 31);
  at_params P;
  at_params_init(&P);
  CHECK_OK(at_params_add(&P, "half", 2, 32768, 32768, NULL)); /* 2^30 */
  CHECK_OK(at_params_add(&P, "quarter", 2, 16384, 32768, NULL));
  CHECK_OK(at_params_add(&P, "rest", 1, 1 << 29, 1, NULL)); /* now exactly 2^31 */
  CHECK(P.total == AT_PARAMS_MAX_TOTAL);
  CHECK_STATUS(at_params_add(&P, "more", 1, 1, 1, NULL), AT_ERR_INVALID_ARG);
  CHECK_MSG(contains(at_last_error(), "more") && contains(at_last_error(), "limit"), "%s", at_last_error());
  CHECK(P.count == 3 && P.total == AT_PARAMS_MAX_TOTAL);
  at_params_free(&P);
  at_params_init(&P);
  CHECK_STATUS(at_params_add(&P, "square", 2, 2147483647, 2147483647, NULL), AT_ERR_INVALID_ARG);
  CHECK(P.count == 0 && P.total == 0);
  at_params_free(&P);
}

/* Every size field has an upper bound; the message names the key. */
static void test_config_bounds(void) {
  static const struct {
    const char *key;
    const char *max, *over;
  } t[] = {
      {"src_vocab", "16777216", "16777217"}, {"tgt_vocab", "16777216", "16777217"},
      {"emb_dim", "65536", "65537"},         {"hidden_dim", "65536", "65538"},
      {"attn_dim", "65536", "65537"},        {"window", "10000", "10001"},
      {"topk", "10000", "10001"},            {"heads", "64", "65"},
      {"layers", "8", "9"},
  };
  for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
    at_model_config c;
    at_model_config_default(&c);
    if (!strcmp(t[i].key, "heads")) CHECK_OK(at_model_config_set(&c, "hidden_dim", "1024"));
    CHECK_OK(at_model_config_set(&c, t[i].key, t[i].max));
    CHECK_MSG(at_model_config_validate(&c) == AT_OK, "%s = %s: %s", t[i].key, t[i].max, at_last_error());
    CHECK_OK(at_model_config_set(&c, t[i].key, t[i].over));
    CHECK_STATUS(at_model_config_validate(&c), AT_ERR_CONFIG);
    CHECK_MSG(contains(at_last_error(), t[i].key), "%s: %s", t[i].key, at_last_error());
    CHECK_OK(at_model_config_set(&c, t[i].key, "2147483647"));
    CHECK_STATUS(at_model_config_validate(&c), AT_ERR_CONFIG);
  }
  /* valid sizes whose parameters exceed the cap: a clean error, no allocation */
  at_model_config c;
  at_model_config_default(&c);
  CHECK_OK(at_model_config_set(&c, "src_vocab", "16777216"));
  CHECK_OK(at_model_config_set(&c, "emb_dim", "65536"));
  CHECK_OK(at_model_config_validate(&c));
  at_model *m = NULL;
  CHECK_STATUS(at_model_create(&c, &m), AT_ERR_INVALID_ARG);
  CHECK_MSG(contains(at_last_error(), "limit"), "%s", at_last_error());
  CHECK(m == NULL);
  at_model_free(m);
}

/* A checkpoint whose config is out of bounds fails to load, naming file and key. */
static void test_config_on_load(void) {
  at_model_config c;
  at_model_config_default(&c);
  c.hidden_dim = 1 << 20;
  const char *p = tmp_path("bigconfig.h5");
  save_small(p, &c);
  at_checkpoint L;
  CHECK_STATUS(at_checkpoint_load_header(p, &L), AT_ERR_CHECKPOINT);
  CHECK_MSG(contains(at_last_error(), p) && contains(at_last_error(), "hidden_dim") &&
                contains(at_last_error(), "1048576"),
            "%s", at_last_error());
  CHECK_STATUS(at_checkpoint_load(p, &L), AT_ERR_CHECKPOINT);
  if (!getenv("ATTEND")) return;
  char args[1024];
  const char *err = tmp_path("err2.txt");
  snprintf(args, sizeof args, "info '%s'", p);
  int rc = run_attend(args, err);
  char *e = slurp(err);
  CHECK_MSG(rc == 1 && contains(e, p) && contains(e, "hidden_dim"), "attend info: exit %d: %s", rc, e);
  free(e);
}

int main(void) {
  const char *t = getenv("ATTEND_TMP");
  snprintf(dir, sizeof dir, "%s", t ? t : "/tmp/attend_test_ckpt_limits");
  char cmd[600];
  snprintf(cmd, sizeof cmd, "mkdir -p '%s'", dir);
  CHECK(system(cmd) == 0);
  H5Eset_auto2(H5E_DEFAULT, NULL, NULL);

  test_params_cap();
  test_config_bounds();
  test_config_on_load();
  test_issue_file(); /* first: before the fix it crashes here, before test_totals's 8 GB allocations */
  test_totals();
  CHECK_DONE();
}
